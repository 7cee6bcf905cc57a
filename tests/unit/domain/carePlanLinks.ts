/** Test-side link building, with Node's own base64url and CRC-32 so the tests don't lean on the code under test. */
import { crc32, inflateRawSync } from 'node:zlib';
import { deflateSync, strToU8 } from 'fflate';

/** A link as the app writes it: deflated JSON, then the CRC-32 of the prefix and those bytes. */
export function packedWithNode(data: unknown, prefix = 'p1.'): string {
  return prefix + Buffer.from(withNodeChecksum(prefix, deflateSync(strToU8(JSON.stringify(data))))).toString('base64url');
}

/** Deflated bytes followed by their checksum (big-endian), as in a link made since links carry one. */
export function withNodeChecksum(prefix: string, deflated: Uint8Array): Buffer {
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(deflated, crc32(prefix)));
  return Buffer.concat([deflated, checksum]);
}

/** A link from before links carried a checksum, as the app writes it today: the same bytes, then their checksum. */
export function withChecksum(link: string): string {
  const at = link.indexOf('#') + 1;
  const prefix = link.slice(at, at + 3);
  return link.slice(0, at) + prefix + withNodeChecksum(prefix, Buffer.from(link.slice(at + 3), 'base64url')).toString('base64url');
}

/** A link as the app wrote it before links carried a checksum. */
export function packedWithoutChecksum(data: unknown, prefix = 'p1.'): string {
  return prefix + Buffer.from(deflateSync(strToU8(JSON.stringify(data)))).toString('base64url');
}

export function payloadOf(link: string): string {
  return link.slice(link.indexOf('#') + 1);
}

/** The JSON inside a link; any inflater stops at the end of the deflate stream, before the checksum. */
export function unpackedWithNode(payload: string): unknown {
  const bytes = Buffer.from(payload.slice(payload.indexOf('.') + 1), 'base64url');
  return JSON.parse(new TextDecoder().decode(inflateRawSync(bytes)));
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * What one character can turn into: each of the six characters one bit away (a misread QR module, a
 * bit flipped in transit) and one that base64url never uses; for a character outside base64url, a few.
 */
function replacements(char: string): string[] {
  const value = BASE64URL.indexOf(char);
  if (value < 0) return ['A', '0', '-', '%'];
  return [...Array.from({ length: 6 }, (_, bit) => BASE64URL[value ^ (1 << bit)]!), '.'];
}

/** Every payload that differs from `payload` in one character, for each position and each of its `replacements`. */
export function* singleCharacterChanges(payload: string): Generator<{ at: number; changed: string }> {
  for (let at = 0; at < payload.length; at += 1) {
    for (const char of replacements(payload[at]!)) yield { at, changed: payload.slice(0, at) + char + payload.slice(at + 1) };
  }
}
