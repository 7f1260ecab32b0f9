// engine/cli/dispatch.ts: real Docker commands this host does not simulate say so (never "unknown
// command"); words Docker does not know keep its own error (cmd/docker/docker.go RunE).
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('docker commands this host does not simulate', () => {
  it('say the command exists in Docker and what to use here', () => {
    const { run } = testHost();
    expect(run('docker compose up -d')).toEqual({
      stdout: '',
      stderr: "docker: 'docker compose' is a Docker command, but this workshop host does not simulate it.\nStart each service with its own `docker run -d --name … -p …`.\n",
      exitCode: 1,
    });
    expect(run('docker login')).toEqual({
      stdout: '',
      stderr: "docker: 'docker login' is a Docker command, but this workshop host does not simulate it.\nThere is no registry here: the bundled images come with the kit, and `docker pull` works offline.\n",
      exitCode: 1,
    });
    expect(run('docker plugin ls')).toEqual({ stdout: '', stderr: "docker: 'docker plugin' is a Docker command, but this workshop host does not simulate it.\n", exitCode: 1 });
    expect(run('docker container wait web')).toEqual({
      stdout: '',
      stderr: "docker: 'docker container wait' is a Docker command, but this workshop host does not simulate it.\n`docker ps -a` shows each exit code (`Exited (N)`), `docker inspect -f \"{{.State.ExitCode}}\" NAME` one.\n",
      exitCode: 1,
    });
  });

  it('an unknown word keeps Docker 29\'s own error', () => {
    const { run } = testHost();
    expect(run('docker nope')).toEqual({ stdout: '', stderr: "docker: unknown command: docker nope\n\nRun 'docker --help' for more information\n", exitCode: 1 });
    expect(run('docker container nope')).toEqual({
      stdout: '',
      stderr: "docker: unknown command: docker container nope\n\nUsage:  docker container COMMAND\n\nRun 'docker container --help' for more information\n",
      exitCode: 1,
    });
  });
});
