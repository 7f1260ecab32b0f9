// Diagnoses that follow the real cause: when a container is missing or not running, look first
// at the learner's command that was meant to make it, and at what Docker said.
import type { ContainerView } from '../../engine/types';
import type { CommandRun, RanLine } from './commands';
import { containerNames } from './commands';

/** The last command naming `name` with --name that failed (e.g. its `docker run`). */
export function failedRunNaming(run: CommandRun, name: string): RanLine | undefined {
  const names = new RegExp(`--name(?:=|\\s+)["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?(?:\\s|$)`);
  return [...run.ran].reverse().find((r) => r.exitCode !== 0 && names.test(r.line));
}

const PORT_TAKEN = /Bind for (\S+):(\d+) failed: port is already allocated/;

/** The container that holds a host port, from a "port is already allocated" error. */
function portHolder(run: CommandRun, stderr: string): { port: number; holder?: string } | undefined {
  const m = PORT_TAKEN.exec(stderr);
  if (!m) return undefined;
  const port = Number(m[2]);
  const holder = run.host.snapshot().containers.find((c) => c.state === 'running' && c.ports.some((p) => p.hostPort === port));
  return holder ? { port, holder: holder.name } : { port };
}

/** Docker's own reason, its last non-generic line ("Run 'docker run --help'" is dropped). */
function reasonOf(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith("Run '"));
  return lines[lines.length - 1] ?? '(no error text)';
}

/**
 * Why `name` is not running: the failed command that made it, with the port conflict spelled
 * out (which container holds the port, and what to change), else the state's usual causes.
 * `wantedPort` is the host port the exercise asks for, if any.
 */
export function notRunningWhy(run: CommandRun, c: ContainerView, wantedPort?: number): string {
  const failed = failedRunNaming(run, c.name);
  if (failed) {
    const taken = portHolder(run, failed.stderr);
    if (taken) {
      const fix =
        wantedPort !== undefined && wantedPort !== taken.port
          ? `use -p ${wantedPort}:80 on that line`
          : 'give it a host port nothing else publishes (the left side of -p HOST:CONTAINER)';
      return (
        `${c.name} is ${c.state}, not running: line ${failed.lineNo} created it but could not start it, because host port ${taken.port} ` +
        `is already published by ${taken.holder ?? 'another container'}. Two containers can both listen on port 80 inside, but not share a host port: ${fix}`
      );
    }
    return `${c.name} is ${c.state}, not running: line ${failed.lineNo} created it but could not start it: ${reasonOf(failed.stderr)}`;
  }
  if (c.state === 'created')
    return `${c.name} is created, not running: did you use \`create\` instead of \`run\`? (\`docker start ${c.name}\` starts it)`;
  if (c.state === 'exited') return `${c.name} has exited: was it stopped (docker stop), or did its process end?`;
  if (c.state === 'paused') return `${c.name} is paused: \`docker unpause ${c.name}\``;
  return `${c.name} is ${c.state}, not running`;
}

/** Why there is no container `name`: its failed command if one named it, else what the host has. */
export function missingWhy(run: CommandRun, name: string, advice: string): string {
  const failed = failedRunNaming(run, name);
  if (failed) return `no container named ${name}: line ${failed.lineNo}, which names it, failed: ${reasonOf(failed.stderr)}`;
  return `no container named ${name} (the host has: ${containerNames(run.host)}): ${advice}`;
}
