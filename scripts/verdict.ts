/**
 * Prints the verdict of the legacy engine (or the port) for one URL, or for every request of a
 * samples file.
 *
 *   npm run verdict -- 'http://www.google.com/search?q=poker' --tenant springfield --user bart --groups students
 *   npm run verdict -- --batch fixtures/samples.tsv
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  LegacyEngine,
  EngineError,
  bundledSources,
  decide,
  readSources,
  bytes,
  type Decision,
  type DecisionRequest,
  type RuleEngine,
} from '../legacy-bridge/index.js';
import { PortedEngine } from '../ported/index.js';

const USAGE = `usage: verdict URL [--tenant T] [--user U] [--groups g1,g2] [--method M] [--host H]
                  [--time ISO|epoch-ms] [--bypass TOKEN] [--engine legacy|ported] [--json]
       verdict --batch FILE   (lines: tenant<TAB>user<TAB>groups<TAB>method<TAB>target[<TAB>time])
       options --categories F --policy F --phrases F replace the bundled fixtures`;

function parseTime(s: string | undefined): number {
  if (!s) return Date.now();
  if (/^-?\d+$/.test(s)) return Number(s);
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`--time: cannot parse ${s}`);
  return t;
}

function request(method: string, target: string, host: string, tenant: string, user: string, groups: string, timeMs: number, bypass: string): DecisionRequest {
  const headers = host ? [{ name: 'Host', value: bytes.fromUtf8(host) }] : [];
  return {
    method: bytes.fromUtf8(method),
    target: bytes.fromUtf8(target),
    headers,
    identity: { tenant: bytes.fromUtf8(tenant), user: bytes.fromUtf8(user), groups: groups ? groups.split(',').map(bytes.fromUtf8) : [] },
    timeMs,
    bypassToken: bytes.fromUtf8(bypass),
  };
}

function line(req: DecisionRequest, d: Decision): string {
  const who = `${req.identity.tenant}/${req.identity.user}`;
  if (!d.canon.ok || !d.verdict) return `${'invalid'.padEnd(10)} ${(d.canon.ok ? '' : d.canon.error).padEnd(16)} ${who.padEnd(24)} ${bytes.escapeBytes(req.target)}`;
  const v = d.verdict;
  const cats = (d.categories?.matches ?? []).map((m) => m.category).join(',') || '-';
  const extra = d.safeSearch?.changed ? `  safesearch→ ${bytes.escapeBytes(d.safeSearch.host + d.safeSearch.path + (d.safeSearch.hasQuery ? '?' + d.safeSearch.query : ''))}` : '';
  return `${v.action.padEnd(10)} ${v.reason.padEnd(16)} ${who.padEnd(24)} ${bytes.escapeBytes(d.canon.url)}  [cat ${cats}; rule ${v.ruleId || '-'}; phrases ${d.phrases?.score ?? 0}]${extra}`;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      tenant: { type: 'string', default: 'springfield' },
      user: { type: 'string', default: 'student1' },
      groups: { type: 'string', default: 'students' },
      method: { type: 'string', default: 'GET' },
      host: { type: 'string', default: '' },
      time: { type: 'string' },
      bypass: { type: 'string', default: '' },
      engine: { type: 'string', default: 'legacy' },
      batch: { type: 'string' },
      json: { type: 'boolean', default: false },
      categories: { type: 'string' },
      policy: { type: 'string' },
      phrases: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || (!values.batch && positionals.length !== 1)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const sources =
    values.categories || values.policy || values.phrases
      ? readSources({
          categories: values.categories ?? 'fixtures/categories.db',
          policy: values.policy ?? 'fixtures/policy.ini',
          phrases: values.phrases ?? 'fixtures/phrases.txt',
        })
      : bundledSources();
  const t0 = performance.now();
  const engine: RuleEngine = values.engine === 'ported' ? PortedEngine.fromSources(sources) : LegacyEngine.fromSources(sources);
  const loadMs = performance.now() - t0;

  if (values.batch) {
    const stats = engine.stats();
    console.log(`${engine.kind} engine: ${stats.rules} rules in ${stats.categories} categories, ${stats.tenants} tenants, ${stats.phrases} phrases (loaded in ${loadMs.toFixed(0)} ms)\n`);
    const counts = new Map<string, number>();
    for (const raw of readFileSync(values.batch, 'utf8').split('\n')) {
      if (!raw.trim() || raw.startsWith('#')) continue;
      const [tenant = '', user = '', groups = '', method = 'GET', target = '', time] = raw.split('\t');
      const req = request(method, target, '', tenant, user, groups, parseTime(time), '');
      try {
        const d = decide(engine, req);
        const action = d.verdict?.action ?? 'invalid';
        counts.set(action, (counts.get(action) ?? 0) + 1);
        console.log(line(req, d));
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
        counts.set('error', (counts.get('error') ?? 0) + 1);
        console.log(`${'error'.padEnd(10)} ${e.code.padEnd(16)} ${target}`);
      }
    }
    console.log('\n' + [...counts].map(([k, n]) => `${k}: ${n}`).join(', '));
    return 0;
  }

  const req = request(values.method!, positionals[0]!, values.host!, values.tenant!, values.user!, values.groups!, parseTime(values.time), values.bypass!);
  const d = decide(engine, req);
  if (values.json) console.log(JSON.stringify(d, null, 2));
  else console.log(line(req, d));
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof EngineError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`verdict: ${(e as Error).message}`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
