import { useEffect, useState } from 'preact/hooks';
import { decodeCarePlan, readPlanFragment } from '../../domain/links';
import type { CarePlan } from '../../domain/carePlan';
import { carePlanText } from '../../domain/i18n';
import { acceptCarePlan, hasCarePlan } from '../../state/carePlan/carePlanActions';
import { showPlanInLanguage } from '../../state/carePlan/planLanguage';
import { loaded } from '../../state/hydration/hydrationSignals';
import { navigate } from '../../state/route';
import { CarePlanPreview } from './CarePlanPreview';

type Opened =
  | { state: 'reading' }
  // Why, asked again at each render, so a language switch rewords it.
  | { state: 'broken'; error: () => string }
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
    if (!payload) return setOpened({ state: 'broken', error: () => carePlanText().import.noPlanInLink });
    const at = Date.now();
    const decoded = decodeCarePlan(payload, at);
    if (!decoded.ok) {
      forgetFragment();
      // The same payload at the same moment is refused for the same reason, now in the language on screen.
      const why = () => {
        const again = decodeCarePlan(payload, at);
        return again.ok ? '' : again.error;
      };
      return setOpened({ state: 'broken', error: why });
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

  const t = carePlanText();
  if (opened.state === 'reading') return <p class="muted" role="status">{t.import.opening}</p>;
  if (opened.state === 'broken') {
    return (
      <section aria-labelledby="import-title">
        <h1 id="import-title" tabIndex={-1}>{t.import.cantOpen}</h1>
        <p role="alert">{opened.error()}</p>
        <p>{t.import.nothingSaved}</p>
        <button type="button" class="button" onClick={() => navigate('home')}>{t.import.goHome}</button>
      </section>
    );
  }
  const { plan, alreadyHere, unverified } = opened;
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title" tabIndex={-1}>{t.planFrom(plan.therapist.name)}</h1>
      {alreadyHere && <p role="status" class="notice">{t.import.alreadyHere}</p>}
      {unverified && !alreadyHere && <p role="status" class="notice">{t.import.unverified}</p>}
      <CarePlanPreview plan={plan} />
      {saveFailed && <p class="error" role="alert">{t.import.notSaved}</p>}
      <div class="data-actions">
        {alreadyHere ? (
          <button type="button" class="button button--primary button--large" onClick={() => { forgetFragment(); navigate('exercises', { replace: true }); }}>{t.import.openMyPlan}</button>
        ) : (
          <button type="button" class="button button--primary button--large" onClick={() => void accept(plan)}>{t.import.accept}</button>
        )}
        <button type="button" class="button" onClick={() => { forgetFragment(); navigate('home', { replace: true }); }}>{t.import.notNow}</button>
      </div>
    </section>
  );
}
