import type { CommandSpec } from '../../cli/spec';
import { renderTemplate } from '../../format/go-template';
import { infoDoc } from './info-doc';
import { DOCKER } from './versions';

export const info: CommandSpec = {
  name: 'info',
  usage: '[OPTIONS]',
  description: 'Display system-wide information',
  aliases: ['docker system info', 'docker info'],
  args: { max: 0 },
  flags: [{ long: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' }],
  execute(args, ctx) {
    const format = args.string('format');
    if (format) return { stdout: renderTemplate(format, infoDoc(ctx.state)) + '\n', stderr: '', exitCode: 0 };
    const cs = [...ctx.state.containers.values()];
    const running = cs.filter((c) => c.running && !c.paused).length;
    const paused = cs.filter((c) => c.paused).length;
    const text = [
      'Client: Docker Engine - Community',
      ` Version:    ${DOCKER.version}`,
      ' Context:    default',
      ' Debug Mode: false',
      '',
      'Server:',
      ` Containers: ${cs.length}`,
      `  Running: ${running}`,
      `  Paused: ${paused}`,
      `  Stopped: ${cs.length - running - paused}`,
      ` Images: ${ctx.state.images.size}`,
      ` Server Version: ${DOCKER.version}`,
      ' Storage Driver: overlayfs',
      '  driver-type: io.containerd.snapshotter.v1',
      ' Logging Driver: json-file',
      ' Cgroup Driver: systemd',
      ' Cgroup Version: 2',
      ' Default Runtime: runc',
      ' Operating System: Simulated Docker host (image-is-not-a-container kit)',
      ' OSType: linux',
      ' Architecture: x86_64',
      ' CPUs: 2',
      ' Docker Root Dir: /var/lib/docker',
    ];
    return { stdout: text.join('\n') + '\n', stderr: '', exitCode: 0 };
  },
};
