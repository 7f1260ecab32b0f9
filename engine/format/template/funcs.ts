// The functions a CLI template can call: Go's builtins (text/template/funcs.go) and the ones
// docker/cli adds in templates/templates.go (json, split, join, title, lower, upper, pad, truncate).
import { utf8 } from '../../model/digest';
import { sprint, sprintf, sprintln } from './printf';
import {
  concrete,
  formatValue,
  mapEntries,
  NO_VALUE,
  sliceItems,
  T,
  toJson,
  truth,
  typeName,
  zero,
  type GoType,
  type ParamKind,
  type Val,
} from './values';

export class FuncError extends Error {}

export interface Func {
  params: ParamKind[];
  variadic?: ParamKind;
  /** and/or get their arguments unevaluated (Go 1.18+ short-circuits them). */
  lazy?: boolean;
  call: (args: Val[]) => Val;
}

const str = (s: string): Val => ({ v: s, t: T.string });
const bool = (b: boolean): Val => ({ v: b, t: T.bool });

function indexOne(item: Val, key: Val): Val {
  const c = concrete(item);
  // Only an untyped nil fails; a typed nil map gives its zero value and a nil slice is out of range.
  if (c.v === NO_VALUE || (c.v === null && c.t.kind !== 'map' && c.t.kind !== 'slice')) throw new FuncError('index of untyped nil');
  const k = concrete(key);
  if (c.t.kind === 'slice' || typeof c.v === 'string') {
    if (typeof k.v !== 'number') throw new FuncError(`cannot index slice/array with type ${typeName(k.t)}`);
    const len = typeof c.v === 'string' ? utf8(c.v).length : ((c.v ?? []) as unknown[]).length;
    if (k.v < 0 || k.v >= len) throw new FuncError(`index out of range: ${k.v}`);
    if (typeof c.v === 'string') return { v: utf8(c.v)[k.v]!, t: { kind: 'int', name: 'uint8' } };
    return sliceItems(c)[k.v]!;
  }
  if (c.t.kind === 'map') {
    if (typeof k.v !== 'string') throw new FuncError(`value has type ${typeName(k.t)}; should be string`);
    const found = mapEntries(c).find(([name]) => name === k.v);
    return found ? found[1] : { v: zero(c.t.elem), t: c.t.elem };
  }
  throw new FuncError(`can't index item of type ${typeName(c.t)}`);
}

function compareBasic(a: Val, b: Val, name: string): number {
  const x = concrete(a);
  const y = concrete(b);
  const kind = (v: Val) => (v.v === NO_VALUE ? 'nil' : typeof v.v === 'number' ? 'number' : typeof v.v);
  if (kind(x) === 'nil' || kind(y) === 'nil') {
    if (name === 'eq' || name === 'ne') return kind(x) === kind(y) ? 0 : 1;
    throw new FuncError('invalid type for comparison');
  }
  if (!['number', 'string', 'boolean'].includes(kind(x)) || !['number', 'string', 'boolean'].includes(kind(y))) {
    if (name === 'eq' || name === 'ne') throw new FuncError('non-comparable types ' + typeName(x.t) + ': ' + typeName(y.t));
    throw new FuncError('invalid type for comparison');
  }
  if (kind(x) !== kind(y)) throw new FuncError('incompatible types for comparison');
  if (kind(x) === 'boolean' && name !== 'eq' && name !== 'ne') throw new FuncError('invalid type for comparison');
  const [p, q] = [x.v as number | string, y.v as number | string];
  return p < q ? -1 : p > q ? 1 : 0;
}

/** Go's HTMLEscapeString, JSEscapeString and QueryEscape (url.QueryEscape). */
function htmlEscape(s: string): string {
  return s.replace(/[&'<>"\0]/g, (c) => ({ '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '"': '&#34;', '\0': '\uFFFD' })[c]!);
}
function jsEscape(s: string): string {
  return [...s]
    .map((c) => {
      const cp = c.codePointAt(0)!;
      if (c === '\\') return '\\\\';
      if (c === "'") return "\\'";
      if (c === '"') return '\\"';
      if (c === '<') return '\\u003C';
      if (c === '>') return '\\u003E';
      if (c === '&') return '\\u0026';
      if (c === '=') return '\\u003D';
      if (cp < 0x20) return `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      return c;
    })
    .join('');
}
function queryEscape(s: string): string {
  return [...utf8(s)]
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
      if (c === ' ') return '+';
      return '%' + b.toString(16).toUpperCase().padStart(2, '0');
    })
    .join('');
}
/** Builtins html/js/urlquery print their arguments as fmt.Sprint does (evalArgs in funcs.go). */
const evalArgs = (args: Val[]): string =>
  args.length === 1 && typeof concrete(args[0]!).v === 'string' ? (concrete(args[0]!).v as string) : sprint(args);

/** strings.Title: the first letter of each word upper-cased. */
const title = (s: string) => s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

export const FUNCS: Record<string, Func> = {
  and: { params: ['any'], variadic: 'any', lazy: true, call: () => bool(true) },
  or: { params: ['any'], variadic: 'any', lazy: true, call: () => bool(false) },
  not: { params: ['any'], call: ([a]) => bool(!truth(concrete(a!))) },
  len: {
    params: ['any'],
    call: ([a]) => {
      const c = concrete(a!);
      if (c.v === NO_VALUE) throw new FuncError('len of nil pointer');
      if (typeof c.v === 'string') return { v: utf8(c.v).length, t: T.int };
      if (c.t.kind === 'slice') return { v: ((c.v ?? []) as unknown[]).length, t: T.int };
      if (c.t.kind === 'map') return { v: Object.keys(c.v ?? {}).length, t: T.int };
      throw new FuncError(`len of type ${typeName(c.t)}`);
    },
  },
  index: { params: ['any'], variadic: 'any', call: ([item, ...keys]) => keys.reduce(indexOne, item!) },
  slice: {
    params: ['any'],
    variadic: 'any',
    call: ([item, ...idx]) => {
      const c = concrete(item!);
      const n = idx.map((i) => {
        const v = concrete(i).v;
        if (typeof v !== 'number') throw new FuncError(`cannot index slice/array with type ${typeName(concrete(i).t)}`);
        return v;
      });
      if (typeof c.v === 'string') {
        if (n.length > 2) throw new FuncError('cannot 3-index slice a string');
        const [from = 0, to = c.v.length] = n;
        if (from < 0 || to > c.v.length || from > to) throw new FuncError(`index out of range: ${from > to ? from : to}`);
        return str(c.v.slice(from, to));
      }
      if (c.t.kind !== 'slice') throw new FuncError(`can't slice item of type ${typeName(c.t)}`);
      const items = (c.v ?? []) as unknown[];
      const [from = 0, to = items.length] = n;
      if (from < 0 || to > items.length || from > to) throw new FuncError(`index out of range: ${from > to ? from : to}`);
      return { v: items.slice(from, to), t: c.t };
    },
  },
  print: { params: [], variadic: 'any', call: (args) => str(sprint(args)) },
  println: { params: [], variadic: 'any', call: (args) => str(sprintln(args)) },
  printf: { params: ['string'], variadic: 'any', call: ([f, ...args]) => str(sprintf(f!.v as string, args)) },
  html: { params: [], variadic: 'any', call: (args) => str(htmlEscape(evalArgs(args))) },
  js: { params: [], variadic: 'any', call: (args) => str(jsEscape(evalArgs(args))) },
  urlquery: { params: [], variadic: 'any', call: (args) => str(queryEscape(evalArgs(args))) },
  call: {
    params: ['any'],
    variadic: 'any',
    call: ([fn, ...args]) => {
      const c = concrete(fn!);
      if (c.v === NO_VALUE) throw new FuncError('call of nil');
      if (c.t.kind !== 'func') throw new FuncError(`non-function of type ${typeName(c.t)}`);
      return { v: c.t.call(...args.map((a) => concrete(a).v)), t: c.t.result };
    },
  },
  eq: {
    params: ['any'],
    variadic: 'any',
    call: ([a, ...rest]) => {
      if (rest.length === 0) throw new FuncError('missing argument for comparison');
      return bool(rest.some((b) => compareBasic(a!, b, 'eq') === 0));
    },
  },
  ne: { params: ['any', 'any'], call: ([a, b]) => bool(compareBasic(a!, b!, 'ne') !== 0) },
  lt: { params: ['any', 'any'], call: ([a, b]) => bool(compareBasic(a!, b!, 'lt') < 0) },
  le: { params: ['any', 'any'], call: ([a, b]) => bool(compareBasic(a!, b!, 'le') <= 0) },
  gt: { params: ['any', 'any'], call: ([a, b]) => bool(compareBasic(a!, b!, 'gt') > 0) },
  ge: { params: ['any', 'any'], call: ([a, b]) => bool(compareBasic(a!, b!, 'ge') >= 0) },

  // docker/cli templates/templates.go
  json: { params: ['any'], call: ([a]) => str(toJson(concrete(a!))) },
  split: { params: ['string', 'string'], call: ([s, sep]) => ({ v: goSplit(s!.v as string, sep!.v as string), t: T.slice(T.string) }) },
  join: {
    params: ['any', 'string'],
    call: ([elems, sep]) => {
      const c = concrete(elems!);
      const s = sep!.v as string;
      if (c.v === NO_VALUE || c.v === null) return str('');
      if (c.t.kind === 'slice')
        return str(
          sliceItems(c)
            .map((e) => formatValue(concrete(e), false, 1))
            .join(s),
        );
      if (c.t.kind === 'map')
        return str(
          mapEntries(c)
            .map(([, e]) => formatValue(concrete(e), false, 1))
            .sort()
            .join(s),
        );
      throw new FuncError(`expected slice, got ${typeName(c.t)}`);
    },
  },
  title: { params: ['string'], call: ([s]) => str(title(s!.v as string)) },
  lower: { params: ['string'], call: ([s]) => str((s!.v as string).toLowerCase()) },
  upper: { params: ['string'], call: ([s]) => str((s!.v as string).toUpperCase()) },
  pad: {
    params: ['string', 'int', 'int'],
    call: ([s, a, b]) => str(s!.v === '' ? '' : ' '.repeat(a!.v as number) + s!.v + ' '.repeat(b!.v as number)),
  },
  truncate: {
    params: ['string', 'int'],
    call: ([s, n]) => {
      // source[:length] on bytes; a character cut in two is dropped whole.
      const len = n!.v as number;
      let out = '';
      let used = 0;
      for (const ch of s!.v as string) {
        used += utf8(ch).length;
        if (used > len) break;
        out += ch;
      }
      return str(out);
    },
  },
};

/** strings.Split: an empty separator splits after each character. */
function goSplit(s: string, sep: string): string[] {
  return sep === '' ? [...s] : s.split(sep);
}

/** The CLI's HeaderFunctions: while a table header renders, these return their first argument. */
export const HEADER_FUNCS: Record<string, Func> = Object.fromEntries(
  (['json', 'split', 'join', 'title', 'lower', 'upper', 'truncate'] as const).map((name) => [
    name,
    { params: FUNCS[name]!.params.map(() => 'any' as ParamKind), call: ([a]: Val[]) => a! },
  ]),
);

export const FUNC_NAMES: ReadonlySet<string> = new Set(Object.keys(FUNCS));
export type { GoType };
