import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../legacy-bridge/index.js';
import { DEFAULT_MANIFEST_PATH } from '../differential/index.js';

export interface ListenerConfig {
  host: string;
  port: number;
}

export interface ProxyConfig {
  /** The forward proxy (absolute-form requests and CONNECT). Port 0 picks a free port. */
  forward: ListenerConfig;
  /** Optional transparent listener for origin-form requests with a Host header. */
  transparent?: ListenerConfig;
  /** Optional listener on which a trusted appliance's identity headers are accepted. */
  trusted?: ListenerConfig;
  fixturesDir: string;
  manifestPath: string;
  usersPath: string;
  shadow: { enabled: boolean; sampleRate: number; queueLimit: number; cpuBudget?: number };
  recording?: { dir: string; maxFileBytes: number; maxFiles: number };
  /** Where shadow mismatches are written (replay format plus both outputs). */
  mismatchDir?: string;
  upstream: {
    connectTimeoutMs: number;
    headersTimeoutMs: number;
    idleTimeoutMs: number;
    totalTimeoutMs: number;
    /** Addresses allowed although loopback, link-local or metadata (e.g. local test upstreams). */
    allowAddresses: string[];
    /** Host name overrides, like /etc/hosts (tests map SafeSearch hosts to local servers). */
    hosts: Record<string, string>;
  };
  limits: { maxHeaderBytes: number; headersTimeoutMs: number; keepAliveTimeoutMs: number };
  /** Host name the proxy answers itself for block pages. */
  blockHost: string;
  logLevel: string;
  /** Forward without identity or filtering: the baseline of the proxy benchmark. */
  passthrough?: boolean;
}

export function defaultConfig(overrides: Partial<ProxyConfig> = {}): ProxyConfig {
  return {
    forward: { host: '127.0.0.1', port: 8080 },
    fixturesDir: FIXTURES_DIR,
    manifestPath: DEFAULT_MANIFEST_PATH,
    usersPath: resolve(FIXTURES_DIR, 'users.json'),
    shadow: { enabled: true, sampleRate: 1, queueLimit: 10_000 },
    upstream: { connectTimeoutMs: 5_000, headersTimeoutMs: 15_000, idleTimeoutMs: 30_000, totalTimeoutMs: 60_000, allowAddresses: [], hosts: {} },
    limits: { maxHeaderBytes: 16 * 1024, headersTimeoutMs: 10_000, keepAliveTimeoutMs: 5_000 },
    blockHost: 'block.filter.local',
    logLevel: 'info',
    ...overrides,
  };
}
