// The engine's only public entry: a simulated Docker 29 host in pure TypeScript.
export { createHost } from './host';
// What `clear` prints: a terminal that cannot clear (a pipe) drops it.
export { CLEAR_SCREEN } from './shell/host-shell';
// The size wording of `docker images` and `ps -s`, for views that show sizes as the CLI does.
export { humanSize, psSizeColumn } from './format/size';
export type {
  Change,
  ChangeKind,
  ContainerState,
  ContainerView,
  ExecResult,
  HistoryView,
  HostFileView,
  Host,
  HostOptions,
  HostSnapshot,
  ImageView,
  LayerView,
  MountView,
  OciDocuments,
  OutputChunk,
  PortBinding,
} from './types';
