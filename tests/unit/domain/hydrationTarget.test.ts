import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../src/domain/hydration/rules';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/domain/settings/settings';
import { planHydration } from '../../../src/domain/hydration/hydrationPlan';
import type { MassageKind, Pressure } from '../../../src/domain/session/sessionKinds';
import type { PlanReason } from '../../../src/domain/hydration/hydrationTarget';
import { utc } from './localClock';

function target(kind: MassageKind, pressure: Pressure, usualGlassesPerDay: number, patch: Partial<Settings> = {}, rules = DEFAULT_RULES) {
  const session = { kind, pressure, usualGlassesPerDay, endedAt: utc('2026-06-10T14:00:00Z') };
  const plan = planHydration({ sessionId: 'p', session, settings: { ...DEFAULT_SETTINGS, ...patch }, timeZone: 'Europe/Berlin', rules });
  return { range: plan.range, goal: plan.goalGlasses, reasons: plan.reasons, physician: plan.physicianApproval };
}

describe('how many glasses', () => {
  it.each<[MassageKind, Pressure, number, [number, number], number, PlanReason[]]>([
    ['deep-tissue', 'light', 3, [4, 5], 5, ['usual-below-threshold', 'deep-work']],
    ['trigger-point', 'medium', 9, [2, 3], 3, ['usual-meets-threshold', 'deep-work']],
    ['myofascial', 'light', 1, [4, 5], 5, ['usual-below-threshold', 'deep-work']],
    ['relaxation', 'firm', 8, [2, 3], 3, ['usual-meets-threshold', 'deep-work']],
    ['relaxation', 'deep', 2, [4, 5], 5, ['usual-below-threshold', 'deep-work']],
    ['relaxation', 'light', 2, [4, 5], 4, ['usual-below-threshold', 'lighter-work']],
    ['sports', 'medium', 12, [2, 3], 2, ['usual-meets-threshold', 'lighter-work']],
    ['cupping', 'medium', 7, [4, 5], 4, ['usual-below-threshold', 'lighter-work']],
    ['prenatal', 'light', 2, [4, 5], 4, ['usual-below-threshold', 'lighter-work', 'physician-approval']],
    ['oncology', 'medium', 10, [2, 3], 2, ['usual-meets-threshold', 'lighter-work', 'physician-approval']],
    ['lymphatic', 'firm', 4, [4, 5], 5, ['usual-below-threshold', 'deep-work', 'physician-approval']],
  ])('%s, %s pressure, usually %i glasses', (kind, pressure, usual, [min, max], goal, reasons) => {
    const result = target(kind, pressure, usual);
    expect(result.range).toEqual({ min, max });
    expect(result.goal).toBe(goal);
    expect(result.reasons).toEqual(reasons);
    expect(result.physician).toBe(reasons.includes('physician-approval'));
  });

  it('treats exactly the good daily amount as meeting it', () => {
    expect(target('sports', 'medium', 8).range).toEqual({ min: 2, max: 3 });
    expect(target('sports', 'medium', 7).range).toEqual({ min: 4, max: 5 });
  });

  it('follows the good daily amount from settings', () => {
    expect(target('sports', 'medium', 6, { goodDailyGlasses: 6 }).reasons[0]).toBe('usual-meets-threshold');
  });

  it('follows rules a therapist changed', () => {
    const rules = { ...DEFAULT_RULES, deepPressures: ['deep'] as Pressure[], targets: { meetsThreshold: { min: 3, max: 4 }, belowThreshold: { min: 5, max: 7 } } };
    expect(target('relaxation', 'firm', 2, {}, rules)).toMatchObject({ range: { min: 5, max: 7 }, goal: 5 });
    expect(target('relaxation', 'deep', 10, {}, rules)).toMatchObject({ range: { min: 3, max: 4 }, goal: 4 });
    expect(target('deep-tissue', 'light', 2, {}, { ...rules, deepKinds: [] })).toMatchObject({ goal: 5 });
  });
});
