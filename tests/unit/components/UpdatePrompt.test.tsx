import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pendingUpdate, UpdatePrompt } from '../../../src/app/UpdatePrompt';

afterEach(() => {
  cleanup();
  pendingUpdate.value = null;
});

describe('UpdatePrompt', () => {
  it('stays hidden until an update is waiting', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByText(/new version/)).toBeNull();
  });

  it('reloads only when the user agrees', async () => {
    const apply = vi.fn();
    pendingUpdate.value = apply;
    render(<UpdatePrompt />);
    expect(await screen.findByText('A new version of Aftercare is ready.')).toBeTruthy();
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(apply).toHaveBeenCalledOnce();
  });

  it('can be put off without reloading', async () => {
    const apply = vi.fn();
    pendingUpdate.value = apply;
    render(<UpdatePrompt />);
    fireEvent.click(await screen.findByRole('button', { name: 'Later' }));
    expect(apply).not.toHaveBeenCalled();
    expect(screen.queryByText(/new version/)).toBeNull();
  });
});
