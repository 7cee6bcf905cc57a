import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TherapistScreen } from '../../../../src/components/therapist/TherapistScreen';
import { fillRequired, makeLink, openLink, shownLink, typeInto } from './compose';

afterEach(cleanup);

describe('exercise editor: illustration and sides', () => {
  it('lets a custom exercise borrow a library illustration and be done one side at a time, both carried by the link', () => {
    render(<TherapistScreen />);
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Add your own exercise' }));
    typeInto(document.getElementById('ex-custom-1-name') as HTMLElement, 'Seated heel raise');
    const editor = screen.getByRole('group', { name: '1. Seated heel raise' });
    typeInto(within(editor).getByLabelText('Steps'), 'Sit tall.\nLift your heels slowly.');
    expect(within(editor).queryByRole('img')).toBeNull();
    fireEvent.change(within(editor).getByLabelText('Illustration'), { target: { value: 'heel-raise' } });
    expect(within(editor).getByRole('img').getAttribute('aria-label')).toMatch(/^Standing with a hand on the back of a chair, the heels rise/);
    fireEvent.click(within(editor).getByRole('checkbox', { name: 'One side at a time (left, then right)' }));
    makeLink();
    expect(openLink(shownLink()).exercises[0]).toMatchObject({ id: 'custom-1', figure: 'heel-raise', sides: 'each' });
  });

  it("shows a library exercise's own sides, and offers no illustration choice for it", () => {
    render(<TherapistScreen />);
    fillRequired();
    fireEvent.click(screen.getByRole('checkbox', { name: /Calf stretch/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit Calf stretch' }));
    const editor = screen.getByRole('group', { name: '1. Calf stretch' });
    expect((within(editor).getByRole('checkbox', { name: 'One side at a time (left, then right)' }) as HTMLInputElement).checked).toBe(true);
    expect(within(editor).queryByLabelText('Illustration')).toBeNull();
    makeLink();
    expect(openLink(shownLink()).exercises[0]).toMatchObject({ id: 'calf-stretch', sides: 'each', region: 'legs' });
  });
});
