/**
 * The shape every language fills: one entry per namespace, typed from the English (en/*.ts). A language
 * missing a namespace, a message or a parameter is a type error.
 */
import type { HomeMessages } from './en/home';
import type { LanguageMessages } from './en/language';
import type { ShellMessages } from './en/shell';
import type { TimeMessages } from './en/time';
import type { WaterMessages } from './en/water';
import type { SessionMessages } from './en/session';
import type { HistoryMessages } from './en/history';

export interface Catalogue {
  home: HomeMessages;
  language: LanguageMessages;
  shell: ShellMessages;
  time: TimeMessages;
  water: WaterMessages;
  session: SessionMessages;
  history: HistoryMessages;
}
export type Namespace = keyof Catalogue;
