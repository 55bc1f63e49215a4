/**
 * Proxy errors: one class, a stable code, and where the failure came from (the client side,
 * the upstream side, or inside the proxy) — so logs, metrics and responses classify every
 * failure the same way.
 */
export type ErrorSide = 'downstream' | 'upstream' | 'internal';

export const PROXY_ERRORS = {
  E_PROXY_BAD_REQUEST: { side: 'downstream', status: 400, text: 'malformed request' },
  E_PROXY_AUTH_REQUIRED: { side: 'downstream', status: 407, text: 'proxy authentication required' },
  E_PROXY_HEADERS_TOO_LARGE: { side: 'downstream', status: 431, text: 'request header fields too large' },
  E_PROXY_HEADERS_TIMEOUT: { side: 'downstream', status: 408, text: 'request headers not received in time' },
  E_PROXY_BAD_TARGET: { side: 'downstream', status: 400, text: 'the request target cannot be canonicalized' },
  E_PROXY_FORBIDDEN_UPSTREAM: { side: 'upstream', status: 403, text: 'upstream address is not allowed' },
  E_PROXY_UPSTREAM_CONNECT: { side: 'upstream', status: 502, text: 'cannot connect to the upstream' },
  E_PROXY_UPSTREAM_TIMEOUT: { side: 'upstream', status: 504, text: 'the upstream timed out' },
  E_PROXY_UPSTREAM_FAILED: { side: 'upstream', status: 502, text: 'the upstream failed' },
  E_PROXY_DNS: { side: 'upstream', status: 502, text: 'cannot resolve the upstream host' },
  E_PROXY_ENGINE: { side: 'internal', status: 500, text: 'the decision engine failed' },
  E_PROXY_CONFIG: { side: 'internal', status: 500, text: 'invalid proxy configuration' },
} as const;

export type ProxyErrorCode = keyof typeof PROXY_ERRORS;

export class ProxyError extends Error {
  readonly code: ProxyErrorCode;
  readonly side: ErrorSide;
  readonly status: number;
  constructor(code: ProxyErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${PROXY_ERRORS[code].text}: ${detail}` : PROXY_ERRORS[code].text, options);
    this.name = 'ProxyError';
    this.code = code;
    this.side = PROXY_ERRORS[code].side;
    this.status = PROXY_ERRORS[code].status;
  }
}
