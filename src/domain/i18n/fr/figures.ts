import type { FiguresMessages } from '../en/figures';

export const figures: FiguresMessages = {
  byId: {
    'neck-side-bend': {
      area: 'le côté du cou',
      alt: 'Debout, le dos droit et les épaules relâchées, la personne incline lentement la tête vers une épaule, puis revient au centre.',
    },
    'upper-trapezius-stretch': {
      area: 'le côté du cou et le haut de l’épaule',
      alt: 'Assise sur une chaise et tenant son bord d’une main, la personne incline la tête du côté opposé, l’autre main posée sur la tête.',
    },
    'chin-tuck': {
      area: 'le cou',
      alt: 'Assise le dos droit, le regard devant elle, la personne recule le menton en ligne droite pour ramener la tête au-dessus des épaules, puis relâche vers l’avant.',
    },
    'chin-to-chest-stretch': {
      area: 'l’arrière du cou',
      alt: 'Assise le dos droit, la personne baisse lentement le menton vers la poitrine, puis relève la tête.',
    },
    'cross-body-shoulder-stretch': {
      area: 'l’arrière de l’épaule',
      alt: 'Debout, la personne amène un bras tendu devant la poitrine et le tient avec l’autre main juste au-dessus du coude, puis le redescend.',
    },
    'wall-angel': {
      area: 'les épaules et le haut du dos',
      alt: 'Debout, le dos contre un mur, les bras pliés comme des poteaux de but glissent vers le haut du mur jusqu’à former un Y, puis redescendent.',
    },
    'pendulum-swing': {
      area: 'l’épaule',
      alt: 'Penchée en avant, une main sur le dossier d’une chaise, la personne laisse pendre l’autre bras, qui se balance doucement d’avant en arrière.',
    },
    'doorway-chest-stretch': {
      area: 'la poitrine et l’avant de l’épaule',
      alt: 'Debout dans l’encadrement d’une porte, l’avant-bras vertical contre le montant, la personne avance un pied et se penche au-delà du montant, puis recule.',
    },
    'clasped-hands-chest-opener': {
      area: 'la poitrine et l’avant des épaules',
      alt: 'Debout, les mains jointes derrière le dos, les bras s’éloignent un peu du corps tandis que la poitrine s’ouvre, puis redescendent.',
    },
    'ball-chest-release': {
      area: 'l’avant de la poitrine, sous la clavicule',
      alt: 'Face à un mur, une balle tenue contre lui à hauteur de poitrine, la personne se penche vers le mur pour que la balle appuie sous la clavicule, puis relâche.',
    },
    'scapular-squeeze': {
      area: 'entre les omoplates',
      alt: 'Debout, le dos droit et les coudes pliés, la personne tire les coudes vers l’arrière et rapproche les omoplates, puis relâche.',
    },
    'tennis-ball-release': {
      area: 'le haut du dos, là où la balle appuie',
      alt: 'Debout, dos au mur, une balle entre le haut du dos et le mur, la personne plie un peu les genoux pour faire rouler la balle le long du dos, puis les tend.',
    },
    'foam-roller-upper-back': {
      area: 'le haut du dos',
      alt: 'Allongée sur le dos, un rouleau de massage en travers du haut du dos, genoux pliés et mains derrière la tête, la personne laisse le haut du dos s’étendre sur le rouleau, puis revient.',
    },
    'seated-upper-back-stretch': {
      area: 'entre les omoplates',
      alt: 'Assise, les bras tendus devant elle et les mains jointes, la personne arrondit le haut du dos en poussant les mains plus loin, puis se redresse.',
    },
    'cat-cow': {
      area: 'tout le dos',
      alt: 'À quatre pattes, le ventre descend et la tête se lève, puis le dos s’arrondit vers le plafond, menton rentré.',
    },
    'childs-pose': {
      area: 'le bas du dos',
      alt: 'À genoux, assise sur les talons, la personne se penche en avant jusqu’à poser le front au sol, bras tendus devant elle, puis se redresse.',
    },
    'knees-to-chest': {
      area: 'le bas du dos',
      alt: 'Allongée sur le dos, la personne ramène les deux genoux vers la poitrine en les entourant des mains, puis les redescend doucement.',
    },
    'standing-back-extension': {
      area: 'le bas du dos',
      alt: 'Debout, les mains sur le bas du dos, la personne se penche doucement en arrière au-dessus des mains, puis se redresse.',
    },
    'hip-flexor-lunge': {
      area: 'l’avant de la hanche, du côté du genou au sol',
      alt: 'Un genou au sol et l’autre pied à plat devant, la personne avance doucement le corps, ce qui étire l’avant de la hanche du côté du genou au sol, puis revient.',
    },
    'figure-four-stretch': {
      area: 'la fesse et l’extérieur de la hanche',
      alt: 'Allongée sur le dos, une cheville croisée sur l’autre genou, la personne ramène la jambe du dessous vers la poitrine avec les mains, puis la relâche.',
    },
    'glute-bridge': {
      area: 'les fesses et l’arrière des cuisses',
      alt: 'Allongée sur le dos, genoux pliés et pieds à plat, la personne soulève les hanches jusqu’à former une ligne droite des épaules aux genoux, puis redescend.',
    },
    'butterfly-stretch': {
      area: 'l’intérieur des cuisses',
      alt: 'Assise au sol, les plantes des pieds jointes, la personne laisse les genoux descendre lentement sur les côtés, puis les remonte.',
    },
    'hamstring-stretch': {
      area: 'l’arrière de la cuisse',
      alt: 'Allongée sur le dos, une serviette autour d’un pied, la personne tend cette jambe vers le plafond, puis la replie.',
    },
    'calf-stretch': {
      area: 'le mollet de la jambe arrière',
      alt: 'Face à un mur, les mains posées dessus, un pied reculé, talon au sol et genou tendu, la personne se penche vers le mur, puis revient.',
    },
    'standing-quad-stretch': {
      area: 'l’avant de la cuisse',
      alt: 'Debout, une main contre un mur, la personne ramène de l’autre main le pied de la jambe la plus proche vers la fesse, puis le repose.',
    },
    'foam-rolling': {
      area: 'le muscle posé sur le rouleau, ici le mollet',
      alt: 'Assise, les mains au sol derrière elle et un rouleau de massage sous les mollets, la personne roule lentement d’avant en arrière dessus.',
    },
    'heel-raise': {
      area: 'les mollets',
      alt: 'Debout, une main sur le dossier d’une chaise, la personne monte lentement sur la pointe des pieds, puis redescend.',
    },
    'ankle-circles': {
      area: 'la cheville',
      alt: 'Assise, une jambe tendue, la personne fait tourner lentement le pied depuis la cheville ; on le voit ici passer des orteils pointés aux orteils ramenés.',
    },
    'foot-ball-roll': {
      area: 'la plante du pied',
      alt: 'Assise, un pied posé sur une balle, la personne fait rouler la balle lentement du talon aux orteils, puis revient.',
    },
    'towel-foot-stretch': {
      area: 'la plante du pied et le mollet',
      alt: 'Assise au sol, une jambe tendue et une serviette autour de l’avant du pied, la personne ramène les orteils vers elle avec la serviette, puis relâche.',
    },
    'wrist-flexor-stretch': {
      area: 'l’intérieur de l’avant-bras',
      alt: 'Debout, un bras tendu devant, l’autre main tire doucement les doigts vers le bas et vers soi en pliant le poignet, puis relâche.',
    },
    'triceps-stretch': {
      area: 'l’arrière du haut du bras',
      alt: 'Debout, un bras se lève et le coude se plie pour que la main descende derrière la tête ; l’autre main pousse le coude vers l’arrière, puis le bras redescend.',
    },
    'prayer-stretch': {
      area: 'l’intérieur des avant-bras et les poignets',
      alt: 'Debout, les paumes jointes devant la poitrine, les mains descendent lentement sans se séparer, coudes écartés, puis remontent.',
    },
  },
  described: (alt, area) => `${alt} Zone mise en évidence : ${area}.`,
};
