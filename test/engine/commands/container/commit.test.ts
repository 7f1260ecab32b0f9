// docker commit's history entry: created_by is the container's Cmd joined by spaces, without the
// entrypoint (moby daemon/containerd/image_commit.go); the comment is -m.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker commit history entry', () => {
  it('records the Cmd, not the entrypoint', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec web touch /tmp/x');
    run('docker commit -m hello web mine');
    expect(run('docker history --no-trunc --format "{{.CreatedBy}}|{{.Comment}}" mine').stdout.split('\n')[0]).toBe('nginx -g daemon off;|hello');
  });

  it('records the command given to run', () => {
    const { run } = testHost();
    run('docker run --name w1 alpine sh -c "echo hi > /hi.txt"');
    run('docker commit w1 mine');
    expect(run('docker history --no-trunc --format "{{.CreatedBy}}" mine').stdout.split('\n')[0]).toBe('sh -c echo hi > /hi.txt');
  });
});
