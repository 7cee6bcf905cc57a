/**
 * A plan's id is a hash of its compact form, the very thing a share link carries, so opening the
 * same link twice yields the same id and the app can tell the plan is already saved.
 *
 * The hash (cyrb53's mixing, both 32-bit lanes kept: 64 bits) is for telling plans apart, not for
 * security: someone who crafts a colliding link can at most make the app say "already saved".
 */
import type { CarePlan } from './carePlan';
import { toCompactPlan } from './carePlanCompact';

/** A short, stable, non-cryptographic hash of a text (FNV-1a, hex): enough to tell two contents apart. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

/** A plan's id, derived from its content, so the same plan from the same link is accepted once. */
export function carePlanId(content: Omit<CarePlan, 'id'>): string {
  return `plan-${contentHash(JSON.stringify(toCompactPlan(content)))}`;
}
