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

/** `--mount type=…,source=…,target=…[,readonly]` (opts/mount.go MountOpt.Set, then the daemon's checks). */
export function parseMountFlag(raw: string, cwd: string): MountRequest {
  const value = raw.trim();
  if (value === '') throw new MountSpecError('cli', 'value is empty');
  let type = 'volume';
  let source: string | undefined;
  let target = '';
  let readOnly = false;
  let noCopy = false;
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq === -1 ? field : field.slice(0, eq)).toLowerCase();
    const val = eq === -1 ? undefined : field.slice(eq + 1);
    if (val !== undefined && val.trim() === '') throw new MountSpecError('cli', `invalid value for '${key}': value is empty`);
    const bool = () => {
      if (val === undefined || val === '1' || val.toLowerCase() === 'true') return true;
      if (val === '0' || val.toLowerCase() === 'false') return false;
      throw new MountSpecError(
        'cli',
        `invalid value for '${key}': invalid boolean value ("${val}"): must be one of "true", "1", "false", or "0" (default "true")`,
      );
    };
    if (val === undefined && !['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive', 'bind-create-src'].includes(key)) {
      throw new MountSpecError('cli', `invalid field '${field}' must be a key=value pair`);
    }
    switch (key) {
      case 'type':
        type = val!.toLowerCase();
        break;
      case 'source':
      case 'src':
        source = val!.startsWith('.') ? cleanPath(`${cwd}/${val}`) : val;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        target = val!;
        break;
      case 'readonly':
      case 'ro':
        readOnly = bool();
        break;
      case 'volume-nocopy':
        noCopy = bool();
        break;
      default:
        throw new MountSpecError('cli', `unknown option '${key}' in '${field}'`);
    }
  }
  const problem = validate(type, target, source);
  if (problem) throw new MountSpecError('daemon', problem);
  return {
    type: type as 'volume' | 'bind',
    ...(source ? { source: type === 'bind' ? cleanPath(source) : source } : {}),
    destination: cleanPath(target),
    readOnly,
    mode: '',
    via: '--mount',
    noCopy,
  };
}
