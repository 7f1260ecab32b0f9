// BuildKit's TTY progress as a person sees it when the build has ended: the last frame drawn by
// util/progress/progressui/display.go (ttyDisplay.print with all=true) on an 80-column terminal,
// without its ANSI colours and cursor moves, then printErrorLogs for a failed step. Time does not
// pass in the simulator, so every duration is 0.0s.
//   header: "[+] Building %.1fs (%d/%d) FINISHED" padded so the builder name ("docker:default")
//           ends at column 79 (align(out, desc, width-1))
//   job:    " => " + name (cut to width-4-6-1 chars) [+ " " + status], padded to 73, " ", " 0.0s"
//   status: "transferring dockerfile: 120B" (tonistiigi/units "%.2f": "120B", "1.46kB")
export const TERMINAL_WIDTH = 80;
/** The builder a fresh Docker 29 engine uses: the "default" context with the docker driver. */
export const BUILDER_DESC = 'docker:default';

export interface Vertex {
  name: string;
  cached?: boolean;
  error?: boolean;
  /** Sub-steps shown as " => => id status". */
  statuses?: Array<{ id: string; bytes?: number }>;
  /** The step's output, printed under "------" when it failed. */
  logs?: string[];
  /** Build-check warnings attached to the vertex (the build definition's), shown as "WARN: …". */
  warnings?: string[];
}

/** tonistiigi/units Bytes with "%.2f": plain bytes under 1000, otherwise two decimals and kB/MB. */
export function unitsBytes(n: number): string {
  if (n < 1000) return `${n}B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = n / 1000;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return `${value.toFixed(2)}${units[i]}`;
}

/** fmt.Sprintf("%-*s %s", l, w-len(r)-1, r): left-justify l, then a space, then r. */
function align(left: string, right: string, width: number): string {
  const pad = Math.max(0, width - right.length - 1);
  return `${left.padEnd(pad)} ${right}`;
}

function jobLine(name: string, status: string | undefined, width: number): string | undefined {
  const prefix = ' => ';
  const timer = ' 0.0s'; // " %3.1fs\n" of a zero duration
  let left = width - prefix.length - (timer.length + 1) - 1; // Go's timer string also holds the newline
  let showStatus = false;
  if (status !== undefined && left + status.length > 20) {
    showStatus = true;
    left -= status.length + 1;
  }
  if (left < 12) return undefined;
  let out = prefix + name.slice(0, left);
  if (showStatus) out += ` ${status}`;
  return align(out, timer, width - 1);
}

export function renderProgress(vertices: readonly Vertex[], width = TERMINAL_WIDTH): string {
  const total = vertices.length;
  const header = align(`[+] Building 0.0s (${total}/${total}) FINISHED`, BUILDER_DESC, width - 1).slice(0, width);
  const lines = [header];
  for (const v of vertices) {
    const name = `${v.error ? 'ERROR ' : ''}${v.cached ? 'CACHED ' : ''}${v.name}`;
    const main = jobLine(name, undefined, width);
    if (main) lines.push(main);
    for (const s of v.statuses ?? []) {
      const line = jobLine(`=> ${s.id}`, s.bytes === undefined ? undefined : unitsBytes(s.bytes), width);
      if (line) lines.push(line);
    }
    for (const w of v.warnings ?? []) {
      const line = jobLine(`WARN: ${w}`, undefined, width);
      if (line) lines.push(line);
    }
  }
  return lines.join('\n') + '\n';
}

/** printErrorLogs: the failed step's name and output between dashes (TTY mode keeps timestamps). */
export function renderErrorLogs(vertices: readonly Vertex[]): string {
  let out = '';
  for (const v of vertices) {
    if (!v.error) continue;
    out += `------\n > ${v.name}:\n`;
    // Each line carries its offset from the step's start; no time passes here.
    for (const line of v.logs ?? []) out += `0.000 ${line}\n`;
    out += '------\n';
  }
  return out;
}

/** errdefs.Source.Print: the Dockerfile lines around the failing instruction. */
export function renderSource(fileName: string, text: string, range: { start: number; end: number }): string {
  const lines = text.split('\n');
  let start = range.start;
  let end = Math.min(range.end, lines.length);
  if (start > lines.length || start < 1) return '';
  const pad = end === start ? 4 : 2;
  let p = 0;
  while (p < pad) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  let out = `${fileName}:${range.start}\n--------------------\n`;
  for (let i = start; i <= end; i++) {
    const marker = i >= range.start && i <= range.end ? '>>>' : '   ';
    out += ` ${String(i).padStart(3)} | ${marker} ${lines[i - 1]}\n`;
  }
  return out + '--------------------\n';
}
