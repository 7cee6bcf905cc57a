import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExercisePicker } from '../../../../src/components/therapist/ExercisePicker';
import { EXERCISE_LIBRARY } from '../../../../src/domain/exercises/exerciseLibrary';

afterEach(cleanup);

const boxes = () => screen.queryAllByRole('checkbox');

describe('the library picker', () => {
  it('filters by body region and by search words, and says how many it shows', () => {
    render(<ExercisePicker selectedIds={['chin-tuck']} onToggle={() => {}} />);
    expect(boxes()).toHaveLength(EXERCISE_LIBRARY.length);
    fireEvent.click(screen.getByRole('radio', { name: 'Neck' }));
    const neck = EXERCISE_LIBRARY.filter((e) => e.region === 'neck');
    expect(boxes()).toHaveLength(neck.length);
    expect(screen.getByRole('status').textContent).toBe(`${neck.length} of ${EXERCISE_LIBRARY.length} exercises, 1 assigned`);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: 'chin' } });
    const values = boxes().map((b) => (b as HTMLInputElement).value);
    expect(values).toContain('chin-tuck');
    expect(values.length).toBeLessThan(neck.length);
    expect((boxes().find((b) => (b as HTMLInputElement).value === 'chin-tuck') as HTMLInputElement).checked).toBe(true);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: 'zebra' } });
    expect(boxes()).toHaveLength(0);
    expect(screen.getByText(/No exercise matches/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'All regions' }));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: '' } });
    expect(boxes()).toHaveLength(EXERCISE_LIBRARY.length);
  });
});
