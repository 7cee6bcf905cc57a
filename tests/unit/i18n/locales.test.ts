import { describe, expect, it } from 'vitest';
import { activeLocale, homeText, loadCatalogue, pickLocale, plural, timeText, useCatalogue } from '../../../src/domain/i18n';
import { pseudoText } from '../../../src/domain/i18n/pseudo';

describe('pickLocale', () => {
  it.each([
    [['en-US'], 'en'],
    [['es-MX', 'en'], 'es'],
    [['pt-PT'], 'pt-BR'],
    [['pt-BR'], 'pt-BR'],
    [['de-AT', 'fr'], 'de'],
    [['ja', 'fr-CA'], 'fr'],
    [['ja', 'zh'], 'en'],
    [[], 'en'],
    [['nl', 'DE-ch'], 'de'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(pickLocale(languages)).toBe(expected);
  });
});

describe('plurals through Intl.PluralRules', () => {
  const glasses = { one: '# verre', other: '# verres' };
  it('follow each language: French 0 and 1 are singular, English 0 is plural', () => {
    expect(plural('fr', 0, glasses)).toBe('0 verre');
    expect(plural('fr', 1, glasses)).toBe('1 verre');
    expect(plural('fr', 2, glasses)).toBe('2 verres');
    expect(plural('en', 0, { one: '# glass', other: '# glasses' })).toBe('0 glasses');
    expect(plural('en', 1, { one: '# glass', other: '# glasses' })).toBe('1 glass');
  });
  it('write the number as the language does', () => {
    expect(plural('de', 1.5, { one: '# Glas', other: '# Gläser' })).toBe('1,5 Gläser');
    expect(plural('pt-BR', 2, { one: '# copo', other: '# copos' })).toBe('2 copos');
    expect(plural('es', 1, { one: '# vaso', other: '# vasos' })).toBe('1 vaso');
  });
});

describe('switching the catalogue', () => {
  it('changes what every namespace returns, and English needs no catalogue', async () => {
    expect(homeText().startFirst).toBe('Start after my massage');
    useCatalogue('es', await loadCatalogue('es'));
    expect(activeLocale()).toBe('es');
    expect(homeText().startFirst).toBe('Empezar después de mi masaje');
    expect(timeText().tomorrow).toBe('mañana');
    useCatalogue('de', await loadCatalogue('de'));
    expect(timeText().timeOnDay('07:15', 'morgen')).toBe('morgen um 07:15');
    useCatalogue('en');
    expect(homeText().startFirst).toBe('Start after my massage');
  });

  it('the pseudo-locale accents and lengthens every message, function results included', async () => {
    useCatalogue('en-XA', await loadCatalogue('en-XA'));
    const start = homeText().startFirst;
    expect(start).toMatch(/^\[Šţáŕţ áƒţéŕ ɱý ɱáššáĝé[ ~]+\]$/);
    expect(start.length).toBeGreaterThanOrEqual('Start after my massage'.length * 1.4);
    expect(timeText().onDate('12')).toMatch(/^\[öñ 12/);
    expect(pseudoText('12:30')).toBe('12:30');
  });
});
