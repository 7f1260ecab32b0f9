// -v and --mount as moby docker-v29.7.2 daemon/volume/mounts/linux_parser.go and docker/cli v29.7.2 opts/mount.go parse them.
import { describe, expect, it } from 'vitest';
import { readMountOpt } from '../../../engine/commands/container/mount-opt';
import { MountSpecError, mountRequestOf, parseVolumeFlag } from '../../../engine/model/mounts';

const v = (raw: string) => parseVolumeFlag(raw, '/home/learner', '/home/learner/app');

describe('mount specs', () => {
  it('reads -v: a name is a volume, an absolute or ./ or ~ path a bind, one path an anonymous volume', () => {
    expect(v('data:/data')).toEqual({
      type: 'volume',
      source: 'data',
      destination: '/data',
      readOnly: false,
      mode: 'z',
      via: '-v',
      noCopy: false,
    });
    expect(v('./site:/usr/share/nginx/html:ro')).toEqual({
      type: 'bind',
      source: '/home/learner/app/site',
      destination: '/usr/share/nginx/html',
      readOnly: true,
      mode: 'ro',
      via: '-v',
      noCopy: false,
    });
    expect(v('~/app:/app').source).toBe('/home/learner/app');
    expect(v('/data')).toEqual({ type: 'volume', destination: '/data', readOnly: false, mode: 'z', via: '-v', noCopy: false });
  });

  it('refuses bad -v specs with the daemon or CLI words', () => {
    const text = (raw: string) => {
      try {
        v(raw);
        return 'accepted';
      } catch (e) {
        return e instanceof MountSpecError ? `${e.side}: ${e.text}` : String(e);
      }
    };
    expect(text('data:/data:bogus')).toBe('daemon: invalid mode: bogus');
    expect(text('/data:ro')).toBe("daemon: invalid volume specification: '/data:ro'");
    expect(text('data:/')).toBe(
      "daemon: invalid volume specification: 'data:/': invalid mount config for type \"volume\": invalid specification: destination can't be '/'",
    );
    expect(text('a:b:c:d')).toBe('cli: invalid spec: a:b:c:d: too many colons');
  });

  it("takes the --mount fields the CLI read, with the daemon's checks", () => {
    const parseMountFlag = (raw: string, cwd: string) => mountRequestOf(readMountOpt(raw), cwd);
    expect(parseMountFlag('type=volume,src=data,dst=/data,readonly', '/w')).toEqual({
      type: 'volume',
      source: 'data',
      destination: '/data',
      readOnly: true,
      mode: '',
      via: '--mount',
      noCopy: false,
    });
    expect(() => parseMountFlag('type=volume,src=data', '/w')).toThrow(
      'invalid mount config for type "volume": field Target must not be empty',
    );
    expect(parseMountFlag('type=bind,src=./site,dst=/srv,bind-create-src', '/w')).toEqual({
      type: 'bind',
      source: '/w/site',
      destination: '/srv',
      readOnly: false,
      mode: '',
      via: '--mount',
      noCopy: false,
      createSource: true,
    });
  });
});
