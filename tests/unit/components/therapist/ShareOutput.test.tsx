import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareOutput } from '../../../../src/components/therapist/ShareOutput';
import { carePlanLink, MAX_LINK_LENGTH } from '../../../../src/domain/links/carePlanCodec';
import { samplePlan } from '../../../fixtures/carePlanFigures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const plan = samplePlan(3, Date.now());
const link = carePlanLink(location.origin, plan);

function stubNavigator(extra: Record<string, unknown>) {
  const own = Object.fromEntries(Object.entries(extra).map(([key, value]) => [key, { value }]));
  vi.stubGlobal('navigator', Object.create(navigator, own) as Navigator);
}

describe('ShareOutput', () => {
  it('shows the link, its length against the QR limit, and the code', () => {
    render(<ShareOutput plan={plan} link={link} fitsQrCode />);
    expect(screen.getByText(link)).toBeTruthy();
    expect(screen.getByText(`Link: ${link.length} characters — fits a QR code (limit 997).`)).toBeTruthy();
    expect(screen.getByRole('img', { name: "QR code of the plan's link" })).toBeTruthy();
  });

  it('offers the link only when it is too long for a QR code', () => {
    const long = `${link}${'x'.repeat(MAX_LINK_LENGTH)}`;
    render(<ShareOutput plan={plan} link={long} fitsQrCode={false} />);
    expect(screen.getByText(/too long for a QR code \(limit 997\)\. Send the link instead/)).toBeTruthy();
    expect(screen.getByText(/^Link: 1,\d{3} characters/)).toBeTruthy();
    // No QR code (the handout's exercise figures are images too, so the code is asked for by name).
    expect(screen.queryByRole('img', { name: "QR code of the plan's link" })).toBeNull();
    expect(screen.getByText(long)).toBeTruthy();
  });

  it('copies the link to the clipboard', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubNavigator({ clipboard: { writeText } });
    render(<ShareOutput plan={plan} link={link} fitsQrCode />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied.'));
    expect(writeText).toHaveBeenCalledWith(link);
  });

  it('selects the link for a manual copy when the clipboard refuses', async () => {
    stubNavigator({ clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    render(<ShareOutput plan={plan} link={link} fitsQrCode />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/the link is selected/));
    expect(getSelection()?.toString()).toBe(link);
  });

  it('shares through the Web Share API only where there is one', async () => {
    const { unmount } = render(<ShareOutput plan={plan} link={link} fitsQrCode />);
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    unmount();
    const share = vi.fn(() => Promise.reject(Object.assign(new Error('closed'), { name: 'AbortError' })));
    stubNavigator({ share });
    render(<ShareOutput plan={plan} link={link} fitsQrCode />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: link })));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('prints the handout, which carries the exercises with their steps', () => {
    // happy-dom has no window.print.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<ShareOutput plan={plan} link={link} fitsQrCode />);
    fireEvent.click(screen.getByRole('button', { name: 'Print handout' }));
    expect(print).toHaveBeenCalledOnce();
    const handout = document.querySelector('.handout');
    expect(handout?.textContent).toContain('From Maria Gonzalez, LMT, Riverside Massage Therapy');
    for (const exercise of plan.exercises) expect(handout?.textContent).toContain(exercise.steps[0]);
    expect(handout?.textContent).toContain('6 sessions, every 2 weeks');
  });
});
