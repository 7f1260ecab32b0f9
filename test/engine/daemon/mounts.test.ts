// Where the data goes: writes under a mount go to the volume or the host directory, not to the
// writable layer (moby docker-v29.7.2 daemon/volumes.go registerMountPoints; an image's VOLUME gets
// an anonymous volume, daemon/create_unix.go; rm -v / --rm take anonymous volumes, daemon/delete.go).
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('mounts', () => {
  it('a volume keeps data out of diff, ps -s and commit, and across a container replacement', () => {
    const { run } = testHost();
    run('docker run -d --name db1 -v data:/data alpine sleep 1000');
    run('docker exec db1 sh -c "echo kept > /data/note && echo lost > /tmp/note"');
    expect(run('docker diff db1')).toEqual({ stdout: 'C /tmp\nA /tmp/note\n', stderr: '', exitCode: 0 });
    run('docker commit db1 snap');
    expect(run('docker run --rm snap cat /data/note')).toEqual({
      stdout: '',
      stderr: "cat: can't open '/data/note': No such file or directory\n",
      exitCode: 1,
    });
    run('docker rm -f db1');
    expect(run('docker run --rm -v data:/data alpine cat /data/note')).toEqual({ stdout: 'kept\n', stderr: '', exitCode: 0 });
    expect(run('docker run --rm -v data:/data:ro alpine touch /data/x')).toEqual({
      stdout: '',
      stderr: 'touch: /data/x: Read-only file system\n',
      exitCode: 1,
    });
  });

  it("an image's VOLUME gets an anonymous volume, which rm -v removes and plain rm leaves", () => {
    const { run } = testHost();
    run('docker run -d --name r1 redis');
    const name = run('docker volume ls -q').stdout.trim();
    expect(name).toMatch(/^[a-f0-9]{64}$/);
    expect(run('docker inspect -f "{{json .Mounts}}" r1').stdout).toBe(
      `[{"Type":"volume","Name":"${name}","Source":"/var/lib/docker/volumes/${name}/_data","Destination":"/data","Driver":"local","Mode":"","RW":true,"Propagation":""}]\n`,
    );
    expect(run('docker volume inspect -f "{{json .Labels}}" ' + name).stdout).toBe('{"com.docker.volume.anonymous":""}\n');
    run('docker rm -f r1');
    expect(run('docker volume ls -q').stdout).toBe(`${name}\n`);
    run('docker run -d --name r2 redis');
    run('docker rm -fv r2');
    expect(run('docker volume ls -q').stdout).toBe(`${name}\n`);
  });

  it('a bind mount is the host directory itself, both ways', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker run --rm -v ~/app:/app alpine ls /app')).toEqual({ stdout: 'Dockerfile\nindex.html\n', stderr: '', exitCode: 0 });
    run('docker run --rm --mount type=bind,src=/tmp,dst=/out alpine sh -c "echo from-container > /out/f"');
    expect(run('cat /tmp/f')).toEqual({ stdout: 'from-container\n', stderr: '', exitCode: 0 });
    expect(run('docker run --rm --mount type=bind,src=/nope,dst=/x alpine true')).toEqual({
      stdout: '',
      stderr:
        'docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope\n\nRun \'docker run --help\' for more information\n',
      exitCode: 125,
    });
  });

  it('system df counts volumes and what is reclaimable', () => {
    const { run } = testHost();
    run('docker run --rm -v data:/data alpine sh -c "echo 12345 > /data/f"');
    expect(run('docker system df').stdout.split('\n')[3]).toBe('Local Volumes   1         0         6B        6B (100%)');
  });
});
