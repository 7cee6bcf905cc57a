/** Why a share link can't be opened or made (domain/links): for plan links and progress report links alike. */
import { namespace } from '../active';
import { plural } from '../plural';

/** What a link carries: a therapist's plan, or a client's progress report. Each language names it its own way. */
export type LinkSubject = 'plan' | 'progress report';

export const links = {
  empty: (what: LinkSubject) => `This link has no ${what} in it.`,
  tooLong: (what: LinkSubject) => `This link is too long to be an Aftercare ${what}.`,
  notOurs: (what: LinkSubject) => `This link doesn't contain an Aftercare ${what}.`,
  newer: (what: LinkSubject) => `This ${what} was made with a newer version of Aftercare. Update the app to open it.`,
  damaged: (what: LinkSubject) => `This ${what} link is damaged or incomplete. Ask for it to be sent again.`,
  tooLarge: (what: LinkSubject) => `This ${what} is too large to open.`,
  /** The first few problems, then how many more were left out. */
  andMore: (problems: string, more: number) => `${problems} (and ${plural('en', more, { one: '# more problem', other: '# more problems' })})`,
  planTooLongToShare: 'This plan is too long to share. Shorten the exercises and notes you wrote yourself.',
};
export type LinksMessages = typeof links;
export const linksText = namespace('links', links);
