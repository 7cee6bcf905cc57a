import { reloadRequired, storageProblem } from '../state/storeState';

/** Says, in words, when data can't be kept or another tab needs this one to reload. */
export function StorageNotice() {
  if (reloadRequired.value) {
    return (
      <div class="notice" role="alert">
        <p>Aftercare was updated in another tab. Reload to keep saving here.</p>
        <button type="button" class="button" onClick={() => location.reload()}>Reload</button>
      </div>
    );
  }
  if (!storageProblem.value) return null;
  return (
    <div class="notice" role="alert">
      <p>{storageProblem.value}</p>
    </div>
  );
}
