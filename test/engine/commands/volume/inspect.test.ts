// moby api/types/volume.Volume; Mountpoint and CreatedAt (RFC 3339, seconds) from daemon/volume/local/local.go.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker volume inspect', () => {
  it('shows where the data lives on the host', () => {
    const { run } = testHost();
    run('docker volume create --label team=web data');
    expect(run('docker volume inspect data')).toEqual({
      stdout: `[
    {
        "CreatedAt": "2026-11-27T10:00:00Z",
        "Driver": "local",
        "Labels": {
            "team": "web"
        },
        "Mountpoint": "/var/lib/docker/volumes/data/_data",
        "Name": "data",
        "Options": {},
        "Scope": "local"
    }
]
`,
      stderr: '',
      exitCode: 0,
    });
    expect(run('docker volume inspect -f "{{.Mountpoint}}" data nope')).toEqual({
      stdout: '/var/lib/docker/volumes/data/_data\n',
      stderr: 'Error response from daemon: get nope: no such volume\n',
      exitCode: 1,
    });
  });
});
