/**
 * Plurals and numbers in the reader's language, through Intl (CLDR rules: Spanish "1 vaso", French
 * "0 verre" singular, German "1,5 Gläser"). Catalogues write each form with `#` for the number.
 */
export interface PluralForms {
  one: string;
  other: string;
  /** Only the languages whose rules have these forms need them; `other` stands in otherwise. */
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** A number as the locale writes it ("1.5" in English, "1,5" in German). */
export function formatNumber(value: number, locale: string): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(value);
}

/** The form of `forms` that `count` takes in `locale`, with `#` replaced by the number. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const form = forms[rule.select(count) as keyof PluralForms] ?? forms.other;
  return form.replaceAll('#', formatNumber(count, locale));
}

/** `plural` bound to one language, for that language's catalogue. */
export function pluralIn(locale: string): (count: number, forms: PluralForms) => string {
  return (count, forms) => plural(locale, count, forms);
}

/** "water, tea and juice" in the locale's words. */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}
