/**
 * Proxy throughput and latency, three modes side by side in one run against the same local
 * upstream: plain forwarding without filtering, the port deciding alone (every module
 * `retired`), and shadow mode (every module `ported`: TypeScript decides, the C++ oracle
 * re-runs every module call off the request path). Load by autocannon, bounded in time.
 *
 *   npx tsx bench/proxy.ts [--seconds 8] [--connections 32] [--json FILE]
 *
 * Target (issue 6): shadow mode costs at most 15 % of the port-alone throughput.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { MODULES } from '../legacy-bridge/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '8' }, connections: { type: 'string', default: '32' }, json: { type: 'string' }, user: { type: 'string', default: 'bart' }, password: { type: 'string' }, budget: { type: 'string' } } });

const upstream = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
  res.end('ok');
});
await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
const upPort = (upstream.address() as AddressInfo).port;

const dir = mkdtempSync(resolve(tmpdir(), 'bench-proxy-'));
function manifest(state: string): string {
  const file = resolve(dir, `manifest-${state}.json`);
  writeFileSync(file, JSON.stringify({ version: 1, modules: Object.fromEntries(MODULES.map((m) => [m, state])) }));
  return file;
}

async function startProxy(extra: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/proxy.ts'), '--port', '0', '--quiet', '--no-record', '--log-level', 'warn', '--allow-upstream', '127.0.0.1', ...extra], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((res, rej) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening [\d.]+:(\d+)/.exec(out);
      if (m) res(Number(m[1]));
    });
    child.once('exit', (code) => rej(new Error(`proxy exited ${code}`)));
  });
  return { child, port };
}

const users = JSON.parse((await import('node:fs')).readFileSync(resolve(ROOT, 'fixtures/users.json'), 'utf8')) as { users: { user: string; password: string }[] };
const who = users.users.find((u) => u.user === values.user) ?? users.users[0]!;
const auth = 'Basic ' + Buffer.from(`${who.user}:${values.password ?? who.password}`).toString('base64');

interface Row {
  mode: string;
  /** Shadow mode: share of requests whose modules were all compared. */
  compared?: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(mode: string, port: number, viaIp = false): Promise<Row> {
  const target = viaIp ? `http://127.0.0.1:${upPort}/bench?q=homework` : `http://upstream.test:${upPort}/bench?q=homework`;
  const opts = {
    url: `http://127.0.0.1:${port}`,
    connections: Number(values.connections),
    duration: Number(values.seconds),
    requests: [{ method: 'GET' as const, path: target, headers: { host: `upstream.test:${upPort}`, 'proxy-authorization': auth } }],
  };
  await autocannon({ ...opts, duration: 1 }); // warm-up
  const r = await autocannon(opts);
  return { mode, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

const modes: [string, string[]][] = [
  ['plain forwarding', ['--passthrough', '--no-shadow']],
  ['port decides alone', ['--manifest', manifest('retired'), '--no-shadow']],
  ['shadow mode (port + C++)', ['--manifest', manifest('ported'), '--sample', '1', '--shadow-budget', values.budget ?? '0.1']],
];
const rows: Row[] = [];
for (const [name, args] of modes) {
  const hostsArg = ['--allow-upstream', '127.0.0.1'];
  const p = await startProxy([...args, ...hostsArg, '--map-host', `upstream.test=127.0.0.1`]);
  try {
    const row = await load(name, p.port);
    if (args.includes('--sample')) {
      const text = await (await fetch(`http://127.0.0.1:${p.port}/metrics`)).text();
      const num = (re: RegExp) => [...text.matchAll(re)].reduce((a, m) => a + Number(m[1]), 0);
      const requests = num(/^filter_requests_total\{[^}]*\} (\d+)/gm);
      const compared = num(/^filter_shadow_comparisons_total\{module="url_canon"\} (\d+)/gm);
      row.compared = requests ? compared / requests : 0;
    }
    rows.push(row);
    process.stderr.write(`  measured ${name}: ${row.rps.toFixed(0)} req/s\n`);
  } finally {
    p.child.kill('SIGTERM');
    await new Promise((r) => p.child.once('exit', r));
  }
}
// The same load through e2guardian 5.3 (Debian's package), configured by our script with the
// bundled policy's blocked domains, on loopback, against the same upstream.
let e2guardianNote = '';
const e2dir = resolve(tmpdir(), 'filter-e2guardian');
const setup = spawnSync('bash', [resolve(ROOT, 'scripts/e2guardian-setup.sh'), e2dir, '8091'], { cwd: ROOT, encoding: 'utf8' });
if (setup.status === 0) {
  const e2 = spawn('e2guardian', ['-N', '-c', resolve(e2dir, 'e2guardian.conf')], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 2500));
  try {
    rows.push(await load('e2guardian 5.3', 8091, true));
  } finally {
    // e2guardian drains its workers slowly on SIGTERM; the benchmark does not wait for that.
    e2.kill('SIGKILL');
    spawnSync('e2guardian', ['-q', '-c', resolve(e2dir, 'e2guardian.conf')]);
  }
} else {
  e2guardianNote = `e2guardian skipped: ${(setup.stderr || setup.stdout).trim()}`;
}
upstream.close();

console.log(`proxy load: ${values.connections} connections, ${values.seconds}s per mode, local upstream`);
console.log(`  ${'mode'.padEnd(26)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'non-2xx'.padStart(8)}`);
for (const r of rows) console.log(`  ${r.mode.padEnd(26)} ${r.rps.toFixed(0).padStart(9)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(8)}${r.compared !== undefined ? `   ${(r.compared * 100).toFixed(1)} % of requests compared (CPU budget sheds the rest)` : ''}`);
const [plain, alone, shadow, e2g] = rows as [Row, Row, Row, Row | undefined];
if (e2g) console.log(`  port alone vs e2guardian:           ${(alone.rps / e2g.rps).toFixed(2)}x the throughput`);
if (e2guardianNote) console.log(`  ${e2guardianNote}`);
const shadowCost = 1 - shadow.rps / alone.rps;
console.log(`  filtering cost vs plain forwarding: ${((1 - alone.rps / plain.rps) * 100).toFixed(1)} % of throughput`);
console.log(`  shadow cost vs port alone:          ${(shadowCost * 100).toFixed(1)} % of throughput (target <= 15 %) ${shadowCost <= 0.15 ? 'OK' : 'MISSED'}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ rows, shadowCost }, null, 2));
