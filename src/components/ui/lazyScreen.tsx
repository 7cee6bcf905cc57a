import { signal } from '@preact/signals-core';
import type { ComponentType } from 'preact';

/**
 * A screen whose code loads on first visit, keeping it out of the first screen's JavaScript
 * (budget: 20 KB gzip). The service worker precaches every chunk, so this works offline too.
 */
export function lazyScreen<P extends object = object>(load: () => Promise<ComponentType<P>>, { quiet = false } = {}): ComponentType<P> {
  const loaded = signal<ComponentType<P> | null>(null);
  const failed = signal(false);
  let started = false;
  return function LazyScreen(props: P) {
    if (!started) {
      started = true;
      load().then((screen) => (loaded.value = screen), () => (failed.value = true));
    }
    const Screen = loaded.value;
    if (Screen) return <Screen {...props} />;
    if (quiet) return null;
    if (failed.value) {
      return (
        <p role="alert">
          This screen could not load. Check your connection once, then <a href={location.pathname}>try again</a>.
        </p>
      );
    }
    return <p class="muted" role="status">Loading…</p>;
  };
}
