/**
 * The settings form's checks, as a valibot schema: one plain message per bad field, in the reader's
 * language (i18n/en/settings.ts `check`). The
 * day is checked field by field first; only a day that makes sense on its own is checked for
 * quiet periods inside it, and only then for room for every water reminder.
 *
 * Any wake time and bedtime are a day except equal ones (issue 10): bed at 01:30 after waking at
 * 10:00, or a night shift from 18:00 to 10:00, is a waking day that runs past midnight
 * (time/wakingDay.ts). It must be at least `minAwakeHours` long, so that it holds the reminders.
 * Quiet periods lie inside it, compared by how long after wake time they come.
 */
import * as v from 'valibot';
import { isNumberIn, isRecord } from '../checks/jsonGuards';
import { asRecord, checked, fieldErrorsOf, optionalField, type FieldErrors } from '../checks/schemaParts';
import { DEFAULT_RULES, type HydrationRules } from '../hydration/rules';
import { allowedIntervals, capacity } from '../time/allowedTime';
import { minutesIntoDay } from '../time/wakingDay';
import { localInstant, parseClockTime } from '../time/wallClock';
import { SETTINGS_LIMITS } from '../limits/limits';
import { settingsText, type SettingsMessages } from '../i18n/en/settings';
import { DEFAULT_SETTINGS, REMINDER_SPACINGS, type QuietPeriod, type ReminderSpacing, type Settings, type VolumeUnit } from './settings';

const MINUTE_MS = 60_000;
const UNITS: readonly VolumeUnit[] = ['ml', 'floz', 'glass'];
const { glassMl, goodDailyGlasses, minAwakeHours } = SETTINGS_LIMITS;

const isClockTime = (value: unknown): value is string => typeof value === 'string' && parseClockTime(value) !== undefined;
const minutes = (clock: string) => parseClockTime(clock) ?? Number.NaN;

/** Messages are read when a check fails, so they come in the language of that moment. */
const say = (pick: (check: SettingsMessages['check']) => string) => () => pick(settingsText().check);

const quietPeriod = v.pipe(
  checked((value): value is QuietPeriod => isRecord(value) && isClockTime(value.start) && isClockTime(value.end), say((t) => t.quietPeriodTimes)),
  v.check((period) => minutes(period.start) !== minutes(period.end), say((t) => t.quietPeriodOrder)),
);

const settingsFields = {
  wakeTime: checked(isClockTime, say((t) => t.wakeTime)),
  bedtime: checked(isClockTime, say((t) => t.bedtime)),
  quietHours: v.pipe(checked(Array.isArray, say((t) => t.quietHoursList)), v.array(quietPeriod)),
  glassMl: checked((value): value is number => isNumberIn(value, glassMl), say((t) => t.glassMl(glassMl.min, glassMl.max))),
  unit: checked((value): value is VolumeUnit => UNITS.includes(value as VolumeUnit), say((t) => t.unit)),
  goodDailyGlasses: checked(
    (value): value is number => isNumberIn(value, goodDailyGlasses),
    say((t) => t.goodDailyGlasses(goodDailyGlasses.min, goodDailyGlasses.max)),
  ),
  // The reminder controls came later: settings stored before them lack them, so each may be absent.
  waterReminders: optionalField(checked((value): value is boolean => typeof value === 'boolean', say((t) => t.waterReminders))),
  reminderSpacingMin: optionalField(checked(
    (value): value is ReminderSpacing => (REMINDER_SPACINGS as readonly unknown[]).includes(value),
    say((t) => t.reminderSpacing(REMINDER_SPACINGS)),
  )),
  remindersPausedUntil: optionalField(checked((value): value is number => typeof value === 'number' && Number.isFinite(value), say((t) => t.pausedUntil))),
  exerciseTimes: optionalField(v.pipe(
    checked((value): value is string[] => Array.isArray(value) && value.every(isClockTime), say((t) => t.exerciseTimes)),
    v.check((times) => times.every((time, i) => i === 0 || minutes(time) > minutes(times[i - 1]!)), say((t) => t.exerciseTimesOrder)),
  )),
};

type Day = Pick<Settings, 'wakeTime' | 'bedtime' | 'quietHours'>;
const DAY: [['wakeTime'], ['bedtime']] = [['wakeTime'], ['bedtime']];
const DAY_AND_QUIET: [['wakeTime'], ['bedtime'], ['quietHours']] = [['wakeTime'], ['bedtime'], ['quietHours']];
const DAY_AND_EXERCISE_TIMES: [['wakeTime'], ['bedtime'], ['exerciseTimes']] = [['wakeTime'], ['bedtime'], ['exerciseTimes']];

/** Where a quiet period falls in the waking day, in minutes after wake time, and the day's length. */
function offsets(day: Day, period: QuietPeriod) {
  const wake = minutes(day.wakeTime);
  return { from: minutesIntoDay(minutes(period.start), wake), to: minutesIntoDay(minutes(period.end), wake), awake: minutesIntoDay(minutes(day.bedtime), wake) };
}

/** The first quiet period (0-based) outside wake time … bedtime, or -1. */
function periodOutsideDay(day: Day): number {
  return day.quietHours.findIndex((period) => {
    const { from, to, awake } = offsets(day, period);
    return from > awake || to > awake || to === 0;
  });
}

/** The first quiet period (0-based) that ends before it starts in the waking day, or -1. */
function periodBackwards(day: Day): number {
  return day.quietHours.findIndex((period) => offsets(day, period).from >= offsets(day, period).to);
}

function clockText(clock: number): string {
  const total = (clock + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}


/**
 * The day must hold the largest goal at minimum spacing, so glasses carried to the next morning
 * always fit into it. Checked on a plain day in UTC: no clock change, wall time = real time.
 */
function roomProblem(day: Day, rules: HydrationRules): string | undefined {
  const wake = minutes(day.wakeTime);
  const bed = minutes(day.bedtime);
  const date = { year: 2026, month: 1, day: 15 };
  const from = localInstant(date, wake, 'UTC') + rules.firstReminderDelayMin * MINUTE_MS;
  const pieces = allowedIntervals(date, from, { ...DEFAULT_SETTINGS, ...day }, rules, 'UTC');
  const largestGoal = Math.max(rules.targets.meetsThreshold.max, rules.targets.belowThreshold.max);
  if (capacity(pieces, rules.minSpacingMin * MINUTE_MS) >= largestGoal) return undefined;
  const t = settingsText().check;
  const needMin = (largestGoal - 1) * rules.minSpacingMin;
  const need = t.duration(Math.floor(needMin / 60), needMin % 60);
  const first = clockText(wake + rules.firstReminderDelayMin);
  const last = clockText(bed - rules.lastReminderBeforeBedtimeMin);
  return day.quietHours.length > 0 ? t.quietNoRoom(need, first, last) : t.dayNoRoom(need, first, last);
}

/** Room is blamed on the quiet hours when there are some, else on the length of the day. */
function hasRoom(day: Day, rules: HydrationRules, blame: 'bedtime' | 'quietHours'): boolean {
  return (day.quietHours.length > 0) !== (blame === 'quietHours') || roomProblem(day, rules) === undefined;
}

function settingsSchema(rules: HydrationRules) {
  return v.pipe(
    v.unknown(),
    asRecord,
    v.object(settingsFields),
    v.forward(v.partialCheck(DAY, (day) => minutes(day.bedtime) !== minutes(day.wakeTime),
      say((t) => t.sameTimes)), ['bedtime']),
    v.forward(v.partialCheck(DAY, (day) => minutes(day.bedtime) === minutes(day.wakeTime) ||
      minutesIntoDay(minutes(day.bedtime), minutes(day.wakeTime)) >= minAwakeHours * 60,
    say((t) => t.dayTooShort(minAwakeHours))), ['bedtime']),
    v.forward(v.partialCheck(DAY_AND_QUIET, (day) => periodOutsideDay(day) < 0, (issue) =>
      settingsText().check.quietOutsideDay(periodOutsideDay(issue.input as Day) + 1)), ['quietHours']),
    v.forward(v.partialCheck(DAY_AND_QUIET, (day) => periodBackwards(day) < 0, (issue) =>
      settingsText().check.quietBackwards(periodBackwards(issue.input as Day) + 1)), ['quietHours']),
    v.forward(v.partialCheck(DAY_AND_QUIET, (day) => hasRoom(day, rules, 'bedtime'), (issue) =>
      roomProblem(issue.input as Day, rules) ?? ''), ['bedtime']),
    v.forward(v.partialCheck(DAY_AND_QUIET, (day) => hasRoom(day, rules, 'quietHours'), (issue) =>
      roomProblem(issue.input as Day, rules) ?? ''), ['quietHours']),
    v.forward(v.partialCheck(DAY_AND_EXERCISE_TIMES, (day) => (day.exerciseTimes ?? []).every((time) =>
      minutes(time) >= minutes(day.wakeTime) && minutes(time) < minutes(day.bedtime)),
    say((t) => t.exerciseTimesInDay)), ['exerciseTimes']),
  );
}

const schemas = new WeakMap<HydrationRules, ReturnType<typeof settingsSchema>>();

/** The schema for settings under `rules`, built once per rules table. */
export function settingsSchemaFor(rules: HydrationRules = DEFAULT_RULES): ReturnType<typeof settingsSchema> {
  let schema = schemas.get(rules);
  if (!schema) schemas.set(rules, (schema = settingsSchema(rules)));
  return schema;
}

/**
 * One message per bad field, an empty object when all is well. `rules` matter only for checking
 * that the day leaves room for every reminder.
 */
export function validateSettings(settings: Partial<Settings>, rules: HydrationRules = DEFAULT_RULES): FieldErrors<keyof Settings> {
  const result = v.safeParse(settingsSchemaFor(rules), settings);
  return result.success ? {} : fieldErrorsOf(result.issues);
}
