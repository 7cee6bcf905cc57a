import { NavLink } from './NavLink';

export function NavBar() {
  return (
    <nav class="nav" aria-label="Main">
      <NavLink to="today">Today</NavLink>
      <NavLink to="history">History</NavLink>
      <NavLink to="settings">Settings</NavLink>
    </nav>
  );
}
