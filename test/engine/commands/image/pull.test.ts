// pull --platform and --all-tags on the bundled (linux/amd64 only) registry.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

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
      stderr:
        'Error response from daemon: no matching manifest for linux/arm64 in the manifest list entries: no match for platform in manifest: not found\n',
      exitCode: 1,
    });
    expect(run('docker pull --platform windows/amd64 alpine:latest').stderr).toBe(
      'Error response from daemon: no matching manifest for windows/amd64 in the manifest list entries: no match for platform in manifest: not found\n',
    );
    expect(run('docker pull --platform foo alpine:latest').stderr).toBe(
      'Error response from daemon: "foo": unknown operating system or architecture: invalid argument\n',
    );
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

describe('images --filter', () => {
  it('reference= globs over name:tag and the name; before/since compare creation times', () => {
    const { run } = testHost();
    run('docker pull nginx:1.29');
    run('docker pull alpine');
    run('docker tag alpine mine/alpine:v1');
    const names = (filter: string) =>
      run(`docker images --format '{{.Repository}}:{{.Tag}}' --filter ${filter}`).stdout.split('\n').filter(Boolean).sort();
    expect(names('reference=nginx')).toEqual(['nginx:1.29']);
    expect(names("'reference=*:1.*'")).toEqual(['nginx:1.29']);
    expect(names('reference=mine/*')).toEqual(['mine/alpine:v1']);
    expect(names('reference=alp*')).toEqual(['alpine:latest']);
    const [older, newer] = ['nginx:1.29', 'alpine:latest'].sort(
      (a, b) =>
        Date.parse(run(`docker image inspect -f '{{.Created}}' ${a}`).stdout.trim()) -
        Date.parse(run(`docker image inspect -f '{{.Created}}' ${b}`).stdout.trim()),
    );
    expect(names(`since=${older}`)).toContain(newer);
    expect(names(`since=${older}`)).not.toContain(older);
    expect(names(`before=${newer}`)).toContain(older);
    expect(names(`before=${newer}`)).not.toContain(newer);
  });

  it('unknown keys and missing pivot images are the daemon errors', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker images --filter colour=red')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'colour'\n",
      exitCode: 1,
    });
    expect(run('docker images --filter before=nope').stderr).toBe('Error response from daemon: No such image: nope:latest\n');
  });
});

describe('images, pull, rmi', () => {
  it('pull prints the progress, the digest and the fully-qualified name; a second pull is up to date', () => {
    const { run } = testHost();
    const first = run('docker pull alpine');
    const lines = first.stdout.split('\n');
    expect(lines[0]).toBe('Using default tag: latest');
    expect(lines[1]).toBe('latest: Pulling from library/alpine');
    expect(lines[2]).toMatch(/^[a-f0-9]{12}: Pull complete$/);
    expect(lines[3]).toMatch(/^Digest: sha256:[a-f0-9]{64}$/);
    expect(lines.slice(4)).toEqual(['Status: Downloaded newer image for alpine:latest', 'docker.io/library/alpine:latest', '']);
    const again = run('docker pull alpine:3.23');
    expect(again.stdout).not.toContain('Pull complete');
    expect(again.stdout).toContain('Status: Downloaded newer image for alpine:3.23\n');
    expect(run('docker pull alpine').stdout).toContain('Status: Image is up to date for alpine:latest\n');
  });

  it('a shared base layer says Already exists', () => {
    const { run } = testHost();
    run('docker pull debian:trixie-slim');
    const r = run('docker pull nginx');
    expect(r.stdout.split('\n').filter((l) => l.endsWith('Already exists'))).toHaveLength(1);
  });
});
