import { describe, expect, it } from 'vitest';
import { BEVERAGES } from '../../../src/domain/hydration/beverages';
import { drinkSizes } from '../../../src/domain/hydration/drinkSizes';

describe('drinkSizes', () => {
  it('offers the glass first, then what the drink comes in, metric for ml and glasses', () => {
    expect(drinkSizes('coffee', 'ml', 250)).toEqual([
      { id: 'glass', label: 'Glass', ml: 250 },
      { id: 'espresso', label: 'Espresso', ml: 30 },
      { id: 'cup', label: 'Cup', ml: 200 },
      { id: 'mug', label: 'Mug', ml: 300 },
    ]);
    expect(drinkSizes('water', 'glass', 250).map((s) => s.ml)).toEqual([250, 500, 750]);
  });

  it('uses US sizes for fl oz: an 8 oz cup, a 12 oz can', () => {
    expect(drinkSizes('tea', 'floz', 237).map((s) => s.id)).toEqual(['glass', 'mug']);
    expect(drinkSizes('soda', 'floz', 250).map((s) => [s.id, s.ml])).toEqual([['glass', 250], ['can', 355], ['bottle', 500]]);
  });

  it('drops a size the glass already covers, and always has at least the glass', () => {
    expect(drinkSizes('juice', 'ml', 200).map((s) => s.id)).toEqual(['glass', 'bottle']);
    for (const beverage of BEVERAGES) {
      const sizes = drinkSizes(beverage.id, 'ml', 250);
      expect(sizes[0]?.id).toBe('glass');
      expect(new Set(sizes.map((s) => s.id)).size).toBe(sizes.length);
    }
  });
});
