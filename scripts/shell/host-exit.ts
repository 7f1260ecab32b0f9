// `exit [N]` typed at the host's prompt leaves the shell (inside a container session the engine
// handles `exit` itself: it ends that session).

const HOST_PROMPT = '$ ';

/** The exit code when `line` leaves the shell from `prompt`, else undefined. */
export function hostExit(prompt: string, line: string): number | undefined {
  if (prompt !== HOST_PROMPT) return undefined;
  const m = /^\s*exit(?:\s+(\d+))?\s*$/.exec(line);
  return m ? Number(m[1] ?? 0) % 256 : undefined;
}

export function onHost(prompt: string): boolean {
  return prompt === HOST_PROMPT;
}
