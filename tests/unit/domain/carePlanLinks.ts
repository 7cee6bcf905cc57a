/** Test-side link building, with Node's own base64url so the tests don't lean on the code under test. */
import { inflateRawSync } from 'node:zlib';
import { deflateSync, strToU8 } from 'fflate';

export function packedWithNode(data: unknown, prefix = 'p1.'): string {
  return prefix + Buffer.from(deflateSync(strToU8(JSON.stringify(data)))).toString('base64url');
}

export function payloadOf(link: string): string {
  return link.slice(link.indexOf('#') + 1);
}

export function unpackedWithNode(payload: string): unknown {
  const bytes = Buffer.from(payload.slice(payload.indexOf('.') + 1), 'base64url');
  return JSON.parse(new TextDecoder().decode(inflateRawSync(bytes)));
}
