import type { ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { HomeScreen } from '../components/home/HomeScreen';
import { NavBar } from '../components/ui/NavBar';
import { NavLink } from '../components/ui/NavLink';
import { StorageNotice } from '../components/settings/StorageNotice';
import { currentRoute, type Route } from '../state/route';
import { startApp } from '../state/startApp';
import { focusHeadingWhenReady } from './focusHeading';
import { lazyScreen } from '../components/ui/lazyScreen';
import { registerServiceWorker } from './swBridge';
import { pendingUpdate, UpdatePrompt } from './UpdatePrompt';

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
  guided: lazyScreen(() => import('../components/exercises/GuidedScreen').then((m) => m.GuidedScreen)),
  checkIn: lazyScreen(() => import('../components/carePlan/CheckInScreen').then((m) => m.CheckInScreen)),
  progress: lazyScreen(() => import('../components/carePlan/ProgressScreen').then((m) => m.ProgressScreen)),
  report: lazyScreen(() => import('../components/carePlan/ReportScreen').then((m) => m.ReportScreen)),
};

export function App() {
  const route = currentRoute.value;
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    void startApp();
    void registerServiceWorker((apply) => (pendingUpdate.value = apply));
  }, []);
  // Screen readers and keyboards start at the new screen's heading after every navigation.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    return focusHeadingWhenReady(main.current);
  }, [route]);
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
      <main ref={main}>
        <Screen />
      </main>
      <NavBar />
      <UpdatePrompt />
    </div>
  );
}
