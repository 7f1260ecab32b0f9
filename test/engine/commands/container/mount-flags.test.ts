// --mount as docker/cli v29.7.2 reads it: opts/mount.go MountOpt.Set and opts/mount_utils.go run
// while pflag parses the flags, so a refused value is pflag's InvalidValueError
// (vendor/github.com/spf13/pflag/errors.go: `invalid argument %q for %q flag: %v`) shown by
// cli/cobra.go FlagErrorFunc (usage, "Run '… --help'", exit 125) before any argument or image is
// looked at. What the CLI accepts goes on to the daemon's checks (moby daemon/volume/mounts/linux_parser.go).
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

const RUN_USAGE = "\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n";

/** What `docker run --mount <value> alpine true` prints when the CLI refuses the value. */
const refused = (value: string, reason: string) => ({
  stdout: '',
  stderr: `invalid argument ${JSON.stringify(value)} for "--mount" flag: ${reason}${RUN_USAGE}`,
  exitCode: 125,
});

describe('docker run --mount: values the CLI refuses', () => {
  const cases: [string, string][] = [
    ['src', "invalid field 'src' must be a key=value pair"],
    ['type=volume,dst=/data,', "invalid field '' must be a key=value pair"],
    ['foo=bar,dst=/x', "unknown option 'foo' in 'foo=bar'"],
    ['Type=volume,X=y', "unknown option 'x' in 'X=y'"],
    [
      'type=volume,dst=/data,readonly=yes',
      `invalid value for 'readonly': invalid boolean value ("yes"): must be one of "true", "1", "false", or "0" (default "true")`,
    ],
    [
      'type=volume,dst=/data,ro=TRUE',
      `invalid value for 'ro': invalid boolean value ("TRUE"): must be one of "true", "1", "false", or "0" (default "true")`,
    ],
    ['Src= ,dst=/data', "invalid value for 'Src': value is empty"],
    ['type=volume, dst=/data', "invalid option 'dst' in ' dst=/data': option should not have whitespace"],
    ['type=volume,dst= /data', "invalid value for 'dst' in 'dst= /data': value should not have whitespace"],
    ['type=bind,src=/tmp,dst=/x,bind-nonrecursive', 'bind-nonrecursive is deprecated, use bind-recursive=disabled instead'],
    [
      'type=bind,src=/tmp,dst=/x,bind-recursive=off',
      'invalid value for bind-recursive: off (must be "enabled", "disabled", "writable", or "readonly")',
    ],
    [
      'type=bind,src=/tmp,dst=/x,bind-recursive=writable',
      "option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction",
    ],
    [
      'type=bind,src=/tmp,dst=/x,bind-recursive=readonly,ro',
      "option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction",
    ],
    ['type=volume,dst=/x,bind-propagation=rshared', "cannot mix 'bind-*' options with mount type 'volume'"],
    ['type=bind,src=/tmp,dst=/x,volume-nocopy', "cannot mix 'volume-*' options with mount type 'bind'"],
    ['dst=/x,tmpfs-size=64m', "cannot mix 'tmpfs-*' options with mount type 'volume'"],
    ['type=tmpfs,dst=/x,tmpfs-size=lots', 'invalid value for tmpfs-size: lots'],
    ['type=tmpfs,dst=/x,tmpfs-mode=999', 'invalid value for tmpfs-mode: 999'],
    ['type=volume,dst=/x,image-subpath=/a', "cannot mix 'image-*' options with mount type 'volume'"],
    // Go's encoding/csv reads the value: columns are 1-based byte positions on line 1.
    ['type=bind,src="/tmp"x,dst=/x', 'parse error on line 1, column 15: bare " in non-quoted-field'],
    ['type=bind,"src=/tmp"x,dst=/x', 'parse error on line 1, column 20: extraneous or missing " in quoted-field'],
    ['type=bind,src=/tmpé"x,dst=/x', 'parse error on line 1, column 21: bare " in non-quoted-field'],
    ['type=bind,"src=/tmp', 'parse error on line 1, column 20: extraneous or missing " in quoted-field'],
  ];
  it.each(cases)('--mount %s', (value, reason) => {
    const { run } = testHost();
    expect(run(`docker run --mount '${value}' alpine true`)).toEqual(refused(value, reason));
  });

  it('an empty value, and one of spaces, is "value is empty" (the value is quoted as typed)', () => {
    const { run } = testHost();
    expect(run("docker run --mount '  ' alpine true")).toEqual(refused('  ', 'value is empty'));
  });

  it('is refused while the flags are parsed: before the missing image argument, and for create too', () => {
    const { run } = testHost();
    expect(run('docker run --mount src')).toEqual(refused('src', "invalid field 'src' must be a key=value pair"));
    expect(run('docker create --mount=src alpine')).toEqual({
      stdout: '',
      stderr:
        'invalid argument "src" for "--mount" flag: invalid field \'src\' must be a key=value pair\n\nUsage:  docker create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker create --help\' for more information\n',
      exitCode: 125,
    });
    // Nothing was pulled or created.
    expect(run('docker ps -a -q')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('docker images -q')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});

describe('docker run --mount: values the CLI takes', () => {
  it('quoted CSV fields, "" as a quote, upper-case keys and types, 1/0 booleans', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(
      run('docker run --rm --mount \'"TYPE=VOLUME","SRC=data",dst=/data,ro=0\' alpine sh -c "echo ok > /data/f && cat /data/f"'),
    ).toEqual({
      stdout: 'ok\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run('docker run --rm --mount type=volume,src=data,dst=/data,readonly=1 alpine touch /data/g')).toEqual({
      stdout: '',
      stderr: 'touch: /data/g: Read-only file system\n',
      exitCode: 1,
    });
  });

  it('options the kit does not act on are read and checked, then the mount works', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(
      run('docker run --rm --mount type=volume,src=data,dst=/data,volume-label=a=b,volume-driver=local,consistency=cached alpine ls /data'),
    ).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('bind-create-src makes a missing bind source instead of refusing it', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker run --rm --mount type=bind,src=/tmp/new,dst=/x alpine true')).toEqual({
      stdout: '',
      stderr:
        'docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /tmp/new\n\nRun \'docker run --help\' for more information\n',
      exitCode: 125,
    });
    expect(run('docker run --rm --mount type=bind,src=/tmp/new,dst=/x,bind-create-src alpine sh -c "echo hi > /x/f"')).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
    expect(run('cat /tmp/new/f')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
  });

  it("the daemon's checks come after the CLI's, worded as the daemon's (a missing target)", () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker run --mount type=volume,src=data alpine true')).toEqual({
      stdout: '',
      stderr:
        'docker: Error response from daemon: invalid mount config for type "volume": field Target must not be empty\n\nRun \'docker run --help\' for more information\n',
      exitCode: 125,
    });
  });
});
