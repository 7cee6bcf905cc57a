import { signal } from '@preact/signals-core';
import type { ApplyUpdate } from './swBridge';
import { shellText } from '../domain/i18n';

/** Set when a new version is waiting; holds the function that applies it. */
export const pendingUpdate = signal<ApplyUpdate | null>(null);

/** Announces a new version and reloads only when the user says so. */
export function UpdatePrompt() {
  const apply = pendingUpdate.value;
  if (!apply) return null;
  const t = shellText();
  return (
    <div class="update-prompt" role="status" aria-live="polite">
      <p>{t.updateReady}</p>
      <div class="update-prompt__actions">
        <button type="button" class="button button--primary" onClick={apply}>
          {t.reloadNow}
        </button>
        <button type="button" class="button" onClick={() => (pendingUpdate.value = null)}>
          {t.later}
        </button>
      </div>
    </div>
  );
}
