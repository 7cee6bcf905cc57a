import { loaded, recentDrinks, recentSessions } from '../../state/hydration/hydrationSignals';
import { navigate } from '../../state/route';
import { lazyScreen } from '../ui/lazyScreen';
import { activeCarePlan } from '../../state/carePlan/carePlanState';
import { Icon } from '../ui/Icon';
import { NavLink } from '../ui/NavLink';
import { homeText } from '../../domain/i18n';

// Loaded only for clients who have a therapist's plan, keeping the first screen small.
const CarePlanHomeCard = lazyScreen(() => import('../carePlan/CarePlanHomeCard').then((m) => m.CarePlanHomeCard), { quiet: true });
// Today's water needs the day model (time zones, waking days): it loads with the card, only once
// there is water to show, never for a first visit.
const HydrationHomeCard = lazyScreen(() => import('./HydrationHomeCard').then((m) => m.HydrationHomeCard), { quiet: true });

export function HomeScreen() {
  const t = homeText();
  const current = loaded.value && recentSessions.value.length > 0;
  return (
    <section class="hero" aria-labelledby="home-title">
      <img src="/icons/icon.svg" alt="" width="96" height="96" />
      <h1 id="home-title" tabIndex={-1}>{t.title}</h1>
      <p>{t.intro}</p>
      {loaded.value && (current || recentDrinks.value.length > 0) && <HydrationHomeCard />}
      {activeCarePlan.value && <CarePlanHomeCard />}
      <button type="button" class={`button button--large ${current ? '' : 'button--primary'}`} onClick={() => navigate('intake')}>
        {current ? t.startNew : t.startFirst}
      </button>
      <ul class="promise-list">
        <li><Icon name="drop" /> {t.promiseWater}</li>
        <li><Icon name="check" /> {t.promiseLog}</li>
        <li><Icon name="lock" /> {t.promisePrivate}</li>
      </ul>
      <p class="home-footer">
        <NavLink to="therapist">{t.forTherapists}</NavLink>
      </p>
    </section>
  );
}
