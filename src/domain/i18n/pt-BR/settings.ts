import type { SettingsMessages } from '../en/settings';
import { formatList, pluralIn } from '../plural';

const plural = pluralIn('pt-BR');
const hours = (n: number) => plural(n, { one: '# hora', other: '# horas' });
const minutes = (n: number) => plural(n, { one: '# minuto', other: '# minutos' });

export const settings: SettingsMessages = {
  title: 'Ajustes',
  yourDay: 'Seu dia',
  wakeTime: 'Hora de acordar',
  bedtime: 'Hora de dormir',
  bedtimeHint: 'Nenhum lembrete entre a hora de dormir e a hora de acordar.',
  quietLegend: 'Horário de silêncio durante o dia',
  quietToggle: 'Nenhum lembrete durante um período de silêncio',
  quietFrom: 'De',
  quietUntil: 'Até',
  glassesAndUnits: 'Copos e unidades',
  glassSize: 'Tamanho do copo (ml)',
  glassSizeHint: 'Um copo padrão tem 250 ml (cerca de 8 fl oz).',
  unit: 'Mostrar quantidades em',
  units: { glass: 'Copos', ml: 'Mililitros (ml)', floz: 'Onças líquidas (fl oz)' },
  goodDaily: 'Uma boa quantidade diária (copos)',
  goodDailyHint: 'Se você costuma beber pelo menos isso, 2–3 copos a mais bastam depois de uma sessão.',
  save: 'Salvar ajustes',
  saved: 'Ajustes salvos. Os novos planos passam a usá-los; os planos já feitos mantêm seus horários.',
  notSaved: 'Os ajustes não foram salvos. Tente de novo.',
  check: {
    wakeTime: 'Informe uma hora de acordar, por exemplo 07:00.',
    bedtime: 'Informe uma hora de dormir, por exemplo 22:30.',
    quietHoursList: 'O horário de silêncio precisa ser uma lista de períodos.',
    quietPeriodTimes: 'O período de silêncio {quietHours} precisa de um horário de início e de fim, por exemplo 12:30.',
    quietPeriodOrder: 'O período de silêncio {quietHours} precisa começar antes de terminar.',
    glassMl: (min, max) => `Um copo precisa ter entre ${min} e ${max} ml.`,
    unit: 'Escolha ml, fl oz ou copos.',
    goodDailyGlasses: (min, max) => `A boa quantidade diária precisa ficar entre ${min} e ${max} copos.`,
    waterReminders: 'Os lembretes de água ficam ligados ou desligados.',
    reminderSpacing: (choices) =>
      `Escolha lembretes a cada ${formatList(choices.map(String), 'pt-BR', 'disjunction')} minutos ou distribuídos ao longo do dia.`,
    pausedUntil: 'A pausa não tem um fim válido.',
    exerciseTimes: 'Informe cada horário de exercício, por exemplo 08:30.',
    exerciseTimesOrder: 'Coloque os horários dos exercícios em ordem, cada um depois do anterior.',
    exerciseTimesInDay: 'Os horários dos exercícios precisam ficar entre sua hora de acordar e sua hora de dormir.',
    sameTimes: 'A hora de dormir e a hora de acordar precisam ser diferentes.',
    dayTooShort: (minHours) => `A hora de dormir precisa ser pelo menos ${hours(minHours)} depois da hora de acordar.`,
    quietOutsideDay: (period) => `O período de silêncio ${period} precisa ficar entre sua hora de acordar e sua hora de dormir.`,
    quietBackwards: (period) => `O período de silêncio ${period} precisa começar antes de terminar.`,
    quietNoRoom: (need, from, to) =>
      `O horário de silêncio deixa pouco tempo para os lembretes de água: deixe livres pelo menos ${need} entre ${from} e ${to}.`,
    dayNoRoom: (need, from, to) =>
      `A hora de acordar e a hora de dormir deixam pouco tempo para os lembretes de água: é preciso ter ${need} entre ${from} e ${to}.`,
    duration: (h, m) => (h && m ? `${hours(h)} e ${minutes(m)}` : h ? hours(h) : minutes(m)),
  },
};
