/**
 * Settings: the form (the client's day, glass and units) and the checks on it (domain/settings).
 * `{quietHours}` in a message is the quiet period's number, filled in by the checks: keep it as it is.
 */
import { namespace } from '../active';


export const settings = {
  title: 'Settings',
  yourDay: 'Your day',
  wakeTime: 'Wake time',
  bedtime: 'Bedtime',
  bedtimeHint: 'No reminders between bedtime and wake time.',
  quietLegend: 'Quiet hours during the day',
  quietToggle: 'No reminders during a quiet period',
  quietFrom: 'From',
  quietUntil: 'Until',
  glassesAndUnits: 'Glasses and units',
  glassSize: 'Glass size (ml)',
  glassSizeHint: 'A standard glass is 250 ml (about 8 fl oz).',
  unit: 'Show amounts in',
  units: { glass: 'Glasses', ml: 'Millilitres (ml)', floz: 'Fluid ounces (fl oz)' },
  goodDaily: 'A good daily amount (glasses)',
  goodDailyHint: 'If you usually drink at least this much, 2–3 extra glasses are enough after a session.',
  save: 'Save settings',
  saved: 'Settings saved. New plans use them; plans already made keep their times.',
  notSaved: 'Settings were not saved. Please try again.',
  /** The checks' messages, one per problem; the form shows each beside its field. */
  check: {
    wakeTime: 'Enter a wake time like 07:00.',
    bedtime: 'Enter a bedtime like 22:30.',
    quietHoursList: 'Quiet hours must be a list of periods.',
    quietPeriodTimes: 'Quiet period {quietHours} needs a start and end time like 12:30.',
    quietPeriodOrder: 'Quiet period {quietHours} must start before it ends.',
    glassMl: (min: number, max: number) => `A glass must hold between ${min} and ${max} ml.`,
    unit: 'Choose ml, fl oz or glasses.',
    goodDailyGlasses: (min: number, max: number) => `A good daily amount must be between ${min} and ${max} glasses.`,
    waterReminders: 'Water reminders are either on or off.',
    reminderSpacing: (choices: readonly number[]) => `Choose reminders every ${choices.join(', ')} minutes, or spread over the day.`,
    pausedUntil: 'The pause has no valid end.',
    exerciseTimes: 'Enter each exercise time like 08:30.',
    exerciseTimesOrder: 'Put the exercise times in order, each later than the one before.',
    exerciseTimesInDay: 'Exercise times must fall between your wake time and bedtime.',
    sameTimes: 'Bedtime and wake time must be different times.',
    quietOutsideDay: (period: number) => `Quiet period ${period} must fall between your wake time and bedtime.`,
    quietBackwards: (period: number) => `Quiet period ${period} must start before it ends.`,
  },
};
export type SettingsMessages = typeof settings;
export const settingsText = namespace('settings', settings);
