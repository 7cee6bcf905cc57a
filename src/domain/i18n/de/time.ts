import type { TimeMessages } from '../en/time';

export const time: TimeMessages = {
  today: 'heute',
  tomorrow: 'morgen',
  yesterday: 'gestern',
  onDate: (date) => `am ${date}`,
  timeOnDay: (clock, day) => `${day} um ${clock}`,
};
