// What an image's own main process does, as the bundled catalog describes it: kept with the image
// in the daemon's store (an image built FROM it inherits it while it runs the same command), and
// handed to each container made from the image.
export interface ImageRuntime {
  /** Files the process writes into the writable layer at start (e.g. /run/nginx.pid). */
  writesOnStart?: Record<string, string>;
  /** Log lines printed at start (docker logs / attached run). */
  logsOnStart?: string[];
  /**
   * "service" keeps running until stopped; "exits" ends at once with exit code 0 after logging
   * (hello-world); "shell" waits for input: runs while attached with -it, exits when detached
   * without a TTY (busybox/alpine/ubuntu `sh`/`bash`).
   */
  kind: 'service' | 'exits' | 'shell';
  /**
   * The processes while the image's own command runs, main process first: the user ID, the PID
   * inside the container (the main process is 1) and the process title (`docker top` on the
   * host, `ps` inside). Without it, the one process is the command line itself, run as root.
   */
  processes?: Array<{ uid: number; pid: number; title: string }>;
  /** For services that answer HTTP: the directory served at "/" on the listed port. */
  http?: { port: number; root: string; index: string };
}
