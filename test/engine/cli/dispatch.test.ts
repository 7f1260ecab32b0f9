// engine/cli/dispatch.ts: lines that are not a docker command Docker knows, or not docker at all: the
// whole output, and the host left as it was.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('bad input', () => {
  it.each([
    ['docker foo', '', "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n", 1],
    ['docker ps --foo', '', "unknown flag: --foo\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", 125],
    ['docker ps -z', '', "unknown shorthand flag: 'z' in -z\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", 125],
    ['docker rm', '', "docker: 'docker rm' requires at least 1 argument\n\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker rm --help' for more information\n", 1],
    ['docker container foo', '', "docker: unknown command: docker container foo\n\nUsage:  docker container COMMAND\n\nRun 'docker container --help' for more information\n", 1],
    ['docker stop nope', '', 'Error response from daemon: No such container: nope\n', 1],
    ['docker run Nginx', '', "docker: invalid reference format: repository name (library/Nginx) must be lowercase\n\nRun 'docker run --help' for more information\n", 125],
    ['docker pull nosuch', 'Using default tag: latest\n', "Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login'\n", 1],
    ['docker inspect nope', '[]\n', 'error: no such object: nope\n', 1],
    ['dokcer ps', '', 'bash: dokcer: command not found\n', 127],
    ['', '', '', 0],
  ])('%s', (line, stdout, stderr, exitCode) => {
    const { run, host } = testHost();
    const before = JSON.stringify(host.snapshot());
    expect(run(line)).toEqual({ stdout, stderr, exitCode });
    expect(JSON.stringify(host.snapshot())).toBe(before);
  });

  it('a 100 KB line and control characters get an error, not a crash', () => {
    const { run } = testHost();
    const long = run('docker run ' + 'a'.repeat(100_000));
    expect(long.exitCode).toBe(125);
    expect(run('docker \u0007ps').stderr).toBe("docker: unknown command: docker \u0007ps\n\nRun 'docker --help' for more information\n");
  });
});
