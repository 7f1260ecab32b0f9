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
import { systemPrune } from '../commands/system/prune';
import { version } from '../commands/system/version';
import { DOCKER } from '../model/versions';
import { NOT_SIMULATED, NOT_SIMULATED_SUBCOMMANDS, type NotSimulated } from './not-simulated';
import type { CommandSpec } from './spec';

export const DOCKER_VERSION_LINE = `Docker version ${DOCKER.version}, build ${DOCKER.cliCommit}`;

/** Every command, once. */
export const COMMANDS: readonly CommandSpec[] = [
  run,
  create,
  start,
  stop,
  restart,
  kill,
  pause,
  unpause,
  ps,
  rm,
  exec,
  logs,
  diff,
  commit,
  cp,
  port,
  rename,
  top,
  containerInspect,
  containerPrune,
  images,
  pull,
  rmi,
  history,
  tag,
  build,
  imageInspect,
  imagePrune,
  builderPrune,
  save,
  load,
  containerExport,
  imageImport,
  volumeCreate,
  volumeLs,
  volumeInspect,
  volumeRm,
  volumePrune,
  inspect,
  version,
  info,
  df,
  systemPrune,
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

/** docker/cli v29's `category-top` annotations (cli/command/{container/run,container/exec,container/list,image/build,builder/cmd(bake),image/pull,image/push,image/list,registry/login,registry/logout,registry/search,system/version,system/info}.go). */
const CATEGORY_TOP: Record<string, number> = {
  run: 1,
  exec: 2,
  ps: 3,
  build: 4,
  bake: 5,
  pull: 5,
  push: 6,
  images: 7,
  login: 8,
  logout: 9,
  search: 10,
  version: 10,
  info: 12,
};

/** Marks a command that exists in Docker but not on this host (the help's last line says what it means). */
const NOT_HERE = ' [not simulated]';

/** What the root help's "Common Commands" would list for a name: simulated or not, its description and category. */
interface Entry {
  name: string;
  description: string;
  simulated: boolean;
}

// cobra pads every command name to the root's NamePadding (at least 11, cobra's minNamePadding),
// then one space: `rpad (decoratedName .) (add .NamePadding 1)` in docker/cli cli/cobra.go.
const NAME_COLUMN = 12;

function section(title: string, entries: Entry[]): string[] {
  const width = Math.max(NAME_COLUMN, ...entries.map((e) => e.name.length + 1));
  return ['', title, ...entries.map((e) => `  ${e.name.padEnd(width)}${e.description}${e.simulated ? '' : NOT_HERE}`)];
}

/** A not-simulated entry, unless the registry now has it. */
const notHere = (filter: (n: NotSimulated) => boolean): Array<[string, NotSimulated]> =>
  Object.entries(NOT_SIMULATED).filter(([name, n]) => filter(n) && !TOP_LEVEL[name] && !GROUPS[name]);

/** docker/cli sorts names with sortorder.NaturalLess; plain names sort as strings. */
const byName = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function rootHelp(): string {
  // docker/cli cli/cobra.go usageTemplate: Common Commands in `category-top` order (then by name),
  // Management Commands (groups and plugins, plugins marked *), Swarm Commands, the other commands
  // by name. Commands Docker has but this host does not are listed where Docker lists them, marked.
  const top = Object.entries(TOP_LEVEL);
  const common = [
    ...top
      .filter(([, s]) => s.common !== undefined)
      .map(([name, s]) => ({ name, description: s.description, simulated: true, order: CATEGORY_TOP[name] ?? s.common! })),
    ...notHere((n) => n.common !== undefined).map(([name, n]) => ({
      name,
      description: n.description,
      simulated: false,
      order: n.common!,
    })),
  ].sort((a, b) => a.order - b.order || byName(a, b));
  const plugins = new Set(['buildx']);
  const management = [
    ...Object.entries(GROUPS).map(([name, g]) => ({
      name: plugins.has(name) ? `${name}*` : name,
      description: g.description,
      simulated: true,
    })),
    ...notHere((n) => n.group === 'management' || n.group === 'plugin').map(([name, n]) => ({
      name: n.group === 'plugin' ? `${name}*` : name,
      description: n.description,
      simulated: false,
    })),
  ].sort(byName);
  const swarm = notHere((n) => n.group === 'swarm')
    .map(([name, n]) => ({ name, description: n.description, simulated: false }))
    .sort(byName);
  const others = [
    ...top.filter(([, s]) => s.common === undefined).map(([name, s]) => ({ name, description: s.description, simulated: true })),
    ...notHere((n) => n.common === undefined && n.group === undefined).map(([name, n]) => ({
      name,
      description: n.description,
      simulated: false,
    })),
  ].sort(byName);
  const lines = [
    '',
    'Usage:  docker [OPTIONS] COMMAND',
    '',
    'A self-sufficient runtime for containers',
    ...section('Common Commands:', common),
    ...section('Management Commands:', management),
    ...section('Swarm Commands:', swarm),
    ...section('Commands:', others),
    '',
    'Global Options:',
    '  -v, --version            Print version information and quit',
    '',
    "Run 'docker COMMAND --help' for more information on a command.",
    '',
    'For more help on how to use Docker, head to https://docs.docker.com/go/guides/',
    '',
    `This simulated host (no daemon, no network) answers like Docker Engine 29 with the containerd image store; "${NOT_HERE.trim()}" marks what it does not do.`,
  ];
  return lines.join('\n') + '\n';
}

export function groupHelp(group: string): string {
  const g = GROUPS[group]!;
  const seen = new Set<CommandSpec>();
  const entries: Entry[] = [];
  for (const [name, spec] of Object.entries(g.commands)) {
    if (seen.has(spec) || name !== spec.name) continue;
    seen.add(spec);
    entries.push({ name, description: spec.description, simulated: true });
  }
  for (const [name, n] of Object.entries(NOT_SIMULATED_SUBCOMMANDS[group] ?? {})) {
    if (!g.commands[name]) entries.push({ name, description: n.description, simulated: false });
  }
  entries.sort(byName);
  return (
    [
      '',
      `Usage:  docker ${group} COMMAND`,
      '',
      g.description,
      ...section('Commands:', entries),
      '',
      `Run 'docker ${group} COMMAND --help' for more information on a command.`,
    ].join('\n') + '\n'
  );
}

/** Every command word, for Tab completion. */
export function commandWords(): string[] {
  return [...new Set([...Object.keys(TOP_LEVEL), ...Object.keys(GROUPS)])].sort();
}
