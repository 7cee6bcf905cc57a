import type { FiguresMessages } from '../en/figures';

export const figures: FiguresMessages = {
  byId: {
    'neck-side-bend': {
      area: 'a lateral do pescoço',
      alt: 'Em pé, com a coluna reta e os ombros soltos, a pessoa inclina a cabeça devagar em direção a um ombro e depois volta ao centro.',
    },
    'upper-trapezius-stretch': {
      area: 'a lateral do pescoço e a parte de cima do ombro',
      alt: 'Sentada em uma cadeira e segurando a borda dela com uma mão, a pessoa inclina a cabeça para o lado oposto enquanto a outra mão descansa sobre a cabeça.',
    },
    'chin-tuck': {
      area: 'o pescoço',
      alt: 'Sentada com a coluna reta e olhando para a frente, a pessoa leva o queixo para trás em linha reta, trazendo a cabeça sobre os ombros, e depois relaxa para a frente.',
    },
    'chin-to-chest-stretch': {
      area: 'a nuca',
      alt: 'Sentada com a coluna reta, a pessoa abaixa o queixo devagar em direção ao peito e depois levanta a cabeça de novo.',
    },
    'cross-body-shoulder-stretch': {
      area: 'a parte de trás do ombro',
      alt: 'Em pé, a pessoa leva um braço esticado na frente do peito e o segura com a outra mão logo acima do cotovelo; depois abaixa o braço.',
    },
    'wall-angel': {
      area: 'os ombros e a parte de cima das costas',
      alt: 'Em pé com as costas na parede, os braços dobrados como uma trave de gol deslizam para cima pela parede até formar um Y e depois descem.',
    },
    'pendulum-swing': {
      area: 'o ombro',
      alt: 'Inclinada para a frente, com uma mão no encosto de uma cadeira, a pessoa deixa o outro braço pendurado, balançando suavemente para a frente e para trás.',
    },
    'doorway-chest-stretch': {
      area: 'o peito e a frente do ombro',
      alt: 'Em pé no vão de uma porta, com o antebraço na vertical apoiado no batente, a pessoa dá um passo à frente e inclina o corpo para além do batente; depois volta.',
    },
    'clasped-hands-chest-opener': {
      area: 'o peito e a frente dos ombros',
      alt: 'Em pé com as mãos entrelaçadas atrás das costas, os braços se afastam um pouco do corpo enquanto o peito se abre, e depois descem.',
    },
    'ball-chest-release': {
      area: 'a frente do peito, abaixo da clavícula',
      alt: 'De frente para uma parede, com uma bola apoiada nela na altura do peito, a pessoa se inclina para que a bola pressione abaixo da clavícula e depois alivia.',
    },
    'scapular-squeeze': {
      area: 'entre as escápulas',
      alt: 'Em pé com a coluna reta e os cotovelos dobrados, a pessoa leva os cotovelos para trás e aproxima as escápulas; depois relaxa.',
    },
    'tennis-ball-release': {
      area: 'a parte de cima das costas, onde a bola pressiona',
      alt: 'Em pé, de costas para uma parede, com uma bola entre a parte de cima das costas e a parede, a pessoa dobra um pouco os joelhos para a bola rolar pelas costas e depois estica as pernas.',
    },
    'foam-roller-upper-back': {
      area: 'a parte de cima das costas',
      alt: 'Deitada de barriga para cima, com um rolo de espuma atravessado na parte de cima das costas, joelhos dobrados e mãos atrás da cabeça, a pessoa curva suavemente as costas sobre o rolo e volta.',
    },
    'seated-upper-back-stretch': {
      area: 'entre as escápulas',
      alt: 'Sentada, com os braços esticados à frente e as mãos juntas, a pessoa arredonda a parte de cima das costas enquanto leva as mãos mais longe, e depois volta a se sentar reta.',
    },
    'cat-cow': {
      area: 'as costas inteiras',
      alt: 'De quatro apoios, a barriga desce e a cabeça sobe; depois as costas se arredondam em direção ao teto, com o queixo encolhido.',
    },
    'childs-pose': {
      area: 'a lombar',
      alt: 'Ajoelhada e sentada sobre os calcanhares, a pessoa se dobra para a frente até apoiar a testa no chão, com os braços esticados à frente, e depois volta a subir.',
    },
    'knees-to-chest': {
      area: 'a lombar',
      alt: 'Deitada de barriga para cima, a pessoa traz os dois joelhos em direção ao peito, abraçando-os com as mãos, e depois os abaixa devagar.',
    },
    'standing-back-extension': {
      area: 'a lombar',
      alt: 'Em pé, com as mãos na lombar, a pessoa se inclina suavemente para trás sobre as mãos e depois volta à posição ereta.',
    },
    'hip-flexor-lunge': {
      area: 'a frente do quadril da perna ajoelhada',
      alt: 'Com um joelho no chão e o outro pé apoiado à frente, o corpo avança suavemente, alongando a frente do quadril da perna ajoelhada, e depois volta.',
    },
    'figure-four-stretch': {
      area: 'o glúteo e a parte de fora do quadril',
      alt: 'Deitada de barriga para cima, com um tornozelo cruzado sobre o outro joelho, a pessoa puxa a perna de baixo com as mãos em direção ao peito e depois solta.',
    },
    'glute-bridge': {
      area: 'os glúteos e a parte de trás das coxas',
      alt: 'Deitada de barriga para cima, com os joelhos dobrados e os pés apoiados, a pessoa sobe o quadril até o corpo formar uma linha reta dos ombros aos joelhos, e depois desce.',
    },
    'butterfly-stretch': {
      area: 'a parte interna das coxas',
      alt: 'Sentada no chão com as solas dos pés juntas, a pessoa deixa os joelhos descerem devagar para os lados e depois sobe de novo.',
    },
    'hamstring-stretch': {
      area: 'a parte de trás da coxa',
      alt: 'Deitada de barriga para cima, com uma toalha em volta de um pé, a pessoa estica essa perna em direção ao teto e depois dobra de novo.',
    },
    'calf-stretch': {
      area: 'a panturrilha da perna de trás',
      alt: 'De frente para uma parede, com as mãos apoiadas nela e um pé atrás, calcanhar no chão e joelho esticado, o corpo se inclina em direção à parede e depois volta.',
    },
    'standing-quad-stretch': {
      area: 'a frente da coxa',
      alt: 'Em pé, com uma mão na parede, a outra mão puxa o pé da perna mais próxima por trás em direção ao glúteo e depois o abaixa.',
    },
    'foam-rolling': {
      area: 'o músculo sobre o rolo, aqui a panturrilha',
      alt: 'Sentada, com as mãos no chão atrás do corpo e um rolo de espuma sob as panturrilhas, a pessoa rola devagar para a frente e para trás sobre ele.',
    },
    'heel-raise': {
      area: 'as panturrilhas',
      alt: 'Em pé, com uma mão no encosto de uma cadeira, a pessoa sobe devagar na ponta dos pés e depois desce os calcanhares.',
    },
    'ankle-circles': {
      area: 'o tornozelo',
      alt: 'Sentada, com uma perna esticada, a pessoa faz círculos lentos com o pé a partir do tornozelo; aqui, dos dedos apontados para a frente aos dedos puxados para trás.',
    },
    'foot-ball-roll': {
      area: 'a sola do pé',
      alt: 'Sentada, com um pé sobre uma bola, a pessoa rola a bola devagar do calcanhar até os dedos e volta.',
    },
    'towel-foot-stretch': {
      area: 'a sola do pé e a panturrilha',
      alt: 'Sentada no chão, com uma perna esticada e uma toalha em volta da parte da frente do pé, a pessoa puxa os dedos do pé em direção ao corpo com a toalha e depois solta.',
    },
    'wrist-flexor-stretch': {
      area: 'a parte de dentro do antebraço',
      alt: 'Em pé, com um braço esticado à frente, a outra mão puxa suavemente os dedos para baixo e para trás, dobrando o punho, e depois solta.',
    },
    'triceps-stretch': {
      area: 'a parte de trás do braço',
      alt: 'Em pé, um braço sobe e o cotovelo dobra para a mão descer atrás da cabeça; a outra mão empurra o cotovelo para trás e depois o braço desce.',
    },
    'prayer-stretch': {
      area: 'a parte de dentro dos antebraços e os punhos',
      alt: 'Em pé, com as palmas juntas na frente do peito, as mãos descem devagar sem se separar, com os cotovelos para fora, e depois sobem de novo.',
    },
  },
  described: (alt, area) => `${alt} Área em destaque: ${area}.`,
};
