/** The progress report the client sends back to the therapist. */
export { buildProgressReport, type CheckInFlagName, type ExerciseFigure, type HydrationDay, type ProgressReport } from './progressReport';
export { decodeProgressReport, progressReportLink, readReportFragment } from './progressReportCodec';
export { percentOf, progressReportText } from './progressReportText';
