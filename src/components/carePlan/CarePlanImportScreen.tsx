import { useEffect, useState } from 'preact/hooks';
import { decodeCarePlan, readPlanFragment } from '../../domain/links';
import type { CarePlan } from '../../domain/carePlan';
import { acceptCarePlan, hasCarePlan } from '../../state/carePlan/carePlanActions';
import { showPlanInLanguage } from '../../state/carePlan/planLanguage';
import { loaded } from '../../state/hydration/hydrationSignals';
import { navigate } from '../../state/route';
import { CarePlanPreview } from './CarePlanPreview';

type Opened =
  | { state: 'reading' }
  | { state: 'broken'; error: string }
  | { state: 'ready'; plan: CarePlan; alreadyHere: boolean; unverified: boolean };

/** The link's fragment leaves the address bar and the history once it has been read. */
function forgetFragment(): void {
  history.replaceState(null, '', location.pathname);
}

/** Opening a therapist's share link: a preview, then Accept. Nothing is saved before Accept. */
export function CarePlanImportScreen() {
  const [opened, setOpened] = useState<Opened>({ state: 'reading' });
  const [saveFailed, setSaveFailed] = useState(false);

  // Until storage has opened, the store is an empty stand-in that would call every plan new.
  const storageReady = loaded.value;
  // Another link opened in this tab while it shows /plan changes only the fragment: no reload.
  const [linksOpened, setLinksOpened] = useState(0);
  useEffect(() => {
    const follow = () => {
      if (!readPlanFragment(location.hash)) return;
      setOpened({ state: 'reading' });
      setLinksOpened((n) => n + 1);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    if (!storageReady) return;
    const payload = readPlanFragment(location.hash);
    if (!payload) return setOpened({ state: 'broken', error: 'This link has no plan in it. Ask your therapist to send it again.' });
    const decoded = decodeCarePlan(payload, Date.now());
    if (!decoded.ok) {
      forgetFragment();
      return setOpened({ state: 'broken', error: decoded.error });
    }
    const unverified = decoded.unverified === true;
    // The therapist's choice of language comes first, so the preview shows in it.
    void Promise.all([hasCarePlan(decoded.plan.id), showPlanInLanguage(decoded.language)])
      .then(([alreadyHere]) => setOpened({ state: 'ready', plan: decoded.plan, alreadyHere, unverified }));
  }, [storageReady, linksOpened]);

  async function accept(plan: CarePlan) {
    setSaveFailed(false);
    try {
      await acceptCarePlan(plan);
      forgetFragment();
      navigate(plan.exercises.length > 0 ? 'exercises' : 'today', { replace: true });
    } catch {
      setSaveFailed(true);
    }
  }

  if (opened.state === 'reading') return <p class="muted" role="status">Opening the plan…</p>;
  if (opened.state === 'broken') {
    return (
      <section aria-labelledby="import-title">
        <h1 id="import-title" tabIndex={-1}>This plan can’t be opened</h1>
        <p role="alert">{opened.error}</p>
        <p>Nothing was saved.</p>
        <button type="button" class="button" onClick={() => navigate('home')}>Go to Aftercare</button>
      </section>
    );
  }
  const { plan, alreadyHere, unverified } = opened;
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title" tabIndex={-1}>Plan from {plan.therapist.name}</h1>
      {alreadyHere && <p role="status" class="notice">You already have this plan on this phone. Opening it again adds nothing.</p>}
      {unverified && !alreadyHere && (
        <p role="status" class="notice">
          This link was made by an older version of Aftercare, so it can’t be checked for damage. Make sure the plan
          matches what your therapist told you, or ask for a new link.
        </p>
      )}
      <CarePlanPreview plan={plan} />
      {saveFailed && <p class="error" role="alert">The plan was not saved. Please try again.</p>}
      <div class="data-actions">
        {alreadyHere ? (
          <button type="button" class="button button--primary button--large" onClick={() => { forgetFragment(); navigate('exercises', { replace: true }); }}>Open my plan</button>
        ) : (
          <button type="button" class="button button--primary button--large" onClick={() => void accept(plan)}>Accept this plan</button>
        )}
        <button type="button" class="button" onClick={() => { forgetFragment(); navigate('home', { replace: true }); }}>Not now</button>
      </div>
    </section>
  );
}
