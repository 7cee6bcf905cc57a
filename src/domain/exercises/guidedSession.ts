/**
 * The guided session: today's exercises walked through one set at a time.
 *
 * A sitting is the next round of every exercise due today: for each exercise, its earliest round
 * with sets left, from the first set not yet checked off. Twice a day means two sittings, so the
 * evening round never follows the morning one straight away; a round missed earlier in the day
 * comes first, so catching up is the same one tap. Checks are counts per round, not per set: a round
 * with 1 of 3 done carries on at set 2, and every set ticked adds one to its round's count.
 *
 * A one-sided exercise (`sides: 'each'`) is done left, then right: each side is a step of its own,
 * counted and announced, and the set ticks when the right side is done (no rest between the sides).
 *
 * A hold's set ticks itself when the hold ends; a set of reps is ticked by the client. A short rest
 * follows every ticked set that has another after it. Skipping moves forward without ticking. Each
 * tick is handed back at once (`completed`) for the caller to save, so leaving loses nothing.
 */
import { type Countdown, countdownOver, pauseCountdown, resumeCountdown, startCountdown } from './countdown';
import { sidesOf, type Exercise } from './exerciseLibrary';
import type { ExerciseCheck, ScheduledExercise } from './exerciseSchedule';
import { exerciseWords } from './exerciseWords';
import { roundName } from './roundNames';
import { guidedText } from '../i18n/en/guided';
import type { IsoDate } from '../time/localDay';

/** Long enough to breathe and change position, short enough not to lose the thread. */
export const REST_SECONDS = 20;

/** One set (or one side of a set) to do: which exercise, which round of the day, its place in that round (1-based). */
export interface GuidedSet { exercise: Exercise; round: number; set: number; side?: 'left' | 'right' }

/** Doing `sets[index]` (a hold timer once started), resting before `sets[index]`, or finished. */
export type GuidedPhase =
  | { kind: 'set'; index: number; hold: Countdown | null }
  | { kind: 'rest'; index: number; rest: Countdown }
  | { kind: 'done' };

export interface GuidedSession { sets: readonly GuidedSet[]; phase: GuidedPhase }

/** What just happened, for the announcement, sound and vibration. */
export type GuidedCue = 'hold-complete' | 'side-done' | 'set-done' | 'rest-over' | 'skipped' | 'paused' | 'resumed';

export interface GuidedStep { session: GuidedSession; completed?: GuidedSet; cue?: GuidedCue }

/** The plan and local day the checks belong to. */
export interface GuidedDay { carePlanId: string; localDate: IsoDate }

/** Sets checked off in one round: the latest record wins (the app overwrites it), clamped to 0..sets. */
function roundCount(checks: readonly ExerciseCheck[], day: GuidedDay, exercise: Exercise, round: number): number {
  let count = 0;
  for (const c of checks) {
    if (c.carePlanId === day.carePlanId && c.localDate === day.localDate && c.exerciseId === exercise.id && c.round === round) count = c.setsDone;
  }
  return Number.isFinite(count) ? Math.min(exercise.sets, Math.max(0, Math.floor(count))) : 0;
}

/** The sets of this sitting, in plan order: each due exercise's earliest unfinished round, from its first unticked set. */
export function planSitting(due: readonly ScheduledExercise[], checks: readonly ExerciseCheck[], day: GuidedDay): GuidedSet[] {
  return due.flatMap(({ exercise }) => {
    for (let round = 1; round <= exercise.timesPerDay; round += 1) {
      const done = roundCount(checks, day, exercise, round);
      if (done >= exercise.sets) continue;
      const sides: Array<GuidedSet['side']> = sidesOf(exercise) === 'each' ? ['left', 'right'] : [undefined];
      return Array.from({ length: exercise.sets - done }, (_, i) => done + i + 1).flatMap((set) =>
        sides.map((side): GuidedSet => (side ? { exercise, round, set, side } : { exercise, round, set })),
      );
    }
    return [];
  });
}

/** The check to save when `set` is done: its round's count plus one, read from the checks as they are now. */
export function checkAfterSet(checks: readonly ExerciseCheck[], day: GuidedDay, set: GuidedSet): ExerciseCheck {
  const done = roundCount(checks, day, set.exercise, set.round);
  return { ...day, exerciseId: set.exercise.id, round: set.round, setsDone: Math.min(set.exercise.sets, done + 1) };
}

const atSet = (sets: readonly GuidedSet[], index: number): GuidedPhase =>
  index < sets.length ? { kind: 'set', index, hold: null } : { kind: 'done' };

/** A session at its first set (finished at once when nothing is left). */
export function startGuided(sets: readonly GuidedSet[]): GuidedSession {
  return { sets, phase: atSet(sets, 0) };
}

/** The set being done, or the one the rest leads to; undefined once finished. */
export function currentSet(session: GuidedSession): GuidedSet | undefined {
  return session.phase.kind === 'done' ? undefined : session.sets[session.phase.index];
}

/** The hold or rest timer on screen, if any. */
export function runningCountdown(session: GuidedSession): Countdown | null {
  const { phase } = session;
  return phase.kind === 'set' ? phase.hold : phase.kind === 'rest' ? phase.rest : null;
}

/** Starts the current set's hold timer (only for a hold exercise, and only once per set). */
export function startHold(session: GuidedSession, now: number): GuidedSession {
  const { phase } = session;
  const seconds = currentSet(session)?.exercise.holdSeconds;
  if (phase.kind !== 'set' || phase.hold || !seconds) return session;
  return { ...session, phase: { ...phase, hold: startCountdown(seconds * 1000, now) } };
}

/** Ticks the current set, then rests from `at` before the next set, or finishes. */
export function finishSet(session: GuidedSession, at: number, cue: GuidedCue = 'set-done'): GuidedStep {
  const { phase, sets } = session;
  if (phase.kind !== 'set') return { session };
  const next = phase.index + 1;
  // The first side of a one-sided set: straight on to the other side; the set ticks after it.
  if (sets[phase.index]?.side === 'left') return { session: { ...session, phase: atSet(sets, next) }, cue: cue === 'hold-complete' ? 'hold-complete' : 'side-done' };
  const after: GuidedPhase = next < sets.length ? { kind: 'rest', index: next, rest: startCountdown(REST_SECONDS * 1000, at) } : { kind: 'done' };
  return { session: { ...session, phase: after }, completed: sets[phase.index], cue };
}

/**
 * Moves on from whatever ran out by `now`. A hold ticks its set as of the instant it ended, so the
 * rest after it is on time even when the page's timers were throttled; one change per call.
 */
export function tick(session: GuidedSession, now: number): GuidedStep {
  const { phase } = session;
  if (phase.kind === 'set' && phase.hold?.endsAt != null && countdownOver(phase.hold, now)) return finishSet(session, phase.hold.endsAt, 'hold-complete');
  if (phase.kind === 'rest' && countdownOver(phase.rest, now)) return { session: { ...session, phase: atSet(session.sets, phase.index) }, cue: 'rest-over' };
  return { session };
}

/** Skips the current set (no tick, no rest) or, while resting, the rest. */
export function skipSet(session: GuidedSession): GuidedStep {
  const { phase } = session;
  if (phase.kind === 'done') return { session };
  const index = phase.kind === 'set' ? phase.index + 1 : phase.index;
  return { session: { ...session, phase: atSet(session.sets, index) }, cue: 'skipped' };
}

/** Skips what is left of the current (or, while resting, the coming) exercise. */
export function skipExercise(session: GuidedSession): GuidedStep {
  const { phase, sets } = session;
  if (phase.kind === 'done') return { session };
  const id = sets[phase.index]?.exercise.id;
  const next = sets.findIndex((set, i) => i > phase.index && set.exercise.id !== id);
  return { session: { ...session, phase: atSet(sets, next === -1 ? sets.length : next) }, cue: 'skipped' };
}

/** Pauses (or resumes) the running hold or rest; nothing changes when no timer is on screen. */
export function setPaused(session: GuidedSession, paused: boolean, now: number): GuidedStep {
  const { phase } = session;
  const change = (c: Countdown) => (paused ? pauseCountdown(c, now) : resumeCountdown(c, now));
  const cue: GuidedCue = paused ? 'paused' : 'resumed';
  if (phase.kind === 'set' && phase.hold) return { session: { ...session, phase: { ...phase, hold: change(phase.hold) } }, cue };
  if (phase.kind === 'rest') return { session: { ...session, phase: { ...phase, rest: change(phase.rest) } }, cue };
  return { session };
}

/** Sets done today per exercise of the sitting (from `setsDoneOnDay`), out of all its rounds' sets. */
export function sittingSummary(session: GuidedSession, doneToday: ReadonlyMap<string, number>): { exercise: Exercise; setsDone: number; setsExpected: number }[] {
  const exercises = [...new Map(session.sets.map((set) => [set.exercise.id, set.exercise])).values()];
  return exercises.map((exercise) => ({ exercise, setsDone: doneToday.get(exercise.id) ?? 0, setsExpected: exercise.sets * exercise.timesPerDay }));
}

/** "Chin tuck, Morning, set 2 of 2" (", left side" for one side of a one-sided exercise), in the active language. */
export function describeSet({ exercise, round, set, side }: GuidedSet): string {
  return guidedText().describeSet(exerciseWords(exercise).name, roundName(round, exercise.timesPerDay), set, exercise.sets, side);
}

/** What a screen reader hears after a step: what happened, then what comes next. */
export function guidedAnnouncement(step: GuidedStep): string {
  const t = guidedText();
  const { session, cue } = step;
  const set = currentSet(session);
  const happened = cue ? t.cues[cue] : '';
  if (cue === 'paused' || cue === 'resumed') return happened;
  const next = !set ? t.sittingDone : session.phase.kind === 'rest' ? t.restThenNext(REST_SECONDS, describeSet(set)) : t.nowDoing(describeSet(set));
  return happened ? `${happened} ${next}` : next;
}
