import { activeCarePlan } from '../../state/carePlan/carePlanState';
import { NavLink } from './NavLink';

export function NavBar() {
  return (
    <nav class="nav" aria-label="Main">
      <NavLink to="today">Today</NavLink>
      {activeCarePlan.value && <NavLink to="exercises">Exercises</NavLink>}
      <NavLink to="history">History</NavLink>
      <NavLink to="settings">Settings</NavLink>
    </nav>
  );
}
