/** What "Snooze" means: the same reminder again, later, under an id of its own. */

/** How long a snooze lasts. */
export const SNOOZE_MS = 15 * 60_000;

/** A snoozed reminder comes back at `now + SNOOZE_MS`, with an id that names the original. */
export function snoozeOf(reminderId: string, now: number): { id: string; reminderId: string; at: number } {
  return { id: `${reminderId}:snoozed:${now}`, reminderId, at: now + SNOOZE_MS };
}
