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
import { planChecks } from './en/planChecks';
import { links } from './en/links';
import { appointments } from './en/appointments';
import { checkIns } from './en/checkIns';
import { carePlan } from './en/carePlan';

export const english: Catalogue = {
  home,
  language,
  shell,
  time,
  checks,
  planChecks,
  links,
  appointments,
  checkIns,
  carePlan,
};
