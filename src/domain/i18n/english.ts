/**
 * Every English namespace in one object: for the pseudo-locale and the catalogue tests only. The app
 * itself never imports this, so each screen keeps carrying just its own English.
 */
import type { Catalogue } from './catalogue';
import { home } from './en/home';
import { language } from './en/language';
import { shell } from './en/shell';
import { time } from './en/time';
import { checks } from './en/checks';
import { settings } from './en/settings';
import { backup } from './en/backup';
import { data } from './en/data';
import { reminders } from './en/reminders';
import { calendar } from './en/calendar';
import { exercises } from './en/exercises';
import { figures } from './en/figures';
import { guided } from './en/guided';
import { exercisePlan } from './en/exercisePlan';
import { water } from './en/water';
import { session } from './en/session';
import { history } from './en/history';
import { appointments } from './en/appointments';
import { carePlan } from './en/carePlan';
import { checkIns } from './en/checkIns';
import { links } from './en/links';
import { planChecks } from './en/planChecks';
import { desk } from './en/desk';
import { report } from './en/report';

export const english: Catalogue = {
  home,
  language,
  shell,
  time,
  checks,
  settings,
  backup,
  data,
  reminders,
  calendar,
  exercises,
  figures,
  guided,
  exercisePlan,
  water,
  session,
  history,
  appointments,
  carePlan,
  checkIns,
  links,
  planChecks,
  desk,
  report,
};
