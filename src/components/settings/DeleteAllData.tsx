import '../ui/forms.css';
import { useEffect, useRef, useState } from 'preact/hooks';

/** "Delete all my data", behind a confirmation that names what will go. */
export function DeleteAllData({ onDelete }: { onDelete: () => Promise<{ ok: boolean }> }) {
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
        Delete all my data
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-labelledby="confirm-delete-title">
      <p id="confirm-delete-title"><strong>Delete everything?</strong> Your sessions, plans, drinks and settings will be removed from this phone, with any reminders. This can’t be undone.</p>
      <div class="data-actions">
        <button type="button" class="button button--danger-solid" onClick={() => void confirm()}>Yes, delete everything</button>
        <button type="button" class="button" ref={cancelRef} onClick={() => setConfirming(false)}>Cancel</button>
      </div>
      {failed && <p class="error" role="alert">Some data could not be deleted. Please try again.</p>}
    </div>
  );
}
