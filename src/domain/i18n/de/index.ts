/** Every namespace in this language: one lazy chunk, loaded by ../load.ts. */
import type { Catalogue } from '../catalogue';
import { home } from './home';
import { language } from './language';
import { shell } from './shell';
import { time } from './time';
import { water } from './water';
import { session } from './session';
import { history } from './history';

export const catalogue: Catalogue = {
  home,
  language,
  shell,
  time,
  water,
  session,
  history,
};
