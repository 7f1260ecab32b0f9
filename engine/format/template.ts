// The `--format` subset learners type: "table {{.Names}}\t{{.Status}}", "{{.ID}}", "{{json .}}"
// is not modelled. Fields are looked up by name; \t and \n escapes are honoured as docker does.
import { renderTable } from './table';

export type Row = Record<string, string>;

const FIELD = /\{\{\s*\.(\w+)\s*\}\}/g;

export function applyFormat(format: string, rows: Row[], headers: Record<string, string>): string {
  const table = format.startsWith('table');
  const body = (table ? format.slice(5).trimStart() : format).replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const render = (row: Row) => body.replace(FIELD, (_m, key: string) => row[key] ?? '');
  if (!table) return rows.map((r) => render(r) + '\n').join('');
  const header = body.replace(FIELD, (_m, key: string) => headers[key] ?? key.toUpperCase());
  return renderTable([header, ...rows.map(render)].map((line) => line.split('\t')));
}
