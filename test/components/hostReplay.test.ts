import { describe, expect, it } from 'vitest';
import { planLines } from '../../composables/hostPlan';
import { HostReplay } from '../../composables/hostReplay';
import { transcriptText } from '../../composables/copyText';
import { clearsScreen, printable } from '../../composables/terminalText';

const setup = ['docker pull nginx'];
const script = ['docker run -d --name web nginx', 'docker ps'];

describe('HostReplay', () => {
  it('replays the same plan to the same screen, whatever the path to it', () => {
    const epoch = Date.UTC(2026, 10, 27, 9);
    const direct = new HostReplay(1, epoch);
    direct.sync(planLines({ setup, script, step: 2, live: [] }));

    const stepwise = new HostReplay(1, epoch);
    for (const step of [0, 1, 2, 1, 2]) stepwise.sync(planLines({ setup, script, step, live: [] }));

    expect(stepwise.transcript).toEqual(direct.transcript);
    expect(direct.transcript.map((e) => e.line)).toEqual(script);
    expect(direct.transcript[1]!.output.find((b) => b.stream === 'stdout')!.text).toMatch(/Up 3 seconds\s+80\/tcp\s+web\n$/);
    expect(stepwise.host.snapshot().containers.map((c) => c.name)).toEqual(['web']);
  });

  it('shows the streams in the order Docker writes them: a pull prelude first, errors last', () => {
    const replay = new HostReplay(1);
    replay.sync(planLines({ setup: [], script: ['docker run -d --name web nginx', 'docker stop web nope'], step: 2, live: [] }));
    const [run, stop] = replay.transcript;
    expect(run!.output.map((b) => b.stream)).toEqual(['stderr', 'stdout']);
    expect(run!.output[0]!.text).toMatch(/^Unable to find image 'nginx:latest' locally\nlatest: Pulling from library\/nginx\n/);
    expect(run!.output[1]!.text).toMatch(/^[0-9a-f]{64}\n$/);
    // stop stops what it can and reports the rest afterwards.
    expect(stop!.output.map((b) => b.stream)).toEqual(['stdout', 'stderr']);
    expect(stop!.output[0]!.text).toBe('web\n');
    expect(transcriptText(replay.transcript)).toMatch(
      /Status: Downloaded newer image for nginx:latest\n[0-9a-f]{64}\n\$ docker stop web nope\nweb\nError response from daemon: No such container: nope\n$/,
    );
  });

  it('starts again from an empty host when the plan is no longer a continuation', () => {
    const replay = new HostReplay(1);
    expect(replay.sync(planLines({ setup, script, step: 1, live: [] }))).toBe(false);
    expect(replay.sync(planLines({ setup, script, step: 0, live: [] }))).toBe(true);
    expect(replay.host.snapshot().containers).toEqual([]);
    expect(replay.transcript).toEqual([]);
  });

  it('clears the screen on `clear` and Ctrl+L but keeps the history', () => {
    const replay = new HostReplay(1);
    replay.sync(planLines({ setup, script, step: 2, live: [{ step: 2, line: 'clear' }] }));
    expect(replay.transcript).toEqual([]);
    expect(replay.history).toEqual([...script, 'clear']);
    replay.sync(
      planLines({
        setup,
        script,
        step: 2,
        live: [
          { step: 2, line: 'clear' },
          { step: 2, line: 'docker images' },
          { step: 2, clearScreen: true },
        ],
      }),
    );
    expect(replay.transcript).toEqual([]);
  });
});

describe('an interactive shell left open', () => {
  it('is left with a typed `exit` before the next scripted line, which then runs on the host', () => {
    const replay = new HostReplay(1);
    const live = [
      { step: 1, line: 'docker run -it --name box ubuntu bash' },
      { step: 1, line: 'ls /' },
    ];
    replay.sync(
      planLines({
        setup: ['docker pull ubuntu'],
        script: ['docker ps -a --format {{.Names}}', "docker ps -a --format '{{.Names}} {{.Status}}'"],
        step: 2,
        live,
      }),
    );
    const shown = replay.transcript.map((e) => [e.prompt.endsWith('# ') ? 'box#' : '$', e.line, e.source, e.auto ?? false]);
    expect(shown).toEqual([
      ['$', 'docker ps -a --format {{.Names}}', 'script', false],
      ['$', 'docker run -it --name box ubuntu bash', 'live', false],
      ['box#', 'ls /', 'live', false],
      ['box#', 'exit', 'script', true],
      ['$', "docker ps -a --format '{{.Names}} {{.Status}}'", 'script', false],
    ]);
    const last = replay.transcript.at(-1)!;
    expect(last.exitCode).toBe(0);
    expect(last.output).toEqual([{ stream: 'stdout', text: expect.stringMatching(/^box Exited \(0\) \d+ seconds? ago\n$/) }]);
    expect(replay.host.prompt()).toBe('$ ');
    // Keys stay unique and in screen order.
    const keys = replay.transcript.map((e) => e.index);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("stays open for the presenter's own next lines", () => {
    const replay = new HostReplay(1);
    const live = [
      { step: 0, line: 'docker run -it ubuntu bash' },
      { step: 0, line: 'ls /' },
      { step: 0, line: 'docker ps' },
    ];
    replay.sync(planLines({ setup: ['docker pull ubuntu'], script: [], step: 0, live }));
    expect(replay.transcript.map((e) => e.line)).toEqual(['docker run -it ubuntu bash', 'ls /', 'docker ps']);
    expect(replay.transcript.at(-1)!.output).toEqual([{ stream: 'stderr', text: 'bash: docker: command not found\n' }]);
  });
});

describe('terminal text', () => {
  it('recognises a clear by its escape sequences or, failing that, by the command', () => {
    expect(clearsScreen('clear', { stdout: '\x1b[H\x1b[2J', stderr: '', exitCode: 0 })).toBe(true);
    expect(clearsScreen('clear', { stdout: '', stderr: '', exitCode: 0 })).toBe(true);
    expect(clearsScreen('echo clear', { stdout: 'clear\n', stderr: '', exitCode: 0 })).toBe(false);
  });

  it('strips control sequences but keeps newlines and tabs', () => {
    expect(printable('\x1b[31mred\x1b[0m\tok\n\x07')).toBe('red\tok\n');
  });
});
