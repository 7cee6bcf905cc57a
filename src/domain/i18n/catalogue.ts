/**
 * The shape every language fills: one entry per namespace, typed from the English (en/*.ts). A language
 * missing a namespace, a message or a parameter is a type error.
 */
import type { HomeMessages } from './en/home';
import type { LanguageMessages } from './en/language';
import type { ShellMessages } from './en/shell';
import type { TimeMessages } from './en/time';
import type { DeskMessages } from './en/desk';
import type { ReportMessages } from './en/report';
import type { LinksMessages } from './en/links';

export interface Catalogue {
  home: HomeMessages;
  language: LanguageMessages;
  shell: ShellMessages;
  time: TimeMessages;
  desk: DeskMessages;
  report: ReportMessages;
  links: LinksMessages;
}
export type Namespace = keyof Catalogue;
