/**
 * npm run examples:freeze [-- MODULE ...] — runs test/examples/inputs.ts through the legacy
 * oracle and writes test/examples/<module>.ts with the exact outputs (or the error thrown).
 * Review the diff before committing: the C++ is the truth, but a wrong C++ is a bug to fix.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EngineError, LegacyEngine, MODULES, type ModuleName } from '../../legacy-bridge/index.js';
import { INPUTS } from '../../test/examples/inputs.js';
import { SOURCES } from '../../test/examples/sources.js';

const engine = LegacyEngine.fromSources(SOURCES);
const firstBp = INPUTS.block_page[0]![1];
const link = engine.block_page(firstBp).location;
const token = engine.block_page({ ...firstBp, op: 'bypass', host: 'games.example' }).token;
const forged = link.replace('&c=2&', '&c=1&');

function lit(v: unknown): string {
  if (typeof v === 'string') {
    let out = "'";
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c === 39) out += "\\'";
      else if (c === 92) out += '\\\\';
      else if (c >= 0x20 && c < 0x7f) out += v[i];
      else out += '\\x' + c.toString(16).padStart(2, '0');
    }
    return out + "'";
  }
  if (Array.isArray(v)) return '[' + v.map(lit).join(', ') + ']';
  if (v !== null && typeof v === 'object') return '{ ' + Object.entries(v).map(([k, x]) => `${/^[a-zA-Z_]\w*$/.test(k) ? k : lit(k)}: ${lit(x)}`).join(', ') + ' }';
  return String(v);
}

function subst(v: unknown): unknown {
  if (typeof v === 'string') return v.replace('{{LINK_FORGED}}', forged).replace('{{LINK}}', link).replace('{{TOKEN}}', token);
  if (Array.isArray(v)) return v.map(subst);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, subst(x)]));
  return v;
}

const wanted = process.argv.slice(2).filter((m): m is ModuleName => (MODULES as readonly string[]).includes(m));
for (const m of wanted.length ? wanted : MODULES) {
  const rows: string[] = [];
  for (const [name, raw] of INPUTS[m]) {
    const input = subst(raw);
    let expected: unknown;
    try {
      expected = (engine[m] as (i: unknown) => unknown).call(engine, input);
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      expected = { throws: e.code };
    }
    rows.push(`    {\n      name: ${lit(name)},\n      input: ${lit(input)},\n      expected: ${lit(expected)},\n    },`);
  }
  const file = `// Frozen from the legacy oracle by scripts/dev/freeze-examples.ts (inputs: inputs.ts); reviewed by hand.
import type { ModuleExamples } from './harness.js';
import { SOURCES } from './sources.js';

export const examples: ModuleExamples<'${m}'> = {
  module: '${m}',
  sources: SOURCES,
  cases: [
${rows.join('\n')}
  ],
};
`;
  // An op outside the contract (to pin E_BAD_INPUT) needs a cast to type-check.
  writeFileSync(resolve('test/examples', `${m}.ts`), file.replace(/op: '(?!build'|bypass'|verify')([^']*)'/g, "op: '$1' as 'build'"));
  console.log(`${m}: ${rows.length} examples`);
}
