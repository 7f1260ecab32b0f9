// pull --platform and --all-tags on the bundled (linux/amd64 only) registry.
import { describe, expect, it } from 'vitest';
import { testHost } from './host';

describe('pull --platform', () => {
  it('linux/amd64 in any spelling pulls as usual', () => {
    const { run } = testHost();
    const plain = testHost().run('docker pull alpine');
    expect(run('docker pull --platform linux/amd64 alpine')).toEqual(plain);
    expect(run('docker pull --platform=x86_64 alpine').stdout).toContain('Status: Image is up to date for alpine:latest\n');
  });

  it('a platform no bundled image has is the containerd store error; nonsense is rejected', () => {
    const { run, host } = testHost();
    expect(run('docker pull --platform linux/arm64/v8 alpine')).toEqual({
      stdout: 'Using default tag: latest\n',
      stderr: 'Error response from daemon: no matching manifest for linux/arm64 in the manifest list entries: no match for platform in manifest: not found\n',
      exitCode: 1,
    });
    expect(run('docker pull --platform windows/amd64 alpine:latest').stderr).toBe(
      'Error response from daemon: no matching manifest for windows/amd64 in the manifest list entries: no match for platform in manifest: not found\n',
    );
    expect(run('docker pull --platform foo alpine:latest').stderr).toBe('Error response from daemon: "foo": unknown operating system or architecture: invalid argument\n');
    expect(host.snapshot().images).toHaveLength(0);
  });
});

describe('pull --all-tags', () => {
  it('pulls every tag of the repository, one Status line for the repository', () => {
    const { run, host } = testHost();
    const out = run('docker pull -a nginx').stdout.split('\n');
    const pulling = out.filter((l) => l.includes(': Pulling from library/nginx'));
    expect(pulling.length).toBeGreaterThan(1);
    expect(pulling).toContain('latest: Pulling from library/nginx');
    expect(out.filter((l) => l.startsWith('Digest: '))).toHaveLength(pulling.length);
    expect(out.slice(-3)).toEqual(['Status: Downloaded newer image for nginx', 'docker.io/library/nginx', '']);
    expect(host.snapshot().images[0]!.repoTags).toHaveLength(pulling.length);
    expect(run('docker pull -a nginx').stdout).toContain('Status: Image is up to date for nginx\n');
  });

  it('a tag with -a is the CLI error', () => {
    const { run } = testHost();
    expect(run('docker pull -a nginx:1.29')).toEqual({ stdout: '', stderr: "tag can't be used with --all-tags/-a\n", exitCode: 1 });
  });
});
