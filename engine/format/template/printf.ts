// Go's fmt.Sprintf, Sprint and Sprintln over template values: the verbs people put in
// `printf` (%s %v %+v %d %q %x %X %o %b %c %t %f %e %g %T %U %%), flags, width and precision,
// and fmt's %!verb(type=value) / %!d(MISSING) / %!(EXTRA …) for mismatches.
import { utf8 } from '../../model/digest';
import { goQuote } from '../text';
import { concrete, formatValue, goFloat, typeName, NO_VALUE, type Val } from './values';

function pad(s: string, width: number | undefined, minus: boolean, zero: boolean): string {
  if (width === undefined || [...s].length >= width) return s;
  const fill = width - [...s].length;
  if (minus) return s + ' '.repeat(fill);
  if (zero) {
    const sign = /^[+-]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(fill) + s.slice(sign.length);
  }
  return ' '.repeat(fill) + s;
}

interface Flags {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  prec?: number;
}

const bad = (verb: string, val: Val) => `%!${verb}(${typeName(val.t)}=${formatValue(val, false, 1)})`;

function integer(n: number, base: number, verb: string, f: Flags): string {
  let digits = Math.abs(n).toString(base);
  if (verb === 'X') digits = digits.toUpperCase();
  if (f.prec !== undefined) digits = digits.padStart(f.prec, '0');
  let prefix = '';
  if (f.sharp) prefix = base === 16 ? (verb === 'X' ? '0X' : '0x') : base === 8 ? '0' : base === 2 ? '0b' : '';
  const sign = n < 0 ? '-' : f.plus ? '+' : f.space ? ' ' : '';
  return pad(sign + prefix + digits, f.width, f.minus, f.zero && f.prec === undefined);
}

function float(n: number, verb: string, f: Flags): string {
  let s: string;
  const prec = f.prec;
  if (verb === 'f' || verb === 'F') s = Math.abs(n).toFixed(prec ?? 6);
  else if (verb === 'e' || verb === 'E')
    s = Math.abs(n)
      .toExponential(prec ?? 6)
      .replace(/e([+-])(\d)$/, 'e$10$2');
  else s = prec === undefined ? goFloat(Math.abs(n)) : Number(Math.abs(n).toPrecision(prec || 1)).toString();
  if (verb === 'E' || verb === 'G') s = s.toUpperCase();
  const sign = n < 0 || Object.is(n, -0) ? '-' : f.plus ? '+' : f.space ? ' ' : '';
  return pad(sign + s, f.width, f.minus, f.zero);
}

function one(verb: string, val: Val, f: Flags): string {
  const c = concrete(val);
  const v = c.v;
  if (verb === 'T') return pad(v === NO_VALUE ? '<nil>' : typeName(c.t), f.width, f.minus, false);
  if (verb === 'v') return pad(v === NO_VALUE ? '<nil>' : formatValue(c, f.plus, 1), f.width, f.minus, f.zero);
  if (v === NO_VALUE) return `%!${verb}(<nil>)`;
  switch (verb) {
    case 's':
    case 'q':
    case 'x':
    case 'X':
      if (typeof v === 'string') {
        if (verb === 's') return pad(f.prec !== undefined ? [...v].slice(0, f.prec).join('') : v, f.width, f.minus, f.zero);
        if (verb === 'q') return pad(f.sharp && !v.includes('`') ? '`' + v + '`' : goQuote(v), f.width, f.minus, false);
        const hex = [...utf8(v)].map((b) => b.toString(16).padStart(2, '0')).join(f.space ? ' ' : '');
        return pad(verb === 'X' ? hex.toUpperCase() : hex, f.width, f.minus, false);
      }
      if (typeof v === 'number' && Number.isInteger(v) && verb !== 's') {
        if (verb === 'q') return pad(`'${String.fromCodePoint(v)}'`, f.width, f.minus, false);
        return integer(v, 16, verb, f);
      }
      if (verb === 's' && (c.t.kind === 'slice' || c.t.kind === 'map' || c.t.kind === 'struct' || c.t.kind === 'ptr'))
        return pad(formatValue(c, false, 1), f.width, f.minus, false);
      return bad(verb, c);
    case 'd':
    case 'o':
    case 'b':
    case 'c':
    case 'U':
      if (typeof v !== 'number' || !Number.isInteger(v)) return bad(verb, c);
      if (verb === 'c') return pad(String.fromCodePoint(v), f.width, f.minus, false);
      if (verb === 'U') return pad(`U+${v.toString(16).toUpperCase().padStart(4, '0')}`, f.width, f.minus, false);
      return integer(v, verb === 'd' ? 10 : verb === 'o' ? 8 : 2, verb, f);
    case 't':
      return typeof v === 'boolean' ? pad(String(v), f.width, f.minus, false) : bad(verb, c);
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
      return typeof v === 'number' && c.t.kind === 'float64' ? float(v, verb, f) : bad(verb, c);
    default:
      return `%!${verb}(${typeName(c.t)}=${formatValue(c, false, 1)})`;
  }
}

export function sprintf(format: string, args: Val[]): string {
  let out = '';
  let argi = 0;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const f: Flags = { minus: false, plus: false, sharp: false, space: false, zero: false };
    i++;
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === '-') f.minus = true;
      else if (c === '+') f.plus = true;
      else if (c === '#') f.sharp = true;
      else if (c === ' ') f.space = true;
      else if (c === '0') f.zero = !f.minus;
      else break;
    }
    const num = (): number | undefined => {
      if (format[i] === '*') {
        i++;
        const a = args[argi++];
        return a && typeof a.v === 'number' ? a.v : undefined;
      }
      const m = /^\d+/.exec(format.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return Number(m[0]);
    };
    f.width = num();
    if (format[i] === '.') {
      i++;
      f.prec = num() ?? 0;
    }
    const verb = format[i];
    if (verb === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    const arg = args[argi++];
    out += arg === undefined ? `%!${verb}(MISSING)` : one(verb, arg, f);
  }
  if (argi < args.length)
    out += `%!(EXTRA ${args
      .slice(argi)
      .map((a) => `${typeName(concrete(a).t)}=${formatValue(concrete(a), false, 1)}`)
      .join(', ')})`;
  return out;
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: Val[]): string {
  let out = '';
  args.forEach((a, i) => {
    const isStr = (x: Val) => typeof concrete(x).v === 'string';
    if (i > 0 && !isStr(a) && !isStr(args[i - 1]!)) out += ' ';
    out += printArg(a);
  });
  return out;
}

export function sprintln(args: Val[]): string {
  return args.map(printArg).join(' ') + '\n';
}

function printArg(a: Val): string {
  const c = concrete(a);
  return c.v === NO_VALUE ? '<nil>' : formatValue(c, false, 1);
}
