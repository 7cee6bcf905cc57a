// @vitest-environment node
/**
 * The share link must scan. uqr (what the app draws QR codes with) encodes it, and jsQR, an
 * independent decoder, reads it back from the rendered pixels.
 */
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { MAX_LINK_LENGTH, carePlanLink } from '../../../src/domain/links/carePlanCodec';
import { SAMPLE_ORIGIN, samplePlan } from '../../fixtures/carePlanFigures';
import { NOW } from './carePlanFixtures';

/** RGBA pixels of the code: `scale` pixels a module and a four-module quiet zone, as the spec asks. */
function render(modules: boolean[][], scale = 3) {
  const quiet = 4;
  const size = (modules.length + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) => row.forEach((dark, x) => {
    if (!dark) return;
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const offset = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
        pixels.fill(0, offset, offset + 3);
      }
    }
  }));
  return { pixels, size };
}

describe('QR code of a share link', () => {
  it('fits version 25 at error correction M for a link of MAX_LINK_LENGTH characters', () => {
    const link = `${SAMPLE_ORIGIN}/plan#p1.`.padEnd(MAX_LINK_LENGTH, 'aZ09-_');
    const qr = encode(link, { ecc: 'M', border: 0 });
    expect(qr.version).toBe(25);
    expect(encode(`${link}x`, { ecc: 'M' }).version).toBeGreaterThan(25);
    const { pixels, size } = render(qr.data);
    expect(jsQR(pixels, size, size)?.data).toBe(link);
  });

  it('scans back to the exact link for a full plan with 12 exercises', () => {
    const link = carePlanLink(SAMPLE_ORIGIN, samplePlan(12, NOW));
    const qr = encode(link, { ecc: 'M', border: 0 });
    expect(qr.version).toBeLessThanOrEqual(25);
    const { pixels, size } = render(qr.data);
    expect(jsQR(pixels, size, size)?.data).toBe(link);
  });
});
