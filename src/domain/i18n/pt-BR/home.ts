import type { HomeMessages } from '../en/home';

export const home: HomeMessages = {
  title: 'Aftercare',
  intro: 'As orientações do seu terapeuta para depois da massagem, no seu celular: o que beber, quando e o que vem depois.',
  startNew: 'Começar uma nova sessão',
  startFirst: 'Começar depois da minha massagem',
  promiseWater: 'Um plano de água para o resto do dia, com lembretes.',
  promiseLog: 'Registre um copo com um toque; veja quais bebidas contam.',
  promisePrivate: 'Sem conta. Seus dados de saúde ficam neste aparelho.',
  forTherapists: 'Para terapeutas: criar um plano para um cliente',
};
