// Maps what people type to commands, as docker/cli does: management groups (`docker container
// ls`) and the top-level shortcuts (`docker ps`) reach the same CommandSpec. Each command is one
// entry below; the paths that reach it are its spec's aliases, and the root and group help are
// derived from the specs.
import { commit } from '../commands/container/commit';
import { cp } from '../commands/container/cp';
import { create } from '../commands/container/create';
import { diff } from '../commands/container/diff';
import { exec } from '../commands/container/exec';
import { containerInspect } from '../commands/container/inspect';
import { kill } from '../commands/container/kill';
import { logs } from '../commands/container/logs';
import { pause } from '../commands/container/pause';
import { port } from '../commands/container/port';
import { containerPrune } from '../commands/container/prune';
import { rename } from '../commands/container/rename';
import { ps } from '../commands/container/ps';
import { restart } from '../commands/container/restart';
import { rm } from '../commands/container/rm';
import { run } from '../commands/container/run';
import { start } from '../commands/container/start';
import { stop } from '../commands/container/stop';
import { top } from '../commands/container/top';
import { unpause } from '../commands/container/unpause';
import { builderPrune } from '../commands/builder/prune';
import { build } from '../commands/image/build';
import { history } from '../commands/image/history';
import { images } from '../commands/image/images';
import { imageInspect } from '../commands/image/inspect';
import { imagePrune } from '../commands/image/prune';
import { pull } from '../commands/image/pull';
import { rmi } from '../commands/image/rmi';
import { tag } from '../commands/image/tag';
import { save } from '../commands/image/save';
import { volumeCreate } from '../commands/volume/create';
import { volumeInspect } from '../commands/volume/inspect';
import { volumeLs } from '../commands/volume/ls';
import { volumePrune } from '../commands/volume/prune';
import { volumeRm } from '../commands/volume/rm';
import { load } from '../commands/image/load';
import { imageImport } from '../commands/image/import';
import { containerExport } from '../commands/container/export';
import { df } from '../commands/system/df';
import { info } from '../commands/system/info';
import { inspect } from '../commands/system/inspect';
import { version } from '../commands/system/version';
import { DOCKER } from '../model/versions';
import type { CommandSpec } from './spec';

export const DOCKER_VERSION_LINE = `Docker version ${DOCKER.version}, build ${DOCKER.cliCommit}`;

/** Every command, once. */
export const COMMANDS: readonly CommandSpec[] = [
  run, create, start, stop, restart, kill, pause, unpause, ps, rm, exec, logs, diff, commit, cp, port, rename, top, containerInspect, containerPrune,
  images, pull, rmi, history, tag, build, imageInspect, imagePrune, builderPrune,
  save, load, containerExport, imageImport,
  volumeCreate, volumeLs, volumeInspect, volumeRm, volumePrune,
  inspect, version, info, df,
];

/** The management groups, in the order the root help lists them. */
const GROUP_DESCRIPTIONS: Record<string, string> = {
  container: 'Manage containers',
  image: 'Manage images',
  system: 'Manage Docker',
  // `docker build` is BuildKit's `docker buildx build`; both spellings reach it.
  buildx: 'Docker Buildx',
  builder: 'Manage builds',
  volume: 'Manage volumes',
};

export const TOP_LEVEL: Record<string, CommandSpec> = {};
export const GROUPS: Record<string, { description: string; commands: Record<string, CommandSpec> }> = Object.fromEntries(
  Object.entries(GROUP_DESCRIPTIONS).map(([name, description]) => [name, { description, commands: {} }]),
);
for (const spec of COMMANDS) {
  for (const alias of spec.aliases) {
    const words = alias.split(' ').slice(1);
    if (words.length === 1) TOP_LEVEL[words[0]!] = spec;
    else {
      const group = GROUPS[words[0]!];
      if (!group) throw new Error(`${alias}: no management group ${words[0]}`);
      group.commands[words[1]!] = spec;
    }
  }
}

function section(title: string, entries: Array<[string, string]>): string[] {
  const width = Math.max(...entries.map(([n]) => n.length)) + 2;
  return [title, ...entries.map(([n, d]) => `  ${n.padEnd(width)}${d}`)];
}

export function rootHelp(): string {
  // Common Commands in their spec's `common` order (docker/cli's category-top annotation), the
  // other top-level commands after the management groups, by name (cobra sorts them).
  const top = Object.entries(TOP_LEVEL);
  const common = top.filter(([, s]) => s.common !== undefined).sort(([, a], [, b]) => a.common! - b.common!);
  const others = top.filter(([, s]) => s.common === undefined).sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    '',
    'Usage:  docker [OPTIONS] COMMAND',
    '',
    'A self-sufficient runtime for containers',
    '',
    ...section('Common Commands:', common.map(([word, spec]) => [word, spec.description])),
    '',
    ...section('Management Commands:', Object.entries(GROUPS).map(([n, g]) => [n, g.description])),
    '',
    ...section('Commands:', others.map(([word, spec]) => [word, spec.description])),
    '',
    'Global Options:',
    '  -v, --version            Print version information and quit',
    '',
    "Run 'docker COMMAND --help' for more information on a command.",
    '',
    'This simulated host (no daemon, no network) answers like Docker Engine 29 with the containerd image store.',
  ];
  return lines.join('\n') + '\n';
}

export function groupHelp(group: string): string {
  const g = GROUPS[group]!;
  const seen = new Set<CommandSpec>();
  const entries: Array<[string, string]> = [];
  for (const [name, spec] of Object.entries(g.commands).sort(([a], [b]) => a.localeCompare(b))) {
    if (seen.has(spec) || name !== spec.name) continue;
    seen.add(spec);
    entries.push([name, spec.description]);
  }
  return ['', `Usage:  docker ${group} COMMAND`, '', g.description, '', ...section('Commands:', entries), '', `Run 'docker ${group} COMMAND --help' for more information on a command.`].join('\n') + '\n';
}

/** Every command word, for Tab completion. */
export function commandWords(): string[] {
  return [...new Set([...Object.keys(TOP_LEVEL), ...Object.keys(GROUPS)])].sort();
}
