import { reloadRequired, storageProblem } from '../../state/data/storeState';
import { retryUnsavedDrinks, unsavedDrinks } from '../../state/hydration/unsavedDrinks';
import '../ui/shared.css';
import { dataText } from '../../domain/i18n';

/** Says, in words, when data can't be kept or another tab needs this one to reload. */
export function StorageNotice() {
  const t = dataText();
  if (reloadRequired.value) {
    return (
      <div class="notice" role="alert">
        <p>{t.otherTab}</p>
        <button type="button" class="button" onClick={() => location.reload()}>{t.reload}</button>
      </div>
    );
  }
  const unsaved = unsavedDrinks.value.length;
  const problem = storageProblem.value;
  if (!problem && unsaved === 0) return null;
  return (
    <div class="notice" role="alert">
      {problem && <p>{t.problem[problem]}</p>}
      {unsaved > 0 && (
        <>
          <p>{t.unsavedDrinks(unsaved)}</p>
          <button type="button" class="button" onClick={() => void retryUnsavedDrinks()}>{t.tryAgainNow}</button>
        </>
      )}
    </div>
  );
}
