/** Volumes are stored in ml; these convert to and from what the client chose to see. */
import type { VolumeUnit } from '../settings/settings';

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

/** One decimal at most, and no trailing ".0": "8.5", "8", not "8.0". */
function oneDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * "250 ml", "8.5 fl oz", "1 glass", "1.5 glasses". Millilitres round to whole numbers (nobody
 * pours 0.3 ml); ounces and glasses keep one decimal so half a glass still shows.
 */
export function formatVolume(ml: number, unit: VolumeUnit, glassMl: number): string {
  if (!Number.isFinite(ml)) throw new RangeError(`Cannot show a volume of ${ml} ml.`);
  const amount = fromMl(ml, unit, glassMl);
  switch (unit) {
    case 'ml':
      return `${Math.round(amount)} ml`;
    case 'floz':
      return `${oneDecimal(amount)} fl oz`;
    case 'glass': {
      const text = oneDecimal(amount);
      return `${text} ${text === '1' ? 'glass' : 'glasses'}`;
    }
  }
}
