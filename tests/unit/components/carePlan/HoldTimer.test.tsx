import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoldTimer } from '../../../../src/components/carePlan/HoldTimer';
import { NOW } from './carePlanTestState';

/** Counts the AudioContexts made: each is one beep. */
let beeps = 0;
class FakeAudioContext {
  currentTime = 0;
  destination = {};
  constructor() { beeps += 1; }
  createOscillator() { return { connect() {}, start() {}, stop() {}, onended: null }; }
  close() { return Promise.resolve(); }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(NOW);
  vi.stubGlobal('AudioContext', FakeAudioContext);
  beeps = 0;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const count = () => document.querySelector('.hold-timer__count')?.textContent;
const progress = () => document.querySelector('progress');
const elapse = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start 30 s hold for Neck side bend' }));

describe('HoldTimer', () => {
  it('shows nothing counting until started', () => {
    render(<HoldTimer seconds={30} label="Neck side bend" />);
    expect(screen.getByRole('button').textContent).toBe('Start 30 s hold');
    expect(count()).toBeUndefined();
    expect(progress()).toBeNull();
  });

  it('counts down visibly, second by second, with a progress bar', () => {
    render(<HoldTimer seconds={30} label="Neck side bend" />);
    start();
    expect(count()).toBe('30 s');
    elapse(1_000);
    expect(count()).toBe('29 s');
    elapse(10_000);
    expect(count()).toBe('19 s');
    expect(progress()?.getAttribute('value')).toBe('11');
    expect(progress()?.getAttribute('max')).toBe('30');
  });

  it('stops when asked, and stays stopped', () => {
    render(<HoldTimer seconds={30} label="Neck side bend" />);
    start();
    elapse(5_000);
    fireEvent.click(screen.getByRole('button', { name: 'Stop the Neck side bend hold timer' }));
    expect(count()).toBeUndefined();
    elapse(60_000);
    expect(count()).toBeUndefined();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Start 30 s hold for Neck side bend' })).toBeTruthy();
  });

  it('announces the end, silently unless sound was turned on', () => {
    render(<HoldTimer seconds={30} label="Neck side bend" />);
    expect((screen.getByRole('checkbox', { name: /^Beep at the end of the .* hold$/ }) as HTMLInputElement).checked).toBe(false);
    start();
    elapse(31_000);
    expect(count()).toBe('0 s');
    expect(screen.getByRole('status').textContent).toBe('Neck side bend: hold complete');
    expect(screen.getByRole('button').textContent).toBe('Start 30 s hold');
    expect(beeps).toBe(0);
  });

  it('beeps once at the end when sound is on, and can be run again', () => {
    render(<HoldTimer seconds={30} label="Neck side bend" />);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Beep at the end of the .* hold$/ }));
    start();
    elapse(29_000);
    expect(beeps).toBe(0);
    elapse(5_000);
    expect(beeps).toBe(1);
    start();
    expect(count()).toBe('30 s');
    elapse(31_000);
    expect(beeps).toBe(2);
  });
});
