/** Library exercises for the arms and wrists, added to the original thirteen. */
import type { LibraryEntry } from '../exerciseLibrary';
import { STRETCH } from './doses';

export const ARMS_WRISTS: readonly LibraryEntry[] = [
  { id: 'triceps-stretch', region: 'arms-wrists', sides: 'each', ...STRETCH },
  { id: 'prayer-stretch', region: 'arms-wrists', sides: 'both', ...STRETCH, timesPerDay: 3 },
];
