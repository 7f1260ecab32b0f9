// ps's IMAGE column follows the CLI's ContainerContext.Image: familiar form, digest dropped,
// tag kept only when given; an image ID prints as its 12-character short form.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker ps IMAGE column', () => {
  it('shows each reference in familiar form, as the CLI truncates it', () => {
    const { run, host } = testHost();
    run('docker pull nginx');
    const id = host.snapshot().images[0]!.id;
    const digest = run('docker images --digests --format "{{.Digest}}"').stdout.trim();
    run('docker run -d --name a1 nginx:latest');
    run('docker run -d --name a2 docker.io/library/nginx');
    run(`docker run -d --name a3 ${id}`);
    run(`docker run -d --name a4 nginx@${digest}`);
    run(`docker run -d --name a5 ${id.slice(7, 19)}`);
    expect(run('docker ps --format "table {{.Image}}\\t{{.Names}}"').stdout).toBe(
      'IMAGE          NAMES\n' +
        `${id.slice(7, 19)}   a5\n` +
        'nginx          a4\n' +
        `${id.slice(7, 19)}   a3\n` +
        'nginx          a2\n' +
        'nginx:latest   a1\n',
    );
    expect(run('docker ps --no-trunc --format "{{.Image}}"').stdout).toBe(
      [id.slice(7, 19), `nginx@${digest}`, id, 'docker.io/library/nginx', 'nginx:latest'].join('\n') + '\n',
    );
  });

  it('a tag that now names another image shows the image ID (full with --no-trunc)', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    const id = host.snapshot().images[0]!.id;
    run('docker pull alpine');
    run('docker tag alpine nginx');
    expect(run('docker ps --format "{{.Image}}"').stdout).toBe(`${id.slice(7, 19)}\n`);
    expect(run('docker ps --no-trunc --format "{{.Image}}"').stdout).toBe(`${id}\n`);
  });
});
