// What `npm test` prints: the score table, details of what failed, what to do next, and the
// summary line CI reads (always last).
import type { ExerciseReport, KitInfo, KitTestsSummary } from './report';
import { countChecks } from './report';

const LABEL: Record<ExerciseReport['status'], string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  passed: 'passed',
  error: 'error',
  timeout: 'timeout',
};

function pad(cells: string[][]): string[] {
  const widths = cells[0]!.map((_, col) => Math.max(...cells.map((row) => row[col]!.length)));
  return cells.map((row) =>
    row
      .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col]!)))
      .join('   ')
      .trimEnd(),
  );
}

export function formatTable(exercises: ExerciseReport[]): string[] {
  const rows = exercises.map((e) => {
    const ran = e.tests.filter((t) => t.status !== 'skipped');
    const checks = ran.length === 0 ? '-' : `${ran.filter((t) => t.status === 'passed').length}/${e.tests.length}`;
    const status = LABEL[e.status] + ((e.kitModified?.length ?? 0) > 0 ? ' (kit modified)' : e.testsModified ? ' (tests modified)' : '');
    return [e.id, status, checks, `${e.points}/${e.maxPoints}`];
  });
  return pad([['EXERCISE', 'STATUS', 'CHECKS', 'POINTS'], ...rows]);
}

/** Up to three failed checks of each attempted exercise that is not passed. */
export function formatDetails(exercises: ExerciseReport[]): string[] {
  const lines: string[] = [];
  for (const e of exercises) {
    if (e.status === 'not_started' && !e.testsModified) continue;
    if (e.status === 'passed' && !e.testsModified && !e.kitModified) continue;
    lines.push('', `${e.id} (${LABEL[e.status]})`);
    if (e.message) lines.push(`  ${e.message}`);
    const failed = e.tests.filter((t) => t.status === 'failed');
    for (const t of failed.slice(0, 3)) lines.push(`  ✗ ${t.name}`, ...(t.message ? [`    ${t.message}`] : []));
    if (failed.length > 3) lines.push(`  … and ${failed.length - 3} more failed checks`);
  }
  return lines;
}

export function formatNext(exercises: ExerciseReport[]): string | undefined {
  const next = exercises.find((e) => e.status !== 'passed');
  if (!next) return undefined;
  return `Next: exercises/${next.id}/README.md (stuck? npm run hint -- ${next.id.slice(0, 2)})`;
}

/** The line CI reads, always last: the checks of the exercises graded in this run, plus the kit's tests. */
export function summaryLine(graded: ExerciseReport[], kitTests: KitTestsSummary | null): string {
  const checks = countChecks(graded);
  const passed = checks.passed + (kitTests?.passed ?? 0);
  const failed = checks.failed + (kitTests?.failed ?? 0);
  return `tests: ${passed} passed, ${failed} failed`;
}

/** The line above the table: what graded (the kit as shipped, modified, or not verifiable) and the seed to replay. */
export function formatKitLine(kit: KitInfo, seed: number): string {
  const replay = `seed ${seed} (\`npm test -- --seed=${seed}\` replays it)`;
  if (kit.integrity === 'verified') return `Kit: as committed (${kit.commit?.slice(0, 12) ?? '?'}), ${replay}`;
  if (kit.integrity === 'unverifiable') return `Kit integrity not verifiable: no git; ${replay}`;
  const shown = kit.modified.slice(0, 4).join(', ') + (kit.modified.length > 4 ? ` and ${kit.modified.length - 4} more` : '');
  const one = kit.modified.length === 1;
  return `Kit MODIFIED: ${shown} ${one ? 'differs' : 'differ'} from commit ${kit.commit?.slice(0, 12) ?? '?'}; exercises depending on ${one ? 'it' : 'them'} earn 0 (restore with \`git checkout -- <file>\`); ${replay}`;
}
