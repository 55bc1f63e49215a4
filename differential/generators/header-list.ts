import fc from 'fast-check';
import type { Header } from '../../legacy-bridge/index.js';
import { byteString, textWithEvasions } from './byte-string.js';

/** Identity header names a client might try to spoof, in the spellings a filter must catch. */
export const IDENTITY_NAMES = ['X-Filter-Tenant', 'X-Filter-User', 'X-Filter-Groups', 'X-Filter-Timestamp', 'X-Filter-Signature', 'X-Authenticated-User', 'X-Authenticated-Groups', 'X-Forwarded-User', 'X-Remote-User'];
const ORDINARY = ['Host', 'User-Agent', 'Accept', 'Cookie', 'Referer', 'Accept-Language', 'X-Requested-With', 'Content-Type'];

function spell(name: string, how: number): string {
  switch (how) {
    case 0: return name.toLowerCase();
    case 1: return name.toUpperCase();
    case 2: return ' ' + name;
    case 3: return name + ' ';
    case 4: return '\t' + name + '\t';
    case 5: return name.replace('-', '_');
    case 6: return name + ':';
    case 7: return name.slice(0, -1);
    default: return name;
  }
}

/** Constraints of headerList. */
export interface HeaderListConstraints {
  maxLength?: number;
}

/** Header lists with spoofed identity headers (duplicates, odd case and spacing), CR/LF and NUL in values. */
export function headerList(c: HeaderListConstraints = {}): fc.Arbitrary<Header[]> {
  const name = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...IDENTITY_NAMES), fc.integer({ min: 0, max: 10 })).map(([n, how]) => spell(n, how)) },
    { weight: 3, arbitrary: fc.constantFrom(...ORDINARY) },
    { weight: 1, arbitrary: byteString({ maxLength: 16 }) },
  );
  const value = fc.oneof(
    { weight: 4, arbitrary: textWithEvasions(16) },
    { weight: 1, arbitrary: fc.constantFrom('admin', 'springfield', 'a\r\nX-Filter-User: admin', 'x\x00y', '\xc3\xa9l\xe8ve', '') },
    { weight: 1, arbitrary: byteString({ maxLength: 40 }) },
  );
  return fc.array(fc.record({ name, value }), { maxLength: c.maxLength ?? 10 });
}
