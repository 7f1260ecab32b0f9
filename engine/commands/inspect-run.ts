// Shared body of `docker inspect`, `docker container inspect` and `docker image inspect`.
import type { Args } from '../cli/spec';
import type { Ctx } from '../cli/context';
import { msg } from '../errors/messages';
import { missingImageName } from './image/lookup';
import type { ExecResult } from '../types';
import { containerDoc, formatDoc, imageDoc, inspectJson } from './inspect-docs';

export const inspectFlags = [
  { long: 'format', short: 'f', kind: 'string' as const, description: 'Format output using a custom template' },
  { long: 'size', short: 's', kind: 'bool' as const, description: 'Display total file sizes if the type is container' },
  { long: 'type', kind: 'string' as const, description: 'Only inspect objects of the given type', hidden: true },
];

export function runInspect(args: Args, ctx: Ctx, kind: 'any' | 'container' | 'image'): ExecResult {
  const docs: Record<string, unknown>[] = [];
  const errors: string[] = [];
  for (const input of args.positional) {
    const c = kind !== 'image' ? ctx.state.findContainer(input) : undefined;
    const image = !c && kind !== 'container' ? ctx.state.findImage(input) : undefined;
    if (c) docs.push(containerDoc(c));
    else if (image) docs.push(imageDoc(image, ctx.state));
    else if (kind === 'container') errors.push(msg.noSuchContainer(input));
    else if (kind === 'image') errors.push(msg.noSuchImage(missingImageName(input)));
    else errors.push(msg.noSuchObject(input));
  }
  const format = args.string('format');
  const stdout = format ? docs.map((d) => formatDoc(format, d) + '\n').join('') : inspectJson(docs);
  return { stdout, stderr: errors.map((e) => e + '\n').join(''), exitCode: errors.length ? 1 : 0 };
}
