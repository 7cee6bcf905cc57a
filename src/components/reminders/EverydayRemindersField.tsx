import { wholeGlasses, type EverydayReminders } from '../../domain/hydration';
import { remindersText } from '../../domain/i18n';
import { formatClockTime } from '../../domain/time';
import { todayState } from '../../state/hydration/dayState';
import { now } from '../../state/hydration/hydrationSignals';
import { everydayRemindersOn } from '../../state/reminders/everydayReminders';
import { setEverydayReminders } from '../../state/reminders/reminderControls';
import { glassesText, reminderRoomText } from '../hydration/hydrationWording';
import { CheckChoice } from '../ui/CheckChoice';

/** What the switch does now, in one honest sentence: how many are left and until when, or why none. */
function description(asked: EverydayReminders | undefined, counted: number, goal: number, at: number): string {
  const t = remindersText().everyday;
  if (!asked) return t.off(glassesText(goal));
  const drunk = wholeGlasses(counted);
  if (drunk >= asked.goalGlasses) return t.allDone;
  if (asked.reminders.length === 0) return t.noRoom;
  // Glasses still to drink when they were asked for: the first reminder's number says how many were drunk then.
  const room = reminderRoomText(asked.reminders.length, asked.goalGlasses - asked.reminders[0]!.glassNumber + 1);
  const left = asked.reminders.filter((r) => r.glassNumber > drunk && r.at > at);
  const last = left[left.length - 1];
  if (!last) return t.noMore;
  const more = t.more(left.length, formatClockTime(last.at, asked.timeZone));
  return room ? `${more} ${room}` : more;
}

/**
 * On a day without a session: water reminders toward the everyday amount, only if asked for, for
 * today only (domain/hydration/everydayReminders.ts says why). Takes effect at once, like the others.
 */
export function EverydayRemindersField({ run }: { run: (action: () => Promise<void>) => void }) {
  const { today, own } = todayState.value;
  const asked = everydayRemindersOn(today);
  return (
    <CheckChoice checked={asked !== undefined} title={remindersText().everyday.title} onChange={(on) => run(() => setEverydayReminders(on))}
      desc={description(asked, own.counted, own.goal, now.value)} />
  );
}
