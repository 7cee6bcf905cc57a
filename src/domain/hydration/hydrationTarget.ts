/** How many glasses for the rest of the day, and why: the numbers the plan screen explains. */
import type { GlassRange, HydrationRules } from './rules';
import { needsPhysicianApproval, type MassageKind, type Pressure } from '../session/sessionKinds';

export type PlanReason =
  | 'usual-below-threshold'
  | 'usual-meets-threshold'
  | 'deep-work'
  | 'lighter-work'
  | 'physician-approval';

export interface HydrationTarget {
  range: GlassRange;
  goalGlasses: number;
  reasons: PlanReason[];
  physicianApproval: boolean;
}

export interface TargetInput {
  kind: MassageKind;
  pressure: Pressure;
  usualGlassesPerDay: number;
  goodDailyGlasses: number;
}

/** Whether the session was deep work (kind or pressure), which points to the upper end of the range. */
export function isDeepWork(kind: MassageKind, pressure: Pressure, rules: HydrationRules): boolean {
  return rules.deepKinds.includes(kind) || rules.deepPressures.includes(pressure);
}

/** How many glasses for the rest of the day, and the reasons the plan screen gives. */
export function hydrationTarget(input: TargetInput, rules: HydrationRules): HydrationTarget {
  const meetsThreshold = input.usualGlassesPerDay >= input.goodDailyGlasses;
  const range = meetsThreshold ? rules.targets.meetsThreshold : rules.targets.belowThreshold;
  const deep = isDeepWork(input.kind, input.pressure, rules);
  const physicianApproval = needsPhysicianApproval(input.kind);
  const reasons: PlanReason[] = [
    meetsThreshold ? 'usual-meets-threshold' : 'usual-below-threshold',
    deep ? 'deep-work' : 'lighter-work',
  ];
  if (physicianApproval) reasons.push('physician-approval');
  return {
    range: { min: range.min, max: range.max },
    goalGlasses: deep ? range.max : range.min,
    reasons,
    physicianApproval,
  };
}
