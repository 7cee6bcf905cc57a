import { signal } from '@preact/signals-core';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';

// tests/unit/setup.ts installs the tracking, as main.tsx does in the app.
afterEach(cleanup);

describe('components follow the signals they read', () => {
  it('re-render when a signal read while rendering changes, and only while they read it', async () => {
    const count = signal(1);
    const show = signal(true);
    let renders = 0;
    function Counter() {
      renders++;
      return <p>{show.value ? `count ${count.value}` : 'hidden'}</p>;
    }
    render(<Counter />);
    count.value = 2;
    expect(await screen.findByText('count 2')).toBeTruthy();
    show.value = false;
    expect(await screen.findByText('hidden')).toBeTruthy();
    const before = renders;
    count.value = 3; // No longer read by the last render.
    await new Promise((done) => setTimeout(done, 20));
    expect(renders).toBe(before);
  });

  it('keep their hooks state, and stop following signals once unmounted', async () => {
    const name = signal('Ana');
    let renders = 0;
    function Greeting() {
      renders++;
      const [greeting] = useState('Hello');
      return <p>{`${greeting}, ${name.value}`}</p>;
    }
    const { unmount } = render(<Greeting />);
    name.value = 'Bo';
    expect(await screen.findByText('Hello, Bo')).toBeTruthy();
    unmount();
    const before = renders;
    name.value = 'Cy';
    await new Promise((done) => setTimeout(done, 20));
    expect(renders).toBe(before);
  });

  it('a parent and a child each follow their own signals', async () => {
    const outer = signal('a');
    const inner = signal('x');
    function Child() {
      return <span>{inner.value}</span>;
    }
    function Parent() {
      return <div data-testid="parent">{outer.value}<Child /></div>;
    }
    render(<Parent />);
    inner.value = 'y';
    await waitFor(() => expect(screen.getByTestId('parent').textContent).toBe('ay'));
    outer.value = 'b';
    await waitFor(() => expect(screen.getByTestId('parent').textContent).toBe('by'));
  });
});
