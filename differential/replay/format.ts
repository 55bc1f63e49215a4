/**
 * The replay format, version 1: JSON Lines, one recorded decision input per line.
 *
 * ```json
 * {"v":1,"ts":1764000000000,"tenant":"springfield","user":"bart","groups":["students"],
 *  "method":"GET","target":"http://www.google.com/search?q=x","headers":[["Host","www.google.com"]],
 *  "bypassToken":""}
 * ```
 *
 * - `v` (required): format version, 1.
 * - `ts`: epoch milliseconds of the request (the decision's time input).
 * - `tenant`, `user`, `groups`: the identity the proxy established.
 * - `method`, `target`: the request line's method and target as received.
 * - `headers`: the client's request headers in order, `[name, value]` pairs.
 * - `bypassToken` (optional): the bypass token presented with the request.
 * - `id` (optional): a record id. `mismatch` (optional): written by the proxy's shadow mode —
 *   `{ module, input, legacy, ported }` with both outcomes — ignored when replaying.
 *
 * Strings are byte strings: every character is U+0000..U+00FF and stands for one byte (so a
 * request holding invalid UTF-8 is recorded exactly). A file is read as UTF-8.
 */
import type { DecisionRequest, Header, ModuleName } from '../../legacy-bridge/index.js';

export const REPLAY_FORMAT_VERSION = 1;

export interface ReplayRecord {
  v: 1;
  id?: string;
  ts: number;
  tenant: string;
  user: string;
  groups: string[];
  method: string;
  target: string;
  headers: [string, string][];
  bypassToken?: string;
  mismatch?: { module: ModuleName; input: unknown; legacy: unknown; ported: unknown };
}

export class ReplayFormatError extends Error {
  readonly code = 'E_REPLAY_FORMAT';
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'ReplayFormatError';
  }
}

const BYTES = /^[\x00-\xff]*$/;

function str(v: unknown, field: string, line: number): string {
  if (typeof v !== 'string') throw new ReplayFormatError(`${field} must be a string`, line);
  if (!BYTES.test(v)) throw new ReplayFormatError(`${field} holds a character above U+00FF (not a byte string)`, line);
  return v;
}

/** Parses one line; throws ReplayFormatError naming the line. */
export function parseRecord(text: string, line: number): ReplayRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ReplayFormatError('not JSON', line);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ReplayFormatError('not a JSON object', line);
  const o = raw as Record<string, unknown>;
  if (o.v !== REPLAY_FORMAT_VERSION) throw new ReplayFormatError(`unsupported format version ${JSON.stringify(o.v)}`, line);
  if (typeof o.ts !== 'number' || !Number.isInteger(o.ts)) throw new ReplayFormatError('ts must be integral epoch milliseconds', line);
  if (!Array.isArray(o.groups)) throw new ReplayFormatError('groups must be an array', line);
  if (!Array.isArray(o.headers)) throw new ReplayFormatError('headers must be an array', line);
  const headers = o.headers.map((h, i) => {
    if (!Array.isArray(h) || h.length !== 2) throw new ReplayFormatError(`headers[${i}] must be a [name, value] pair`, line);
    return [str(h[0], `headers[${i}][0]`, line), str(h[1], `headers[${i}][1]`, line)] as [string, string];
  });
  const rec: ReplayRecord = {
    v: 1,
    ts: o.ts,
    tenant: str(o.tenant, 'tenant', line),
    user: str(o.user, 'user', line),
    groups: o.groups.map((g, i) => str(g, `groups[${i}]`, line)),
    method: str(o.method, 'method', line),
    target: str(o.target, 'target', line),
    headers,
  };
  if (o.id !== undefined) rec.id = str(o.id, 'id', line);
  if (o.bypassToken !== undefined) rec.bypassToken = str(o.bypassToken, 'bypassToken', line);
  if (o.mismatch !== undefined) rec.mismatch = o.mismatch as ReplayRecord['mismatch'];
  return rec;
}

export function formatRecord(rec: ReplayRecord): string {
  return JSON.stringify(rec);
}

export function toDecisionRequest(rec: ReplayRecord): DecisionRequest {
  const headers: Header[] = rec.headers.map(([name, value]) => ({ name, value }));
  return {
    method: rec.method,
    target: rec.target,
    headers,
    identity: { tenant: rec.tenant, user: rec.user, groups: rec.groups },
    timeMs: rec.ts,
    bypassToken: rec.bypassToken ?? '',
  };
}

export function fromDecisionRequest(req: DecisionRequest, id?: string): ReplayRecord {
  const rec: ReplayRecord = {
    v: 1,
    ts: req.timeMs,
    tenant: req.identity.tenant,
    user: req.identity.user,
    groups: req.identity.groups,
    method: req.method,
    target: req.target,
    headers: req.headers.map((h) => [h.name, h.value]),
  };
  if (req.bypassToken) rec.bypassToken = req.bypassToken;
  if (id !== undefined) rec.id = id;
  return rec;
}
