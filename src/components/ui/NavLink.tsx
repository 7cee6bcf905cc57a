import type { ComponentChildren } from 'preact';
import { currentRoute, navigate, pathOf, type Route } from '../../state/route';

/** An in-app link: a real href (so it works with a keyboard, middle-click and screen readers) that routes without reloading. */
export function NavLink({ to, children, class: className }: { to: Route; children: ComponentChildren; class?: string }) {
  return (
    <a
      href={pathOf(to)}
      class={className}
      aria-current={currentRoute.value === to ? 'page' : undefined}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
