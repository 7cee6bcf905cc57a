/** Every namespace in this language: one lazy chunk, loaded by ../load.ts. */
import type { Catalogue } from '../catalogue';
import { home } from './home';
import { language } from './language';
import { shell } from './shell';
import { time } from './time';
import { checks } from './checks';
import { planChecks } from './planChecks';
import { links } from './links';
import { appointments } from './appointments';
import { checkIns } from './checkIns';
import { carePlan } from './carePlan';

export const catalogue: Catalogue = {
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
