// `docker system prune` (docker/cli cli/command/system/prune.go): one question listing what each
// pruner would remove, then the pruners in pruner.go's order (containers, networks, volumes,
// images, build cache), each printing its own "Deleted …" list, then "Total reclaimed space:".
// Volumes are pruned only with --volumes, and only once the daemon has volumes (pruneVolumes).
import type { CommandSpec } from '../../cli/spec';
import type { Daemon } from '../../daemon/daemon';
import { naturalCompare } from '../../format/natural-order';
import { humanSize4 } from '../../format/size';
import { parseTemplate, T } from '../../format/template/index';
import { QUESTION } from '../confirm';
import { imageSubject, pruneFilter, type PruneSubject } from '../prune-filter';

/** prune.go confirmationTemplate (without its last line, which the [y/N] question repeats). */
const CONFIRMATION = parseTemplate(`WARNING! This will remove:
{{- range $_, $warning := .warnings }}
  - {{ $warning }}
{{- end }}
{{if .filters}}
  Items to be pruned will be filtered with:
{{- range $_, $filters := .filters }}
  - {{ $filters }}
{{- end }}
{{end}}
`);

/** What a pruner reports: the bytes it freed and its "Deleted …" listing ('' when nothing went). */
interface Pruned {
  space: number;
  output: string;
}

/** The seam for volumes: a daemon that has them prunes the anonymous ones nobody uses. */
interface VolumePruning {
  pruneVolumes?(): { deleted: string[]; space: number };
}

type Filter = (s: PruneSubject) => boolean;

function pruneContainers(daemon: Daemon, filter: Filter): Pruned {
  const gone = [...daemon.containers.values()].filter(
    (c) => !c.running && filter({ created: c.created, labels: c.image.config.config.Labels ?? {} }),
  );
  let space = 0;
  for (const c of gone) {
    space += c.fs.sizeRw();
    daemon.removeContainer(c);
  }
  return { space, output: gone.length ? `Deleted Containers:\n${gone.map((c) => c.id + '\n').join('')}` : '' };
}

function pruneVolumes(daemon: Daemon): Pruned {
  const report = (daemon as Daemon & VolumePruning).pruneVolumes?.();
  if (!report || report.deleted.length === 0) return { space: report?.space ?? 0, output: '' };
  return { space: report.space, output: `Deleted Volumes:\n${report.deleted.map((v) => v + '\n').join('')}` };
}

/** Dangling images, or with -a every image no container uses (moby's image prune). */
function pruneImages(daemon: Daemon, all: boolean, filter: Filter): Pruned {
  const lines: string[] = [];
  let space = 0;
  for (const image of [...daemon.images.values()]) {
    if (daemon.containersOf(image.id).length > 0) continue;
    const tags = daemon.tagsOf(image.id);
    if ((!all && tags.length > 0) || !filter(imageSubject(image))) continue;
    // Layers shared with an image that stays are not reclaimed.
    const kept = new Set([...daemon.images.values()].filter((i) => i !== image).flatMap((i) => i.layers.map((l) => l.digest)));
    space += image.layers.filter((l) => !kept.has(l.digest)).reduce((sum, l) => sum + l.size, 0);
    lines.push(...tags.map((t) => `untagged: ${t}`), `deleted: ${image.id}`);
    daemon.removeImage(image.id);
  }
  return { space, output: lines.length ? `Deleted Images:\n${lines.map((l) => l + '\n').join('')}` : '' };
}

function pruneBuildCache(daemon: Daemon): Pruned {
  const gone = daemon.pruneBuildCache();
  return {
    space: gone.reduce((s, r) => s + r.size, 0),
    output: gone.length ? `Deleted build cache objects:\n${gone.map((r) => r.id + '\n').join('')}` : '',
  };
}

export const systemPrune: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  description: 'Remove unused data',
  aliases: ['docker system prune'],
  args: { max: 0 },
  flags: [
    { long: 'all', short: 'a', kind: 'bool', description: 'Remove all unused images not just dangling ones' },
    { long: 'filter', kind: 'list', valueName: 'filter', description: 'Provide filter values (e.g. "label=<key>=<value>")' },
    { long: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
    { long: 'volumes', kind: 'bool', description: 'Prune anonymous volumes' },
  ],
  execute(args, ctx) {
    const all = args.bool('all');
    const volumes = args.bool('volumes');
    // Checked before the question, as the other prunes do here (fidelity.md); the question lists
    // the label and until filters in natural order (prune.go dryRun).
    const filter = pruneFilter(args.list('filter'), ctx.daemon.now());
    if ('error' in filter) return { stdout: '', stderr: filter.error + '\n', exitCode: 1 };
    const filters = args
      .list('filter')
      .filter((f) => /^(label|label!|until)=/.test(f))
      .sort(naturalCompare);
    const warnings = [
      'all stopped containers',
      'all networks not used by at least one container',
      ...(volumes ? ['all anonymous volumes not used by at least one container'] : []),
      all ? 'all images without at least one container associated to them' : 'all dangling images',
      all ? 'all build cache' : 'unused build cache',
    ];
    const action = () => {
      const d = ctx.daemon;
      // Networks: only the default ones exist, and those are never pruned.
      const results = [pruneContainers(d, filter), ...(volumes ? [pruneVolumes(d)] : []), pruneImages(d, all, filter), pruneBuildCache(d)];
      const listing = results
        .filter((r) => r.output)
        .map((r) => r.output + '\n')
        .join('');
      const space = results.reduce((s, r) => s + r.space, 0);
      return { stdout: `${listing}Total reclaimed space: ${humanSize4(space)}\n`, stderr: '', exitCode: 0 };
    };
    if (args.bool('force')) return action();
    // The answer "n" is the CLI's cancelledErr: silent, exit 0 (cmd/docker/docker.go main).
    ctx.daemon.ask({ question: QUESTION, onYes: action, cancelled: '' });
    return { stdout: CONFIRMATION.run({ v: { warnings, filters }, t: T.map(T.slice(T.string)) }), stderr: '', exitCode: 0 };
  },
};
