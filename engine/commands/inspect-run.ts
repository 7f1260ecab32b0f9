// Shared body of `docker inspect`, `docker container inspect` and `docker image inspect`.
import type { Args } from '../cli/spec';
import type { Ctx } from '../cli/context';
import { msg } from '../errors/messages';
import { missingImageName } from '../model/reference';
import type { CommandResult } from '../output';
import { CliError } from '../errors/cli-error';
import { parseTemplate, T, TemplateExecError, TemplateParseError, type GoType, type Template } from '../format/template/index';
import { containerDoc, imageDoc, inspectJson } from './inspect-docs';
import { CONTAINER_INSPECT, IMAGE_INSPECT } from './inspect-types';

/** The types `docker inspect --type` accepts (CLI 29); the kit models only two of them. */
const TYPES = new Set(['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume']);

export const inspectFlags = [
  { long: 'format', short: 'f', kind: 'string' as const, description: 'Format output using a custom template' },
  { long: 'size', short: 's', kind: 'bool' as const, description: 'Display total file sizes if the type is container' },
  { long: 'type', kind: 'string' as const, description: 'Only inspect objects of the given type' },
];

export function runInspect(args: Args, ctx: Ctx, defaultKind: 'any' | 'container' | 'image'): CommandResult {
  const type = args.string('type') ?? '';
  if (type !== '' && !TYPES.has(type)) return { stdout: '', stderr: msg.invalidInspectType(type) + '\n', exitCode: 1 };
  const kind = type === 'container' || type === 'image' ? type : type === '' ? defaultKind : 'none';
  const withSize = args.bool('size');
  const docs: Array<{ doc: Record<string, unknown>; type: GoType }> = [];
  const errors: string[] = [];
  for (const input of args.positional) {
    const c = kind === 'any' || kind === 'container' ? ctx.daemon.findContainer(input) : undefined;
    const image = !c && (kind === 'any' || kind === 'image') ? ctx.daemon.findImage(input) : undefined;
    if (c) docs.push({ doc: containerDoc(c, withSize, ctx.daemon.bridgeNetworkId), type: CONTAINER_INSPECT });
    else if (image) docs.push({ doc: imageDoc(image, ctx.daemon), type: IMAGE_INSPECT });
    else if (kind === 'container') errors.push(msg.noSuchContainer(input));
    else if (kind === 'image') errors.push(msg.noSuchImage(missingImageName(input)));
    else errors.push(msg.noSuchObject(input));
  }
  const format = args.string('format') ?? '';
  const tmpl = format && format !== 'json' ? parseInspectTemplate(format) : undefined;
  let stdout: string;
  if (!format) stdout = inspectJson(docs.map((d) => d.doc));
  // "json" is the compact JSON inspector: one line, the array of documents.
  else if (!tmpl) stdout = JSON.stringify(docs.map((d) => d.doc)) + '\n';
  else {
    stdout = '';
    for (const { doc, type } of docs) {
      const out = runInspectTemplate(tmpl, doc, type);
      if (typeof out === 'string') stdout += out + '\n';
      else errors.push(out.error);
    }
    // TemplateInspector.Flush: nothing rendered still prints an empty line.
    if (stdout === '') stdout = '\n';
  }
  return { stdout, stderr: errors.map((e) => e + '\n').join(''), exitCode: errors.length ? 1 : 0 };
}

/** inspect.NewTemplateInspectorFromString: a template that does not parse exits 64. */
function parseInspectTemplate(format: string): Template {
  try {
    return parseTemplate(format);
  } catch (e: unknown) {
    if (e instanceof TemplateParseError) throw new CliError(msg.templateParsingError + e.message, 64);
    throw e;
  }
}

/**
 * TemplateInspector.Inspect: the template runs on the typed response; if that fails it runs again
 * on the raw JSON with missingkey=error, and that second error is the one reported.
 */
function runInspectTemplate(tmpl: Template, doc: Record<string, unknown>, type: GoType): string | { error: string } {
  try {
    return tmpl.run({ v: doc, t: type });
  } catch (e: unknown) {
    if (!(e instanceof TemplateExecError)) throw e;
  }
  try {
    return tmpl.run({ v: JSON.parse(JSON.stringify(doc)) as unknown, t: T.any }, { missingKey: 'error' });
  } catch (e: unknown) {
    if (e instanceof TemplateExecError) return { error: msg.templateParsingError + e.message };
    throw e;
  }
}

/** `-f` over documents of a type the kit does not model field by field (volumes): the raw JSON. */
export function formatDocs(format: string, docs: readonly Record<string, unknown>[]): { stdout: string; errors: string[] } {
  if (format === 'json') return { stdout: JSON.stringify(docs) + '\n', errors: [] };
  const tmpl = parseInspectTemplate(format);
  let stdout = '';
  const errors: string[] = [];
  for (const doc of docs) {
    const out = runInspectTemplate(tmpl, doc, T.any);
    if (typeof out === 'string') stdout += out + '\n';
    else errors.push(out.error);
  }
  return { stdout: stdout === '' ? '\n' : stdout, errors };
}
