// engine/cli/registry.ts: one entry per command; the paths reaching it are its spec's aliases,
// and the root and group help are derived from the specs.
import { describe, expect, it } from 'vitest';
import { COMMANDS, GROUPS, TOP_LEVEL } from '../../../engine/cli/registry';
import { testHost } from '../host';

describe('the command registry', () => {
  it('reaches each command by exactly the paths its spec names', () => {
    const reached = new Map<string, string>();
    for (const [word, spec] of Object.entries(TOP_LEVEL)) reached.set(`docker ${word}`, spec.name);
    for (const [group, { commands }] of Object.entries(GROUPS)) for (const [word, spec] of Object.entries(commands)) reached.set(`docker ${group} ${word}`, spec.name);
    const named = new Map(COMMANDS.flatMap((spec) => spec.aliases.map((alias) => [alias, spec.name] as const)));
    expect(new Map([...reached].sort())).toEqual(new Map([...named].sort()));
    expect(new Set(COMMANDS).size).toBe(COMMANDS.length);
  });

  it('derives the root help', () => {
    expect(testHost().run('docker --help')).toEqual({ stdout: "\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommon Commands:\n  run      Create and run a new container from an image\n  exec     Execute a command in a running container\n  ps       List containers\n  build    Build an image from a Dockerfile\n  pull     Download an image from a registry\n  images   List images\n  version  Show the Docker version information\n  info     Display system-wide information\n\nManagement Commands:\n  container  Manage containers\n  image      Manage images\n  system     Manage Docker\n  buildx     Docker Buildx\n  builder    Manage builds\n  volume     Manage volumes\n\nCommands:\n  commit   Create a new image from a container's changes\n  cp       Copy files/folders between a container and the local filesystem\n  create   Create a new container\n  diff     Inspect changes to files or directories on a container's filesystem\n  export   Export a container's filesystem as a tar archive\n  history  Show the history of an image\n  import   Import the contents from a tarball to create a filesystem image\n  inspect  Return low-level information on Docker objects\n  kill     Kill one or more running containers\n  load     Load an image from a tar archive or STDIN\n  logs     Fetch the logs of a container\n  pause    Pause all processes within one or more containers\n  port     List port mappings or a specific mapping for the container\n  rename   Rename a container\n  restart  Restart one or more containers\n  rm       Remove one or more containers\n  rmi      Remove one or more images\n  save     Save one or more images to a tar archive (streamed to STDOUT by default)\n  start    Start one or more stopped containers\n  stop     Stop one or more running containers\n  tag      Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE\n  top      Display the running processes of a container\n  unpause  Unpause all processes within one or more containers\n\nGlobal Options:\n  -v, --version            Print version information and quit\n\nRun 'docker COMMAND --help' for more information on a command.\n\nThis simulated host (no daemon, no network) answers like Docker Engine 29 with the containerd image store.\n", stderr: '', exitCode: 0 });
  });

  it('derives a group\'s help: each command once, under its own name', () => {
    expect(testHost().run('docker container')).toEqual({ stdout: "\nUsage:  docker container COMMAND\n\nManage containers\n\nCommands:\n  commit   Create a new image from a container's changes\n  cp       Copy files/folders between a container and the local filesystem\n  create   Create a new container\n  diff     Inspect changes to files or directories on a container's filesystem\n  exec     Execute a command in a running container\n  export   Export a container's filesystem as a tar archive\n  inspect  Display detailed information on one or more containers\n  kill     Kill one or more running containers\n  logs     Fetch the logs of a container\n  ls       List containers\n  pause    Pause all processes within one or more containers\n  port     List port mappings or a specific mapping for the container\n  prune    Remove all stopped containers\n  rename   Rename a container\n  restart  Restart one or more containers\n  rm       Remove one or more containers\n  run      Create and run a new container from an image\n  start    Start one or more stopped containers\n  stop     Stop one or more running containers\n  top      Display the running processes of a container\n  unpause  Unpause all processes within one or more containers\n\nRun 'docker container COMMAND --help' for more information on a command.\n", stderr: '', exitCode: 0 });
  });
});
