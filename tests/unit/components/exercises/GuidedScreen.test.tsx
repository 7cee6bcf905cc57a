import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuidedScreen } from '../../../../src/components/exercises/GuidedScreen';
import { exerciseChecks } from '../../../../src/state/carePlan/carePlanState';
import { guidedSaves, guidedSound } from '../../../../src/state/carePlan/guidedSessionActions';
import { store } from '../../../../src/state/data/storeState';
import { acceptedPlan, NOW, resetCarePlanState } from '../carePlan/carePlanTestState';
import { loadCatalogue, useCatalogue } from '../../../../src/domain/i18n';

/** Every wake-lock request and release, as the page made them. */
let wakeLock: string[];
let beeps: number;

beforeEach(() => {
  resetCarePlanState();
  // Date and the screen's interval are fake; testing-library's polling (setTimeout) stays real.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(NOW);
  wakeLock = [];
  beeps = 0;
  guidedSound.value = false;
  vi.stubGlobal('AudioContext', class {
    currentTime = 0;
    destination = {};
    constructor() { beeps += 1; }
    createOscillator() { return { connect() {}, start() {}, stop() {}, onended: null }; }
    close() { return Promise.resolve(); }
  });
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request: async () => {
        wakeLock.push('request');
        const sentinel = Object.assign(new EventTarget(), { released: false, release: async () => void wakeLock.push('release') });
        return sentinel;
      },
    },
  });
});
afterEach(() => {
  // Preact runs effect clean-ups after paint: act flushes them, so the wake lock is let go here.
  act(() => cleanup());
  vi.unstubAllGlobals();
  vi.useRealTimers();
  delete (navigator as { wakeLock?: unknown }).wakeLock;
});

const elapse = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const status = () => screen.getByRole('status').textContent;
const counter = () => document.querySelector('.guided-set__counter')?.textContent;
const saved = async (planId: string) => {
  await guidedSaves();
  return (await store.value.checksForCarePlan(planId)).map((c) => `${c.exerciseId} r${c.round}: ${c.setsDone}`).sort();
};

describe('GuidedScreen', () => {
  it('walks a set of reps: "Set done" saves it at once, then a rest, then the next set', async () => {
    const plan = acceptedPlan();
    render(<GuidedScreen />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Chin tuck');
    expect(counter()).toBe('MorningSet 1 of 210 reps');
    expect(screen.getByText('Gently slide your chin straight back, as if making a double chin.')).toBeTruthy();
    expect(status()).toBe('Chin tuck, Morning, set 1 of 2.');
    const main = button('Set done');
    main.focus();
    fireEvent.click(main);
    expect(await saved(plan.id)).toEqual(['chin-tuck r1: 1']);
    expect(screen.getByRole('heading', { name: 'Rest' })).toBeTruthy();
    expect(status()).toBe('Set done. Rest 20 seconds. Next: Chin tuck, Morning, set 2 of 2.');
    // The main button stays the same element, so focus doesn't fall back to the page.
    expect(document.activeElement).toBe(main);
    expect(main.textContent).toBe('Pause');
    elapse(20_000);
    expect(status()).toBe('Rest over. Chin tuck, Morning, set 2 of 2.');
    expect(counter()).toMatch(/^MorningSet 2 of 2/);
  });

  it('saves two quick ticks of one round as 1 then 2, each reading the count the last one wrote', async () => {
    const plan = acceptedPlan();
    render(<GuidedScreen />);
    fireEvent.click(button('Set done'));
    fireEvent.click(button('Skip the rest'));
    fireEvent.click(button('Set done'));
    expect(await saved(plan.id)).toEqual(['chin-tuck r1: 2']);
    expect(exerciseChecks.value.map((c) => c.setsDone)).toEqual([2]);
  });

  it('ticks a hold by itself when it ends, pauses, and beeps only when asked', async () => {
    const plan = acceptedPlan();
    render(<GuidedScreen />);
    fireEvent.click(button('Skip Chin tuck'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Neck side bend');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Beep' }));
    // Neck side bend is done one side at a time: the left side first, then the right ticks the set.
    fireEvent.click(button('Start 30 s hold (left side)'));
    elapse(30_000);
    expect(status()).toBe('Hold complete. Neck side bend, Morning, set 1 of 2, right side.');
    expect(exerciseChecks.value).toEqual([]);
    fireEvent.click(button('Start 30 s hold (right side)'));
    elapse(10_000);
    expect(document.querySelector('.guided-countdown__time')?.textContent).toBe('20 s');
    expect(screen.getByRole('progressbar', { name: 'Hold: 20 seconds left' })).toBeTruthy();
    fireEvent.click(button('Pause'));
    expect(status()).toBe('Paused.');
    elapse(60_000);
    expect(screen.getByText('Paused')).toBeTruthy();
    expect(exerciseChecks.value).toEqual([]);
    fireEvent.click(button('Resume'));
    elapse(20_000);
    expect(status()).toBe('Hold complete. Rest 20 seconds. Next: Neck side bend, Morning, set 2 of 2, left side.');
    expect(await saved(plan.id)).toEqual(['neck-side-bend r1: 1']);
    expect(beeps).toBe(2);
    fireEvent.click(button('Skip the rest'));
    expect(button('Start 30 s hold (left side)')).toBeTruthy();
  });

  it('ends with the sets done today per exercise, and keeps the screen awake only while it runs', async () => {
    const plan = acceptedPlan();
    render(<GuidedScreen />);
    await waitFor(() => expect(wakeLock).toEqual(['request']));
    fireEvent.click(button('Set done'));
    fireEvent.click(button('Skip the rest'));
    fireEvent.click(button('Skip this set'));
    fireEvent.click(button('Skip Neck side bend'));
    fireEvent.click(button('Set done'));
    expect(await saved(plan.id)).toEqual(['chin-tuck r1: 1', 'custom-1 r1: 1']);
    expect(screen.getByRole('heading', { name: 'Well done' })).toBe(document.activeElement);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Chin tuck: 1 of 6 sets', 'Neck side bend: 0 of 4 sets', 'Shoulder rolls: 1 of 1 set']);
    expect(wakeLock).toEqual(['request', 'release']);
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    fireEvent.click(button('Start the next round now'));
    expect(counter()).toMatch(/^MorningSet 2 of 2/);
    await waitFor(() => expect(wakeLock).toEqual(['request', 'release', 'request']));
    act(() => cleanup());
    expect(wakeLock).toEqual(['request', 'release', 'request', 'release']);
  });

  it('lets go of the screen while the page is hidden and asks again when it is back', async () => {
    acceptedPlan();
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    try {
      render(<GuidedScreen />);
      await waitFor(() => expect(wakeLock).toEqual(['request']));
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(wakeLock).toEqual(['request', 'release']);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(() => expect(wakeLock).toEqual(['request', 'release', 'request']));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('says so when every set today is already done', () => {
    const plan = acceptedPlan();
    exerciseChecks.value = [
      ...[1, 2, 3].map((round) => ({ carePlanId: plan.id, exerciseId: 'chin-tuck', localDate: '2026-05-12', round, setsDone: 2 })),
      ...[1, 2].map((round) => ({ carePlanId: plan.id, exerciseId: 'neck-side-bend', localDate: '2026-05-12', round, setsDone: 2 })),
      { carePlanId: plan.id, exerciseId: 'custom-1', localDate: '2026-05-12', round: 1, setsDone: 1 },
    ];
    render(<GuidedScreen />);
    expect(screen.getByRole('heading', { name: 'Nothing left to do' })).toBeTruthy();
    expect(screen.getByText('Done for today')).toBeTruthy();
    expect(wakeLock).toEqual([]);
  });

  it('speaks Spanish: library exercises and the screen in Spanish, the therapist’s own exercise as written', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    const plan = acceptedPlan();
    render(<GuidedScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ejercicios guiados');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Retracción de barbilla');
    expect(counter()).toBe('Por la mañanaSerie 1 de 210 repeticiones');
    expect(screen.getByText('Lleva la barbilla suavemente hacia atrás en línea recta, como si hicieras papada.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Precauciones' }).textContent).toContain('Para si sientes un dolor agudo');
    expect(status()).toBe('Retracción de barbilla, por la mañana, serie 1 de 2.');
    fireEvent.click(button('Serie hecha'));
    expect(await saved(plan.id)).toEqual(['chin-tuck r1: 1']);
    expect(screen.getByRole('heading', { name: 'Descanso' })).toBeTruthy();
    expect(status()).toBe('Serie hecha. Descansa 20 segundos. Siguiente: Retracción de barbilla, por la mañana, serie 2 de 2.');
    fireEvent.click(button('Saltar el descanso'));
    fireEvent.click(button('Saltar Retracción de barbilla'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Inclinación lateral del cuello');
    fireEvent.click(button('Empezar a mantener 30 s (lado izquierdo)'));
    elapse(10_000);
    expect(screen.getByRole('progressbar', { name: 'Mantener: quedan 20 segundos' })).toBeTruthy();
    fireEvent.click(button('Saltar Inclinación lateral del cuello'));
    // The therapist's own exercise keeps the words they wrote.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Shoulder rolls');
    expect(screen.getByText('Roll both shoulders back slowly.')).toBeTruthy();
    expect(counter()).toBe('Serie 1 de 110 repeticiones');
    fireEvent.click(button('Serie hecha'));
    expect(await saved(plan.id)).toEqual(['chin-tuck r1: 1', 'custom-1 r1: 1']);
    expect(screen.getByRole('heading', { name: 'Muy bien' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['Retracción de barbilla: 1 de 6 series', 'Inclinación lateral del cuello: 0 de 4 series', 'Shoulder rolls: 1 de 1 serie']);
  });
});
