// Finding an image the way the daemon reports a miss: "No such image: nginx:latest" (the tag
// defaulted), or the input as typed when it is an ID prefix or not a reference at all.
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import type { Daemon } from '../../daemon/daemon';
import type { Image } from '../../model/image';
import { familiarString, parseReference } from '../../model/reference';

export function missingImageName(input: string): string {
  if (/^[a-f0-9]{1,63}$/.test(input)) return input;
  try {
    return familiarString(parseReference(input));
  } catch {
    return input;
  }
}

export function requireImage(state: Daemon, input: string): Image {
  const image = state.findImage(input);
  if (!image) throw new CliError(msg.noSuchImage(missingImageName(input)), 1);
  return image;
}
