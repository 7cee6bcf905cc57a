import type { BeverageId } from '../../domain/hydration';

/** One line drawing per drink, inline like ui/Icon (no emoji: their look varies by phone). */
const PATHS: Record<BeverageId, string> = {
  water: 'M6 4h12l-1.5 16h-9zM6.7 10h10.6',
  'sparkling-water': 'M6 4h12l-1.5 16h-9zM10 16h.01M13.5 13h.01M11 10h.01M14 7.5h.01',
  'iced-tea': 'M6 4h12l-1.5 16h-9zM9 8h3v3H9zM12.5 12.5h2.5V15h-2.5z',
  tea: 'M4 10h12v4a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zM16 11.5h1.5a2 2 0 0 1 0 4H16M10 10V5M8.5 5h3',
  'herbal-tea': 'M5 19C5 11 10 5 19 5c0 9-5 14-14 14zM5 19l8-8',
  soda: 'M7 5h10v15H7zM7 8.5h10M10 3h4',
  juice: 'M7 8h10v12H7zM12 8l1.5-5H17M7 12h10',
  'sweet-tea': 'M4 11h12v3a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zM16 12h1.5a2 2 0 0 1 0 4H16M8 4h4v4H8z',
  'sports-drink': 'M10 3h4v3l2 3v11H8V9l2-3zM8 13h8',
  alcohol: 'M8 3h8c0 5-1.5 8-4 8s-4-3-4-8zM12 11v8M8.5 20h7',
  coffee: 'M4 10h12v4a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zM16 11.5h1.5a2 2 0 0 1 0 4H16M8 3.5c1 1 -1 2 0 3.5M12 3.5c1 1-1 2 0 3.5',
};

export function DrinkIcon({ beverage }: { beverage: BeverageId }) {
  return (
    <svg class="icon drink-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path d={PATHS[beverage]} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
