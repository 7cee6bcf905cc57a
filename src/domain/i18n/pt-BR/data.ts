import type { DataMessages } from '../en/data';
import { pluralIn } from '../plural';

const plural = pluralIn('pt-BR');
const count = (n: number, one: string, other: string) => plural(n, { one, other });

export const data: DataMessages = {
  title: 'Seus dados',
  intro: 'Tudo fica neste celular, a menos que você decida compartilhar.',
  persisted: 'Seu navegador concordou em guardar os dados do Aftercare.',
  mayClear: 'Seu navegador pode apagar os dados do Aftercare se faltar espaço; exporte um backup de vez em quando.',
  using: (size) => `Usando ${size}.`,
  exportBackup: 'Exportar um arquivo de backup',
  importBackup: 'Importar um arquivo de backup',
  importDone: (c) => {
    const parts = [
      `${count(c.sessionsAdded, '# sessão', '# sessões')} e ${count(c.drinksAdded, '# bebida', '# bebidas')} importadas`,
      c.planRecordsAdded > 0
        ? count(c.planRecordsAdded,
          '# registro do seu terapeuta (planos, exercícios, check-ins) importado',
          '# registros do seu terapeuta (planos, exercícios, check-ins) importados')
        : '',
      c.alreadyHere > 0
        ? count(c.alreadyHere,
          '# já estava neste celular e foi mantido como estava',
          '# já estavam neste celular e foram mantidos como estavam')
        : '',
      c.settingsRestored ? 'ajustes restaurados' : '',
    ];
    return `Importação concluída: ${parts.filter(Boolean).join('; ')}.`;
  },
  importNotSaved: 'Não foi possível salvar o backup neste celular, então nada foi importado. Tente de novo.',
  deleteAll: 'Apagar todos os meus dados',
  deleteQuestion: 'Apagar tudo?',
  deleteWhat: 'Suas sessões, planos, bebidas e ajustes serão removidos deste celular, junto com os lembretes. Isso não pode ser desfeito.',
  deleteYes: 'Sim, apagar tudo',
  cancel: 'Cancelar',
  deleteFailed: 'Alguns dados não puderam ser apagados. Tente de novo.',
  otherTab: 'O Aftercare foi atualizado em outra aba. Recarregue para continuar salvando aqui.',
  reload: 'Recarregar',
  unsavedDrinks: (n) => count(n,
    '# bebida ainda não foi salva. Ela conta mesmo assim; o Aftercare continua tentando salvá-la.',
    '# bebidas ainda não foram salvas. Elas contam mesmo assim; o Aftercare continua tentando salvá-las.'),
  tryAgainNow: 'Tentar de novo agora',
  problem: {
    unavailable: 'Este navegador não deixa o Aftercare salvar dados (modo privado ou armazenamento bloqueado). Tudo funciona nesta visita, mas os dados somem quando você fechar o aplicativo.',
    full: 'Seu celular está sem espaço de armazenamento para o Aftercare, então isso não foi salvo. Libere espaço e tente de novo.',
    notSaved: 'O Aftercare não conseguiu salvar isso agora. Tente de novo.',
  },
};
