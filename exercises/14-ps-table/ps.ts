// Exercise 14: print `docker ps` exactly as Docker 29 does. README.md gives the rules, step by step.
import { todo } from '../support/todo';

export interface PortBinding {
  hostIp: string;
  hostPort: number;
  containerPort: number;
  protocol: 'tcp' | 'udp';
}

/** The fields `docker ps` needs (the same names as the simulated host's snapshot uses). */
export interface PsContainer {
  /** Full 64-hex ID. */
  id: string;
  /** The reference the container was created from, e.g. "nginx" or "nginx:1.29". */
  image: string;
  /** The command it runs, e.g. "/docker-entrypoint.sh nginx -g 'daemon off;'". */
  command: string;
  name: string;
  state: 'created' | 'running' | 'paused' | 'exited';
  exitCode: number;
  ports: PortBinding[];
  /** Epoch milliseconds. */
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

/** Step 1: go-units HumanDuration, e.g. "Less than a second", "About a minute", "3 hours". */
export function humanDuration(ms: number): string {
  return todo(`humanDuration(${ms})`);
}

/** Step 2: the COMMAND cell: at most 20 characters (19 + "…") inside double quotes. */
export function formatCommand(command: string): string {
  return todo(`formatCommand(${command})`);
}

/** Step 3: the STATUS cell: "Up 5 minutes", "Up 2 hours (Paused)", "Exited (0) 3 seconds ago", "Created". */
export function formatStatus(container: PsContainer, now: number): string {
  return todo(`formatStatus(${container.state})`);
}

/** Step 4: the PORTS cell: "0.0.0.0:8080->80/tcp, [::]:8080->80/tcp" (IPv6 addresses in brackets). */
export function formatPorts(ports: readonly PortBinding[]): string {
  return todo(`formatPorts(${ports.length} bindings)`);
}

/** Step 5: the whole table, newest container first; only running and paused ones unless `all`. */
export function formatPs(containers: readonly PsContainer[], now: number, options: { all: boolean }): string {
  return todo(`formatPs(${containers.length} containers, all: ${options.all})`);
}
