import fc from 'fast-check';

/** Constraints of ipv4Host. */
export interface Ipv4HostConstraints {
  /** Also produce out-of-range and malformed numeric hosts. */
  invalid?: boolean;
}

function part(n: number, radix: 'dec' | 'oct' | 'hex' | 'HEX'): string {
  if (radix === 'dec') return String(n);
  if (radix === 'oct') return '0' + n.toString(8);
  if (radix === 'hex') return '0x' + n.toString(16);
  return '0X' + n.toString(16).toUpperCase();
}

/**
 * IPv4 hosts in every inet_aton form: one to four parts, each decimal, octal or hex, the last
 * part filling the remaining bytes (`3232235777`, `0300.0250.0.1`, `0xc0a80001`, `192.168.1`).
 * Built from an address and a form, so it shrinks towards plain small addresses.
 */
export function ipv4Host(c: Ipv4HostConstraints = {}): fc.Arbitrary<string> {
  const radix = fc.constantFrom<'dec' | 'oct' | 'hex' | 'HEX'>('dec', 'dec', 'oct', 'hex', 'HEX');
  const addr = fc.oneof(
    fc.constantFrom(0x7f000001, 0xc0a80001, 0x0a000001, 0xa9fea9fe, 0x08080808, 0, 0xffffffff),
    fc.integer({ min: 0, max: 0xffffffff }),
  );
  const valid = fc.tuple(addr, fc.integer({ min: 1, max: 4 }), fc.array(radix, { minLength: 4, maxLength: 4 })).map(([a, parts, radixes]) => {
    const bytes = [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255];
    const lead = bytes.slice(0, parts - 1);
    const rest = bytes.slice(parts - 1).reduce((acc, b) => acc * 256 + b, 0);
    return [...lead, rest].map((n, i) => part(n, radixes[i]!)).join('.');
  });
  if (!c.invalid) return valid;
  const invalid = fc.oneof(
    fc.integer({ min: 256, max: 99999 }).map((n) => `1.2.3.${n}`),
    fc.constantFrom('4294967296', '0x100000000', '1.2.3.4.5', '08.1.1.1', '0x.1.1.1', '1..2.3', '1.2.3.', '.1.2.3', '0xg1.2.3.4', '99999999999999999999', '1.2.65536', '1.16777216'),
  );
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: invalid });
}
