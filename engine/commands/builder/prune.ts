// `docker builder prune` / `docker buildx prune`: Docker 29 hands `docker builder` to buildx, so
// both print buildx's listing (commands/prune.go): ID padded to 40, RECLAIMABLE, SIZE, LAST
// ACCESSED, tab-aligned, then "Total:". Nothing is in use between builds, so --all removes the
// same records as the default (the kit keeps no frontend or internal records).
import type { CommandSpec } from '../../cli/spec';
import { ago } from '../../format/duration';
import { humanSize, humanSize4 } from '../../format/size';
import { renderTabPadded } from '../../format/table';

const WARNING = 'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
const WARNING_ALL = 'WARNING! This will remove all build cache. Are you sure you want to continue?';

export const builderPrune: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  description: 'Remove build cache',
  aliases: ['docker buildx prune', 'docker builder prune'],
  args: { max: 0 },
  flags: [
    { long: 'all', short: 'a', kind: 'bool', description: 'Include internal/frontend images' },
    { long: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
  ],
  execute(args, ctx) {
    const action = () => {
      const now = ctx.daemon.now();
      const gone = ctx.daemon.pruneBuildCache();
      const total = gone.reduce((s, r) => s + r.size, 0);
      const rows = gone.map((r) => [r.id.padEnd(40), 'true '.padEnd(5), humanSize(r.size).padEnd(10), ago(now - r.lastUsed)]);
      const table = rows.length ? renderTabPadded([['ID', 'RECLAIMABLE', 'SIZE', 'LAST ACCESSED'], ...rows]) : '';
      return { stdout: table + renderTabPadded([['Total:', humanSize4(total)]]), stderr: '', exitCode: 0 };
    };
    if (args.bool('force')) return action();
    // buildx asks on one line; the host shows the question until the next line answers it.
    ctx.daemon.ask({ question: `${args.bool('all') ? WARNING_ALL : WARNING} [y/N] `, onYes: action, cancelled: '' });
    return { stdout: '', stderr: '', exitCode: 0 };
  },
};
