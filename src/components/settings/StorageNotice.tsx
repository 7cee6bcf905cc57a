import { reloadRequired, storageProblem } from '../../state/data/storeState';
import { retryUnsavedDrinks, unsavedDrinks } from '../../state/hydration/unsavedDrinks';
import '../ui/shared.css';

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
  const unsaved = unsavedDrinks.value.length;
  if (!storageProblem.value && unsaved === 0) return null;
  return (
    <div class="notice" role="alert">
      {storageProblem.value && <p>{storageProblem.value}</p>}
      {unsaved > 0 && (
        <>
          <p>{unsaved === 1 ? '1 drink is' : `${unsaved} drinks are`} not saved yet. It still counts; Aftercare keeps trying to save it.</p>
          <button type="button" class="button" onClick={() => void retryUnsavedDrinks()}>Try again now</button>
        </>
      )}
    </div>
  );
}
