/**
 * The shape every language fills: one entry per namespace, typed from the English (en/*.ts). A language
 * missing a namespace, a message or a parameter is a type error.
 */
import type { HomeMessages } from './en/home';
import type { LanguageMessages } from './en/language';
import type { ShellMessages } from './en/shell';
import type { TimeMessages } from './en/time';
import type { ChecksMessages } from './en/checks';
import type { PlanChecksMessages } from './en/planChecks';
import type { LinksMessages } from './en/links';
import type { AppointmentsMessages } from './en/appointments';
import type { CheckInsMessages } from './en/checkIns';
import type { CarePlanMessages } from './en/carePlan';

export interface Catalogue {
  home: HomeMessages;
  language: LanguageMessages;
  shell: ShellMessages;
  time: TimeMessages;
  checks: ChecksMessages;
  planChecks: PlanChecksMessages;
  links: LinksMessages;
  appointments: AppointmentsMessages;
  checkIns: CheckInsMessages;
  carePlan: CarePlanMessages;
}
export type Namespace = keyof Catalogue;
