/** Every namespace in this language: one lazy chunk, loaded by ../load.ts. */
import type { Catalogue } from '../catalogue';
import { home } from './home';
import { language } from './language';
import { shell } from './shell';
import { time } from './time';
import { checks } from './checks';
import { settings } from './settings';
import { backup } from './backup';
import { data } from './data';
import { reminders } from './reminders';
import { calendar } from './calendar';
import { exercises } from './exercises';
import { figures } from './figures';
import { guided } from './guided';
import { exercisePlan } from './exercisePlan';
import { water } from './water';
import { session } from './session';
import { history } from './history';
import { appointments } from './appointments';
import { carePlan } from './carePlan';
import { checkIns } from './checkIns';
import { links } from './links';
import { planChecks } from './planChecks';
import { desk } from './desk';
import { report } from './report';

export const catalogue: Catalogue = {
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
