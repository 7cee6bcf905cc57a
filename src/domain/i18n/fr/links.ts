import type { LinksMessages, LinkSubject } from '../en/links';
import { pluralIn } from '../plural';

const plural = pluralIn('fr');
const NOUN: Record<LinkSubject, string> = { plan: 'plan', 'progress report': 'bilan de progression' };

export const links: LinksMessages = {
  empty: (what) => `Ce lien ne contient aucun ${NOUN[what]}.`,
  tooLong: (what) => `Ce lien est trop long pour être un ${NOUN[what]} Aftercare.`,
  notOurs: (what) => `Ce lien ne contient pas de ${NOUN[what]} Aftercare.`,
  newer: (what) => `Ce ${NOUN[what]} a été créé avec une version plus récente d’Aftercare. Mettez l’application à jour pour l’ouvrir.`,
  damaged: (what) => `Le lien de ce ${NOUN[what]} est endommagé ou incomplet. Demandez qu’on vous le renvoie.`,
  tooLarge: (what) => `Ce ${NOUN[what]} est trop volumineux pour être ouvert.`,
  andMore: (problems, more) => `${problems} (et ${plural(more, { one: '# autre problème', other: '# autres problèmes' })})`,
  planTooLongToShare: 'Ce plan est trop long pour être partagé. Raccourcissez les exercices et les notes que vous avez rédigés vous-même.',
};
