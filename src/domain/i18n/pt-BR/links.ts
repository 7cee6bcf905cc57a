import type { LinksMessages } from '../en/links';
import { pluralIn } from '../plural';

const plural = pluralIn('pt-BR');

export const links: LinksMessages = {
  plan: {
    empty: 'Este link não tem nenhum plano.',
    tooLong: 'Este link é longo demais para ser um plano do Aftercare.',
    notOurs: 'Este link não contém um plano do Aftercare.',
    newer: 'Este plano foi criado com uma versão mais nova do Aftercare. Atualize o app para abri-lo.',
    damaged: 'O link do plano está danificado ou incompleto. Peça para enviarem de novo.',
    tooLarge: 'Este plano é grande demais para abrir.',
  },
  report: {
    empty: 'Este link não tem nenhum relatório de progresso.',
    tooLong: 'Este link é longo demais para ser um relatório de progresso do Aftercare.',
    notOurs: 'Este link não contém um relatório de progresso do Aftercare.',
    newer: 'Este relatório de progresso foi criado com uma versão mais nova do Aftercare. Atualize o app para abri-lo.',
    damaged: 'O link do relatório de progresso está danificado ou incompleto. Peça para enviarem de novo.',
    tooLarge: 'Este relatório de progresso é grande demais para abrir.',
  },
  tooLongToShare: 'Este plano é longo demais para compartilhar. Encurte os exercícios e as notas que você mesmo escreveu.',
  andMore: (shown, more) => `${shown} (e mais ${plural(more, { one: '# problema', other: '# problemas' })})`,
};
