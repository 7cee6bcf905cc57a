/** The therapist's care plan: its checks, its compact form, its id, the next appointment. */
export { appointmentCountdown } from './appointment';
export { type CarePlan, DEFAULT_PHYSICIAN_NOTE, validateCarePlan } from './carePlan';
export { CARE_PLAN_LIMITS } from '../limits/limits';
export { type Appointment, type AppointmentChange, type NextAppointment, nextAppointmentOf, seriesAppointments, upcomingAppointments } from './series';
export { withAppointmentChange } from './appointmentChanges';
