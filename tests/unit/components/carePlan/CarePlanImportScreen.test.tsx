import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CarePlanImportScreen } from '../../../../src/components/carePlan/CarePlanImportScreen';
import { EXERCISE_LIBRARY } from '../../../../src/domain/exercises/exerciseLibrary';
import { toCompactPlan } from '../../../../src/domain/carePlan/carePlanCompact';
import { loadCatalogue, useCatalogue } from '../../../../src/domain/i18n';
import { activeCarePlan } from '../../../../src/state/carePlan/carePlanState';
import { loaded } from '../../../../src/state/hydration/hydrationSignals';
import { currentRoute } from '../../../../src/state/route';
import { store } from '../../../../src/state/data/storeState';
import type { AftercareDatabase } from '../../../../src/storage/db';
import { memoryStore } from '../../../../src/storage/memoryStore';
import { packedWithNode, packedWithoutChecksum, payloadOf, unpackedWithNode } from '../../domain/carePlanLinks';
import { DAY, NOW, fixClock, linkOf, makePlan, openInAddressBar, resetCarePlanState, useIndexedDb } from './carePlanTestState';

let db: AftercareDatabase;

beforeEach(async () => {
  resetCarePlanState();
  currentRoute.value = 'planImport';
  db = await useIndexedDb();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  db.close();
});

/** What IndexedDB holds: the check the issue asks for after every refused link. */
const saved = async () => ({ carePlans: await db.count('carePlans'), sessions: await db.count('sessions') });

function open(link: string) {
  openInAddressBar(link);
  return render(<CarePlanImportScreen />);
}

const acceptButton = () => screen.findByRole('button', { name: 'Accept this plan' });

async function refused(link: string): Promise<string> {
  open(link);
  await screen.findByRole('heading', { name: 'This plan can’t be opened' });
  expect(screen.getByText('Nothing was saved.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Accept this plan' })).toBeNull();
  expect(await saved()).toEqual({ carePlans: 0, sessions: 0 });
  return screen.getByRole('alert').textContent ?? '';
}

describe('CarePlanImportScreen: a valid link', () => {
  it('previews the plan from the therapist before anything is saved', async () => {
    const plan = makePlan();
    open(linkOf(plan));
    await acceptButton();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Plan from Maria Gonzalez, LMT');
    expect(screen.getByText('Riverside Massage Therapy')).toBeTruthy();
    const exercises = within(screen.getByRole('heading', { name: 'Home exercises' }).nextElementSibling as HTMLElement);
    expect(exercises.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Chin tuck: 2 × 10 reps, 3× a day for 21 days',
      'Neck side bend: 2 × 30 s hold, 2× a day for 21 days',
      'Shoulder rolls: 1 × 10 reps, 1× a day for 3 days',
    ]);
    expect(screen.getByText('No heavy lifting for 48 hours.')).toBeTruthy();
    // Day and month are in the device's locale; the clock is the plan's zone's.
    expect(screen.getByText(/Next appointment:/).parentElement?.textContent).toMatch(/^Next appointment: .*\b26\b.* at 10:00/);
    expect(await saved()).toEqual({ carePlans: 0, sessions: 0 });
  });

  it('saves on Accept, once, and takes the fragment out of the address bar and history', async () => {
    const plan = makePlan();
    open(linkOf(plan));
    const entries = history.length;
    fireEvent.click(await acceptButton());
    await waitFor(() => expect(currentRoute.value).toBe('exercises'));
    expect(location.hash).toBe('');
    expect(location.pathname).toBe('/exercises');
    expect(history.length).toBe(entries);
    expect(await saved()).toEqual({ carePlans: 1, sessions: 1 });
    expect(activeCarePlan.value).toEqual({ id: plan.id, acceptedAt: NOW, plan });
  });

  it('opens a link from before links had a checksum, saying it could not be checked, and saves it on Accept', async () => {
    const plan = makePlan();
    const notice = /made by an older version of Aftercare, so it can’t be checked for damage/;
    open(`${location.origin}/plan#${packedWithoutChecksum(unpackedWithNode(payloadOf(linkOf(plan))))}`);
    await acceptButton();
    expect(screen.getByRole('status').textContent).toMatch(notice);
    fireEvent.click(await acceptButton());
    await waitFor(async () => expect(await saved()).toEqual({ carePlans: 1, sessions: 1 }));
    cleanup();
    open(linkOf(makePlan({ dos: ['Rest.'] })));
    await acceptButton();
    expect(screen.queryByText(notice)).toBeNull();
  });

  it('saves a double tap on Accept once', async () => {
    open(linkOf(makePlan()));
    const accept = await acceptButton();
    fireEvent.click(accept);
    fireEvent.click(accept);
    await waitFor(() => expect(currentRoute.value).toBe('exercises'));
    await waitFor(async () => expect(await saved()).toEqual({ carePlans: 1, sessions: 1 }));
  });

  it('says a link opened again is already here, and adds nothing', async () => {
    const link = linkOf(makePlan());
    open(link);
    fireEvent.click(await acceptButton());
    await waitFor(() => expect(currentRoute.value).toBe('exercises'));
    cleanup();
    currentRoute.value = 'planImport';

    open(link);
    await screen.findByText('You already have this plan on this phone. Opening it again adds nothing.');
    expect(screen.queryByRole('button', { name: 'Accept this plan' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open my plan' }));
    expect(currentRoute.value).toBe('exercises');
    expect(location.hash).toBe('');
    expect(await saved()).toEqual({ carePlans: 1, sessions: 1 });
  });

  it('waits for storage to open before saying whether the plan is already here', async () => {
    const plan = makePlan();
    await store.value.acceptCarePlan({ id: plan.id, acceptedAt: NOW - DAY, plan });
    const stored = store.value;
    // As at app start: an empty memory store stands in until IndexedDB has opened.
    loaded.value = false;
    store.value = memoryStore();
    open(linkOf(plan));
    await screen.findByRole('status');
    expect(screen.queryByRole('button', { name: 'Accept this plan' })).toBeNull();
    store.value = stored;
    loaded.value = true;
    await screen.findByText(/You already have this plan on this phone/);
  });

  it('leaves on "Not now" with nothing saved and the fragment forgotten', async () => {
    open(linkOf(makePlan()));
    await acceptButton();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(currentRoute.value).toBe('home');
    expect(location.hash).toBe('');
    expect(await saved()).toEqual({ carePlans: 0, sessions: 0 });
  });

  it('keeps the link and says so when saving fails', async () => {
    store.value = { ...store.value, acceptCarePlan: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const link = linkOf(makePlan());
    open(link);
    fireEvent.click(await acceptButton());
    await screen.findByText('The plan was not saved. Please try again.');
    expect(location.hash).toBe(new URL(link).hash);
    expect(currentRoute.value).toBe('planImport');
  });

  it('shows markup in a plan as text, and runs none of it', async () => {
    const trap = vi.fn();
    vi.stubGlobal('pwned', trap);
    const name = '<img src=x onerror="pwned()">';
    const step = '<script>pwned()</script>';
    const plan = makePlan({
      therapist: { name },
      exercises: [{ ...EXERCISE_LIBRARY[0]!, name: '<b onclick="pwned()">Bold</b>', steps: [step] }],
      dos: ['<a href="javascript:pwned()">tap</a>'],
    });
    const { container } = open(linkOf(plan));
    await acceptButton();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(`Plan from ${name}`);
    expect(screen.getByText(/<b onclick="pwned\(\)">Bold<\/b>/)).toBeTruthy();
    expect(screen.getByText('<a href="javascript:pwned()">tap</a>')).toBeTruthy();
    expect(container.querySelector('img, script, b, a')).toBeNull();
    expect(trap).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

describe('CarePlanImportScreen: a link that must be refused', () => {
  it('refuses a truncated link', async () => {
    const link = linkOf(makePlan());
    expect(await refused(link.slice(0, -25))).toBe('This plan link is damaged or incomplete. Ask for it to be sent again.');
  });

  it('refuses a tampered link, and forgets its fragment', async () => {
    const link = linkOf(makePlan());
    const at = link.indexOf('#p1.') + 40;
    const tampered = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    expect(await refused(tampered)).not.toBe('');
    expect(location.hash).toBe('');
  });

  it('refuses an oversized link', async () => {
    expect(await refused(`${location.origin}/plan#p1.${'A'.repeat(5_000)}`)).toBe('This link is too long to be an Aftercare plan.');
  });

  it('refuses a link from a newer version of the app', async () => {
    const link = linkOf(makePlan()).replace('#p1.', '#p2.');
    expect(await refused(link)).toBe('This plan was made with a newer version of Aftercare. Update the app to open it.');
  });

  it('refuses a plan with 500 exercises', async () => {
    const compact = toCompactPlan(makePlan());
    compact[4] = Array.from({ length: 500 }, (_, i) => EXERCISE_LIBRARY[i % EXERCISE_LIBRARY.length]!.id);
    expect(await refused(`${location.origin}/plan#${packedWithNode(compact)}`)).toBe('A plan can hold at most 20 exercises; this one has 500.');
  });

  it('refuses a plan whose appointment has passed', async () => {
    const link = linkOf(makePlan({ nextAppointment: NOW + DAY }));
    fixClock(NOW + 2 * DAY);
    expect(await refused(link)).toBe('The next appointment is in the past.');
  });

  it('refuses a plan dated in the future', async () => {
    const link = linkOf(makePlan());
    fixClock(NOW - DAY);
    expect(await refused(link)).toMatch(/The plan's date is in the future/);
  });

  it('reads a second link opened in the same tab after a broken one', async () => {
    await refused(linkOf(makePlan()).slice(0, -25));
    // The address bar now says /plan, so a new /plan#… link only changes the fragment: no reload.
    location.hash = new URL(linkOf(makePlan())).hash;
    await acceptButton();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Plan from Maria Gonzalez, LMT');
  });

  it('says when there is no plan in the link', async () => {
    expect(await refused(`${location.origin}/plan`)).toBe('This link has no plan in it. Ask your therapist to send it again.');
  });
});

describe('CarePlanImportScreen: in the client’s language', () => {
  it('previews the plan in Spanish, keeping the therapist’s own words as written', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    open(linkOf(makePlan()));
    await screen.findByRole('button', { name: 'Aceptar este plan' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Plan de Maria Gonzalez, LMT');
    const exercises = within(screen.getByRole('heading', { name: 'Ejercicios en casa' }).nextElementSibling as HTMLElement);
    expect(exercises.getAllByRole('listitem').at(-1)?.textContent).toBe('Shoulder rolls: 1 × 10 repeticiones, 1 vez al día durante 3 días');
    expect(screen.getByRole('heading', { name: 'Qué evitar' }).nextElementSibling?.textContent).toBe('No heavy lifting for 48 hours.');
    expect(screen.getByText('Próxima cita:').parentElement?.textContent).toMatch(/^Próxima cita: .*\b26\b.* a las 10:00$/);
    expect(screen.getByRole('button', { name: 'Ahora no' })).toBeTruthy();
  });

  it('refuses a damaged link in Spanish', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    open(linkOf(makePlan()).slice(0, -25));
    await screen.findByRole('heading', { name: 'No se puede abrir este plan' });
    expect(screen.getByRole('alert').textContent).toBe('El enlace del plan está dañado o incompleto. Pide que te lo envíen de nuevo.');
    expect(screen.getByText('No se guardó nada.')).toBeTruthy();
    expect(await saved()).toEqual({ carePlans: 0, sessions: 0 });
  });
});
