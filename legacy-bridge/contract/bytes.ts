import type { Bytes } from './types.js';

const NON_BYTE = /[^\x00-\xff]/;

/** True when every code unit of `s` is a byte (0..255). */
export function isBytes(s: string): boolean {
  return !NON_BYTE.test(s);
}

export function fromBuffer(buf: Uint8Array): Bytes {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
}

export function toBuffer(b: Bytes): Buffer {
  return Buffer.from(b, 'latin1');
}

/** Encode a (Unicode) JavaScript string as UTF-8 bytes. */
export function fromUtf8(s: string): Bytes {
  return Buffer.from(s, 'utf8').toString('latin1');
}

/** Decode bytes as UTF-8 (invalid sequences become U+FFFD); for display only. */
export function toUtf8(b: Bytes): string {
  return Buffer.from(b, 'latin1').toString('utf8');
}

/** A printable, unambiguous rendering: printable ASCII kept, everything else as \xNN. */
export function escapeBytes(b: Bytes): string {
  let out = '';
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x5c) out += b[i];
    else if (c === 0x5c) out += '\\\\';
    else out += '\\x' + c.toString(16).padStart(2, '0');
  }
  return out;
}
