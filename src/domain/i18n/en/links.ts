/** Share links (domain/links): why a plan or progress report link can't be opened or made. */
import { namespace } from '../active';
import { plural } from '../plural';

export const links = {
  plan: {
    empty: 'This link has no plan in it.',
    tooLong: 'This link is too long to be an Aftercare plan.',
    notOurs: "This link doesn't contain an Aftercare plan.",
    newer: 'This plan was made with a newer version of Aftercare. Update the app to open it.',
    damaged: 'This plan link is damaged or incomplete. Ask for it to be sent again.',
    tooLarge: 'This plan is too large to open.',
  },
  report: {
    empty: 'This link has no progress report in it.',
    tooLong: 'This link is too long to be an Aftercare progress report.',
    notOurs: "This link doesn't contain an Aftercare progress report.",
    newer: 'This progress report was made with a newer version of Aftercare. Update the app to open it.',
    damaged: 'This progress report link is damaged or incomplete. Ask for it to be sent again.',
    tooLarge: 'This progress report is too large to open.',
  },
  tooLongToShare: 'This plan is too long to share. Shorten the exercises and notes you wrote yourself.',
  /** The first problems found, then how many more. */
  andMore: (shown: string, more: number) => `${shown} (and ${plural('en', more, { one: '# more problem', other: '# more problems' })})`,
};
export type LinksMessages = typeof links;
export const linksText = namespace('links', links);
