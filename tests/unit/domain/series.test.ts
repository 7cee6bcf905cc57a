// @vitest-environment node
/** The whole series: every N weeks × count, the same clock time across a clock change, moved and cancelled, over after the last. */
import { describe, expect, it } from 'vitest';
import { nextAppointmentOf, seriesAppointments } from '../../../src/domain/carePlan/series';
import { localText } from './localClock';

const ZONE = 'America/New_York';
// Thursday 22 October 2026, 10:00 EDT; the clocks go back on 1 November.
const first = Date.parse('2026-10-22T14:00:00Z');
const plan = { nextAppointment: first, series: { everyWeeks: 2, sessions: 3 }, timeZone: ZONE };
const DAY = 86_400_000;

describe('seriesAppointments', () => {
  it('runs every two weeks, three in all, at 10:00 on the clock across the change to winter time', () => {
    const list = seriesAppointments(plan);
    expect(list.map((a) => localText(a.at, ZONE))).toEqual(['2026-10-22 10:00', '2026-11-05 10:00', '2026-11-19 10:00']);
    expect(list[1]!.at - list[0]!.at).toBe(14 * DAY + 3_600_000);
    expect(list.every((a) => a.status === 'planned')).toBe(true);
  });

  it('is one appointment without a series, and none without an appointment', () => {
    expect(seriesAppointments({ ...plan, series: undefined })).toHaveLength(1);
    expect(seriesAppointments({ ...plan, nextAppointment: undefined })).toEqual([]);
  });

  it('a moved appointment keeps its place and moves alone; a cancelled one is skipped', () => {
    const movedTo = Date.parse('2026-11-06T20:00:00Z');
    const list = seriesAppointments(plan, [{ index: 1, movedTo }, { index: 2, cancelled: true }]);
    expect(list.map((a) => a.status)).toEqual(['planned', 'moved', 'cancelled']);
    expect(list[1]).toMatchObject({ at: movedTo, planned: Date.parse('2026-11-05T15:00:00Z') });
  });
});

describe('nextAppointmentOf', () => {
  const list = seriesAppointments(plan);

  it('follows the series after each visit, then ends', () => {
    expect(nextAppointmentOf(list, first - DAY)).toMatchObject({ number: 1, count: 3, appointment: { at: first } });
    expect(nextAppointmentOf(list, first + 1)).toMatchObject({ number: 2, count: 3 });
    expect(nextAppointmentOf(list, list[1]!.at + 1)).toMatchObject({ number: 3 });
    expect(nextAppointmentOf(list, list[2]!.at + 1)).toBeUndefined();
  });

  it('skips a cancelled one and takes a moved one at its new time', () => {
    const changed = seriesAppointments(plan, [{ index: 1, cancelled: true }]);
    expect(nextAppointmentOf(changed, first + 1)).toMatchObject({ number: 3 });
    const moved = seriesAppointments(plan, [{ index: 0, movedTo: first + 2 * DAY }]);
    expect(nextAppointmentOf(moved, first + DAY)).toMatchObject({ number: 1, appointment: { status: 'moved', at: first + 2 * DAY } });
  });
});
