// Flags that change what a command prints or does, checked against Docker 29's output.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('history --format and -H', () => {
  // image/formatter_history.go nonHumanHistoryTableFormat: -H=false shows {{.CreatedAt}}, headed CREATED AT.
  it('-H=false prints raw byte sizes and RFC 3339 dates under CREATED AT', () => {
    const { run, host, advance } = testHost();
    run('docker pull alpine');
    advance(3_600_000);
    const image = host.snapshot().images[0]!;
    const human = run('docker history alpine').stdout.split('\n');
    const raw = run('docker history -H=false alpine').stdout.split('\n');
    expect(raw[0]).toMatch(/^IMAGE {10}CREATED AT {13}CREATED BY {38}SIZE {6}COMMENT$/);
    expect(raw[1]).toMatch(/^[0-9a-f]{12} {3}\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ {3}/);
    expect(human[1]).toContain(' ago ');
    // The ADD row's raw size is the image's one layer's byte count, with no unit.
    expect(raw[2]).toMatch(new RegExp(`\\s${image.size}\\s`));
    expect(raw[2]).not.toMatch(/\dMB|\dkB/);
  });

  it('--format renders the named fields, and CreatedAt is RFC 3339', () => {
    const { run } = testHost();
    run('docker pull alpine');
    const out = run(`docker history --format '{{.ID}}|{{.Size}}|{{.CreatedAt}}' alpine`).stdout.split('\n');
    expect(out[0]).toMatch(/^[0-9a-f]{12}\|0B\|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(out[1]).toMatch(/^<missing>\|[\d.]+MB\|/);
    expect(run(`docker history --format 'table {{.ID}}\\t{{.Size}}' -H=false alpine`).stdout.split('\n')[0]).toBe('IMAGE          SIZE');
  });
});

describe('version and info --format', () => {
  it('reads one field, or the whole document with json', () => {
    const { run } = testHost();
    expect(run("docker version --format '{{.Server.Version}}'")).toEqual({ stdout: '29.7.2\n', stderr: '', exitCode: 0 });
    // clientVersion's field is APIVersion (JSON tag ApiVersion): the template sees the Go name only.
    expect(run("docker version -f '{{.Client.APIVersion}}'").stdout).toBe('1.52\n');
    expect(run("docker version -f '{{.Client.ApiVersion}}'")).toEqual({
      stdout: '\n',
      stderr:
        'template: version:1:9: executing "version" at <.Client.ApiVersion>: can\'t evaluate field ApiVersion in type system.clientVersion\n',
      exitCode: 1,
    });
    const doc = JSON.parse(run("docker version --format '{{json .}}'").stdout) as {
      Client: { Version: string };
      Server: { Components: Array<{ Name: string }> };
    };
    expect(doc.Client.Version).toBe('29.7.2');
    expect(doc.Server.Components.map((c) => c.Name)).toEqual(['Engine', 'containerd', 'runc', 'docker-init']);
  });

  it('info --format sees the host state', () => {
    const { run } = testHost();
    run('docker run -d nginx');
    run('docker run hello-world');
    expect(run("docker info --format '{{.ServerVersion}}'").stdout).toBe('29.7.2\n');
    expect(run("docker info -f '{{.Containers}} {{.ContainersRunning}} {{.ContainersStopped}} {{.Images}}'").stdout).toBe('2 1 1 2\n');
    expect((JSON.parse(run("docker info --format '{{json .}}'").stdout) as { OSType: string }).OSType).toBe('linux');
  });
});

describe('inspect --size and --type', () => {
  it('--size adds SizeRw and SizeRootFs to containers only', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec web sh -c "echo hi > /hello"');
    const [plain] = JSON.parse(run('docker inspect web').stdout) as Array<Record<string, unknown>>;
    expect(plain).not.toHaveProperty('SizeRw');
    const [sized] = JSON.parse(run('docker inspect --size web').stdout) as Array<{ SizeRw: number; SizeRootFs: number }>;
    const imageSize = host.snapshot().images[0]!.size;
    expect(sized!.SizeRw).toBeGreaterThan(0);
    expect(sized!.SizeRootFs).toBe(sized!.SizeRw + imageSize);
    expect(run("docker container inspect -s -f '{{.SizeRootFs}}' web").stdout).toBe(`${sized!.SizeRootFs}\n`);
  });

  it('--type restricts the lookup and rejects unknown types', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run("docker inspect --type container -f '{{.Name}}' web").stdout).toBe('/web\n');
    expect(run('docker inspect --type image web')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such image: web:latest\n',
      exitCode: 1,
    });
    expect(run('docker inspect --type container nginx')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such container: nginx\n',
      exitCode: 1,
    });
    expect(run("docker inspect --type=image -f '{{.Os}}' nginx").stdout).toBe('linux\n');
    expect(run('docker inspect --type box web')).toEqual({ stdout: '', stderr: '"box" is not a valid value for --type\n', exitCode: 1 });
  });
});

describe('stop and kill --signal', () => {
  const exitCode = (run: (l: string) => { stdout: string }, name: string) => run(`docker inspect -f '{{.State.ExitCode}}' ${name}`).stdout;

  it('kill sends SIGKILL by default: 137, shown by ps -a', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker kill web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(exitCode(run, 'web')).toBe('137\n');
    expect(run('docker ps -a --format "{{.Status}}"').stdout).toBe('Exited (137) Less than a second ago\n');
  });

  it('nginx shuts down cleanly on TERM or QUIT; a signal PID 1 has no handler for is ignored', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker run -d --name sleeper alpine sleep 1000');
    expect(run('docker kill -s HUP web').stdout).toBe('web\n');
    expect(run('docker ps --format "{{.Names}}"').stdout).toBe('sleeper\nweb\n');
    expect(run('docker kill --signal SIGTERM sleeper').stdout).toBe('sleeper\n');
    expect(run('docker inspect -f "{{.State.Running}}" sleeper').stdout).toBe('true\n');
    run('docker kill -s quit web');
    expect(exitCode(run, 'web')).toBe('0\n');
    run('docker kill -s 9 sleeper');
    expect(exitCode(run, 'sleeper')).toBe('137\n');
  });

  it('an unknown signal is the daemon error', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker kill -s BOGUS web')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: cannot kill container: web: Invalid signal: BOGUS\n',
      exitCode: 1,
    });
    expect(run('docker stop -s 99 web').stderr).toBe('Error response from daemon: Invalid signal: 99\n');
    expect(run('docker inspect -f "{{.State.Running}}" web').stdout).toBe('true\n');
  });

  it('stop --signal KILL and stop -t 0 end with 137; a plain stop of nginx with 0', () => {
    const { run } = testHost();
    for (const n of ['aa', 'bb', 'cc']) run(`docker run -d --name ${n} nginx`);
    run('docker stop aa');
    run('docker stop --signal SIGKILL bb');
    run('docker stop -t 0 cc');
    expect([exitCode(run, 'aa'), exitCode(run, 'bb'), exitCode(run, 'cc')]).toEqual(['0\n', '137\n', '137\n']);
  });
});

describe('{{json}} in list formats', () => {
  // {{json .}} goes through the row's MarshalJSON (json.Marshal: HTML-safe); {{json .ID}} through the
  // CLI's encoder with SetEscapeHTML(false) (templates/templates.go formatJSON).
  it('ps, images and history print each row as Go marshals it: sorted keys, HTML-safe only for whole rows', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const row = JSON.parse(run("docker ps --format '{{json .}}'").stdout) as Record<string, string>;
    expect(row.Names).toBe('web');
    expect(Object.keys(row)).toEqual([...Object.keys(row)].sort());
    expect(run("docker ps --format '{{json .Names}}'").stdout).toBe('"web"\n');
    expect(run("docker history --format '{{json .ID}}' nginx").stdout.split('\n')[1]).toBe('"<missing>"');
    expect(run("docker history --format '{{json .}}' nginx").stdout.split('\n')[1]).toContain('"ID":"\\u003cmissing\\u003e"');
    expect(run("docker inspect -f '{{json .Name}}' web").stdout).toBe('"/web"\n');
  });
});

describe('--filter value format', () => {
  it('rejects a filter without "="', () => {
    expect(testHost().run('docker ps --filter name')).toEqual({
      stdout: '',
      stderr:
        'invalid argument "name" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker ps [OPTIONS]\n\nRun \'docker ps --help\' for more information\n',
      exitCode: 125,
    });
    expect(testHost().run('docker container prune -f --filter until').stderr).toBe(
      'invalid argument "until" for "--filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker container prune [OPTIONS]\n\nRun \'docker container prune --help\' for more information\n',
    );
  });

  it('ignores an empty filter', () => {
    expect(testHost().run('docker ps --filter ""')).toEqual({
      stdout: 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
      stderr: '',
      exitCode: 0,
    });
  });
});
