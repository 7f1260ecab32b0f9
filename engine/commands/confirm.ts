// Prune's "Are you sure you want to continue? [y/N]": without --force the question is asked and
// the next line typed answers it (the host's prompt shows the question meanwhile).
import type { Ctx } from '../cli/context';
import type { CommandResult } from '../output';

export const QUESTION = 'Are you sure you want to continue? [y/N] ';

export function confirmThen(ctx: Ctx, force: boolean, warning: string, cancelled: string, action: () => CommandResult): CommandResult {
  if (force) return action();
  ctx.daemon.ask({ question: QUESTION, onYes: action, cancelled });
  return { stdout: `${warning}\n`, stderr: '', exitCode: 0 };
}
