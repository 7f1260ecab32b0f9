// docker/cli v29's commands that this workshop host does not simulate (docs/reference/commandline/
// docker.md and each command's `Short`, cli/command/*/cmd.go; `swarm` annotations; plugins buildx
// and compose as a fresh Engine install ships them). They exist in Docker, so they never answer
// "unknown command": they say so, and what to use here instead. A command added to the registry
// later is simulated, and its entry here is then ignored.
export interface NotSimulated {
  description: string;
  /** What to type on this host instead, when there is something. */
  instead?: string;
  /** docker/cli's `category-top` (Common Commands order). */
  common?: number;
  /** Management Commands (has subcommands, or is a CLI plugin, drawn with `*`). */
  group?: 'management' | 'plugin' | 'swarm';
}

const NO_REGISTRY = 'There is no registry here: the bundled images come with the kit, and `docker pull` works offline.';
const SWARM = 'Swarm (several hosts as one) is beyond this workshop, which runs one host.';
const ARCHIVES = '`docker history`, `docker image inspect` and `docker diff` show what an image and a container hold.';

export const NOT_SIMULATED: Record<string, NotSimulated> = {
  attach: {
    description: 'Attach local standard input, output, and error streams to a running container',
    instead: '`docker exec -it NAME sh` opens a shell in a running container; `docker logs NAME` shows its output.',
  },
  bake: { description: 'Build from a file', common: 5, instead: '`docker build -t NAME .` builds the Dockerfile in ~/app.' },
  events: {
    description: 'Get real time events from the server',
    instead: '`docker ps -a` and `docker inspect` show what happened to each container.',
  },
  export: { description: "Export a container's filesystem as a tar archive", instead: ARCHIVES },
  import: {
    description: 'Import the contents from a tarball to create a filesystem image',
    instead: '`docker commit` makes an image from a container.',
  },
  load: { description: 'Load an image from a tar archive or STDIN', instead: ARCHIVES },
  login: { description: 'Authenticate to a registry', common: 8, instead: NO_REGISTRY },
  logout: { description: 'Log out from a registry', common: 9, instead: NO_REGISTRY },
  push: { description: 'Upload an image to a registry', common: 6, instead: NO_REGISTRY },
  save: { description: 'Save one or more images to a tar archive (streamed to STDOUT by default)', instead: ARCHIVES },
  search: {
    description: 'Search Docker Hub for images',
    common: 10,
    instead: 'The offline images: hello-world, busybox, alpine, debian, ubuntu, nginx, redis, node, python.',
  },
  stats: {
    description: 'Display a live stream of container(s) resource usage statistics',
    instead: "`docker top NAME` shows its processes, `docker ps -s` each writable layer's size.",
  },
  update: {
    description: 'Update configuration of one or more containers',
    instead: 'Make a new container with the flags you want: `docker rm -f NAME`, then `docker run`.',
  },
  wait: {
    description: 'Block until one or more containers stop, then print their exit codes',
    instead: '`docker ps -a` shows each exit code (`Exited (N)`), `docker inspect -f "{{.State.ExitCode}}" NAME` one.',
  },
  compose: { description: 'Docker Compose', group: 'plugin', instead: 'Start each service with its own `docker run -d --name … -p …`.' },
  context: { description: 'Manage contexts', group: 'management', instead: 'This terminal talks to one simulated daemon.' },
  manifest: {
    description: 'Manage Docker image manifests and manifest lists',
    group: 'management',
    instead: "`docker image inspect` shows an image's digests; `docker pull` prints the index digest.",
  },
  network: {
    description: 'Manage networks',
    group: 'management',
    instead: 'Publish a port with `docker run -p 8080:80` and ask it with `curl http://localhost:8080`.',
  },
  plugin: { description: 'Manage plugins', group: 'management' },
  volume: { description: 'Manage volumes', group: 'management', instead: '`docker cp` copies files between a container and ~/app.' },
  config: { description: 'Manage Swarm configs', group: 'swarm', instead: SWARM },
  node: { description: 'Manage Swarm nodes', group: 'swarm', instead: SWARM },
  secret: { description: 'Manage Swarm secrets', group: 'swarm', instead: SWARM },
  service: { description: 'Manage Swarm services', group: 'swarm', instead: SWARM },
  stack: { description: 'Manage Swarm stacks', group: 'swarm', instead: SWARM },
  swarm: { description: 'Manage Swarm', group: 'swarm', instead: SWARM },
};

/** Subcommands of the simulated groups that are not simulated (docker/cli v29 cli/command/{container,image,system}/cmd.go). */
export const NOT_SIMULATED_SUBCOMMANDS: Record<string, Record<string, NotSimulated>> = {
  container: {
    attach: NOT_SIMULATED.attach!,
    export: NOT_SIMULATED.export!,
    stats: NOT_SIMULATED.stats!,
    update: NOT_SIMULATED.update!,
    wait: NOT_SIMULATED.wait!,
  },
  image: {
    import: NOT_SIMULATED.import!,
    load: NOT_SIMULATED.load!,
    push: { description: 'Upload an image to a registry', instead: NO_REGISTRY },
    save: NOT_SIMULATED.save!,
  },
  system: {
    events: NOT_SIMULATED.events!,
  },
};
