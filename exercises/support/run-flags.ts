// Whether a command line is a `docker run` that stays attached (no -d). On a real host such a
// line does not return while the container's process lives, so a commands file would stop there;
// the simulated host gives the prompt back instead (README "Fidelity"), so the checks ask this.
import { parse } from 'shell-quote';

// `docker run` options that take a value (docker/cli cli/command/container/opts.go), so that a
// value such as `-p 8080:80` is not mistaken for the image.
const VALUE_LONG = new Set([
  'add-host',
  'cap-add',
  'cap-drop',
  'cidfile',
  'cpus',
  'cpu-shares',
  'device',
  'dns',
  'entrypoint',
  'env',
  'env-file',
  'expose',
  'gpus',
  'group-add',
  'health-cmd',
  'hostname',
  'ip',
  'ipc',
  'label',
  'label-file',
  'link',
  'log-driver',
  'log-opt',
  'mac-address',
  'memory',
  'mount',
  'name',
  'network',
  'pid',
  'platform',
  'publish',
  'pull',
  'restart',
  'runtime',
  'security-opt',
  'shm-size',
  'stop-signal',
  'stop-timeout',
  'tmpfs',
  'ulimit',
  'user',
  'volume',
  'volumes-from',
  'workdir',
]);
const VALUE_SHORT = new Set(['c', 'e', 'h', 'l', 'm', 'p', 'u', 'v', 'w']);

/** The words of the first simple command on the line (up to `&&`, `;`, `|`, …). */
function firstCommandWords(line: string): string[] {
  const words: string[] = [];
  for (const token of parse(line)) {
    if (typeof token !== 'string') break;
    words.push(token);
  }
  return words;
}

export interface RunLine {
  detach: boolean;
}

/** For `docker run …` / `docker container run …`, whether -d is given; undefined for any other line. */
export function dockerRun(line: string): RunLine | undefined {
  const words = firstCommandWords(line);
  if (words[0] !== 'docker') return undefined;
  let i = words[1] === 'run' ? 2 : words[1] === 'container' && words[2] === 'run' ? 3 : -1;
  if (i < 0) return undefined;
  let detach = false;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--' || !word.startsWith('-') || word === '-') break;
    if (word.startsWith('--')) {
      const [name, value] = word.slice(2).split('=', 2) as [string, string | undefined];
      if (name === 'detach') detach = value === undefined || value === 'true';
      else if (VALUE_LONG.has(name) && value === undefined) i++;
      continue;
    }
    const letters = word.slice(1);
    for (let j = 0; j < letters.length; j++) {
      const letter = letters[j]!;
      if (letter === 'd') detach = true;
      if (VALUE_SHORT.has(letter)) {
        if (j === letters.length - 1) i++;
        break;
      }
    }
  }
  return { detach };
}
