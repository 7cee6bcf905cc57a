import { fireEvent, screen } from '@testing-library/preact';
import { decodeCarePlan, readPlanFragment } from '../../../../src/domain/links/carePlanCodec';
import type { CarePlan } from '../../../../src/domain/carePlan/carePlan';
import { toDateTimeLocal } from '../../../../src/components/ui/dateTimeLocal';

/** Shared steps for the therapist screen's tests: fill the form the way a therapist would. */
export function fillRequired({ kind = 'Deep tissue', name = 'Maria Gonzalez, LMT' } = {}): void {
  fireEvent.click(screen.getByRole('radio', { name: kind }));
  fireEvent.input(screen.getByLabelText('Your name'), { target: { value: name } });
}

export function typeInto(label: string | HTMLElement, value: string): void {
  const field = typeof label === 'string' ? screen.getByLabelText(label) : label;
  fireEvent.input(field, { target: { value } });
}

export function setDateTime(label: string, at: number): void {
  typeInto(label, toDateTimeLocal(at));
}

export function makeLink(): void {
  fireEvent.click(screen.getByRole('button', { name: /^Make the link/ }));
}

export function shownLink(): string {
  const link = document.getElementById('share-link')?.textContent;
  if (!link) throw new Error('No link on screen');
  return link;
}

/** What a client opening the link would get. */
export function openLink(link: string): CarePlan {
  const payload = readPlanFragment(new URL(link).hash);
  const decoded = decodeCarePlan(payload ?? '', Date.now());
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.plan;
}
