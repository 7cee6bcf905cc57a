/**
 * The guided session on screen and the actions its controls call. The session itself lives only in
 * memory: what matters, each ticked set, is saved through `checkOffSets` the moment it happens, so
 * leaving (or a reload, or a crash) loses nothing but the place in the sitting.
 */
import { signal } from '@preact/signals-core';
import {
  checkAfterSet, exercisesForDay, finishSet, type GuidedCue, type GuidedDay, guidedAnnouncement, type GuidedSession, type GuidedSet,
  type GuidedStep, planSitting, setPaused, skipExercise, skipSet, startGuided, startHold, tick,
} from '../../domain/exercises';
import { checkOffSets } from './carePlanActions';
import { activeCarePlan, exerciseChecks } from './carePlanState';
import { planToday } from './carePlanDay';

/** The sitting being walked through; null when none is. */
export const guidedSession = signal<GuidedSession | null>(null);
/** Cues at the end of a hold or a rest: sound off unless asked for; vibration on where the phone has it. */
export const guidedSound = signal(false);
export const guidedVibration = signal(true);
/** The latest thing to tell a screen reader ("Hold complete. Rest 20 seconds. Next: …"). */
export const guidedMessage = signal('');

/** The day the sitting belongs to, fixed at its start: a set done just past midnight still counts for the day it began. */
let day: GuidedDay | null = null;
let saving: Promise<void> = Promise.resolve();

/** Starts a sitting from today's checks (or clears the session when there is no plan). */
export function startGuidedSession(): void {
  const record = activeCarePlan.value;
  const localDate = planToday.value;
  day = record && localDate ? { carePlanId: record.id, localDate } : null;
  if (!record || !day) return endGuidedSession();
  const session = startGuided(planSitting(exercisesForDay(record.plan, day.localDate), exerciseChecks.value, day));
  guidedSession.value = session;
  guidedMessage.value = guidedAnnouncement({ session });
}

/** Forgets the sitting (its ticks are already saved). */
export function endGuidedSession(): void {
  guidedSession.value = null;
  guidedMessage.value = '';
  day = null;
}

/**
 * Saves one tick after the one before it has been saved, so each reads the round count the last
 * one wrote; two quick ticks would otherwise both write "1 done".
 */
function save(on: GuidedDay, set: GuidedSet): void {
  saving = saving
    .then(() => checkOffSets(checkAfterSet(exerciseChecks.value, on, set)))
    // guardedWrite has already told the user (storageProblem); the unsaved set shows unticked on
    // the Exercises screen, and the sitting goes on.
    .catch(() => {});
}

/** Resolves once every tick so far has been written (or has failed and said so). */
export function guidedSaves(): Promise<void> {
  return saving;
}

function apply(change: (session: GuidedSession) => GuidedStep): GuidedCue | undefined {
  const session = guidedSession.value;
  if (!session) return undefined;
  const step = change(session);
  if (step.session === session) return undefined;
  guidedSession.value = step.session;
  if (step.cue) guidedMessage.value = guidedAnnouncement(step);
  if (step.completed && day) save(day, step.completed);
  return step.cue;
}

/** Starts the current set's hold. */
export const beginHold = (now = Date.now()) => void apply((session) => ({ session: startHold(session, now) }));
/** Ticks a set of reps by hand. */
export const markSetDone = (now = Date.now()) => void apply((session) => finishSet(session, now));
/** Moves on from a hold or rest that has run out; returns what happened, for a beep or vibration. */
export const advanceGuidedSession = (now = Date.now()) => apply((session) => tick(session, now));
/** Skips the current set, or the rest before the next one. */
export const skipGuidedSet = () => void apply(skipSet);
/** Skips what is left of the current exercise. */
export const skipGuidedExercise = () => void apply(skipExercise);
/** Pauses or resumes the running hold or rest. */
export const pauseGuidedSession = (paused: boolean, now = Date.now()) => void apply((session) => setPaused(session, paused, now));
