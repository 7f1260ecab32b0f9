// The `--format` subset learners type: "table {{.Names}}\t{{.Status}}", "{{.ID}}", "{{json .}}"
// (the row's fields, keys sorted as Go marshals a map) and "{{json .Names}}". Fields are looked
// up by name; \t and \n escapes are honoured as docker does.
import { goJson, goMapEntries } from './go-json';
import { renderTable } from './table';

export type Row = Record<string, string>;

const FIELD = /\{\{\s*(json\s+)?\.(\w*)\s*\}\}/g;

function sortedJson(row: Row): string {
  return goJson(Object.fromEntries(goMapEntries(row)));
}

/** The `--format` template of a command's default table over these row fields. */
export function tableFormat(columns: readonly string[]): string {
  return `table ${columns.map((k) => `{{.${k}}}`).join('\t')}`;
}

/**
 * The CLI's format keys (cli/command/formatter/formatter.go): `table` alone means the command's
 * default table and `json` means one `{{json .}}` line per row.
 */
export function resolveFormat(format: string, defaultTable: string): string {
  if (format === 'table') return defaultTable;
  if (format === 'json') return '{{json .}}';
  return format;
}

export function applyFormat(format: string, rows: Row[], headers: Record<string, string>): string {
  const table = format.startsWith('table');
  const body = (table ? format.slice(5).trimStart() : format).replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const render = (row: Row) =>
    body.replace(FIELD, (_m, json: string | undefined, key: string) => (key === '' ? (json ? sortedJson(row) : '') : json ? goJson(row[key] ?? '') : row[key] ?? ''));
  if (!table) return rows.map((r) => render(r) + '\n').join('');
  const header = body.replace(FIELD, (_m, _json: string | undefined, key: string) => headers[key] ?? key.toUpperCase());
  return renderTable([header, ...rows.map(render)].map((line) => line.split('\t')));
}
