import '../ui/forms.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dataText } from '../../domain/i18n';

/** "Delete all my data", behind a confirmation that names what will go. */
export function DeleteAllData({ onDelete }: { onDelete: () => Promise<{ ok: boolean }> }) {
  const t = dataText();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Focus the safe choice when the question appears.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  async function confirm() {
    const { ok } = await onDelete();
    if (!ok) return setFailed(true);
    location.replace('/');
  }

  if (!confirming) {
    return (
      <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
        {t.deleteAll}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-labelledby="confirm-delete-title">
      <p id="confirm-delete-title"><strong>{t.deleteQuestion}</strong> {t.deleteWhat}</p>
      <div class="data-actions">
        <button type="button" class="button button--danger-solid" onClick={() => void confirm()}>{t.deleteYes}</button>
        <button type="button" class="button" ref={cancelRef} onClick={() => setConfirming(false)}>{t.cancel}</button>
      </div>
      {failed && <p class="error" role="alert">{t.deleteFailed}</p>}
    </div>
  );
}
