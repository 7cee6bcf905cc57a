import type { FiguresMessages } from '../en/figures';

export const figures: FiguresMessages = {
  byId: {
    'neck-side-bend': {
      area: 'el lateral del cuello',
      alt: 'De pie, con la espalda recta y los hombros sueltos, la cabeza se inclina despacio hacia un hombro y luego vuelve al centro.',
    },
    'upper-trapezius-stretch': {
      area: 'el lateral del cuello y la parte de arriba del hombro',
      alt: 'Sentada en una silla y sujetando su borde con una mano, la persona inclina la cabeza hacia el lado contrario mientras la otra mano descansa sobre la cabeza.',
    },
    'chin-tuck': {
      area: 'el cuello',
      alt: 'Sentada con la espalda recta y mirando al frente, la persona lleva la barbilla hacia atrás en línea recta, de modo que la cabeza queda sobre los hombros, y luego relaja hacia delante.',
    },
    'chin-to-chest-stretch': {
      area: 'la nuca',
      alt: 'Sentada con la espalda recta, la persona baja despacio la barbilla hacia el pecho y luego vuelve a subir la cabeza.',
    },
    'cross-body-shoulder-stretch': {
      area: 'la parte de atrás del hombro',
      alt: 'De pie, un brazo estirado cruza por delante del pecho y la otra mano lo sujeta justo por encima del codo; después se baja.',
    },
    'wall-angel': {
      area: 'los hombros y la parte alta de la espalda',
      alt: 'De pie con la espalda contra una pared, los brazos doblados como una portería suben deslizándose por la pared hasta formar una Y y vuelven a bajar.',
    },
    'pendulum-swing': {
      area: 'el hombro',
      alt: 'Inclinada hacia delante con una mano en el respaldo de una silla, la persona deja colgar el otro brazo, que se balancea suavemente hacia delante y hacia atrás.',
    },
    'doorway-chest-stretch': {
      area: 'el pecho y la parte delantera del hombro',
      alt: 'De pie en el hueco de una puerta, con el antebrazo apoyado en vertical en el marco, un pie da un paso adelante y el cuerpo se inclina más allá del marco; luego vuelve atrás.',
    },
    'clasped-hands-chest-opener': {
      area: 'el pecho y la parte delantera de los hombros',
      alt: 'De pie con las manos entrelazadas detrás de la espalda, los brazos se separan un poco del cuerpo mientras el pecho se abre, y luego bajan.',
    },
    'ball-chest-release': {
      area: 'la parte delantera del pecho, bajo la clavícula',
      alt: 'De cara a una pared, con una pelota apoyada en ella a la altura del pecho, el cuerpo se inclina hacia la pared para que la pelota presione bajo la clavícula, y luego afloja.',
    },
    'scapular-squeeze': {
      area: 'entre los omóplatos',
      alt: 'De pie con la espalda recta y los codos doblados, los codos van hacia atrás y los omóplatos se juntan; luego se relajan.',
    },
    'tennis-ball-release': {
      area: 'la parte alta de la espalda, donde presiona la pelota',
      alt: 'De pie de espaldas a una pared, con una pelota entre la parte alta de la espalda y la pared, las rodillas se doblan un poco para que la pelota ruede por la espalda, y luego se estiran.',
    },
    'foam-roller-upper-back': {
      area: 'la parte alta de la espalda',
      alt: 'Boca arriba, con un rodillo de espuma bajo la parte alta de la espalda, las rodillas dobladas y las manos detrás de la cabeza, la parte alta de la espalda se arquea suavemente sobre el rodillo y vuelve.',
    },
    'seated-upper-back-stretch': {
      area: 'entre los omóplatos',
      alt: 'Sentada con los brazos hacia delante y las manos juntas, la persona redondea la parte alta de la espalda mientras alarga las manos, y luego vuelve a sentarse recta.',
    },
    'cat-cow': {
      area: 'toda la espalda',
      alt: 'A cuatro patas, el vientre baja y la cabeza sube; después la espalda se redondea hacia el techo con la barbilla metida.',
    },
    'childs-pose': {
      area: 'la zona lumbar',
      alt: 'De rodillas y sentada sobre los talones, la persona se dobla hacia delante hasta apoyar la frente en el suelo, con los brazos estirados al frente, y luego vuelve a subir.',
    },
    'knees-to-chest': {
      area: 'la zona lumbar',
      alt: 'Boca arriba, las dos rodillas se acercan al pecho rodeadas por las manos y luego bajan suavemente.',
    },
    'standing-back-extension': {
      area: 'la zona lumbar',
      alt: 'De pie con las manos en la zona lumbar, el cuerpo se inclina suavemente hacia atrás sobre las manos y luego vuelve a la vertical.',
    },
    'hip-flexor-lunge': {
      area: 'la parte delantera de la cadera de la pierna que está en el suelo',
      alt: 'Con una rodilla en el suelo y el otro pie plano delante, el cuerpo avanza suavemente y estira la parte delantera de la cadera de atrás; luego vuelve.',
    },
    'figure-four-stretch': {
      area: 'el glúteo y la parte externa de la cadera',
      alt: 'Boca arriba, con un tobillo cruzado sobre la otra rodilla, las manos acercan la pierna de abajo hacia el pecho y luego la sueltan.',
    },
    'glute-bridge': {
      area: 'los glúteos y la parte de atrás de los muslos',
      alt: 'Boca arriba, con las rodillas dobladas y los pies apoyados, la cadera sube hasta que el cuerpo forma una línea recta de los hombros a las rodillas, y luego baja.',
    },
    'butterfly-stretch': {
      area: 'la cara interna de los muslos',
      alt: 'Sentada en el suelo con las plantas de los pies juntas, la persona deja bajar despacio las rodillas hacia los lados y luego las vuelve a subir.',
    },
    'hamstring-stretch': {
      area: 'la parte de atrás del muslo',
      alt: 'Boca arriba, con una toalla alrededor de un pie, esa pierna se estira hacia el techo y luego vuelve a doblarse.',
    },
    'calf-stretch': {
      area: 'la pantorrilla de la pierna de atrás',
      alt: 'De cara a una pared, con las manos apoyadas y un pie atrás, el talón en el suelo y la rodilla estirada, el cuerpo se inclina hacia la pared y luego vuelve.',
    },
    'standing-quad-stretch': {
      area: 'la parte delantera del muslo',
      alt: 'De pie con una mano en la pared, la otra mano lleva el pie de la pierna más cercana hacia el glúteo por detrás, y luego lo baja.',
    },
    'foam-rolling': {
      area: 'el músculo sobre el rodillo, aquí la pantorrilla',
      alt: 'Sentada con las manos en el suelo por detrás y un rodillo de espuma bajo las pantorrillas, la persona rueda despacio hacia delante y hacia atrás sobre él.',
    },
    'heel-raise': {
      area: 'las pantorrillas',
      alt: 'De pie con una mano en el respaldo de una silla, los talones suben despacio hasta quedar de puntillas y luego bajan.',
    },
    'ankle-circles': {
      area: 'el tobillo',
      alt: 'Sentada con una pierna estirada, la persona hace círculos lentos con el pie desde el tobillo; aquí se ve de las puntas estiradas a las puntas hacia atrás.',
    },
    'foot-ball-roll': {
      area: 'la planta del pie',
      alt: 'Sentada con un pie sobre una pelota, la persona la hace rodar despacio desde el talón hasta los dedos y vuelta.',
    },
    'towel-foot-stretch': {
      area: 'la planta del pie y la pantorrilla',
      alt: 'Sentada en el suelo con una pierna estirada y una toalla alrededor de la parte delantera del pie, la toalla lleva los dedos hacia el cuerpo y luego los suelta.',
    },
    'wrist-flexor-stretch': {
      area: 'la cara interna del antebrazo',
      alt: 'De pie con un brazo estirado al frente, la otra mano lleva suavemente los dedos hacia abajo y hacia atrás, doblando la muñeca, y luego suelta.',
    },
    'triceps-stretch': {
      area: 'la parte de atrás del brazo',
      alt: 'De pie, un brazo sube y el codo se dobla para que la mano caiga detrás de la cabeza; la otra mano lleva el codo hacia atrás y luego el brazo baja.',
    },
    'prayer-stretch': {
      area: 'la cara interna de los antebrazos y las muñecas',
      alt: 'De pie con las palmas juntas delante del pecho, las manos bajan despacio sin separarse, con los codos hacia fuera, y luego vuelven a subir.',
    },
  },
  described: (alt, area) => `${alt} Zona resaltada: ${area}.`,
};
