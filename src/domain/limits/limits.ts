/**
 * Every limit on what the app accepts, in one table: the forms (settings, session intake, the
 * therapist's plan), share links, progress reports, backups and stored records all check against
 * these numbers, and the forms' inputs use them as their min, max and maxLength. A limit the
 * reminder server shares lives in src/contract/ instead, as plain JavaScript the server can import.
 */
import { LONGEST_PLAN_DAYS } from '../../contract/reminders.js';

/** What the settings form accepts; backups and stored sessions are held to the same numbers. */
export const SETTINGS_LIMITS = {
  glassMl: { min: 50, max: 1000 },
  goodDailyGlasses: { min: 1, max: 30 },
} as const;

/** What a session (from the intake form or inside a therapist's plan) may say. */
export const SESSION_LIMITS = {
  usualGlassesPerDay: { min: 1, max: 30 },
  /** Phones and laptops disagree about the time by a little; don't reject a session for that. */
  clockSkewMin: 5,
  maxAgeDays: 7,
} as const;

/** How big one home exercise may be: the therapist's form, share links and backups use the same numbers. */
export const EXERCISE_LIMITS = {
  nameChars: 80,
  steps: { minItems: 1, maxItems: 12, maxChars: 300 },
  cautions: { minItems: 0, maxItems: 6, maxChars: 300 },
  sets: { min: 1, max: 10 },
  reps: { min: 1, max: 100 },
  holdSeconds: { min: 5, max: 600 },
  timesPerDay: { min: 1, max: 6 },
  durationDays: { min: 1, max: 180 },
} as const;

/** How big a therapist's plan may be, wherever it comes from: the form, a link or a backup. */
export const CARE_PLAN_LIMITS = {
  nameChars: 80,
  clientNameChars: 40,
  maxExercises: 20,
  notes: { minItems: 0, maxItems: 10, maxChars: 200 },
  physicianNoteChars: 500,
  series: { everyWeeks: { min: 1, max: 12 }, sessions: { min: 1, max: 52 } },
  /** The longest plan the app can make; the push server's horizon is the same number (one contract). */
  appointmentMaxDaysAhead: LONGEST_PLAN_DAYS,
  /** Plans from before the app existed are tampered or broken. */
  earliestIssuedAt: Date.UTC(2024, 0, 1),
} as const;

const DAYS_A_WEEK = 7;

/** How much a progress report carries; a report link holding more is not one the app made. */
export const REPORT_LIMITS = {
  maxCheckIns: 40,
  maxWeeks: 30,
  maxDays: 400,
  maxExercises: CARE_PLAN_LIMITS.maxExercises,
  /** Longer exercise names are cut to keep the link short. */
  exerciseNameChars: 40,
  clientNameChars: CARE_PLAN_LIMITS.clientNameChars,
  /** The most any plan can ask for in a week: every exercise, every set, every time of day. */
  maxSetsAWeek: CARE_PLAN_LIMITS.maxExercises * EXERCISE_LIMITS.sets.max * EXERCISE_LIMITS.timesPerDay.max * DAYS_A_WEEK,
} as const;

/**
 * Bounds for records read from outside the app (a backup file) that no form sets. The numbers a
 * form does set (glass size, usual glasses, sets, times a day) come from that form's limits above.
 */
export const RECORD_LIMITS = {
  /** Record ids are made by the app ('session-…', 'plan-…'); 100 is far more than any needs. */
  idChars: 100,
  /** Check-in and reminder ids are a plan or session id plus a short suffix. */
  derivedIdChars: 140,
  /** Stored times fall in the app's lifetime; anything else is damage. */
  instants: { min: Date.UTC(2020, 0, 1), max: Date.UTC(2100, 0, 1) },
  /** Far more than any one drink. */
  drinkMl: { min: 1, max: 5000 },
  /** Goal, glass range and reminders of one day's hydration plan, far above what any rule gives. */
  glassesInAPlan: 30,
} as const;

/** A backup file: far above a decade of daily use; a larger file is not ours, or is damaged. */
export const BACKUP_LIMITS = {
  maxChars: 20 * 1024 * 1024,
  maxRecordsPerList: 100_000,
} as const;
