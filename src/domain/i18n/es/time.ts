import type { TimeMessages } from '../en/time';

export const time: TimeMessages = {
  today: 'hoy',
  tomorrow: 'mañana',
  yesterday: 'ayer',
  onDate: (date) => `el ${date}`,
  timeOnDay: (clock, day) => `${day} a las ${clock}`,
};
