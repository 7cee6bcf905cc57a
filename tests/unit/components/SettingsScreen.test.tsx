import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsScreen } from '../../../src/components/settings/SettingsScreen';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { settings } from '../../../src/state/hydration/hydrationSignals';
import { store } from '../../../src/state/data/storeState';
import { resetAppState } from './testState';
import { loadCatalogue, useCatalogue, type Locale } from '../../../src/domain/i18n';
import { language } from '../../../src/state/language/language';

beforeEach(resetAppState);
afterEach(() => {
  cleanup();
  language.value = 'en';
});

/** As languageSwitch does: the catalogue, then the signal App reads to draw every screen again. */
async function speak(locale: Locale) {
  useCatalogue(locale, await loadCatalogue(locale));
  language.value = locale;
}

/** App reads the language, so a switch draws the screen again; this stands in for it. */
function InApp() {
  void language.value;
  return <SettingsScreen />;
}

describe('SettingsScreen', () => {
  it('shows the current settings in labelled fields', () => {
    render(<SettingsScreen />);
    expect((screen.getByLabelText('Wake time') as HTMLInputElement).value).toBe(DEFAULT_SETTINGS.wakeTime);
    expect((screen.getByLabelText('Bedtime') as HTMLInputElement).value).toBe(DEFAULT_SETTINGS.bedtime);
    expect((screen.getByLabelText('Glass size (ml)') as HTMLInputElement).value).toBe('250');
    expect(screen.getByLabelText('Show amounts in')).toBeTruthy();
    expect(screen.getByLabelText('A good daily amount (glasses)')).toBeTruthy();
  });

  // Issue 10: a bedtime before wake time is a night owl's day, and a day of any length is valid (it
  // used to need 4 hours); only a bedtime equal to the wake time is refused.
  it('refuses a bedtime equal to the wake time and a 5-litre glass, saving nothing', async () => {
    render(<SettingsScreen />);
    fireEvent.input(screen.getByLabelText('Bedtime'), { target: { value: DEFAULT_SETTINGS.wakeTime } });
    fireEvent.input(screen.getByLabelText('Glass size (ml)'), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByLabelText('Bedtime').getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('error-bedtime')?.textContent).toMatch(/different times/i);
    expect(document.getElementById('error-glassMl')?.textContent).toMatch(/ml/);
    expect(await store.value.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(settings.value).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a waking day of two hours', async () => {
    render(<SettingsScreen />);
    fireEvent.input(screen.getByLabelText('Bedtime'), { target: { value: '09:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Settings saved/)).toBeTruthy();
    expect(await store.value.getSettings()).toMatchObject({ wakeTime: '07:00', bedtime: '09:00' });
  });

  it('saves valid settings and confirms', async () => {
    render(<SettingsScreen />);
    fireEvent.input(screen.getByLabelText('Bedtime'), { target: { value: '23:15' } });
    fireEvent.change(screen.getByLabelText('Show amounts in'), { target: { value: 'floz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Settings saved/)).toBeTruthy();
    expect(await store.value.getSettings()).toMatchObject({ bedtime: '23:15', unit: 'floz' });
  });

  it('speaks Spanish, and switches to German in place, keeping what was typed and its messages', async () => {
    await speak('es');
    render(<InApp />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ajustes');
    fireEvent.input(screen.getByLabelText('Hora de dormir'), { target: { value: '07:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar ajustes' }));
    await waitFor(() => expect(document.getElementById('error-bedtime')?.textContent)
      .toBe('La hora de dormir y la de despertar tienen que ser distintas.'));
    expect(screen.getByRole('option', { name: 'Onzas líquidas (fl oz)' })).toBeTruthy();

    await speak('de');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Einstellungen'));
    expect((screen.getByLabelText('Schlafenszeit') as HTMLInputElement).value).toBe('07:00');
    expect(document.getElementById('error-bedtime')?.textContent).toBe('Schlafenszeit und Aufstehzeit müssen verschieden sein.');
    expect(screen.getByRole('button', { name: 'Einstellungen speichern' })).toBeTruthy();
  });
});
