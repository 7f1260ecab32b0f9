// Docker's texts for the situations the flags below reach (inspect --type, kill/stop --signal,
// pull --platform, prune --filter, restart policies). They sit here, beside the commands, because
// engine/errors/ is edited separately; each names its upstream source.
import { DAEMON } from '../errors/messages';

export const flagMsg = {
  /** CLI cli/command/system/inspect.go runInspect. */
  invalidInspectType: (type: string) => `"${type}" is not a valid value for --type`,
  /** moby/sys/signal ParseSignal, wrapped by the daemon's kill. */
  invalidSignal: (sig: string) => `${DAEMON}Invalid signal: ${sig}`,
  /** containerd store pull (moby daemon/containerd/image_pull.go) wrapping containerd's images.Manifest error. */
  noMatchingManifest: (platform: string) => `${DAEMON}no matching manifest for ${platform} in the manifest list entries: no match for platform in manifest: not found`,
  /** containerd platforms.Parse on an unknown OS. */
  invalidPlatform: (platform: string) => `"${platform}": unknown operating system or architecture: invalid argument`,
  /** daemon filters: a key the prune does not accept. */
  invalidFilter: (key: string) => `${DAEMON}invalid filter '${key}'`,
  /** CLI opts.ParseRestartPolicy. */
  restartNoName: () => 'invalid restart policy format: no policy provided before colon',
  restartBadCount: () => 'invalid restart policy format: maximum retry count must be an integer',
  /** moby container.ValidateRestartPolicy. */
  restartUnknown: (name: string) => `${DAEMON}invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
  restartCountNotOnFailure: () => `${DAEMON}invalid restart policy: maximum retry count can only be used with 'on-failure'`,
  /** CLI run/create: --rm with a restart policy. */
  restartWithRm: () => 'conflicting options: cannot specify both --restart and --rm',
  /** moby client timetypes.GetTimestamp (client side, so no daemon prefix). */
  badTime: (field: string, value: string) => `invalid value for "${field}": failed to parse value as time or duration: "${value}"`,
  /** CLI: --all-tags with a tag or digest in the reference. */
  tagWithAllTags: () => 'tag can\'t be used with --all-tags/-a',
} as const;
