/**
 * An exercise's words in the reader's language. A plan stores and sends a library exercise's words in
 * English (a share link names an unchanged one by its id alone, and the import writes the library's
 * English into the saved plan), and old saved plans hold that same English. So the language is chosen
 * here, when the words are drawn: each line a library exercise still shares with the library's English
 * is shown in the active language, and every line the therapist wrote or changed stays as written.
 * A custom exercise is the therapist's own text throughout.
 *
 * Line by line rather than all or nothing: a therapist who adds one step of their own to a library
 * exercise should not turn the other steps back into English for a Spanish-reading client.
 */
import type { LoadedLanguage } from '../i18n/active';
import { exercises as english, exercisesText, type ExercisesMessages, type LibraryWords } from '../i18n/en/exercises';
import type { Exercise } from './exerciseLibrary';

/** What a person reads of an exercise. */
export type ExerciseWords = Pick<Exercise, 'name' | 'steps' | 'cautions'>;
/** The library's words in one language: `exercisesText().library`, or a loaded catalogue's `exercises.library`. */
export type LibraryWordsTable = ExercisesMessages['library'];

function wordsOf(table: LibraryWordsTable, id: string): LibraryWords | undefined {
  return Object.hasOwn(table, id) ? table[id as keyof LibraryWordsTable] : undefined;
}

/** Each line found among `from` at some position becomes the line at that position of `to`; the rest stay. */
function swapLines(lines: readonly string[], from: readonly string[], to: readonly string[]): string[] {
  return lines.map((line) => {
    const at = from.indexOf(line);
    return at >= 0 && to[at] ? to[at] : line;
  });
}

function swapWords(exercise: Pick<Exercise, 'id'> & ExerciseWords, from: LibraryWordsTable, to: LibraryWordsTable): ExerciseWords {
  const source = wordsOf(from, exercise.id);
  const target = wordsOf(to, exercise.id);
  const { name, steps, cautions } = exercise;
  if (!source || !target || source === target) return { name, steps, cautions };
  return {
    name: name === source.name ? target.name : name,
    steps: swapLines(steps, source.steps, target.steps),
    cautions: swapLines(cautions, source.cautions, target.cautions),
  };
}

/**
 * The library's words in a language other than the one on screen, from what `loadCatalogue` returned
 * for it: English when it brings no catalogue (English itself, or the pseudo-locale). For a handout or
 * a preview in the client's language while the therapist's screen speaks another.
 */
export function libraryWordsOf(language: LoadedLanguage): LibraryWordsTable {
  return language.catalogue?.exercises.library ?? english.library;
}

/**
 * An exercise's name, steps and cautions to show: a library exercise's unchanged lines in the active
 * language (or in `library`'s, e.g. a handout printed in the client's language), the therapist's own
 * text as written. Use it wherever an exercise's words reach a screen, a handout or a report.
 */
export function exerciseWords(exercise: Pick<Exercise, 'id'> & ExerciseWords, library: LibraryWordsTable = exercisesText().library): ExerciseWords {
  return swapWords(exercise, english.library, library);
}

/** The exercise with its words as `exerciseWords` gives them, for code that passes whole exercises on. */
export function withExerciseWords<T extends Pick<Exercise, 'id'> & ExerciseWords>(exercise: T, library?: LibraryWordsTable): T {
  return { ...exercise, ...exerciseWords(exercise, library) };
}

/**
 * The reverse, for the therapist's form: lines shown in `library`'s language that are still the
 * library's go back to the English that is stored and sent, so an unchanged library exercise still
 * travels as its id alone and reaches each client in their own language.
 */
export function storedExerciseWords(exercise: Pick<Exercise, 'id'> & ExerciseWords, library: LibraryWordsTable = exercisesText().library): ExerciseWords {
  return swapWords(exercise, library, english.library);
}
