// --env-file and --label-file: read on the client from the host's disk, as docker/cli
// pkg/kvfile Parse does (opts/parse.go readKVStrings), relative to the shell's directory.
import type { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { HOST_CWD, type Daemon } from '../../daemon/daemon';
import { normalizePath } from '../../model/entry';
import { isHostDir } from '../../shell/host-disk';

/** One file's lines: blank and `#` lines skipped; a line without "=" would take the client's variable, and the host shell has none. */
function parseKv(text: string): string[] | { error: string } {
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.replace(/\r$/, '').replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const key = eq === -1 ? line : line.slice(0, eq);
    if (key === '') return { error: msg.kvNoName(line) };
    if (/[ \t]/.test(key)) return { error: msg.kvWhitespace(key) };
    if (eq !== -1) out.push(line);
  }
  return out;
}

/** Every file's "key=value" lines in order; `wrap` makes run's or create's error of a failure. */
export function readKvFiles(daemon: Daemon, flag: 'env-file' | 'label-file', files: string[], wrap: (text: string) => CliError): string[] {
  const out: string[] = [];
  for (const file of files) {
    const path = normalizePath(file, HOST_CWD);
    const text = daemon.hostFiles.get(path);
    if (text === undefined) {
      // os.Open succeeds on a directory; reading it fails (bufio.Scanner: "read …: is a directory").
      if (isHostDir(daemon, path)) throw wrap(msg.kvFileInvalid(flag, file, `read ${file}: is a directory`));
      throw wrap(msg.kvFileMissing(flag, file));
    }
    const parsed = parseKv(text);
    if ('error' in parsed) throw wrap(msg.kvFileInvalid(flag, file, parsed.error));
    out.push(...parsed);
  }
  return out;
}
