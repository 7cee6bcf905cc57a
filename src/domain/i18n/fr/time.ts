import type { TimeMessages } from '../en/time';

export const time: TimeMessages = {
  today: 'aujourd’hui',
  tomorrow: 'demain',
  yesterday: 'hier',
  onDate: (date) => `le ${date}`,
  timeOnDay: (clock, day) => `${day} à ${clock}`,
};
