// --restart as run/create parse it: the CLI's opts.ParseRestartPolicy, then the daemon's
// ValidateRestartPolicy. The policy is recorded (inspect's HostConfig.RestartPolicy); the
// simulated daemon never restarts, since its processes only end when told to (engine/fidelity.md).
import { msg } from '../../errors/messages';
import { CliError } from '../../errors/cli-error';

export interface RestartPolicy {
  Name: string;
  MaximumRetryCount: number;
}

const NAMES = new Set(['no', 'always', 'on-failure', 'unless-stopped']);

/** No --restart: one policy object for every such container (configs are never mutated). */
const NO_RESTART: RestartPolicy = Object.freeze({ Name: 'no', MaximumRetryCount: 0 });

export function parseRestartPolicy(value: string | undefined, autoRemove: boolean, wrap: (text: string) => CliError): RestartPolicy {
  if (value === undefined || value === '' || value === 'no') return NO_RESTART;
  const colon = value.indexOf(':');
  const name = colon === -1 ? value : value.slice(0, colon);
  const count = colon === -1 ? '' : value.slice(colon + 1);
  if (colon !== -1 && name === '') throw wrap(msg.restartNoName());
  if (count !== '' && !/^-?\d+$/.test(count)) throw wrap(msg.restartBadCount());
  if (autoRemove) throw wrap(msg.restartWithRm());
  if (!NAMES.has(name)) throw wrap(msg.restartUnknown(name));
  if (count !== '' && Number(count) !== 0 && name !== 'on-failure') throw wrap(msg.restartCountNotOnFailure());
  return { Name: name, MaximumRetryCount: count === '' ? 0 : Number(count) };
}
