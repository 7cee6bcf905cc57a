/** Every namespace in this language: one lazy chunk, loaded by ../load.ts. */
import type { Catalogue } from '../catalogue';
import { home } from './home';
import { language } from './language';
import { shell } from './shell';
import { time } from './time';
import { desk } from './desk';
import { report } from './report';
import { links } from './links';

export const catalogue: Catalogue = {
  home,
  language,
  shell,
  time,
  desk,
  report,
  links,
};
