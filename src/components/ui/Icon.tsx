/** A few line icons, drawn inline so they render on every phone (emoji fonts vary) and cost no request. */
const PATHS = {
  drop: 'M12 3s-6 7-6 11a6 6 0 0 0 12 0c0-4-6-11-6-11z',
  check: 'M4 12l5 5L20 6',
  lock: 'M6 11h12v9H6zM8 11V8a4 4 0 0 1 8 0v3',
  stretch: 'M12 3.5a1.8 1.8 0 1 0 0 .1M4 8l8 2 8-2M12 10v4l-4 6M12 14l4 6',
  chart: 'M4 4v16h16M8 16v-4M12 16V8M16 16v-6',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2',
  sliders: 'M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
