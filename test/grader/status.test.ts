// The grader's pure rules: statuses, points, the summary count, hashing, exercise selection, hints.
import { describe, expect, test } from 'vitest';
import { decide, messageFor, pointsFor, TESTS_MODIFIED_NOTE } from '../../grader/status';
import { countChecks, isFailing, type ExerciseReport } from '../../grader/report';
import { normalizedSha256 } from '../../grader/manifest';
import { selectExercises, type ExerciseMeta } from '../../grader/metadata';
import { parseHints } from '../../grader/hints';
import type { RunResult } from '../../grader/test-pool';

const run = (tests: RunResult['tests'], extra: Partial<RunResult> = {}): RunResult => ({ outcome: 'done', tests, ...extra });
const base = { starter: 'changed' as const, starterFile: 'exercises/01-x/x.ts', typeErrors: [] };

describe('decide', () => {
  test('an untouched starter is not started whatever its checks say', () => {
    expect(decide({ ...base, starter: 'untouched', run: run([{ name: 'a', status: 'failed' }]) })).toEqual({ status: 'not_started' });
  });

  test('a timeout wins over type errors, and a type error over failing checks', () => {
    expect(decide({ ...base, typeErrors: ['line 1:1 x'], run: run([], { outcome: 'timeout' }) }).status).toBe('timeout');
    expect(decide({ ...base, typeErrors: ['line 1:1 x'], run: run([{ name: 'a', status: 'failed' }]) }).status).toBe('error');
  });

  test('a load error is an error that quotes it', () => {
    expect(decide({ ...base, run: run([], { loadError: 'Unexpected token' }) })).toEqual({
      status: 'error',
      message: 'loading the checks failed: Unexpected token',
    });
  });

  test('all checks passing is passed; any failure, or no check at all, is in progress', () => {
    expect(decide({ ...base, run: run([{ name: 'a', status: 'passed' }]) }).status).toBe('passed');
    expect(
      decide({
        ...base,
        run: run([
          { name: 'a', status: 'passed' },
          { name: 'b', status: 'failed' },
        ]),
      }).status,
    ).toBe('in_progress');
    expect(decide({ ...base, run: undefined }).status).toBe('in_progress');
  });

  test('modified tests lead the message, before any other reason', () => {
    expect(messageFor({ message: 'no checks ran' }, true)).toBe(`${TESTS_MODIFIED_NOTE}; no checks ran`);
    expect(messageFor({}, true)).toBe(TESTS_MODIFIED_NOTE);
    expect(messageFor({ message: 'x' }, false)).toBe('x');
    expect(messageFor({}, false)).toBeUndefined();
  });

  test('points are all or nothing, and nothing when the tests were modified', () => {
    expect(pointsFor('passed', false, 10)).toBe(10);
    expect(pointsFor('passed', true, 10)).toBe(0);
    expect(pointsFor('in_progress', false, 10)).toBe(0);
  });
});

describe('the summary count', () => {
  const entry = (status: ExerciseReport['status'], tests: ExerciseReport['tests'], testsModified = false): ExerciseReport => ({
    id: 'x',
    title: 'x',
    kind: 'code',
    status,
    points: 0,
    maxPoints: 5,
    testsModified,
    tests,
    gradedAt: '2026-12-07T00:00:00.000Z',
  });

  test('ignores exercises not started, counts a failing exercise without failed checks once', () => {
    const reports = [
      entry('not_started', [{ name: 'a', status: 'skipped' }]),
      entry('passed', [
        { name: 'a', status: 'passed' },
        { name: 'b', status: 'passed' },
      ]),
      entry('error', []),
      entry('in_progress', [
        { name: 'a', status: 'failed' },
        { name: 'b', status: 'failed' },
      ]),
    ];
    expect(countChecks(reports)).toEqual({ passed: 2, failed: 3 });
    expect(reports.map(isFailing)).toEqual([false, false, true, true]);
  });
});

test('hashes ignore CRLF versus LF, and nothing else', () => {
  expect(normalizedSha256('a\r\nb\r\n')).toBe(normalizedSha256('a\nb\n'));
  expect(normalizedSha256('a\nb\n')).not.toBe(normalizedSha256('a\nb'));
});

test('exercises are selected by id, by two digits or by one digit', () => {
  const meta = ['01-one', '05-five', '12-twelve'].map((id) => ({ id }) as ExerciseMeta);
  expect(selectExercises(meta, ['5', '12', '01-one']).map((e) => e.id)).toEqual(['05-five', '12-twelve', '01-one']);
  expect(() => selectExercises(meta, ['7'])).toThrow('no exercise matches "7"');
});

test('hints are the sections under "## " headings', () => {
  expect(parseHints('# Hints\r\n\r\n## Hint 1\r\n\r\nfirst\r\n\r\n## Hint 2\n\nsecond\nline\n')).toEqual(['first', 'second\nline']);
});
