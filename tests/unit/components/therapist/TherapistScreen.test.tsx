import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TherapistScreen } from '../../../../src/components/therapist/TherapistScreen';
import { DEFAULT_PHYSICIAN_NOTE } from '../../../../src/domain/carePlan/carePlan';
import { resetAppState } from '../testState';
import { fillRequired, makeLink, openLink, setDateTime, shownLink, typeInto } from './compose';

beforeEach(resetAppState);
afterEach(cleanup);

const HOUR = 3_600_000;
const alertList = () => screen.getByRole('alert');

describe('TherapistScreen', () => {
  it('asks for the therapist name, in a focused alert, and makes nothing', () => {
    render(<TherapistScreen />);
    fillRequired({ name: '   ' });
    makeLink();
    expect(alertList().textContent).toContain("Add the therapist's name.");
    expect(document.activeElement).toBe(alertList());
    expect(document.getElementById('share-link')).toBeNull();
    // No QR code (the library's exercise figures are SVG too, so the code is looked for by class).
    expect(document.querySelector('svg.qr-code')).toBeNull();
  });

  it('lists every problem at once, in plain words', () => {
    render(<TherapistScreen />);
    makeLink();
    const items = within(alertList()).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('Choose the kind of massage.');
    expect(items).toContain("Add the therapist's name.");
  });

  it('makes a link to /plan with the whole plan in its fragment, and a QR code of it', () => {
    render(<TherapistScreen />);
    fillRequired();
    typeInto('Practice (optional)', 'Riverside Massage Therapy');
    typeInto('Do', 'Drink water through the rest of the day.\n\nUse a heat pack on tight spots.');
    typeInto("Don't", 'No heavy lifting for 48 hours.');
    setDateTime('Next appointment (optional)', Date.now() + 14 * 24 * HOUR);
    typeInto('Every how many weeks', '2');
    typeInto('How many sessions', '6');
    makeLink();
    const link = shownLink();
    expect(link.startsWith(`${location.origin}/plan#p1.`)).toBe(true);
    expect(screen.getByText(new RegExp(`^Link: ${link.length} characters — fits a QR code \\(limit 997\\)`))).toBeTruthy();
    const qr = screen.getByRole('img', { name: "QR code of the plan's link" });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    const plan = openLink(link);
    expect(plan.therapist).toEqual({ name: 'Maria Gonzalez, LMT', practice: 'Riverside Massage Therapy' });
    expect(plan.session).toMatchObject({ kind: 'deep-tissue', pressure: 'medium', usualGlassesPerDay: 4 });
    expect(plan.dos).toEqual(['Drink water through the rest of the day.', 'Use a heat pack on tight spots.']);
    expect(plan.donts).toEqual(['No heavy lifting for 48 hours.']);
    expect(plan.series).toEqual({ everyWeeks: 2, sessions: 6 });
    expect(plan.physicianNote).toBeUndefined();
  });

  it("changes the link when an exercise's sets are edited, and says the old link is out of date", () => {
    render(<TherapistScreen />);
    fillRequired();
    fireEvent.click(screen.getByRole('checkbox', { name: /Neck side bend/ }));
    makeLink();
    const before = shownLink();
    expect(openLink(before).exercises[0]).toMatchObject({ id: 'neck-side-bend', sets: 2 });

    fireEvent.click(screen.getByRole('button', { name: 'Edit Neck side bend' }));
    const editor = screen.getByRole('group', { name: '1. Neck side bend' });
    typeInto(within(editor).getByLabelText('Sets'), '3');
    expect(document.getElementById('share-link')).toBeNull();
    expect(screen.getByText(/You changed the plan after making its link/)).toBeTruthy();

    makeLink();
    const after = shownLink();
    expect(after).not.toBe(before);
    expect(openLink(after).exercises[0]).toMatchObject({ id: 'neck-side-bend', sets: 3, holdSeconds: 30 });
  });

  it('adds an exercise written from scratch, focusing its name', () => {
    render(<TherapistScreen />);
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Add your own exercise' }));
    const name = document.getElementById('ex-custom-1-name');
    expect(document.activeElement).toBe(name);
    typeInto(name as HTMLElement, 'Shoulder rolls');
    const editor = screen.getByRole('group', { name: '1. Shoulder rolls' });
    typeInto(within(editor).getByLabelText('Steps'), 'Sit tall.\nRoll both shoulders slowly backwards.');
    fireEvent.click(within(editor).getByRole('radio', { name: 'A hold' }));
    typeInto(within(editor).getByLabelText('Hold, in seconds'), '20');
    typeInto(within(editor).getByLabelText('For how long'), '10');
    fireEvent.change(within(editor).getByLabelText('Days or weeks'), { target: { value: 'days' } });
    makeLink();
    expect(openLink(shownLink()).exercises).toEqual([{
      id: 'custom-1', name: 'Shoulder rolls', steps: ['Sit tall.', 'Roll both shoulders slowly backwards.'], cautions: [],
      sets: 2, holdSeconds: 20, timesPerDay: 1, durationDays: 10,
    }]);
  });

  it('names a custom exercise that is missing its steps, by its number', () => {
    render(<TherapistScreen />);
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Add your own exercise' }));
    makeLink();
    expect(alertList().textContent).toContain('Add the name of exercise 1.');
    expect(alertList().textContent).toContain('Add the steps of exercise 1.');
  });

  it('offers the physician note, prefilled and editable, for a prenatal session only', () => {
    render(<TherapistScreen />);
    expect(screen.queryByLabelText('Physician note')).toBeNull();
    fillRequired({ kind: 'Prenatal' });
    const note = screen.getByLabelText('Physician note') as HTMLTextAreaElement;
    expect(note.value).toBe(DEFAULT_PHYSICIAN_NOTE);
    typeInto(note, 'Dr. Lee approves gentle side-lying work only.');
    makeLink();
    expect(openLink(shownLink()).physicianNote).toBe('Dr. Lee approves gentle side-lying work only.');
    fireEvent.click(screen.getByRole('radio', { name: 'Relaxation / Swedish / spa' }));
    expect(screen.queryByLabelText('Physician note')).toBeNull();
  });

  it('refuses an appointment in the past', () => {
    render(<TherapistScreen />);
    fillRequired();
    setDateTime('When did the session end?', Date.now() - 72 * HOUR);
    setDateTime('Next appointment (optional)', Date.now() - 24 * HOUR);
    makeLink();
    expect(alertList().textContent).toContain('The next appointment is in the past.');
    expect(document.getElementById('share-link')).toBeNull();
  });

  it('refuses an appointment before the session ended', () => {
    render(<TherapistScreen />);
    fillRequired();
    setDateTime('Next appointment (optional)', Date.now() - 2 * HOUR);
    makeLink();
    expect(alertList().textContent).toContain('The next appointment must be after the session.');
  });

  it('carries the client’s first name in the link, and keeps the draft and the therapist in this browser', async () => {
    render(<TherapistScreen />);
    fillRequired();
    typeInto('Your client’s first name (optional)', 'Sam');
    typeInto('Phone or email for clients (optional)', '020 7946 0000');
    expect(screen.getByRole('heading', { name: 'What Sam gets' })).toBeTruthy();
    makeLink();
    expect(openLink(shownLink()).clientName).toBe('Sam');
    expect(shownLink()).not.toContain('7946');
    await waitFor(() => expect(localStorage.getItem('aftercare.desk.draft')).toContain('"clientName":"Sam"'));
    expect(JSON.parse(localStorage.getItem('aftercare.desk.profile')!)).toEqual({ therapistName: 'Maria Gonzalez, LMT', practice: '', contact: '020 7946 0000' });
    cleanup();
    render(<TherapistScreen />);
    expect((screen.getByLabelText('Your client’s first name (optional)') as HTMLInputElement).value).toBe('Sam');
  });

  it('starts from a template and saves one of its own', () => {
    render(<TherapistScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Use Desk neck and shoulders' }));
    expect((screen.getByRole('checkbox', { name: /Chin tuck/ }) as HTMLInputElement).checked).toBe(true);
    typeInto('Save this plan as a template', 'Office workers');
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(screen.getByRole('button', { name: 'Use Office workers' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start a new plan for the next client' }));
    expect((screen.getByRole('checkbox', { name: /Chin tuck/ }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Use Office workers' }));
    expect((screen.getByRole('checkbox', { name: /Chin tuck/ }) as HTMLInputElement).checked).toBe(true);
  });
});
