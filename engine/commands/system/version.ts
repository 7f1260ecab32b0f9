import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { tabwrite } from '../../format/table';
import { FuncError, parseTemplate, T, TemplateExecError, TemplateParseError, type Template } from '../../format/template/index';
import { versionValue } from './version-doc';

/** cli/command/system/version.go defaultVersionTemplate: the plain `docker version` is this template too. */
const DEFAULT_TEMPLATE = `{{with .Client -}}
Client:{{if ne .Platform nil}}{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}{{end}}
 Version:\t{{.Version}}
 API version:\t{{.APIVersion}}{{if ne .APIVersion .DefaultAPIVersion}} (downgraded from {{.DefaultAPIVersion}}){{end}}
 Go version:\t{{.GoVersion}}
 Git commit:\t{{.GitCommit}}
 Built:\t{{.BuildTime}}
 OS/Arch:\t{{.Os}}/{{.Arch}}
 Context:\t{{.Context}}
{{- end}}

{{- if ne .Server nil}}{{with .Server}}

Server:{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}
 {{- range $component := .Components}}
 {{$component.Name}}:
  {{- if eq $component.Name "Engine" }}
  Version:\t{{.Version}}
  API version:\t{{index .Details "ApiVersion"}} (minimum version {{index .Details "MinAPIVersion"}})
  Go version:\t{{index .Details "GoVersion"}}
  Git commit:\t{{index .Details "GitCommit"}}
  Built:\t{{index .Details "BuildTime"}}
  OS/Arch:\t{{index .Details "Os"}}/{{index .Details "Arch"}}
  Experimental:\t{{index .Details "Experimental"}}
  {{- else }}
  Version:\t{{$component.Version}}
  {{- $detailsOrder := getDetailsOrder $component}}
  {{- range $key := $detailsOrder}}
  {{$key}}:\t{{index $component.Details $key}}
   {{- end}}
  {{- end}}
 {{- end}}
 {{- end}}{{- end}}`;

/** version.go getDetailsOrder: a component's detail keys, sorted. */
const FUNCS = {
  getDetailsOrder: {
    params: ['any' as const],
    call: ([c]: Array<{ v: unknown }>) => {
      const details = (c?.v as { Details?: Record<string, string> } | undefined)?.Details;
      if (!details) throw new FuncError('no details');
      return { v: Object.keys(details).sort(), t: T.slice(T.string) };
    },
  },
};

/** newVersionTemplate: "json" is `{{json .}}`; the template is named "version"; parse errors exit 64. */
function versionTemplate(format: string): Template {
  const source = format === '' ? DEFAULT_TEMPLATE : format === 'json' ? '{{json .}}' : format;
  try {
    return parseTemplate(source, { name: 'version', funcs: FUNCS });
  } catch (e: unknown) {
    if (e instanceof TemplateParseError) throw new CliError(msg.templateParsingError + e.message, 64);
    throw e;
  }
}

export const version: CommandSpec = {
  name: 'version',
  usage: '[OPTIONS]',
  description: 'Show the Docker version information',
  aliases: ['docker system version', 'docker version'],
  common: 7,
  args: { max: 0 },
  flags: [{ long: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' }],
  execute(args) {
    const tmpl = versionTemplate(args.string('format') ?? '');
    // prettyPrintVersion: through tabwriter(20, 1, 1, ' '), then a newline, even after an error.
    try {
      return { stdout: tabwrite(tmpl.run(versionValue()) + '\n', 20, 1), stderr: '', exitCode: 0 };
    } catch (e: unknown) {
      if (!(e instanceof TemplateExecError)) throw e;
      throw new CliError(e.message, 1, [{ stream: 'stdout', text: tabwrite(e.partial + '\n', 20, 1) }]);
    }
  },
};
