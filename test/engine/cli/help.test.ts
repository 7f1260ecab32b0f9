// engine/cli/help.ts: a command's --help (usage, aliases, options).
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('bad input', () => {
  it('--help prints the usage, the aliases and the options', () => {
    const { run } = testHost();
    const help = run('docker ps --help').stdout;
    expect(
      help.startsWith(
        '\nUsage:  docker ps [OPTIONS]\n\nList containers\n\nAliases:\n  docker container ls, docker container list, docker container ps, docker ps\n\nOptions:\n',
      ),
    ).toBe(true);
    expect(help).toContain('  -a, --all             Show all containers (default shows just running)\n');
  });
});
