// The helpers every exercise's messages go through: reading a commands file, spotting a
// `docker run` that stays attached, cutting long lists, and the line diff of multi-line text.
import { describe, expect, test } from 'vitest';
import { commandLinesOf } from '../../exercises/support/command-lines';
import { failedCommandsReport, type Problem } from '../../exercises/support/failed-commands';
import { elidedLines, namedList } from '../../exercises/support/lists';
import { dockerRun } from '../../exercises/support/run-flags';
import { textDifference } from '../../exercises/support/text-diff';
import { runCommands } from '../../exercises/support/commands';

describe('commands files', () => {
  test('comments and blank lines are skipped, line numbers kept, a trailing backslash continues the line', () => {
    expect(commandLinesOf('# c\n\ndocker pull nginx\r\ndocker run -d \\\n  --name web nginx\n')).toEqual([
      { lineNo: 3, text: 'docker pull nginx' },
      { lineNo: 4, text: 'docker run -d --name web nginx' },
    ]);
  });

  test('docker run is detached only with -d, --detach or a short-flag cluster holding d', () => {
    const cases: [string, boolean | undefined][] = [
      ['docker run nginx', false],
      ['docker run -d nginx', true],
      ['docker container run --detach nginx', true],
      ['docker run --detach=false nginx', false],
      ['docker run -dp 8080:80 nginx', true],
      ['docker run -itd ubuntu', true],
      ['docker run -p 8080:80 --name web nginx', false],
      ['docker run --name d nginx', false],
      ['docker run -e d=1 nginx -d', false],
      ['docker run -it ubuntu bash', false],
      ['docker ps -a', undefined],
      ['echo docker run -d', undefined],
    ];
    for (const [line, detach] of cases) expect(dockerRun(line)?.detach, line).toBe(detach);
  });

  test('an attached service, an interactive session and a question are told apart; a short-lived attached run is fine', () => {
    const { ran } = runCommands(
      [
        'docker run hello-world',
        'docker run --name web nginx',
        'docker run -it --name box ubuntu bash',
        'exit',
        'docker container prune',
      ].join('\n'),
    );
    expect(ran.map((r) => [r.lineNo, r.exitCode, r.blocks])).toEqual([
      [1, 0, undefined],
      [2, 0, 'attached'],
      [3, 0, 'session'],
      [4, 0, undefined],
      [5, 0, 'question'],
    ]);
  });

  test('an observer sees the host after the set-up, then after each learner line (what existed in between)', () => {
    const seen: string[] = [];
    runCommands('# a comment\ndocker run -d --name box alpine sleep 1000\n\ndocker rm -f box\n', ['docker pull alpine'], (host, line) => {
      const names = host.snapshot().containers.map((c) => c.name);
      seen.push(`${line ? `line ${line.lineNo}` : 'set-up'}: ${names.join(',') || 'none'}`);
    });
    expect(seen).toEqual(['set-up: none', 'line 2: box', 'line 4: none']);
  });
});

describe('long lists are cut with a count', () => {
  test('named lists', () => {
    expect(namedList([])).toBe('none');
    expect(namedList(['a', 'b'])).toBe('a, b');
    expect(namedList(Array.from({ length: 30_000 }, (_, i) => `c${i}`))).toBe('c0, c1, c2, c3, c4 and 29,995 more');
  });

  test('a long error keeps its first line and its end', () => {
    expect(elidedLines(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 5, '> ')).toEqual(['> a', '> … 3 more lines …', '> e', '> f', '> g']);
    expect(elidedLines(['a', 'b'], 5)).toEqual(['a', 'b']);
  });

  test('30,000 failed commands make a report of at most 20 lines', () => {
    const problems: Problem[] = Array.from({ length: 30_000 }, (_, i) => ({
      line: 'docker run -d nginxx',
      lineNo: i + 1,
      exitCode: 125,
      stderr:
        "Unable to find image 'nginxx:latest' locally\ndocker: Error response from daemon: pull access denied for nginxx\n\nRun 'docker run --help' for more information\n",
    }));
    const report = failedCommandsReport(problems, 30_000)!.split('\n');
    expect(report.length).toBeLessThanOrEqual(20);
    expect(report[0]).toBe('30,000 of your 30,000 commands failed:');
    expect(report[report.length - 1]).toBe('  … and 29,997 more (lines 4, 5, 6, 7, 8, …)');
  });
});

describe('the line diff of multi-line text', () => {
  test('equal texts have no difference', () => {
    expect(textDifference('a\nb\n', 'a\nb\n')).toBeUndefined();
  });

  test('one space too few: the line, the column, whitespace visible, a caret under it', () => {
    expect(textDifference('ID   NAME\n1    web\n', 'ID   NAME\n1     web\n')).toBe(
      [
        "line 2, column 6 differs (· is a space, ⏎ a line's end):",
        '  expected: 1·····web⏎',
        '  got:      1····web⏎',
        '                 ^',
      ].join('\n'),
    );
  });

  test('a tab for a space, a missing last newline, a missing line, an extra line', () => {
    expect(textDifference('a\tb\n', 'a b\n')).toBe(
      "line 1, column 2 differs (· is a space, ⏎ a line's end):\n  expected: a·b⏎\n  got:      a→b⏎\n             ^",
    );
    expect(textDifference('a\nb', 'a\nb\n')).toBe(
      "line 2, the line ending differs (· is a space, ⏎ a line's end):\n  expected: b⏎\n  got:      b\n             ^",
    );
    expect(textDifference('a\n', 'a\nb\n')).toBe('line 2 is missing (expected 2 lines, got 1): expected\n  b⏎');
    expect(textDifference('a\nb\n', 'a\n')).toBe('line 2 is extra (expected 1 line, got 2): got\n  b⏎');
  });

  test('a long line is shown around the difference', () => {
    const expected = `${'x'.repeat(100)} y ${'z'.repeat(100)}\n`;
    const lines = textDifference(expected.replace(' y ', ' Y '), expected)!.split('\n');
    expect(lines).toEqual([
      "line 1, column 102 differs (· is a space, ⏎ a line's end):",
      `  expected: …${'x'.repeat(39)}·y·${'z'.repeat(38)}…`,
      `  got:      …${'x'.repeat(39)}·Y·${'z'.repeat(38)}…`,
      `            ${' '.repeat(41)}^`,
    ]);
  });
});
