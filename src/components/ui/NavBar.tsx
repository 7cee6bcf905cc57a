import { activeCarePlan } from '../../state/carePlan/carePlanState';
import type { Route } from '../../state/route';
import { Icon, type IconName } from './Icon';
import { NavLink } from './NavLink';

const TABS: Array<{ to: Route; label: string; icon: IconName; carePlanOnly?: boolean }> = [
  { to: 'today', label: 'Today', icon: 'drop' },
  { to: 'exercises', label: 'Exercises', icon: 'stretch', carePlanOnly: true },
  { to: 'progress', label: 'Progress', icon: 'chart', carePlanOnly: true },
  { to: 'history', label: 'History', icon: 'clock' },
  { to: 'settings', label: 'Settings', icon: 'sliders' },
];

/** The client's tabs; while a therapist's plan is on this phone, its Exercises and Progress are one tap away. */
export function NavBar() {
  const tabs = TABS.filter((tab) => !tab.carePlanOnly || activeCarePlan.value);
  return (
    <nav class="nav" aria-label="Main" data-tabs={tabs.length}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to}>
          <Icon name={tab.icon} />
          <span class="nav__label">{tab.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
