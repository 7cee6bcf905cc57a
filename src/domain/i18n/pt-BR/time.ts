import type { TimeMessages } from '../en/time';

export const time: TimeMessages = {
  today: 'hoje',
  tomorrow: 'amanhã',
  yesterday: 'ontem',
  onDate: (date) => `em ${date}`,
  timeOnDay: (clock, day) => `${day} às ${clock}`,
};
