// docker ps: transcripts on a fixed clock.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('the writable layer', () => {
  it('ps -s shows the writable size beside the image size', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const before = run('docker ps -s --format "{{.Size}}"').stdout;
    run("docker exec web sh -c 'echo hi > /hi'");
    const after = run('docker ps -s --format "{{.Size}}"').stdout;
    expect(before).toMatch(/^\d+B \(virtual 161MB\)\n$/);
    expect(Number(after.split('B')[0])).toBe(Number(before.split('B')[0]) + 3);
  });
});

describe('tags move, containers do not', () => {
  it('ps shows the old image ID once the name points at a new image', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    const oldId = host.snapshot().images[0]!.id;
    run('docker exec web touch /new');
    run('docker commit web nginx:latest');
    expect(run('docker ps --format "{{.Image}} {{.Names}}"').stdout).toBe(`${oldId.slice(7, 19)} web\n`);
    expect(host.snapshot().containers[0]!.imageId).toBe(oldId);
  });
});
