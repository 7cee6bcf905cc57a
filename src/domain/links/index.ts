/** Share links: the versioned, compressed fragment that carries a care plan. */
export { decodeCarePlan, MAX_LINK_LENGTH, readPlanFragment, shareCarePlan } from './carePlanCodec';
