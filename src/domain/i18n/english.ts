/**
 * Every English namespace in one object: for the pseudo-locale and the catalogue tests only. The app
 * itself never imports this, so each screen keeps carrying just its own English.
 */
import type { Catalogue } from './catalogue';
import { home } from './en/home';
import { language } from './en/language';
import { shell } from './en/shell';
import { time } from './en/time';
import { desk } from './en/desk';
import { report } from './en/report';
import { links } from './en/links';

export const english: Catalogue = {
  home,
  language,
  shell,
  time,
  desk,
  report,
  links,
};
