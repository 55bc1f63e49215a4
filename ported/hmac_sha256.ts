import { createHash, createHmac } from 'node:crypto';

/**
 * SHA-256 of a byte string, as a byte string. node:crypto's SHA-256 stands in for the engine's
 * own block function.
 * @legacy hmac_sha256.cpp sha256
 * @legacy hmac_sha256.cpp compress
 * @legacy hmac_sha256.cpp rotr
 */
export function sha256(data: string): string {
  return createHash('sha256').update(data, 'latin1').digest().toString('latin1');
}

/** HMAC-SHA256 as lowercase hex (node:crypto gives the same bytes as the engine's own code). @legacy hmac_sha256.cpp hmac_sha256 */
export function hmacSha256Hex(key: string, message: string): string {
  return createHmac('sha256', Buffer.from(key, 'latin1')).update(message, 'latin1').digest('hex');
}

/** @legacy hmac_sha256.cpp hex_encode */
export function hexEncode(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('hex');
}
