// What `npm test` prints while it works: a live line on a terminal, plain lines otherwise.
import { describe, expect, test } from 'vitest';
import { Progress } from '../../grader/progress';

function fakeOut(isTTY: boolean) {
  const writes: string[] = [];
  return { out: { isTTY, write: (t: string) => writes.push(t) }, writes };
}

describe('progress', () => {
  test('not a terminal: each step is one plain line, updates within the period are not repeated, no control codes', () => {
    const { out, writes } = fakeOut(false);
    const p = new Progress(out, {}, 60_000);
    p.step('Grading 15 exercises…');
    p.update('Grading: 3/15');
    p.done();
    p.print('EXERCISE   STATUS');
    p.step('Kit tests: running 47 files…');
    p.done();
    expect(writes.join('')).toBe('Grading 15 exercises…\nEXERCISE   STATUS\nKit tests: running 47 files…\n');
  });

  test('not a terminal: a long step repeats its latest text once the period has passed', () => {
    const { out, writes } = fakeOut(false);
    const p = new Progress(out, {}, 0);
    p.step('Kit tests: running 47 files…');
    p.update('Kit tests: 12/47 files done…');
    expect(writes).toEqual(['Kit tests: running 47 files…\n', 'Kit tests: 12/47 files done…\n']);
  });

  test('a terminal: the live line is redrawn in place, cleared before lasting lines and at the end', () => {
    const { out, writes } = fakeOut(true);
    const p = new Progress(out, {});
    p.step('Grading 15 exercises…');
    p.print('a lasting line');
    p.done();
    expect(writes).toEqual([
      '\r\u001b[2KGrading 15 exercises…',
      '\r\u001b[2K',
      'a lasting line\n',
      '\r\u001b[2KGrading 15 exercises…',
      '\r\u001b[2K',
    ]);
  });

  test('CI=true on a terminal still gets plain lines', () => {
    const { out, writes } = fakeOut(true);
    const p = new Progress(out, { CI: 'true' });
    p.step('Grading 15 exercises…');
    p.done();
    expect(p.interactive).toBe(false);
    expect(writes).toEqual(['Grading 15 exercises…\n']);
  });
});
