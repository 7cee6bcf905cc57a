/**
 * The envelope shared by plan and report links:
 *   `<letter><version>.<base64url(deflate(UTF-8 JSON) + CRC-32)>`, e.g. "p1.…".
 * It lives in the URL fragment, which browsers never send to a server.
 *
 * The checksum: the last 4 bytes (big-endian) are the CRC-32 of the header ("p1.") and the deflated
 * bytes before them. Every link is spelled exactly as `toBase64Url` writes it, so the text and the
 * bytes correspond one to one and a change of any one character, anywhere, is refused as damaged
 * (a misread QR code, a mangled copy-paste, a hand edit that used to open with altered text). The
 * version stays 1: the JSON is laid out as before and the bytes still begin with a plain deflate
 * stream, which inflaters read up to its last block and ignore what follows, so an app that has not
 * updated yet still opens the new links.
 *
 * Links made before the checksum (a deflate stream with nothing after it) still OPEN, marked
 * `unverified`, and the screens say so: links already handed out (a client may open a plan days
 * after the session) keep working, and the frozen links in tests/fixtures/care-plan-links-v1.json
 * hold the app to that. Nothing is lost for links made now: one changed character of a checked
 * link never reads as an old link (a checked link still inflates without its last byte, an old one
 * doesn't), so it is refused as damaged. The checksum finds accidents, not forgery: anyone can
 * compute a CRC, or write an old-style link, by hand; either way the content passes the schemas.
 *
 * Unpacking takes text from anywhere (a pasted link, a scanned code, a tampered URL), so it never
 * throws: every failure becomes a message a client can act on. Sizes are capped before any work is
 * done: a payload of at most MAX_PAYLOAD_CHARS holds at most 3,000 deflated bytes, and deflate
 * expands at most about 1,032 to 1, so even a crafted "zip bomb" inflates to about 3 MB before the
 * MAX_INFLATED_BYTES check refuses it.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { crc32 } from './crc32';
import { linksText } from '../i18n/en/links';

export const MAX_PAYLOAD_CHARS = 4_000;
export const MAX_INFLATED_BYTES = 64 * 1024;

/** What a payload holds, and how to talk about it when it's broken. */
export interface PayloadKind {
  letter: string;
  version: number;
  /** Which messages name its problems (en/links.ts): a plan's or a progress report's. */
  words: 'plan' | 'report';
}

/** `unverified`: a link from before the checksum, so nothing tells whether it was changed. */
export type Unpacked = { ok: true; data: unknown; unverified?: true } | { ok: false; error: string };

const ENVELOPE = /^([a-z])(\d{1,6})\.([\s\S]*)$/;
const CHECKSUM_BYTES = 4;

const headerOf = (kind: PayloadKind) => `${kind.letter}${kind.version}.`;

function checksumOf(header: string, deflated: Uint8Array): number {
  return crc32(deflated, crc32(strToU8(header)));
}

/** Packs `data` (JSON-safe) as the payload of a link of this kind, checksum included. */
export function packPayload(kind: PayloadKind, data: unknown): string {
  const header = headerOf(kind);
  const deflated = deflateSync(strToU8(JSON.stringify(data)), { level: 9 });
  const bytes = new Uint8Array(deflated.length + CHECKSUM_BYTES);
  bytes.set(deflated);
  new DataView(bytes.buffer).setUint32(deflated.length, checksumOf(header, deflated));
  return header + toBase64Url(bytes);
}

/** UTF-8 bytes of the JSON a payload would unpack to; a payload past the cap can't be opened. */
export function packedJsonBytes(data: unknown): number {
  return strToU8(JSON.stringify(data)).length;
}

/** The messages for this kind of link, in the reader's language. */
const wordsOf = (kind: PayloadKind) => linksText()[kind.words];

function damaged(kind: PayloadKind): Unpacked {
  return { ok: false, error: wordsOf(kind).damaged };
}

function inflates(bytes: Uint8Array, asJson: boolean): boolean {
  try {
    const json = inflateSync(bytes);
    if (asJson) JSON.parse(strFromU8(json));
    return true;
  } catch {
    return false;
  }
}

/**
 * A link from before the checksum is one whole deflate stream of JSON with nothing after it:
 * without its last byte it no longer inflates. A checked link that lost or garbled its checksum
 * still inflates without its last byte (the stream ends before the checksum), so it reads as damaged.
 */
function isFromBeforeChecksums(bytes: Uint8Array): boolean {
  return inflates(bytes, true) && !inflates(bytes.subarray(0, bytes.length - 1), false);
}

function inflateJson(bytes: Uint8Array, kind: PayloadKind): Unpacked {
  let json: Uint8Array;
  try {
    json = inflateSync(bytes);
  } catch {
    return damaged(kind);
  }
  if (json.length > MAX_INFLATED_BYTES) return { ok: false, error: wordsOf(kind).tooLarge };
  try {
    return { ok: true, data: JSON.parse(strFromU8(json)) as unknown };
  } catch {
    return damaged(kind);
  }
}

/** The data a payload carries, or a message saying why it can't be opened. Never throws. */
export function unpackPayload(payload: unknown, kind: PayloadKind): Unpacked {
  const words = wordsOf(kind);
  if (typeof payload !== 'string' || payload.trim() === '') return { ok: false, error: words.empty };
  if (payload.length > MAX_PAYLOAD_CHARS) return { ok: false, error: words.tooLong };
  const match = ENVELOPE.exec(payload.trim());
  if (!match || match[1] !== kind.letter) return { ok: false, error: words.notOurs };
  const version = Number(match[2]);
  if (version > kind.version) return { ok: false, error: words.newer };
  if (match[2] !== String(kind.version)) return damaged(kind);
  const body = match[3] ?? '';
  const bytes = fromBase64Url(body);
  // Unused low bits in the last character decode to the same bytes: only our own spelling counts.
  if (!bytes || bytes.length <= CHECKSUM_BYTES || toBase64Url(bytes) !== body) return damaged(kind);
  const deflated = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  const stored = new DataView(bytes.buffer, bytes.byteOffset).getUint32(deflated.length);
  if (stored === checksumOf(headerOf(kind), deflated)) return inflateJson(deflated, kind);
  if (!isFromBeforeChecksums(bytes)) return damaged(kind);
  const unchecked = inflateJson(bytes, kind);
  return unchecked.ok ? { ...unchecked, unverified: true } : unchecked;
}

/** `${origin}/${path}#${payload}`; a trailing slash on the origin is tolerated. */
export function linkTo(origin: string, path: string, payload: string): string {
  return `${origin.replace(/\/+$/, '')}/${path}#${payload}`;
}

/** The payload in a URL fragment such as `location.hash`, or undefined when there is none. */
export function fragmentPayload(hash: string): string | undefined {
  const payload = hash.replace(/^#/, '').trim();
  return payload === '' ? undefined : payload;
}

/** Several problems are joined into one message: the screen has one place to say what's wrong. */
export function problemsMessage(errors: readonly string[]): string {
  const shown = errors.slice(0, 3).join(' ');
  const more = errors.length - 3;
  return more > 0 ? linksText().andMore(shown, more) : shown;
}
