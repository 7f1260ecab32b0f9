// docker info: counts of containers by state and of images.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('classic images table and info', () => {
  it('info counts containers by state and images', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker create --name idle nginx');
    const info = run('docker info').stdout;
    expect(info).toContain(' Containers: 2\n  Running: 1\n  Paused: 0\n  Stopped: 1\n Images: 1\n');
  });
});
