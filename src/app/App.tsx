import { Component } from 'preact';
import { HomeScreen } from '../components/home/HomeScreen';
import { NavBar } from '../components/ui/NavBar';
import { NavLink } from '../components/ui/NavLink';
import { currentRoute, type Route } from '../state/route';
import { focusHeadingWhenReady } from './focusHeading';
import { lazyScreen } from '../components/ui/lazyScreen';
import { UpdatePrompt } from './UpdatePrompt';
import { shellText } from '../domain/i18n';
import { language } from '../state/language/language';
import { storageStarted } from '../state/data/storageStarted';

// Home is in the entry. The map of every other screen is a module of its own, loaded on the first
// visit to one of them (or when the page is idle), so its imports stay off the first screen. On a deep
// link it loads beside the storage code rather than after it: main.tsx has already asked IndexedDB
// to open, so nothing waits on the other, and the screen arrives one round trip sooner.
const OtherScreen = lazyScreen(() => import('./screens').then((m) => m.RoutedScreen));

// Storage problems can only arise once storage code runs (it loads after the first screen), so the
// notice loads once the start is done with storage (read, fallen back to memory, or failed), keeping
// the memory store and the retry logic off the first screen and out of the way of Today's first draw.
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

/** The therapist's desk (composing a plan, reading a client's report) is not the client's app. */
const THERAPIST_ROUTES: readonly Route[] = ['therapist', 'report'];

export function App() {
  const route = currentRoute.value;
  // Reading the language re-renders the whole tree in place when Settings switches it.
  void language.value;
  const t = shellText();
  if (globalThis.document) document.title = t.documentTitle;
  // The desk gets its own wider layout and none of the client's tabs.
  const desk = THERAPIST_ROUTES.includes(route);
  return (
    <div class={desk ? 'app app--desk' : 'app'}>
      <header class="app-header">
        <NavLink to="home" class="app-header__brand">
          <img src="/icons/icon.svg" alt="" width="32" height="32" />
          {t.brand}
        </NavLink>
        {desk && <span class="app-header__role">{t.forTherapists}</span>}
      </header>
      {storageStarted.value && <StorageNotice />}
      <main>
        {route === 'home' ? <HomeScreen /> : <OtherScreen />}
      </main>
      {!desk && <NavBar />}
      <UpdatePrompt />
      <FocusOnNavigation route={route} />
    </div>
  );
}
