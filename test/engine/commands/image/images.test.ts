// docker images: the Docker 29 tree, and the classic table.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('images, pull, rmi', () => {
  it('docker images is the Docker 29 tree with U for images in use', () => {
    const { run } = testHost();
    expect(run('docker images')).toEqual({ stdout: 'IMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA\n', stderr: '', exitCode: 0 });
    run('docker pull hello-world');
    run('docker run -d nginx');
    const out = run('docker images').stdout.split('\n');
    expect(out[0]).toBe('IMAGE                ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(out[1]).toMatch(/^hello-world:latest   [a-f0-9]{12}   {5}\S+ {5,}\S+ {3} {5}$/);
    expect(out[2]).toMatch(/^nginx:latest {9}[a-f0-9]{12} {3} +\S+MB +\S+MB {3}U {4}$/);
    const classic = run('docker images --format "table {{.Repository}}\\t{{.Tag}}"').stdout;
    expect(classic).toBe('REPOSITORY    TAG\nnginx         latest\nhello-world   latest\n');
  });
});

describe('classic images table and info', () => {
  it('-q, --digests and --no-trunc switch to the classic table', () => {
    const { run, host } = testHost();
    run('docker pull alpine');
    const image = host.snapshot().images[0]!;
    expect(run('docker images -q').stdout).toBe(`${image.id.slice(7, 19)}\n`);
    const digests = run('docker images --digests').stdout.split('\n');
    expect(digests[0]).toMatch(/^REPOSITORY +TAG +DIGEST +IMAGE ID +CREATED +SIZE$/);
    expect(digests[1]).toContain(image.repoDigests[0]!.split('@')[1]!);
    expect(run('docker images --no-trunc').stdout).toContain(image.id);
  });
});
