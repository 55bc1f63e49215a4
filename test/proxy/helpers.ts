/** Local servers and raw clients for the proxy's end-to-end tests (everything on 127.0.0.1). */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect as netConnect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../legacy-bridge/index.js';

export interface Seen {
  method: string;
  url: string;
  rawHeaders: string[];
  body: string;
}

/** An upstream that records what it saw and answers with it as JSON. */
export async function echoUpstream(): Promise<{ server: Server; port: number; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createHttpServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s = { method: req.method ?? '', url: req.url ?? '', rawHeaders: req.rawHeaders, body: Buffer.concat(chunks).toString('latin1') };
      seen.push(s);
      if (req.url?.startsWith('/slow')) {
        setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('slow done'), 400);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': 'echo' });
      res.end(JSON.stringify(s));
    });
  });
  const upgraded = new Set<Socket>();
  DETACHED.set(server, upgraded);
  server.on('upgrade', (req, socket: Socket) => {
    upgraded.add(socket);
    socket.once('close', () => upgraded.delete(socket));
    seen.push({ method: req.method ?? '', url: req.url ?? '', rawHeaders: req.rawHeaders, body: '' });
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
    socket.on('data', (d) => socket.write(Buffer.concat([Buffer.from('echo:'), d])));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

/** A TLS server with the test certificate, answering every request with "tls ok". */
export async function tlsUpstream(): Promise<{ server: Server; port: number }> {
  const server = createHttpsServer(
    { key: readFileSync(resolve(FIXTURES_DIR, 'tls/localhost.key')), cert: readFileSync(resolve(FIXTURES_DIR, 'tls/localhost.crt')) },
    (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`tls ok ${req.url}`),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server: server as unknown as Server, port: (server.address() as AddressInfo).port };
}

/** Sends raw bytes to the proxy and collects the reply until the socket closes or `until` matches. */
export function raw(port: number, data: string | Buffer, opts: { until?: RegExp; timeoutMs?: number; keepOpen?: (s: Socket) => void; localAddress?: string } = {}): Promise<string> {
  return new Promise((res) => {
    const s = netConnect({ port, host: '127.0.0.1', localAddress: opts.localAddress });
    let out = '';
    const done = () => {
      clearTimeout(t);
      s.destroy();
      res(out);
    };
    const t = setTimeout(done, opts.timeoutMs ?? 3000);
    s.on('data', (d) => {
      out += d.toString('latin1');
      if (opts.until?.test(out)) done();
    });
    s.on('close', done);
    s.on('error', done);
    s.on('connect', () => {
      if (data.length) s.write(data);
      opts.keepOpen?.(s);
    });
  });
}

export function basic(user: string, password: string): string {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

/** A simple proxied HTTP request over a raw socket (absolute-form), parsed. */
export async function viaProxy(proxyPort: number, url: string, headers: Record<string, string> = {}, method = 'GET', body = ''): Promise<{ status: number; headers: Record<string, string>; body: string; raw: string }> {
  const u = new URL(url);
  let head = `${method} ${url} HTTP/1.1\r\nHost: ${u.host}\r\nConnection: close\r\n`;
  for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
  if (body) head += `Content-Length: ${Buffer.byteLength(body, 'latin1')}\r\n`;
  const text = await raw(proxyPort, Buffer.from(head + '\r\n' + body, 'latin1'), { timeoutMs: 5000 });
  return parseResponse(text);
}

export function parseResponse(text: string): { status: number; headers: Record<string, string>; body: string; raw: string } {
  const end = text.indexOf('\r\n\r\n');
  const headLines = text.slice(0, end < 0 ? undefined : end).split('\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(headLines[0] ?? '')?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const l of headLines.slice(1)) {
    const i = l.indexOf(':');
    if (i > 0) headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
  }
  let body = end < 0 ? '' : text.slice(end + 4);
  if (headers['transfer-encoding'] === 'chunked') {
    let out = '';
    let rest = body;
    for (;;) {
      const nl = rest.indexOf('\r\n');
      const size = parseInt(rest.slice(0, nl), 16);
      if (!size) break;
      out += rest.slice(nl + 2, nl + 2 + size);
      rest = rest.slice(nl + 2 + size + 2);
    }
    body = out;
  }
  return { status, headers, body, raw: text };
}

/** Opens a CONNECT tunnel through the proxy and speaks TLS inside it. */
export function tlsThroughTunnel(proxyPort: number, authority: string, auth: string, servername = 'localhost'): Promise<{ status: string; body: string }> {
  return new Promise((res, rej) => {
    const s = netConnect(proxyPort, '127.0.0.1');
    let buf = '';
    s.once('error', rej);
    s.on('connect', () => s.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\nProxy-Authorization: ${auth}\r\n\r\n`));
    const onData = (d: Buffer) => {
      buf += d.toString('latin1');
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      s.off('data', onData);
      const status = buf.slice(0, end);
      if (!/^HTTP\/1\.1 200/.test(status)) {
        s.destroy();
        res({ status, body: '' });
        return;
      }
      const tls = tlsConnect({ socket: s, servername, rejectUnauthorized: false });
      let body = '';
      tls.on('secureConnect', () => tls.write(`GET /inside HTTP/1.1\r\nHost: ${servername}\r\nConnection: close\r\n\r\n`));
      tls.on('data', (x) => (body += x.toString()));
      tls.on('end', () => res({ status, body }));
      tls.on('error', rej);
    };
    s.on('data', onData);
  });
}

/** Sockets a server no longer tracks (upgraded ones), destroyed by closeServer. */
const DETACHED = new WeakMap<Server, Set<Socket>>();

export function closeServer(s: Server): Promise<void> {
  DETACHED.get(s)?.forEach((x) => x.destroy());
  return new Promise((r) => {
    s.close(() => r());
    s.closeAllConnections();
  });
}

export { createNetServer };
