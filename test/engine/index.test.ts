// The engine's public surface is deliberate: this guards the list of runtime exports.
import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/index';

describe('engine/index.ts', () => {
  it('exports exactly createHost and the two helpers the views use', () => {
    expect(Object.keys(engine).sort()).toEqual(['CLEAR_SCREEN', 'createHost', 'humanSize', 'psSizeColumn']);
  });

  it('a host is deterministic for a seed and a clock', () => {
    const lines = ['docker run -d nginx', 'docker run -d --name web -p 8080:80 nginx', 'docker ps -a', 'docker images'];
    const run = () => {
      const host = engine.createHost({ seed: 42, now: () => Date.UTC(2026, 10, 27) });
      return lines.map((l) => host.execute(l));
    };
    expect(run()).toEqual(run());
    const other = engine.createHost({ seed: 43, now: () => Date.UTC(2026, 10, 27) });
    expect(other.execute(lines[0]!).stdout).not.toBe(run()[0]!.stdout);
  });
});
