// Go values for the template executor: a JS value with the Go type it has in the CLI (a struct
// such as container.State, a map, a slice, a string…), so that printing, field lookup, errors and
// JSON follow Go. Plain JSON without a type behaves like Go's map[string]interface{} from
// encoding/json, which is what the CLI falls back to for inspect.
import { goMapEntries } from '../go-json';

export type GoType =
  | { kind: 'string' | 'int' | 'float64' | 'bool'; name?: string }
  | { kind: 'iface' }
  | { kind: 'slice'; elem: GoType; name?: string }
  | { kind: 'map'; elem: GoType; name?: string; methods?: Record<string, GoMethod> }
  | {
      kind: 'struct';
      name: string;
      fields: Record<string, GoType>;
      methods?: Record<string, GoMethod>;
      /** A String() method: fmt prints its result (formatter.Platform prints "linux/amd64"). */
      stringer?: (v: Record<string, unknown>) => string;
      /** A MarshalJSON that goes through json.Marshal, which escapes <, > and & (formatter.MarshalJSON). */
      jsonEscapesHtml?: boolean;
      /** JSON tags: a field's JSON key when it differs (`json:"ApiVersion"`), and the omitempty fields. */
      jsonNames?: Record<string, string>;
      omitEmpty?: readonly string[];
    }
  | { kind: 'ptr'; elem: GoType }
  | { kind: 'func'; params: ParamKind[]; variadic?: ParamKind; call: (...args: unknown[]) => unknown; result: GoType };

/** How a function parameter accepts a value (reflect's assignability, in the cases the CLI's functions need). */
export type ParamKind = 'string' | 'int' | 'any' | 'bool';

export interface GoMethod {
  params: ParamKind[];
  result: GoType;
  call: (receiver: Record<string, unknown>, ...args: unknown[]) => unknown;
}

/** An invalid reflect.Value: a missing map key, printed `<no value>`. */
export const NO_VALUE: unique symbol = Symbol('no value');

export interface Val {
  v: unknown;
  t: GoType;
}

export const T = {
  string: { kind: 'string' } as GoType,
  int: { kind: 'int' } as GoType,
  float: { kind: 'float64' } as GoType,
  bool: { kind: 'bool' } as GoType,
  any: { kind: 'iface' } as GoType,
  slice: (elem: GoType, name?: string): GoType => ({ kind: 'slice', elem, name }),
  map: (elem: GoType, name?: string): GoType => ({ kind: 'map', elem, name }),
  ptr: (elem: GoType): GoType => ({ kind: 'ptr', elem }),
  struct: (name: string, fields: Record<string, GoType>, methods?: Record<string, GoMethod>): GoType => ({
    kind: 'struct',
    name,
    fields,
    methods,
  }),
};

/** The dynamic type encoding/json gives a decoded value. */
export function dynamicType(v: unknown): GoType {
  if (typeof v === 'string') return T.string;
  if (typeof v === 'number') return Number.isInteger(v) ? T.int : T.float;
  if (typeof v === 'boolean') return T.bool;
  if (Array.isArray(v)) return T.slice(T.any);
  if (typeof v === 'function') return { kind: 'func', params: [], variadic: 'any', call: v as (...a: unknown[]) => unknown, result: T.any };
  if (v !== null && typeof v === 'object') return T.map(T.any);
  return T.any;
}

/** Like Go's evalPipeline: an interface{} is replaced by what it holds; nil becomes "no value". */
export function concrete(val: Val): Val {
  if (val.t.kind !== 'iface') return val;
  if (val.v === null || val.v === undefined) return { v: NO_VALUE, t: T.any };
  return { v: val.v, t: dynamicType(val.v) };
}

export function typeName(t: GoType): string {
  switch (t.kind) {
    case 'iface':
      return 'interface {}';
    case 'slice':
      return t.name ?? `[]${typeName(t.elem)}`;
    case 'map':
      return t.name ?? `map[string]${typeName(t.elem)}`;
    case 'struct':
      return t.name;
    case 'ptr':
      return `*${typeName(t.elem)}`;
    case 'func':
      return 'func(…)';
    default:
      return t.name ?? t.kind;
  }
}

export const isNil = (val: Val): boolean => val.v === null || val.v === undefined;

/** Go's template truth: false, 0, "", nil and empty slices and maps are false; structs are true. */
export function truth(val: Val): boolean {
  const { v } = val;
  if (v === NO_VALUE || v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (val.t.kind === 'struct' || val.t.kind === 'ptr' || val.t.kind === 'func') return true;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** strconv.FormatFloat(f, 'g', -1, 64), as %v prints a float64. */
export function goFloat(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const s = String(n);
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** A field's value with its declared type; a struct with no such key in the object is Go's zero value. */
export function fieldOf(val: Val, name: string): Val | undefined {
  const t = val.t.kind === 'ptr' ? val.t.elem : val.t;
  if (t.kind !== 'struct') return undefined;
  const ft = t.fields[name];
  if (!ft) return undefined;
  const obj = val.v as Record<string, unknown>;
  return { v: obj[t.jsonNames?.[name] ?? name] ?? zero(ft), t: ft };
}

export function zero(t: GoType): unknown {
  switch (t.kind) {
    case 'string':
      return '';
    case 'int':
    case 'float64':
      return 0;
    case 'bool':
      return false;
    case 'struct':
      return {};
    default:
      return null;
  }
}

export function mapEntries(val: Val): Array<[string, Val]> {
  const elem = val.t.kind === 'map' ? val.t.elem : T.any;
  return goMapEntries((val.v ?? {}) as Record<string, unknown>).map(([k, v]) => [k, { v, t: elem }]);
}

export function sliceItems(val: Val): Val[] {
  const elem = val.t.kind === 'slice' ? val.t.elem : T.any;
  return ((val.v ?? []) as unknown[]).map((v) => ({ v, t: elem }));
}

/** fmt's %v (and %+v with `plus`); `depth` 0 is the value an action prints. */
export function formatValue(val: Val, plus = false, depth = 0): string {
  const { v, t } = val;
  if (v === NO_VALUE) return depth === 0 ? '<no value>' : '<invalid reflect.Value>';
  switch (t.kind) {
    case 'iface':
      return v === null || v === undefined ? '<nil>' : formatValue({ v, t: dynamicType(v) }, plus, depth);
    case 'string':
      return String(v);
    case 'int':
      return String(v);
    case 'float64':
      return goFloat(v as number);
    case 'bool':
      return String(v);
    case 'slice':
      return `[${sliceItems(val)
        .map((e) => formatValue(e, plus, depth + 1))
        .join(' ')}]`;
    case 'map':
      return `map[${mapEntries(val)
        .map(([k, e]) => `${k}:${formatValue(e, plus, depth + 1)}`)
        .join(' ')}]`;
    case 'struct':
      if (t.stringer) return t.stringer(v as Record<string, unknown>);
      return `{${Object.keys(t.fields)
        .map((f) => (plus ? `${f}:` : '') + formatValue(fieldOf(val, f)!, plus, depth + 1))
        .join(' ')}}`;
    case 'ptr':
      if (v === null || v === undefined) return '<nil>';
      // fmt prints a pointer to a struct as &{…} at the top and its address when nested.
      return depth === 0
        ? formatValue({ v, t: t.elem }, plus, depth)
        : depth === 1
          ? `&${formatValue({ v, t: t.elem }, plus, depth + 1)}`
          : '0xc000010000';
    case 'func':
      return '0x4f4f20';
  }
}

/** encoding/json with SetEscapeHTML(false), as the CLI's `json` function: structs in field order, maps sorted. */
export function toJson(val: Val): string {
  const { v, t } = val;
  if (v === NO_VALUE || v === null || v === undefined) return 'null';
  switch (t.kind) {
    case 'iface':
      return toJson({ v, t: dynamicType(v) });
    case 'string':
      return jsonString(String(v));
    case 'int':
    case 'bool':
      return String(v);
    case 'float64':
      return Number.isFinite(v) ? JSON.stringify(v) : 'null';
    case 'slice':
      return `[${sliceItems(val).map(toJson).join(',')}]`;
    case 'map':
      return `{${mapEntries(val)
        .map(([k, e]) => `${jsonString(k)}:${toJson(e)}`)
        .join(',')}}`;
    case 'struct': {
      const obj = v as Record<string, unknown>;
      const empty = (x: unknown) =>
        x === undefined || x === null || x === '' || x === 0 || x === false || (typeof x === 'object' && Object.keys(x).length === 0);
      const key = (f: string) => t.jsonNames?.[f] ?? f;
      const keep = (f: string) => key(f) in obj && !(t.omitEmpty?.includes(f) && empty(obj[key(f)]));
      const text = `{${Object.keys(t.fields)
        .filter(keep)
        .map((f) => `${jsonString(t.jsonNames?.[f] ?? f)}:${toJson(fieldOf(val, f)!)}`)
        .join(',')}}`;
      return t.jsonEscapesHtml ? text.replace(/[<>&]/g, (ch) => `\\u00${ch.charCodeAt(0).toString(16)}`) : text;
    }
    case 'ptr':
      return toJson({ v, t: t.elem });
    case 'func':
      return 'null';
  }
}

/** Go's JSON string: like JSON.stringify, but U+2028 and U+2029 escaped and \u00XX in lower-case hex. */
function jsonString(s: string): string {
  return JSON.stringify(s)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
