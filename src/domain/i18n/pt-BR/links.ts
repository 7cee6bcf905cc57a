import type { LinksMessages, LinkSubject } from '../en/links';
import { pluralIn } from '../plural';

const plural = pluralIn('pt-BR');
const NOUN: Record<LinkSubject, string> = { plan: 'plano', 'progress report': 'relatório de progresso' };

export const links: LinksMessages = {
  empty: (what) => `Este link não contém nenhum ${NOUN[what]}.`,
  tooLong: (what) => `Este link é longo demais para ser um ${NOUN[what]} do Aftercare.`,
  notOurs: (what) => `Este link não contém um ${NOUN[what]} do Aftercare.`,
  newer: (what) => `Este ${NOUN[what]} foi criado em uma versão mais recente do Aftercare. Atualize o app para abri-lo.`,
  damaged: (what) => `O link deste ${NOUN[what]} está danificado ou incompleto. Peça que ele seja enviado de novo.`,
  tooLarge: (what) => `Este ${NOUN[what]} é grande demais para ser aberto.`,
  andMore: (problems, more) => `${problems} (e mais ${plural(more, { one: '# problema', other: '# problemas' })})`,
  planTooLongToShare: 'Este plano é longo demais para ser compartilhado. Encurte os exercícios e as observações que você mesmo escreveu.',
};
