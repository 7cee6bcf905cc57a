/**
 * Plain-English checks for what a form or a stored record hands the domain. Each function returns
 * one message per bad field, and an empty object when everything is fine.
 */
import { allowedIntervals, capacity } from '../time/allowedTime';
import type { SessionInput } from '../hydration/hydrationPlan';
import { DEFAULT_RULES, DEFAULT_SETTINGS, type HydrationRules, type QuietPeriod, type Settings } from '../hydration/rules';
import { isMassageKind, isPressure } from '../session/sessionKinds';
import { minutesIntoDay } from '../time/wakingDay';
import { localInstant, parseClockTime } from '../time/wallClock';

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

export const SETTINGS_LIMITS = {
  minAwakeHours: 4,
  glassMl: { min: 50, max: 1000 },
  goodDailyGlasses: { min: 1, max: 30 },
} as const;

export const SESSION_LIMITS = {
  usualGlassesPerDay: { min: 1, max: 30 },
  /** Phones and laptops disagree about the time by a little; don't reject a session for that. */
  clockSkewMin: 5,
  maxAgeDays: 7,
} as const;

const MINUTE_MS = 60_000;

function isNumberBetween(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/**
 * Quiet periods lie inside the waking day, which may run past midnight: their times are compared
 * by how long after wake time they come, so 23:30–00:30 is fine for someone who goes to bed at 02:00.
 */
function quietHoursError(periods: unknown, wake?: number, bed?: number): string | undefined {
  if (!Array.isArray(periods)) return 'Quiet hours must be a list of periods.';
  for (const [index, period] of (periods as Partial<QuietPeriod>[]).entries()) {
    const name = `Quiet period ${index + 1}`;
    const start = parseClockTime(String(period?.start));
    const end = parseClockTime(String(period?.end));
    if (start === undefined || end === undefined) return `${name} needs a start and end time like 12:30.`;
    if (start === end) return `${name} must start before it ends.`;
    if (wake === undefined || bed === undefined) {
      if (start > end) return `${name} must start before it ends, on the same day.`;
      continue;
    }
    const [from, to, awake] = [minutesIntoDay(start, wake), minutesIntoDay(end, wake), minutesIntoDay(bed, wake)];
    if (from > awake || to > awake || to === 0) return `${name} must fall between your wake time and bedtime.`;
    if (from >= to) return `${name} must start before it ends.`;
  }
  return undefined;
}

function clockText(clock: number): string {
  const minutes = (clock + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours && `${hours} hour${hours === 1 ? '' : 's'}`, rest && `${rest} minute${rest === 1 ? '' : 's'}`];
  return parts.filter(Boolean).join(' ') || '0 minutes';
}

/**
 * The day must hold the largest goal at minimum spacing, so glasses carried to the next morning
 * always fit into it. Checked on a plain day in UTC: no clock change, wall time = real time.
 * (Any wake time and bedtime are accepted apart from this and equal times: a bedtime after
 * midnight, or a day that starts in the evening, is a waking day like any other.)
 */
function roomForRemindersError(settings: Settings, wake: number, bed: number, rules: HydrationRules) {
  const day = { year: 2026, month: 1, day: 15 };
  const from = localInstant(day, wake, 'UTC') + rules.firstReminderDelayMin * MINUTE_MS;
  const pieces = allowedIntervals(day, from, settings, rules, 'UTC');
  const largestGoal = Math.max(rules.targets.meetsThreshold.max, rules.targets.belowThreshold.max);
  if (capacity(pieces, rules.minSpacingMin * MINUTE_MS) >= largestGoal) return undefined;
  const need = durationText((largestGoal - 1) * rules.minSpacingMin);
  const span = `${clockText(wake + rules.firstReminderDelayMin)} and ${clockText(bed - rules.lastReminderBeforeBedtimeMin)}`;
  return settings.quietHours.length > 0
    ? { quietHours: `Quiet hours leave too little time for water reminders: keep at least ${need} free between ${span}.` }
    : { bedtime: `Wake time and bedtime leave too little time for water reminders: ${need} are needed between ${span}.` };
}

/** `rules` matter only for checking that the day leaves room for every reminder. */
export function validateSettings(
  settings: Partial<Settings>,
  rules: HydrationRules = DEFAULT_RULES,
): FieldErrors<keyof Settings> {
  const errors: FieldErrors<keyof Settings> = {};
  const wake = parseClockTime(String(settings.wakeTime));
  const bed = parseClockTime(String(settings.bedtime));
  if (wake === undefined) errors.wakeTime = 'Enter a wake time like 07:00.';
  if (bed === undefined) errors.bedtime = 'Enter a bedtime like 22:30.';
  else if (wake !== undefined && bed === wake) {
    errors.bedtime = 'Bedtime and wake time must be different times.';
  } else if (wake !== undefined && minutesIntoDay(bed, wake) < SETTINGS_LIMITS.minAwakeHours * 60) {
    errors.bedtime = `Bedtime must be at least ${SETTINGS_LIMITS.minAwakeHours} hours after wake time.`;
  }
  const validDay = errors.wakeTime === undefined && errors.bedtime === undefined;
  const quiet = quietHoursError(settings.quietHours, validDay ? wake : undefined, validDay ? bed : undefined);
  if (quiet) errors.quietHours = quiet;
  const { glassMl, goodDailyGlasses } = SETTINGS_LIMITS;
  if (!isNumberBetween(settings.glassMl, glassMl.min, glassMl.max)) {
    errors.glassMl = `A glass must hold between ${glassMl.min} and ${glassMl.max} ml.`;
  }
  if (!['ml', 'floz', 'glass'].includes(settings.unit as string)) {
    errors.unit = 'Choose ml, fl oz or glasses.';
  }
  if (!isNumberBetween(settings.goodDailyGlasses, goodDailyGlasses.min, goodDailyGlasses.max)) {
    errors.goodDailyGlasses = `A good daily amount must be between ${goodDailyGlasses.min} and ${goodDailyGlasses.max} glasses.`;
  }
  // Only worth checking once the day and its quiet periods make sense on their own.
  if (validDay && wake !== undefined && bed !== undefined && !quiet) {
    Object.assign(errors, roomForRemindersError({ ...DEFAULT_SETTINGS, ...settings }, wake, bed, rules));
  }
  return errors;
}

function endedAtError(endedAt: unknown, now: number): string | undefined {
  if (typeof endedAt !== 'number' || !Number.isFinite(endedAt)) return 'Enter when the session ended.';
  if (endedAt > now + SESSION_LIMITS.clockSkewMin * MINUTE_MS) return "The session can't end in the future.";
  if (endedAt < now - SESSION_LIMITS.maxAgeDays * 24 * 60 * MINUTE_MS) {
    return `The session must have ended within the last ${SESSION_LIMITS.maxAgeDays} days.`;
  }
  return undefined;
}

/** Checks a session from the intake form; each field with a problem gets a plain message. */
export function validateSession(input: Partial<SessionInput>, now: number): FieldErrors<keyof SessionInput> {
  const errors: FieldErrors<keyof SessionInput> = {};
  if (!isMassageKind(input.kind)) errors.kind = 'Choose the kind of massage.';
  if (!isPressure(input.pressure)) errors.pressure = 'Choose the pressure that was used.';
  const { min, max } = SESSION_LIMITS.usualGlassesPerDay;
  const usual = input.usualGlassesPerDay;
  if (!Number.isInteger(usual) || !isNumberBetween(usual, min, max)) {
    errors.usualGlassesPerDay = `Enter how many glasses you usually drink a day, a whole number from ${min} to ${max}.`;
  }
  const ended = endedAtError(input.endedAt, now);
  if (ended) errors.endedAt = ended;
  return errors;
}
