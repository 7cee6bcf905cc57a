// Every language fills every message of every namespace (the types say so at compile time; this
// proves it for the loaded chunks too), really translates it, and keeps its parameters.
import { describe, expect, it } from 'vitest';
import { LOCALES, loadCatalogue, type Catalogue } from '../../../src/domain/i18n';
import { english } from '../../../src/domain/i18n/english';

/** Leaves of a catalogue as [path, value] pairs. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value === 'string' || typeof value === 'function') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((inner, index) => leaves(inner, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  return [[path, value]];
}

// Distinct numbers a message would not contain by chance; a number survives plural() and Intl formatting
// as it is, and reads as text where a message takes words.
const MARKERS = [7, 11, 13, 17, 19, 23];

// These take an enum ('left', 'better') or an object, which sample numbers mean nothing to; each area's
// own language tests (tests/unit/domain/*Languages.test.ts) cover their wording. "Plan: 7." is Spanish too.
const NOT_SAMPLED = new Set(['checkIns.trend', 'appointments.upcoming', 'guided.describeSet', 'guided.startHold', 'water.goalBy', 'water.countOfGoalBy', 'history.planResult']);

/** A message function called with the sample markers (undefined if those arguments make no sense to it). */
function sample(fn: (...args: never[]) => unknown): unknown {
  const args = MARKERS.slice(0, fn.length);
  try {
    return (fn as (...a: unknown[]) => unknown)(...args);
  } catch {
    return undefined;
  }
}

// Words that are the same in a language by nature (a brand, a unit symbol, a loanword everyone uses).
const SAME_BY_NATURE = /^(Aftercare|OK|ml|fl oz|Email|E-Mail|Check-ins?:?|Online|Offline|Total|Notes?|Minimum|Maximum|Image|Pause|Date|Normal|Instructions?|Chat|Plan|Tai chi|Yoga|Stretching|Swedish|Shiatsu|Reiki|Sport|Sauna|Espresso|Pint|Mug|Soda|Alcohol|Name|Illustration|Millilitres \(ml\))$/i;

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalogue', (locale) => {
  it('has every namespace and message of the English, with the same parameters', async () => {
    const { catalogue } = await loadCatalogue(locale);
    const mine = new Map(leaves(catalogue));
    const missing: string[] = [];
    for (const [path, value] of leaves(english)) {
      const translated = mine.get(path);
      if (typeof translated !== typeof value) missing.push(`${path}: ${typeof translated}`);
      else if (typeof value === 'function' && (translated as () => unknown).length !== (value as () => unknown).length) missing.push(`${path}: takes ${(translated as () => unknown).length} parameters`);
    }
    expect(missing).toEqual([]);
  });

  it('translates: no message is left empty or in English', async () => {
    const { catalogue } = await loadCatalogue(locale);
    const mine = new Map(leaves(catalogue));
    const untranslated: string[] = [];
    for (const [path, value] of leaves(english)) {
      const translated = mine.get(path);
      if (NOT_SAMPLED.has(path)) continue;
      const [en, other] = typeof value === 'function' ? [sample(value as () => unknown), sample(translated as () => unknown)] : [value, translated];
      if (typeof en !== 'string' || en.trim() === '') continue;
      if (typeof other !== 'string' || other.trim() === '') untranslated.push(`${path}: empty`);
      else if (other === en && /[A-Za-z]{3}/.test(en) && !SAME_BY_NATURE.test(en.trim())) untranslated.push(`${path}: "${en}"`);
    }
    expect(untranslated).toEqual([]);
  });

  it('keeps every parameter a message is given', async () => {
    const { catalogue } = await loadCatalogue(locale);
    const mine = new Map(leaves(catalogue));
    const dropped: string[] = [];
    for (const [path, value] of leaves(english)) {
      if (typeof value !== 'function' || NOT_SAMPLED.has(path)) continue;
      const en = sample(value as () => unknown);
      const other = sample(mine.get(path) as () => unknown);
      if (typeof en !== 'string' || typeof other !== 'string') continue;
      for (const marker of MARKERS) if (new RegExp(`\\b${marker}\\b`).test(en) && !new RegExp(`\\b${marker}\\b`).test(other)) dropped.push(`${path}: ${marker}`);
    }
    expect(dropped).toEqual([]);
  });
});

describe('the English catalogue', () => {
  it('is what every namespace falls back to', () => {
    const namespaces = Object.keys(english) as Array<keyof Catalogue>;
    expect(namespaces.length).toBeGreaterThanOrEqual(4);
    for (const [path, value] of leaves(english)) expect(typeof value === 'string' || typeof value === 'function', path).toBe(true);
  });
});
