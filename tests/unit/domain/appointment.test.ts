// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { appointmentCountdown } from '../../../src/domain/carePlan/appointment';
import { loadCatalogue, useCatalogue } from '../../../src/domain/i18n';
import { formatClockTime } from '../../../src/domain/time/timeFormat';
import { utc } from './localClock';

const ZONE = 'America/New_York';
// Thursday 14 May 2026, 09:30 in New York.
const NOW = utc('2026-05-14T13:30:00Z');
/** The clock as the reader's language writes it (12-hour in English): the countdown uses the app's one clock format. */
const clock = (iso: string, zone = ZONE) => formatClockTime(utc(iso), zone);

describe('appointmentCountdown', () => {
  it('says "today at" for later the same local day', () => {
    expect(appointmentCountdown(utc('2026-05-14T19:00:00Z'), NOW, ZONE)).toEqual({ days: 0, hours: 5, label: `today at ${clock('2026-05-14T19:00:00Z')}`, passed: false });
    expect(appointmentCountdown(utc('2026-05-14T19:00:00Z'), NOW, ZONE).label).toMatch(/^today at 03:00\sPM$/);
  });

  it('says "tomorrow at" for the next local day, even less than 24 hours away', () => {
    expect(appointmentCountdown(utc('2026-05-15T12:00:00Z'), NOW, ZONE)).toEqual({ days: 0, hours: 22, label: `tomorrow at ${clock('2026-05-15T12:00:00Z')}`, passed: false });
  });

  it('counts calendar days further out', () => {
    expect(appointmentCountdown(utc('2026-05-17T13:00:00Z'), NOW, ZONE)).toMatchObject({ days: 2, hours: 23, label: 'in 3 days' });
    expect(appointmentCountdown(utc('2026-05-28T14:00:00Z'), NOW, ZONE).label).toBe('in 14 days');
  });

  it('uses the plan’s zone for "today": late evening in New York is already tomorrow in UTC', () => {
    const evening = '2026-05-15T01:00:00Z'; // 21:00 on the 14th in New York
    expect(appointmentCountdown(utc(evening), NOW, ZONE).label).toBe(`today at ${clock(evening)}`);
    expect(appointmentCountdown(utc(evening), NOW, 'UTC').label).toBe(`tomorrow at ${clock(evening, 'UTC')}`);
  });

  it('counts real hours across the spring-forward night', () => {
    const before = utc('2026-03-08T01:00:00Z'); // 20:00 on Saturday 7 March
    expect(appointmentCountdown(utc('2026-03-09T00:00:00Z'), before, ZONE)).toEqual({ days: 0, hours: 23, label: `tomorrow at ${clock('2026-03-09T00:00:00Z')}`, passed: false });
  });

  it('says when the appointment has passed', () => {
    expect(appointmentCountdown(NOW - 1, NOW, ZONE)).toEqual({ days: 0, hours: 0, label: 'already passed', passed: true });
    expect(appointmentCountdown(NOW, NOW, ZONE).label).toBe(`today at ${clock('2026-05-14T13:30:00Z')}`);
  });

  it('counts down in the reader’s language, with that language’s clock', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    expect(appointmentCountdown(utc('2026-05-14T19:00:00Z'), NOW, ZONE).label).toBe('hoy a las 15:00');
    expect(appointmentCountdown(utc('2026-05-15T12:00:00Z'), NOW, ZONE).label).toBe('mañana a las 08:00');
    expect(appointmentCountdown(utc('2026-05-17T13:00:00Z'), NOW, ZONE).label).toBe('en 3 días');
    expect(appointmentCountdown(NOW - 1, NOW, ZONE).label).toBe('ya pasó');
    useCatalogue('de', await loadCatalogue('de'));
    expect(appointmentCountdown(utc('2026-05-15T01:00:00Z'), NOW, ZONE).label).toBe('heute um 21:00');
    expect(appointmentCountdown(utc('2026-05-28T14:00:00Z'), NOW, ZONE).label).toBe('in 14 Tagen');
  });
});
