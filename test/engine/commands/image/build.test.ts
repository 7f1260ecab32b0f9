// `docker build` on the simulated host: BuildKit's final progress screen, the layer cache
// (BuildKit's cache keys), tags that move while containers keep their image, and BuildKit's errors.
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { createHost, type Host } from '../../../../engine/index';
import { resolveRemote } from '../../../../engine/registry/index';
import { streams, testHost } from '../../host';
import { validate } from '../../oci-schema';

let host: Host;

beforeEach(() => {
  host = createHost({ seed: 1, now: () => Date.UTC(2026, 10, 27, 10) });
});

const run = (line: string) => streams(host.execute(line));

/** Writes a file in ~/app through the host shell, one `echo '…' >>` per line, as a learner would. */
function writeFile(name: string, lines: string[]): void {
  lines.forEach((l, i) => {
    const r = run(`echo '${l}' ${i === 0 ? '>' : '>>'} ${name}`);
    expect(r.exitCode).toBe(0);
  });
}

const image = (tag: string) => host.snapshot().images.find((i) => i.repoTags.includes(tag));
const imageId = (tag: string) => image(tag)?.id ?? '';
/** The hex of a digest, cut where BuildKit's 80-column screen cuts it. */
const hexCut = (digest: string, n: number) => digest.replace(/^sha256:/, '').slice(0, n);
/** The bundled registry's index digest for a tag (a build pins FROM to it without naming the base locally). */
const remoteDigest = (repo: string, tag: string) => resolveRemote(`library/${repo}`, tag)!.image.id;
const nginxIndexDigest = () => remoteDigest('nginx', '1.29');
const sha = (text: string) => `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
/** What the containerd image exporter wrote for a tag: manifest, config, attestation manifest, index. */
function exported(tag: string): { manifest: string; config: string; attestation: string; index: string } {
  const docs = host.inspectOci(tag);
  const index = JSON.parse(docs.index!) as { manifests: Array<{ digest: string }> };
  return { manifest: sha(docs.manifest), config: sha(docs.config), attestation: index.manifests[1]!.digest, index: sha(docs.index!) };
}
/** A " => => status" line of the 80-column screen: cut at 69 characters, then the timer. */
const subLine = (status: string) => ` => => ${status}`.slice(0, 73).padEnd(73) + '  0.0s';

/** The final TTY frame of the starter context's build (FROM nginx:1.29, COPY index.html, EXPOSE 80). */
function starterScreen(id: string, copyCached: boolean, contextBytes: number): string {
  const e = exported('myapp:latest');
  expect(e.index).toBe(id);
  const from = `docker.io/library/nginx:1.29@sha256:${hexCut(nginxIndexDigest(), 22)}`;
  const copy = `${copyCached ? 'CACHED ' : ''}[2/2] COPY index.html /usr/share/nginx/html/index.html`;
  return [
    '[+] Building 0.0s (7/7) FINISHED                                 docker:default',
    ' => [internal] load build definition from Dockerfile                       0.0s',
    ' => => transferring dockerfile: 75B                                        0.0s',
    ' => [internal] load metadata for docker.io/library/nginx:1.29              0.0s',
    ' => [internal] load .dockerignore                                          0.0s',
    ' => => transferring context: 2B                                            0.0s',
    ` => [1/2] FROM ${from}  0.0s`,
    ` => => resolve ${from}  0.0s`,
    ' => [internal] load build context                                          0.0s',
    ` => => transferring context: ${contextBytes}B`.padEnd(73) + '  0.0s',
    ` => ${copy}`.padEnd(73) + '  0.0s',
    ' => exporting to image                                                     0.0s',
    ' => => exporting layers                                                    0.0s',
    subLine(`exporting manifest ${e.manifest}`),
    subLine(`exporting config ${e.config}`),
    subLine(`exporting attestation manifest ${e.attestation}`),
    subLine(`exporting manifest list ${e.index}`),
    ' => => naming to docker.io/library/myapp:latest                            0.0s',
    ' => => unpacking to docker.io/library/myapp:latest                         0.0s',
    '',
  ].join('\n');
}

describe('docker build: first build and the cache', () => {
  it('builds the starter context, prints the final BuildKit screen on stderr and tags the image', () => {
    const r = run('docker build -t myapp .');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    const id = imageId('myapp:latest');
    expect(id).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.stderr).toBe(starterScreen(id, false, 192));
    expect(
      image('myapp:latest')!
        .history.slice(-2)
        .map((h) => h.createdBy),
    ).toEqual(['COPY index.html /usr/share/nginx/html/index.html # buildkit', 'EXPOSE map[80/tcp:{}]']);
  });

  // Docker 29: the provenance attestation records each build, so a fully cached rebuild writes a
  // new index (a new ID) over the same config and layers; the old image is left untagged
  // (moby/moby#48391, moby/buildkit#5894).
  it('rebuilds with every step CACHED: same config and layers, a new image ID, the old one untagged', () => {
    run('docker build -t myapp .');
    const first = imageId('myapp:latest');
    const firstDocs = exported('myapp:latest');
    const r = run('docker build -t myapp .');
    expect(r.exitCode).toBe(0);
    const second = imageId('myapp:latest');
    expect(second).not.toBe(first);
    expect(r.stderr).toBe(starterScreen(second, true, 192));
    const again = exported('myapp:latest');
    expect([again.manifest, again.config]).toEqual([firstDocs.manifest, firstDocs.config]);
    expect(again.attestation).not.toBe(firstDocs.attestation);
    expect(host.snapshot().images.find((i) => i.id === first)!.repoTags).toEqual([]);
    const short = (d: string) => d.slice(7, 19);
    expect(run('docker images -a').stdout).toBe(
      [
        'IMAGE          ID             DISK USAGE   CONTENT SIZE   EXTRA',
        `myapp:latest   ${short(second)}        220MB         59.1MB        `,
        `<untagged>     ${short(first)}        220MB         59.1MB        `,
        '',
      ].join('\n'),
    );
    expect(run('docker images').stdout).toBe(
      `IMAGE          ID             DISK USAGE   CONTENT SIZE   EXTRA\nmyapp:latest   ${short(second)}        220MB         59.1MB        \n`,
    );
  });

  it('rebuilds COPY after index.html changed: new ID, the tag moves, the old image stays for its container', () => {
    run('docker build -t myapp .');
    const oldId = imageId('myapp:latest');
    expect(run('docker run -d --name web -p 8080:80 myapp').exitCode).toBe(0);

    expect(run("echo '<h1>v2</h1>' > index.html").exitCode).toBe(0);
    const r = run('docker build -t myapp .');
    const newId = imageId('myapp:latest');
    expect(newId).not.toBe(oldId);
    expect(r.stderr).toBe(starterScreen(newId, false, 87));

    const old = host.snapshot().images.find((i) => i.id === oldId)!;
    expect(old.repoTags).toEqual([]);
    const web = host.snapshot().containers.find((c) => c.name === 'web')!;
    expect(web.imageId).toBe(oldId);
    expect(web.state).toBe('running');
    expect(host.readFile('web', '/usr/share/nginx/html/index.html')).toContain('Hello from my app, version 1');
    expect(run('docker run -d --name web2 -p 8081:80 myapp').exitCode).toBe(0);
    expect(host.readFile('web2', '/usr/share/nginx/html/index.html')).toBe('<h1>v2</h1>\n');
    // Both still serve what their own image holds: nginx's behaviour carried over to the built image.
    expect(run('curl localhost:8081').stdout).toBe('<h1>v2</h1>\n');
    expect(run('curl localhost:8080').stdout).toContain('<h1>Hello from my app, version 1</h1>');
  });

  it('re-runs the edited COPY and every later step, but not the steps before it', () => {
    writeFile('Dockerfile', ['FROM debian:trixie-slim', 'RUN mkdir /site', 'COPY index.html /site/', 'RUN touch /site/built']);
    run('docker build -t site .');
    run("echo '<p>changed</p>' > index.html");
    const lines = run('docker build -t site .').stderr.split('\n');
    expect(
      lines
        .filter((l) => /\[\d\/4\]/.test(l))
        .map((l) =>
          l
            .slice(4)
            .replace(/ +0\.0s$/, '')
            .replace(/@sha256:.*/, ''),
        ),
    ).toEqual([
      '[1/4] FROM docker.io/library/debian:trixie-slim',
      'CACHED [2/4] RUN mkdir /site',
      '[3/4] COPY index.html /site/',
      '[4/4] RUN touch /site/built',
    ]);
  });

  it('keeps the cache when a copied file is rewritten with the same content (mtime does not count)', () => {
    run('docker build -t myapp .');
    const content = host.snapshot().images.length > 0 ? run('cat index.html').stdout : '';
    const first = imageId('myapp:latest');
    const firstConfig = exported('myapp:latest').config;
    writeFile('index.html', content.replace(/\n$/, '').split('\n'));
    const r = run('docker build -t myapp .');
    expect(r.stderr).toContain(' => CACHED [2/2] COPY index.html /usr/share/nginx/html/index.html');
    // The same config and layers; the ID is new (each build's provenance differs).
    expect(exported('myapp:latest').config).toBe(firstConfig);
    expect(imageId('myapp:latest')).not.toBe(first);
  });

  it('--no-cache runs every step again', () => {
    run('docker build -t myapp .');
    const r = run('docker build --no-cache -t myapp .');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).not.toContain('CACHED');
    expect(r.stderr).toContain(' => [2/2] COPY index.html /usr/share/nginx/html/index.html ');
  });

  it('-q prints only the image ID on stdout', () => {
    const r = run('docker build -q -t myapp .');
    expect(r).toEqual({ stdout: `${imageId('myapp:latest')}\n`, stderr: '', exitCode: 0 });
  });
});

describe('docker build: RUN, ENV, WORKDIR, CMD', () => {
  it('runs shell-form RUN in a throwaway container, with ENV visible, and records BuildKit history', () => {
    writeFile('Dockerfile', [
      'FROM debian:trixie-slim',
      'ENV GREETING=hello',
      'WORKDIR /app',
      'RUN echo $GREETING > greeting.txt',
      'COPY index.html .',
      'EXPOSE 8080',
      'CMD ["cat", "/app/greeting.txt"]',
    ]);
    const r = run('docker build -t greet .');
    expect(r.exitCode).toBe(0);
    const built = image('greet:latest')!;
    expect(built.config).toEqual({
      env: expect.arrayContaining(['GREETING=hello']),
      cmd: ['cat', '/app/greeting.txt'],
      entrypoint: null,
      workingDir: '/app',
      exposedPorts: ['8080/tcp'],
    });
    expect(built.history.slice(-6).map((h) => [h.createdBy, h.emptyLayer])).toEqual([
      ['ENV GREETING=hello', true],
      ['WORKDIR /app', false],
      ['RUN /bin/sh -c echo $GREETING > greeting.txt # buildkit', false],
      ['COPY index.html . # buildkit', false],
      ['EXPOSE map[8080/tcp:{}]', true],
      ['CMD ["cat" "/app/greeting.txt"]', true],
    ]);
    expect(run('docker run --name greeter greet').stdout).toBe('hello\n');
    expect(host.readFile('greeter', '/app/index.html')).toContain('Hello from my app');
  });

  it('apt-get install needs apt-get update first, then leaves the program and its dpkg entry in a sized layer', () => {
    writeFile('Dockerfile', ['FROM debian:trixie-slim', 'RUN apt-get install -y curl']);
    const failed = run('docker build -t tools .');
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toContain(
      [
        '------',
        ' > [2/2] RUN apt-get install -y curl:',
        '0.000 Reading package lists...',
        '0.000 Building dependency tree...',
        '0.000 Reading state information...',
        '0.000 E: Unable to locate package curl',
        '------',
      ].join('\n'),
    );
    expect(
      failed.stderr.endsWith(
        'ERROR: failed to build: failed to solve: process "/bin/sh -c apt-get install -y curl" did not complete successfully: exit code: 100\n',
      ),
    ).toBe(true);

    writeFile('Dockerfile', ['FROM debian:trixie-slim', 'RUN apt-get update && apt-get install -y curl']);
    expect(run('docker build -t tools .').exitCode).toBe(0);
    expect(run('docker create --name toolbox tools').exitCode).toBe(0);
    expect(host.readFile('toolbox', '/usr/bin/curl')).toContain('curl');
    expect(host.readFile('toolbox', '/var/lib/dpkg/status')).toContain('Package: curl\nStatus: install ok installed');
    const layer = image('tools:latest')!.layers.at(-1)!;
    expect(layer.size).toBeGreaterThan(20_000_000);
    expect(run('docker history tools').stdout.split('\n')[1]).toMatch(
      /^[a-f0-9]{12} {3}Less than a second ago {3}RUN \/bin\/sh -c apt-get update && apt-get ins… {3}\d+(\.\d+)?MB {4,}buildkit\.dockerfile\.v0$/,
    );
  });

  it('ARG takes --build-arg, RUN history shows it, and LABEL/USER/ENTRYPOINT land in the config', () => {
    writeFile('Dockerfile', [
      'FROM alpine:3.23',
      'ARG VERSION=1.0',
      'LABEL org.opencontainers.image.version=$VERSION',
      'RUN echo $VERSION > /version',
      'USER nobody',
      'ENTRYPOINT ["cat"]',
    ]);
    expect(run('docker build --build-arg VERSION=2.5 -t versioned .').exitCode).toBe(0);
    const built = image('versioned:latest')!;
    expect(built.history.slice(-5).map((h) => h.createdBy)).toEqual([
      'ARG VERSION=2.5',
      'LABEL org.opencontainers.image.version=2.5',
      'RUN |1 VERSION=2.5 /bin/sh -c echo $VERSION > /version # buildkit',
      'USER nobody',
      'ENTRYPOINT ["cat"]',
    ]);
    // ENTRYPOINT set in this stage drops the CMD inherited from the base (alpine's ["/bin/sh"]).
    expect(built.config.entrypoint).toEqual(['cat']);
    expect(built.config.cmd).toBeNull();
    const config = JSON.parse(host.inspectOci('versioned:latest').config) as { config: { User: string; Labels: Record<string, string> } };
    expect(config.config.User).toBe('nobody');
    expect(config.config.Labels).toEqual({ 'org.opencontainers.image.version': '2.5' });
    expect(run('docker run --name ver versioned /version').stdout).toBe('2.5\n');
  });

  it('npm install reads package.json copied into WORKDIR', () => {
    writeFile('Dockerfile', ['FROM node:24', 'WORKDIR /app', 'COPY package.json .', 'RUN npm install']);
    writeFile('package.json', ['{"dependencies": {"express": "^5.1.0"}}']);
    expect(run('docker build -t api .').exitCode).toBe(0);
    expect(run('docker create --name apibox api').exitCode).toBe(0);
    expect(host.readFile('apibox', '/app/node_modules/express/package.json')).toContain('"name": "express"');
  });
});

describe('docker build: context, shell details and plain progress', () => {
  it('.dockerignore keeps files out of the context, so COPY . never sees them', () => {
    writeFile('.dockerignore', ['*.log', 'secrets']);
    writeFile('debug.log', ['noise']);
    writeFile('Dockerfile', ['FROM alpine:3.23', 'COPY . /app']);
    expect(run('docker build -t ctx .').exitCode).toBe(0);
    expect(run('docker create --name ctxbox ctx').exitCode).toBe(0);
    expect(host.readFile('ctxbox', '/app/index.html')).toContain('Hello from my app');
    expect(host.readFile('ctxbox', '/app/.dockerignore')).toBe('*.log\nsecrets\n');
    expect(host.readFile('ctxbox', '/app/debug.log')).toBeUndefined();
  });

  it('output sent to /dev/null is dropped and never lands in the layer', () => {
    writeFile('Dockerfile', ['FROM debian:trixie-slim', 'RUN apt-get update > /dev/null 2>&1 && echo done > /status']);
    expect(run('docker build -t quiet .').exitCode).toBe(0);
    expect(run('docker create --name quietbox quiet').exitCode).toBe(0);
    expect(host.readFile('quietbox', '/status')).toBe('done\n');
    expect(host.readFile('quietbox', '/dev/null')).toBeUndefined();
    expect(host.readFile('quietbox', '/var/lib/apt/lists/deb.debian.org_debian_dists_trixie_InRelease')).toContain('Suite: trixie');
  });

  it("--progress=plain prints BuildKit's text log", () => {
    run('docker build -t myapp .');
    const r = run('docker build --progress=plain -t myapp .');
    const id = imageId('myapp:latest');
    const e = exported('myapp:latest');
    const from = `docker.io/library/nginx:1.29@${nginxIndexDigest()}`;
    expect(r.stderr).toBe(
      [
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 75B done',
        '#1 DONE 0.0s',
        '',
        '#2 [internal] load metadata for docker.io/library/nginx:1.29',
        '#2 DONE 0.0s',
        '',
        '#3 [internal] load .dockerignore',
        '#3 transferring context: 2B done',
        '#3 DONE 0.0s',
        '',
        `#4 [1/2] FROM ${from}`,
        `#4 resolve ${from} done`,
        '#4 DONE 0.0s',
        '',
        '#5 [internal] load build context',
        '#5 transferring context: 192B done',
        '#5 DONE 0.0s',
        '',
        '#6 [2/2] COPY index.html /usr/share/nginx/html/index.html',
        '#6 CACHED',
        '',
        '#7 exporting to image',
        '#7 exporting layers done',
        `#7 exporting manifest ${e.manifest} done`,
        `#7 exporting config ${e.config} done`,
        `#7 exporting attestation manifest ${e.attestation} done`,
        `#7 exporting manifest list ${id} done`,
        '#7 naming to docker.io/library/myapp:latest done',
        '#7 unpacking to docker.io/library/myapp:latest done',
        '#7 DONE 0.0s',
        '',
      ].join('\n'),
    );
  });
});

describe('docker build: multi-stage', () => {
  it('builds the stages the target needs, names their steps by stage, and ships only the last stage', () => {
    writeFile('Dockerfile', [
      'FROM node:24 AS build',
      'WORKDIR /src',
      'RUN mkdir dist && echo built > dist/app.txt',
      '',
      'FROM nginx:1.29',
      'COPY --from=build /src/dist /usr/share/nginx/html',
    ]);
    const r = run('docker build -t multi .');
    expect(r.exitCode).toBe(0);
    const steps = r.stderr
      .split('\n')
      .filter((l) => / \[(build|stage-1) \d\/\d\]/.test(l))
      .map((l) =>
        l
          .slice(4)
          .replace(/ +0\.0s$/, '')
          .replace(/@sha256:.*/, ''),
      );
    expect(steps).toEqual([
      '[build 1/3] FROM docker.io/library/node:24',
      '[build 2/3] WORKDIR /src',
      '[build 3/3] RUN mkdir dist && echo built > dist/app.txt',
      '[stage-1 1/2] FROM docker.io/library/nginx:1.29',
      '[stage-1 2/2] COPY --from=build /src/dist /usr/share/nginx/html',
    ]);
    const built = image('multi:latest')!;
    expect(built.layers).toHaveLength(resolveRemote('library/nginx', '1.29')!.image.layers.length + 1);
    // A build names only the image it exports: neither base is in `docker images`.
    expect(host.snapshot().images.map((i) => i.repoTags)).toEqual([['multi:latest']]);
    expect(built.history.at(-1)!.createdBy).toBe('COPY /src/dist /usr/share/nginx/html # buildkit');
    expect(run('docker create --name shipped multi').exitCode).toBe(0);
    expect(host.readFile('shipped', '/usr/share/nginx/html/app.txt')).toBe('built\n');
    expect(host.readFile('shipped', '/src/dist/app.txt')).toBeUndefined();
    expect(run('docker build -t multi .').stderr).toContain(' => CACHED [stage-1 2/2] COPY --from=build /src/dist /usr/share/nginx/htm');
  });
});

describe('docker build: names and build checks', () => {
  it('-t name:tag with -f names the image with its tag', () => {
    const r = run('docker build -t myapp:v2 -f Dockerfile .');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('\n => => naming to docker.io/library/myapp:v2                                0.0s\n');
    expect(image('myapp:v2')).toBeDefined();
    expect(image('myapp:latest')).toBeUndefined();
  });

  it('warns about a shell-form CMD and a legacy ENV, in the display and after it', () => {
    writeFile('Dockerfile', ['FROM nginx:1.29', 'ENV MODE production', 'CMD nginx -g "daemon off;"']);
    const r = run('docker build -t myapp .');
    expect(r.exitCode).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines.slice(1, 5)).toEqual([
      ' => [internal] load build definition from Dockerfile                       0.0s',
      ' => => transferring dockerfile: 63B                                        0.0s',
      ' => WARN: LegacyKeyValueFormat: "ENV key=value" should be used instead of  0.0s',
      ' => WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prev  0.0s',
    ]);
    expect(
      r.stderr.endsWith(
        [
          '',
          ' 2 warnings found (use docker --debug to expand):',
          ' - LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 2)',
          ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
    expect(image('myapp:latest')!.config.cmd).toEqual(['/bin/sh', '-c', 'nginx -g "daemon off;"']);
    writeFile('Dockerfile', ['FROM alpine:3.23 as base', 'WORKDIR app']);
    expect(
      run('docker build .').stderr.endsWith(
        [
          ' 2 warnings found (use docker --debug to expand):',
          " - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
          ' - WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 2)',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
    expect(image('myapp:latest')!.config.env).toContain('MODE=production');
  });
});

describe('docker build: errors', () => {
  it("a missing Dockerfile is BuildKit's read error", () => {
    const r = run('docker build -f Dockerfile.dev .');
    expect(r).toEqual({
      stdout: '',
      stderr: [
        '[+] Building 0.0s (1/1) FINISHED                                 docker:default',
        ' => [internal] load build definition from Dockerfile.dev                   0.0s',
        ' => => transferring dockerfile: 2B                                         0.0s',
        'ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile.dev: no such file or directory',
        '',
      ].join('\n'),
      exitCode: 1,
    });
  });

  it("no context argument is buildx's usage error", () => {
    expect(run('docker build -t myapp')).toEqual({
      stdout: '',
      stderr:
        "docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information\n",
      exitCode: 1,
    });
  });

  it('a context path that does not exist', () => {
    expect(run('docker build ./nope').stderr).toBe('ERROR: failed to build: unable to prepare context: path "./nope" not found\n');
  });

  it('an unknown instruction is a parse error with the source lines and a suggestion', () => {
    writeFile('Dockerfile', ['FROM nginx:1.29', 'COPPY index.html /usr/share/nginx/html/']);
    const r = run('docker build -t myapp .');
    expect(r).toEqual({
      stdout: '',
      stderr: [
        '[+] Building 0.0s (1/1) FINISHED                                 docker:default',
        ' => [internal] load build definition from Dockerfile                       0.0s',
        ' => => transferring dockerfile: 56B                                        0.0s',
        'Dockerfile:2',
        '--------------------',
        '   1 |     FROM nginx:1.29',
        '   2 | >>> COPPY index.html /usr/share/nginx/html/',
        '   3 |     ',
        '--------------------',
        'ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: COPPY (did you mean COPY?)',
        '',
      ].join('\n'),
      exitCode: 1,
    });
    writeFile('Dockerfile', ['FROM nginx:1.29', 'FOO bar']);
    expect(run('docker build .').stderr).toContain(
      'ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: FOO (did you mean FROM?)\n',
    );
  });

  it('a RUN that exits non-zero fails the build and tags nothing', () => {
    writeFile('Dockerfile', ['FROM alpine:3.23', 'RUN false']);
    const r = run('docker build -t broken .');
    const from = `docker.io/library/alpine:3.23@sha256:${hexCut(remoteDigest('alpine', '3.23'), 21)}`;
    expect(r).toEqual({
      stdout: '',
      stderr: [
        '[+] Building 0.0s (5/5) FINISHED                                 docker:default',
        ' => [internal] load build definition from Dockerfile                       0.0s',
        ' => => transferring dockerfile: 27B                                        0.0s',
        ' => [internal] load metadata for docker.io/library/alpine:3.23             0.0s',
        ' => [internal] load .dockerignore                                          0.0s',
        ' => => transferring context: 2B                                            0.0s',
        ` => [1/2] FROM ${from}  0.0s`,
        ` => => resolve ${from}  0.0s`,
        ' => ERROR [2/2] RUN false                                                  0.0s',
        '------',
        ' > [2/2] RUN false:',
        '------',
        'Dockerfile:2',
        '--------------------',
        '   1 |     FROM alpine:3.23',
        '   2 | >>> RUN false',
        '   3 |     ',
        '--------------------',
        'ERROR: failed to build: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1',
        '',
      ].join('\n'),
      exitCode: 1,
    });
    expect(image('broken:latest')).toBeUndefined();
  });

  it('a RUN continued over lines runs as one command, and its failure points at every line of it', () => {
    writeFile('Dockerfile', ['FROM alpine:3.23', '# make a directory, then fail', 'RUN mkdir /a && \\', '    false', 'CMD ["sh"]']);
    expect(run('cat Dockerfile').stdout).toContain('RUN mkdir /a && \\\n    false\n');
    const r = run('docker build .');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(' => ERROR [2/2] RUN mkdir /a &&     false                                  0.0s\n');
    expect(
      r.stderr.endsWith(
        [
          // errdefs.Source.Print pads a multi-line range by two lines in all: one above, one below.
          'Dockerfile:3',
          '--------------------',
          '   2 |     # make a directory, then fail',
          '   3 | >>> RUN mkdir /a && \\',
          '   4 | >>>     false',
          '   5 |     CMD ["sh"]',
          '--------------------',
          'ERROR: failed to build: failed to solve: process "/bin/sh -c mkdir /a &&     false" did not complete successfully: exit code: 1',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
  });

  it('COPY of a file the context does not have', () => {
    writeFile('Dockerfile', ['FROM nginx:1.29', 'COPY missing.txt /']);
    const r = run('docker build .');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(' => ERROR [2/2] COPY missing.txt /');
    expect(
      r.stderr.endsWith(
        'ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref: "/missing.txt": not found\n',
      ),
    ).toBe(true);
  });
});

describe('docker build: the image is real OCI content', () => {
  it('its manifest and config validate against the OCI image-spec schemas', () => {
    expect(run('docker build -t myapp .').exitCode).toBe(0);
    writeFile('Dockerfile', [
      'FROM debian:trixie-slim AS tools',
      'RUN apt-get update && apt-get install -y curl',
      'FROM tools',
      'ENV A=b',
      'CMD ["curl", "--version"]',
    ]);
    expect(run('docker build -t tools .').exitCode).toBe(0);
    expect(image('tools:latest')!.layers).toHaveLength(resolveRemote('library/debian', 'trixie-slim')!.image.layers.length + 1);
    for (const ref of ['myapp:latest', 'tools:latest']) {
      const docs = host.inspectOci(ref);
      expect(validate('manifest', docs.manifest), ref).toEqual([]);
      expect(validate('config', docs.config), ref).toEqual([]);
      expect(validate('index', docs.index!), ref).toEqual([]);
    }
  });

  // What the schemas cannot check: digests over the exact bytes.
  // Docker 29 (containerd store): the ID is the index's digest; the index names the image manifest
  // and BuildKit's provenance attestation manifest (buildkit exporter/containerimage/writer.go).
  it('its ID is the sha256 of its index, which names the manifest and the attestation; the manifest lists the config and one layer per non-empty history entry', () => {
    run('docker build -t myapp .');
    const id = imageId('myapp:latest');
    const { config, manifest, index } = host.inspectOci('myapp:latest');
    expect(sha(index!)).toBe(id);
    const configId = sha(config);
    const idx = JSON.parse(index!) as {
      manifests: Array<{ digest: string; platform: { os: string }; annotations?: Record<string, string> }>;
    };
    expect(idx.manifests.map((d) => [d.digest === sha(manifest), d.platform.os, d.annotations?.['vnd.docker.reference.type']])).toEqual([
      [true, 'linux', undefined],
      [false, 'unknown', 'attestation-manifest'],
    ]);
    expect(idx.manifests[1]!.annotations!['vnd.docker.reference.digest']).toBe(sha(manifest));
    expect(host.snapshot().images.find((i) => i.id === id)!.repoDigests).toEqual([`myapp@${id}`]);
    const m = JSON.parse(manifest) as {
      schemaVersion: number;
      mediaType: string;
      config: { digest: string; size: number };
      layers: Array<{ mediaType: string }>;
    };
    const c = JSON.parse(config) as {
      created: string;
      rootfs: { diff_ids: string[] };
      history: Array<{ empty_layer?: boolean; created: string }>;
    };
    expect(m.schemaVersion).toBe(2);
    expect(m.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(m.config).toEqual({ mediaType: 'application/vnd.oci.image.config.v1+json', digest: configId, size: utf8ToBytes(config).length });
    expect(m.layers).toHaveLength(c.rootfs.diff_ids.length);
    expect(c.history.filter((h) => !h.empty_layer)).toHaveLength(c.rootfs.diff_ids.length);
    // BuildKit's export rule: the config's time is the last history entry's.
    expect(c.created).toBe(c.history.at(-1)!.created);
    expect(c.created).toBe('2026-11-27T10:00:00.000Z');
  });
});

describe('what a container runs', () => {
  it('docker buildx build and docker builder build reach the same build', () => {
    const a = testHost();
    const b = testHost();
    expect(a.run('docker buildx build -q -t app .').stdout).toBe(b.run('docker build -q -t app .').stdout);
  });
});
