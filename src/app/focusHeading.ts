/**
 * Moves focus to the screen's h1 so keyboard and screen-reader users start at the new screen.
 * A lazily loaded screen shows "Loading…" first, so this waits for the heading to appear.
 * Returns a cleanup that stops waiting.
 */
export function focusHeadingWhenReady(container: HTMLElement | null): () => void {
  if (!container) return () => {};
  const tryFocus = () => {
    const heading = container.querySelector<HTMLElement>('h1');
    heading?.focus();
    return !!heading;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) observer.disconnect();
  });
  observer.observe(container, { childList: true, subtree: true });
  const giveUp = setTimeout(() => observer.disconnect(), 5_000);
  return () => {
    observer.disconnect();
    clearTimeout(giveUp);
  };
}
