// The engine's only public entry: a simulated Docker 29 host in pure TypeScript.
export { createHost } from './host';
export { CLEAR_SCREEN } from './shell/host-shell';
export { humanSize } from './format/size';
export type {
  Change, ChangeKind, ContainerState, ContainerView, ExecResult, HistoryView, Host, HostOptions, HostSnapshot, ImageView, LayerView, OciDocuments, OutputChunk, PortBinding,
} from './types';
