// BuildKit's build checks (frontend/dockerfile/linter/ruleset.go) that a learner's Dockerfile
// commonly trips. Each warning's short form is "<Rule>: <message> (line N)" (linter.go
// LintFormatShort); the TTY display lists them as "WARN: …" under the build definition, and
// buildx prints them again after the build (commands/build.go printWarnings).
import type { Instruction } from './dockerfile';

export function lintWarnings(instructions: readonly Instruction[]): string[] {
  const out: string[] = [];
  let absoluteWorkdir = false;
  for (const ins of instructions) {
    const at = ` (line ${ins.startLine})`;
    if (ins.keyword === 'FROM') {
      absoluteWorkdir = false;
      const as = /\s(as)\s/i.exec(` ${ins.args} `)?.[1];
      const upper = (w: string) => w === w.toUpperCase();
      if (as && upper(as) !== upper(ins.written)) out.push(`FromAsCasing: '${as}' and '${ins.written}' keywords' casing do not match${at}`);
    }
    if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && !ins.json && ins.args !== '') {
      out.push(
        `JSONArgsRecommended: JSON arguments recommended for ${ins.keyword} to prevent unintended behavior related to OS signals${at}`,
      );
    }
    if ((ins.keyword === 'ENV' || ins.keyword === 'LABEL') && /^\s*[^\s=]+\s/.test(ins.args) && !/^\s*[^\s=]+=/.test(ins.args)) {
      out.push(`LegacyKeyValueFormat: "${ins.keyword} key=value" should be used instead of legacy "${ins.keyword} key value" format${at}`);
    }
    if (ins.keyword === 'WORKDIR') {
      if (!ins.args.startsWith('/') && !ins.args.startsWith('$') && !absoluteWorkdir) {
        out.push(`WorkdirRelativePath: Relative workdir "${ins.args}" can have unexpected results if the base image changes${at}`);
      }
      if (ins.args.startsWith('/')) absoluteWorkdir = true;
    }
  }
  return out;
}

/** buildx printWarnings, without its colour: a blank line, the count, one " - " line each. */
export function renderWarnings(warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  const count = warnings.length === 1 ? '1 warning found' : `${warnings.length} warnings found`;
  return `\n ${count} (use docker --debug to expand):\n${warnings.map((w) => ` - ${w}\n`).join('')}`;
}
