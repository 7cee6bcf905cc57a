/**
 * Share links for a care plan: `${origin}/plan#p1.…`. The whole plan rides in the URL fragment,
 * which the browser keeps to itself, so no server ever sees it. Decoding never throws.
 *
 * Tamper-evident: the envelope (linkPayload.ts) carries a CRC-32, so a link changed in any one
 * character is refused as damaged. A link made before links carried one still opens, marked
 * `unverified` so the screen can say it could not be checked (the reasons are in linkPayload.ts).
 *
 * A link may carry the client's language, chosen by the therapist (where it sits: carePlanCompact.ts).
 * It is not part of the plan: decoding returns it beside the plan, and only when it names one of our
 * languages; an unknown code is ignored, never a reason to refuse the plan.
 */
import { validateCarePlan, type CarePlan, type ValidateCarePlanOptions } from '../carePlan/carePlan';
import { toCompactPlan } from '../carePlan/carePlanCompact';
import { compactPlanLanguage, expandCompactPlan } from '../carePlan/carePlanExpand';
import { linksText } from '../i18n/en/links';
import type { Locale } from '../i18n/locales';
import {
  MAX_INFLATED_BYTES, MAX_PAYLOAD_CHARS, fragmentPayload, linkTo, packPayload, packedJsonBytes, problemsMessage, unpackPayload,
  type PayloadKind,
} from './linkPayload';

/**
 * The longest link still offered as a QR code. A link is mixed-case text, so a QR code carries it
 * in byte mode; at error-correction level M (15 % of the code may be lost to glare or a
 * smudge, the usual choice for codes shown on a screen) version 25 holds 997 bytes. Version 25 is
 * 117 × 117 modules, about 0.5 mm each on a phone screen 6 cm wide, which phone cameras read at
 * arm's length; bigger versions get unreliable. Longer links are still shared as links.
 */
export const MAX_LINK_LENGTH = 997;

export const PLAN_PAYLOAD: PayloadKind = { letter: 'p', version: 1, words: 'plan' };

/**
 * `language`: the client's language the link carries, when it names one of ours. `unverified`: the link
 * predates the checksum (see linkPayload.ts); the plan itself passed every check.
 */
export type DecodedPlan = { ok: true; plan: CarePlan; language?: Locale; unverified?: true } | { ok: false; error: string };

export type SharedPlan = { ok: true; link: string; fitsQrCode: boolean } | { ok: false; error: string };

/** Expects a plan that came out of validateCarePlan; `language` is the client's, if the therapist chose one. */
export function encodeCarePlan(plan: CarePlan, language?: Locale): string {
  return packPayload(PLAN_PAYLOAD, toCompactPlan(plan, language));
}

/** Reads a plan from a link fragment; never throws, and says plainly why a link is refused. */
export function decodeCarePlan(payload: string, now: number, options: ValidateCarePlanOptions = {}): DecodedPlan {
  const unpacked = unpackPayload(payload, PLAN_PAYLOAD);
  if (!unpacked.ok) return unpacked;
  const expanded = expandCompactPlan(unpacked.data);
  if (!expanded) return { ok: false, error: linksText().plan.damaged };
  const result = validateCarePlan(expanded, now, options);
  if (!result.ok) return { ok: false, error: problemsMessage(result.errors) };
  const language = compactPlanLanguage(unpacked.data);
  return { ...result, ...(language === undefined ? {} : { language }), ...(unpacked.unverified ? { unverified: true } : {}) };
}

/** The full share link (origin, path and fragment) for a plan, in the client's language if given. */
export function carePlanLink(origin: string, plan: CarePlan, language?: Locale): string {
  return linkTo(origin, 'plan', encodeCarePlan(plan, language));
}

/**
 * What the therapist's screen needs: the link (carrying the client's language, if given), whether a
 * QR code of it will scan, or why neither.
 */
export function shareCarePlan(origin: string, plan: CarePlan, language?: Locale): SharedPlan {
  const compact = toCompactPlan(plan, language);
  const payload = packPayload(PLAN_PAYLOAD, compact);
  if (payload.length > MAX_PAYLOAD_CHARS || packedJsonBytes(compact) > MAX_INFLATED_BYTES) {
    return { ok: false, error: linksText().tooLongToShare };
  }
  const link = linkTo(origin, 'plan', payload);
  return { ok: true, link, fitsQrCode: link.length <= MAX_LINK_LENGTH };
}

/** The payload in `location.hash` ('#p1.…'), or undefined when there is none. */
export function readPlanFragment(hash: string): string | undefined {
  return fragmentPayload(hash);
}

