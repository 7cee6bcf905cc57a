import type { ExercisesMessages } from '../en/exercises';

const STOP_IF_SHARP = 'Arrêtez si vous ressentez une douleur vive, un engourdissement ou des picotements.';
const GENTLE = 'Allez lentement vers un étirement doux ; il ne doit jamais faire mal.';

export const exercises: ExercisesMessages = {
  library: {
    'neck-side-bend': {
      name: 'Inclinaison latérale du cou',
      steps: [
        'Asseyez-vous ou tenez-vous debout, le dos droit et les épaules relâchées.',
        'Inclinez lentement l’oreille vers une épaule, sans lever l’épaule.',
        'Tenez en respirant tranquillement, puis revenez au centre.',
        'Recommencez de l’autre côté.',
      ],
      cautions: [STOP_IF_SHARP, 'Si la tête vous tourne, faites un mouvement plus petit et asseyez-vous.'],
    },
    'upper-trapezius-stretch': {
      name: 'Étirement du trapèze supérieur',
      steps: [
        'Asseyez-vous le dos bien droit et tenez le bord de la chaise d’une main.',
        'Inclinez la tête du côté opposé à cette main et tournez légèrement le nez vers le bas.',
        'Posez doucement l’autre main sur la tête ; laissez son poids accentuer un peu l’étirement.',
        'Tenez, puis changez de côté.',
      ],
      cautions: [STOP_IF_SHARP, 'Ne tirez jamais sur la tête ; la main est seulement posée.'],
    },
    'doorway-chest-stretch': {
      name: 'Étirement de la poitrine dans l’encadrement de porte',
      steps: [
        'Placez-vous dans l’encadrement d’une porte, les avant-bras contre le montant, les coudes à hauteur des épaules.',
        'Avancez un pied et penchez-vous vers l’avant jusqu’à sentir un étirement dans la poitrine.',
        'Gardez le dos droit et les épaules basses.',
        'Tenez, puis reculez.',
      ],
      cautions: [STOP_IF_SHARP, 'Ne le faites pas si votre épaule vous semble instable ou a été blessée récemment.'],
    },
    'chin-tuck': {
      name: 'Rentrée du menton',
      steps: [
        'Asseyez-vous ou tenez-vous debout, le dos bien droit, le regard droit devant.',
        'Reculez doucement le menton en ligne droite, comme pour faire un double menton.',
        'Tenez le temps d’une ou deux respirations, puis relâchez.',
        'Gardez le regard à l’horizontale : la tête recule, elle ne descend pas.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'cat-cow': {
      name: 'Chat-vache',
      steps: [
        'Mettez-vous à quatre pattes, les mains sous les épaules, les genoux sous les hanches.',
        'Inspirez et laissez le ventre descendre en regardant légèrement vers le haut.',
        'Expirez et arrondissez le dos vers le plafond en rentrant le menton.',
        'Passez lentement de l’une à l’autre.',
      ],
      cautions: [STOP_IF_SHARP, 'Mettez un coussin sous les genoux si la position à genoux est inconfortable.'],
    },
    'childs-pose': {
      name: 'Posture de l’enfant',
      steps: [
        'Mettez-vous à genoux et ramenez les fesses vers les talons, les genoux écartés confortablement.',
        'Avancez les mains et posez le front sur le sol ou sur un coussin.',
        'Laissez le dos et les épaules se détendre en respirant lentement.',
        'Ramenez les mains vers vous pour vous redresser.',
      ],
      cautions: [STOP_IF_SHARP, 'Glissez un coussin entre les talons et les hanches si vos genoux se plaignent.'],
    },
    'hip-flexor-lunge': {
      name: 'Étirement des fléchisseurs de hanche en fente',
      steps: [
        'Mettez un genou au sol, l’autre pied à plat devant vous.',
        'Rentrez le coccyx en basculant le bassin et portez doucement votre poids vers l’avant.',
        'Sentez l’étirement à l’avant de la hanche, du côté du genou au sol.',
        'Tenez, puis changez de côté.',
      ],
      cautions: [STOP_IF_SHARP, 'Gardez le genou avant au-dessus de la cheville et tenez-vous à une chaise pour l’équilibre.'],
    },
    'hamstring-stretch': {
      name: 'Étirement des ischio-jambiers',
      steps: [
        'Allongez-vous sur le dos et passez une serviette ou une sangle autour d’un pied.',
        'Tendez cette jambe vers le plafond jusqu’à sentir un étirement derrière la cuisse.',
        'Gardez l’autre jambe pliée ou à plat, comme c’est le plus confortable.',
        'Tenez, puis changez de jambe.',
      ],
      cautions: [STOP_IF_SHARP, 'Pas d’à-coups : allez-y progressivement et restez immobile.'],
    },
    'figure-four-stretch': {
      name: 'Étirement du piriforme (en figure 4)',
      steps: [
        'Allongez-vous sur le dos, les deux genoux pliés.',
        'Croisez une cheville sur le genou opposé.',
        'Tenez l’arrière de la cuisse du dessous et ramenez-la vers vous jusqu’à sentir un étirement dans la fesse.',
        'Tenez, puis changez de côté.',
      ],
      cautions: [STOP_IF_SHARP, 'Allez-y doucement si l’étirement fait descendre une douleur dans la jambe, et parlez-en à votre thérapeute.'],
    },
    'calf-stretch': {
      name: 'Étirement du mollet',
      steps: [
        'Placez-vous face à un mur, les mains posées dessus.',
        'Reculez un pied en gardant le talon au sol et le genou tendu.',
        'Penchez-vous vers l’avant jusqu’à sentir un étirement à l’arrière du bas de la jambe.',
        'Tenez, puis changez de jambe.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'wrist-flexor-stretch': {
      name: 'Étirement des fléchisseurs du poignet',
      steps: [
        'Tendez un bras devant vous, paume vers le haut.',
        'De l’autre main, tirez doucement les doigts vers le bas et vers vous.',
        'Sentez l’étirement le long de l’intérieur de l’avant-bras.',
        'Tenez, puis changez de bras.',
      ],
      cautions: [STOP_IF_SHARP, 'Tirez légèrement ; le poignet est petit, on a vite fait de trop tirer.'],
    },
    'tennis-ball-release': {
      name: 'Détente des points gâchettes à la balle de tennis',
      steps: [
        'Placez une balle de tennis entre une zone tendue et un mur ou le sol.',
        'Appuyez-vous lentement jusqu’à sentir une pression ferme mais supportable.',
        'Restez sur ce point et respirez jusqu’à ce qu’il se détende un peu.',
        'Passez au point suivant que votre thérapeute vous a montré.',
      ],
      cautions: [STOP_IF_SHARP, 'Ne placez pas la balle sur la colonne vertébrale, l’avant ou les côtés du cou, ni sur un bleu ou une peau abîmée.'],
    },
    'foam-rolling': {
      name: 'Automassage au rouleau',
      steps: [
        'Placez le rouleau sous le muscle que votre thérapeute vous a indiqué.',
        'Soutenez votre poids avec les mains ou les pieds pour doser la pression.',
        'Roulez lentement d’avant en arrière sur la zone.',
        'Faites une pause de quelques respirations sur les points tendus.',
      ],
      cautions: [STOP_IF_SHARP, 'Roulez sur les muscles, pas sur les articulations ni le bas du dos, et évitez les zones avec des bleus.'],
    },
    'chin-to-chest-stretch': {
      name: 'Menton vers la poitrine',
      steps: [
        'Asseyez-vous le dos bien droit, les pieds à plat et les épaules relâchées.',
        'Baissez lentement le menton vers la poitrine jusqu’à sentir un étirement à l’arrière du cou.',
        'Tenez en respirant tranquillement.',
        'Relevez lentement la tête jusqu’à regarder droit devant.',
      ],
      cautions: [STOP_IF_SHARP, 'Laissez la tête pendre sous son propre poids ; ne la tirez jamais vers le bas avec les mains.'],
    },
    'cross-body-shoulder-stretch': {
      name: 'Étirement de l’épaule bras croisé',
      steps: [
        'Tenez-vous debout ou asseyez-vous, le dos bien droit.',
        'Amenez un bras tendu devant la poitrine, à hauteur d’épaule.',
        'De l’autre main, tenez-le juste au-dessus du coude et rapprochez-le doucement jusqu’à sentir un étirement à l’arrière de l’épaule.',
        'Tenez, puis changez de bras.',
      ],
      cautions: [STOP_IF_SHARP, 'Appuyez sur le haut du bras, pas sur l’articulation du coude.'],
    },
    'wall-angel': {
      name: 'Ange au mur',
      steps: [
        'Tenez-vous debout, le dos, la tête et les fesses contre un mur, les pieds à un petit pas du mur.',
        'Levez les bras en forme de poteaux de but, coudes pliés, l’arrière des bras près du mur.',
        'Faites glisser lentement les bras vers le haut le long du mur, aussi loin que c’est confortable, puis redescendez.',
        'Évitez que le bas du dos se creuse en s’éloignant du mur.',
      ],
      cautions: [STOP_IF_SHARP, 'Les bras n’ont pas besoin de toucher le mur ; allez seulement aussi loin que c’est confortable.'],
    },
    'pendulum-swing': {
      name: 'Pendule',
      steps: [
        'Tenez-vous debout à côté d’une chaise ou d’une table et posez une main dessus.',
        'Penchez-vous un peu vers l’avant et laissez pendre l’autre bras, relâché.',
        'Déplacez doucement votre poids pour que le bras qui pend se balance tout seul d’avant en arrière.',
        'Gardez l’épaule détendue ; c’est le corps qui fait bouger le bras. Puis changez de bras.',
      ],
      cautions: [STOP_IF_SHARP, 'Gardez un balancement petit et facile ; il sert à assouplir, pas à faire un effort.'],
    },
    'clasped-hands-chest-opener': {
      name: 'Ouverture de la poitrine mains jointes',
      steps: [
        'Tenez-vous debout, le dos bien droit, et joignez les mains derrière le dos.',
        'Tirez les épaules vers l’arrière et vers le bas, et laissez la poitrine s’ouvrir.',
        'Éloignez un peu les mains du dos jusqu’à sentir un étirement dans la poitrine.',
        'Tenez, puis baissez les mains et relâchez.',
      ],
      cautions: [STOP_IF_SHARP, 'Tenez une serviette entre les mains si elles ne se rejoignent pas.'],
    },
    'ball-chest-release': {
      name: 'Détente de la poitrine à la balle',
      steps: [
        'Placez-vous face à un mur, une balle de tennis dans une main.',
        'Posez la balle contre le mur, à l’avant de l’épaule, juste sous la clavicule.',
        'Appuyez-vous lentement jusqu’à sentir une pression ferme mais supportable, et respirez.',
        'Relâchez, puis faites l’autre côté.',
      ],
      cautions: [STOP_IF_SHARP, 'Gardez la balle sur le muscle : pas sur la clavicule, le sein ni l’avant de l’aisselle.'],
    },
    'scapular-squeeze': {
      name: 'Rapprochement des omoplates',
      steps: [
        'Asseyez-vous ou tenez-vous debout, le dos bien droit, les bras relâchés et les coudes pliés.',
        'Tirez les coudes vers l’arrière et rapprochez doucement les omoplates.',
        'Tenez le temps d’une ou deux respirations, sans monter les épaules vers les oreilles.',
        'Relâchez et recommencez.',
      ],
      cautions: [STOP_IF_SHARP, 'Serrez doucement ; il s’agit de contrôle, pas de force.'],
    },
    'foam-roller-upper-back': {
      name: 'Étirement du haut du dos sur rouleau',
      steps: [
        'Asseyez-vous au sol avec un rouleau de massage derrière vous, puis allongez-vous pour qu’il soit en travers du haut du dos.',
        'Pliez les genoux, pieds à plat, et soutenez la tête avec les mains.',
        'Laissez le haut du dos s’étendre doucement sur le rouleau pendant quelques respirations, puis remontez.',
        'Déplacez le rouleau d’une largeur de main et recommencez.',
      ],
      cautions: [STOP_IF_SHARP, 'Gardez le rouleau sous le haut du dos, jamais sous le cou ni le bas du dos.'],
    },
    'seated-upper-back-stretch': {
      name: 'Étirement assis du haut du dos',
      steps: [
        'Asseyez-vous le dos bien droit et joignez les mains devant vous à hauteur d’épaule.',
        'Poussez les mains vers l’avant en arrondissant le haut du dos et laissez la tête descendre un peu.',
        'Sentez l’étirement entre les omoplates et respirez dans cette zone.',
        'Tenez, puis redressez-vous.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'knees-to-chest': {
      name: 'Genoux vers la poitrine',
      steps: [
        'Allongez-vous sur le dos, genoux pliés et pieds à plat.',
        'Ramenez un genou, puis l’autre, vers la poitrine.',
        'Tenez vos tibias ou l’arrière de vos cuisses et rapprochez-les doucement.',
        'Tenez, puis reposez un pied après l’autre.',
      ],
      cautions: [STOP_IF_SHARP, 'Tenez plutôt l’arrière des cuisses si tenir les tibias gêne vos genoux.'],
    },
    'standing-back-extension': {
      name: 'Extension du dos debout',
      steps: [
        'Tenez-vous debout, pieds écartés de la largeur des hanches, les mains sur le bas du dos, doigts vers le bas.',
        'Penchez-vous doucement en arrière au-dessus des mains, en regardant légèrement vers le haut.',
        'Tenez le temps d’une respiration, puis redressez-vous.',
        'Gardez les genoux souples et le mouvement petit.',
      ],
      cautions: [
        STOP_IF_SHARP,
        'Ne le faites pas si, en vous penchant en arrière, la douleur descend dans une jambe, et parlez-en à votre thérapeute.',
        'Si la tête vous tourne, faites un mouvement plus petit.',
      ],
    },
    'glute-bridge': {
      name: 'Pont fessier',
      steps: [
        'Allongez-vous sur le dos, genoux pliés, pieds à plat écartés de la largeur des hanches, bras le long du corps.',
        'Poussez sur les talons et soulevez les hanches jusqu’à ce que le corps forme une ligne des épaules aux genoux.',
        'Tenez le temps d’une respiration en serrant les fesses.',
        'Redescendez lentement, vertèbre après vertèbre.',
      ],
      cautions: [STOP_IF_SHARP, 'Montez seulement aussi haut que possible sans creuser le bas du dos.'],
    },
    'butterfly-stretch': {
      name: 'Papillon',
      steps: [
        'Asseyez-vous au sol et joignez les plantes des pieds, genoux ouverts sur les côtés.',
        'Tenez vos chevilles et redressez le dos.',
        'Laissez les genoux descendre lentement vers le sol jusqu’à sentir un étirement à l’intérieur des cuisses.',
        'Tenez, puis remontez les genoux.',
      ],
      cautions: [STOP_IF_SHARP, 'N’appuyez jamais sur les genoux avec les mains.', 'Asseyez-vous sur une serviette pliée si vous avez du mal à garder le dos droit.'],
    },
    'standing-quad-stretch': {
      name: 'Étirement du quadriceps debout',
      steps: [
        'Tenez-vous debout, le dos droit, une main contre un mur ou une chaise.',
        'Pliez un genou et tenez la cheville de cette jambe avec la main libre.',
        'Amenez doucement le talon vers la fesse, genoux côte à côte, jusqu’à sentir un étirement à l’avant de la cuisse.',
        'Tenez, puis changez de jambe.',
      ],
      cautions: [STOP_IF_SHARP, 'Passez une serviette autour de la cheville si vous ne l’atteignez pas.'],
    },
    'heel-raise': {
      name: 'Montées sur la pointe des pieds',
      steps: [
        'Tenez-vous debout, le dos droit, les mains sur le dossier d’une chaise.',
        'Montez lentement sur l’avant des pieds.',
        'Marquez une pause en haut, puis redescendez lentement les talons au sol.',
        'Répartissez votre poids également sur les deux pieds.',
      ],
      cautions: [STOP_IF_SHARP, 'Gardez une main sur la chaise tout du long pour l’équilibre.'],
    },
    'ankle-circles': {
      name: 'Cercles de cheville',
      steps: [
        'Asseyez-vous, une jambe tendue devant vous, le talon au sol ou levé.',
        'Pointez les orteils, puis ramenez-les vers vous.',
        'Enchaînez en cercles lents avec le pied : dix dans un sens, dix dans l’autre.',
        'Changez de pied.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'foot-ball-roll': {
      name: 'Balle sous le pied',
      steps: [
        'Asseyez-vous sur une chaise, une balle de tennis sous la plante d’un pied.',
        'Faites rouler lentement la balle du talon jusqu’à l’avant du pied, puis revenez.',
        'Appuyez seulement autant que c’est agréable, en marquant une pause sur les points tendus.',
        'Changez de pied.',
      ],
      cautions: [STOP_IF_SHARP, 'Ne le faites pas si vos pieds sont peu sensibles ou ont une plaie, et demandez d’abord l’avis de votre médecin.'],
    },
    'towel-foot-stretch': {
      name: 'Étirement du pied à la serviette',
      steps: [
        'Asseyez-vous au sol, une jambe tendue devant vous.',
        'Passez une serviette sous l’avant de ce pied et tenez-en les deux extrémités.',
        'Tirez doucement la serviette pour ramener les orteils vers vous, jusqu’à sentir un étirement sous le pied et dans le mollet.',
        'Tenez, puis changez de pied.',
      ],
      cautions: [STOP_IF_SHARP, 'Gardez le genou tendu, mais sans le verrouiller.'],
    },
    'triceps-stretch': {
      name: 'Étirement du triceps',
      steps: [
        'Tenez-vous debout ou asseyez-vous, le dos bien droit, et levez un bras.',
        'Pliez ce coude pour que la main descende derrière la tête.',
        'De l’autre main, poussez doucement le coude vers l’arrière jusqu’à sentir un étirement à l’arrière du haut du bras.',
        'Tenez, puis changez de bras.',
      ],
      cautions: [STOP_IF_SHARP, 'Gardez la tête droite ; ne laissez pas le bras la pousser vers l’avant.'],
    },
    'prayer-stretch': {
      name: 'Étirement mains jointes',
      steps: [
        'Pressez les paumes l’une contre l’autre devant la poitrine, doigts vers le haut.',
        'Sans séparer les paumes, descendez lentement les mains vers la taille.',
        'Arrêtez-vous quand vous sentez un étirement à l’intérieur des avant-bras, coudes écartés sur les côtés.',
        'Tenez, puis remontez les mains.',
      ],
      cautions: [STOP_IF_SHARP, 'Gardez une pression légère entre les paumes.'],
    },
  },
};
