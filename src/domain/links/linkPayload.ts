/**
 * The envelope shared by plan and report links: `<letter><version>.<base64url(deflate(UTF-8 JSON))>`,
 * e.g. "p1.…". It lives in the URL fragment, which browsers never send to a server.
 *
 * Unpacking takes text from anywhere (a pasted link, a scanned code, a tampered URL), so it never
 * throws: every failure becomes a message a client can act on. Sizes are capped before any work is
 * done: a payload of at most MAX_PAYLOAD_CHARS holds at most 3,000 deflated bytes, and deflate
 * expands at most about 1,032 to 1, so even a crafted "zip bomb" inflates to about 3 MB before the
 * MAX_INFLATED_BYTES check refuses it.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';

export const MAX_PAYLOAD_CHARS = 4_000;
export const MAX_INFLATED_BYTES = 64 * 1024;

/** What a payload holds, and how to talk about it when it's broken. */
export interface PayloadKind {
  letter: string;
  version: number;
  /** "plan", "progress report". */
  noun: string;
}

export type Unpacked = { ok: true; data: unknown } | { ok: false; error: string };

const ENVELOPE = /^([a-z])(\d{1,6})\.([\s\S]*)$/;

/** Compresses and encodes data of one kind into the versioned link payload. */
export function packPayload(kind: PayloadKind, data: unknown): string {
  const json = strToU8(JSON.stringify(data));
  return `${kind.letter}${kind.version}.${toBase64Url(deflateSync(json, { level: 9 }))}`;
}

/** UTF-8 bytes of the JSON a payload would unpack to; a payload past the cap can't be opened. */
export function packedJsonBytes(data: unknown): number {
  return strToU8(JSON.stringify(data)).length;
}

function damaged(kind: PayloadKind): Unpacked {
  return { ok: false, error: `This ${kind.noun} link is damaged or incomplete. Ask for it to be sent again.` };
}

function inflateJson(bytes: Uint8Array, kind: PayloadKind): Unpacked {
  let json: Uint8Array;
  try {
    json = inflateSync(bytes);
  } catch {
    return damaged(kind);
  }
  if (json.length > MAX_INFLATED_BYTES) return { ok: false, error: `This ${kind.noun} is too large to open.` };
  try {
    return { ok: true, data: JSON.parse(strFromU8(json)) as unknown };
  } catch {
    return damaged(kind);
  }
}

/** Decodes a link payload of the expected kind; never throws. */
export function unpackPayload(payload: unknown, kind: PayloadKind): Unpacked {
  if (typeof payload !== 'string' || payload.trim() === '') {
    return { ok: false, error: `This link has no ${kind.noun} in it.` };
  }
  if (payload.length > MAX_PAYLOAD_CHARS) return { ok: false, error: `This link is too long to be an Aftercare ${kind.noun}.` };
  const match = ENVELOPE.exec(payload.trim());
  if (!match || match[1] !== kind.letter) return { ok: false, error: `This link doesn't contain an Aftercare ${kind.noun}.` };
  const version = Number(match[2]);
  if (version > kind.version) {
    return { ok: false, error: `This ${kind.noun} was made with a newer version of Aftercare. Update the app to open it.` };
  }
  if (match[2] !== String(kind.version)) return damaged(kind);
  const bytes = fromBase64Url(match[3] ?? '');
  if (!bytes || bytes.length === 0) return damaged(kind);
  return inflateJson(bytes, kind);
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
  return more > 0 ? `${shown} (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : shown;
}
