// `docker inspect --format`: the template runs on the typed response, then on the raw JSON with
// missingkey=error (docker/cli cli/command/inspect/inspector.go); parse errors exit 64.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

function web() {
  const t = testHost();
  t.run('docker run -d --name web -p 8080:80 nginx');
  return t;
}

describe('docker inspect --format', () => {
  it('runs the docs example that lists port bindings (docs.docker.com/reference/cli/docker/inspect/)', () => {
    const { run } = web();
    expect(
      run(`docker inspect --format '{{range $p, $conf := .NetworkSettings.Ports}} {{$p}} -> {{(index $conf 0).HostPort}} {{end}}' web`),
    ).toEqual({
      stdout: ' 80/tcp -> 8080 \n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('prints structs as Go does and slices of a typed struct field as []', () => {
    const { run } = web();
    expect(
      run(`docker inspect -f '{{.State.Status}} {{.State.Running}} {{.RestartCount}} {{json .Mounts}} {{.HostConfig.RestartPolicy}}' web`),
    ).toEqual({
      stdout: 'running true 0 [] {no 0}\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('a field Docker 29 no longer has fails with map has no entry for key, exit 1 (issue 13)', () => {
    const { run } = web();
    expect(run(`docker inspect -f '{{.NetworkSettings.IPAddress}}' web`)).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:18: executing "" at <.NetworkSettings.IPA...>: map has no entry for key "IPAddress"\n',
      exitCode: 1,
    });
  });

  it('{{.Id}} works through the raw JSON, {{.ID}} through the struct', () => {
    const { run, host } = web();
    const id = host.snapshot().containers[0]!.id;
    expect(run(`docker inspect -f '{{.Id}}' web`).stdout).toBe(`${id}\n`);
    expect(run(`docker inspect -f '{{.ID}}' web`).stdout).toBe(`${id}\n`);
  });

  it('an unclosed action is a parse error with exit 64, before any lookup', () => {
    const { run } = web();
    expect(run(`docker inspect -f '{{.Name' web nope`)).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: unclosed action\n',
      exitCode: 64,
    });
  });

  it('-f json prints the documents as one compact JSON array', () => {
    const { run } = web();
    const out = run('docker inspect -f json web').stdout;
    expect(out.split('\n')).toHaveLength(2);
    expect((JSON.parse(out) as Array<{ Name: string }>)[0]!.Name).toBe('/web');
  });

  it('nothing found prints an empty line (TemplateInspector.Flush) and the error', () => {
    const { run } = testHost();
    expect(run(`docker inspect -f '{{.Id}}' nope`)).toEqual({ stdout: '\n', stderr: 'error: no such object: nope\n', exitCode: 1 });
  });

  it('json does not HTML-escape (templates.go formatJSON sets SetEscapeHTML(false))', () => {
    const { run } = web();
    expect(run(`docker image inspect -f '{{json .Config.Labels}}' nginx`).stdout).toBe(
      '{"maintainer":"NGINX Docker Maintainers <docker-maint@nginx.com>"}\n',
    );
    expect(run(`docker image inspect -f '{{index .Config.Labels "maintainer"}}' nginx`).stdout).toBe(
      'NGINX Docker Maintainers <docker-maint@nginx.com>\n',
    );
  });
});

describe('docker image inspect (moby daemon/containerd/image_inspect.go, API 1.52)', () => {
  it('has Comment, Metadata and Descriptor, and no empty Author', () => {
    const { run } = testHost();
    run('docker pull alpine');
    const doc = (JSON.parse(run('docker image inspect alpine').stdout) as Array<Record<string, unknown>>)[0]!;
    expect(Object.keys(doc)).toEqual([
      'Id',
      'RepoTags',
      'RepoDigests',
      'Comment',
      'Created',
      'Config',
      'Architecture',
      'Os',
      'Size',
      'RootFS',
      'Metadata',
      'Descriptor',
    ]);
    expect(doc.Metadata).toEqual({ LastTagTime: '2026-11-27T10:00:00Z' });
    const digest = run("docker image inspect -f '{{index .RepoDigests 0}}' alpine").stdout.trim().split('@')[1];
    expect(doc.Descriptor).toEqual({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest,
      size: (doc.Descriptor as { size: number }).size,
    });
  });
});
