/**
 * The client's language at the desk: chosen on the compose screen (the desk's own language first),
 * carried by the link, and used for the printed handout and the share sheet while every other word
 * on the desk stays in the therapist's language.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareOutput } from '../../../../src/components/therapist/ShareOutput';
import { TherapistScreen } from '../../../../src/components/therapist/TherapistScreen';
import { activeLocale, loadCatalogue, useCatalogue } from '../../../../src/domain/i18n';
import { carePlanLink, decodeCarePlan, readPlanFragment } from '../../../../src/domain/links/carePlanCodec';
import { samplePlan } from '../../../fixtures/carePlanFigures';
import { resetAppState } from '../testState';
import { fillRequired, makeLink, shownLink } from './compose';

beforeEach(resetAppState);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const handout = () => document.querySelector('.handout')?.textContent ?? '';

describe("the client's language at the desk", () => {
  it('is chosen on the compose screen, carried by the link, and prints the handout in it while the desk stays English', async () => {
    render(<TherapistScreen />);
    const select = screen.getByLabelText<HTMLSelectElement>("Client's language");
    expect(select.value).toBe('en');
    expect([...select.options].map((o) => o.textContent)).toEqual(['English', 'Español', 'Français', 'Deutsch', 'Português (Brasil)']);
    fillRequired();
    fireEvent.change(select, { target: { value: 'es' } });
    expect(screen.getByText('Language:').parentElement?.textContent).toBe('Language: Español');
    makeLink();

    const decoded = decodeCarePlan(readPlanFragment(new URL(shownLink()).hash) ?? '', Date.now());
    expect(decoded.ok && decoded.language).toBe('es');
    await waitFor(() => expect(handout()).toContain('Tu plan de cuidados'));
    expect(handout()).toContain('De Maria Gonzalez, LMT, después de tu sesión de');
    expect(handout()).toMatch(/del \d{1,2} de [a-z]+ de \d{4}\./);
    expect(handout()).toContain('¿Tienes preguntas o no te encuentras bien?');
    expect(document.querySelector('figcaption .print-only')?.textContent).toBe('Escanea para abrir tu plan');
    // The desk itself is still in the therapist's language.
    expect(activeLocale()).toBe('en');
    expect(screen.getByRole('heading', { name: "Your client's plan is ready" })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print handout' })).toBeTruthy();
  });

  it('prints every word of the handout in Spanish, dates and numbers too, and shares in Spanish', async () => {
    const plan = samplePlan(3, Date.now());
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', Object.create(navigator, { share: { value: share } }) as Navigator);
    render(<ShareOutput plan={plan} link={carePlanLink(location.origin, plan, 'es')} fitsQrCode contact="555 0100" language="es" />);
    await waitFor(() => expect(handout()).toContain('Ejercicios en casa'));
    const text = handout();
    for (const words of ['Agua hoy: ', 'durante el resto del día', 'Qué hacer', 'Qué evitar', 'Próxima cita:', 'Serie:', '6 sesiones, cada 2 semanas.', ' · 555 0100. ']) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/\d series? × /);
    expect(text).not.toMatch(/\b(Water|Home exercises|Next appointment|Series|sessions|every|once a day|twice a day)\b/);
    // What the therapist wrote stays as written.
    expect(text).toContain(plan.dos[0]);
    expect(document.querySelector('.handout')?.getAttribute('lang')).toBe('es');
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(share).toHaveBeenCalledWith(expect.objectContaining({ title: 'Tu plan de cuidados', text: 'Tu plan de cuidados de Maria Gonzalez, LMT' })));
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
  });

  it('draws the whole desk in Spanish when the app is in Spanish, and offers Spanish for the client first', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    render(<TherapistScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Para terapeutas');
    expect(screen.getByLabelText<HTMLSelectElement>('Idioma del cliente').value).toBe('es');
    expect(screen.getByRole('button', { name: 'Crear el enlace' })).toBeTruthy();
    expect(screen.getByText(/^Los \d+ ejercicios$/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lo que recibe tu cliente' })).toBeTruthy();
    expect(screen.getByText('Empezar con una plantilla')).toBeTruthy();
    expect(document.querySelector('.template-list__name')?.textContent).toBe('Cuello y hombros de oficina');
  });
});
