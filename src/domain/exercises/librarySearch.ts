/** Finding an exercise in the library by what the therapist types and the body region they pick. */
import type { BodyRegion } from './bodyRegions';
import type { LibraryExercise } from './exerciseLibrary';
import { exerciseWords } from './exerciseWords';

/** Lower case, accents folded ("Épaule" finds "epaule"), runs of anything else as one space. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The library exercises in `region` (all regions when undefined) whose name, steps or cautions hold
 * every word of `text`, in library order. Names are searched with the rest, so "wall" finds the
 * doorway stretch that uses one. The words are searched in the active language and in English, so a
 * therapist finds "gemelos" in Spanish and "calf" still works, as do the library's English names
 * colleagues use.
 */
export function searchLibrary(library: readonly LibraryExercise[], text: string, region?: BodyRegion): LibraryExercise[] {
  const words = folded(text).split(' ').filter(Boolean);
  return library.filter((exercise) => {
    if (region && exercise.region !== region) return false;
    if (words.length === 0) return true;
    const shown = exerciseWords(exercise);
    const haystack = folded([exercise.name, ...exercise.steps, ...exercise.cautions, shown.name, ...shown.steps, ...shown.cautions].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
