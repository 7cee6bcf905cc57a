import type { ExercisesMessages } from '../en/exercises';

const STOP_IF_SHARP = 'Para si sientes un dolor agudo, entumecimiento u hormigueo.';
const GENTLE = 'Entra despacio en un estiramiento suave; nunca debe doler.';

export const exercises: ExercisesMessages = {
  library: {
    'neck-side-bend': {
      name: 'Inclinación lateral del cuello',
      steps: [
        'Siéntate o ponte de pie con la espalda recta y los hombros relajados.',
        'Inclina despacio la oreja hacia un hombro, sin subir el hombro.',
        'Mantén la postura respirando con calma y vuelve al centro.',
        'Repite hacia el otro lado.',
      ],
      cautions: [STOP_IF_SHARP, 'Si te mareas, haz el movimiento más pequeño y siéntate.'],
    },
    'upper-trapezius-stretch': {
      name: 'Estiramiento del trapecio superior',
      steps: [
        'Siéntate con la espalda recta y sujeta el borde de la silla con una mano.',
        'Inclina la cabeza hacia el lado contrario a esa mano y gira un poco la nariz hacia abajo.',
        'Apoya la otra mano suavemente sobre la cabeza; deja que su peso estire un poco más.',
        'Mantén la postura y cambia de lado.',
      ],
      cautions: [STOP_IF_SHARP, 'Nunca tires de la cabeza; la mano solo descansa encima.'],
    },
    'doorway-chest-stretch': {
      name: 'Estiramiento de pecho en el marco de la puerta',
      steps: [
        'Ponte en el hueco de una puerta y apoya los antebrazos en el marco, con los codos a la altura de los hombros.',
        'Da un paso adelante con un pie e inclínate hacia delante hasta notar el estiramiento en el pecho.',
        'Mantén la espalda recta y los hombros bajos.',
        'Mantén la postura y luego da un paso atrás.',
      ],
      cautions: [STOP_IF_SHARP, 'No lo hagas si notas el hombro inestable o te lo has lesionado hace poco.'],
    },
    'chin-tuck': {
      name: 'Retracción de barbilla',
      steps: [
        'Siéntate o ponte de pie con la espalda recta, mirando al frente.',
        'Lleva la barbilla suavemente hacia atrás en línea recta, como si hicieras papada.',
        'Mantén una o dos respiraciones y relaja.',
        'Mantén la mirada al frente: la cabeza va hacia atrás, no hacia abajo.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'cat-cow': {
      name: 'Gato-vaca',
      steps: [
        'Colócate a cuatro patas, con las manos bajo los hombros y las rodillas bajo las caderas.',
        'Inspira y deja caer el vientre mientras miras un poco hacia arriba.',
        'Espira y redondea la espalda hacia el techo, metiendo la barbilla.',
        'Pasa despacio de una postura a la otra.',
      ],
      cautions: [STOP_IF_SHARP, 'Pon algo blando bajo las rodillas si te molesta apoyarlas.'],
    },
    'childs-pose': {
      name: 'Postura del niño',
      steps: [
        'Arrodíllate y siéntate hacia los talones, con las rodillas separadas a tu gusto.',
        'Lleva las manos hacia delante y apoya la frente en el suelo o en un cojín.',
        'Deja que la espalda y los hombros se aflojen mientras respiras despacio.',
        'Para subir, vuelve a traer las manos hacia ti.',
      ],
      cautions: [STOP_IF_SHARP, 'Pon un cojín entre los talones y las caderas si te molestan las rodillas.'],
    },
    'hip-flexor-lunge': {
      name: 'Estiramiento del flexor de la cadera en zancada',
      steps: [
        'Apoya una rodilla en el suelo y el otro pie plano delante de ti.',
        'Lleva el coxis hacia abajo y pasa el peso suavemente hacia delante.',
        'Nota el estiramiento en la parte delantera de la cadera de la pierna que está en el suelo.',
        'Mantén la postura y cambia de lado.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantén la rodilla de delante sobre el tobillo y agárrate a una silla para no perder el equilibrio.'],
    },
    'hamstring-stretch': {
      name: 'Estiramiento de isquiotibiales',
      steps: [
        'Túmbate boca arriba y pasa una toalla o una cinta alrededor de un pie.',
        'Estira esa pierna hacia el techo hasta notar el estiramiento detrás del muslo.',
        'Deja la otra pierna doblada o estirada, como te resulte más cómodo.',
        'Mantén la postura y cambia de pierna.',
      ],
      cautions: [STOP_IF_SHARP, 'No hagas rebotes; entra poco a poco y mantén la postura sin moverte.'],
    },
    'figure-four-stretch': {
      name: 'Estiramiento del piriforme (en cuatro)',
      steps: [
        'Túmbate boca arriba con las dos rodillas dobladas.',
        'Cruza un tobillo sobre la rodilla contraria.',
        'Sujeta por detrás el muslo de la pierna de abajo y acércalo hacia ti hasta notar el estiramiento en el glúteo.',
        'Mantén la postura y cambia de lado.',
      ],
      cautions: [STOP_IF_SHARP, 'Ve con cuidado si el estiramiento hace que el dolor baje por la pierna, y díselo a tu terapeuta.'],
    },
    'calf-stretch': {
      name: 'Estiramiento de gemelos',
      steps: [
        'Ponte frente a una pared con las manos apoyadas en ella.',
        'Lleva un pie hacia atrás con el talón en el suelo y la rodilla estirada.',
        'Inclínate hacia delante hasta notar el estiramiento en la parte de atrás de la pantorrilla.',
        'Mantén la postura y cambia de pierna.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'wrist-flexor-stretch': {
      name: 'Estiramiento de los flexores de la muñeca',
      steps: [
        'Estira un brazo hacia delante con la palma hacia arriba.',
        'Con la otra mano, lleva los dedos suavemente hacia abajo y hacia atrás.',
        'Nota el estiramiento por la cara interna del antebrazo.',
        'Mantén la postura y cambia de brazo.',
      ],
      cautions: [STOP_IF_SHARP, 'Tira con poca fuerza; la muñeca es pequeña y es fácil pasarse.'],
    },
    'tennis-ball-release': {
      name: 'Liberación de puntos gatillo con pelota de tenis',
      steps: [
        'Coloca una pelota de tenis entre una zona tensa y la pared o el suelo.',
        'Apóyate poco a poco hasta notar una presión firme pero soportable.',
        'Quédate en ese punto y respira hasta que se suelte un poco.',
        'Pasa al siguiente punto que te enseñó tu terapeuta.',
      ],
      cautions: [STOP_IF_SHARP, 'No pongas la pelota sobre la columna, la parte delantera ni los lados del cuello, ni sobre moretones o piel dañada.'],
    },
    'foam-rolling': {
      name: 'Masaje con rodillo de espuma',
      steps: [
        'Coloca el rodillo bajo el músculo que te indicó tu terapeuta.',
        'Sostén tu peso con las manos o los pies para controlar la presión.',
        'Rueda despacio hacia delante y hacia atrás sobre la zona.',
        'Detente unas cuantas respiraciones en los puntos tensos.',
      ],
      cautions: [STOP_IF_SHARP, 'Rueda sobre los músculos, no sobre las articulaciones ni la zona lumbar, y evita las zonas con moretones.'],
    },
    'chin-to-chest-stretch': {
      name: 'Barbilla al pecho',
      steps: [
        'Siéntate con la espalda recta, los pies apoyados y los hombros relajados.',
        'Baja despacio la barbilla hacia el pecho hasta notar el estiramiento en la nuca.',
        'Mantén la postura respirando con calma.',
        'Sube la cabeza despacio hasta volver a mirar al frente.',
      ],
      cautions: [STOP_IF_SHARP, 'Deja que la cabeza cuelgue por su propio peso; nunca tires de ella con las manos.'],
    },
    'cross-body-shoulder-stretch': {
      name: 'Estiramiento de hombro cruzando el brazo',
      steps: [
        'Ponte de pie o siéntate con la espalda recta.',
        'Lleva un brazo estirado por delante del pecho, a la altura del hombro.',
        'Con la otra mano, sujétalo justo por encima del codo y acércalo suavemente hasta notar el estiramiento en la parte de atrás del hombro.',
        'Mantén la postura y cambia de brazo.',
      ],
      cautions: [STOP_IF_SHARP, 'Presiona sobre el brazo, no sobre la articulación del codo.'],
    },
    'wall-angel': {
      name: 'Ángel en la pared',
      steps: [
        'Ponte de pie con la espalda, la cabeza y los glúteos contra una pared, con los pies a un paso corto de ella.',
        'Sube los brazos como una portería, con los codos doblados y la parte de atrás de los brazos cerca de la pared.',
        'Desliza los brazos despacio hacia arriba por la pared hasta donde te resulte cómodo, y bájalos de nuevo.',
        'No dejes que la zona lumbar se arquee y se separe de la pared.',
      ],
      cautions: [STOP_IF_SHARP, 'No hace falta que los brazos toquen la pared; llega solo hasta donde te resulte cómodo.'],
    },
    'pendulum-swing': {
      name: 'Péndulo',
      steps: [
        'Ponte de pie junto a una silla o una mesa y apoya una mano en ella.',
        'Inclínate un poco hacia delante y deja que el otro brazo cuelgue suelto.',
        'Mueve el peso del cuerpo con suavidad para que el brazo que cuelga se balancee solo hacia delante y hacia atrás.',
        'Mantén el hombro relajado; deja que el cuerpo mueva el brazo. Luego cambia de brazo.',
      ],
      cautions: [STOP_IF_SHARP, 'Haz un balanceo pequeño y tranquilo; sirve para soltar, no para hacer fuerza.'],
    },
    'clasped-hands-chest-opener': {
      name: 'Apertura de pecho con las manos entrelazadas',
      steps: [
        'Ponte de pie con la espalda recta y entrelaza las manos detrás de la espalda.',
        'Lleva los hombros hacia atrás y hacia abajo, y deja que el pecho se eleve.',
        'Separa un poco las manos de la espalda hasta notar el estiramiento en el pecho.',
        'Mantén la postura, baja las manos y relaja.',
      ],
      cautions: [STOP_IF_SHARP, 'Si las manos no se alcanzan, sujeta una toalla entre ellas.'],
    },
    'ball-chest-release': {
      name: 'Liberación del pecho con pelota',
      steps: [
        'Ponte de cara a una pared con una pelota de tenis en una mano.',
        'Coloca la pelota contra la pared, a la altura de la parte delantera del hombro, justo debajo de la clavícula.',
        'Apóyate poco a poco hasta notar una presión firme pero soportable, y respira.',
        'Afloja y luego haz el otro lado.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantén la pelota sobre el músculo: lejos de la clavícula, la mama y la parte delantera de la axila.'],
    },
    'scapular-squeeze': {
      name: 'Juntar los omóplatos',
      steps: [
        'Siéntate o ponte de pie con la espalda recta, los brazos relajados y los codos doblados.',
        'Lleva los codos hacia atrás y junta suavemente los omóplatos.',
        'Mantén una o dos respiraciones sin subir los hombros hacia las orejas.',
        'Relaja y repite.',
      ],
      cautions: [STOP_IF_SHARP, 'Aprieta con suavidad; se trata de control, no de fuerza.'],
    },
    'foam-roller-upper-back': {
      name: 'Estiramiento de la parte alta de la espalda con rodillo',
      steps: [
        'Siéntate en el suelo con un rodillo de espuma detrás y túmbate hacia atrás para que quede bajo la parte alta de la espalda.',
        'Dobla las rodillas con los pies apoyados y sujeta la cabeza con las manos.',
        'Deja que la parte alta de la espalda se arquee suavemente sobre el rodillo durante unas cuantas respiraciones y vuelve a subir.',
        'Mueve el rodillo un palmo y repite.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantén el rodillo bajo la parte alta de la espalda, nunca bajo el cuello ni la zona lumbar.'],
    },
    'seated-upper-back-stretch': {
      name: 'Estiramiento sentado de la parte alta de la espalda',
      steps: [
        'Siéntate con la espalda recta y junta las manos delante de ti, a la altura de los hombros.',
        'Lleva las manos hacia delante mientras redondeas la parte alta de la espalda y deja caer un poco la cabeza.',
        'Nota el estiramiento entre los omóplatos y respira hacia esa zona.',
        'Mantén la postura y vuelve a sentarte con la espalda recta.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'knees-to-chest': {
      name: 'Rodillas al pecho',
      steps: [
        'Túmbate boca arriba con las rodillas dobladas y los pies apoyados.',
        'Lleva una rodilla y luego la otra hacia el pecho.',
        'Sujeta las espinillas o la parte de atrás de los muslos y acerca las piernas suavemente.',
        'Mantén la postura y baja un pie cada vez.',
      ],
      cautions: [STOP_IF_SHARP, 'Si al sujetar las espinillas te molestan las rodillas, sujétate por detrás de los muslos.'],
    },
    'standing-back-extension': {
      name: 'Extensión de espalda de pie',
      steps: [
        'Ponte de pie con los pies separados al ancho de las caderas y apoya las manos en la zona lumbar, con los dedos hacia abajo.',
        'Inclínate suavemente hacia atrás sobre las manos, mirando un poco hacia arriba.',
        'Mantén una respiración y vuelve a la postura erguida.',
        'Mantén las rodillas ligeramente flexionadas y el movimiento pequeño.',
      ],
      cautions: [
        STOP_IF_SHARP,
        'No lo hagas si al inclinarte hacia atrás el dolor baja hacia una pierna, y díselo a tu terapeuta.',
        'Si te mareas, haz el movimiento más pequeño.',
      ],
    },
    'glute-bridge': {
      name: 'Puente de glúteos',
      steps: [
        'Túmbate boca arriba con las rodillas dobladas, los pies apoyados y separados al ancho de las caderas, y los brazos a los lados.',
        'Empuja con los talones y sube la cadera hasta que el cuerpo forme una línea de los hombros a las rodillas.',
        'Mantén una respiración apretando los glúteos.',
        'Baja despacio, apoyando la espalda poco a poco.',
      ],
      cautions: [STOP_IF_SHARP, 'Sube solo hasta donde puedas sin arquear la zona lumbar.'],
    },
    'butterfly-stretch': {
      name: 'Mariposa',
      steps: [
        'Siéntate en el suelo y junta las plantas de los pies, con las rodillas abiertas hacia los lados.',
        'Sujétate los tobillos y siéntate con la espalda recta.',
        'Deja que las rodillas bajen despacio hacia el suelo hasta notar el estiramiento en la cara interna de los muslos.',
        'Mantén la postura y vuelve a subir las rodillas.',
      ],
      cautions: [STOP_IF_SHARP, 'Nunca empujes las rodillas hacia abajo con las manos.', 'Siéntate sobre una toalla doblada si te cuesta mantener la espalda recta.'],
    },
    'standing-quad-stretch': {
      name: 'Estiramiento de cuádriceps de pie',
      steps: [
        'Ponte de pie con la espalda recta y apóyate con una mano en una pared o una silla.',
        'Dobla una rodilla y sujeta ese tobillo con la mano libre.',
        'Lleva suavemente el talón hacia el glúteo, con las rodillas juntas, hasta notar el estiramiento en la parte delantera del muslo.',
        'Mantén la postura y cambia de pierna.',
      ],
      cautions: [STOP_IF_SHARP, 'Si no llegas al tobillo, pasa una toalla alrededor.'],
    },
    'heel-raise': {
      name: 'Elevación de talones',
      steps: [
        'Ponte de pie con la espalda recta, sujetando el respaldo de una silla.',
        'Sube despacio sobre la parte delantera de los pies.',
        'Detente arriba y baja los talones despacio hasta el suelo.',
        'Reparte el peso por igual entre los dos pies.',
      ],
      cautions: [STOP_IF_SHARP, 'No sueltes la silla en todo el ejercicio, para no perder el equilibrio.'],
    },
    'ankle-circles': {
      name: 'Círculos con el tobillo',
      steps: [
        'Siéntate con una pierna estirada hacia delante, con el talón en el suelo o en el aire.',
        'Estira las puntas de los pies y luego llévalas hacia ti.',
        'Conviértelo en círculos lentos con el pie: diez hacia un lado y diez hacia el otro.',
        'Cambia de pie.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'foot-ball-roll': {
      name: 'Pelota bajo el pie',
      steps: [
        'Siéntate en una silla con una pelota de tenis bajo la planta de un pie.',
        'Haz rodar la pelota despacio desde el talón hasta la parte delantera del pie, y vuelta.',
        'Presiona solo lo que te resulte agradable y detente en los puntos tensos.',
        'Cambia de pie.',
      ],
      cautions: [STOP_IF_SHARP, 'No lo hagas si tienes poca sensibilidad en los pies o alguna herida; consulta antes con tu médico.'],
    },
    'towel-foot-stretch': {
      name: 'Estiramiento del pie con toalla',
      steps: [
        'Siéntate en el suelo con una pierna estirada delante de ti.',
        'Pasa una toalla por la parte delantera de ese pie y sujeta los dos extremos.',
        'Tira suavemente de la toalla para que los dedos vengan hacia ti, hasta notar el estiramiento bajo el pie y en la pantorrilla.',
        'Mantén la postura y cambia de pie.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantén la rodilla estirada, pero sin bloquearla.'],
    },
    'triceps-stretch': {
      name: 'Estiramiento de tríceps',
      steps: [
        'Ponte de pie o siéntate con la espalda recta y sube un brazo.',
        'Dobla ese codo para que la mano caiga detrás de la cabeza.',
        'Con la otra mano, lleva el codo suavemente hacia atrás hasta notar el estiramiento en la parte de atrás del brazo.',
        'Mantén la postura y cambia de brazo.',
      ],
      cautions: [STOP_IF_SHARP, 'Mantén la cabeza erguida; no dejes que el brazo la empuje hacia delante.'],
    },
    'prayer-stretch': {
      name: 'Estiramiento en posición de rezo',
      steps: [
        'Junta las palmas de las manos delante del pecho, con los dedos hacia arriba.',
        'Sin separar las palmas, baja las manos despacio hacia la cintura.',
        'Para cuando notes el estiramiento en la cara interna de los antebrazos, con los codos hacia los lados.',
        'Mantén la postura y vuelve a subir las manos.',
      ],
      cautions: [STOP_IF_SHARP, 'Presiona las palmas entre sí con suavidad.'],
    },
  },
};
