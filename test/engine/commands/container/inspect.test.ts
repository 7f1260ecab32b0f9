// inspect's port maps: HostConfig.PortBindings is what -p asked for (no address → ""), and
// NetworkSettings.Ports what is bound now (0.0.0.0 and :: each; exposed but unpublished → null),
// keys sorted as Go marshals a map.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker inspect port maps', () => {
  it('lists every binding of a container port, on IPv4 and IPv6', () => {
    const { run } = testHost();
    run('docker run -d --name web -p 8080:80 -p 127.0.0.1:8081:80 -p 9000:9000/udp nginx');
    expect(run('docker inspect --format "{{json .HostConfig.PortBindings}}" web').stdout).toBe(
      '{"80/tcp":[{"HostIp":"","HostPort":"8080"},{"HostIp":"127.0.0.1","HostPort":"8081"}],"9000/udp":[{"HostIp":"","HostPort":"9000"}]}\n',
    );
    expect(run('docker inspect --format "{{json .NetworkSettings.Ports}}" web').stdout).toBe(
      '{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"},{"HostIp":"127.0.0.1","HostPort":"8081"}],"9000/udp":[{"HostIp":"0.0.0.0","HostPort":"9000"},{"HostIp":"::","HostPort":"9000"}]}\n',
    );
  });

  it('shows an exposed port nobody published as null while running, and nothing once stopped', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker inspect --format "{{json .HostConfig.PortBindings}} {{json .NetworkSettings.Ports}}" web').stdout).toBe(
      '{} {"80/tcp":null}\n',
    );
    run('docker stop web');
    expect(run('docker inspect --format "{{json .NetworkSettings.Ports}}" web').stdout).toBe('{}\n');
  });
});

// NetworkSettings.Networks (moby docker-v29.7.2 api/types/network/endpoint.go EndpointSettings,
// in field order): created → the bridge entry, empty; started → NetworkID and the operational
// fields (daemon/network.go); stopped → cleanOperationalData keeps only NetworkID.
describe('docker inspect NetworkSettings.Networks', () => {
  const empty = {
    IPAMConfig: null,
    Links: null,
    Aliases: null,
    DriverOpts: null,
    GwPriority: 0,
    NetworkID: '',
    EndpointID: '',
    Gateway: '',
    IPAddress: '',
    MacAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    DNSNames: null,
  };
  const networks = (run: (l: string) => { stdout: string }, name: string) =>
    JSON.parse(run(`docker inspect --format "{{json .NetworkSettings.Networks}}" ${name}`).stdout) as Record<
      string,
      Record<string, unknown>
    >;

  it('follows the container from created to running to stopped, with the address its /etc/hosts names', () => {
    const { run } = testHost();
    run('docker create --name web nginx');
    const created = run('docker inspect --format "{{json .NetworkSettings.Networks}}" web').stdout;
    // The keys in moby's order, exactly.
    expect(created).toBe(`${JSON.stringify({ bridge: empty })}\n`);
    run('docker start web');
    const bridge = networks(run, 'web').bridge!;
    const hostsLine = run('docker exec web cat /etc/hosts').stdout.trim().split('\n').pop()!;
    expect(hostsLine).toBe('172.17.0.2\tweb'.replace('web', run('docker exec web hostname').stdout.trim()));
    expect(bridge).toEqual({
      ...empty,
      NetworkID: expect.stringMatching(/^[a-f0-9]{64}$/),
      EndpointID: expect.stringMatching(/^[a-f0-9]{64}$/),
      Gateway: '172.17.0.1',
      IPAddress: '172.17.0.2',
      MacAddress: expect.stringMatching(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/),
      IPPrefixLen: 16,
    });
    // A random MAC is unicast and locally administered (bridge_linux.go GenerateRandomMAC).
    expect(parseInt(String(bridge.MacAddress).slice(0, 2), 16) & 0x03).toBe(0x02);
    expect(bridge.NetworkID).not.toBe(bridge.EndpointID);
    run('docker stop web');
    expect(networks(run, 'web')).toEqual({ bridge: { ...empty, NetworkID: bridge.NetworkID } });
    run('docker start web');
    const again = networks(run, 'web').bridge!;
    expect(again.NetworkID).toBe(bridge.NetworkID);
    expect(again.IPAddress).toBe('172.17.0.2');
  });

  it("answers the docs' range example per container, and .NetworkSettings.IPAddress is gone as in Docker 29", () => {
    const { run } = testHost();
    run('docker run -d --name one nginx');
    run('docker run -d --name two nginx');
    run('docker create --name three nginx');
    expect(run("docker inspect -f '{{range.NetworkSettings.Networks}}{{.IPAddress}}{{end}}' one two three")).toEqual({
      stdout: '172.17.0.2\n172.17.0.3\n\n',
      stderr: '',
      exitCode: 0,
    });
    expect(
      run("docker inspect -f '{{range $name, $ep := .NetworkSettings.Networks}}{{$name}} {{$ep.Gateway}}/{{$ep.IPPrefixLen}}{{end}}' one"),
    ).toEqual({
      stdout: 'bridge 172.17.0.1/16\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run("docker inspect -f '{{.NetworkSettings.IPAddress}}' one").exitCode).toBe(1);
  });
});
