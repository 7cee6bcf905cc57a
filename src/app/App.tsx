import { Component, type ComponentType } from 'preact';
import { HomeScreen } from '../components/home/HomeScreen';
import { NavBar } from '../components/ui/NavBar';
import { NavLink } from '../components/ui/NavLink';
import { currentRoute, type Route } from '../state/route';
import { focusHeadingWhenReady } from './focusHeading';
import { lazyScreen } from '../components/ui/lazyScreen';
import { UpdatePrompt } from './UpdatePrompt';

// Home is in the entry; every other screen loads when first opened.
const SCREENS: Record<Route, ComponentType> = {
  home: HomeScreen,
  intake: lazyScreen(() => import('../components/session/IntakeScreen').then((m) => m.IntakeScreen)),
  today: lazyScreen(() => import('../components/hydration/TodayScreen').then((m) => m.TodayScreen)),
  history: lazyScreen(() => import('../components/history/HistoryScreen').then((m) => m.HistoryScreen)),
  settings: lazyScreen(() => import('../components/settings/SettingsScreen').then((m) => m.SettingsScreen)),
  therapist: lazyScreen(() => import('../components/therapist/TherapistScreen').then((m) => m.TherapistScreen)),
  planImport: lazyScreen(() => import('../components/carePlan/CarePlanImportScreen').then((m) => m.CarePlanImportScreen)),
  exercises: lazyScreen(() => import('../components/carePlan/ExercisesScreen').then((m) => m.ExercisesScreen)),
  checkIn: lazyScreen(() => import('../components/carePlan/CheckInScreen').then((m) => m.CheckInScreen)),
  progress: lazyScreen(() => import('../components/carePlan/ProgressScreen').then((m) => m.ProgressScreen)),
  report: lazyScreen(() => import('../components/carePlan/ReportScreen').then((m) => m.ReportScreen)),
};

// Storage problems can only arise once storage code runs (it loads after the first screen), so the
// notice loads beside it and keeps the memory store and the retry logic off the first screen.
const StorageNotice = lazyScreen(() => import('../components/settings/StorageNotice').then((m) => m.StorageNotice), { quiet: true });

/**
 * Screen readers and keyboards start at the new screen's heading after every navigation (not on the
 * first screen). A class, so the first screen needs no hooks: they load with the screens that use them.
 */
class FocusOnNavigation extends Component<{ route: Route }> {
  private stopWaiting?: () => void;
  override componentDidUpdate(previous: { route: Route }) {
    if (previous.route === this.props.route) return;
    this.stopWaiting?.();
    this.stopWaiting = focusHeadingWhenReady(document.querySelector('main'));
  }
  override componentWillUnmount() {
    this.stopWaiting?.();
  }
  render() {
    return null;
  }
}

export function App() {
  const route = currentRoute.value;
  const Screen = SCREENS[route];
  return (
    <div class="app">
      <header class="app-header">
        <NavLink to="home" class="app-header__brand">
          <img src="/icons/icon.svg" alt="" width="32" height="32" />
          Aftercare
        </NavLink>
      </header>
      <StorageNotice />
      <main>
        <Screen />
      </main>
      <NavBar />
      <UpdatePrompt />
      <FocusOnNavigation route={route} />
    </div>
  );
}
