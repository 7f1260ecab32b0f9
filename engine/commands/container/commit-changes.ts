// `docker commit --change`: Dockerfile instructions applied to the new image's config, the way
// moby's BuildFromConfig dispatches them (the build's own metadata rules, so `ENTRYPOINT` drops
// a CMD that --change did not set). Only the commands moby's validCommitCommands lists are taken.
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import type { RuntimeConfig } from '../../model/oci';
import { normalizePath } from '../../model/entry';
import { expandVars, parseDockerfile } from '../image/build/dockerfile';
import { applyMetadata, varsOf, type StageState } from '../image/build/stage';

const VALID = new Set(['cmd', 'entrypoint', 'healthcheck', 'env', 'expose', 'label', 'onbuild', 'stopsignal', 'user', 'volume', 'workdir']);
/** Valid for Docker, but config fields the kit's images do not carry. */
const UNMODELLED = new Set(['healthcheck', 'onbuild', 'volume']);

export function applyChanges(config: RuntimeConfig, changes: readonly string[]): RuntimeConfig {
  if (changes.length === 0) return config;
  let state: StageState = { key: '', config, layers: [], history: [], args: new Map(), cmdSet: false };
  for (const ins of parseDockerfile(changes.join('\n'))) {
    const keyword = ins.keyword.toLowerCase();
    if (!VALID.has(keyword)) throw new CliError(msg.notAChangeCommand(keyword), 1);
    if (UNMODELLED.has(keyword)) throw new CliError(msg.changeNotModelled(ins.keyword), 1);
    if (keyword === 'workdir') {
      const dir = normalizePath(expandVars(ins.args.trim(), varsOf(state)), state.config.WorkingDir || '/');
      state = { ...state, config: { ...state.config, WorkingDir: dir } };
      continue;
    }
    state = applyMetadata(state, ins, new Map()) ?? state;
  }
  return state.config;
}
