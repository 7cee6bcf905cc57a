import { describe, expect, it } from 'vitest';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { searchLibrary } from '../../../src/domain/exercises/librarySearch';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('searching the exercise library', () => {
  it('gives the whole library, in order, for no words and no region', () => {
    expect(ids(searchLibrary(EXERCISE_LIBRARY, '  '))).toEqual(ids(EXERCISE_LIBRARY));
  });

  it('keeps only one region', () => {
    const neck = searchLibrary(EXERCISE_LIBRARY, '', 'neck');
    expect(neck.length).toBeGreaterThanOrEqual(3);
    expect(neck.every((e) => e.region === 'neck')).toBe(true);
    expect(ids(neck)).toContain('chin-tuck');
  });

  it('needs every word, in any case or accent, anywhere in name, steps or cautions', () => {
    const chin = searchLibrary(EXERCISE_LIBRARY, 'CHÍN tuck');
    expect(ids(chin)).toContain('chin-tuck');
    expect(chin.every((e) => /chin/i.test([e.name, ...e.steps, ...e.cautions].join(' ')))).toBe(true);
    expect(searchLibrary(EXERCISE_LIBRARY, 'chin zebra')).toEqual([]);
  });

  it('combines words and region', () => {
    const found = searchLibrary(EXERCISE_LIBRARY, 'wall', 'chest');
    expect(found.every((e) => e.region === 'chest')).toBe(true);
    expect(found.length).toBeLessThanOrEqual(searchLibrary(EXERCISE_LIBRARY, 'wall').length);
  });

  it('finds the foam roller exercises', () => {
    expect(searchLibrary(EXERCISE_LIBRARY, 'foam roller').length).toBeGreaterThanOrEqual(1);
  });
});
