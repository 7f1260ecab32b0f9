// The simulated Docker Hub: every image the offline registry can serve, as plain data
// (engine/registry/images/, one file per repository). engine/registry/index.ts turns these into
// tar layers, configs, manifests and indexes.
//
// Shared base layers are shared objects: nginx, redis and debian:trixie-slim have the same first
// LayerSpec; node, python and debian:trixie the same first one, and node and python also share
// buildpack-deps' three layers above it. That is what makes a pull print "Already exists".
//
// Log lines and time: a start-up log line that carries a clock reading holds a token instead.
//   {{time}}       → the container's start time as `YYYY/MM/DD HH:MM:SS`, UTC (nginx)
//   {{redisTime}}  → the same instant as `DD Mon YYYY HH:MM:SS.mmm`, UTC (redis-server)
// renderLogTime(line, epochMs) replaces both; lines without a token pass through unchanged.
import type { ImageSpec } from './types';
import { alpine } from './images/alpine';
import { busybox } from './images/busybox';
import { debianTrixie, debianTrixieSlim } from './images/debian';
import { helloWorld } from './images/hello-world';
import { nginx } from './images/nginx';
import { node24, node26, nodeBanner, NODE_24_VERSION, NODE_26_VERSION } from './images/node';
import { python, pythonBanner } from './images/python';
import { redis } from './images/redis';
import { ubuntuNoble, ubuntuResolute } from './images/ubuntu';

export { logTimeToken, redisLogTimeToken, renderLogTime } from './images/log-time';

export const catalog: ImageSpec[] = [
  helloWorld,
  busybox,
  alpine,
  debianTrixie,
  debianTrixieSlim,
  ubuntuResolute,
  ubuntuNoble,
  nginx,
  redis,
  node24,
  node26,
  python,
];

/**
 * What an interactive REPL prints first when the image's default command runs with `-it`
 * (node, python). Not part of logsOnStart: without a TTY these programs print nothing.
 */
export const interactiveBanners: ReadonlyMap<ImageSpec, string[]> = new Map([
  [node24, nodeBanner(NODE_24_VERSION)],
  [node26, nodeBanner(NODE_26_VERSION)],
  [python, pythonBanner],
]);
