import type { ExercisesMessages } from '../en/exercises';

const STOP_IF_SHARP = 'Pare se sentir dor aguda, dormência ou formigamento.';
const GENTLE = 'Entre devagar em um alongamento suave; ele nunca deve doer.';

export const exercises: ExercisesMessages = {
  library: {
    'neck-side-bend': {
      name: 'Inclinação lateral do pescoço',
      steps: [
        'Sente-se ou fique em pé com a coluna reta e os ombros relaxados.',
        'Incline devagar a orelha em direção a um ombro, sem levantar o ombro.',
        'Segure respirando com calma e depois volte ao centro.',
        'Repita do outro lado.',
      ],
      cautions: [STOP_IF_SHARP, 'Se sentir tontura, faça um movimento menor e sente-se.'],
    },
    'upper-trapezius-stretch': {
      name: 'Alongamento do trapézio superior',
      steps: [
        'Sente-se com a coluna reta e segure a borda da cadeira com uma mão.',
        'Incline a cabeça para o lado oposto a essa mão e gire o nariz um pouco para baixo.',
        'Apoie a outra mão de leve sobre a cabeça; deixe o peso dela aumentar um pouco o alongamento.',
        'Segure e depois troque de lado.',
      ],
      cautions: [STOP_IF_SHARP, 'Nunca puxe a cabeça; a mão só fica apoiada.'],
    },
    'doorway-chest-stretch': {
      name: 'Alongamento do peito no batente da porta',
      steps: [
        'Fique no vão de uma porta e apoie os antebraços no batente, com os cotovelos na altura dos ombros.',
        'Dê um passo à frente com um pé e incline o corpo para a frente até sentir o alongamento no peito.',
        'Mantenha as costas retas e os ombros baixos.',
        'Segure e depois dê um passo para trás.',
      ],
      cautions: [STOP_IF_SHARP, 'Não faça se o ombro parecer instável ou tiver se machucado há pouco tempo.'],
    },
    'chin-tuck': {
      name: 'Retração do queixo',
      steps: [
        'Sente-se ou fique em pé com a coluna reta, olhando para a frente.',
        'Leve o queixo suavemente para trás em linha reta, como se fizesse papada.',
        'Segure por uma ou duas respirações e depois relaxe.',
        'Mantenha o olhar na horizontal: a cabeça vai para trás, não para baixo.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'cat-cow': {
      name: 'Gato e vaca',
      steps: [
        'Fique de quatro apoios, com as mãos sob os ombros e os joelhos sob os quadris.',
        'Inspire e deixe a barriga descer enquanto olha um pouco para cima.',
        'Expire e arredonde as costas em direção ao teto, encolhendo o queixo.',
        'Passe devagar de uma posição para a outra.',
      ],
      cautions: [STOP_IF_SHARP, 'Coloque algo macio sob os joelhos se ajoelhar for desconfortável.'],
    },
    'childs-pose': {
      name: 'Postura da criança',
      steps: [
        'Ajoelhe-se e sente-se para trás em direção aos calcanhares, com os joelhos afastados de forma confortável.',
        'Leve as mãos para a frente e apoie a testa no chão ou em uma almofada.',
        'Deixe as costas e os ombros relaxarem enquanto respira devagar.',
        'Para subir, traga as mãos de volta.',
      ],
      cautions: [STOP_IF_SHARP, 'Coloque uma almofada entre os calcanhares e o quadril se os joelhos reclamarem.'],
    },
    'hip-flexor-lunge': {
      name: 'Alongamento do flexor do quadril em afundo',
      steps: [
        'Apoie um joelho no chão, com o outro pé apoiado à sua frente.',
        'Encaixe o quadril, levando o cóccix para baixo, e passe o peso suavemente para a frente.',
        'Sinta o alongamento na frente do quadril da perna que está ajoelhada.',
        'Segure e depois troque de lado.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantenha o joelho da frente sobre o tornozelo e segure em uma cadeira para se equilibrar.'],
    },
    'hamstring-stretch': {
      name: 'Alongamento dos isquiotibiais',
      steps: [
        'Deite-se de barriga para cima e passe uma toalha ou faixa em volta de um pé.',
        'Estique essa perna em direção ao teto até sentir o alongamento atrás da coxa.',
        'Deixe a outra perna dobrada ou esticada, como for mais confortável.',
        'Segure e depois troque de perna.',
      ],
      cautions: [STOP_IF_SHARP, 'Não faça movimentos de balanço; entre aos poucos e mantenha a posição sem se mexer.'],
    },
    'figure-four-stretch': {
      name: 'Alongamento do piriforme (em quatro)',
      steps: [
        'Deite-se de barriga para cima com os dois joelhos dobrados.',
        'Cruze um tornozelo sobre o joelho oposto.',
        'Segure a parte de trás da coxa de baixo e puxe-a em sua direção até sentir o alongamento no glúteo.',
        'Segure e depois troque de lado.',
      ],
      cautions: [STOP_IF_SHARP, 'Vá com calma se o alongamento fizer a dor descer pela perna, e conte ao seu terapeuta.'],
    },
    'calf-stretch': {
      name: 'Alongamento da panturrilha',
      steps: [
        'Fique de frente para uma parede com as mãos apoiadas nela.',
        'Leve um pé para trás, mantendo o calcanhar no chão e o joelho esticado.',
        'Incline o corpo para a frente até sentir o alongamento na parte de trás da perna.',
        'Segure e depois troque de perna.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'wrist-flexor-stretch': {
      name: 'Alongamento dos flexores do punho',
      steps: [
        'Estique um braço à sua frente, com a palma da mão para cima.',
        'Com a outra mão, puxe os dedos suavemente para baixo e para trás.',
        'Sinta o alongamento na parte de dentro do antebraço.',
        'Segure e depois troque de braço.',
      ],
      cautions: [STOP_IF_SHARP, 'Puxe de leve; o punho é pequeno e é fácil exagerar.'],
    },
    'tennis-ball-release': {
      name: 'Liberação de pontos-gatilho com bola de tênis',
      steps: [
        'Coloque uma bola de tênis entre um ponto tenso e a parede ou o chão.',
        'Apoie o corpo devagar até sentir uma pressão firme, mas suportável.',
        'Fique nesse ponto e respire até ele aliviar um pouco.',
        'Passe para o próximo ponto que seu terapeuta mostrou.',
      ],
      cautions: [STOP_IF_SHARP, 'Não coloque a bola sobre a coluna, na frente ou nas laterais do pescoço, nem sobre hematomas ou pele machucada.'],
    },
    'foam-rolling': {
      name: 'Liberação com rolo de espuma',
      steps: [
        'Coloque o rolo sob o músculo que seu terapeuta indicou.',
        'Sustente o peso com as mãos ou os pés para controlar a pressão.',
        'Role devagar para a frente e para trás sobre a região.',
        'Pare por algumas respirações nos pontos tensos.',
      ],
      cautions: [STOP_IF_SHARP, 'Role sobre os músculos, não sobre as articulações nem a lombar, e evite áreas com hematomas.'],
    },
    'chin-to-chest-stretch': {
      name: 'Queixo ao peito',
      steps: [
        'Sente-se com a coluna reta, os pés apoiados no chão e os ombros relaxados.',
        'Abaixe devagar o queixo em direção ao peito até sentir o alongamento na nuca.',
        'Segure respirando com calma.',
        'Levante a cabeça devagar até voltar a olhar para a frente.',
      ],
      cautions: [STOP_IF_SHARP, 'Deixe a cabeça pender pelo próprio peso; nunca a puxe para baixo com as mãos.'],
    },
    'cross-body-shoulder-stretch': {
      name: 'Alongamento do ombro com o braço cruzado',
      steps: [
        'Fique em pé ou sente-se com a coluna reta.',
        'Leve um braço esticado na frente do peito, na altura do ombro.',
        'Com a outra mão, segure-o logo acima do cotovelo e puxe-o suavemente para perto até sentir o alongamento na parte de trás do ombro.',
        'Segure e depois troque de braço.',
      ],
      cautions: [STOP_IF_SHARP, 'Pressione o braço, não a articulação do cotovelo.'],
    },
    'wall-angel': {
      name: 'Anjo na parede',
      steps: [
        'Fique em pé com as costas, a cabeça e o bumbum encostados em uma parede, os pés a um passo curto dela.',
        'Levante os braços como uma trave de gol, com os cotovelos dobrados e a parte de trás dos braços perto da parede.',
        'Deslize os braços devagar para cima pela parede até onde for confortável e depois desça.',
        'Não deixe a lombar arquear e se afastar da parede.',
      ],
      cautions: [STOP_IF_SHARP, 'Os braços não precisam tocar a parede; vá só até onde for confortável.'],
    },
    'pendulum-swing': {
      name: 'Pêndulo',
      steps: [
        'Fique em pé ao lado de uma cadeira ou mesa e apoie uma mão nela.',
        'Incline-se um pouco para a frente e deixe o outro braço pendurado, solto.',
        'Mude o peso do corpo suavemente para que o braço solto balance sozinho para a frente e para trás.',
        'Mantenha o ombro relaxado; deixe o corpo mover o braço. Depois troque de braço.',
      ],
      cautions: [STOP_IF_SHARP, 'Faça um balanço pequeno e leve; ele serve para soltar, não para fazer força.'],
    },
    'clasped-hands-chest-opener': {
      name: 'Abertura do peito com as mãos entrelaçadas',
      steps: [
        'Fique em pé com a coluna reta e entrelace as mãos atrás das costas.',
        'Leve os ombros para trás e para baixo e deixe o peito se abrir.',
        'Afaste um pouco as mãos das costas até sentir o alongamento no peito.',
        'Segure, depois abaixe as mãos e relaxe.',
      ],
      cautions: [STOP_IF_SHARP, 'Segure uma toalha entre as mãos se elas não se alcançarem.'],
    },
    'ball-chest-release': {
      name: 'Liberação do peito com bola',
      steps: [
        'Fique de frente para uma parede com uma bola de tênis em uma mão.',
        'Coloque a bola contra a parede na frente do ombro, logo abaixo da clavícula.',
        'Apoie o corpo devagar até sentir uma pressão firme, mas suportável, e respire.',
        'Alivie e depois faça o outro lado.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantenha a bola sobre o músculo: longe da clavícula, da mama e da frente da axila.'],
    },
    'scapular-squeeze': {
      name: 'Aproximação das escápulas',
      steps: [
        'Sente-se ou fique em pé com a coluna reta, os braços relaxados e os cotovelos dobrados.',
        'Leve os cotovelos para trás e aproxime suavemente as escápulas.',
        'Segure por uma ou duas respirações sem subir os ombros em direção às orelhas.',
        'Relaxe e repita.',
      ],
      cautions: [STOP_IF_SHARP, 'Aperte com suavidade; o que importa é o controle, não a força.'],
    },
    'foam-roller-upper-back': {
      name: 'Alongamento da parte de cima das costas no rolo',
      steps: [
        'Sente-se no chão com um rolo de espuma atrás de você e deite-se para trás, de modo que ele fique atravessado na parte de cima das costas.',
        'Dobre os joelhos com os pés apoiados e sustente a cabeça com as mãos.',
        'Deixe a parte de cima das costas se curvar suavemente sobre o rolo por algumas respirações e depois volte.',
        'Mova o rolo um palmo e repita.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantenha o rolo sob a parte de cima das costas, nunca sob o pescoço ou a lombar.'],
    },
    'seated-upper-back-stretch': {
      name: 'Alongamento da parte de cima das costas sentado',
      steps: [
        'Sente-se com a coluna reta e junte as mãos à sua frente, na altura dos ombros.',
        'Leve as mãos para a frente enquanto arredonda a parte de cima das costas e deixe a cabeça cair um pouco.',
        'Sinta o alongamento entre as escápulas e respire nessa região.',
        'Segure e depois volte a se sentar com a coluna reta.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'knees-to-chest': {
      name: 'Joelhos ao peito',
      steps: [
        'Deite-se de barriga para cima com os joelhos dobrados e os pés apoiados.',
        'Traga um joelho e depois o outro em direção ao peito.',
        'Segure as canelas ou a parte de trás das coxas e puxe-as suavemente para mais perto.',
        'Segure e depois abaixe um pé de cada vez.',
      ],
      cautions: [STOP_IF_SHARP, 'Segure atrás das coxas se segurar as canelas forçar os joelhos.'],
    },
    'standing-back-extension': {
      name: 'Extensão das costas em pé',
      steps: [
        'Fique em pé com os pés afastados na largura do quadril e apoie as mãos na lombar, com os dedos para baixo.',
        'Incline-se suavemente para trás sobre as mãos, olhando um pouco para cima.',
        'Segure por uma respiração e depois volte à posição ereta.',
        'Mantenha os joelhos levemente dobrados e o movimento pequeno.',
      ],
      cautions: [
        STOP_IF_SHARP,
        'Não faça se, ao inclinar para trás, a dor descer para uma perna, e conte ao seu terapeuta.',
        'Se sentir tontura, faça um movimento menor.',
      ],
    },
    'glute-bridge': {
      name: 'Ponte de glúteos',
      steps: [
        'Deite-se de barriga para cima com os joelhos dobrados, os pés apoiados e afastados na largura do quadril, e os braços ao lado do corpo.',
        'Empurre o chão com os calcanhares e suba o quadril até o corpo formar uma linha dos ombros aos joelhos.',
        'Segure por uma respiração, contraindo os glúteos.',
        'Desça devagar, apoiando as costas aos poucos.',
      ],
      cautions: [STOP_IF_SHARP, 'Suba só até onde conseguir sem arquear a lombar.'],
    },
    'butterfly-stretch': {
      name: 'Borboleta',
      steps: [
        'Sente-se no chão e junte as solas dos pés, com os joelhos abertos para os lados.',
        'Segure os tornozelos e sente-se com a coluna reta.',
        'Deixe os joelhos descerem devagar em direção ao chão até sentir o alongamento na parte interna das coxas.',
        'Segure e depois suba os joelhos de novo.',
      ],
      cautions: [STOP_IF_SHARP, 'Nunca empurre os joelhos para baixo com as mãos.', 'Sente-se sobre uma toalha dobrada se for difícil manter a coluna reta.'],
    },
    'standing-quad-stretch': {
      name: 'Alongamento do quadríceps em pé',
      steps: [
        'Fique em pé com a coluna reta e apoie uma mão em uma parede ou cadeira.',
        'Dobre um joelho e segure esse tornozelo com a mão livre.',
        'Puxe suavemente o calcanhar em direção ao glúteo, com os joelhos lado a lado, até sentir o alongamento na frente da coxa.',
        'Segure e depois troque de perna.',
      ],
      cautions: [STOP_IF_SHARP, 'Passe uma toalha em volta do tornozelo se não conseguir alcançá-lo.'],
    },
    'heel-raise': {
      name: 'Elevação dos calcanhares',
      steps: [
        'Fique em pé com a coluna reta, segurando o encosto de uma cadeira.',
        'Suba devagar na ponta dos pés.',
        'Pare lá em cima e depois desça os calcanhares devagar até o chão.',
        'Distribua o peso igualmente entre os dois pés.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantenha uma mão na cadeira o tempo todo para se equilibrar.'],
    },
    'ankle-circles': {
      name: 'Círculos com o tornozelo',
      steps: [
        'Sente-se com uma perna esticada à sua frente, o calcanhar no chão ou suspenso.',
        'Aponte os dedos dos pés para a frente e depois puxe-os na sua direção.',
        'Transforme isso em círculos lentos com o pé, dez para um lado e dez para o outro.',
        'Troque de pé.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'foot-ball-roll': {
      name: 'Bolinha na sola do pé',
      steps: [
        'Sente-se em uma cadeira com uma bola de tênis sob a sola de um pé.',
        'Role a bola devagar do calcanhar até a parte da frente do pé e volte.',
        'Pressione só o quanto for agradável, parando nos pontos tensos.',
        'Troque de pé.',
      ],
      cautions: [STOP_IF_SHARP, 'Não faça se seus pés tiverem pouca sensibilidade ou alguma ferida, e consulte seu médico antes.'],
    },
    'towel-foot-stretch': {
      name: 'Alongamento do pé com toalha',
      steps: [
        'Sente-se no chão com uma perna esticada à sua frente.',
        'Passe uma toalha pela parte da frente desse pé e segure as duas pontas.',
        'Puxe a toalha suavemente para trazer os dedos do pé na sua direção, até sentir o alongamento na sola do pé e na panturrilha.',
        'Segure e depois troque de pé.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantenha o joelho esticado, mas sem travar.'],
    },
    'triceps-stretch': {
      name: 'Alongamento do tríceps',
      steps: [
        'Fique em pé ou sente-se com a coluna reta e levante um braço.',
        'Dobre esse cotovelo para a mão descer atrás da cabeça.',
        'Com a outra mão, empurre o cotovelo suavemente para trás até sentir o alongamento na parte de trás do braço.',
        'Segure e depois troque de braço.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantenha a cabeça erguida; não deixe o braço empurrá-la para a frente.'],
    },
    'prayer-stretch': {
      name: 'Alongamento em posição de prece',
      steps: [
        'Pressione as palmas das mãos uma contra a outra na frente do peito, com os dedos para cima.',
        'Sem separar as palmas, abaixe as mãos devagar em direção à cintura.',
        'Pare quando sentir o alongamento na parte de dentro dos antebraços, com os cotovelos para os lados.',
        'Segure e depois suba as mãos de novo.',
      ],
      cautions: [STOP_IF_SHARP, 'Pressione as palmas uma contra a outra de leve.'],
    },
  },
};
