/**
 * The settings form's checks, as a valibot schema: one plain message per bad field, in the reader's
 * language (i18n/en/settings.ts `check`). The
 * day is checked field by field first; only a day that makes sense on its own is checked for
 * quiet periods inside it.
 *
 * Any wake time and bedtime are a day except equal ones (issue 10): bed at 01:30 after waking at
 * 10:00, or a night shift from 18:00 to 10:00, is a waking day that runs past midnight
 * (time/wakingDay.ts). However short it is, and however much of it quiet hours take, it is the
 * client's day: the reminder schedule fits in what room there is (fewer reminders, or none, and the
 * screens say so), so nothing here refuses a day for being short. Quiet periods lie inside it,
 * compared by how long after wake time they come.
 */
import * as v from 'valibot';
import { isNumberIn, isRecord } from '../checks/jsonGuards';
import { asRecord, checked, fieldErrorsOf, optionalField, type FieldErrors } from '../checks/schemaParts';
import { minutesIntoDay } from '../time/wakingDay';
import { parseClockTime } from '../time/wallClock';
import { SETTINGS_LIMITS } from '../limits/limits';
import { settingsText, type SettingsMessages } from '../i18n/en/settings';
import { REMINDER_SPACINGS, type QuietPeriod, type ReminderSpacing, type Settings, type VolumeUnit } from './settings';

const UNITS: readonly VolumeUnit[] = ['ml', 'floz', 'glass'];
const { glassMl, goodDailyGlasses } = SETTINGS_LIMITS;

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
  exerciseTimes: optionalField(checked((value): value is string[] => Array.isArray(value) && value.every(isClockTime), say((t) => t.exerciseTimes))),
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

function settingsSchema() {
  return v.pipe(
    v.unknown(),
    asRecord,
    v.object(settingsFields),
    v.forward(v.partialCheck(DAY, (day) => minutes(day.bedtime) !== minutes(day.wakeTime),
      say((t) => t.sameTimes)), ['bedtime']),
    v.forward(v.partialCheck(DAY_AND_QUIET, (day) => periodOutsideDay(day) < 0, (issue) =>
      settingsText().check.quietOutsideDay(periodOutsideDay(issue.input as Day) + 1)), ['quietHours']),
    v.forward(v.partialCheck(DAY_AND_QUIET, (day) => periodBackwards(day) < 0, (issue) =>
      settingsText().check.quietBackwards(periodBackwards(issue.input as Day) + 1)), ['quietHours']),
    // Exercise times are read in the waking day too: 00:30 comes after 23:00 for a night owl.
    v.forward(v.partialCheck(DAY_AND_EXERCISE_TIMES, (day) => (day.exerciseTimes ?? []).every((time) =>
      minutesIntoDay(minutes(time), minutes(day.wakeTime)) < minutesIntoDay(minutes(day.bedtime), minutes(day.wakeTime))),
    say((t) => t.exerciseTimesInDay)), ['exerciseTimes']),
    v.forward(v.partialCheck(DAY_AND_EXERCISE_TIMES, (day) => (day.exerciseTimes ?? []).every((time, i, times) => i === 0 ||
      minutesIntoDay(minutes(time), minutes(day.wakeTime)) > minutesIntoDay(minutes(times[i - 1]!), minutes(day.wakeTime))),
    say((t) => t.exerciseTimesOrder)), ['exerciseTimes']),
  );
}

let schema: ReturnType<typeof settingsSchema> | undefined;

/** The schema for settings, built once, when first needed. */
export function settingsSchemaFor(): ReturnType<typeof settingsSchema> {
  return (schema ??= settingsSchema());
}

/** One message per bad field, an empty object when all is well. */
export function validateSettings(settings: Partial<Settings>): FieldErrors<keyof Settings> {
  const result = v.safeParse(settingsSchemaFor(), settings);
  return result.success ? {} : fieldErrorsOf(result.issues);
}
