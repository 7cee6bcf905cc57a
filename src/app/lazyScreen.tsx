import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/**
 * A screen whose code loads on first visit, keeping it out of the first screen's JavaScript
 * (budget: 20 KB gzip). The service worker precaches every chunk, so this works offline too.
 */
export function lazyScreen(load: () => Promise<ComponentType>): ComponentType {
  const loaded = signal<ComponentType | null>(null);
  const failed = signal(false);
  let started = false;
  return function LazyScreen() {
    if (!started) {
      started = true;
      load().then((screen) => (loaded.value = screen), () => (failed.value = true));
    }
    const Screen = loaded.value;
    if (Screen) return <Screen />;
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
