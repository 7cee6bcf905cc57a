/** Volumes are stored in ml; these convert to and from what the client chose to see. */
import type { VolumeUnit } from '../settings/settings';
import { intlLocale } from '../i18n/active';
import { waterText } from '../i18n/en/water';
import { formatNumber } from '../i18n/plural';

/** One US fluid ounce. */
export const ML_PER_FL_OZ = 29.5735;

function mlPerUnit(unit: VolumeUnit, glassMl: number): number {
  switch (unit) {
    case 'ml':
      return 1;
    case 'floz':
      return ML_PER_FL_OZ;
    case 'glass':
      if (!(glassMl > 0)) throw new RangeError(`A glass must hold more than 0 ml (got ${glassMl}).`);
      return glassMl;
  }
}

/** Converts an amount in the user's unit to millilitres. */
export function toMl(amount: number, unit: VolumeUnit, glassMl: number): number {
  return amount * mlPerUnit(unit, glassMl);
}

/** Converts millilitres to the user's unit. */
export function fromMl(ml: number, unit: VolumeUnit, glassMl: number): number {
  return ml / mlPerUnit(unit, glassMl);
}

/**
 * "250 ml", "8.5 fl oz", "1 glass", "1.5 glasses", in the reader's digits and plurals ("1,5 Gläser",
 * "1,5 verre"). Millilitres round to whole numbers (nobody pours 0.3 ml); ounces and glasses keep
 * one decimal so half a glass still shows.
 */
export function formatVolume(ml: number, unit: VolumeUnit, glassMl: number): string {
  if (!Number.isFinite(ml)) throw new RangeError(`Cannot show a volume of ${ml} ml.`);
  const t = waterText();
  const locale = intlLocale();
  const amount = fromMl(ml, unit, glassMl);
  switch (unit) {
    case 'ml':
      return t.volumeMl(formatNumber(Math.round(amount), locale));
    case 'floz':
      return t.volumeFlOz(formatNumber(oneDecimal(amount), locale));
    case 'glass':
      // The plural follows the number as shown: 1.04 glasses reads "1 glass".
      return t.glasses(oneDecimal(amount));
  }
}

/** One decimal at most (formatNumber drops a trailing ",0"); -0 is 0. */
function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10 || 0;
}
