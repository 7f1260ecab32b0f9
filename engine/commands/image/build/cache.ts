// A build step's cache key: the previous state's key chained with the instruction (plus, for
// COPY/ADD, a checksum of the copied files). The cache itself is the daemon's (daemon/build-cache.ts).
import { digestOf } from '../../../model/digest';

export function stepKey(parentKey: string, instruction: string, extra = ''): string {
  return digestOf(`${parentKey}\n${instruction}${extra ? `\n${extra}` : ''}`).slice('sha256:'.length);
}
