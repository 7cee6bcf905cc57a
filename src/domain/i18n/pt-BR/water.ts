import type { WaterMessages } from '../en/water';
import { pluralIn } from '../plural';

const plural = pluralIn('pt-BR');
/** Portuguese counts 0 and 1,5 in the singular, as CLDR has it: "0 copo", "2 copos". */
const glasses = (n: number) => plural(n, { one: '# copo', other: '# copos' });
const day = (on: string | undefined) => (on ? ` ${on}` : '');
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('pt-BR') + text.slice(1);
/** The hour one is singular: "às 22:30" but "à 01:00", "das 22:30" but "da 01:00". */
const isOne = (clock: string) => /^0?1[:h]/.test(clock);
/** "até as 22:30", "até amanhã às 07:15"; a date's "em" drops after "até". */
const by = (clock: string, on?: string) =>
  on ? `até ${on.replace(/^em /, '')} ${isOne(clock) ? 'à' : 'às'} ${clock}` : `até ${isOne(clock) ? 'a' : 'as'} ${clock}`;

export const water: WaterMessages = {
  beverages: {
    water: { label: 'Água', short: 'Água' },
    'sparkling-water': { label: 'Água com gás (pura)', short: 'Água com gás' },
    'iced-tea': { label: 'Chá gelado feito em infusão, sem açúcar', short: 'Chá gelado' },
    tea: { label: 'Chá quente sem açúcar', short: 'Chá' },
    'herbal-tea': { label: 'Chá de ervas (sem açúcar)', short: 'Chá de ervas' },
    soda: { label: 'Refrigerante', short: 'Refrigerante' },
    juice: { label: 'Suco', short: 'Suco' },
    'sweet-tea': { label: 'Chá adoçado', short: 'Chá doce' },
    'sports-drink': { label: 'Bebida esportiva (isotônico)', short: 'Isotônico' },
    alcohol: { label: 'Álcool (cerveja, vinho, destilados)', short: 'Álcool' },
    coffee: { label: 'Café (inclusive espresso e descafeinado)', short: 'Café' },
  },
  notCounting: {
    sugary: 'Salvo. Bebidas açucaradas não contam para a sua meta de água de hoje.',
    alcohol: 'Salvo. Álcool não conta para a sua meta de água de hoje.',
    coffee: 'Salvo. Café não conta para a sua meta de água de hoje.',
  },
  sizes: {
    glass: 'Copo', espresso: 'Espresso', wine: 'Taça de vinho', cup: 'Xícara', mug: 'Caneca', can: 'Lata', bottle: 'Garrafa', pint: 'Pint', 'large-bottle': 'Garrafa grande',
  },
  units: { ml: 'ml', floz: 'fl oz', glass: 'copos' },
  volumeMl: (amount) => `${amount} ml`,
  volumeFlOz: (amount) => `${amount} fl oz`,
  glasses,
  countOfGoal: (counted, goal, on) => `${counted} de ${glasses(goal)}${day(on)}`,
  ofGoal: (goal, on) => `de ${glasses(goal)}${day(on)}`,
  goalBy: (goal, clock, on) => `${glasses(goal)} ${by(clock, on)}`,
  countOfGoalBy: (counted, goal, clock, on) => `${counted} de ${glasses(goal)} ${by(clock, on)}`,
  dayResult: (counted, goal, met, everyday) => {
    const figures = `${counted} de ${glasses(goal)}${everyday ? ', sua quantidade diária' : ''}`;
    return met ? `meta cumprida (${figures})` : figures;
  },
  planOwner: { therapist: 'o plano de cuidados do seu terapeuta', own: 'seu próprio plano, feito a partir das suas respostas' },
  reasons: {
    usualBelow: (threshold, min, max) =>
      `Você costuma beber menos de ${glasses(threshold)} por dia, então a recomendação é de pelo menos ${min === max ? glasses(min) : `${min} a ${max} copos`}, distribuídos pelo resto do dia.`,
    usualMeets: (threshold, min, max) =>
      `Você já bebe cerca de ${glasses(threshold)} por dia ou mais, então ${min === max ? plural(min, { one: 'basta # copo a mais', other: 'bastam # copos a mais' }) : `bastam ${min} a ${max} copos a mais`}.`,
    deepWork: (goal) => `Um trabalho mais profundo (tecido profundo, pontos-gatilho, miofascial ou pressão firme a profunda) aponta para o limite superior: sua meta é de ${glasses(goal)}.`,
    lighterWork: (goal) => `Um trabalho mais leve aponta para o limite inferior da faixa: sua meta é de ${glasses(goal)}.`,
    physicianApproval: 'Este tipo de sessão exige que seu médico aprove o plano.',
  },
  summary: {
    today: 'Seu plano para hoje',
    yesterday: 'O plano de ontem, que termina hoje de manhã',
    forDay: (on) => `Seu plano para ${on}`,
    after: (kind, owner) => `Depois da sua sessão de ${lowerFirst(kind)} — ${owner}.`,
    goalReached: 'Meta cumprida, parabéns! Continue bebendo quando sentir sede.',
    noRoom: 'Não há espaço para lembretes entre a hora de acordar e a hora de dormir.',
    roomFor: (reminders) => plural(reminders, { one: 'Entre a hora de acordar e a de dormir cabe # lembrete, não um para cada copo.', other: 'Entre a hora de acordar e a de dormir cabem # lembretes, não um para cada copo.' }),
    nextReminder: (when) => `Próximo lembrete: ${when}`,
    firstReminder: (when) => `Primeiro lembrete: ${when}`,
    noMoreToday: 'Não há mais lembretes hoje.',
    noMoreFromPlan: 'Não há mais lembretes deste plano.',
    askPhysician: 'Consulte seu médico:',
    askPhysicianBody: (kind) => `depois de uma sessão de ${lowerFirst(kind)}, confira este plano com seu médico antes de segui-lo.`,
    why: 'Por que essa quantidade?',
  },
  today: {
    loading: 'Carregando seu plano…',
    noPlan: 'Ainda não há plano',
    noPlanIntro: 'Conte como foi a sua massagem e vamos transformar as orientações do seu terapeuta em um plano para o resto do dia.',
    start: 'Começar depois da minha massagem',
    ownLogSoFar: (counted, goal) => `Registrado hoje até agora: ${counted} de ${glasses(goal)}. O plano de amanhã começa na sua hora de acordar.`,
    everydayTitle: 'Sua água de hoje',
    everydayIntro: 'Sem sessão hoje: sua quantidade diária definida em Ajustes, sem lembretes, a menos que você peça em Lembretes.',
    everydayIntroAsked: 'Sem sessão hoje: sua quantidade diária definida em Ajustes, com os lembretes que você pediu para hoje.',
    goalToday: (goal) => `${glasses(goal)} hoje`,
    yesterday: (result) => `Ontem: ${result}.`,
    earlier: (counted, goal) => `Hoje, antes da sua última sessão: ${counted} de ${glasses(goal)}.`,
    earlierStay: 'Esses copos ficam com aquele plano; este conta a partir da sua última sessão.',
  },
  logger: {
    plusOne: '+1 copo de água',
    title: 'Registrar uma bebida',
    counts: 'Contam para a sua meta',
    notCounting: 'Não contam hoje',
    failed: 'A bebida não foi salva. Tente de novo.',
    howMuch: (drink) => `${drink}: quanto?`,
    notCountingHint: 'Não conta para a meta de água de hoje; registre assim mesmo para manter um histórico fiel.',
    otherAmount: 'Outra quantidade',
    logDrink: 'Registrar bebida',
  },
  amount: { label: 'Quantidade', unit: 'Unidade', outOfRange: 'Digite uma quantidade entre 10 ml e 2 litros.' },
  cancel: 'Cancelar',
  list: {
    title: 'Bebidas de hoje',
    empty: (button) => `Nada registrado ainda. Toque em “${button}” depois de cada copo ou escolha outra bebida acima.`,
    counts: 'conta',
    doesntCount: 'não conta',
    notSavedYet: 'ainda não salvo',
    edit: 'Editar',
    delete: 'Excluir',
    editLabel: (drink, time) => `Editar ${drink} ${isOne(time) ? 'da' : 'das'} ${time}`,
    deleteLabel: (drink, time) => `Excluir ${drink} ${isOne(time) ? 'da' : 'das'} ${time}`,
    notSaved: 'Não foi salvo. Tente de novo.',
  },
  editor: {
    drink: 'Bebida',
    time: 'Horário',
    timeInvalid: 'Digite um horário como 14:30.',
    timeFuture: 'Esse horário ainda não chegou hoje.',
    save: 'Salvar',
  },
  guide: {
    title: 'O que beber',
    counts: 'Contam para a sua meta',
    notCounting: 'Não contam hoje',
    notCountingNote: 'Nada açucarado, nada de álcool, nada de café. Mesmo assim, você pode registrá-los.',
    whyTitle: 'Por que a água é importante hoje',
    why: 'Os terapeutas associam não beber água depois de uma massagem — principalmente depois de um trabalho profundo — a cansaço, dores no corpo e cãibras mais tarde no mesmo dia. Se você não se sentir bem, fale com seu terapeuta ou com seu médico.',
  },
  stepper: {
    question: 'Quantos copos de água você costuma beber por dia?',
    glassIs: (size) => `Um copo equivale a ${size}. Uma estimativa já basta.`,
    fewer: 'Um copo a menos',
    more: 'Um copo a mais',
    label: 'Copos de água em um dia comum',
  },
  celebration: {
    title: 'Meta cumprida!',
    body: (goal) => `${goal} de ${glasses(goal)}. Parabéns!`,
    close: 'Fechar',
  },
  home: {
    todaysPlan: 'Plano de hoje:',
    yesterdaysPlan: 'Plano de ontem:',
    tomorrowsPlan: 'Seu plano para amanhã:',
    today: 'Hoje:',
    everyday: (counted, goal) => `${counted} de ${glasses(goal)}, sua quantidade diária.`,
    openPlan: 'Abrir o plano de hoje',
    openToday: 'Abrir Hoje',
  },
  undo: {
    logged: (drink, amount) => `Registrado: ${drink}, ${amount}.`,
    deleted: (drink, amount) => `Excluído: ${drink}, ${amount}.`,
    undo: 'Desfazer',
    dismiss: 'Fechar',
  },
  reminderBody: (glass, goal) => `Copo ${glass} de ${goal} do seu plano de hidratação.`,
  everydayReminderBody: (glass, goal) => `Copo ${glass} de ${goal} hoje, sua quantidade diária.`,
};
