import type { CommandSpec } from '../../cli/spec';
import { renderTemplate } from '../../format/go-template';
import { versionDoc } from './version-doc';
import { DOCKER } from '../../model/versions';

export const version: CommandSpec = {
  name: 'version',
  usage: '[OPTIONS]',
  description: 'Show the Docker version information',
  aliases: ['docker system version', 'docker version'],
  common: 7,
  args: { max: 0 },
  flags: [{ long: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' }],
  execute(args) {
    const format = args.string('format');
    if (format) return { stdout: renderTemplate(format, versionDoc()) + '\n', stderr: '', exitCode: 0 };
    const d = DOCKER;
    const text = [
      'Client: Docker Engine - Community',
      ` Version:           ${d.version}`,
      ` API version:       ${d.api}`,
      ` Go version:        ${d.go}`,
      ` Git commit:        ${d.cliCommit}`,
      ` Built:             ${d.built}`,
      ' OS/Arch:           linux/amd64',
      ' Context:           default',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      `  Version:          ${d.version}`,
      `  API version:      ${d.api} (minimum version 1.44)`,
      `  Go version:       ${d.go}`,
      `  Git commit:       ${d.engineCommit}`,
      `  Built:            ${d.built}`,
      '  OS/Arch:          linux/amd64',
      '  Experimental:     false',
      ' containerd:',
      `  Version:          ${d.containerd}`,
      ' runc:',
      `  Version:          ${d.runc}`,
      ' docker-init:',
      '  Version:          0.19.0',
    ];
    return { stdout: text.join('\n') + '\n', stderr: '', exitCode: 0 };
  },
};
