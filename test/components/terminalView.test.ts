import { describe, expect, it } from 'vitest';
import { planLines } from '../../composables/hostPlan';
import { HostReplay, type TranscriptEntry } from '../../composables/hostReplay';
import { fitTranscript, keptOutOfView, markMatcher, wrapRows, type ViewEntry } from '../../composables/terminalView';

const EPOCH = Date.UTC(2026, 10, 27, 9);

function transcriptOf(setup: string[], script: string[]): TranscriptEntry[] {
  const replay = new HostReplay(1, EPOCH);
  replay.sync(planLines({ setup, script, step: script.length, live: [] }));
  return replay.transcript;
}

/** The screen as text: each command, its rows, gaps as "⋯ n". */
function screen(view: ViewEntry[]): string[] {
  return view.flatMap((v) => [
    `$ ${v.entry.line}${v.hidden && !v.current ? ` [${v.hidden} hidden]` : ''}`,
    ...v.blocks.flatMap((b) => b.rows.map((r) => (r.kind === 'gap' ? `⋯ ${r.count}` : `${r.kept ? '*' : ' '}${r.text}`))),
  ]);
}

/** Rows the view takes on a screen of `cols` columns, as the component lays it out. */
function rowsOf(view: ViewEntry[], cols: number): number {
  return view.reduce((n, v) => {
    const note = v.hidden && !v.current ? ` ⋯ ${v.hidden} more lines not shown` : '';
    return (
      n +
      wrapRows(v.entry.prompt + v.entry.line + note, cols) +
      v.blocks.reduce((m, b) => m + b.rows.reduce((k, r) => k + (r.kind === 'gap' ? 1 : wrapRows(r.text, cols)), 0), 0)
    );
  }, 0);
}

describe('wrapRows', () => {
  it('wraps at spaces like pre-wrap, and breaks a word longer than a row', () => {
    expect(wrapRows('', 10)).toBe(1);
    expect(wrapRows('0123456789', 10)).toBe(1);
    expect(wrapRows('01234 6789 abc', 10)).toBe(2);
    expect(wrapRows('a'.repeat(64), 48)).toBe(2);
    expect(wrapRows('ab ' + 'c'.repeat(25), 10)).toBe(4);
  });
});

describe('markMatcher', () => {
  it('reads plain substrings and /regular expressions/', () => {
    const kept = markMatcher(['I am house-a', '/8080->80\\/tcp$/']);
    expect(['I am house-a', 'I am house-b', 'x 0.0.0.0:8080->80/tcp', 'x 8080->80/tcp, more'].map(kept)).toEqual([
      true,
      false,
      true,
      false,
    ]);
    // A broken expression is a plain substring, never an exception in a slide.
    expect(markMatcher(['/(/'])('a /(/ b')).toBe(true);
  });
});

describe('fitTranscript', () => {
  const setup = ['docker pull nginx', 'docker run -d --name house-a -p 8081:80 nginx', 'docker run -d --name house-b -p 8082:80 nginx'];
  const script = [
    "docker exec house-a sh -c 'echo I am house-a > /usr/share/nginx/html/index.html'",
    'curl http://localhost:8081/',
    'curl http://localhost:8082/',
    'docker diff house-a',
  ];
  const marks = ['I am house-a', 'Welcome to nginx'];

  it('shows everything while it fits, and before the screen is measured', () => {
    const transcript = transcriptOf(setup, script.slice(0, 2));
    for (const size of [null, { rows: 10, cols: 100 }]) {
      const view = fitTranscript(transcript, size, marks);
      expect(view.map((v) => v.mode)).toEqual(['full', 'full']);
      expect(screen(view)).toEqual([`$ ${script[0]}`, `$ ${script[1]}`, '*I am house-a']);
    }
  });

  it('keeps both answers in view when the second is taller than the screen (slide 27)', () => {
    const transcript = transcriptOf(setup, script.slice(0, 3));
    const view = fitTranscript(transcript, { rows: 14, cols: 60 }, marks, 1);
    // The exec (two rows at 60 columns) scrolled off; the first answer stays; the page shows its head.
    expect(screen(view)).toEqual([
      `$ ${script[1]}`,
      '*I am house-a',
      `$ ${script[2]}`,
      ' <!DOCTYPE html>',
      ' <html>',
      ' <head>',
      '*<title>Welcome to nginx!</title>',
      ' <style>',
      ' body { width: 35em; margin: 0 auto; font-family: Tahoma, Verdana, Arial, sans-serif; }',
      '⋯ 3',
      '*<h1>Welcome to nginx!</h1>',
      '⋯ 9',
    ]);
    expect(view.at(-1)).toMatchObject({ current: true, mode: 'folded' });
    expect(rowsOf(view, 60)).toBe(13);
  });

  it('shrinks an earlier command to its marked lines, saying how many it leaves out', () => {
    const transcript = transcriptOf(setup, script);
    const view = fitTranscript(transcript, { rows: 19, cols: 100 }, marks);
    // The newest earlier command fills what is left with its head; the exec scrolls off. (docker
    // diff lists each changed path's ancestor directories as C: go-archive changes.go addChanges.)
    expect(screen(view)).toEqual([
      `$ ${script[1]}`,
      '*I am house-a',
      `$ ${script[2]} [15 hidden]`,
      ' <!DOCTYPE html>',
      ' <html>',
      '*<title>Welcome to nginx!</title>',
      '*<h1>Welcome to nginx!</h1>',
      `$ ${script[3]}`,
      ' C /etc',
      ' C /etc/nginx',
      ' C /etc/nginx/conf.d',
      ' C /etc/nginx/conf.d/default.conf',
      ' C /run',
      ' A /run/nginx.pid',
      ' C /usr',
      ' C /usr/share',
      ' C /usr/share/nginx',
      ' C /usr/share/nginx/html',
      ' C /usr/share/nginx/html/index.html',
    ]);
    expect(view.at(-1)).toMatchObject({ current: true, mode: 'full' });
    expect(rowsOf(view, 100)).toBe(19);
  });

  it('gives the current command its whole output when it fits alone, before older marked lines', () => {
    const transcript = transcriptOf(
      ['docker pull nginx'],
      ['docker run -d --name a1 nginx', 'docker ps -a --format {{.Names}}', 'docker history nginx'],
    );
    const history = transcript.at(-1)!;
    const rows = history.output[0]!.text.split('\n').length; // command + every line (the text ends with \n)
    const view = fitTranscript(transcript, { rows, cols: 200 }, ['a1']);
    expect(view.map((v) => [v.entry.line, v.mode])).toEqual([['docker history nginx', 'full']]);
  });

  it('folds a current command with marks of its own to keep earlier marked lines (slide 28)', () => {
    const transcript = transcriptOf(
      ['docker pull nginx', 'docker run -d --name house-b -p 8082:80 nginx'],
      [
        'docker exec house-b rm /usr/share/nginx/html/index.html',
        'docker diff house-b',
        'docker run -d --name house-c -p 8083:80 nginx',
        'curl http://localhost:8083/',
      ],
    );
    const curl = transcript.at(-1)!;
    const rows = 1 + curl.output[0]!.text.split('\n').length - 1; // the page alone fits exactly
    const view = fitTranscript(transcript, { rows, cols: 120 }, ['D /usr/share/nginx/html/index.html', 'Welcome to nginx']);
    expect(screen(view).slice(0, 2)).toEqual(['$ docker diff house-b [10 hidden]', '*D /usr/share/nginx/html/index.html']);
    expect(view.at(-1)).toMatchObject({ current: true, mode: 'folded' });
    expect(screen(view)).toContain('*<h1>Welcome to nginx!</h1>');
    expect(rowsOf(view, 120)).toBeLessThanOrEqual(rows);
  });

  it('keeps the header of a table whose marked row it shows', () => {
    const transcript = transcriptOf(
      ['docker pull nginx', 'docker run -d --name web nginx', 'docker stop web'],
      ["docker ps -a --format 'table {{.Names}}\\t{{.Status}}'", 'docker logs web'],
    );
    const view = fitTranscript(transcript, { rows: 12, cols: 120 }, ['Exited']);
    expect(screen(view).slice(0, 3)).toEqual([
      "$ docker ps -a --format 'table {{.Names}}\\t{{.Status}}'",
      ' NAMES     STATUS',
      expect.stringMatching(/^\*web\s+Exited \(0\) \d+ seconds ago$/),
    ]);
  });

  it('names the marked lines a screen too small leaves out (what the stage check fails on)', () => {
    const setupRmi = ['docker run -d --name web nginx', 'docker stop web'];
    const scriptRmi = ['docker rmi nginx', 'docker rm web', 'docker rmi nginx', 'docker images'];
    const transcript = transcriptOf(setupRmi, scriptRmi);
    const keep = ['must be forced'];
    const refusal = expect.stringMatching(/^Error response from daemon: conflict: unable to delete nginx:latest \(must be forced\)/);
    // Room for everything: nothing left out.
    expect(keptOutOfView(transcript, fitTranscript(transcript, { rows: 20, cols: 200 }, keep), keep)).toEqual([]);
    // Room for the current command only: the refusal is gone, and said to be.
    const small = fitTranscript(transcript, { rows: 3, cols: 200 }, keep);
    expect(screen(small)).toEqual(['$ docker images', ' IMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA']);
    expect(keptOutOfView(transcript, small, keep)).toEqual([refusal]);
    // No marks, nothing to miss.
    expect(keptOutOfView(transcript, small, [])).toEqual([]);
  });
});
