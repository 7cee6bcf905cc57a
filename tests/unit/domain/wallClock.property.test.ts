import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localInstant } from '../../../src/domain/time/wallClock';
import { localText, MINUTE } from './localClock';
import { ZONES, clock, clockChanges } from './propertyArbitraries';

// Lord Howe moves its clocks by 30 minutes; Santiago changes at midnight, so 00:xx is skipped.
const EXTRA_ZONES = ['Australia/Lord_Howe', 'America/Santiago'];
const DAY = 86_400_000;

const request = fc.constantFrom(...ZONES, ...EXTRA_ZONES).chain((zone) => fc.record({
  zone: fc.constant(zone),
  day: fc.tuple(fc.constantFrom(...clockChanges(zone)), fc.integer({ min: -1, max: 1 }))
    .map(([change, shift]) => new Date(change + shift * DAY).toISOString().slice(0, 10)),
  minutes: fc.integer({ min: 0, max: 24 * 60 - 1 }),
}));

describe('localInstant against Intl', () => {
  it('shows the requested clock time at its first occurrence, or the first time after a skipped one', () => {
    fc.assert(fc.property(request, ({ zone, day, minutes }) => {
      const [year, month, date] = day.split('-').map(Number);
      const at = localInstant({ year: year!, month: month!, day: date! }, minutes, zone);
      const wanted = `${day} ${clock(minutes)}`;
      const shown = localText(at, zone);
      if (shown === wanted) {
        // First occurrence: half an hour or an hour earlier, the clock didn't already show it.
        expect(localText(at - 30 * MINUTE, zone)).not.toBe(wanted);
        expect(localText(at - 60 * MINUTE, zone)).not.toBe(wanted);
      } else {
        // Skipped: just before, the clock was short of it; at `at` it is already past it.
        expect(shown > wanted).toBe(true);
        expect(localText(at - 1, zone) < wanted).toBe(true);
      }
    }), { numRuns: 1000 });
  });
});
