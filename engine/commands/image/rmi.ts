import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { lines } from '../../format/text';
import type { Ctx } from '../../cli/context';
import { requireImage } from './lookup';
import { familiarString, fullString, parseReference } from '../../model/reference';

/**
 * After an image goes, its parent goes too if nothing else holds it: no tag, no container, no
 * other child (moby image_delete.go, unless --no-prune); and so on up the chain.
 */
function pruneParents(parentId: string | undefined, ctx: Ctx): string[] {
  const state = ctx.daemon;
  const out: string[] = [];
  let parent = parentId ? state.images.get(parentId) : undefined;
  while (parent) {
    const held = state.tagsOf(parent.id).length > 0 || state.containersOf(parent.id).length > 0 || [...state.images.values()].some((i) => i.parentId === parent!.id);
    if (held) break;
    state.removeImage(parent.id);
    out.push(`Deleted: ${parent.id}`);
    parent = parent.parentId ? state.images.get(parent.parentId) : undefined;
  }
  return out;
}

/** Removes one image argument; returns the Untagged:/Deleted: lines (containerd store, docker-facts §1.7). */
export function removeImage(input: string, force: boolean, ctx: Ctx, prune = true): string[] {
  const state = ctx.daemon;
  const image = requireImage(state, input);
  const tags = state.tagsOf(image.id);
  const users = state.containersOf(image.id);
  let byTag: string | undefined;
  try {
    const ref = parseReference(input);
    if (state.tags.get(fullString(ref)) === image.id) byTag = fullString(ref);
  } catch {
    byTag = undefined;
  }
  if (byTag) {
    const familiar = familiarString(parseReference(byTag));
    if (tags.length > 1 || (users.length > 0 && force)) {
      state.untag(byTag);
      return [`Untagged: ${familiar}`];
    }
    if (users.length > 0) throw new CliError(msg.rmiTagInUse(familiar, users[0]!.id, image.id), 1);
  } else {
    const running = users.find((c) => c.running);
    if (running) throw new CliError(msg.rmiUsedByRunning(image.id, running.id), 1);
    if (users.length > 0 && !force) throw new CliError(msg.rmiUsedByStopped(image.id, users[0]!.id), 1);
    if (tags.length > 1 && !force) throw new CliError(msg.rmiMultipleRepos(image.id), 1);
  }
  const out = tags.map((t) => `Untagged: ${t}`);
  if (users.length > 0) {
    // forced while stopped containers use it: the tags go, the content stays for them
    state.untagImage(image.id);
  } else {
    state.removeImage(image.id);
    out.push(`Deleted: ${image.id}`);
    if (prune) out.push(...pruneParents(image.parentId, ctx));
  }
  return out;
}

export const rmi: CommandSpec = {
  name: 'rm',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  description: 'Remove one or more images',
  aliases: ['docker image rm', 'docker image remove', 'docker rmi'],
  args: { min: 1 },
  flags: [
    { long: 'force', short: 'f', kind: 'bool', description: 'Force removal of the image' },
    { long: 'no-prune', kind: 'bool', description: 'Do not delete untagged parents' },
  ],
  execute(args, ctx) {
    const out: string[] = [];
    const errors: string[] = [];
    for (const input of args.positional) {
      try {
        out.push(...removeImage(input, args.bool('force'), ctx, !args.bool('no-prune')));
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        errors.push(e.text);
      }
    }
    return { stdout: lines(...out), stderr: lines(...errors), exitCode: errors.length ? 1 : 0 };
  },
};
