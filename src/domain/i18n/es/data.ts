import type { DataMessages } from '../en/data';
import { pluralIn } from '../plural';

const plural = pluralIn('es');
const count = (n: number, one: string, other: string) => plural(n, { one, other });

export const data: DataMessages = {
  title: 'Tus datos',
  intro: 'Todo se queda en este teléfono, salvo que tú decidas compartirlo.',
  persisted: 'Tu navegador ha aceptado conservar los datos de Aftercare.',
  mayClear: 'Tu navegador podría borrar los datos de Aftercare si se queda sin espacio; exporta una copia de seguridad de vez en cuando.',
  using: (size) => `Ocupa ${size}.`,
  exportBackup: 'Exportar una copia de seguridad',
  importBackup: 'Importar una copia de seguridad',
  importDone: (c) => {
    const parts = [
      `${count(c.sessionsAdded, '# sesión', '# sesiones')} y ${count(c.drinksAdded, '# bebida', '# bebidas')} importadas`,
      c.planRecordsAdded > 0
        ? count(c.planRecordsAdded,
          '# registro de tu terapeuta (planes, ejercicios, controles) importado',
          '# registros de tu terapeuta (planes, ejercicios, controles) importados')
        : '',
      c.alreadyHere > 0
        ? count(c.alreadyHere, '# ya estaba en este teléfono y se ha conservado tal cual', '# ya estaban en este teléfono y se han conservado tal cual')
        : '',
      c.settingsRestored ? 'ajustes restaurados' : '',
    ];
    return `Importación completada: ${parts.filter(Boolean).join('; ')}.`;
  },
  importNotSaved: 'No se pudo guardar la copia de seguridad en este teléfono, así que no se importó nada. Vuelve a intentarlo.',
  deleteAll: 'Borrar todos mis datos',
  deleteQuestion: '¿Borrar todo?',
  deleteWhat: 'Se borrarán de este teléfono tus sesiones, planes, bebidas y ajustes, junto con los recordatorios. No se puede deshacer.',
  deleteYes: 'Sí, borrar todo',
  cancel: 'Cancelar',
  deleteFailed: 'No se pudieron borrar algunos datos. Vuelve a intentarlo.',
  otherTab: 'Aftercare se actualizó en otra pestaña. Recarga para seguir guardando aquí.',
  reload: 'Recargar',
  unsavedDrinks: (n) => count(n,
    '# bebida aún no está guardada. Aun así cuenta; Aftercare sigue intentando guardarla.',
    '# bebidas aún no están guardadas. Aun así cuentan; Aftercare sigue intentando guardarlas.'),
  tryAgainNow: 'Reintentar ahora',
  problem: {
    unavailable: 'Este navegador no deja que Aftercare guarde datos (modo privado o almacenamiento bloqueado). Todo funciona durante esta visita, pero se perderá al cerrar la aplicación.',
    full: 'Tu teléfono no tiene espacio para Aftercare, así que no se guardó. Libera algo de espacio y vuelve a intentarlo.',
    notSaved: 'Aftercare no pudo guardar eso ahora mismo. Vuelve a intentarlo.',
  },
};
