/** The notices and the Reminders card in other languages, with their plurals. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageNotice } from '../../../src/components/settings/StorageNotice';
import { RemindersCard } from '../../../src/components/reminders/RemindersCard';
import { calendarText, dataText, loadCatalogue, useCatalogue, type Locale } from '../../../src/domain/i18n';
import { storageProblem } from '../../../src/state/data/storeState';
import { unsavedDrinks } from '../../../src/state/hydration/unsavedDrinks';
import { language } from '../../../src/state/language/language';
import { notificationPermission } from '../../../src/state/reminders/notificationPermission';
import type { DrinkRecord } from '../../../src/storage/schema';
import { resetAppState } from './testState';

beforeEach(resetAppState);
afterEach(() => {
  cleanup();
  unsavedDrinks.value = [];
  language.value = 'en';
});

async function speak(locale: Locale) {
  useCatalogue(locale, await loadCatalogue(locale));
  language.value = locale;
}

/** App reads the language and draws the notice again on a switch; this stands in for it. */
function NoticeInApp() {
  void language.value;
  return <StorageNotice />;
}

const drink = (id: string): DrinkRecord => ({ id, day: '2026-06-10', at: Date.parse('2026-06-10T10:00:00Z'), beverage: 'water', volumeMl: 250 });

describe('StorageNotice', () => {
  it('says why data is not kept in the language of the moment', async () => {
    storageProblem.value = 'full';
    render(<NoticeInApp />);
    expect(screen.getByRole('alert').textContent).toMatch(/out of storage space/);
    await speak('es');
    expect(await screen.findByText(/Tu teléfono no tiene espacio para Aftercare/)).toBeTruthy();
  });

  it('counts unsaved drinks in French, one and two', async () => {
    await speak('fr');
    unsavedDrinks.value = [drink('d1')];
    render(<StorageNotice />);
    expect(screen.getByText(/^1 boisson n’est pas encore enregistrée\. Elle compte quand même/)).toBeTruthy();
    cleanup();
    unsavedDrinks.value = [drink('d1'), drink('d2')];
    render(<StorageNotice />);
    expect(screen.getByText(/^2 boissons ne sont pas encore enregistrées\. Elles comptent quand même/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer maintenant' })).toBeTruthy();
  });
});

describe('plurals of the settings area', () => {
  it('treat a French zero as singular and a Portuguese two as plural', async () => {
    await speak('fr');
    expect(calendarText().eventsSaved(0)).toBe('0 événement enregistré');
    expect(calendarText().eventsSaved(1)).toBe('1 événement enregistré');
    expect(calendarText().eventsSaved(2)).toBe('2 événements enregistrés');
    expect(dataText().importDone({ sessionsAdded: 1, drinksAdded: 0, planRecordsAdded: 0, alreadyHere: 2, settingsRestored: true }))
      .toBe('Importation terminée : 1 séance et 0 boisson importées ; 2 éléments déjà présents sur ce téléphone ont été conservés tels quels ; réglages restaurés.');
    await speak('pt-BR');
    expect(dataText().unsavedDrinks(2)).toMatch(/^2 bebidas ainda não foram salvas/);
    expect(calendarText().eventsSaved(1)).toBe('1 evento salvo');
  });

  it('keep the English import summary as it was', () => {
    expect(dataText().importDone({ sessionsAdded: 1, drinksAdded: 1, planRecordsAdded: 0, alreadyHere: 0, settingsRestored: false }))
      .toBe('Import complete: 1 session and 1 drink imported.');
  });
});

describe('RemindersCard', () => {
  it('explains blocked notifications and offers the calendar in Spanish', async () => {
    await speak('es');
    notificationPermission.value = 'denied';
    render(<RemindersCard timeZone="Europe/Madrid" today="2026-06-10" />);
    expect(screen.getByRole('heading', { name: 'Recordatorios' })).toBeTruthy();
    expect(screen.getByText(/Las notificaciones de Aftercare están bloqueadas/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Añadir a mi calendario' })).toBeTruthy();
  });

  it('lists the iPhone steps in German', async () => {
    await speak('de');
    notificationPermission.value = 'needs-home-screen';
    render(<RemindersCard timeZone="Europe/Berlin" today="2026-06-10" />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Tippen Sie in Safari auf die Teilen-Taste.',
      'Wählen Sie „Zum Home-Bildschirm“.',
      'Öffnen Sie Aftercare vom Home-Bildschirm aus und schalten Sie dort die Erinnerungen ein.',
    ]);
  });
});
