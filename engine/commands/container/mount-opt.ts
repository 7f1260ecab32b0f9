// One `--mount` value read as the CLI reads it before anything reaches the daemon: docker/cli v29.7.2
// opts/mount.go (MountOpt.Set: a CSV record of key=value fields, Go's encoding/csv) and
// opts/mount_utils.go (validateMountOptions, parseBoolValue). A refusal here is pflag's: the flag
// parser prints it as `invalid argument "<value>" for "--mount" flag: <reason>` (exit 125).
import { msg } from '../../errors/messages';
import type { MountOptFields } from '../../model/mounts';

/** What the CLI sends for one --mount: the model's fields (engine/model/mounts.ts), read here as opts/mount.go reads them. */
export type MountOpt = MountOptFields;

/** A reason the CLI refuses a --mount value, worded as opts/mount.go words it. */
export class MountOptError extends Error {}

const fail = (reason: string): never => {
  throw new MountOptError(reason);
};

/**
 * The fields of the first CSV record of `value` (Go's csv.Reader defaults: comma ",", no lazy
 * quotes). Columns in errors are 1-based byte positions, as Go's ParseError reports them.
 */
export function csvFields(value: string): string[] {
  const line = value.split('\n', 1)[0]!;
  const fields: string[] = [];
  let pos = 0;
  for (;;) {
    if (line[pos] !== '"') {
      const comma = line.indexOf(',', pos);
      const field = line.slice(pos, comma === -1 ? undefined : comma);
      const quote = field.indexOf('"');
      if (quote !== -1) fail(msg.mountCsv(1, byteColumn(line, pos + quote), false));
      fields.push(field);
      if (comma === -1) return fields;
      pos = comma + 1;
      continue;
    }
    let field = '';
    pos++;
    for (;;) {
      const quote = line.indexOf('"', pos);
      // Go reads on past the line for the closing quote, finds none, and reports the column after the end.
      if (quote === -1) return fail(msg.mountCsv(1, byteColumn(line, line.length), true));
      field += line.slice(pos, quote);
      pos = quote + 1;
      const next = line[pos];
      if (next === '"') {
        field += '"';
        pos++;
      } else if (next === ',') {
        fields.push(field);
        pos++;
        break;
      } else if (next === undefined) {
        fields.push(field);
        return fields;
      } else fail(msg.mountCsv(1, byteColumn(line, quote), true));
    }
  }
}

/** Go counts columns in bytes (UTF-8), from 1. */
function byteColumn(line: string, index: number): number {
  let bytes = 0;
  for (const ch of line.slice(0, index)) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes + 1;
}

/** opts/mount_utils.go parseBoolValue: only 1, true, 0, false; a bare key is true. */
function boolValue(key: string, val: string | undefined): boolean {
  if (val === undefined || val === '1' || val === 'true') return true;
  if (val === '0' || val === 'false') return false;
  return fail(msg.mountBadBool(key, val));
}

/** go-units RAMInBytes's accepted shapes ("64m", "1.5 GiB", "1024"). */
const RAM_SIZE = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/;
const BOOL_KEYS = new Set(['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive', 'bind-create-src']);

/** MountOpt.Set: the whole CLI-side reading of one --mount value; throws MountOptError. */
export function readMountOpt(raw: string): MountOpt {
  const value = raw.trim();
  if (value === '') fail(msg.mountValueEmpty());
  const mount: MountOpt = { type: 'volume', target: '', readOnly: false, noCopy: false, createSource: false };
  // Which option groups were set (the CLI's BindOptions, VolumeOptions, … being non-nil).
  const groups = new Set<'bind' | 'volume' | 'image' | 'tmpfs'>();
  let propagation = '';
  let recursive = '';
  for (const field of csvFields(value)) {
    const eq = field.indexOf('=');
    const rawKey = eq === -1 ? field : field.slice(0, eq);
    const val = eq === -1 ? undefined : field.slice(eq + 1);
    if (rawKey.trim() !== rawKey) fail(msg.mountKeySpace(rawKey.trim(), field));
    if (val !== undefined) {
      if (val.trim() === '') fail(msg.mountEmptyValue(rawKey));
      if (val.trim() !== val) fail(msg.mountValueSpace(rawKey, field));
    }
    const key = rawKey.toLowerCase();
    if (val === undefined && !BOOL_KEYS.has(key)) fail(msg.mountNotKeyValue(field));
    const v = val ?? '';
    switch (key) {
      case 'type':
        mount.type = v.toLowerCase();
        break;
      case 'source':
      case 'src':
        mount.source = v;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        mount.target = v;
        break;
      case 'readonly':
      case 'ro':
        mount.readOnly = boolValue(key, val);
        break;
      case 'consistency':
        break;
      case 'bind-propagation':
        groups.add('bind');
        propagation = v.toLowerCase();
        break;
      case 'bind-nonrecursive':
        fail(msg.mountNonRecursiveDeprecated());
        break;
      case 'bind-recursive':
        if (!['enabled', 'disabled', 'writable', 'readonly'].includes(v)) fail(msg.mountBadRecursive(key, v));
        // "enabled" is the default: it leaves the bind options unset.
        if (v !== 'enabled') groups.add('bind');
        recursive = v;
        break;
      case 'bind-create-src':
        groups.add('bind');
        mount.createSource = boolValue(key, val);
        break;
      case 'volume-nocopy':
        groups.add('volume');
        mount.noCopy = boolValue(key, val);
        break;
      case 'volume-subpath':
      case 'volume-label':
      case 'volume-driver':
      case 'volume-opt':
        groups.add('volume');
        break;
      case 'image-subpath':
        groups.add('image');
        break;
      case 'tmpfs-size':
        if (!RAM_SIZE.test(v)) fail(msg.mountBadValue(key, v));
        groups.add('tmpfs');
        break;
      case 'tmpfs-mode':
        // strconv.ParseUint(val, 8, 32)
        if (!/^[0-7]+$/.test(v) || Number.parseInt(v, 8) > 0xffffffff) fail(msg.mountBadValue(key, v));
        groups.add('tmpfs');
        break;
      default:
        fail(msg.mountUnknownOption(key, field));
    }
  }
  // validateExclusiveOptions, then the bind-recursive rules (validateMountOptions).
  if (mount.type === '') fail(msg.mountTypeRequired());
  for (const group of ['bind', 'volume', 'image', 'tmpfs'] as const) {
    if (groups.has(group) && mount.type !== group) fail(msg.mountMixedOptions(group, mount.type));
  }
  if (recursive === 'writable' && !mount.readOnly) fail(msg.mountRecursiveNeedsReadonly('writable'));
  if (recursive === 'readonly') {
    if (!mount.readOnly) fail(msg.mountRecursiveNeedsReadonly('readonly'));
    if (propagation !== 'rprivate') fail(msg.mountRecursiveNeedsRprivate());
  }
  return mount;
}

/** The flag parser's check: the reason a --mount value is refused, or undefined when the CLI takes it. */
export function mountOptProblem(raw: string): string | undefined {
  try {
    readMountOpt(raw);
    return undefined;
  } catch (e) {
    if (e instanceof MountOptError) return e.message;
    throw e;
  }
}
