// `docker history` formats: docker/cli cli/command/image/formatter_history.go.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker history formats', () => {
  it('-q with a custom format keeps the format; -q alone prints IDs', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run("docker history -q --format '{{.Size}}' alpine").stdout).toBe('0B\n8.44MB\n');
    expect(run('docker history -q alpine').stdout).toBe('dc18bed2187c\n<missing>\n');
  });
});
