// engine/cli/dispatch.ts: real Docker commands this host does not simulate say so (never "unknown
// command"); words Docker does not know keep its own error (cmd/docker/docker.go RunE).
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('docker commands this host does not simulate', () => {
  it('say the command exists in Docker and what to use here', () => {
    const { run } = testHost();
    expect(run('docker compose up -d')).toEqual({
      stdout: '',
      stderr:
        "docker: 'docker compose' is a Docker command, but this workshop host does not simulate it.\nStart each service with its own `docker run -d --name … -p …`.\n",
      exitCode: 1,
    });
    expect(run('docker login')).toEqual({
      stdout: '',
      stderr:
        "docker: 'docker login' is a Docker command, but this workshop host does not simulate it.\nThere is no registry here: the bundled images come with the kit, and `docker pull` works offline.\n",
      exitCode: 1,
    });
    expect(run('docker plugin ls')).toEqual({
      stdout: '',
      stderr: "docker: 'docker plugin' is a Docker command, but this workshop host does not simulate it.\n",
      exitCode: 1,
    });
    expect(run('docker container wait web')).toEqual({
      stdout: '',
      stderr:
        'docker: \'docker container wait\' is a Docker command, but this workshop host does not simulate it.\n`docker ps -a` shows each exit code (`Exited (N)`), `docker inspect -f "{{.State.ExitCode}}" NAME` one.\n',
      exitCode: 1,
    });
  });

  it("an unknown word keeps Docker 29's own error", () => {
    const { run } = testHost();
    expect(run('docker nope')).toEqual({
      stdout: '',
      stderr: "docker: unknown command: docker nope\n\nRun 'docker --help' for more information\n",
      exitCode: 1,
    });
    expect(run('docker container nope')).toEqual({
      stdout: '',
      stderr:
        "docker: unknown command: docker container nope\n\nUsage:  docker container COMMAND\n\nRun 'docker container --help' for more information\n",
      exitCode: 1,
    });
  });
});

// Moved from the flat test files (tests mirror the source).
describe('bad input', () => {
  it.each([
    ['docker foo', '', "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n", 1],
    ['docker ps --foo', '', "unknown flag: --foo\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", 125],
    [
      'docker ps -z',
      '',
      "unknown shorthand flag: 'z' in -z\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
      125,
    ],
    [
      'docker rm',
      '',
      "docker: 'docker rm' requires at least 1 argument\n\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker rm --help' for more information\n",
      1,
    ],
    [
      'docker container foo',
      '',
      "docker: unknown command: docker container foo\n\nUsage:  docker container COMMAND\n\nRun 'docker container --help' for more information\n",
      1,
    ],
    ['docker stop nope', '', 'Error response from daemon: No such container: nope\n', 1],
    [
      'docker run Nginx',
      '',
      "docker: invalid reference format: repository name (library/Nginx) must be lowercase\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker pull nosuch',
      'Using default tag: latest\n',
      "Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login'\n",
      1,
    ],
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
