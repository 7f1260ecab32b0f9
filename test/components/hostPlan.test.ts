import { describe, expect, it } from 'vitest';
import { planLines, type LiveEntry } from '../../composables/hostPlan';

const lines = (plan: ReturnType<typeof planLines>) => plan.map((p) => `${p.source}:${p.clearScreen ? '^L' : p.line}`);

describe('planLines', () => {
  const setup = ['docker pull nginx'];
  const script = ['docker run -d --name web nginx', 'docker ps'];
  const live: LiveEntry[] = [
    { step: 0, line: 'docker images' },
    { step: 1, line: 'docker logs web' },
    { step: 1, clearScreen: true },
    { step: 2, line: 'docker stop web' },
  ];

  it('interleaves live lines after the script line they were typed after', () => {
    expect(lines(planLines({ setup, script, step: 2, live }))).toEqual([
      'setup:docker pull nginx',
      'live:docker images',
      'script:docker run -d --name web nginx',
      'live:docker logs web',
      'live:^L',
      'script:docker ps',
      'live:docker stop web',
    ]);
  });

  it('hides what was typed at a later click while the presenter is back on an earlier one', () => {
    expect(lines(planLines({ setup, script, step: 1, live }))).toEqual([
      'setup:docker pull nginx',
      'live:docker images',
      'script:docker run -d --name web nginx',
      'live:docker logs web',
      'live:^L',
    ]);
  });

  it('clamps the step to the script', () => {
    expect(planLines({ setup: [], script, step: 9, live: [] })).toHaveLength(2);
    expect(planLines({ setup: [], script, step: -1, live: [] })).toHaveLength(0);
  });
});
