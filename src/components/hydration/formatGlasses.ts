import { intlLocale } from '../../domain/i18n';

/** "2" or "2.5" ("2,5" in German): half glasses show their half, whole ones no decimals. */
export function formatGlasses(glasses: number): string {
  const fraction = Number.isInteger(glasses) ? 0 : 1;
  return new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(glasses);
}
