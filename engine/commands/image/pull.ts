import { CliError } from '../../errors/cli-error';
import { DaemonError, PullAccessDenied } from '../../errors/daemon-errors';
import { daemonText } from '../../errors/daemon-words';
import { msg } from '../../errors/messages';
import { lines } from '../../format/text';
import { out } from '../../output';
import { familiarName, fullString, parseReference } from '../../model/reference';
import { remoteReferences } from '../../registry/index';
import type { CommandSpec } from '../../cli/spec';
import { checkPlatform } from './platform';

export const pull: CommandSpec = {
  name: 'pull',
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  description: 'Download an image from a registry',
  aliases: ['docker image pull', 'docker pull'],
  common: 5,
  args: { min: 1, max: 1 },
  flags: [
    { long: 'all-tags', short: 'a', kind: 'bool', description: 'Download all tagged images in the repository' },
    { long: 'disable-content-trust', kind: 'bool', description: 'Skip image verification', default: 'true' },
    { long: 'platform', kind: 'string', description: 'Set platform if server is multi-platform capable' },
    { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress verbose output' },
  ],
  execute(args, ctx) {
    const ref = parseReference(args.positional[0]!);
    const quiet = args.bool('quiet');
    const allTags = args.bool('all-tags');
    if (allTags && !ref.defaultedTag) throw new CliError(msg.tagWithAllTags(), 1);
    const head = ref.defaultedTag && !quiet && !allTags ? ['Using default tag: latest'] : [];
    try {
      const platform = args.string('platform');
      if (platform) checkPlatform(platform);
      if (allTags) return pullAllTags(ctx, familiarName(ref), quiet);
      const { lines: progress } = ctx.daemon.pull(ref);
      return { stdout: lines(...head, ...(quiet ? [] : progress), fullString(ref)), stderr: '', exitCode: 0 };
    } catch (e) {
      // "Using default tag" was already on stdout when the daemon answered with an error.
      if (e instanceof CliError) throw new CliError(e.text, e.exitCode, [...e.before, out(lines(...head))]);
      if (e instanceof DaemonError) throw new CliError(daemonText(e), 1, [out(lines(...head))]);
      throw e;
    }
  },
};

/**
 * `pull -a`: every tag the registry has for the repository, each with its own "Pulling from" and
 * "Digest:" lines, one "Status:" for the repository at the end (docs image_pull.md).
 */
function pullAllTags(ctx: Parameters<CommandSpec['execute']>[1], repo: string, quiet: boolean) {
  const tags = remoteReferences().filter((r) => r.slice(0, r.lastIndexOf(':')) === repo);
  if (tags.length === 0) throw new PullAccessDenied(repo);
  const out: string[] = [];
  let downloaded = false;
  for (const tag of tags.sort()) {
    const progress = ctx.daemon.pull(parseReference(tag)).lines;
    downloaded ||= progress.some((l) => l.startsWith('Status: Downloaded'));
    out.push(...progress.filter((l) => !l.startsWith('Status: ')));
  }
  out.push(`Status: ${downloaded ? 'Downloaded newer image' : 'Image is up to date'} for ${repo}`);
  const full = fullString(parseReference(repo)).replace(/:latest$/, '');
  return { stdout: lines(...(quiet ? [] : out), full), stderr: '', exitCode: 0 };
}
