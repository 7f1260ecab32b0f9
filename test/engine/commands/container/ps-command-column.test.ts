// ps's COMMAND is the daemon's Path plus args, an arg holding a space wrapped in single quotes
// (moby daemon/list.go), then strconv.Quote(Ellipsis(…, 20)) unless --no-trunc.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker ps COMMAND column', () => {
  it('single-quotes arguments that hold a space', () => {
    const { run } = testHost();
    run('docker run -d --name w1 nginx');
    run('docker run --name w2 alpine sh -c "echo hi there"');
    run('docker run --name w3 alpine true');
    expect(run('docker ps -a --no-trunc --format "{{.Command}}"').stdout).toBe(
      `"true"\n"sh -c 'echo hi there'"\n"/docker-entrypoint.sh nginx -g 'daemon off;'"\n`,
    );
    expect(run('docker ps -a --format "{{.Command}}"').stdout).toBe(`"true"\n"sh -c 'echo hi ther…"\n"/docker-entrypoint.…"\n`);
  });
});
