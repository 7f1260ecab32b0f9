// Go text/template semantics (src/text/template/exec.go, doc.go) with the CLI's functions
// (docker/cli templates/templates.go): each case is what Go prints for the same template and data.
import { describe, expect, it } from 'vitest';
import { parseTemplate, T } from '../../../../engine/format/template/index';

const doc = {
  Name: '/web',
  State: { Status: 'running', Running: true },
  Config: { Labels: { maintainer: 'me <a@b>' }, Env: ['A=1', 'B=2'] },
  NetworkSettings: { Ports: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }], '443/tcp': [{ HostIp: '', HostPort: '8443' }] } },
};
const run = (source: string, data: unknown = doc, missingKey?: 'error') => parseTemplate(source).run({ v: data, t: T.any }, { missingKey });

describe('actions, pipelines and variables', () => {
  it('ranges over a map in key order with two variables and indexes into a slice (the inspect docs example)', () => {
    expect(run('{{range $p, $conf := .NetworkSettings.Ports}} {{$p}} -> {{(index $conf 0).HostPort}} {{end}}')).toBe(
      ' 443/tcp -> 8443  80/tcp -> 8080 ',
    );
  });
  it('index, json (no HTML escaping), len and slices printed as [a b]', () => {
    expect(run('{{index .Config.Labels "maintainer"}}|{{json .Config.Labels}}|{{.Config.Env}}|{{len .Config.Env}}')).toBe(
      'me <a@b>|{"maintainer":"me <a@b>"}|[A=1 B=2]|2',
    );
  });
  it('prints maps as map[k:v] sorted and a missing key as <no value>', () => {
    expect(run('{{.State}} {{.NetworkSettings.IPAddress}} {{.Nope.Deeper}}')).toBe(
      'map[Running:true Status:running] <no value> <no value>',
    );
  });
  it('trims with {{- and -}} and drops comments', () => {
    expect(run('{{- range .Config.Env }}\n  {{ . }}\n{{- end }}')).toBe('\n  A=1\n  B=2');
    expect(run('{{/* a comment */}}a {{- " b " -}} c')).toBe('a b c');
    expect(run('{{- /* trimmed comment */ -}}  x')).toBe('x');
  });
  it('if / else if / else, with / else with, and comparison functions', () => {
    expect(run('{{if eq .State.Status "exited"}}down{{else if .State.Running}}up{{else}}?{{end}}')).toBe('up');
    expect(run('{{with .Missing}}x{{else with .Name}}{{.}}{{end}}')).toBe('/web');
    expect(run('{{if and (ne .Name "") (lt 1 2) (le 2 2) (gt 3.5 1.5) (ge "b" "a")}}ok{{end}}')).toBe('ok');
    expect(run('{{eq .State.Status "exited" "running"}}')).toBe('true');
  });
  it('declares and assigns variables, $ is the data, range with break and continue', () => {
    expect(run('{{$n := 0}}{{range .Config.Env}}{{$n = .}}{{end}}{{$n}} {{$.Name}}')).toBe('B=2 /web');
    expect(run('{{range .Config.Env}}{{if eq . "A=1"}}{{continue}}{{end}}{{.}};{{end}}')).toBe('B=2;');
    expect(run('{{range .Config.Env}}{{if eq . "B=2"}}{{break}}{{end}}{{.}};{{end}}')).toBe('A=1;');
    expect(run('{{range $i, $e := .Config.Env}}{{$i}}={{$e}} {{end}}')).toBe('0=A=1 1=B=2 ');
    expect(run('{{range .Nope}}x{{else}}empty{{end}}')).toBe('empty');
    expect(run('{{range 3}}{{.}}{{end}}')).toBe('012');
  });
  it('pipelines pass the value as the last argument', () => {
    expect(run('{{.Name | printf "%s!" | upper}}')).toBe('/WEB!');
    expect(run('{{"," | split "a,b,c"}}', {})).toBe('[a b c]');
  });
  it('define and template', () => {
    expect(run('{{define "n"}}<{{.}}>{{end}}{{template "n" .Name}}')).toBe('</web>');
  });
  it('raw strings, escapes and character constants', () => {
    expect(run('{{`raw\\n`}} {{"\\u00e9\\t|"}} {{\'a\'}}', {})).toBe('raw\\n é\t| 97');
  });
});

describe('functions', () => {
  it("the CLI's: join, split, upper, lower, title, pad, truncate, json", () => {
    expect(
      run(
        '{{join .Config.Env ", "}}|{{upper "abc"}}|{{lower "ABC"}}|{{title "hello world"}}|{{pad "x" 2 1}}|{{pad "" 2 1}}|{{truncate "abcdef" 3}}|{{split "a:b" ":"}}',
      ),
    ).toBe('A=1, B=2|ABC|abc|Hello World|  x ||abc|[a b]');
    expect(run('{{json .}}', { b: 1, a: ['<x>', null], c: true })).toBe('{"a":["<x>",null],"b":1,"c":true}');
  });
  it("Go's: printf verbs, print, println, slice, not, and/or, html, js, urlquery", () => {
    expect(run('{{printf "%-8s|%5d|%q|%x|%v|%T|%05.2f|%t|%c|%o|%b|%X|%%" "ab" 42 "hi" 255 .Config.Env 3 3.14159 true 65 8 5 "hi"}}')).toBe(
      'ab      |   42|"hi"|ff|[A=1 B=2]|int|03.14|true|A|10|101|6869|%',
    );
    expect(run('{{printf "%d %s" "x"}}', {})).toBe('%!d(string=x) %!s(MISSING)');
    expect(run('{{printf "%s" 1 2}}', {})).toBe('%!s(int=1)%!(EXTRA int=2)');
    expect(run('{{print 1 2 "a" 3}}|{{println 1 "x"}}|{{slice "abcdef" 1 3}}|{{slice .Config.Env 1}}', doc)).toBe('1 2a3|1 x\n|bc|[B=2]');
    expect(run('{{and 1 0 2}} {{or 0 "" "z"}} {{not true}} {{html "<a href=\'x\'>"}} {{js "a\'b<"}} {{urlquery "a b&c"}}', {})).toBe(
      "0 z false &lt;a href=&#39;x&#39;&gt; a\\'b\\u003C a+b%26c",
    );
  });
});

describe('errors, worded as Go words them', () => {
  const fails = (source: string, data: unknown = doc, missingKey?: 'error') => {
    try {
      run(source, data, missingKey);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  it('parse errors name the line', () => {
    expect(fails('{{.Name')).toBe('template: :1: unclosed action');
    expect(fails('{{.Name}')).toBe('template: :1: unexpected "}" in operand');
    expect(fails('{{if .Name}}')).toBe('template: :1: unexpected EOF');
    expect(fails('x\n{{end}}')).toBe('template: :2: unexpected {{end}}');
    expect(fails('{{foo .}}')).toBe('template: :1: function "foo" not defined');
    expect(fails('{{$y}}')).toBe('template: :1: undefined variable "$y"');
    expect(fails('{{}}')).toBe('template: :1: missing value for command');
    expect(fails('{{break}}')).toBe('template: :1: {{break}} outside {{range}}');
    expect(fails('{{.A | "x"}}')).toBe('template: :1: non executable command in pipeline stage 2');
    expect(fails('{{/* open')).toBe('template: :1: unclosed comment');
  });
  it('execution errors name the line, column and the node, cut to 20 characters', () => {
    expect(fails('{{nil}}')).toBe('template: :1:2: executing "" at <nil>: nil is not a command');
    expect(fails('{{index .Config.Env 5}}')).toBe('template: :1:2: executing "" at <index>: error calling index: index out of range: 5');
    expect(fails('{{.NetworkSettings.IPAddress}}', doc, 'error')).toBe(
      'template: :1:18: executing "" at <.NetworkSettings.IPA...>: map has no entry for key "IPAddress"',
    );
    expect(fails('{{upper 3}}')).toBe('template: :1:8: executing "" at <3>: expected string; found 3');
    expect(fails('{{len .Name .Name}}')).toBe('template: :1:2: executing "" at <len>: wrong number of args for len: want 1 got 2');
    expect(fails('{{range .Name}}{{end}}')).toBe('template: :1:8: executing "" at <.Name>: range can\'t iterate over /web');
  });
  it('a struct has no field it does not declare, and prints as {…}', () => {
    const type = T.struct('container.State', { Status: T.string, Running: T.bool, Pid: T.int });
    const tmpl = parseTemplate('{{.}} {{.Status}}');
    expect(tmpl.run({ v: { Status: 'running', Running: true, Pid: 7 }, t: type })).toBe('{running true 7} running');
    expect(() => parseTemplate('{{.Foo}}').run({ v: {}, t: type })).toThrow(
      'template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type container.State',
    );
  });
});
