// An image ID is not a name to pull (distribution/reference ParseAnyReference): run/create by a
// missing ID report the daemon's "No such image" at once; a present one runs.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

const HEX = 'a'.repeat(64);

describe('run by image ID', () => {
  it.each([HEX, `sha256:${HEX}`])('%s, missing, is "No such image" without a pull', (input) => {
    expect(testHost().run(`docker run ${input}`)).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: No such image: sha256:${HEX}\n\nRun 'docker run --help' for more information\n`,
      exitCode: 125,
    });
  });

  it('runs a present image given by its full ID, bare or with sha256:', () => {
    const { run, host } = testHost();
    run('docker pull alpine');
    const id = host.snapshot().images[0]!.id;
    expect(run(`docker run ${id.slice(7)} echo ok`)).toEqual({ stdout: 'ok\n', stderr: '', exitCode: 0 });
    expect(run(`docker run ${id} echo ok`)).toEqual({ stdout: 'ok\n', stderr: '', exitCode: 0 });
  });
});
