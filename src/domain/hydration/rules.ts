/**
 * Every number the aftercare plan is built from, in one table, so a therapist-facing setting can
 * change any of them. These are defaults from therapists' client-education material, not medical
 * truth; the app presents the result as "your therapist's aftercare plan".
 */
import { MASSAGE_KINDS, type MassageKind, type Pressure } from '../session/sessionKinds';

export interface GlassRange {
  min: number;
  max: number;
}

export interface HydrationRules {
  /** Glasses for the rest of the day, by whether the client already drinks a good daily amount. */
  targets: { meetsThreshold: GlassRange; belowThreshold: GlassRange };
  /** Kinds of work that point to the upper end of the range. */
  deepKinds: readonly MassageKind[];
  /** Pressures that point to the upper end of the range, whatever the kind. */
  deepPressures: readonly Pressure[];
  /** Give the client time to get home before the first nudge. */
  firstReminderDelayMin: number;
  /** Reminders closer than this feel like nagging. */
  minSpacingMin: number;
  /** A last glass right before bed means a trip to the bathroom at night. */
  lastReminderBeforeBedtimeMin: number;
  /** Glasses carried to the next morning are not spread thinner than this. */
  morningCarryMaxSpacingMin: number;
}

export const DEFAULT_RULES: HydrationRules = {
  targets: {
    meetsThreshold: { min: 2, max: 3 },
    belowThreshold: { min: 4, max: 5 },
  },
  // Derived from the catalogue so the two can't drift apart; a setting may still override it.
  deepKinds: MASSAGE_KINDS.filter((kind) => kind.deepWork).map((kind) => kind.id),
  deepPressures: ['firm', 'deep'],
  firstReminderDelayMin: 15,
  minSpacingMin: 30,
  lastReminderBeforeBedtimeMin: 30,
  morningCarryMaxSpacingMin: 60,
};

export { DEFAULT_SETTINGS, type QuietPeriod, type Settings, type VolumeUnit } from '../settings/settings';
