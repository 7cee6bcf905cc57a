import type { ReportMessages } from '../en/report';
import { pluralIn } from '../plural';

const plural = pluralIn('pt-BR');
const p = (n: number, one: string, other: string) => plural(n, { one, other });

export const report: ReportMessages = {
  view: {
    cantOpen: 'Não foi possível abrir este relatório',
    title: (client) => (client ? `Progresso de ${client}` : 'Relatório de progresso do cliente'),
    lead: (client, therapist, dates) =>
      client ? `${client}, no plano de cuidados de ${therapist}: ${dates}.` : `No plano de cuidados de ${therapist}: ${dates}.`,
    range: (from, to) => `de ${from} a ${to}`,
    sent: (day) => `Enviado em ${day}. Só leitura; números como o cliente registrou.`,
    unverified:
      'Este link foi criado por uma versão anterior do Aftercare, então não dá para verificar se está danificado. Se algo parecer errado, peça ao cliente para enviar de novo.',
    calm: 'Nenhum hematoma, dormência ou tontura relatados.',
    flaggedTitle: 'Sinalizado pelo cliente',
    reported: (flags) => `Relatou: ${flags}.`,
    flaggedOn: (day, flags) => `${day}: ${flags}`,
    flags: { bruising: 'hematomas', numbness: 'dormência ou formigamento', lightHeaded: 'tontura' },
    exercises: 'Exercícios em casa',
    ofSets: (percent) => `${percent} das séries`,
    noneDue: 'Nenhum previsto',
    waterGoal: 'Meta de água',
    daysMet: (met, days) => `${met} de ${p(days, '# dia', '# dias')}`,
    nothingLogged: 'Nada registrado',
    checkIns: 'Check-ins',
    answered: (n) => p(n, '# respondido', '# respondidos'),
    water: 'Água',
    waterMet: (met, days) => `Meta cumprida em ${met} de ${p(days, '# dia', '# dias')}.`,
    weekOneStarts: (date) => `A semana 1 começa no dia da sessão, ${date}.`,
    perWeek: 'Séries feitas por semana',
    week: 'Semana',
    setsDone: 'Séries feitas',
    share: 'Parcela',
    weekNumber: (n) => `Semana ${n}`,
    doneOf: (done, expected) => `${done} de ${expected}`,
    eachExercise: 'Cada exercício',
    exerciseFigure: (done, expected, percent) => `${done} de ${p(expected, '# série', '# séries')} · ${percent}`,
  },
  text: {
    heading: (therapist) => `Progresso no meu plano de cuidados de ${therapist}`,
    fromClient: (client) => `De ${client}.`,
    span: (from, to) => `Da sessão em ${from} até ${to}.`,
    sets: (done, expected, percent) => `${done} de ${p(expected, '# série', '# séries')} (${percent})`,
    noExercisesDue: 'Exercícios em casa: nenhum estava previsto.',
    exercisesDone: (sets) => `Exercícios em casa: ${sets} feitas.`,
    week: (week, from, sets) => `- Semana ${week} (a partir de ${from}): ${sets}`,
    noCheckIns: 'Check-ins: nenhum respondido ainda.',
    checkInsHeading: 'Check-ins (notas de 0 a 10; no sono, 10 é o melhor):',
    checkIn: (date, when, scores, noticed) => `- ${date}, ${when}: ${scores || 'sem notas'}${noticed ? `; notou: ${noticed}` : ''}`,
    weekly: (week) => `semana ${week}`,
    kinds: {
      baseline: 'ao salvar o plano',
      'after-24h': 'cerca de 24 horas depois da sessão',
      'after-48h': 'cerca de 48 horas depois da sessão',
      weekly: 'semanal',
    },
    score: (name, value) => `${name} ${value}`,
    scores: { soreness: 'dor muscular', pain: 'dor', stiffness: 'rigidez', sleep: 'sono' },
    flags: { bruising: 'hematomas', numbness: 'dormência', lightHeaded: 'tontura' },
    noWater: 'Água: nada registrado.',
    water: (met, days) => `Água: meta cumprida em ${met} de ${p(days, '# dia', '# dias')}.`,
  },
  // Labels: the checks' sentences put them before a colon.
  fields: {
    exerciseName: 'Nome de um exercício',
    therapistName: 'Nome do terapeuta',
    date: 'Data do relatório',
    clientName: 'Nome do cliente',
  },
  problems: {
    notReport: 'Isto não é um relatório de progresso do Aftercare.',
    weeks: 'Os números semanais dos exercícios não são válidos.',
    checkIns: 'As respostas dos check-ins não são válidas.',
    water: 'Os números de água não são válidos.',
    dates: 'As datas do relatório não são válidas.',
    exercises: 'Os números dos exercícios não são válidos.',
    timeZone: 'O fuso horário do relatório está faltando ou este aparelho não o conhece.',
  },
};
