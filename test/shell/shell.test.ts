// `npm run shell`: the replay of an exercise's commands, piped input, exit codes, and the
// terminal path (line editing, Tab, history, Ctrl+C, Ctrl+D) driven through readline's own keys.
// Every kit here is a temporary copy holding a reference solution: the learner's files are never read.
import { afterAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createHost } from '../../engine/index';
import { completer } from '../../scripts/shell/completer';
import { runShell } from '../../scripts/shell/main';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const roots: string[] = [];

/** A kit folder with exercises.json and the given exercises' reference commands.sh. */
function kitWithSolutions(ids: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'shell-test-'));
  roots.push(root);
  mkdirSync(join(root, 'exercises'));
  copyFileSync(join(repoRoot, 'exercises', 'exercises.json'), join(root, 'exercises', 'exercises.json'));
  for (const id of ids) {
    mkdirSync(join(root, 'exercises', id));
    copyFileSync(join(repoRoot, 'solutions', id, 'commands.sh'), join(root, 'exercises', id, 'commands.sh'));
  }
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

class Sink extends PassThrough {
  text = '';
  constructor() {
    super();
    this.on('data', (chunk: Buffer) => (this.text += chunk.toString()));
  }
}

async function piped(argv: string[], input: string): Promise<{ code: number; out: string; err: string }> {
  const out = new Sink();
  const err = new Sink();
  const code = await runShell({ argv, root: repoRoot, input: PassThrough.from([input]), streams: { out, err, tty: false } });
  return { code, out: out.text, err: err.text };
}

describe('npm run shell -- NN, with piped input', () => {
  test('07: replays commands.sh (each command, its output, its exit status), then runs the piped lines in that state', async () => {
    const root = kitWithSolutions(['07-layers-and-diff']);
    const { code, out, err } = await piped(
      ['07', `--root=${root}`],
      'docker exec site cat /usr/share/nginx/html/about.html\ndocker images --format "{{.Repository}}:{{.Tag}}"\n',
    );
    expect(code).toBe(0);
    expect(out).toBe(
      [
        '# Replaying exercises/07-layers-and-diff/commands.sh (7 commands):',
        '$ docker run -d --name site nginx',
        '99e1ef7c72c32b8ada3b32c0ab73b0ad2cc09a8a86cec4d345f245149fef4401',
        '[exit 0]',
        `$ docker exec site sh -c "echo '<h1>My site</h1>' > /usr/share/nginx/html/index.html"`,
        '[exit 0]',
        `$ docker exec site sh -c "echo '<p>About us</p>' > /usr/share/nginx/html/about.html"`,
        '[exit 0]',
        '$ docker exec site rm /usr/share/nginx/html/50x.html',
        '[exit 0]',
        '$ docker run -d --name plain nginx',
        '78e9c5413ffb0079e1ce9b93bee8a8354e97a6b4327f3a3f802fcec6afc5ce22',
        '[exit 0]',
        '$ docker diff site',
        'C /etc',
        'C /etc/nginx',
        'C /etc/nginx/conf.d',
        'C /etc/nginx/conf.d/default.conf',
        'C /run',
        'A /run/nginx.pid',
        'C /usr',
        'C /usr/share',
        'C /usr/share/nginx',
        'C /usr/share/nginx/html',
        'D /usr/share/nginx/html/50x.html',
        'A /usr/share/nginx/html/about.html',
        'C /usr/share/nginx/html/index.html',
        '[exit 0]',
        '$ docker ps -s',
        'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS     NAMES     SIZE',
        '78e9c5413ffb   nginx     "/docker-entrypoint.…"   2 seconds ago   Up 2 seconds   80/tcp    plain     353B (virtual 161MB)',
        '99e1ef7c72c3   nginx     "/docker-entrypoint.…"   6 seconds ago   Up 6 seconds   80/tcp    site      386B (virtual 161MB)',
        '[exit 0]',
        '# Replayed: 7 succeeded, 0 failed. The host is now in that state.',
        '<p>About us</p>',
        'nginx:latest',
        '',
      ].join('\n'),
    );
    expect(err).toMatch(/^Unable to find image 'nginx:latest' locally\n[^]*Status: Downloaded newer image for nginx:latest\n$/);
  });

  test("09: the exercise's set-up is replayed first; a failed command shows its error and exit status", async () => {
    const root = kitWithSolutions(['09-stop-rm-keep-image']);
    const { code, out, err } = await piped(['9', `--root=${root}`], 'docker rm web9\n');
    expect(code).toBe(1);
    expect(out.split('\n').slice(0, 4)).toEqual([
      "# The exercise's set-up (README step 0):",
      '$ docker run -d --name web1 -p 8081:80 nginx',
      expect.stringMatching(/^[0-9a-f]{64}$/),
      '[exit 0]',
    ]);
    expect(out).toContain('# Replaying exercises/09-stop-rm-keep-image/commands.sh (5 commands):\n$ docker stop web1\nweb1\n[exit 0]\n');
    expect(out).toContain('# Replayed: 5 succeeded, 0 failed. The host is now in that state.\n');
    expect(err.endsWith('Error response from daemon: No such container: web9\n')).toBe(true);
  });

  test('01: a docker run without -d is replayed with the note npm test gives (a real host would not return)', async () => {
    const root = kitWithSolutions(['01-first-container']);
    writeFileSync(
      join(root, 'exercises', '01-first-container', 'commands.sh'),
      'docker pull nginx -q\ndocker run --name web -p 8080:80 nginx\n',
    );
    const { out } = await piped(['01', `--root=${root}`], '');
    const lines = out.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '# Replaying exercises/01-first-container/commands.sh (2 commands):',
      '$ docker pull nginx -q',
      'docker.io/library/nginx:latest',
      '[exit 0]',
      '$ docker run --name web -p 8080:80 nginx',
    ]);
    expect(lines.slice(-4)).toEqual([
      '[exit 0]',
      "# This line does not return on a real host: without -d, docker run stays attached to the container's output, so the lines after it never run; " +
        'Ctrl+C then stops the container. Add -d to run it in the background.',
      '# Replayed: 2 succeeded, 0 failed. The host is now in that state.',
      '',
    ]);
  });

  test('no number: a fresh host, no replay, no prompt; `exit N` leaves with N', async () => {
    const { code, out, err } = await piped([], 'docker ps\nexit 3\ndocker ps\n');
    expect({ code, out, err }).toEqual({
      code: 3,
      out: 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
      err: '',
    });
  });

  test('an interactive container session works from a pipe too: lines run inside until exit', async () => {
    const { code, out } = await piped(
      [],
      'docker run -it --name box busybox sh\necho hi from inside\nexit\ndocker ps -a --format "{{.Names}} {{.Status}}"\n',
    );
    expect(code).toBe(0);
    expect(out.split('\n').slice(-4)).toEqual(['hi from inside', expect.stringMatching(/^box Exited \(0\) /), '']);
  });

  test('a quiz or code exercise has nothing to replay: it says so and exits 2', async () => {
    const { code, out, err } = await piped(['05'], '');
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toBe(
      'shell: exercise 05 (Fill in the cheat sheet) is a quiz exercise: there are no commands to replay ' +
        '(the command exercises are 01, 03, 07, 09, 11, 12, 16, 17). `npm run shell` alone opens a fresh host.\n',
    );
  });

  test("through npm: echo 'docker ps -a' | npm run shell -- 07", () => {
    const root = kitWithSolutions(['07-layers-and-diff']);
    const out = execFileSync('npm', ['run', '--silent', 'shell', '--', '07', `--root=${root}`], {
      cwd: repoRoot,
      input: 'docker ps -a --format "{{.Names}}: {{.Image}}"\n',
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    expect(out.startsWith('# Replaying exercises/07-layers-and-diff/commands.sh (7 commands):\n')).toBe(true);
    expect(out.endsWith('# Replayed: 7 succeeded, 0 failed. The host is now in that state.\nplain: nginx\nsite: nginx\n')).toBe(true);
  }, 60_000);
});

describe('on a terminal', () => {
  // eslint-disable-next-line no-control-regex -- strips the terminal's escape sequences
  const CSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

  /** Types `keys` one chunk at a time into a terminal session and returns what was shown. */
  async function typed(keys: string[]): Promise<{ code: number; screen: string }> {
    const input = new PassThrough();
    const out = new Sink();
    const done = runShell({ argv: [], root: repoRoot, input, streams: { out, err: out, tty: true } });
    for (const k of keys) {
      input.write(k);
      await new Promise((r) => setTimeout(r, 20));
    }
    const code = await done;
    return { code, screen: out.text.replace(CSI, '') };
  }

  test('Tab completes from the engine, Ctrl+C drops the line, ↑ recalls history, Ctrl+D leaves', async () => {
    const { code, screen } = await typed(['docker insp', '\t', 'nothing\r', 'docker rm -f everything', '\x03', '\x1b[A', '\r', '\x04']);
    expect(code).toBe(0);
    expect(screen.split('\n')[0]).toBe('A simulated Docker 29 host: nothing runs for real, nothing leaves this machine.');
    // Tab turned `insp` into `inspect ` (readline redraws the line as keys come).
    expect(screen).toContain('$ docker inspect nothing\r\n');
    expect(screen).toContain('$ docker rm -f everything^C\n');
    expect(screen).not.toContain('everything\n');
    // ↑ brought back the last line run, which ran a second time.
    expect(screen.match(/error: no such object: nothing\n/g)).toHaveLength(2);
  });

  test("inside `docker run -it … sh`, the prompt is the container's and Ctrl+D ends that session, not the shell", async () => {
    const { code, screen } = await typed([
      'docker run -it --name box busybox sh\r',
      'hostname\r',
      '\x04',
      'docker ps -a --format "{{.Names}} {{.State}}"\r',
      'exit\r',
    ]);
    expect(code).toBe(0);
    expect(screen).toMatch(/\/ # hostname\r?\n[0-9a-f]{12}/);
    // busybox's ash leaves at Ctrl+D without a word (bash would print exit).
    expect(screen).toMatch(/\/ # \r?\n\$ docker ps/);
    expect(screen).toContain('box exited');
  });
});

test("the completer gives readline the engine's candidates for the word being typed", () => {
  const complete = completer(createHost({ seed: 1, now: () => 0 }));
  expect(complete('docker ins')).toEqual([['inspect '], 'ins']);
  expect(complete('docker i')).toEqual([['image', 'images', 'import', 'info', 'inspect'], 'i']);
  expect(complete('do')).toEqual([['docker '], 'do']);
});
