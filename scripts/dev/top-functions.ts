/** Prints the functions with the most self time in a V8 .cpuprofile: npx tsx scripts/dev/top-functions.ts FILE [N] */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
const [file, n = '15'] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file!, 'utf8')) as { nodes: Node[]; samples: number[] };
const total = prof.samples.length;
const self = new Map<string, number>();
for (const node of prof.nodes) {
  const f = node.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(work\/main|node_modules)\//, '')}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
}
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) console.log(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
