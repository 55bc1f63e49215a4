import fc from 'fast-check';

/** Constraints of byteString. */
export interface ByteStringConstraints {
  maxLength?: number;
}

/** Any byte string (NUL, bytes >= 0x80, invalid UTF-8), shrinking towards shorter and smaller. */
export function byteString(c: ByteStringConstraints = {}): fc.Arbitrary<string> {
  return fc
    .array(fc.integer({ min: 0, max: 255 }), { maxLength: c.maxLength ?? 64 })
    .map((a) => String.fromCharCode(...a), (s) => (typeof s === 'string' ? Array.from(s, (ch) => ch.charCodeAt(0)) : []) as never);
}

/** Bytes that matter to parsers: controls, separators, escapes, high bytes. */
export const NASTY_BYTES = ['\x00', '\t', '\n', '\r', ' ', '\x0b', '\x0c', '\x7f', '\x80', '\xa0', '\xc3', '\xa9', '\xff', '%', '#', '?', '/', '\\', '@', ':', '.', ',', '=', '&', '+', ';', '"', "'", '<', '>'];

/** Mostly readable text with a sprinkling of nasty bytes. */
export function textWithEvasions(maxPieces = 12, alphabet: readonly string[] = ['a', 'b', 'e', 'o', 's', 'x', 'z', '0', '1', '3', '4', '5', 'A', 'E', 'S', '-', '_']): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...alphabet) }, { weight: 1, arbitrary: fc.constantFrom(...NASTY_BYTES) }), { maxLength: maxPieces })
    .map((p) => p.join(''));
}

/** A string of exactly n bytes of one kind, to sit on either side of a length limit. */
export function nearLimit(limits: readonly number[], fill = 'a'): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...limits), fc.integer({ min: -2, max: 2 })).map(([n, d]) => fill.repeat(Math.max(0, n + d)));
}
