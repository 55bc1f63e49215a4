/**
 * Runs the filtering proxy with the bundled fixtures: every module in shadow comparison,
 * recording to recordings/, mismatches to recordings/mismatches/.
 *
 *   npm start -- [--port 8080] [--host 127.0.0.1] [--transparent-port N] [--trusted-port N]
 *                [--sample 1] [--no-record] [--allow-upstream ADDR ...] [--log-level info]
 *
 * SIGHUP reloads cutover.json, the fixtures and the user directory; SIGINT/SIGTERM drain and stop.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FilterProxy, defaultConfig } from '../proxy/index.js';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '8080' },
    'transparent-port': { type: 'string' },
    'trusted-port': { type: 'string' },
    sample: { type: 'string', default: '1' },
    'shadow-budget': { type: 'string', default: '0.1' },
    'no-record': { type: 'boolean', default: false },
    'no-shadow': { type: 'boolean', default: false },
    'allow-upstream': { type: 'string', multiple: true, default: [] },
    'log-level': { type: 'string', default: 'info' },
    recordings: { type: 'string', default: 'recordings' },
    manifest: { type: 'string' },
    'map-host': { type: 'string', multiple: true, default: [] },
    passthrough: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const cfg = defaultConfig({
  forward: { host: values.host, port: Number(values.port) },
  transparent: values['transparent-port'] ? { host: values.host, port: Number(values['transparent-port']) } : undefined,
  trusted: values['trusted-port'] ? { host: values.host, port: Number(values['trusted-port']) } : undefined,
  recording: values['no-record'] ? undefined : { dir: resolve(values.recordings), maxFileBytes: 64 * 1024 * 1024, maxFiles: 20 },
  mismatchDir: resolve(values.recordings, 'mismatches'),
  logLevel: values['log-level'],
});
cfg.shadow = { enabled: !values['no-shadow'], sampleRate: Number(values.sample), queueLimit: 10_000, cpuBudget: Number(values['shadow-budget']) };
cfg.upstream.allowAddresses = values['allow-upstream'];
if (values.manifest) cfg.manifestPath = resolve(values.manifest);
cfg.passthrough = values.passthrough;
for (const m of values['map-host']) {
  const [name, addr] = m.split('=');
  if (name && addr) cfg.upstream.hosts[name.toLowerCase()] = addr;
}

let proxy: FilterProxy;
try {
  proxy = await new FilterProxy(cfg).start();
} catch (e) {
  // Configuration and fixture problems are typed errors: say what is wrong, no stack trace.
  const err = e as Error & { code?: string };
  process.stderr.write(`filter proxy: cannot start: ${err.code ? err.code + ': ' : ''}${err.message}\n`);
  process.exit(1);
}
const { host, port } = proxy.address();
const modules = Object.entries(proxy.engines.manifest.modules).map(([m, s]) => `${m}=${s}`).join(' ');
if (!values.quiet) process.stderr.write(`
School web filter proxy on http://${host}:${port}  (shadow comparison: ${cfg.shadow.enabled ? 'on' : 'off'}; ${modules})

  Try it:   curl -x http://${host}:${port} -U bart:bart-pass -i http://example.com/
            curl -x http://${host}:${port} -U bart:bart-pass -i 'http://www.google.com/search?q=online+poker'
  Metrics:  curl http://${host}:${port}/metrics      Health: /healthz  /readyz
  Users:    fixtures/users.json (Basic auth).  Recording: ${cfg.recording ? cfg.recording.dir : 'off'}; mismatches: ${cfg.mismatchDir}
  Replay what was recorded:  npm run replay -- ${cfg.recording ? cfg.recording.dir : 'recordings'}/traffic-*.jsonl
  SIGHUP reloads cutover.json and fixtures; Ctrl-C drains and stops.

`);

if (values.quiet) process.stdout.write(`listening ${host}:${port}\n`);
process.on('SIGHUP', () => proxy.reload());
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void proxy.stop().then(() => process.exit(0));
  });
}
