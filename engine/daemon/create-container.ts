// The daemon's part of `docker create` (and of run): what the CLI asked for, merged with the
// image's config as moby does (daemon/create.go mergeAndVerifyConfig → daemon/commit.go merge),
// then checked. Pure: the daemon stores the result (daemon.ts createContainer).
import { InvalidWorkingDir, NoCommandSpecified } from '../errors/daemon-errors';
import type { ContainerConfig } from '../model/container';
import type { ContainerMount } from '../model/mounted-fs';
import type { Image } from '../model/image';
import type { PortBinding } from '../types';

/** A -p mapping as the CLI parsed it; no host port means an ephemeral one. */
export interface PortRequest {
  hostIp: string;
  hostPort?: number;
  containerPort: number;
  protocol: 'tcp' | 'udp';
}

/** What `docker run`/`create` send: the container's own config, before the image's is merged in. */
export interface CreateRequest {
  /** The reference as typed (ps's IMAGE column, inspect's Config.Image). */
  imageRef: string;
  image: Image;
  name?: string;
  /** The command after the image (empty: the image's CMD, unless an entrypoint was given). */
  cmd: string[];
  /** --entrypoint: undefined when not given, [""] for `--entrypoint ''` (reset), else [value]. */
  entrypoint?: string[];
  /** --env-file lines then -e, in order (later wins). */
  env: string[];
  /** --label-file lines then -l, "key=value" (later wins). */
  labels: string[];
  user?: string;
  workingDir?: string;
  hostname?: string;
  tty: boolean;
  interactive: boolean;
  autoRemove: boolean;
  restartPolicy?: { Name: string; MaximumRetryCount: number };
  ports: PortRequest[];
  publishAll: boolean;
  stopSignal?: string;
  stopTimeout?: number;
  init?: boolean;
  readOnly: boolean;
  /** -v/--mount and the image's VOLUMEs, resolved by the daemon (daemon/mounts.ts). */
  mounts?: readonly ContainerMount[];
}

const keyOf = (kv: string) => kv.split('=')[0]!;

/**
 * moby merge(): the user's Env first (the last of a repeated key wins, as the CLI's list keeps
 * both and the process sees the last), then each image variable whose key the user did not set.
 */
function mergeEnv(user: readonly string[], image: readonly string[]): string[] {
  if (user.length === 0) return [...image];
  const own: string[] = [];
  for (const e of user) {
    const value = e.includes('=') ? e : `${e}=`;
    const i = own.findIndex((x) => keyOf(x) === keyOf(value));
    if (i === -1) own.push(value);
    else own[i] = value;
  }
  return [...own, ...image.filter((e) => !own.some((x) => keyOf(x) === keyOf(e)))];
}

/** Go marshals a map with sorted keys; a port map's keys are "80/tcp" strings. */
const sortedPorts = (ports: Iterable<string>) => [...new Set(ports)].sort();

/**
 * What a container takes from its image unchanged when the request adds nothing: one sorted port
 * list and one label map per image, shared by its containers (nothing mutates a container's
 * config), so a start does not copy them.
 */
const imageDefaults = new WeakMap<Image, { exposedPorts: string[]; labels: Record<string, string> }>();

function defaultsOf(image: Image): { exposedPorts: string[]; labels: Record<string, string> } {
  let defaults = imageDefaults.get(image);
  if (!defaults) {
    const cfg = image.config.config;
    defaults = { exposedPorts: sortedPorts(Object.keys(cfg.ExposedPorts ?? {})), labels: { ...(cfg.Labels ?? {}) } };
    imageDefaults.set(image, defaults);
  }
  return defaults;
}

/** The image's labels with -l/--label-file on top (later wins). */
function mergeLabels(image: Record<string, string>, given: readonly string[]): Record<string, string> {
  if (given.length === 0) return image;
  const labels: Record<string, string> = { ...image };
  for (const kv of given) {
    const eq = kv.indexOf('=');
    labels[eq === -1 ? kv : kv.slice(0, eq)] = eq === -1 ? '' : kv.slice(eq + 1);
  }
  return labels;
}

/** The container's config: the request merged with the image's (throws NoCommandSpecified, InvalidWorkingDir). */
export function mergeConfig(req: CreateRequest): ContainerConfig {
  const cfg = req.image.config.config;
  const defaults = defaultsOf(req.image);
  // merge(): the image's Entrypoint and Cmd apply only when no entrypoint was given; a reset
  // entrypoint ([""]) is then dropped (daemon/create.go), and something must be left to run.
  const given = req.entrypoint;
  const entrypoint = given === undefined ? (cfg.Entrypoint ?? null) : given.length === 1 && given[0] === '' ? null : given;
  const cmd = req.cmd.length > 0 ? req.cmd : given === undefined ? (cfg.Cmd ?? []) : [];
  if ((entrypoint?.length ?? 0) === 0 && cmd.length === 0) throw new NoCommandSpecified();
  const workingDir = req.workingDir || cfg.WorkingDir || '';
  if (req.workingDir && !req.workingDir.startsWith('/')) throw new InvalidWorkingDir(req.workingDir);
  // Built in one shape, optional keys set only when given (inspect tells "not given" from a value).
  const config: ContainerConfig = {
    entrypoint,
    cmd,
    // Containers without -e share the image's Env array (it is never mutated).
    env: req.env.length ? mergeEnv(req.env, cfg.Env ?? []) : ((cfg.Env ?? []) as string[]),
    workingDir,
    tty: req.tty,
    interactive: req.interactive,
    autoRemove: req.autoRemove,
    user: req.user || cfg.User || '',
    labels: mergeLabels(defaults.labels, req.labels),
    exposedPorts: req.ports.length
      ? sortedPorts([...defaults.exposedPorts, ...req.ports.map((p) => `${p.containerPort}/${p.protocol}`)])
      : defaults.exposedPorts,
    readOnly: req.readOnly,
  };
  if (req.hostname) config.hostname = req.hostname;
  if (req.restartPolicy) config.restartPolicy = req.restartPolicy;
  const stopSignal = req.stopSignal || cfg.StopSignal;
  if (stopSignal) config.stopSignal = stopSignal;
  if (req.stopTimeout !== undefined) config.stopTimeout = req.stopTimeout;
  if (req.init !== undefined) config.init = req.init;
  if (req.mounts?.length) config.mounts = req.mounts;
  return config;
}

/** No -p, no -P: one empty list for every such container. */
const NO_BINDINGS: readonly PortBinding[] = Object.freeze([]);

/** -p and -P as bindings; `ephemeral` draws a free host port (the kernel's range). */
export function portBindings(req: CreateRequest, ephemeral: () => number): readonly PortBinding[] {
  if (req.ports.length === 0 && !req.publishAll) return NO_BINDINGS;
  const out: PortBinding[] = req.ports.map((p) => ({
    hostIp: p.hostIp,
    hostPort: p.hostPort ?? ephemeral(),
    containerPort: p.containerPort,
    protocol: p.protocol,
  }));
  if (req.publishAll) {
    for (const port of Object.keys(req.image.config.config.ExposedPorts ?? {})) {
      const [num, proto = 'tcp'] = port.split('/') as [string, string?];
      if (!out.some((p) => p.containerPort === Number(num)))
        out.push({ hostIp: '0.0.0.0', hostPort: ephemeral(), containerPort: Number(num), protocol: proto as 'tcp' | 'udp' });
    }
  }
  return out;
}

/** A request with nothing but the image: what `docker create IMAGE` sends. */
export function plainRequest(image: Image, imageRef: string, rest: Partial<CreateRequest> = {}): CreateRequest {
  return {
    imageRef,
    image,
    cmd: [],
    env: [],
    labels: [],
    tty: false,
    interactive: false,
    autoRemove: false,
    ports: [],
    publishAll: false,
    readOnly: false,
    ...rest,
  };
}
