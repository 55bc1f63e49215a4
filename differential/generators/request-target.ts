import fc from 'fast-check';
import { byteString, nearLimit, textWithEvasions } from './byte-string.js';
import { hostName } from './host-name.js';
import { ipv4Host } from './ipv4-host.js';

/** A url_canon input: method, target and Host header. */
export interface RequestTarget {
  method: string;
  target: string;
  hostHeader: string;
}

/** Constraints of requestTarget. */
export interface RequestTargetConstraints {
  known?: readonly string[];
  /** Lengths the engine limits (host, path, query, url), to probe each side of. */
  limits?: readonly number[];
}

const SEGMENTS = ['a', 'b', 'search', 'watch', 'wiki', '..', '.', '', '%2e', '%2E%2e', '%252e', 'x y', 'caf\xc3\xa9', '\xff', '%00', '%', '%zz', '%25', '%2f', 'A%41', '~user', 'index.html'];

const path = fc.array(fc.constantFrom(...SEGMENTS), { maxLength: 8 }).map((s) => '/' + s.join('/'));
const query = fc.oneof(
  fc.constant(''),
  fc.array(fc.tuple(fc.constantFrom('q', 'p', 'search_query', 'safe', 'adlt', 'kp', 'vm', 'search', 'x', 'Q'), textWithEvasions(10)), { maxLength: 4 }).map((kv) => '?' + kv.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.constant('?'),
  fc.constant('?&&=='),
);
const fragment = fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: textWithEvasions(6).map((t) => '#' + t) });
const scheme = fc.constantFrom('http://', 'https://', 'HTTP://', 'HtTpS://', 'ftp://', 'ws://', 'wss://', 'gopher://', 'http:/', 'http:', '//');
const port = fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(':80', ':443', ':8080', ':0', ':65535', ':65536', ':-1', ':', ':99999999999', ':0x50', ':080') });
const userinfo = fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('user@', 'good.com@', 'a:b@', '@', 'x%40y@', 'evil.com:pw@') });
const ipv6 = fc.constantFrom('[::1]', '[2001:db8::1]', '[::ffff:192.168.0.1]', '[fe80::1%25eth0]', '[::]', '[1:2:3:4:5:6:7:8]', '[1:2:3:4:5:6:7:8:9]', '[:::]', '[zz::1]', '[::1', '::1]');
const wrap = fc.constantFrom('', ' ', '\t', '\x00', '\r\n', '\x01', '  \x7f');

/**
 * Request targets with the evasions a filter must see through: schemes and case, userinfo, every
 * IPv4 form, IPv6, escapes (double, invalid, reserved), dots and `..`, TAB/CR/LF inside, bytes
 * >= 0x80, NUL, and components on both sides of each length limit. Origin-form targets come with
 * a Host header, CONNECT targets are authority-form.
 */
export function requestTarget(c: RequestTargetConstraints = {}): fc.Arbitrary<RequestTarget> {
  const host = fc.oneof(
    { weight: 5, arbitrary: hostName({ known: c.known, evasions: true }) },
    { weight: 2, arbitrary: ipv4Host({ invalid: true }) },
    { weight: 1, arbitrary: ipv6 },
    { weight: 1, arbitrary: fc.constantFrom('', '.', '..', 'a..b', '%31%32%37.0.0.1', '%2531%2532%2537.0.0.1', 'xn--bcher-kva.example', 'under_score.com', 'sp ace.com') },
  );
  const limits = c.limits ?? [253, 255, 1024, 2048, 4096, 8192];
  const longPath = nearLimit(limits).map((s) => '/' + s);
  const absolute = fc
    .tuple(wrap, scheme, userinfo, host, port, fc.oneof({ weight: 5, arbitrary: path }, { weight: 1, arbitrary: longPath }), query, fragment, wrap, fc.constantFrom('', '', '', '\t', '\n', '\r'))
    .map(([w1, s, u, h, p, pa, q, f, w2, inner]) => {
      const core = s + u + h + p + pa + q + f;
      const at = Math.min(core.length, s.length + 2);
      return { method: 'GET', target: w1 + core.slice(0, at) + inner + core.slice(at) + w2, hostHeader: '' };
    });
  const origin = fc.tuple(path, query, fragment, host, port).map(([pa, q, f, h, p]) => ({ method: 'GET', target: pa + q + f, hostHeader: h + p }));
  const authority = fc.tuple(fc.constantFrom('CONNECT', 'connect', 'Connect'), host, fc.constantFrom(':443', ':80', ':8443', '', ':0', ':65536', ':x')).map(([m, h, p]) => ({ method: m, target: h + p, hostHeader: '' }));
  const noise = fc.tuple(fc.constantFrom('GET', 'CONNECT', 'POST', ''), byteString({ maxLength: 80 }), byteString({ maxLength: 20 })).map(([m, t, h]) => ({ method: m, target: t, hostHeader: h }));
  return fc.oneof({ weight: 6, arbitrary: absolute }, { weight: 2, arbitrary: origin }, { weight: 2, arbitrary: authority }, { weight: 1, arbitrary: noise });
}
