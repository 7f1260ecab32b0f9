import type { CommandSpec } from '../../cli/spec';
import { renderTemplate } from '../../format/go-template';
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
    if (format) return { stdout: renderTemplate(format, infoDoc(ctx.daemon)) + '\n', stderr: '', exitCode: 0 };
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
