/** Every screen but Home (which is in the entry); each loads when first opened. */
import type { ComponentType } from 'preact';
import { lazyScreen } from '../components/ui/lazyScreen';
import '../components/ui/shared.css';
// Fields, checkboxes and choices: every screen but Home may draw them, so they come with the map of screens.
import '../components/ui/controls.css';
import { HomeScreen } from '../components/home/HomeScreen';
import { currentRoute, type Route } from '../state/route';

const SCREENS: Record<Exclude<Route, 'home'>, ComponentType> = {
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

/** The screen for the current route. */
export function RoutedScreen() {
  const route = currentRoute.value;
  const Screen = route === 'home' ? HomeScreen : SCREENS[route];
  return <Screen />;
}
