import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExercisesScreen } from '../../../../src/components/carePlan/ExercisesScreen';
import { loadCatalogue, useCatalogue } from '../../../../src/domain/i18n';
import { exerciseChecks } from '../../../../src/state/carePlan/carePlanState';
import { storageProblem, store } from '../../../../src/state/data/storeState';
import { DAY, acceptedPlan, fixClock, NOW, resetCarePlanState } from './carePlanTestState';

beforeEach(resetCarePlanState);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const card = (name: string) => within(screen.getByRole('article', { name }));
const setBox = (label: string) => screen.getByRole('checkbox', { name: label }) as HTMLInputElement;
const overall = () => screen.getByText(/^Overall:/).textContent;

/** Ticks every set of every exercise due today, waiting for each to be saved. */
async function checkEverything(): Promise<void> {
  for (const box of screen.getAllByRole('checkbox', { name: /set \d done$/ }) as HTMLInputElement[]) {
    if (box.checked) continue;
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
  }
}

describe('ExercisesScreen', () => {
  it('says how exercises arrive when there is no plan', () => {
    render(<ExercisesScreen />);
    expect(screen.getByRole('heading', { name: 'No home exercises yet' })).toBeTruthy();
  });

  it("lists today's exercises with steps, sets × reps or a hold timer, and a box per set of every round", () => {
    acceptedPlan();
    render(<ExercisesScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Today’s exercises');
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual(
      ['exercise-chin-tuck', 'exercise-neck-side-bend', 'exercise-custom-1'],
    );
    const chinTuck = card('Chin tuck');
    expect(chinTuck.getByText('2 × 10 reps, 3× a day · day 1 of 21')).toBeTruthy();
    expect(chinTuck.getByText('Gently slide your chin straight back, as if making a double chin.')).toBeTruthy();
    expect(chinTuck.queryByRole('button', { name: /hold/ })).toBeNull();
    expect(chinTuck.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(['Morning', 'Midday', 'Evening']);
    expect(chinTuck.getAllByRole('checkbox', { name: /set \d done$/ })).toHaveLength(6);
    const neck = card('Neck side bend');
    expect(neck.getByText('2 × 30 s hold, 2× a day · day 1 of 21')).toBeTruthy();
    expect(neck.getByRole('button', { name: 'Start 30 s hold for Neck side bend' })).toBeTruthy();
    expect(card('Shoulder rolls').getByRole('group', { name: 'Sets' })).toBeTruthy();
    expect(overall()).toBe('Overall: 0 of 11 sets (0%).');
    expect(screen.getByRole('link', { name: 'Start today’s exercises' }).getAttribute('href')).toBe('/exercises/guided');
  });

  it('checks a set off, saves it, and counts it in the adherence figures', async () => {
    const plan = acceptedPlan();
    render(<ExercisesScreen />);
    fireEvent.click(setBox('Chin tuck: Midday, set 1 done'));
    await waitFor(() => expect(overall()).toBe('Overall: 1 of 11 sets (9%).'));
    expect(setBox('Chin tuck: Midday, set 1 done').checked).toBe(true);
    expect(setBox('Chin tuck: Morning, set 1 done').checked).toBe(false);
    expect(await store.value.checksForCarePlan(plan.id)).toEqual([
      { carePlanId: plan.id, exerciseId: 'chin-tuck', localDate: '2026-05-12', round: 2, setsDone: 1 },
    ]);
    fireEvent.click(setBox('Chin tuck: Midday, set 2 done'));
    await waitFor(() => expect(overall()).toBe('Overall: 2 of 11 sets (18%).'));
    fireEvent.click(setBox('Chin tuck: Midday, set 1 done'));
    await waitFor(() => expect(overall()).toBe('Overall: 0 of 11 sets (0%).'));
    expect(setBox('Chin tuck: Midday, set 2 done').checked).toBe(false);
  });

  it('unticks a set again when saving it fails, and says why', async () => {
    acceptedPlan();
    store.value = { ...store.value, putExerciseCheck: () => Promise.reject(new Error('disk')) };
    render(<ExercisesScreen />);
    const box = setBox('Chin tuck: Morning, set 1 done');
    fireEvent.click(box);
    await waitFor(() => expect(storageProblem.value).toBe('notSaved'));
    await waitFor(() => expect(box.checked).toBe(false));
    expect(overall()).toBe('Overall: 0 of 11 sets (0%).');
  });

  it('says "Done for today" only once every set is checked off', async () => {
    acceptedPlan();
    render(<ExercisesScreen />);
    expect(screen.queryByText('Done for today')).toBeNull();
    await checkEverything();
    await screen.findByText('Done for today');
    expect(screen.queryByRole('link', { name: 'Start today’s exercises' })).toBeNull();
    expect(overall()).toBe('Overall: 11 of 11 sets (100%).');
  });

  it('shows adherence per day and per plan week', async () => {
    const plan = acceptedPlan();
    exerciseChecks.value = [{ carePlanId: plan.id, exerciseId: 'custom-1', localDate: '2026-05-12', round: 1, setsDone: 1 }];
    fixClock(NOW + 7 * DAY);
    render(<ExercisesScreen />);
    fireEvent.click(setBox('Chin tuck: Morning, set 1 done'));
    await waitFor(() => expect(overall()).toBe('Overall: 2 of 83 sets (2%).'));
    const weeks = within(screen.getByRole('table'));
    const cells = (row: HTMLElement) => [...row.children].map((cell) => cell.textContent);
    expect(weeks.getAllByRole('row').map(cells)).toEqual([['Week', 'Sets done', 'Share'], ['Week 1', '1 of 73', '1%'], ['Week 2', '1 of 10', '10%']]);
    const days = screen.getByText('Per day').parentElement!;
    // Each day as the reader's language writes a date (issue 14), not as stored.
    expect(within(days).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Tue, May 12: 1 of 11 sets', 'Wed, May 13: 0 of 11 sets', 'Thu, May 14: 0 of 11 sets', 'Fri, May 15: 0 of 10 sets',
      'Sat, May 16: 0 of 10 sets', 'Sun, May 17: 0 of 10 sets', 'Mon, May 18: 0 of 10 sets', 'Tue, May 19: 1 of 10 sets',
    ]);
  });

  it("drops an exercise once its days are over, and ends the list with the plan", () => {
    acceptedPlan();
    fixClock(NOW + 3 * DAY);
    const { unmount } = render(<ExercisesScreen />);
    expect(screen.queryByRole('article', { name: 'Shoulder rolls' })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    unmount();

    fixClock(NOW + 20 * DAY);
    const last = render(<ExercisesScreen />);
    expect(card('Chin tuck').getByText(/day 21 of 21/)).toBeTruthy();
    expect(screen.queryByText(/have ended/)).toBeNull();
    last.unmount();

    fixClock(NOW + 21 * DAY);
    render(<ExercisesScreen />);
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    // Issue 10: an honest ending, with the figures and no praise that wasn't earned.
    expect(screen.getByRole('status').textContent).toMatch(/^The home exercises of this plan have ended\. You did 0 of \d+ sets \(0%\)\. None were checked off\./);
    expect(screen.getByRole('status').textContent).not.toMatch(/Well done/);
    expect(screen.getByRole('link', { name: 'Send my progress to my therapist' }).getAttribute('href')).toBe('/progress');
  });

  it('speaks French: the dose, the boxes, the timer and the figures', async () => {
    acceptedPlan();
    useCatalogue('fr', await loadCatalogue('fr'));
    render(<ExercisesScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Exercices du jour');
    expect(screen.getByText('Selon le plan proposé par Maria Gonzalez, LMT.')).toBeTruthy();
    const rolls = card('Shoulder rolls');
    expect(rolls.getByText('1 × 10 répétitions, 1 fois par jour · jour 1 sur 3')).toBeTruthy();
    expect(rolls.getByRole('group', { name: 'Séries' })).toBeTruthy();
    expect(rolls.getByRole('checkbox', { name: 'Shoulder rolls : série 1 faite' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Lancer le minuteur de 30 s pour / })).toHaveLength(1);
    expect(screen.getByText(/^Au total :/).textContent).toMatch(/^Au total : 0 sur 11 séries \(0\s%\)\.$/);
    expect(screen.getByRole('link', { name: 'Commencer les exercices du jour' }).getAttribute('href')).toBe('/exercises/guided');
  });

  it('starts and stops a hold timer inside its exercise', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
    acceptedPlan();
    render(<ExercisesScreen />);
    const neck = card('Neck side bend');
    fireEvent.click(neck.getByRole('button', { name: 'Start 30 s hold for Neck side bend' }));
    act(() => void vi.advanceTimersByTime(3_000));
    expect(neck.getByText('27 s')).toBeTruthy();
    fireEvent.click(neck.getByRole('button', { name: 'Stop the Neck side bend hold timer' }));
    expect(neck.queryByText(/^\d+ s$/)).toBeNull();
  });
});
