// The parser of Go's text/template (src/text/template/parse/parse.go): actions and pipelines,
// declarations and assignments, if / else if / with / else with / range / break / continue,
// define / template / block, with Go's parse errors ("template: :1: unexpected …").
import { itemString, lex, type Item, type ItemType } from './lex';
import type { Arg, CommandNode, ListNode, Node, PipeNode } from './nodes';

export class TemplateParseError extends Error {}

export interface Parsed {
  root: ListNode;
  defines: Map<string, ListNode>;
}

const GO_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** strconv.Unquote for "…" strings and '…' runes; undefined when Go would say "invalid syntax". */
function unquote(body: string, quote: '"' | "'"): string | undefined {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === quote) return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) return undefined;
    if (GO_ESCAPES[e] !== undefined && (e !== "'" || quote === "'") && (e !== '"' || quote === '"')) out += GO_ESCAPES[e];
    else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return undefined;
      out += String.fromCodePoint(parseInt(hex, 16));
      i += n;
    } else if (/[0-7]/.test(e)) {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct)) return undefined;
      out += String.fromCharCode(parseInt(oct, 8));
      i += 2;
    } else return undefined;
  }
  return out;
}

function parseNumber(text: string): { value: number; isInt: boolean } | undefined {
  const t = text.replace(/_/g, '');
  if (/^[+-]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$/.test(t)) {
    const sign = t.startsWith('-') ? -1 : 1;
    const body = t.replace(/^[+-]/, '');
    const v = /^0[0-7]+$/.test(body) ? parseInt(body, 8) : Number(body.replace(/^0[oO]/, '0o'));
    return { value: sign * v, isInt: true };
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t), isInt: false };
  return undefined;
}

export function parse(input: string, functions: ReadonlySet<string>, name = ''): Parsed {
  const items = lex(input);
  let p = 0;
  let vars: string[] = ['$'];
  let rangeDepth = 0;
  const defines = new Map<string, ListNode>();
  let current: Item = items[0]!;

  const fail = (message: string): never => {
    throw new TemplateParseError(`template: ${name}:${current.line}: ${message}`);
  };
  const next = (): Item => {
    current = items[Math.min(p, items.length - 1)]!;
    p++;
    if (current.type === 'error') fail(current.val);
    return current;
  };
  const backup = () => {
    p--;
  };
  const peek = (): Item => items[Math.min(p, items.length - 1)]!;
  const nextNonSpace = (): Item => {
    let t = next();
    while (t.type === 'space') t = next();
    return t;
  };
  const peekNonSpace = (): Item => {
    const t = nextNonSpace();
    backup();
    return t;
  };
  const unexpected = (t: Item, context: string): never => fail(t.type === 'error' ? t.val : `unexpected ${itemString(t)} in ${context}`);
  const expect = (type: ItemType, context: string): Item => {
    const t = nextNonSpace();
    if (t.type !== type) unexpected(t, context);
    return t;
  };

  type Ender = { type: 'end' | 'else'; pos: number; line: number; chained?: 'if' | 'with' };

  const itemList = (): { list: ListNode; end: Ender } => {
    const list: ListNode = { type: 'list', pos: peekNonSpace().pos, nodes: [] };
    for (;;) {
      if (peekNonSpace().type === 'eof') fail('unexpected EOF');
      const n = textOrAction();
      if (n && 'ender' in n) return { list, end: n.ender };
      if (n) list.nodes.push(n as Node);
    }
  };

  const textOrAction = (): Node | { ender: Ender } | undefined => {
    const t = nextNonSpace();
    if (t.type === 'text') return { type: 'text', pos: t.pos, text: t.val };
    if (t.type === 'leftDelim') return action();
    return unexpected(t, 'input');
  };

  const action = (): Node | { ender: Ender } | undefined => {
    const t = nextNonSpace();
    switch (t.type) {
      case 'block': {
        const name = expectName('block clause');
        const pipe = pipeline('block', 'rightDelim');
        const saved = vars;
        vars = ['$'];
        const { list, end } = itemList();
        vars = saved;
        if (end.type !== 'end') fail('unexpected {{else}}');
        defines.set(name, list);
        return { type: 'template', pos: t.pos, line: t.line, name, pipe };
      }
      case 'break':
      case 'continue': {
        const after = nextNonSpace();
        if (after.type !== 'rightDelim') unexpected(after, `{{${t.type}}}`);
        if (rangeDepth === 0) fail(`{{${t.type}}} outside {{range}}`);
        return { type: t.type, pos: t.pos, line: t.line };
      }
      case 'else': {
        const ahead = peekNonSpace();
        if (ahead.type === 'if' || ahead.type === 'with') return { ender: { type: 'else', pos: t.pos, line: t.line, chained: ahead.type } };
        expect('rightDelim', 'else');
        return { ender: { type: 'else', pos: t.pos, line: t.line } };
      }
      case 'end':
        expect('rightDelim', 'end');
        return { ender: { type: 'end', pos: t.pos, line: t.line } };
      case 'if':
      case 'range':
      case 'with':
        return control(t.type, t);
      case 'template': {
        const name = expectName('template clause');
        const ahead = nextNonSpace();
        let pipe: PipeNode | undefined;
        if (ahead.type !== 'rightDelim') {
          backup();
          pipe = pipeline('template clause', 'rightDelim');
        }
        return { type: 'template', pos: t.pos, line: t.line, name, pipe };
      }
      case 'define':
        return define(t);
      default: {
        backup();
        const pipe = pipeline('command', 'rightDelim');
        return { type: 'action', pos: t.pos, line: t.line, pipe };
      }
    }
  };

  const expectName = (context: string): string => {
    const t = nextNonSpace();
    if (t.type !== 'string' && t.type !== 'rawString') unexpected(t, context);
    return t.type === 'rawString' ? t.val.slice(1, -1) : (unquote(t.val.slice(1, -1), '"') ?? fail('invalid syntax'));
  };

  const define = (t: Item): undefined => {
    const name = expectName('define clause');
    expect('rightDelim', 'define clause');
    const saved = vars;
    vars = ['$'];
    const { list, end } = itemList();
    vars = saved;
    if (end.type !== 'end') fail(`unexpected {{else}} in define clause`);
    void t;
    defines.set(name, list);
    return undefined;
  };

  const control = (kind: 'if' | 'range' | 'with', t: Item): Node => {
    const mark = vars.length;
    const pipe = pipeline(kind, 'rightDelim');
    if (kind === 'range') rangeDepth++;
    const { list, end } = itemList();
    if (kind === 'range') rangeDepth--;
    let elseList: ListNode | undefined;
    if (end.type === 'else') {
      if (end.chained && end.chained === kind) {
        // {{else if …}} / {{else with …}} is an {{if}} / {{with}} inside the else branch that shares our {{end}}.
        nextNonSpace();
        const inner = control(kind, current);
        elseList = { type: 'list', pos: end.pos, nodes: [inner] };
      } else {
        if (end.chained) fail(`unexpected <${end.chained}> in input`);
        const rest = itemList();
        if (rest.end.type !== 'end') fail(`expected end; found {{else}}`);
        elseList = rest.list;
      }
    }
    void list;
    vars = vars.slice(0, mark);
    return { type: kind, pos: pipe.pos, line: t.line, pipe, list, elseList };
  };

  const pipeline = (context: string, end: 'rightDelim' | 'rightParen'): PipeNode => {
    const token = peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: token.pos, line: token.line, isAssign: false, decl: [], cmds: [] };
    // Declarations: $x := …, $i, $e := … (range only), $x = …
    decls: if (peekNonSpace().type === 'variable') {
      const save = p;
      const v = nextNonSpace();
      const after = peek();
      const afterSpace = after.type === 'space' ? (next(), peekNonSpace()) : after;
      if (afterSpace.type === 'declare' || afterSpace.type === 'assign') {
        nextNonSpace();
        pipe.isAssign = afterSpace.type === 'assign';
        pipe.decl.push(v.val);
        if (!pipe.isAssign) vars.push(v.val);
        break decls;
      }
      if (afterSpace.type === 'char' && afterSpace.val === ',') {
        nextNonSpace();
        if (context !== 'range') fail(`too many declarations in ${context}`);
        const second = nextNonSpace();
        if (second.type !== 'variable') fail(`unexpected ${itemString(second)} in ${context}`);
        const op = nextNonSpace();
        if (op.type !== 'declare' && op.type !== 'assign') fail(`unexpected ${itemString(op)} in ${context}`);
        pipe.isAssign = op.type === 'assign';
        pipe.decl.push(v.val, second.val);
        if (!pipe.isAssign) vars.push(v.val, second.val);
        break decls;
      }
      p = save;
    }
    if (pipe.isAssign) for (const d of pipe.decl) if (!vars.includes(d)) fail(`undefined variable "${d}"`);
    for (;;) {
      const t = nextNonSpace();
      if (t.type === end) {
        if (pipe.cmds.length === 0) fail(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
          const first = c.args[0]!;
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(first.type)) fail(`non executable command in pipeline stage ${i + 2}`);
        });
        return pipe;
      }
      if (
        ['bool', 'charConstant', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen'].includes(
          t.type,
        )
      ) {
        backup();
        pipe.cmds.push(command());
      } else unexpected(t, context);
    }
  };

  const command = (): CommandNode => {
    const cmd: CommandNode = { type: 'command', pos: peekNonSpace().pos, args: [] };
    for (;;) {
      peekNonSpace();
      const operand = term() ? chain() : undefined;
      if (operand) cmd.args.push(operand);
      const t = next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') backup();
      else if (t.type !== 'pipe') unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) fail('empty command');
    return cmd;
  };

  let lastTerm: Arg | undefined;
  const term = (): boolean => {
    const t = nextNonSpace();
    lastTerm = undefined;
    switch (t.type) {
      case 'identifier':
        if (!functions.has(t.val)) fail(`function "${t.val}" not defined`);
        lastTerm = { type: 'identifier', pos: t.pos, name: t.val };
        break;
      case 'dot':
        lastTerm = { type: 'dot', pos: t.pos };
        break;
      case 'nil':
        lastTerm = { type: 'nil', pos: t.pos };
        break;
      case 'variable': {
        const ident = t.val.split('.');
        if (!vars.includes(ident[0]!)) fail(`undefined variable "${ident[0]}"`);
        lastTerm = { type: 'variable', pos: t.pos, ident };
        break;
      }
      case 'field':
        lastTerm = { type: 'field', pos: t.pos, ident: t.val.slice(1).split('.') };
        break;
      case 'bool':
        lastTerm = { type: 'bool', pos: t.pos, value: t.val === 'true' };
        break;
      case 'charConstant': {
        const r = unquote(t.val.slice(1, -1), "'");
        if (r === undefined || [...r].length !== 1) fail(`malformed character constant: ${t.val}`);
        lastTerm = { type: 'number', pos: t.pos, text: t.val, value: r!.codePointAt(0)!, isInt: true };
        break;
      }
      case 'number': {
        const n = parseNumber(t.val);
        if (!n) fail(`illegal number syntax: ${JSON.stringify(t.val)}`);
        lastTerm = { type: 'number', pos: t.pos, text: t.val, ...n! };
        break;
      }
      case 'leftParen':
        lastTerm = pipeline('parenthesized pipeline', 'rightParen');
        break;
      case 'string':
      case 'rawString': {
        const value = t.type === 'rawString' ? t.val.slice(1, -1).replace(/\r/g, '') : unquote(t.val.slice(1, -1), '"');
        if (value === undefined) fail('invalid syntax');
        lastTerm = { type: 'string', pos: t.pos, quoted: t.val, value: value! };
        break;
      }
      default:
        backup();
        return false;
    }
    return true;
  };

  // A term followed by .Field.Field (no spaces): (pipeline).X, $x.Y, .A.B.
  const chain = (): Arg => {
    let node = lastTerm!;
    if (peek().type !== 'field') return node;
    // Go gives the whole chain the position of its first chained field (parse.go operand: newChain(t.peek().pos, …)).
    const pos = peek().pos;
    const fields: string[] = [];
    while (peek().type === 'field') fields.push(next().val.slice(1));
    switch (node.type) {
      case 'field':
        return { ...node, pos, ident: [...node.ident, ...fields.flatMap((f) => f.split('.'))] };
      case 'variable':
        return { ...node, pos, ident: [...node.ident, ...fields.flatMap((f) => f.split('.'))] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        return fail(
          `unexpected . after term ${JSON.stringify(node.type === 'dot' ? '.' : node.type === 'nil' ? 'nil' : node.type === 'bool' ? String(node.value) : node.type === 'number' ? node.text : node.quoted)}`,
        );
      default:
        node = { type: 'chain', pos, node, field: fields.flatMap((f) => f.split('.')) };
        return node;
    }
  };

  const root: ListNode = { type: 'list', pos: 0, nodes: [] };
  for (;;) {
    const t = peek();
    if (t.type === 'eof') break;
    if (t.type === 'error') next();
    const n = textOrAction();
    if (n && 'ender' in n) fail(`unexpected {{${n.ender.type}}}`);
    if (n) root.nodes.push(n as Node);
  }
  return { root, defines };
}
