import type { SessionMessages } from '../en/session';

export const session: SessionMessages = {
  // Names that read well after "sessão de" (Hoje: "Depois da sua sessão de tecido profundo").
  kinds: {
    relaxation: { label: 'Relaxamento / sueca / spa', description: 'Movimentos longos e fluidos para relaxar e aliviar o estresse.' },
    therapeutic: { label: 'Massagem terapêutica', description: 'Trabalho focado em um objetivo, como aliviar a dor ou se movimentar com mais liberdade.' },
    'deep-tissue': { label: 'Tecido profundo', description: 'Movimentos lentos e firmes que alcançam as camadas mais profundas do músculo.' },
    'trigger-point': { label: 'Pontos-gatilho', description: 'Pressão mantida sobre nós de tensão que podem causar dor em outros lugares.' },
    myofascial: { label: 'Liberação miofascial', description: 'Alongamento prolongado do tecido conjuntivo que envolve os músculos.' },
    sports: { label: 'Massagem esportiva', description: 'Trabalho que prepara o corpo para o treino ou ajuda na recuperação depois.' },
    stretching: { label: 'Alongamento assistido', description: 'O terapeuta movimenta e alonga seus braços e pernas para melhorar a flexibilidade.' },
    cupping: { label: 'Ventosaterapia', description: 'Ventosas usam uma sucção suave para levantar a pele e o músculo e aliviar a tensão.' },
    scraping: { label: 'Raspagem (gua sha / IASTM)', description: 'Um instrumento de borda lisa desliza sobre a pele para soltar tecidos tensos.' },
    lymphatic: { label: 'Drenagem linfática', description: 'Movimentos muito leves e ritmados que ajudam o corpo a movimentar líquidos.' },
    prenatal: { label: 'Massagem pré-natal', description: 'Massagem voltada ao conforto durante a gravidez, em posições seguras.' },
    oncology: { label: 'Massagem oncológica', description: 'Massagem suave, adaptada para pessoas com câncer ou que já passaram por ele.' },
  },
  pressures: {
    light: { label: 'Leve', description: 'Toque suave, na superfície da pele.' },
    medium: { label: 'Média', description: 'Pressão constante que relaxa os músculos.' },
    firm: { label: 'Firme', description: 'Pressão forte, focada nas áreas tensas.' },
    deep: { label: 'Profunda', description: 'A pressão mais intensa, que alcança as camadas profundas do músculo.' },
  },
  physicianNote: 'Este tipo de massagem exige a aprovação do seu médico. Siga as orientações do seu médico junto com este plano.',
  errors: {
    kind: 'Escolha o tipo de massagem.',
    pressure: 'Escolha a pressão usada.',
    usualGlasses: (min, max) => `Digite quantos copos você costuma beber por dia: um número inteiro de ${min} a ${max}.`,
    endedAt: 'Informe quando a sessão terminou.',
    endInFuture: 'A sessão não pode terminar no futuro.',
    endTooOld: (days) => `A sessão precisa ter terminado nos últimos ${days} dias.`,
  },
  intake: {
    title: 'Conte como foi a sua sessão',
    intro: 'Quatro perguntas rápidas. Suas respostas ficam neste celular.',
    kindQuestion: 'Que tipo de massagem foi?',
    pressureQuestion: 'Qual foi a pressão?',
    endQuestion: 'Quando a sessão terminou?',
    saveFailed: 'Seu plano não foi salvo. Suas respostas continuam aqui; tente de novo.',
    submit: 'Criar meu plano',
  },
};
