// Input that is not a terminal (a pipe, a file): each line runs in turn, only what the commands
// print is written (no prompts), and the shell ends with the last command's exit status, as
// `bash < script` does.
import { createInterface } from 'node:readline';
import type { Host } from '../../engine/index';
import { hostExit } from './host-exit';
import { writeResult, type Streams } from './output';

export async function runPiped(host: Host, input: NodeJS.ReadableStream, streams: Streams): Promise<number> {
  let last = 0;
  for await (const line of createInterface({ input, terminal: false, crlfDelay: Infinity })) {
    const leave = hostExit(host.prompt(), line);
    if (leave !== undefined) return leave;
    const result = host.execute(line);
    writeResult(result, streams);
    if (line.trim() !== '') last = result.exitCode;
  }
  return last;
}
