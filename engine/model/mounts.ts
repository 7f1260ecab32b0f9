// What `-v` and `--mount` ask for, parsed as Docker does: docker/cli v29.7.2 opts/mount.go (the
// --mount CSV) and cli/command/container/opts.go (a relative "./x" source made absolute), then moby
// docker-v29.7.2 daemon/volume/mounts/linux_parser.go ParseMountRaw/parseMountSpec (the -v forms,
// modes, validation). An absolute source is a bind mount of the host's directory, a name is a
// named volume, no source at all an anonymous volume.

export interface MountRequest {
  type: 'volume' | 'bind';
  /** The volume's name (absent: an anonymous volume) or the host directory (bind). */
  source?: string;
  destination: string;
  readOnly: boolean;
  /** inspect's Mode: the -v mode, "z" when -v gave none (moby daemon/volumes_unix.go setBindModeIfNull); "" for --mount. */
  mode: string;
  /** How it was asked for: -v creates a missing bind source, --mount refuses it. */
  via: '-v' | '--mount';
  /** volume-nocopy / :nocopy: an empty volume is not filled with the image's files. */
  noCopy: boolean;
  /** --mount bind-create-src: a missing bind source is created, as -v does. */
  createSource?: boolean;
}

/** A refusal of a mount spec: the CLI's own (`cli`) or the daemon's answer (`daemon`). */
export class MountSpecError extends Error {
  constructor(
    readonly side: 'cli' | 'daemon',
    readonly text: string,
  ) {
    super(text);
  }
}

const VALID_MODES = new Set(['ro', 'rw', 'z', 'Z', 'nocopy', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

/** moby linuxValidMountMode: a comma list of at most one of each kind. */
function validMode(mode: string): boolean {
  if (mode === '') return true;
  return mode.split(',').every((m) => VALID_MODES.has(m));
}

function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return (p.startsWith('/') ? '/' : '') + parts.join('/') || (p.startsWith('/') ? '/' : '.');
}

/** The daemon's validation of a mount (linux_parser.go validateMountConfigImpl). */
function validate(type: string, target: string, source: string | undefined): string | undefined {
  const config = (err: string) => `invalid mount config for type "${type}": ${err}`;
  if (type !== 'volume' && type !== 'bind') return config('mount type unknown');
  if (!target) return config('field Target must not be empty');
  if (cleanPath(target) === '/') return config("invalid specification: destination can't be '/'");
  if (!target.startsWith('/')) return config(`invalid mount path: '${target}' mount path must be absolute`);
  if (type === 'bind' && !source) return config('field Source must not be empty');
  return undefined;
}

/** `-v SPEC` (with `~` and `./` resolved against the host shell's home and working directory). */
export function parseVolumeFlag(raw: string, home: string, cwd: string): MountRequest {
  if (raw.trim() === '') throw new MountSpecError('cli', 'invalid empty volume spec');
  const arr = raw.split(':');
  if (arr.length > 3) throw new MountSpecError('cli', `invalid spec: ${raw}: too many colons`);
  if (arr.some((part, i) => part === '' && i < arr.length))
    throw new MountSpecError('cli', `invalid spec: ${raw}: empty section between colons`);
  let source: string | undefined;
  let target: string;
  let mode = '';
  if (arr.length === 1) target = arr[0]!;
  else if (arr.length === 2 && validMode(arr[1]!) && !arr[1]!.startsWith('/'))
    throw new MountSpecError('daemon', `invalid volume specification: '${raw}'`);
  else [source, target, mode = ''] = arr as [string, string, string?];
  if (!validMode(mode)) throw new MountSpecError('daemon', `invalid mode: ${mode}`);
  // bash expands a leading ~ before docker sees the word; the CLI makes "./x" absolute.
  if (source === '~' || source?.startsWith('~/')) source = home + source.slice(1);
  if (source?.startsWith('.')) source = cleanPath(`${cwd}/${source}`);
  const type = source?.startsWith('/') ? 'bind' : 'volume';
  const problem = validate(type, target!, source);
  if (problem) throw new MountSpecError('daemon', `invalid volume specification: '${raw}': ${problem}`);
  const modes = mode.split(',');
  return {
    type,
    ...(source ? { source: type === 'bind' ? cleanPath(source) : source } : {}),
    destination: cleanPath(target!),
    readOnly: modes.includes('ro'),
    mode: mode || 'z',
    via: '-v',
    noCopy: modes.includes('nocopy'),
  };
}

/** The fields of a --mount value the CLI has read (commands/container/mount-opt.ts, opts/mount.go). */
export interface MountOptFields {
  /** Lower-cased as the CLI does; "volume" when no type= was given. */
  type: string;
  /** As typed; "./x" is made absolute later, against the host shell's directory. */
  source?: string;
  target: string;
  readOnly: boolean;
  noCopy: boolean;
  /** bind-create-src: a missing bind source is created instead of refused. */
  createSource: boolean;
}

/** A --mount the CLI accepted, as the daemon takes it: "./x" made absolute (cli/command/container/opts.go), then the daemon's checks. */
export function mountRequestOf(opt: MountOptFields, cwd: string): MountRequest {
  const { type, target } = opt;
  const source = opt.source?.startsWith('.') ? cleanPath(`${cwd}/${opt.source}`) : opt.source;
  const problem = validate(type, target, source);
  if (problem) throw new MountSpecError('daemon', problem);
  return {
    type: type as 'volume' | 'bind',
    ...(source ? { source: type === 'bind' ? cleanPath(source) : source } : {}),
    destination: cleanPath(target),
    readOnly: opt.readOnly,
    mode: '',
    via: '--mount',
    noCopy: opt.noCopy,
    ...(opt.createSource ? { createSource: true } : {}),
  };
}
