/** fast-check generators for the plan properties: sessions biased toward clock-change days. */
import { tzScan } from '@date-fns/tz';
import fc from 'fast-check';
import { DEFAULT_RULES, type HydrationRules } from '../../../src/domain/hydration/rules';
import { MASSAGE_KINDS, PRESSURES, type Pressure } from '../../../src/domain/session/sessionKinds';
import { validateSettings } from '../../../src/domain/settings/settingsSchema';
import { allowedIntervals, capacity } from '../../../src/domain/time/allowedTime';
import { localInstant } from '../../../src/domain/time/wallClock';
import type { QuietPeriod, Settings } from '../../../src/domain/settings/settings';
import type { SessionInput } from '../../../src/domain/hydration/hydrationPlan';

export const ZONES = [
  'UTC', 'America/New_York', 'America/Los_Angeles', 'America/St_Johns', 'Europe/London', 'Europe/Berlin',
  'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham', 'Asia/Tokyo', 'America/Sao_Paulo', 'Pacific/Auckland',
] as const;

const YEAR_START = Date.parse('2026-01-01T00:00:00Z');
const YEAR_END = Date.parse('2027-01-01T00:00:00Z');
const HOUR = 3_600_000;

/** Clock changes in 2026; zones without DST fall back to a few fixed days. */
export function clockChanges(zone: string): number[] {
  const changes = tzScan(zone, { start: new Date(YEAR_START), end: new Date(YEAR_END) }).map((c) => c.date.getTime());
  return changes.length > 0 ? changes : [Date.parse('2026-03-08T07:00:00Z'), Date.parse('2026-10-25T01:00:00Z')];
}

/** Three in four sessions end within 40 hours of a clock change, at any ms. */
export function sessionEnd(zone: string): fc.Arbitrary<number> {
  const near = fc.tuple(fc.constantFrom(...clockChanges(zone)), fc.integer({ min: -40 * HOUR, max: 40 * HOUR }))
    .map(([change, offset]) => change + offset);
  return fc.oneof({ arbitrary: near, weight: 3 }, { arbitrary: fc.integer({ min: YEAR_START, max: YEAR_END }), weight: 1 });
}

export const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function quietPeriods(wake: number, bed: number): fc.Arbitrary<QuietPeriod[]> {
  const period = fc.tuple(fc.integer({ min: wake, max: bed - 1 }), fc.integer({ min: 1, max: 240 }))
    .map(([start, length]) => ({ start: clock(start), end: clock(Math.min(bed, start + length)) }));
  return fc.array(period, { maxLength: 2 });
}

/**
 * Whether a plain day (UTC, no clock change) holds the largest goal of `rules` at minimum spacing.
 * Settings had to pass this before issue 10 allowed any waking day; days like these still get one
 * reminder per glass, which the properties of ordinary days check.
 */
export function roomForEveryGlass(settings: Settings, rules: HydrationRules = DEFAULT_RULES): boolean {
  const date = { year: 2026, month: 1, day: 15 };
  const wake = localInstant(date, Number(settings.wakeTime.slice(0, 2)) * 60 + Number(settings.wakeTime.slice(3)), 'UTC');
  const pieces = allowedIntervals(date, wake + rules.firstReminderDelayMin * 60_000, settings, rules, 'UTC');
  const largestGoal = Math.max(rules.targets.meetsThreshold.max, rules.targets.belowThreshold.max);
  return capacity(pieces, rules.minSpacingMin * 60_000) >= largestGoal;
}

/** Valid settings with room for every glass (roomForEveryGlass), a wake time in [earliestWake, 11:59]. */
export function settingsArb(earliestWake: number, rules: HydrationRules = DEFAULT_RULES): fc.Arbitrary<Settings> {
  return fc.integer({ min: earliestWake, max: 11 * 60 + 59 })
    .chain((wake) => fc.integer({ min: wake + 240, max: 23 * 60 + 59 }).map((bed) => [wake, bed] as const))
    .chain(([wake, bed]) => fc.record({
      wakeTime: fc.constant(clock(wake)),
      bedtime: fc.constant(clock(bed)),
      quietHours: quietPeriods(wake, bed),
      glassMl: fc.constant(250),
      unit: fc.constant('glass' as const),
      goodDailyGlasses: fc.integer({ min: 1, max: 30 }),
    }))
    .filter((settings) => Object.keys(validateSettings(settings)).length === 0 && roomForEveryGlass(settings, rules));
}

export function sessionArb(zone: string): fc.Arbitrary<SessionInput> {
  return fc.record({
    kind: fc.constantFrom(...MASSAGE_KINDS.map((kind) => kind.id)),
    pressure: fc.constantFrom(...PRESSURES.map((pressure) => pressure.id)),
    usualGlassesPerDay: fc.integer({ min: 1, max: 30 }),
    endedAt: sessionEnd(zone),
  });
}

export const rulesArb: fc.Arbitrary<HydrationRules> = fc.record({
  targets: fc.record({
    meetsThreshold: fc.integer({ min: 1, max: 4 }).chain((min) => fc.record({ min: fc.constant(min), max: fc.integer({ min, max: 6 }) })),
    belowThreshold: fc.integer({ min: 1, max: 6 }).chain((min) => fc.record({ min: fc.constant(min), max: fc.integer({ min, max: 8 }) })),
  }),
  deepKinds: fc.subarray(MASSAGE_KINDS.map((kind) => kind.id)),
  deepPressures: fc.subarray<Pressure>(['light', 'medium', 'firm', 'deep']),
  firstReminderDelayMin: fc.integer({ min: 0, max: 60 }),
  minSpacingMin: fc.integer({ min: 10, max: 120 }),
  lastReminderBeforeBedtimeMin: fc.integer({ min: 0, max: 90 }),
  morningCarryMaxSpacingMin: fc.integer({ min: 10, max: 180 }),
});

/**
 * At least 20 zones for the waking-day properties: the plan zones above plus the awkward ones (a
 * 30-minute shift on Lord Howe, Dublin's negative winter DST, Santiago's and Havana's midnight
 * changes, Kathmandu's :45 offset, Apia which dropped DST and skipped a whole day in 2011).
 */
export const NIGHT_ZONES = [
  ...ZONES, 'Australia/Lord_Howe', 'Europe/Dublin', 'America/Santiago', 'America/Havana', 'Asia/Kathmandu', 'Pacific/Apia',
  'America/Nuuk', 'Africa/Casablanca', 'Asia/Tehran',
] as const;

/** Quiet periods inside a waking day of `awake` minutes from `wake`, which may run past midnight. */
function quietInDay(wake: number, awake: number): fc.Arbitrary<QuietPeriod[]> {
  const period = fc.tuple(fc.integer({ min: 0, max: awake - 1 }), fc.integer({ min: 1, max: 240 }))
    .map(([from, length]) => ({ start: clock((wake + from) % 1440), end: clock((wake + Math.min(awake, from + length)) % 1440) }));
  // Half the short days get one quiet period over most of the day, leaving minutes at either end.
  const most = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }))
    .filter(([head, tail]) => head + tail < awake)
    .map(([head, tail]) => [{ start: clock((wake + head) % 1440), end: clock((wake + awake - tail) % 1440) }]);
  return awake <= 120 ? fc.oneof(fc.array(period, { maxLength: 2 }), most) : fc.array(period, { maxLength: 2 });
}

/**
 * Any valid settings, that is any wake time and bedtime but equal ones (issue 10): three in eight
 * crossing midnight (night owls, night shifts), three in eight very short days (a minute to two
 * hours, often mostly quiet), the rest any pair at all, with quiet periods anywhere in the day.
 */
export function anySettingsArb(): fc.Arbitrary<Settings> {
  const crossing = fc.integer({ min: 61, max: 1439 }).chain((wake) =>
    fc.integer({ min: Math.max(240, 1441 - wake), max: 1380 }).map((awake) => [wake, awake] as const));
  const short = fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 120 }));
  const anyDay = fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1439 }));
  return fc.oneof({ arbitrary: crossing, weight: 3 }, { arbitrary: short, weight: 3 }, { arbitrary: anyDay, weight: 2 })
    .chain(([wake, awake]) => fc.record({
      wakeTime: fc.constant(clock(wake)),
      bedtime: fc.constant(clock((wake + awake) % 1440)),
      quietHours: quietInDay(wake, awake),
      glassMl: fc.constant(250),
      unit: fc.constant('glass' as const),
      goodDailyGlasses: fc.integer({ min: 1, max: 30 }),
    }))
    .filter((settings) => Object.keys(validateSettings(settings)).length === 0);
}
