import { loaded, recentDrinks, recentSessions } from '../../state/hydration/hydrationSignals';
import { navigate } from '../../state/route';
import { lazyScreen } from '../ui/lazyScreen';
import { activeCarePlan } from '../../state/carePlan/carePlanState';
import { Icon } from '../ui/Icon';
import { NavLink } from '../ui/NavLink';

// Loaded only for clients who have a therapist's plan, keeping the first screen small.
const CarePlanHomeCard = lazyScreen(() => import('../carePlan/CarePlanHomeCard').then((m) => m.CarePlanHomeCard), { quiet: true });
// Today's water needs the day model (time zones, waking days): it loads with the card, only once
// there is water to show, never for a first visit.
const HydrationHomeCard = lazyScreen(() => import('./HydrationHomeCard').then((m) => m.HydrationHomeCard), { quiet: true });

export function HomeScreen() {
  const current = loaded.value && recentSessions.value.length > 0;
  return (
    <section class="hero" aria-labelledby="home-title">
      <img src="/icons/icon.svg" alt="" width="96" height="96" />
      <h1 id="home-title" tabIndex={-1}>Aftercare</h1>
      <p>Your therapist's aftercare advice, on your phone: what to drink, when, and what comes next.</p>
      {loaded.value && (current || recentDrinks.value.length > 0) && <HydrationHomeCard />}
      {activeCarePlan.value && <CarePlanHomeCard />}
      <button type="button" class={`button button--large ${current ? '' : 'button--primary'}`} onClick={() => navigate('intake')}>
        {current ? 'Start a new session' : 'Start after my massage'}
      </button>
      <ul class="promise-list">
        <li><Icon name="drop" /> A water plan for the rest of today, with reminders.</li>
        <li><Icon name="check" /> One tap to log a glass; see which drinks count.</li>
        <li><Icon name="lock" /> No account. Your health data stays on this device.</li>
      </ul>
      <p class="home-footer">
        <NavLink to="therapist">For therapists: make a plan for a client</NavLink>
      </p>
    </section>
  );
}
