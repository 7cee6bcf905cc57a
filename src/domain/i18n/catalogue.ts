/**
 * The shape every language fills: one entry per namespace, typed from the English (en/*.ts). A language
 * missing a namespace, a message or a parameter is a type error.
 */
import type { HomeMessages } from './en/home';
import type { LanguageMessages } from './en/language';
import type { ShellMessages } from './en/shell';
import type { TimeMessages } from './en/time';
import type { ChecksMessages } from './en/checks';
import type { SettingsMessages } from './en/settings';
import type { BackupMessages } from './en/backup';
import type { DataMessages } from './en/data';
import type { RemindersMessages } from './en/reminders';
import type { CalendarMessages } from './en/calendar';
import type { ExercisesMessages } from './en/exercises';
import type { FiguresMessages } from './en/figures';
import type { GuidedMessages } from './en/guided';
import type { ExercisePlanMessages } from './en/exercisePlan';
import type { WaterMessages } from './en/water';
import type { SessionMessages } from './en/session';
import type { HistoryMessages } from './en/history';
import type { AppointmentsMessages } from './en/appointments';
import type { CarePlanMessages } from './en/carePlan';
import type { CheckInsMessages } from './en/checkIns';
import type { LinksMessages } from './en/links';
import type { PlanChecksMessages } from './en/planChecks';
import type { DeskMessages } from './en/desk';
import type { ReportMessages } from './en/report';

export interface Catalogue {
  home: HomeMessages;
  language: LanguageMessages;
  shell: ShellMessages;
  time: TimeMessages;
  checks: ChecksMessages;
  settings: SettingsMessages;
  backup: BackupMessages;
  data: DataMessages;
  reminders: RemindersMessages;
  calendar: CalendarMessages;
  exercises: ExercisesMessages;
  figures: FiguresMessages;
  guided: GuidedMessages;
  exercisePlan: ExercisePlanMessages;
  water: WaterMessages;
  session: SessionMessages;
  history: HistoryMessages;
  appointments: AppointmentsMessages;
  carePlan: CarePlanMessages;
  checkIns: CheckInsMessages;
  links: LinksMessages;
  planChecks: PlanChecksMessages;
  desk: DeskMessages;
  report: ReportMessages;
}
export type Namespace = keyof Catalogue;
