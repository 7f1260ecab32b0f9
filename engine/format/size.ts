// go-units sizes as the docker CLI prints them: decimal units, no space ("187MB", "2B").

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** Go's `%.*g`: shortest form with `precision` significant digits, exponent when Go would use one. */
export function goG(value: number, precision: number): string {
  if (value === 0) return '0';
  value = halfEvenNudge(value, precision);
  const [mantissa, expText] = value.toExponential(precision - 1).split('e') as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= precision) {
    const m = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const fixed = value.toFixed(Math.max(0, precision - 1 - exp));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/**
 * Go rounds an exact decimal tie to even (strconv: 2.125 → "2.12", 212.5 → "212"); JavaScript's
 * toFixed/toExponential round it up. On such a tie with an even kept digit, step just below it.
 */
function halfEvenNudge(value: number, precision: number): number {
  const digits = value.toPrecision(100).replace('.', '').replace(/^0+/, '');
  const kept = digits.slice(0, precision);
  const rest = digits.slice(precision);
  const isTie = /^50*$/.test(rest);
  return isTie && Number(kept.at(-1)) % 2 === 0 ? value * (1 - Number.EPSILON) : value;
}

function scaled(bytes: number): [number, string] {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return [size, UNITS[i]!];
}

/** units.HumanSizeWithPrecision(n, 3): the SIZE columns of ps, images, history. */
export function humanSize(bytes: number): string {
  const [size, unit] = scaled(bytes);
  return goG(size, 3) + unit;
}

/** units.HumanSize (4 significant digits): "Total reclaimed space". */
export function humanSize4(bytes: number): string {
  const [size, unit] = scaled(bytes);
  return goG(size, 4) + unit;
}

/** `docker ps -s`'s SIZE column: the writable layer, then the whole view ("2B (virtual 161MB)"). */
export function psSizeColumn(sizeRw: number, imageSize: number): string {
  return `${humanSize(sizeRw)} (virtual ${humanSize(sizeRw + imageSize)})`;
}
