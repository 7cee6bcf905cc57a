/** Wall-clock time in the user's zone: local days, clock times, waking hours. */
export { isoDateOf } from './localDay';
export { clockTimeOf, formatIsoDate } from './dateWords';
export { formatClockTime, formatDayLabel, localDateKey } from './timeFormat';
export { atClockTimeSameDay, startOfNextDay } from './wallClock';
export { dayWord, timeWhen } from './relativeDay';
export { type DayClock, isNight, nextWake, wakingDay, wakingDayOf } from './wakingDay';
export { addIsoDays } from './localDay';
