import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { parseTemplate, T, TemplateExecError, TemplateParseError, type GoType, type Template } from '../../format/template/index';
import { infoDoc } from './info-doc';
import { DOCKER } from '../../model/versions';

export const info: CommandSpec = {
  name: 'info',
  usage: '[OPTIONS]',
  description: 'Display system-wide information',
  aliases: ['docker system info', 'docker info'],
  common: 8,
  args: { max: 0 },
  flags: [{ long: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' }],
  execute(args, ctx) {
    const format = args.string('format');
    if (format) return formatInfo(format, infoDoc(ctx.daemon));
    // The text view prints the same document, in the CLI's order (cli/command/system/info.go).
    const d = infoDoc(ctx.daemon) as Record<string, string | number>;
    const text = [
      'Client: Docker Engine - Community',
      ` Version:    ${DOCKER.version}`,
      ' Context:    default',
      ' Debug Mode: false',
      '',
      'Server:',
      ` Containers: ${d.Containers}`,
      `  Running: ${d.ContainersRunning}`,
      `  Paused: ${d.ContainersPaused}`,
      `  Stopped: ${d.ContainersStopped}`,
      ` Images: ${d.Images}`,
      ` Server Version: ${d.ServerVersion}`,
      ` Storage Driver: ${d.Driver}`,
      '  driver-type: io.containerd.snapshotter.v1',
      ` Logging Driver: ${d.LoggingDriver}`,
      ` Cgroup Driver: ${d.CgroupDriver}`,
      ` Cgroup Version: ${d.CgroupVersion}`,
      ` Default Runtime: ${d.DefaultRuntime}`,
      ` Kernel Version: ${d.KernelVersion}`,
      ` Operating System: ${d.OperatingSystem}`,
      ` OSType: ${d.OSType}`,
      ` Architecture: ${d.Architecture}`,
      ` CPUs: ${d.NCPU}`,
      ` Docker Root Dir: ${d.DockerRootDir}`,
    ];
    return { stdout: text.join('\n') + '\n', stderr: '', exitCode: 0 };
  },
};

/** info.go formatInfo: "json" is `{{json .}}`; parse errors exit 64; an execution error keeps what was written, then a newline. */
function formatInfo(format: string, doc: Record<string, unknown>) {
  let tmpl: Template;
  try {
    tmpl = parseTemplate(format === 'json' ? '{{json .}}' : format);
  } catch (e: unknown) {
    if (e instanceof TemplateParseError) throw new CliError(msg.templateParsingError + e.message, 64);
    throw e;
  }
  // system.dockerInfo: a struct, so an unknown field is an error; its values keep their JSON types.
  const type: GoType = T.struct('system.dockerInfo', Object.fromEntries(Object.keys(doc).map((k) => [k, T.any])));
  try {
    return { stdout: tmpl.run({ v: doc, t: type }) + '\n', stderr: '', exitCode: 0 };
  } catch (e: unknown) {
    if (!(e instanceof TemplateExecError)) throw e;
    throw new CliError(e.message, 1, [{ stream: 'stdout', text: e.partial + '\n' }]);
  }
}
