// Frozen from the legacy oracle by scripts/dev/freeze-examples.ts (inputs: inputs.ts); reviewed by hand.
import type { ModuleExamples } from './harness.js';
import { SOURCES } from './sources.js';

export const examples: ModuleExamples<'url_canon'> = {
  module: 'url_canon',
  sources: SOURCES,
  cases: [
    {
      name: 'plain absolute URL',
      input: { method: 'GET', target: 'http://example.com/a/b?x=1', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/a/b', query: 'x=1', hasQuery: true, url: 'http://example.com/a/b?x=1', flags: [] },
    },
    {
      name: 'scheme and host lowercased, path case kept',
      input: { method: 'GET', target: 'HTTP://WWW.Example.COM/Path', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'www.example.com', hostKind: 'name', port: 80, path: '/Path', query: '', hasQuery: false, url: 'http://www.example.com/Path', flags: [] },
    },
    {
      name: 'https default port dropped',
      input: { method: 'GET', target: 'https://example.com:443/', hostHeader: '' },
      expected: { ok: true, scheme: 'https', host: 'example.com', hostKind: 'name', port: 443, path: '/', query: '', hasQuery: false, url: 'https://example.com/', flags: ['default_port'] },
    },
    {
      name: 'explicit non-default port kept',
      input: { method: 'GET', target: 'http://example.com:8080/x', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 8080, path: '/x', query: '', hasQuery: false, url: 'http://example.com:8080/x', flags: [] },
    },
    {
      name: 'userinfo dropped: good.com@evil.com is evil.com',
      input: { method: 'GET', target: 'http://good.com@evil.com/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'evil.com', hostKind: 'name', port: 80, path: '/', query: '', hasQuery: false, url: 'http://evil.com/', flags: ['userinfo'] },
    },
    {
      name: 'userinfo with password and @ in it',
      input: { method: 'GET', target: 'http://a:b@c@evil.com/x', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'evil.com', hostKind: 'name', port: 80, path: '/x', query: '', hasQuery: false, url: 'http://evil.com/x', flags: ['userinfo'] },
    },
    {
      name: 'fragment dropped',
      input: { method: 'GET', target: 'http://example.com/page#section', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/page', query: '', hasQuery: false, url: 'http://example.com/page', flags: ['fragment'] },
    },
    {
      name: 'surrounding whitespace and control bytes stripped',
      input: { method: 'GET', target: ' \x00\x01http://example.com/ \x7f', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/', query: '', hasQuery: false, url: 'http://example.com/', flags: ['control_stripped'] },
    },
    {
      name: 'TAB, CR, LF removed anywhere',
      input: { method: 'GET', target: 'http://exa\x09mple.com/a\x0d\x0ab', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/ab', query: '', hasQuery: false, url: 'http://example.com/ab', flags: ['control_stripped'] },
    },
    {
      name: 'decimal IPv4',
      input: { method: 'GET', target: 'http://3232235777/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '192.168.1.1', hostKind: 'ipv4', port: 80, path: '/', query: '', hasQuery: false, url: 'http://192.168.1.1/', flags: ['ip_obfuscated'] },
    },
    {
      name: 'octal IPv4',
      input: { method: 'GET', target: 'http://0300.0250.0.1/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '192.168.0.1', hostKind: 'ipv4', port: 80, path: '/', query: '', hasQuery: false, url: 'http://192.168.0.1/', flags: ['ip_obfuscated'] },
    },
    {
      name: 'hex IPv4',
      input: { method: 'GET', target: 'http://0xc0a80001/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '192.168.0.1', hostKind: 'ipv4', port: 80, path: '/', query: '', hasQuery: false, url: 'http://192.168.0.1/', flags: ['ip_obfuscated'] },
    },
    {
      name: 'two-part IPv4 (last part fills three bytes)',
      input: { method: 'GET', target: 'http://192.11010305/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '192.168.1.1', hostKind: 'ipv4', port: 80, path: '/', query: '', hasQuery: false, url: 'http://192.168.1.1/', flags: ['ip_obfuscated'] },
    },
    {
      name: 'three-part IPv4 with hex and octal',
      input: { method: 'GET', target: 'http://0x7f.0.01/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '127.0.0.1', hostKind: 'ipv4', port: 80, path: '/', query: '', hasQuery: false, url: 'http://127.0.0.1/', flags: ['ip_obfuscated'] },
    },
    {
      name: 'plain dotted quad is not flagged',
      input: { method: 'GET', target: 'http://10.0.0.1/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '10.0.0.1', hostKind: 'ipv4', port: 80, path: '/', query: '', hasQuery: false, url: 'http://10.0.0.1/', flags: [] },
    },
    {
      name: 'out-of-range part is a name, not an IP',
      input: { method: 'GET', target: 'http://1.2.3.256/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '1.2.3.256', hostKind: 'name', port: 80, path: '/', query: '', hasQuery: false, url: 'http://1.2.3.256/', flags: [] },
    },
    {
      name: 'invalid octal digit is a name',
      input: { method: 'GET', target: 'http://08.1.1.1/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '08.1.1.1', hostKind: 'name', port: 80, path: '/', query: '', hasQuery: false, url: 'http://08.1.1.1/', flags: [] },
    },
    {
      name: 'leading, trailing and repeated dots fixed',
      input: { method: 'GET', target: 'http://..www..example.com../', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'www.example.com', hostKind: 'name', port: 80, path: '/', query: '', hasQuery: false, url: 'http://www.example.com/', flags: ['dot_fixed'] },
    },
    {
      name: 'percent-escaped host unescaped',
      input: { method: 'GET', target: 'http://%77%77%77.example.com/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'www.example.com', hostKind: 'name', port: 80, path: '/', query: '', hasQuery: false, url: 'http://www.example.com/', flags: ['percent_host'] },
    },
    {
      name: 'double-escaped host unescaped twice',
      input: { method: 'GET', target: 'http://%2577ww.example.com/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'www.example.com', hostKind: 'name', port: 80, path: '/', query: '', hasQuery: false, url: 'http://www.example.com/', flags: ['percent_host', 'multi_escape'] },
    },
    {
      name: 'escaped dotted quad becomes an IPv4 host',
      input: { method: 'GET', target: 'http://%31%32%37.0.0.1/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '127.0.0.1', hostKind: 'ipv4', port: 80, path: '/', query: '', hasQuery: false, url: 'http://127.0.0.1/', flags: ['percent_host'] },
    },
    {
      name: 'dot segments resolved, // collapsed',
      input: { method: 'GET', target: 'http://example.com/a/./b/../c//d/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/a/c/d/', query: '', hasQuery: false, url: 'http://example.com/a/c/d/', flags: ['path_normalized'] },
    },
    {
      name: '.. above the root stays at the root',
      input: { method: 'GET', target: 'http://example.com/../../x', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/x', query: '', hasQuery: false, url: 'http://example.com/x', flags: ['path_normalized'] },
    },
    {
      name: 'escaped dot segments resolved after unescaping',
      input: { method: 'GET', target: 'http://example.com/%2e%2e/%2E/x', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/x', query: '', hasQuery: false, url: 'http://example.com/x', flags: ['path_normalized'] },
    },
    {
      name: 'double-escaped path',
      input: { method: 'GET', target: 'http://example.com/%2541', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/A', query: '', hasQuery: false, url: 'http://example.com/A', flags: ['multi_escape'] },
    },
    {
      name: 'bytes >= 0x80 and spaces escaped in the path',
      input: { method: 'GET', target: 'http://example.com/caf\xc3\xa9 x', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/caf%C3%A9%20x', query: '', hasQuery: false, url: 'http://example.com/caf%C3%A9%20x', flags: [] },
    },
    {
      name: '% and # escaped in the path',
      input: { method: 'GET', target: 'http://example.com/100%25/a%23b', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/100%25/a%23b', query: '', hasQuery: false, url: 'http://example.com/100%25/a%23b', flags: [] },
    },
    {
      name: 'query kept as is, spaces escaped',
      input: { method: 'GET', target: 'http://example.com/s?q=a b&c=%20', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/s', query: 'q=a%20b&c=%20', hasQuery: true, url: 'http://example.com/s?q=a%20b&c=%20', flags: [] },
    },
    {
      name: 'empty query is kept',
      input: { method: 'GET', target: 'http://example.com/?', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/', query: '', hasQuery: true, url: 'http://example.com/?', flags: [] },
    },
    {
      name: 'no scheme means http',
      input: { method: 'GET', target: 'www.example.com/x', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'www.example.com', hostKind: 'name', port: 80, path: '/x', query: '', hasQuery: false, url: 'http://www.example.com/x', flags: [] },
    },
    {
      name: 'scheme-relative',
      input: { method: 'GET', target: '//example.com/x', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 80, path: '/x', query: '', hasQuery: false, url: 'http://example.com/x', flags: [] },
    },
    {
      name: 'IPv6 literal with port',
      input: { method: 'GET', target: 'http://[2001:DB8::1]:8080/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '2001:db8::1', hostKind: 'ipv6', port: 8080, path: '/', query: '', hasQuery: false, url: 'http://[2001:db8::1]:8080/', flags: [] },
    },
    {
      name: 'IPv6 with embedded IPv4',
      input: { method: 'GET', target: 'http://[::ffff:192.168.0.1]/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: '::ffff:192.168.0.1', hostKind: 'ipv6', port: 80, path: '/', query: '', hasQuery: false, url: 'http://[::ffff:192.168.0.1]/', flags: [] },
    },
    {
      name: 'origin-form uses the Host header',
      input: { method: 'GET', target: '/index.html?a=1', hostHeader: 'Example.com:8080' },
      expected: { ok: true, scheme: 'http', host: 'example.com', hostKind: 'name', port: 8080, path: '/index.html', query: 'a=1', hasQuery: true, url: 'http://example.com:8080/index.html?a=1', flags: [] },
    },
    {
      name: 'CONNECT authority-form',
      input: { method: 'CONNECT', target: 'Example.COM:443', hostHeader: '' },
      expected: { ok: true, scheme: '', host: 'example.com', hostKind: 'name', port: 443, path: '', query: '', hasQuery: false, url: 'example.com:443', flags: [] },
    },
    {
      name: 'CONNECT without port defaults to 443',
      input: { method: 'connect', target: 'example.com', hostHeader: '' },
      expected: { ok: true, scheme: '', host: 'example.com', hostKind: 'name', port: 443, path: '', query: '', hasQuery: false, url: 'example.com:443', flags: [] },
    },
    {
      name: 'bytes >= 0x80 in the host are escaped',
      input: { method: 'GET', target: 'http://caf\xc3\xa9.example/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'caf%C3%A9.example', hostKind: 'name', port: 80, path: '/', query: '', hasQuery: false, url: 'http://caf%C3%A9.example/', flags: [] },
    },
    {
      name: 'E_URL_BAD_HOST: NUL in the host',
      input: { method: 'GET', target: 'http://a\x00b.com/', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_BAD_HOST', flags: [] },
    },
    {
      name: 'E_URL_EMPTY: only whitespace',
      input: { method: 'GET', target: ' \x09\x0d\x0a ', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_EMPTY', flags: ['control_stripped'] },
    },
    {
      name: 'E_URL_BAD_SCHEME: gopher',
      input: { method: 'GET', target: 'gopher://example.com/', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_BAD_SCHEME', flags: [] },
    },
    {
      name: 'E_URL_BAD_SCHEME: bad scheme characters',
      input: { method: 'GET', target: 'ht_tp://example.com/', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_BAD_SCHEME', flags: [] },
    },
    {
      name: 'E_URL_NO_HOST: origin-form without Host',
      input: { method: 'GET', target: '/x', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_NO_HOST', flags: [] },
    },
    {
      name: 'E_URL_NO_HOST: only dots',
      input: { method: 'GET', target: 'http://.../', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_NO_HOST', flags: ['dot_fixed'] },
    },
    {
      name: 'E_URL_BAD_HOST: space in host after unescaping',
      input: { method: 'GET', target: 'http://a%20b.com/', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_BAD_HOST', flags: ['percent_host'] },
    },
    {
      name: 'E_URL_BAD_HOST: CONNECT with a path',
      input: { method: 'CONNECT', target: 'example.com:443/x', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_BAD_HOST', flags: [] },
    },
    {
      name: 'E_URL_BAD_PORT: zero',
      input: { method: 'GET', target: 'http://example.com:0/', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_BAD_PORT', flags: [] },
    },
    {
      name: 'E_URL_BAD_PORT: too large',
      input: { method: 'GET', target: 'http://example.com:65536/', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_BAD_PORT', flags: [] },
    },
    {
      name: 'E_URL_BAD_PORT: not a number',
      input: { method: 'GET', target: 'http://example.com:80a/', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_BAD_PORT', flags: [] },
    },
    {
      name: 'E_URL_BAD_IPV6: bad characters',
      input: { method: 'GET', target: 'http://[zz::1]/', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_BAD_IPV6', flags: [] },
    },
    {
      name: 'E_URL_BAD_IPV6: unterminated',
      input: { method: 'GET', target: 'http://[::1/', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_BAD_IPV6', flags: [] },
    },
    {
      name: 'E_URL_TOO_LONG: host over 253 bytes',
      input: { method: 'GET', target: 'http://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com/', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_TOO_LONG', flags: [] },
    },
    {
      name: 'host of exactly 253 bytes is fine',
      input: { method: 'GET', target: 'http://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com/', hostHeader: '' },
      expected: { ok: true, scheme: 'http', host: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com', hostKind: 'name', port: 80, path: '/', query: '', hasQuery: false, url: 'http://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com/', flags: [] },
    },
    {
      name: 'E_URL_TOO_LONG: path over 2048 bytes',
      input: { method: 'GET', target: 'http://example.com/pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_TOO_LONG', flags: [] },
    },
    {
      name: 'E_URL_TOO_LONG: target over 8192 bytes',
      input: { method: 'GET', target: 'http://example.com/?qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq', hostHeader: '' },
      expected: { ok: false, error: 'E_URL_TOO_LONG', flags: [] },
    },
  ],
};
