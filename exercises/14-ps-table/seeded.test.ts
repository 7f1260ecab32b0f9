// Checks on durations, commands, ports and container lists drawn from the run's seed (printed with
// the score; `npm test -- --seed=N` replays them): an answer that knows only the README's and the
// fixed checks' examples fails here. The expected texts come from the rules below, written for
// this check alone (go-units HumanDuration, docker/cli's container formatter and tabwriter).
import { CheckFailure, checkEqual, seededRandom, test } from '../../grader/harness';
import { checkText } from '../support/text-diff';
import { formatCommand, formatPorts, formatPs, formatStatus, humanDuration, type PortBinding, type PsContainer } from './ps';

/** Runs a comparison; when it fails, the drawn input follows the difference, so a long input does not hide it. */
function withInput(input: string, compare: () => void): void {
  try {
    compare();
  } catch (error) {
    throw error instanceof CheckFailure ? new CheckFailure(`${error.message}\n    input: ${input}`) : error;
  }
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** go-units HumanDuration (moby vendor/github.com/docker/go-units/duration.go), on milliseconds. */
function human(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / HOUR + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 14) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 60) return `${Math.trunc(hours / (24 * 7))} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / (24 * 30))} months`;
  return `${Math.trunc(Math.trunc(ms / HOUR) / (24 * 365))} years`;
}

/** strconv.Quote(Ellipsis(command, 20)) for the printable ASCII commands drawn here. */
const quoted = (command: string): string => `"${command.length > 20 ? `${command.slice(0, 19)}…` : command}"`;

const portText = (ports: readonly PortBinding[]): string =>
  ports.map((p) => `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:${p.hostPort}->${p.containerPort}/${p.protocol}`).join(', ');

function statusText(c: PsContainer, now: number): string {
  if (c.state === 'created') return 'Created';
  if (c.state === 'exited') return `Exited (${c.exitCode}) ${human(now - c.finishedAt!)} ago`;
  return `Up ${human(now - c.startedAt!)}${c.state === 'paused' ? ' (Paused)' : ''}`;
}

/** Go's text/tabwriter as the docker CLI sets it up (minwidth 10, padding 3); the last cell is not padded. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, col) => rows.reduce((w, row) => Math.max(w, row[col]!.length + 3), 10));
  return rows.map((row) => row.map((cell, col) => (col < row.length - 1 ? cell.padEnd(widths[col]!) : cell)).join('') + '\n').join('');
}

function psText(containers: readonly PsContainer[], now: number, all: boolean): string {
  const listed = containers.filter((c) => all || c.state === 'running' || c.state === 'paused').sort((a, b) => b.createdAt - a.createdAt);
  return table([
    ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
    ...listed.map((c) => [
      c.id.slice(0, 12),
      c.image,
      quoted(c.command),
      `${human(now - c.createdAt)} ago`,
      statusText(c, now),
      portText(c.ports),
      c.name,
    ]),
  ]);
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: () => number, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

/** Where HumanDuration changes wording (a rounded hour starts at half past). */
const EDGES = [
  SECOND,
  2 * SECOND,
  MINUTE,
  2 * MINUTE,
  HOUR,
  HOUR + 30 * MINUTE,
  47 * HOUR + 30 * MINUTE,
  48 * HOUR,
  14 * DAY,
  60 * DAY,
  730 * DAY,
];

/**
 * go-units counts years from the hours before rounding, months from the rounded ones, so in the
 * half hour before a whole year it prints "1 years" at 729.99 days; the README does not promise
 * that quirk, so the durations drawn here step back out of those half hours.
 */
function unambiguous(ms: number): number {
  const yearsOf = (hours: number): number => Math.trunc(hours / (24 * 365));
  while (Math.trunc(ms / HOUR + 0.5) >= 24 * 365 * 2 && yearsOf(Math.trunc(ms / HOUR + 0.5)) !== yearsOf(Math.trunc(ms / HOUR))) {
    ms -= 10 * MINUTE;
  }
  return ms;
}

function randomDuration(random: () => number): number {
  if (random() < 0.3) return unambiguous(Math.max(0, pick(random, EDGES) + between(random, -1, 1)));
  // Spread over every wording, up to five years.
  const scale = pick(random, [SECOND, MINUTE, HOUR, DAY, 30 * DAY, 365 * DAY]);
  return unambiguous(between(random, 0, 5 * scale));
}

/** A command of printable ASCII without quotes or backslashes, often close to the 20-character cut. */
function randomCommand(random: () => number): string {
  const letters = "abcdefghijklmnopqrstuvwxyz0123456789 -/.;'=_ABCXYZ";
  const length = random() < 0.5 ? between(random, 18, 22) : between(random, 0, 45);
  return Array.from({ length }, () => pick(random, [...letters])).join('');
}

const randomId = (random: () => number): string => Array.from({ length: 64 }, () => pick(random, [...'0123456789abcdef'])).join('');

const IMAGES = [
  'nginx',
  'nginx:1.29',
  'redis:8',
  'alpine',
  'busybox:1.37',
  'ghcr.io/acme/billing-api:2.14.0-rc1',
  'localhost:5000/app',
  'postgres:18-alpine',
  '4e5f6a7b8c9d',
];
const HOST_IPS = ['0.0.0.0', '::', '127.0.0.1', '::1', '192.168.10.20', 'fd00:dead:beef::7'];

/** Published ports as a host lists them: container ports ascending and never adjacent (Docker would print a range). */
function randomPorts(random: () => number): PortBinding[] {
  const ports: PortBinding[] = [];
  let containerPort = between(random, 20, 90);
  for (let n = pick(random, [0, 0, 1, 1, 2, 3]); n > 0; n--) {
    const hostPort = between(random, 1024, 65535);
    const protocol = random() < 0.8 ? 'tcp' : 'udp';
    const ips = random() < 0.5 ? ['0.0.0.0', '::'] : [pick(random, HOST_IPS)];
    for (const hostIp of ips) ports.push({ hostIp, hostPort, containerPort, protocol });
    containerPort += between(random, 2, 9000);
  }
  return ports;
}

function randomContainer(random: () => number, now: number, createdAt: number): PsContainer {
  const state = pick(random, ['created', 'running', 'running', 'paused', 'exited', 'exited'] as const);
  const age = now - createdAt;
  // Stepping a duration back out of go-units' half hours moves the time later, never before createdAt.
  const startedAt = state === 'created' ? null : now - unambiguous(age - Math.floor(random() * random() * age));
  const finishedAt = state === 'exited' ? now - unambiguous(Math.floor(random() * (now - startedAt!))) : null;
  const name = `${pick(random, ['web', 'db', 'cache', 'job', 'eager_turing', 'api-2', 'x'])}${random() < 0.5 ? between(random, 1, 999) : ''}`;
  return {
    id: randomId(random),
    image: pick(random, IMAGES),
    command: randomCommand(random),
    name,
    state,
    exitCode: state === 'exited' ? pick(random, [0, 0, 1, 2, 125, 127, 130, 137, 143, 255]) : 0,
    ports: state === 'running' || state === 'paused' ? randomPorts(random) : [],
    createdAt,
    startedAt,
    finishedAt,
  };
}

/** Containers created at distinct times (so "newest first" has one answer) over the last months. */
function randomFleet(random: () => number, now: number): PsContainer[] {
  const times = new Set<number>();
  for (let n = between(random, 0, 7); n > 0; n--) times.add(now - unambiguous(randomDuration(random) + 1));
  return [...times].map((createdAt) => randomContainer(random, now, createdAt));
}

const nowOf = (random: () => number): number =>
  Date.UTC(2026, between(random, 0, 11), between(random, 1, 28), between(random, 0, 23), between(random, 0, 59), between(random, 0, 59));

test('humanDuration matches go-units on durations drawn from the seed, edges included', () => {
  const random = seededRandom('14-ps-table durations');
  for (let i = 0; i < 200; i++) {
    const ms = randomDuration(random);
    checkEqual(humanDuration(ms), human(ms), `humanDuration(${ms}) (${ms} ms)`);
  }
});

test('formatCommand quotes and cuts commands drawn from the seed', () => {
  const random = seededRandom('14-ps-table commands');
  for (let i = 0; i < 60; i++) {
    const command = randomCommand(random);
    checkEqual(formatCommand(command), quoted(command), `formatCommand(${JSON.stringify(command)}) (${command.length} characters)`);
  }
});

test('formatStatus and formatPorts agree with Docker on containers drawn from the seed', () => {
  const random = seededRandom('14-ps-table cells');
  for (let i = 0; i < 60; i++) {
    const now = nowOf(random);
    const c = randomContainer(random, now, now - unambiguous(randomDuration(random) + 1));
    const input = `c = ${JSON.stringify(c)}, now = ${now}`;
    withInput(input, () => checkEqual(formatStatus(c, now), statusText(c, now), `formatStatus(c, now) for a ${c.state} container`));
    checkEqual(formatPorts(c.ports), portText(c.ports), `formatPorts(${JSON.stringify(c.ports)})`);
  }
});

test('formatPs prints the tables of container lists drawn from the seed, with and without -a', () => {
  const random = seededRandom('14-ps-table tables');
  for (let i = 0; i < 25; i++) {
    const now = nowOf(random);
    const fleet = randomFleet(random, now);
    const input = `containers = ${JSON.stringify(fleet)}, now = ${now}`;
    for (const all of [false, true]) {
      withInput(input, () =>
        checkText(formatPs(fleet, now, { all }), psText(fleet, now, all), `formatPs(containers, now, { all: ${all} })`),
      );
    }
  }
});
