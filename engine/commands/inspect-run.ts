// Shared body of `docker inspect`, `docker container inspect` and `docker image inspect`.
import type { Args } from '../cli/spec';
import type { Ctx } from '../cli/context';
import { msg } from '../errors/messages';
import { missingImageName } from '../model/reference';
import type { CommandResult } from '../output';
import { containerDoc, formatDoc, imageDoc, inspectJson } from './inspect-docs';

/** The types `docker inspect --type` accepts (CLI 29); the kit models only two of them. */
const TYPES = new Set(['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume']);

export const inspectFlags = [
  { long: 'format', short: 'f', kind: 'string' as const, description: 'Format output using a custom template' },
  { long: 'size', short: 's', kind: 'bool' as const, description: 'Display total file sizes if the type is container' },
  { long: 'type', kind: 'string' as const, description: 'Only inspect objects of the given type' },
];

export function runInspect(args: Args, ctx: Ctx, defaultKind: 'any' | 'container' | 'image'): CommandResult {
  const type = args.string('type') ?? '';
  if (type !== '' && !TYPES.has(type)) return { stdout: '', stderr: msg.invalidInspectType(type) + '\n', exitCode: 1 };
  const kind = type === 'container' || type === 'image' ? type : type === '' ? defaultKind : 'none';
  const withSize = args.bool('size');
  const docs: Record<string, unknown>[] = [];
  const errors: string[] = [];
  for (const input of args.positional) {
    const c = kind === 'any' || kind === 'container' ? ctx.daemon.findContainer(input) : undefined;
    const image = !c && (kind === 'any' || kind === 'image') ? ctx.daemon.findImage(input) : undefined;
    if (c) docs.push(containerDoc(c, withSize));
    else if (image) docs.push(imageDoc(image, ctx.daemon));
    else if (kind === 'container') errors.push(msg.noSuchContainer(input));
    else if (kind === 'image') errors.push(msg.noSuchImage(missingImageName(input)));
    else errors.push(msg.noSuchObject(input));
  }
  const format = args.string('format');
  const stdout = format ? docs.map((d) => formatDoc(format, d) + '\n').join('') : inspectJson(docs);
  return { stdout, stderr: errors.map((e) => e + '\n').join(''), exitCode: errors.length ? 1 : 0 };
}
