import type { LinksMessages } from '../en/links';
import { pluralIn } from '../plural';

const plural = pluralIn('de');

export const links: LinksMessages = {
  plan: {
    empty: 'Dieser Link enthält keinen Plan.',
    tooLong: 'Dieser Link ist zu lang für einen Aftercare-Plan.',
    notOurs: 'Dieser Link enthält keinen Aftercare-Plan.',
    newer: 'Dieser Plan wurde mit einer neueren Version von Aftercare erstellt. Aktualisieren Sie die App, um ihn zu öffnen.',
    damaged: 'Der Link des Plans ist beschädigt oder unvollständig. Bitten Sie darum, ihn erneut zu senden.',
    tooLarge: 'Dieser Plan ist zu groß zum Öffnen.',
  },
  report: {
    empty: 'Dieser Link enthält keinen Fortschrittsbericht.',
    tooLong: 'Dieser Link ist zu lang für einen Fortschrittsbericht von Aftercare.',
    notOurs: 'Dieser Link enthält keinen Fortschrittsbericht von Aftercare.',
    newer: 'Dieser Fortschrittsbericht wurde mit einer neueren Version von Aftercare erstellt. Aktualisieren Sie die App, um ihn zu öffnen.',
    damaged: 'Der Link des Fortschrittsberichts ist beschädigt oder unvollständig. Bitten Sie darum, ihn erneut zu senden.',
    tooLarge: 'Dieser Fortschrittsbericht ist zu groß zum Öffnen.',
  },
  tooLongToShare: 'Dieser Plan ist zu lang zum Teilen. Kürzen Sie die Übungen und Hinweise, die Sie selbst geschrieben haben.',
  andMore: (shown, more) => `${shown} (und ${plural(more, { one: '# weiteres Problem', other: '# weitere Probleme' })})`,
};
