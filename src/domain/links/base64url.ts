/**
 * base64url without padding (RFC 4648 §5), written out because the domain layer has no DOM and so
 * no btoa/atob. URL fragments and QR codes carry these characters without any escaping.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Encodes bytes as unpadded base64url, safe in a URL fragment. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k += 1) out += ALPHABET[(chunk >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Undefined for anything that isn't unpadded base64url (a stray character, an impossible length). */
export function fromBase64Url(text: string): Uint8Array | undefined {
  // One leftover character carries only 6 bits, less than a byte: no encoder ever writes that.
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = VALUES.get(char);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
