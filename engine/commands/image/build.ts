// `docker build` (Docker 29: an alias of `docker buildx build`, run by BuildKit). Reads the build
// context from the host's disk, solves the Dockerfile step by step with a layer cache, and
// points the tags at the new image; the image a tag pointed at before stays, untagged, for the
// containers made from it. The progress goes to stderr as BuildKit draws it on a terminal.
import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { normalizePath } from '../../model/entry';
import { runsSameCommand } from '../../model/image';
import { fullString, parseReference } from '../../model/reference';
import { readContext } from './build/context';
import { buildError } from './build/errors';
import { renderWarnings } from './build/lint';
import { renderPlain } from './build/plain';
import { renderErrorLogs, renderProgress, renderSource } from './build/progress';
import { solve } from './build/solve';

export const build: CommandSpec = {
  name: 'build',
  usage: '[OPTIONS] PATH | URL | -',
  description: 'Build an image from a Dockerfile',
  aliases: ['docker buildx build', 'docker build', 'docker builder build', 'docker image build'],
  common: 4,
  args: {},
  flags: [
    { long: 'build-arg', kind: 'list', valueName: 'stringArray', description: 'Set build-time variables' },
    { long: 'file', short: 'f', kind: 'string', description: 'Name of the Dockerfile (default: "PATH/Dockerfile")' },
    { long: 'no-cache', kind: 'bool', description: 'Do not use cache when building the image' },
    {
      long: 'progress',
      kind: 'string',
      default: 'auto',
      description: 'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output',
    },
    { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress the build output and print image ID on success' },
    { long: 'target', kind: 'string', description: 'Set the target build stage to build' },
    { long: 'tag', short: 't', kind: 'list', valueName: 'stringArray', description: 'Name and optionally a tag (format: "name:tag")' },
  ],
  execute(args, ctx) {
    const state = ctx.daemon;
    if (args.positional.length !== 1) throw new CliError(buildError.requiresOneArgument(), 1);
    const path = args.positional[0]!;
    if (path === '-' || /^[a-z]+:\/\//.test(path) || path.startsWith('git@'))
      throw new CliError(buildError.notModelled('a build context from stdin or a URL'), 1);
    const context = readContext(state, path);
    if (!context) throw new CliError(buildError.contextNotFound(path), 1);

    const refs = args.list('tag').map((t) => {
      try {
        return parseReference(t);
      } catch {
        throw new CliError(buildError.invalidTag(t), 1);
      }
    });
    const tags = refs.map((r) => fullString(r));
    // The containerd image exporter names the image by its full, normalized reference.
    const names = tags;
    const buildArgs = new Map<string, string>();
    for (const pair of args.list('build-arg')) {
      const eq = pair.indexOf('=');
      // `--build-arg NAME` takes the value from the client's environment; the host shell has none.
      if (eq !== -1) buildArgs.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    // -f is relative to the current directory; without it the Dockerfile is in the context.
    const file = args.string('file');
    const dockerfilePath = file ? normalizePath(file, ctx.daemon.hostShell.cwd) : normalizePath('Dockerfile', context.dir);
    const dockerfileName = dockerfilePath.slice(dockerfilePath.lastIndexOf('/') + 1);
    const dockerfile = state.hostFiles.get(dockerfilePath);

    const mode = args.bool('quiet') ? 'quiet' : (args.string('progress') ?? 'auto');
    if (mode === 'rawjson') throw new CliError(buildError.notModelled('--progress=rawjson'), 1);
    if (!['auto', 'tty', 'plain', 'quiet'].includes(mode)) throw new CliError(buildError.invalidProgress(mode), 1);
    const outcome = solve({
      state,
      dockerfileName,
      dockerfile,
      context,
      names,
      noCache: args.bool('no-cache'),
      buildArgs,
      ...(args.string('target') ? { target: args.string('target')! } : {}),
    });
    const progress = (failure?: string) =>
      mode === 'quiet' ? '' : mode === 'plain' ? renderPlain(outcome.vertices, failure) : renderProgress(outcome.vertices);

    const warnings = mode === 'quiet' ? '' : renderWarnings(outcome.warnings);
    if (!outcome.ok) {
      const logs = mode === 'quiet' ? '' : renderErrorLogs(outcome.vertices);
      const source = outcome.lines && dockerfile !== undefined ? renderSource(dockerfileName, dockerfile, outcome.lines) : '';
      return {
        stdout: '',
        stderr: progress(outcome.reason) + logs + warnings + source + buildError.failed(outcome.reason) + '\n',
        exitCode: 1,
      };
    }
    const { image, base } = outcome;
    // The base's modelled behaviour (nginx serves, redis listens) carries over only while the
    // image still runs the base's own command; a new CMD runs through the in-container programs.
    state.storeBuiltImage(image, base && runsSameCommand(base.image, image) ? base.runtime : undefined, tags);
    return { stdout: mode === 'quiet' ? `${image.id}\n` : '', stderr: progress() + warnings, exitCode: 0 };
  },
};
