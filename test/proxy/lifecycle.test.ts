/**
 * The proxy as `npm start` runs it, in a child process: SIGHUP reloads the manifest and fixtures
 * while serving, SIGTERM drains a request in flight before the process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, closeServer, echoUpstream, raw, viaProxy } from './helpers.js';

let up: Awaited<ReturnType<typeof echoUpstream>>;
let child: ChildProcess;
let port: number;
const auth = basic('bart', 'bart-pass');

beforeAll(async () => {
  up = await echoUpstream();
  child = spawn(process.execPath, ['--import', 'tsx', resolve('scripts/proxy.ts'), '--port', '0', '--quiet', '--no-record', '--log-level', 'warn', '--allow-upstream', '127.0.0.1', '--map-host', 'upstream.test=127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((res, rej) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening [\d.]+:(\d+)/.exec(out);
      if (m) res(Number(m[1]));
    });
    child.once('exit', (code) => rej(new Error(`proxy exited ${code}`)));
  });
}, 60_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await closeServer(up.server);
});

describe('proxy process lifecycle', () => {
  it('reloads on SIGHUP without failing requests', async () => {
    expect((await viaProxy(port, `http://upstream.test:${up.port}/before`, { 'Proxy-Authorization': auth })).status).toBe(200);
    child.kill('SIGHUP');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await viaProxy(port, `http://upstream.test:${up.port}/after`, { 'Proxy-Authorization': auth })).status).toBe(200);
    const metrics = await raw(port, 'GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(metrics).toMatch(/filter_reloads_total\{result="ok"\} 1/);
  });

  it('drains a request in flight on SIGTERM, then exits', async () => {
    const inFlight = viaProxy(port, `http://upstream.test:${up.port}/slow`, { 'Proxy-Authorization': auth });
    await new Promise((r) => setTimeout(r, 100));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    const r = await inFlight;
    expect(r.status).toBe(200);
    expect(r.body).toBe('slow done');
    expect(await exited).toBe(0);
  });
});
