import type { SessionMessages } from '../en/session';

export const session: SessionMessages = {
  // Names that read well after "sesión de" (Today: "Después de tu sesión de tejido profundo").
  kinds: {
    relaxation: { label: 'Relajación / sueco / spa', description: 'Movimientos largos y fluidos para desconectar y aliviar el estrés.' },
    therapeutic: { label: 'Masaje terapéutico', description: 'Trabajo enfocado en un objetivo, como aliviar el dolor o moverte con más libertad.' },
    'deep-tissue': { label: 'Tejido profundo', description: 'Movimientos lentos y firmes que llegan a las capas más profundas del músculo.' },
    'trigger-point': { label: 'Puntos gatillo', description: 'Presión sostenida sobre nudos tensos que pueden causar dolor en otras zonas.' },
    myofascial: { label: 'Liberación miofascial', description: 'Estiramiento sostenido del tejido conectivo que envuelve los músculos.' },
    sports: { label: 'Masaje deportivo', description: 'Trabajo que prepara el cuerpo para entrenar o le ayuda a recuperarse después.' },
    stretching: { label: 'Estiramientos asistidos', description: 'Tu terapeuta mueve y estira tus brazos y piernas para mejorar la flexibilidad.' },
    cupping: { label: 'Ventosas', description: 'Las ventosas usan una succión suave para levantar la piel y el músculo y aliviar la tensión.' },
    scraping: { label: 'Raspado (gua sha / IASTM)', description: 'Una herramienta de borde liso se desliza sobre la piel para soltar el tejido tenso.' },
    lymphatic: { label: 'Drenaje linfático', description: 'Movimientos muy suaves y rítmicos que ayudan al cuerpo a mover los líquidos.' },
    prenatal: { label: 'Masaje prenatal', description: 'Masaje centrado en la comodidad durante el embarazo, en posturas seguras.' },
    oncology: { label: 'Masaje oncológico', description: 'Masaje suave adaptado a personas que viven con cáncer o que lo han pasado.' },
  },
  pressures: {
    light: { label: 'Suave', description: 'Un toque delicado, a nivel de la piel.' },
    medium: { label: 'Media', description: 'Presión constante que relaja los músculos.' },
    firm: { label: 'Firme', description: 'Presión fuerte centrada en las zonas tensas.' },
    deep: { label: 'Profunda', description: 'La presión más intensa, que llega a las capas profundas del músculo.' },
  },
  physicianNote: 'Este tipo de masaje requiere la aprobación de tu médico. Sigue las indicaciones de tu médico junto con este plan.',
  errors: {
    kind: 'Elige el tipo de masaje.',
    pressure: 'Elige la presión que se usó.',
    usualGlasses: (min, max) => `Escribe cuántos vasos sueles beber al día: un número entero del ${min} al ${max}.`,
    endedAt: 'Indica cuándo terminó la sesión.',
    endInFuture: 'La sesión no puede terminar en el futuro.',
    endTooOld: (days) => `La sesión tiene que haber terminado en los últimos ${days} días.`,
  },
  intake: {
    title: 'Cuéntanos cómo fue tu sesión',
    intro: 'Cuatro preguntas rápidas. Tus respuestas se quedan en este teléfono.',
    kindQuestion: '¿Qué tipo de masaje fue?',
    pressureQuestion: '¿Qué presión se usó?',
    endQuestion: '¿Cuándo terminó la sesión?',
    saveFailed: 'No se guardó tu plan. Tus respuestas siguen aquí; inténtalo de nuevo.',
    submit: 'Crear mi plan',
  },
};
