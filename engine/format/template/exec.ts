// The executor of Go's text/template (src/text/template/exec.go): walks the tree over a typed
// value, with Go's variables, pipelines, field and map lookup (missingkey=default|error), range
// over slices, maps and integers with break/continue, and Go's execution errors
// ("template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type …").
import { FuncError, FUNCS, type Func } from './funcs';
import { str, type Arg, type CommandNode, type ControlNode, type ListNode, type Node, type PipeNode } from './nodes';
import type { Parsed } from './parse';
import { concrete, fieldOf, formatValue, mapEntries, NO_VALUE, sliceItems, T, truth, typeName, type ParamKind, type Val } from './values';

export class TemplateExecError extends Error {
  /** What the template had written before it failed (the CLI's table header keeps it). */
  partial = '';
}

export interface ExecOptions {
  missingKey?: 'default' | 'error';
  funcs?: Record<string, Func>;
  name?: string;
}

const MISSING: Val = { v: NO_VALUE, t: T.any };
class Break {}
class Continue {}

export function execute(tree: Parsed, source: string, data: Val, options: ExecOptions = {}): string {
  const funcs = { ...FUNCS, ...options.funcs };
  const missingKey = options.missingKey ?? 'default';
  const name = options.name ?? '';
  let out = '';
  let at: { pos: number; text: string } | undefined;
  let vars: Array<{ name: string; value: Val }> = [{ name: '$', value: data }];
  let depth = 0;

  const setAt = (n: Node | Arg | CommandNode) => {
    at = { pos: n.pos, text: str(n) };
  };
  const fail = (message: string): never => {
    if (!at) throw new TemplateExecError(`template: ${name}: ${message}`);
    const before = source.slice(0, at.pos);
    const nl = before.lastIndexOf('\n');
    const col = nl < 0 ? at.pos : at.pos - nl - 1;
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    const context = at.text.length > 20 ? at.text.slice(0, 20) + '...' : at.text;
    throw new TemplateExecError(`template: ${name}:${line}:${col}: executing ${JSON.stringify(name)} at <${context}>: ${message}`);
  };

  const varValue = (name: string): Val => {
    for (let i = vars.length - 1; i >= 0; i--) if (vars[i]!.name === name) return vars[i]!.value;
    return fail(`undefined variable: ${name}`);
  };
  const setVar = (name: string, value: Val) => {
    for (let i = vars.length - 1; i >= 0; i--) if (vars[i]!.name === name) return void (vars[i]!.value = value);
    fail(`undefined variable: ${name}`);
  };

  const walk = (dot: Val, node: Node): void => {
    switch (node.type) {
      case 'text':
        out += node.text;
        return;
      case 'list':
        for (const n of node.nodes) walk(dot, n);
        return;
      case 'action': {
        const val = evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) printValue(node, val);
        return;
      }
      case 'if':
      case 'with': {
        const mark = vars.length;
        const val = evalPipeline(dot, node.pipe);
        if (truth(val)) walk(node.type === 'with' ? val : dot, node.list);
        else if (node.elseList) walk(dot, node.elseList);
        vars = vars.slice(0, mark);
        return;
      }
      case 'range':
        return walkRange(dot, node);
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'template': {
        setAt(node);
        const body = tree.defines.get(node.name);
        if (!body) fail(`template "${node.name}" not defined`);
        if (++depth > 1000) fail('exceeded maximum template depth (100000)');
        const newDot = node.pipe ? evalPipeline(dot, node.pipe) : MISSING;
        const saved = vars;
        vars = [{ name: '$', value: newDot }];
        walk(newDot, body!);
        vars = saved;
        depth--;
        return;
      }
    }
  };

  const walkRange = (dot: Val, node: ControlNode) => {
    setAt(node);
    const mark = vars.length;
    const val = evalPipeline(dot, node.pipe);
    const body = vars.length;
    const iteration = (index: Val, elem: Val): boolean => {
      const { decl, isAssign } = node.pipe;
      if (decl.length > 0) {
        if (isAssign) {
          if (decl.length === 1) setVar(decl[0]!, elem);
          else {
            setVar(decl[0]!, index);
            setVar(decl[1]!, elem);
          }
        } else if (decl.length === 1) vars[body - 1]!.value = elem;
        else {
          vars[body - 2]!.value = index;
          vars[body - 1]!.value = elem;
        }
      }
      try {
        walk(elem, node.list);
      } catch (e) {
        if (e instanceof Break) return false;
        if (!(e instanceof Continue)) throw e;
      } finally {
        vars = vars.slice(0, body);
      }
      return true;
    };
    const c = val.t.kind === 'ptr' ? { v: val.v, t: val.t.elem } : val;
    let count = 0;
    if (c.v === NO_VALUE || c.v === null || c.v === undefined) count = 0;
    else if (c.t.kind === 'slice') {
      for (const [i, e] of sliceItems(c).entries()) {
        count++;
        if (!iteration({ v: i, t: T.int }, e)) break;
      }
    } else if (c.t.kind === 'map') {
      for (const [k, e] of mapEntries(c)) {
        count++;
        if (!iteration({ v: k, t: T.string }, e)) break;
      }
    } else if (c.t.kind === 'int') {
      if (node.pipe.decl.length > 1) fail(`can't use ${c.v} to iterate over more than one variable`);
      for (let i = 0; i < (c.v as number); i++) {
        count++;
        if (!iteration({ v: i, t: T.int }, { v: i, t: T.int })) break;
      }
    } else fail(`range can't iterate over ${formatValue(c)}`);
    if (count === 0 && node.elseList) walk(dot, node.elseList);
    vars = vars.slice(0, mark);
  };

  const evalPipeline = (dot: Val, pipe: PipeNode): Val => {
    setAt(pipe);
    let value: Val = MISSING;
    for (const cmd of pipe.cmds) value = concrete(evalCommand(dot, cmd, value));
    pipe.decl.forEach((name) => {
      if (pipe.isAssign) setVar(name, value);
      else vars.push({ name, value });
    });
    return value;
  };

  const notAFunction = (args: Arg[], final: Val) => {
    if (args.length > 1 || final !== MISSING) fail(`can't give argument to non-function ${str(args[0]!)}`);
  };

  const evalCommand = (dot: Val, cmd: CommandNode, final: Val): Val => {
    const first = cmd.args[0]!;
    switch (first.type) {
      case 'field':
        setAt(first);
        return evalFieldChain(dot, dot, first, first.ident, cmd.args, final);
      case 'chain': {
        if (first.node.type === 'nil') fail(`indirection through explicit nil in ${str(first)}`);
        const base = evalArg(dot, first.node);
        setAt(first);
        return evalFieldChain(dot, base, first, first.field, cmd.args, final);
      }
      case 'identifier':
        return evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        notAFunction(cmd.args, final);
        return evalPipeline(dot, first);
      case 'variable': {
        setAt(first);
        const value = varValue(first.ident[0]!);
        if (first.ident.length === 1) {
          notAFunction(cmd.args, final);
          return value;
        }
        return evalFieldChain(dot, value, first, first.ident.slice(1), cmd.args, final);
      }
    }
    setAt(first);
    notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return { v: first.value, t: T.bool };
      case 'dot':
        return dot;
      case 'number':
        return { v: first.value, t: first.isInt ? T.int : T.float };
      case 'string':
        return { v: first.value, t: T.string };
      default:
        return fail('nil is not a command');
    }
  };

  const evalArg = (dot: Val, n: Arg): Val => {
    setAt(n);
    switch (n.type) {
      case 'dot':
        return dot;
      case 'nil':
        return { v: null, t: T.any };
      case 'field':
        return evalFieldChain(dot, dot, n, n.ident, [n], MISSING);
      case 'variable': {
        const v = varValue(n.ident[0]!);
        return n.ident.length === 1 ? v : evalFieldChain(dot, v, n, n.ident.slice(1), [n], MISSING);
      }
      case 'pipe':
        return evalPipeline(dot, n);
      case 'identifier':
        return evalFunction(dot, n, n, [n], MISSING);
      case 'chain': {
        const base = evalArg(dot, n.node);
        return evalFieldChain(dot, base, n, n.field, [n], MISSING);
      }
      case 'bool':
        return { v: n.value, t: T.bool };
      case 'number':
        return { v: n.value, t: n.isInt ? T.int : T.float };
      case 'string':
        return { v: n.value, t: T.string };
    }
  };

  const evalFieldChain = (dot: Val, receiver: Val, node: Arg, ident: string[], args: Arg[], final: Val): Val => {
    let r = receiver;
    for (let i = 0; i < ident.length - 1; i++) r = evalField(dot, ident[i]!, node, [], MISSING, r);
    return evalField(dot, ident[ident.length - 1]!, node, args, final, r);
  };

  const evalField = (dot: Val, name: string, node: Arg, args: Arg[], final: Val, receiver: Val): Val => {
    if (receiver.v === NO_VALUE) {
      if (missingKey === 'error') fail(`nil data; no entry for key "${name}"`);
      return MISSING;
    }
    const typ = receiver.t;
    if (typ.kind === 'iface' && (receiver.v === null || receiver.v === undefined)) fail(`nil pointer evaluating ${typeName(typ)}.${name}`);
    const r = concrete(receiver);
    const t = r.t.kind === 'ptr' ? r.t.elem : r.t;
    const hasArgs = args.length > 1 || final !== MISSING;
    const method = t.kind === 'struct' || t.kind === 'map' ? t.methods?.[name] : undefined;
    if (method) {
      if (r.v === null) fail(`nil pointer evaluating ${typeName(typ)}.${name}`);
      const m = method;
      return callWith(
        dot,
        name,
        { params: m.params, call: (vals) => ({ v: m.call(r.v as Record<string, unknown>, ...vals.map((x) => x.v)), t: m.result }) },
        node,
        args,
        final,
      );
    }
    if (t.kind === 'struct') {
      if (!(name in t.fields)) fail(`can't evaluate field ${name} in type ${typeName(typ)}`);
      if (r.v === null || r.v === undefined) fail(`nil pointer evaluating ${typeName(typ)}.${name}`);
      if (hasArgs) fail(`${name} has arguments but cannot be invoked as function`);
      return fieldOf(r, name)!;
    }
    if (t.kind === 'map') {
      if (hasArgs) fail(`${name} is not a method but has arguments`);
      const obj = (r.v ?? {}) as Record<string, unknown>;
      if (Object.prototype.hasOwnProperty.call(obj, name)) return { v: obj[name], t: t.elem };
      if (missingKey === 'error') fail(`map has no entry for key "${name}"`);
      return MISSING;
    }
    return fail(`can't evaluate field ${name} in type ${typeName(typ)}`);
  };

  const evalFunction = (dot: Val, node: Extract<Arg, { type: 'identifier' }>, cmd: CommandNode | Arg, args: Arg[], final: Val): Val => {
    setAt(node);
    const fn = funcs[node.name];
    if (!fn) return fail(`"${node.name}" is not a defined function`);
    return callWith(dot, node.name, fn, cmd, args, final);
  };

  /** Go's evalCall: argument count and types checked, the final value of a pipeline appended. */
  const callWith = (
    dot: Val,
    name: string,
    fn: Pick<Func, 'params' | 'variadic' | 'lazy' | 'call'>,
    node: Arg | CommandNode,
    args: Arg[],
    final: Val,
  ): Val => {
    const given = args.slice(1);
    const numIn = given.length + (final !== MISSING ? 1 : 0);
    const fixed = fn.params.length;
    if (fn.variadic !== undefined ? numIn < fixed : numIn !== fixed) {
      fail(`wrong number of args for ${name}: want ${fn.variadic !== undefined ? 'at least ' : ''}${fixed} got ${numIn}`);
    }
    const kindOf = (i: number): ParamKind => fn.params[i] ?? fn.variadic ?? 'any';
    if (fn.lazy) {
      // and / or: evaluate left to right and stop at the first value that decides.
      const isAnd = name === 'and';
      let v: Val = MISSING;
      for (let i = 0; i < numIn; i++) {
        v = i < given.length ? concrete(evalArg(dot, given[i]!)) : final;
        if (truth(v) !== isAnd) return v;
      }
      return v;
    }
    const vals: Val[] = [];
    given.forEach((a, i) => vals.push(checkArg(a, evalArg(dot, a), kindOf(i))));
    if (final !== MISSING) vals.push(checkArg(undefined, final, kindOf(given.length)));
    setAt(node.type === 'command' ? node.args[0]! : node);
    try {
      return fn.call(vals);
    } catch (e) {
      if (e instanceof FuncError) return fail(`error calling ${name}: ${e.message}`);
      throw e;
    }
  };

  const checkArg = (node: Arg | undefined, value: Val, kind: ParamKind): Val => {
    const v = concrete(value);
    if (kind === 'any') return v;
    if (node?.type === 'number' && kind === 'int' && !node.isInt) fail(`expected integer; found ${node.text}`);
    if (node && node.type !== 'number' && kind === 'int' && (node.type === 'string' || node.type === 'bool'))
      fail(`expected integer; found ${str(node)}`);
    if (node?.type === 'number' && kind === 'string') fail(`expected string; found ${node.text}`);
    if (v.v === NO_VALUE) fail(`invalid value; expected ${kind}`);
    const ok = kind === 'string' ? v.t.kind === 'string' : kind === 'int' ? v.t.kind === 'int' : v.t.kind === 'bool';
    if (!ok) fail(`wrong type for value; expected ${kind}; got ${typeName(v.t)}`);
    return v;
  };

  const printValue = (node: Node, val: Val) => {
    setAt(node.type === 'action' ? node.pipe : node);
    if (val.t.kind === 'func') fail(`can't print ${str(node)} of type ${typeName(val.t)}`);
    out += formatValue(val);
  };

  try {
    walk(data, tree.root as ListNode);
  } catch (e) {
    if (e instanceof Break || e instanceof Continue) return out;
    if (e instanceof TemplateExecError) e.partial = out;
    throw e;
  }
  return out;
}
