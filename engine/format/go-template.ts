// Go text/template over one document, the part people type after `--format` on inspect, version
// and info: `{{.Server.Version}}`, `{{json .}}`, `{{json .Config}}`. Missing fields print
// `<no value>`, maps print as `map[k:v]` and slices as `[a b]`, as Go does.

import { goJson, goMapEntries } from './go-json';

const ACTION = /\{\{\s*(json\s+)?\.([\w.]*)\s*\}\}/g;

function lookup(doc: unknown, path: string): unknown {
  let value = doc;
  for (const key of path.split('.').filter(Boolean)) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** `nested` empty objects are Go's struct{} set members (ExposedPorts' values), printed `{}`. */
function goPrint(value: unknown, nested = false): string {
  if (value === undefined || value === null) return '<no value>';
  if (Array.isArray(value)) return `[${value.map((v) => goPrint(v, true)).join(' ')}]`;
  if (typeof value === 'object') {
    const entries = goMapEntries(value as Record<string, unknown>);
    if (nested && entries.length === 0) return '{}';
    return `map[${entries.map(([k, v]) => `${k}:${goPrint(v, true)}`).join(' ')}]`;
  }
  return String(value);
}

/** Renders `format` against `doc`; no trailing newline (callers add one per document). */
export function renderTemplate(format: string, doc: unknown): string {
  return format.replace(ACTION, (_m, json: string | undefined, path: string) => {
    const value = lookup(doc, path);
    return json ? goJson(value ?? null) : goPrint(value);
  });
}
