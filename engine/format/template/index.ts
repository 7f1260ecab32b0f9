// Go's text/template with docker/cli's functions, the one module every `--format` goes through.
// parseTemplate fails with Go's parse error text; run fails with Go's execution error text.
import { execute, TemplateExecError, type ExecOptions } from './exec';
import { FUNC_NAMES, type Func } from './funcs';
import { parse, TemplateParseError, type Parsed } from './parse';
import type { Val } from './values';

export { TemplateExecError, TemplateParseError };
export { HEADER_FUNCS, FuncError, type Func } from './funcs';
export { T, type GoType, type GoMethod, type Val } from './values';

export interface Template {
  source: string;
  tree: Parsed;
  run(data: Val, options?: ExecOptions): string;
}

/** `name` is the template's name in errors (templates.New("version")); `funcs` adds functions (Funcs(...)). */
export function parseTemplate(source: string, setup: { name?: string; funcs?: Record<string, Func> } = {}): Template {
  const names = setup.funcs ? new Set([...FUNC_NAMES, ...Object.keys(setup.funcs)]) : FUNC_NAMES;
  const tree = parse(source, names, setup.name);
  return {
    source,
    tree,
    run: (data, options) => execute(tree, source, data, { name: setup.name, ...options, funcs: { ...setup.funcs, ...options?.funcs } }),
  };
}
