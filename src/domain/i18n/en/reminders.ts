/**
 * The Reminders card: turning reminders on, the client's controls over them, the push road and what
 * is held back at night. (Notification titles and actions are the contract's: src/contract.)
 */
import { namespace } from '../active';
import { plural } from '../plural';

export const reminders = {
  title: 'Reminders',
  homeScreenFirst: 'On iPhone and iPad, reminders only work once Aftercare is on your Home Screen:',
  homeScreenSteps: [
    'Tap the Share button in Safari.',
    'Choose “Add to Home Screen”.',
    'Open Aftercare from your Home Screen and turn reminders on there.',
  ],
  unsupported: 'This browser can’t show notifications. Add your plan to your calendar instead.',
  offer: 'Get a nudge when it’s time for the next glass. Aftercare asks your browser for permission only when you tap.',
  turnOn: 'Turn on reminders',
  noDecision: 'No decision yet. Tap again whenever you’re ready.',
  blocked: 'Notifications are blocked for Aftercare. To get reminders, allow notifications for this site in your browser’s settings.',
  paused: 'Reminders are paused until tomorrow.',
  /** Where reminders come from on this phone: one sentence for each state of the push road. */
  roads: {
    withPush: 'Reminders come while Aftercare is open or in the background on this phone, and also when it is closed.',
    calendarOnly: 'Reminders come while Aftercare is open or in the background on this phone. When it is closed, only your calendar can remind you.',
    pageOnly: 'Reminders come while Aftercare is open or in the background on this phone.',
  },
  /** `when` is a time, with its day when that is not today ("08:15 tomorrow"). */
  next: (when: string) => `Next: ${when}. None come at night or in quiet hours.`,
  resume: 'Resume reminders now',
  pause: 'Pause for today',
  water: 'Water reminders',
  waterOn: 'On: one for each glass of your plan.',
  waterOff: 'Off: log your glasses without nudges.',
  spacingLabel: 'Water reminders come',
  spread: 'Spread over the rest of the day',
  every: (minutes: number) => `Every ${minutes} minutes`,
  spacingHint: 'Always within your plan: if they don’t fit before bedtime, they come closer together.',
  notSaved: 'That change was not saved. Please try again.',
  exerciseTimes: 'Exercise reminders',
  /** The label of an exercise time when the day has a single round. */
  at: 'At',
  suggestedTimes: 'Use the suggested times',
  heldTitle: 'While you rest',
  heldNote: '(no notifications now):',
  /** A reminder held back for now, and its time. */
  heldItem: (title: string, time: string) => `${title} (${time})`,
  pushPrivacy: 'Only the times of your reminders leave this phone for that, never your health details.',
  pushTurnOn: 'Also remind me when the app is closed',
  pushTurningOn: 'Turning on…',
  pushUnreachable: 'Reminders when the app is closed couldn’t be set up just now. Try again later, or add your plan to your calendar.',
  /** Why the reminder server refused (state/reminders/pushState.ts `PushRefusal`). */
  pushRefused: {
    list: 'Reminders from the server are off: the server could not accept this device’s reminder list. Reminders still come while Aftercare is open.',
    owner: 'Reminders from the server are off: the server knows this browser under another copy of the app’s data. Turn them on again to fix it.',
    full: 'Reminders from the server are off: the server already holds as many reminders as it keeps for one device. It will take new ones tomorrow.',
    busy: 'Reminders from the server are off: too many devices on your network signed up in the last hour. Aftercare will try again next time you open it.',
  },
  everyday: {
    title: 'Remind me to drink today',
    off: (goal: string) => `Off: no session today, so no nudges unless you ask. On: one for each glass of your everyday amount (${goal}) until bedtime, for today only.`,
    allDone: 'On for today: you have had your everyday amount, so none are left.',
    noRoom: 'On for today, but what is left of your waking day has no room for a reminder.',
    noMore: 'On for today: no more before bedtime.',
    more: (left: number, last: string) => plural('en', left, { one: `On for today: # more, at ${last}, none after bedtime.`, other: `On for today: # more, the last at ${last}, none after bedtime.` }),
  },
};
export type RemindersMessages = typeof reminders;
export const remindersText = namespace('reminders', reminders);
