/**
 * What to show now, given every reminder and the ones already handled. Missed reminders are
 * collapsed into one notification per kind (never a burst after the phone was asleep), expired
 * ones are dropped quietly, and nothing handled is shown again. During rest (the night, quiet
 * hours: time/restTime.ts) nothing is shown: what is due is held, for the app to show on screen,
 * and comes as a notification when rest ends, if it has not expired by then.
 */
import type { AppReminder, ReminderKind } from './appReminders';

export interface CatchUpContext {
  /** For the collapsed water note: "2 glasses to go before 22:30". */
  water?: { glassesToGo: number; dueByLabel: string };
}

export interface NotificationDecision {
  /** At most one per kind. Its id (and tag) is that of the newest reminder it stands for. */
  show: AppReminder[];
  /** Ids to record as handled, with how. */
  handled: Array<{ id: string; how: 'shown' | 'collapsed' | 'expired' }>;
  /** The next reminder to set a timer for. */
  next?: AppReminder;
  /** Due during rest: not shown, not handled, for the screen to list. */
  held: AppReminder[];
  /** When rest ends and the held ones may be shown. */
  holdUntil?: number;
}

function collapsed(kind: ReminderKind, newest: AppReminder, count: number, context: CatchUpContext): AppReminder {
  if (kind === 'water' && context.water) {
    const { glassesToGo, dueByLabel } = context.water;
    return { ...newest, body: `${glassesToGo} ${glassesToGo === 1 ? 'glass' : 'glasses'} to go before ${dueByLabel}.` };
  }
  return { ...newest, body: `${newest.body} (${count} reminders while you were away.)` };
}

/** Which due reminders to show now, which to fold into one catch-up, and which have expired. */
export function decideNotifications(
  reminders: readonly AppReminder[],
  handled: ReadonlySet<string>,
  now: number,
  context: CatchUpContext = {},
  restUntil?: number,
): NotificationDecision {
  const open = reminders.filter((r) => !handled.has(r.id));
  const decision: NotificationDecision = { show: [], handled: [], held: [] };
  const dueByKind = new Map<ReminderKind, AppReminder[]>();
  for (const reminder of open) {
    if (reminder.at > now) continue;
    if (reminder.expiresAt <= now) {
      decision.handled.push({ id: reminder.id, how: 'expired' });
      continue;
    }
    dueByKind.set(reminder.kind, [...(dueByKind.get(reminder.kind) ?? []), reminder]);
  }
  decision.next = open.filter((r) => r.at > now).sort((a, b) => a.at - b.at)[0];
  if (restUntil !== undefined && restUntil > now) {
    decision.held = [...dueByKind.values()].flat().sort((a, b) => a.at - b.at);
    decision.holdUntil = restUntil;
    return decision;
  }
  for (const [kind, due] of dueByKind) {
    const sorted = [...due].sort((a, b) => a.at - b.at);
    const newest = sorted[sorted.length - 1]!;
    decision.show.push(sorted.length === 1 ? newest : collapsed(kind, newest, sorted.length, context));
    for (const r of sorted) decision.handled.push({ id: r.id, how: r === newest ? 'shown' : 'collapsed' });
  }
  return decision;
}
