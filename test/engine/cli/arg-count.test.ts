// cobra positional-argument errors, as docker/cli's cli/required.go words them since v28:
// only RequiresMinArgs still ends in "See '…'"; the others say "Run '…'", and ExactArgs says
// "requires N arguments" without "exactly". All exit 1.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('argument-count errors', () => {
  it.each([
    [
      'docker rm',
      "docker: 'docker rm' requires at least 1 argument\n\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker rm --help' for more information\n",
    ],
    [
      'docker tag a',
      "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n",
    ],
    [
      'docker logs',
      "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n",
    ],
    [
      'docker ps x',
      "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
    ],
    [
      'docker images a b',
      "docker: 'docker images' requires at most 1 argument\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nRun 'docker images --help' for more information\n",
    ],
    [
      'docker commit a b c',
      "docker: 'docker commit' requires at least 1 and at most 2 arguments\n\nUsage:  docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]\n\nRun 'docker commit --help' for more information\n",
    ],
  ])('%s', (line, stderr) => {
    expect(testHost().run(line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });
});
