import { activeCarePlan } from '../../state/carePlan/carePlanState';
import type { Route } from '../../state/route';
import { Icon, type IconName } from './Icon';
import { NavLink } from './NavLink';
import { shellText } from '../../domain/i18n';

const TABS: Array<{ to: Route & keyof ReturnType<typeof shellText>['tabs']; icon: IconName; carePlanOnly?: boolean }> = [
  { to: 'today', icon: 'drop' },
  { to: 'exercises', icon: 'stretch', carePlanOnly: true },
  { to: 'progress', icon: 'chart', carePlanOnly: true },
  { to: 'history', icon: 'clock' },
  { to: 'settings', icon: 'sliders' },
];

/** The client's tabs; while a therapist's plan is on this phone, its Exercises and Progress are one tap away. */
export function NavBar() {
  const t = shellText();
  const tabs = TABS.filter((tab) => !tab.carePlanOnly || activeCarePlan.value);
  return (
    <nav class="nav" aria-label={t.mainNavigation} data-tabs={tabs.length}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to}>
          <Icon name={tab.icon} />
          <span class="nav__label">{t.tabs[tab.to]}</span>
        </NavLink>
      ))}
    </nav>
  );
}
