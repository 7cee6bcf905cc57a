/** What the client said about the series' appointments (series.ts), kept one entry per appointment. */
import type { AppointmentChange } from './series';

/** `changes` with `change` in place of anything said before about that appointment, in series order. */
export function withAppointmentChange(changes: readonly AppointmentChange[] | undefined, change: AppointmentChange): AppointmentChange[] {
  return [...(changes ?? []).filter((c) => c.index !== change.index), change].sort((a, b) => a.index - b.index);
}
