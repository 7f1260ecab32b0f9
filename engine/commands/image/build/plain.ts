// `--progress=plain`: BuildKit's text printer (util/progress/progressui/printer.go), the format
// a build prints when stderr is not a terminal: "#N name", one line per sub-step ending in
// "done", then "#N DONE 0.0s" (or "#N CACHED", or "#N ERROR: reason").
import { unitsBytes, type Vertex } from './progress';

export function renderPlain(vertices: readonly Vertex[], failure?: string): string {
  // buildx prints which builder runs the build first (commands/build.go, "building with").
  const head = '#0 building with "default" instance using docker driver\n';
  // printer.go writes an empty line whenever it moves on to another vertex.
  const blocks = vertices.map((v, i) => {
    const n = `#${i + 1}`;
    let out = `${n} ${v.name}\n`;
    for (const s of v.statuses ?? []) out += `${n} ${s.id}${s.bytes === undefined ? '' : ` ${unitsBytes(s.bytes)}`} done\n`;
    for (const w of v.warnings ?? []) out += `${n} WARN: ${w}\n`;
    for (const line of v.logs ?? []) out += `${n} 0.000 ${line}\n`;
    if (v.cached) return out + `${n} CACHED\n`;
    if (v.error) return out + `${n} ERROR: ${failure ?? ''}\n`;
    return out + `${n} DONE 0.0s\n`;
  });
  return [head, ...blocks].join('\n');
}
