import type { LinksMessages, LinkSubject } from '../en/links';
import { pluralIn } from '../plural';

const plural = pluralIn('de');
// Both are masculine and keep their form in every case the sentences below use.
const NOUN: Record<LinkSubject, string> = { plan: 'Plan', 'progress report': 'Fortschrittsbericht' };

export const links: LinksMessages = {
  empty: (what) => `Dieser Link enthält keinen ${NOUN[what]}.`,
  tooLong: (what) => `Dieser Link ist zu lang für einen ${NOUN[what]} aus Aftercare.`,
  notOurs: (what) => `Dieser Link enthält keinen ${NOUN[what]} aus Aftercare.`,
  newer: (what) => `Dieser ${NOUN[what]} wurde mit einer neueren Version von Aftercare erstellt. Bitte aktualisieren Sie die App, um ihn zu öffnen.`,
  damaged: (what) => `Der Link zu diesem ${NOUN[what]} ist beschädigt oder unvollständig. Bitten Sie darum, ihn noch einmal zu senden.`,
  tooLarge: (what) => `Dieser ${NOUN[what]} ist zu groß, um ihn zu öffnen.`,
  andMore: (problems, more) => `${problems} (und ${plural(more, { one: '# weiteres Problem', other: '# weitere Probleme' })})`,
  planTooLongToShare: 'Dieser Plan ist zu lang zum Teilen. Bitte kürzen Sie die Übungen und Hinweise, die Sie selbst geschrieben haben.',
};
