// `--format` for the list commands (ps, images, history): docker/cli cli/command/formatter/
// formatter.go. "table" alone is the command's default table, "json" is `{{json .}}`, a
// "table …" template gets a header row (rendered with the HeaderFunctions) and tabwriter
// columns; every row is one execution of the template over the command's row context.
import { CliError } from '../errors/cli-error';
import { msg } from '../errors/messages';
import {
  HEADER_FUNCS,
  parseTemplate,
  T,
  TemplateExecError,
  TemplateParseError,
  type GoMethod,
  type GoType,
  type Template,
} from './template/index';
import { renderTable } from './table';

/** A row's values by the name of the CLI context's method (ID, Names, …). */
export type Row = Record<string, unknown>;

export interface RowContext {
  /** The Go type the CLI executes the template on, e.g. `*formatter.ContainerContext`. */
  type: string;
  /** The zero-argument methods, in the order the JSON (a map) sorts them; string unless given. */
  fields: readonly string[];
  fieldTypes?: Record<string, GoType>;
  methods?: Record<string, GoMethod>;
  /** SubHeaderContext: the table header of each field. */
  headers: Record<string, string>;
}

export const isTable = (format: string): boolean => format.startsWith('table');

/** Format.templateString: the "table" prefix and surrounding spaces gone, \t and \n honoured. */
export function templateString(format: string): string {
  if (format === 'table') return '';
  if (format === 'json') return '{{json .}}';
  const body = isTable(format) ? format.slice('table'.length) : format;
  return body.replace(/^ +| +$/g, '').replace(/\\t|\\n/g, (e) => (e === '\\t' ? '\t' : '\n'));
}

/** The Go type of the CLI's row context: a pointer to a struct whose methods are the fields. */
export function rowType(ctx: RowContext): GoType {
  const name = ctx.type.replace(/^\*/, '');
  const fields = Object.fromEntries([...ctx.fields].sort().map((f) => [f, ctx.fieldTypes?.[f] ?? T.string]));
  return T.ptr({ kind: 'struct', name, fields, methods: ctx.methods, jsonEscapesHtml: true });
}

function parseOrFail(source: string, prefix: string): Template {
  try {
    return parseTemplate(source);
  } catch (e: unknown) {
    if (e instanceof TemplateParseError) throw new CliError(prefix + e.message, 1);
    throw e;
  }
}

/**
 * `docker ps` checks the raw --format before it lists (cli/command/container/list.go
 * buildContainerListOptions): it parses it and runs it once over an empty row.
 */
export function validateListFormat(format: string, ctx: RowContext, emptyRow: Row): void {
  const tmpl = parseOrFail(format, msg.templateParseFailed);
  try {
    tmpl.run({ v: emptyRow, t: rowType(ctx) });
  } catch (e) {
    if (e instanceof TemplateExecError) throw new CliError(msg.templateExecFailed + e.message, 1);
    throw e;
  }
}

/** SubHeaderContext (formatter/custom.go): a map whose Label method names a label's column. */
const HEADER_TYPE: GoType = {
  kind: 'map',
  elem: T.string,
  name: 'formatter.SubHeaderContext',
  methods: { Label: { params: ['string'], result: T.string, call: (_h, name) => String(name).split('.').pop()!.replace(/[-_]/g, ' ') } },
};

/** Formatter.Write: one template execution per row, then the header and table when "table". */
export function formatList(format: string, rows: readonly Row[], ctx: RowContext): string {
  const tmpl = parseOrFail(templateString(format), msg.templateParsingError);
  const type = rowType(ctx);
  let body = '';
  for (const row of rows) {
    try {
      body += tmpl.run({ v: row, t: type }) + '\n';
    } catch (e) {
      if (e instanceof TemplateExecError) throw new CliError(msg.templateParsingError + e.message, 1);
      throw e;
    }
  }
  if (!isTable(format)) return body;
  // The header: the same template over the SubHeaderContext map, errors ignored (postFormat).
  let header: string;
  try {
    header = tmpl.run({ v: ctx.headers, t: HEADER_TYPE }, { funcs: HEADER_FUNCS });
  } catch (e) {
    if (!(e instanceof TemplateExecError)) throw e;
    header = e.partial;
  }
  const text = header + '\n' + body;
  return renderTable(
    text
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => line.split('\t')),
  );
}
