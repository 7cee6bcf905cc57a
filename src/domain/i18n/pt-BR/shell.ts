import type { ShellMessages } from '../en/shell';

export const shell: ShellMessages = {
  brand: 'Aftercare',
  documentTitle: 'Aftercare — seu plano de cuidados depois da massagem',
  forTherapists: 'para terapeutas',
  mainNavigation: 'Principal',
  tabs: { today: 'Hoje', exercises: 'Exercícios', progress: 'Progresso', history: 'Histórico', settings: 'Ajustes' },
  loading: 'Carregando…',
  screenFailed: 'Não foi possível carregar esta tela. Conecte-se à internet uma vez e depois',
  tryAgain: 'tente de novo',
  updateReady: 'Uma nova versão do Aftercare está pronta.',
  reloadNow: 'Recarregar agora',
  later: 'Depois',
};
