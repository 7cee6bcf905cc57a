import type { ShellMessages } from '../en/shell';

export const shell: ShellMessages = {
  brand: 'Aftercare',
  documentTitle: 'Aftercare — tu plan de cuidados después del masaje',
  forTherapists: 'para terapeutas',
  mainNavigation: 'Principal',
  tabs: { today: 'Hoy', exercises: 'Ejercicios', progress: 'Progreso', history: 'Historial', settings: 'Ajustes' },
  loading: 'Cargando…',
  screenFailed: 'No se pudo cargar esta pantalla. Conéctate a internet una vez y luego',
  tryAgain: 'vuelve a intentarlo',
  updateReady: 'Hay una nueva versión de Aftercare lista.',
  reloadNow: 'Recargar ahora',
  later: 'Más tarde',
};
