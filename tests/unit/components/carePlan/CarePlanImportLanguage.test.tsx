/**
 * A plan link in the client's language: the app switches to it before the preview shows, keeps the
 * choice, and ignores what is not one of its languages.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CarePlanImportScreen } from '../../../../src/components/carePlan/CarePlanImportScreen';
import { activeLocale } from '../../../../src/domain/i18n';
import { carePlanLink } from '../../../../src/domain/links/carePlanCodec';
import { formatDayLabel } from '../../../../src/domain/time';
import { language } from '../../../../src/state/language/language';
import { LANGUAGE_KEY, languageChoice } from '../../../../src/state/language/languageSwitch';
import { currentRoute } from '../../../../src/state/route';
import { packedWithNode, payloadOf, unpackedWithNode } from '../../domain/carePlanLinks';
import { makePlan, openInAddressBar, resetCarePlanState, ZONE } from './carePlanTestState';

beforeEach(() => {
  resetCarePlanState();
  currentRoute.value = 'planImport';
});
afterEach(() => {
  cleanup();
  language.value = 'en';
  languageChoice.value = 'phone';
  localStorage.clear();
});

function open(link: string) {
  openInAddressBar(link);
  render(<CarePlanImportScreen />);
  return screen.findByRole('button', { name: 'Not now' });
}

describe("opening a plan link in the client's language", () => {
  it('switches the app to Spanish before the preview shows, and keeps the choice', async () => {
    const plan = makePlan();
    openInAddressBar(carePlanLink(location.origin, plan, 'es'));
    render(<CarePlanImportScreen />);
    await screen.findByRole('heading', { level: 1 });
    expect(language.value).toBe('es');
    expect(activeLocale()).toBe('es');
    expect(languageChoice.value).toBe('es');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    // The preview's dates were drawn after the switch, in Spanish.
    expect(document.body.textContent).toContain(formatDayLabel(plan.session.endedAt, ZONE, 'es'));
  });

  it('changes nothing, and stores nothing, when the app already speaks it', async () => {
    await open(carePlanLink(location.origin, makePlan(), 'en'));
    expect(language.value).toBe('en');
    expect(languageChoice.value).toBe('phone');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();
  });

  it('ignores a code that is not one of its languages, and opens the plan', async () => {
    const slots = unpackedWithNode(payloadOf(carePlanLink(location.origin, makePlan(), 'es'))) as unknown[];
    slots[3] = [...(slots[3] as unknown[]).slice(0, 4), 'tlh'];
    await open(`${location.origin}/plan#${packedWithNode(slots)}`);
    expect(screen.getByRole('button', { name: 'Accept this plan' })).toBeTruthy();
    expect(language.value).toBe('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();
  });
});
