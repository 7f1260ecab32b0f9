// Exercise 15: Docker's build cache. Each step's cache key chains the previous step's key with
// the instruction (and, for COPY/ADD, the copied files' content). README.md has the steps.
// For hashing, use @noble/hashes (`sha256` from '@noble/hashes/sha2.js', `bytesToHex` and
// `utf8ToBytes` from '@noble/hashes/utils.js').
import { todo } from '../support/todo';

/** The build context: file name → its content and modification time (epoch ms). */
export type BuildContext = Readonly<Record<string, { content: string; mtime: number }>>;

export interface StepResult {
  /** The instruction line as written, e.g. "RUN apk add curl". */
  instruction: string;
  /** 64 lowercase hex characters. */
  key: string;
  /** true when the step was reused from the cache ("CACHED" in `docker build` output). */
  cached: boolean;
  /** true only for RUN, COPY, ADD and a WORKDIR other than `/`: other instructions change the config, not the filesystem. */
  createsLayer: boolean;
}

/**
 * Step 1-4: builds the Dockerfile (one instruction per line; blank lines and # comments
 * skipped) against `cache`, the keys of earlier builds; adds this build's keys to it.
 */
export function build(dockerfile: string, context: BuildContext, cache: Set<string>, options: { noCache?: boolean } = {}): StepResult[] {
  return todo(
    `build(${dockerfile.split('\n').length} lines, ${Object.keys(context).length} files, ${cache.size} cached keys, noCache: ${options.noCache === true})`,
  );
}
