// `docker version`: the CLI's defaultVersionTemplate through tabwriter(20, 1, 1)
// (docker/cli cli/command/system/version.go); the component commits are containerd v2.2.1's tag
// commit, runc 1.3.4's git describe and tini's.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker version', () => {
  it('prints the default template, with each component GitCommit', () => {
    expect(testHost().run('docker version')).toEqual({
      stdout: [
        'Client: Docker Engine - Community',
        ' Version:           29.7.2',
        ' API version:       1.52',
        ' Go version:        go1.25.9',
        ' Git commit:        28f7560',
        ' Built:             Thu Aug 20 12:00:00 2026',
        ' OS/Arch:           linux/amd64',
        ' Context:           default',
        '',
        'Server: Docker Engine - Community',
        ' Engine:',
        '  Version:          29.7.2',
        '  API version:      1.52 (minimum version 1.44)',
        '  Go version:       go1.25.9',
        '  Git commit:       b985e23',
        '  Built:            Thu Aug 20 12:00:00 2026',
        '  OS/Arch:          linux/amd64',
        '  Experimental:     false',
        ' containerd:',
        '  Version:          v2.2.1',
        '  GitCommit:        dea7da592f5d1d2b7755e3a161be07f43fad8f75',
        ' runc:',
        '  Version:          1.3.4',
        '  GitCommit:        v1.3.4-0-gd6d73eb8',
        ' docker-init:',
        '  Version:          0.19.0',
        '  GitCommit:        de40ad0',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it('a template that does not parse exits 64; the template is named "version"', () => {
    expect(testHost().run("docker version -f '{{.Client'")).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: version:1: unclosed action\n',
      exitCode: 64,
    });
  });

  it('ranges over the components', () => {
    expect(testHost().run(`docker version -f '{{range .Server.Components}}{{.Name}}={{.Version}} {{end}}'`).stdout).toBe(
      'Engine=29.7.2 containerd=v2.2.1 runc=1.3.4 docker-init=0.19.0 \n',
    );
  });
});

// Moved from the flat test files (tests mirror the source).
describe('more docker commands', () => {
  it('version, the management forms and docker --help', () => {
    const { run } = testHost();
    expect(run('docker version').stdout).toContain(' Version:           29.7.2\n');
    expect(run('docker --version').stdout).toBe('Docker version 29.7.2, build 28f7560\n');
    expect(run('docker container ls').stdout).toBe(run('docker ps').stdout);
    expect(run('docker image ls').stdout).toBe(run('docker images').stdout);
    run('docker image pull busybox');
    expect(run('docker image rm busybox').stdout).toMatch(/^Untagged: busybox:latest\nDeleted: sha256:[a-f0-9]{64}\n$/);
    expect(run('docker --help').stdout).toContain('Usage:  docker [OPTIONS] COMMAND');
    expect(run('docker container').stderr).toContain('Usage:  docker container COMMAND');
  });
});
