/** Today, History and the intake form drawn in another language (English stays the default elsewhere). */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryScreen } from '../../../src/components/history/HistoryScreen';
import { TodayScreen } from '../../../src/components/hydration/TodayScreen';
import { IntakeScreen } from '../../../src/components/session/IntakeScreen';
import { loadCatalogue, useCatalogue, type DisplayLocale } from '../../../src/domain/i18n';
import { planHydration } from '../../../src/domain/hydration/hydrationPlan';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { recentSessions, settings } from '../../../src/state/hydration/hydrationSignals';
import { language } from '../../../src/state/language/language';
import { store } from '../../../src/state/data/storeState';
import type { SessionRecord } from '../../../src/storage/schema';
import { resetAppState } from './testState';

function startPlan(): SessionRecord {
  const endedAt = Date.now() - 10 * 60_000;
  const session = { kind: 'deep-tissue' as const, pressure: 'deep' as const, usualGlassesPerDay: 3, endedAt };
  // A day with no night to speak of, so the plan is today's whenever the test runs.
  settings.value = { ...DEFAULT_SETTINGS, wakeTime: '00:00', bedtime: '23:59' };
  const plan = planHydration({ sessionId: 'plan-1', session, settings: settings.value, timeZone: 'Europe/London' });
  const record = { id: 'plan-1', createdAt: endedAt, session, plan, glassMl: 250 };
  recentSessions.value = [record];
  return record;
}

/** As App does: reading the language redraws the screen (a new element each time) in place when it changes. */
function TodayInApp() {
  void language.value;
  return <TodayScreen />;
}

async function speak(locale: DisplayLocale): Promise<void> {
  useCatalogue(locale, await loadCatalogue(locale));
  language.value = locale;
}

beforeEach(resetAppState);
afterEach(() => {
  cleanup();
  language.value = 'en';
});

describe('Today in Spanish', () => {
  it('names the goal, the ring and what counts in Spanish, with singular and plural glasses', async () => {
    await speak('es');
    startPlan();
    render(<TodayScreen />);
    expect(screen.getByRole('heading', { name: 'Tu plan para hoy' })).toBeTruthy();
    expect(screen.getByText(/^5 vasos para las? \d\d:\d\d$/)).toBeTruthy();
    expect(screen.getByRole('img', { name: '0 de 5 vasos' })).toBeTruthy();
    expect(screen.getByText(/^Después de tu sesión de tejido profundo — tu propio plan/)).toBeTruthy();
    const guide = screen.getByRole('heading', { name: 'Qué beber' }).parentElement!;
    expect(within(guide).getByText('Té helado de infusión, sin azúcar')).toBeTruthy();
    expect(within(guide).getByText('Café (también espresso y descafeinado)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '+1 vaso de agua' }));
    await screen.findByRole('img', { name: '1 de 5 vasos' });
    expect(await screen.findByText('Anotado: Agua, 1 vaso.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deshacer' })).toBeTruthy();
  });

  it('offers sizes in Spanish with a decimal comma', async () => {
    await speak('es');
    startPlan();
    render(<TodayScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Café' }));
    const sizes = screen.getByRole('group', { name: 'Café: ¿cuánto?' });
    const names = within(sizes).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Vaso1 vaso', 'Espresso0,1 vasos', 'Taza0,8 vasos', 'Tazón1,2 vasos', 'Otra cantidad', 'Cancelar']);
  });

  it('tells a new user how to start, in Spanish', async () => {
    await speak('es');
    render(<TodayScreen />);
    expect(screen.getByRole('heading', { name: 'Todavía no hay plan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Empezar después de mi masaje' })).toBeTruthy();
  });
});

describe('Today switches language in place', () => {
  it('redraws in German without losing the count', async () => {
    startPlan();
    render(<TodayInApp />);
    fireEvent.click(screen.getByRole('button', { name: '+1 glass of water' }));
    await screen.findByRole('img', { name: '1 of 5 glasses' });
    await speak('de');
    expect(await screen.findByRole('img', { name: '1 von 5 Gläsern' })).toBeTruthy();
    expect(screen.getByText(/^5 Gläser bis \d\d:\d\d Uhr$/)).toBeTruthy();
  });
});

describe('History in French', () => {
  it('counts the glasses with French plurals', async () => {
    await speak('fr');
    await store.value.addSession(startPlan());
    render(<TodayScreen />);
    fireEvent.click(screen.getByRole('button', { name: '+1 verre d’eau' }));
    await screen.findByRole('img', { name: '1 sur 5 verres' });
    cleanup();
    render(<HistoryScreen />);
    expect(await screen.findByText('Vous avez bu 1 verre qui compte.')).toBeTruthy();
    expect(screen.getByText('Plan : 1 sur 5 verres.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Aujourd’hui · Tissus profonds$/ })).toBeTruthy();
  });
});

describe('The intake form in Portuguese', () => {
  it('asks the four questions and explains what is missing', async () => {
    await speak('pt-BR');
    render(<IntakeScreen />);
    expect(screen.getByRole('group', { name: 'Que tipo de massagem foi?' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Tecido profundo' })).toBeTruthy();
    expect(screen.getByText(/Um copo equivale a 250 ml/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Criar meu plano' }));
    expect(await screen.findByText('Escolha o tipo de massagem.')).toBeTruthy();
  });
});
