import { test, checkEqual } from '../../grader/harness';
import { runCommands } from '../support/commands';
import { checkText } from '../support/text-diff';
import { formatCommand, formatPorts, formatPs, formatStatus, humanDuration, type PsContainer } from './ps';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

function ctr(overrides: Partial<PsContainer> & Pick<PsContainer, 'name'>): PsContainer {
  return {
    id: `${[...overrides.name]
      .map((ch) => (ch.charCodeAt(0) % 16).toString(16))
      .join('')
      .padEnd(64, '0')}`,
    image: 'nginx',
    command: "/docker-entrypoint.sh nginx -g 'daemon off;'",
    state: 'running',
    exitCode: 0,
    ports: [],
    createdAt: NOW - 5 * MINUTE,
    startedAt: NOW - 5 * MINUTE,
    finishedAt: null,
    ...overrides,
  };
}

test('humanDuration follows go-units HumanDuration', () => {
  const cases: [number, string][] = [
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [SECOND, '1 second'],
    [59 * SECOND, '59 seconds'],
    [MINUTE, 'About a minute'],
    [119 * SECOND, 'About a minute'],
    [2 * MINUTE, '2 minutes'],
    [59 * MINUTE, '59 minutes'],
    [HOUR, 'About an hour'],
    [89 * MINUTE, 'About an hour'],
    [90 * MINUTE, '2 hours'],
    [47 * HOUR, '47 hours'],
    [48 * HOUR, '2 days'],
    [13 * DAY, '13 days'],
    [14 * DAY, '2 weeks'],
    [59 * DAY, '8 weeks'],
    [60 * DAY, '2 months'],
    [729 * DAY, '24 months'],
    [730 * DAY, '2 years'],
  ];
  for (const [ms, expected] of cases) checkEqual(humanDuration(ms), expected, `humanDuration(${ms} ms)`);
});

test('COMMAND is quoted and cut to 19 characters plus an ellipsis', () => {
  checkEqual(formatCommand('top'), '"top"', 'formatCommand("top")');
  checkEqual(formatCommand('12345678901234567890'), '"12345678901234567890"', 'a command of exactly 20 characters');
  checkEqual(formatCommand("/docker-entrypoint.sh nginx -g 'daemon off;'"), '"/docker-entrypoint.…"', 'the nginx command');
});

test('STATUS says Created, Up …, Up … (Paused) or Exited (code) … ago', () => {
  checkEqual(formatStatus(ctr({ name: 'a', state: 'created', startedAt: null }), NOW), 'Created', 'a created container');
  checkEqual(formatStatus(ctr({ name: 'b', startedAt: NOW - 3 * MINUTE }), NOW), 'Up 3 minutes', 'a running container');
  checkEqual(
    formatStatus(ctr({ name: 'c', state: 'paused', startedAt: NOW - HOUR }), NOW),
    'Up About an hour (Paused)',
    'a paused container',
  );
  checkEqual(
    formatStatus(ctr({ name: 'd', state: 'exited', exitCode: 137, finishedAt: NOW - 5 * SECOND }), NOW),
    'Exited (137) 5 seconds ago',
    'an exited container',
  );
});

test('PORTS lists host ip:port->container port/protocol, IPv6 in brackets', () => {
  checkEqual(formatPorts([]), '', 'no published ports');
  checkEqual(
    formatPorts([
      { hostIp: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
      { hostIp: '::', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
    ]),
    '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
    'one port published on IPv4 and IPv6',
  );
});

const fleet = (): PsContainer[] => [
  ctr({
    name: 'web',
    ports: [{ hostIp: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' }],
    createdAt: NOW - 2 * HOUR,
    startedAt: NOW - 2 * HOUR,
  }),
  ctr({
    name: 'cache',
    image: 'redis:8',
    command: 'docker-entrypoint.sh redis-server',
    state: 'paused',
    createdAt: NOW - 3 * MINUTE,
    startedAt: NOW - 3 * MINUTE,
  }),
  ctr({
    name: 'job',
    image: 'alpine',
    command: 'sh',
    state: 'exited',
    exitCode: 0,
    createdAt: NOW - 2 * DAY,
    startedAt: NOW - 2 * DAY,
    finishedAt: NOW - 1 * DAY,
  }),
  ctr({ name: 'draft', image: 'busybox', command: 'top', state: 'created', createdAt: NOW - 40 * SECOND, startedAt: null }),
];

test('without -a only running and paused containers are listed, newest first, in aligned columns', () => {
  const expected = [
    'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS                  PORTS                  NAMES',
    '313850000000   redis:8   "docker-entrypoint.s…"   3 minutes ago   Up 3 minutes (Paused)                          cache',
    '752000000000   nginx     "/docker-entrypoint.…"   2 hours ago     Up 2 hours              0.0.0.0:8080->80/tcp   web',
    '',
  ].join('\n');
  checkText(formatPs(fleet(), NOW, { all: false }), expected, 'formatPs(…, { all: false })');
});

test('with -a every container is listed, newest first', () => {
  const expected = [
    'CONTAINER ID   IMAGE     COMMAND                  CREATED          STATUS                    PORTS                  NAMES',
    '421640000000   busybox   "top"                    40 seconds ago   Created                                          draft',
    '313850000000   redis:8   "docker-entrypoint.s…"   3 minutes ago    Up 3 minutes (Paused)                            cache',
    '752000000000   nginx     "/docker-entrypoint.…"   2 hours ago      Up 2 hours                0.0.0.0:8080->80/tcp   web',
    'af2000000000   alpine    "sh"                     2 days ago       Exited (0) 24 hours ago                          job',
    '',
  ].join('\n');
  checkText(formatPs(fleet(), NOW, { all: true }), expected, 'formatPs(…, { all: true })');
});

test('an empty list prints the header only, each column at least 10 wide', () => {
  checkText(formatPs([], NOW, { all: true }), 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n', 'formatPs([])');
});

test("the table matches the simulated Docker host's own docker ps and docker ps -a, byte for byte", () => {
  // Containers without published or exposed ports: the snapshot carries everything ps prints.
  const { host, now } = runCommands(
    [
      'docker run -d --name sleeper busybox sleep 3600',
      'docker run -d --name frozen alpine sleep 3600',
      'docker pause frozen',
      'docker create --name draft busybox',
      'docker run --name job alpine echo hi',
    ].join('\n'),
  );
  const containers = host.snapshot().containers.map((c): PsContainer => {
    if (c.state !== 'created' && c.state !== 'running' && c.state !== 'paused' && c.state !== 'exited')
      throw new Error(`unexpected state ${c.state}`);
    return { ...c, state: c.state, ports: c.ports.map((p) => ({ ...p })) };
  });
  checkText(
    formatPs(containers, now(), { all: true }),
    host.execute('docker ps -a').stdout,
    'formatPs(…, { all: true }) against `docker ps -a`',
  );
  checkText(
    formatPs(containers, now(), { all: false }),
    host.execute('docker ps').stdout,
    'formatPs(…, { all: false }) against `docker ps`',
  );
});
