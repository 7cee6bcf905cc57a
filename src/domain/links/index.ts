/** Share links: the versioned, compressed fragment that carries a care plan. */
export { toBase64Url } from './base64url';
export { decodeCarePlan, MAX_LINK_LENGTH, readPlanFragment, shareCarePlan } from './carePlanCodec';
