// What a class re-grade writes, only under reports/class/: roster.csv (a row per learner, a
// column per exercise, the total), class.json (everything), index.html (one offline page: pass
// rate per exercise as a bar, a sortable row per learner, failing messages one click away).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassResult } from './regrade';

const csvCell = (value: string | number): string => {
  const s = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: quoted with a leading apostrophe.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function rosterCsv(result: ClassResult): string {
  const header = ['learner', ...result.exercises.map((e) => e.id), 'total', 'note'];
  const rows = result.learners.map((l) => {
    const points = result.exercises.map((e) => (l.broken ? '' : String(l.exercises.find((x) => x.id === e.id)?.points ?? 0)));
    return [l.learner, ...points, l.broken ? '' : String(l.total), l.broken ?? ''];
  });
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

const html = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function indexHtml(result: ClassResult): string {
  const graded = result.learners.filter((l) => !l.broken);
  const bars = result.exercises.map((e) => {
    const passed = graded.filter((l) => l.exercises.find((x) => x.id === e.id)?.status === 'passed').length;
    const rate = graded.length === 0 ? 0 : Math.round((passed / graded.length) * 100);
    return `<li><span class="name">${html(e.id)}</span><span class="bar" role="img" aria-label="${rate}% passed"><span style="width:${rate}%"></span></span><span class="rate">${rate}% (${passed}/${graded.length})</span></li>`;
  });
  const head = ['learner', ...result.exercises.map((e) => e.id.slice(0, 2)), 'total'];
  const rows = result.learners.map((l) => {
    const cells = result.exercises.map((e) => {
      const x = l.exercises.find((y) => y.id === e.id);
      return x
        ? `<td class="${x.status}" data-v="${x.points}" title="${html(`${e.id}: ${x.status}`)}">${x.points}</td>`
        : '<td data-v="-1">–</td>';
    });
    const failing = l.broken
      ? `<p class="broken">${html(l.broken)}</p>`
      : l.exercises
          .filter((x) => x.failing.length > 0)
          .map(
            (x) =>
              `<h4>${html(x.id)} (${html(x.status)})</h4><ul>${x.failing
                .slice(0, 5)
                .map((m) => `<li>${html(m)}</li>`)
                .join('')}</ul>`,
          )
          .join('') || '<p>everything passed</p>';
    return `<tr><th scope="row" data-v="${html(l.learner)}"><details><summary>${html(l.learner)}</summary>${failing}</details></th>${cells.join('')}<td data-v="${l.broken ? -1 : l.total}">${l.broken ? 'not graded' : `${l.total}/${result.maxScore}`}</td></tr>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Class re-grade</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:2rem;color:#1b1f24;background:#fff}
h1{font-size:1.4rem}ul.rates{list-style:none;padding:0;max-width:44rem}
ul.rates li{display:grid;grid-template-columns:16rem 1fr 7rem;gap:.6rem;align-items:center;margin:.2rem 0}
.bar{display:block;height:.9rem;background:#e6e8eb;border-radius:3px;overflow:hidden}.bar span{display:block;height:100%;background:#2f7d32}
table{border-collapse:collapse;margin-top:1.5rem}th,td{border:1px solid #d0d4d9;padding:.25rem .5rem;text-align:right;vertical-align:top}
th[scope=row],thead th:first-child{text-align:left}th[scope=row]{font-weight:normal;max-width:36rem}thead th{cursor:pointer;background:#f3f4f6}
td.passed{background:#e3f4e4}td.error,td.timeout{background:#fde2e1}td.in_progress{background:#fff4d6}
.broken{color:#a1261b}details ul{margin:.2rem 0 .5rem 1rem;padding:0}h4{margin:.4rem 0 0}
</style></head><body>
<h1>Class re-grade</h1>
<p>Kit commit <code>${html(result.commit.slice(0, 12))}</code>, seed ${result.seed}, graded ${html(result.gradedAt)}; ${graded.length} of ${result.learners.length} submissions graded.</p>
<h2>Pass rate per exercise</h2>
<ul class="rates">${bars.join('')}</ul>
<h2>Learners</h2>
<p>Click a column to sort; click a name for the failing checks.</p>
<table id="roster"><thead><tr>${head.map((h, i) => `<th data-col="${i}">${html(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<script>
document.querySelectorAll('#roster thead th').forEach(function (th) {
  th.addEventListener('click', function () {
    var col = Number(th.dataset.col), body = document.querySelector('#roster tbody');
    var dir = th.dataset.dir === 'asc' ? -1 : 1; th.dataset.dir = dir === 1 ? 'asc' : 'desc';
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
      var nx = Number(x), ny = Number(y);
      var c = isNaN(nx) || isNaN(ny) ? String(x).localeCompare(String(y)) : nx - ny;
      return c * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
</script>
</body></html>
`;
}

/** Writes the three files; returns the folder. */
export function writeClassReports(root: string, result: ClassResult): string {
  const dir = join(root, 'reports', 'class');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'roster.csv'), rosterCsv(result));
  writeFileSync(join(dir, 'class.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, 'index.html'), indexHtml(result));
  return dir;
}
