// @vitest-environment node
/** The checksum inside plan and report links: a true CRC-32, written where any inflater ignores it. */
import { crc32 as nodeCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/domain/links/crc32';
import { decodeCarePlan, encodeCarePlan } from '../../../src/domain/links/carePlanCodec';
import { packPayload, unpackPayload } from '../../../src/domain/links/linkPayload';
import { buildProgressReport } from '../../../src/domain/report/progressReport';
import { decodeProgressReport, encodeProgressReport } from '../../../src/domain/report/progressReportCodec';
import { NOW, validPlan } from './carePlanFixtures';
import { packedWithNode, packedWithoutChecksum, unpackedWithNode } from './carePlanLinks';

const PLAN_DAMAGED = 'This plan link is damaged or incomplete. Ask for it to be sent again.';
const KIND = { letter: 'x', version: 1, words: 'plan' } as const;
const sampleReport = buildProgressReport({ plan: validPlan(), checks: [], checkIns: [], hydration: [], now: NOW });

describe('crc32', () => {
  it('gives the standard check value and agrees with Node on any bytes, in one piece or two', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (bytes, cut) => {
      const at = cut % (bytes.length + 1);
      expect(crc32(bytes)).toBe(nodeCrc32(bytes));
      expect(crc32(bytes.subarray(at), crc32(bytes.subarray(0, at)))).toBe(nodeCrc32(bytes));
    }), { numRuns: 300 });
  });
});

describe('the checksum in a link', () => {
  it('is the one Node computes, after a deflate stream any inflater still reads', () => {
    const data = { words: ['drink', 'water', 'rest'], n: 42 };
    const ours = Buffer.from(packPayload(KIND, data).slice(3), 'base64url');
    const deflated = ours.subarray(0, ours.length - 4);
    expect(ours.readUInt32BE(ours.length - 4)).toBe(nodeCrc32(deflated, nodeCrc32('x1.')));
    expect(unpackedWithNode(packPayload(KIND, data))).toEqual(data);
    expect(unpackPayload(packedWithNode(data, 'x1.'), KIND)).toEqual({ ok: true, data });
  });

  it('covers the header too: the same bytes under another header are damaged', () => {
    const payload = packPayload(KIND, [1, 2, 3]);
    expect(unpackPayload(`y${payload.slice(1)}`, { ...KIND, letter: 'y' })).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
  });

  it('accepts only the spelling the app writes: stray bits in the last character are damage', () => {
    // A body of 4n + 2 or 4n + 3 characters ends in a character with unused low bits.
    const payload = ['Rest.', 'Rest!', 'Rest!!', 'Rest!!!'].map((note) => encodeCarePlan(validPlan({ dos: [note] })))
      .find((candidate) => (candidate.length - 3) % 4 >= 2)!;
    const last = payload.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const stray = alphabet[alphabet.indexOf(last) ^ 1]!;
    expect(decodeCarePlan(payload.slice(0, -1) + stray, NOW)).toEqual({ ok: false, error: PLAN_DAMAGED });
  });

  it('opens a link from before the checksum, marked unverified, and a link made now without the mark', () => {
    const plan = validPlan();
    const old = packedWithoutChecksum(unpackedWithNode(encodeCarePlan(plan)));
    expect(decodeCarePlan(old, NOW)).toStrictEqual({ ok: true, plan, unverified: true });
    expect(decodeCarePlan(encodeCarePlan(plan), NOW)).toStrictEqual({ ok: true, plan });
    const report = decodeProgressReport(packedWithoutChecksum(unpackedWithNode(encodeProgressReport(sampleReport)), 'r1.'));
    expect(report).toStrictEqual({ ok: true, report: sampleReport, unverified: true });
  });

  it('still checks what an unverified link holds, and refuses what is not an old link', () => {
    const compact = unpackedWithNode(encodeCarePlan(validPlan())) as unknown[];
    compact[2] = [''];
    expect(decodeCarePlan(packedWithoutChecksum(compact), NOW)).toEqual({ ok: false, error: "Add the therapist's name." });
    expect(decodeCarePlan(packedWithoutChecksum([1]).slice(0, -2), NOW)).toEqual({ ok: false, error: PLAN_DAMAGED });
  });

  it('calls a link damaged, not old, when only its checksum was cut short or changed', () => {
    const payload = encodeCarePlan(validPlan());
    for (const cut of [1, 2, 3, 4]) expect(decodeCarePlan(payload.slice(0, -cut), NOW)).toEqual({ ok: false, error: PLAN_DAMAGED });
  });
});
