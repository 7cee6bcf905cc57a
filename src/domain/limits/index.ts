/** Every limit on what the app accepts (see limits.ts). */
export { BACKUP_LIMITS, CARE_PLAN_LIMITS, EXERCISE_LIMITS, RECORD_LIMITS, REPORT_LIMITS, SESSION_LIMITS, SETTINGS_LIMITS } from './limits';
