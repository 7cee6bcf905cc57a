/** "2" or "2.5": half glasses show their half, whole ones no decimals. */
export function formatGlasses(glasses: number): string {
  return Number.isInteger(glasses) ? String(glasses) : glasses.toFixed(1);
}
