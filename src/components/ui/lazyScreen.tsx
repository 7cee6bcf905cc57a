import { signal } from '@preact/signals-core';
import type { ComponentType } from 'preact';
import { shellText } from '../../domain/i18n';

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
    const t = shellText();
    if (failed.value) {
      return (
        <p role="alert">
          {t.screenFailed} <a href={location.pathname}>{t.tryAgain}</a>.
        </p>
      );
    }
    return <p class="muted" role="status">{t.loading}</p>;
  };
}
