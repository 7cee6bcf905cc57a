import type { ExercisesMessages } from '../en/exercises';

const STOP_IF_SHARP = 'Hören Sie auf, wenn Sie stechende Schmerzen, Taubheit oder Kribbeln spüren.';
const GENTLE = 'Gehen Sie langsam in eine sanfte Dehnung; sie darf nie wehtun.';

export const exercises: ExercisesMessages = {
  library: {
    'neck-side-bend': {
      name: 'Seitneigung des Kopfes',
      steps: [
        'Sitzen oder stehen Sie aufrecht, die Schultern locker.',
        'Neigen Sie das Ohr langsam zu einer Schulter, ohne die Schulter anzuheben.',
        'Halten Sie die Position und atmen Sie ruhig weiter; kommen Sie dann zurück zur Mitte.',
        'Wiederholen Sie es zur anderen Seite.',
      ],
      cautions: [STOP_IF_SHARP, 'Wenn Ihnen schwindelig wird, machen Sie die Bewegung kleiner und setzen Sie sich.'],
    },
    'upper-trapezius-stretch': {
      name: 'Dehnung des oberen Trapezmuskels',
      steps: [
        'Sitzen Sie aufrecht und halten Sie sich mit einer Hand an der Stuhlkante fest.',
        'Neigen Sie den Kopf von dieser Hand weg und drehen Sie die Nase etwas nach unten.',
        'Legen Sie die andere Hand leicht auf den Kopf; ihr Gewicht verstärkt die Dehnung ein wenig.',
        'Halten Sie die Position, dann wechseln Sie die Seite.',
      ],
      cautions: [STOP_IF_SHARP, 'Ziehen Sie nie am Kopf; die Hand liegt nur auf.'],
    },
    'doorway-chest-stretch': {
      name: 'Brustdehnung im Türrahmen',
      steps: [
        'Stellen Sie sich in einen Türrahmen und legen Sie die Unterarme an den Rahmen, die Ellbogen auf Schulterhöhe.',
        'Machen Sie mit einem Fuß einen Schritt nach vorn und lehnen Sie sich vor, bis Sie eine Dehnung quer über der Brust spüren.',
        'Halten Sie den Rücken gerade und die Schultern unten.',
        'Halten Sie die Position, dann treten Sie zurück.',
      ],
      cautions: [STOP_IF_SHARP, 'Lassen Sie die Übung aus, wenn sich Ihre Schulter instabil anfühlt oder vor Kurzem verletzt war.'],
    },
    'chin-tuck': {
      name: 'Kinn zurückschieben',
      steps: [
        'Sitzen oder stehen Sie aufrecht und schauen Sie geradeaus.',
        'Schieben Sie das Kinn sanft gerade nach hinten, als würden Sie ein Doppelkinn machen.',
        'Halten Sie ein bis zwei Atemzüge lang, dann lösen Sie.',
        'Der Blick bleibt waagerecht: Der Kopf geht nach hinten, nicht nach unten.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'cat-cow': {
      name: 'Katze und Kuh',
      steps: [
        'Gehen Sie in den Vierfüßlerstand: Hände unter den Schultern, Knie unter den Hüften.',
        'Atmen Sie ein, lassen Sie den Bauch sinken und schauen Sie leicht nach oben.',
        'Atmen Sie aus, machen Sie den Rücken rund zur Decke und ziehen Sie das Kinn zur Brust.',
        'Wechseln Sie langsam und fließend zwischen beiden Haltungen.',
      ],
      cautions: [STOP_IF_SHARP, 'Legen Sie etwas Weiches unter die Knie, wenn das Knien unangenehm ist.'],
    },
    'childs-pose': {
      name: 'Haltung des Kindes',
      steps: [
        'Knien Sie sich hin und setzen Sie sich Richtung Fersen zurück, die Knie bequem auseinander.',
        'Wandern Sie mit den Händen nach vorn und legen Sie die Stirn auf den Boden oder ein Kissen.',
        'Lassen Sie Rücken und Schultern weich werden und atmen Sie langsam.',
        'Zum Aufrichten wandern Sie mit den Händen zurück.',
      ],
      cautions: [STOP_IF_SHARP, 'Legen Sie ein Kissen zwischen Fersen und Gesäß, wenn die Knie sich melden.'],
    },
    'hip-flexor-lunge': {
      name: 'Hüftbeuger-Dehnung im Ausfallschritt',
      steps: [
        'Knien Sie auf einem Knie, der andere Fuß steht flach vor Ihnen.',
        'Kippen Sie das Becken leicht nach hinten (Steißbein nach unten) und verlagern Sie das Gewicht sanft nach vorn.',
        'Spüren Sie die Dehnung vorn an der Hüfte des knienden Beins.',
        'Halten Sie die Position, dann wechseln Sie die Seite.',
      ],
      cautions: [STOP_IF_SHARP, 'Das vordere Knie bleibt über dem Knöchel; halten Sie sich für das Gleichgewicht an einem Stuhl fest.'],
    },
    'hamstring-stretch': {
      name: 'Dehnung der hinteren Oberschenkel',
      steps: [
        'Legen Sie sich auf den Rücken und legen Sie ein Handtuch oder einen Gurt um einen Fuß.',
        'Strecken Sie dieses Bein zur Decke, bis Sie eine Dehnung hinten am Oberschenkel spüren.',
        'Das andere Bein bleibt gebeugt oder liegt flach, wie es angenehmer ist.',
        'Halten Sie die Position, dann wechseln Sie das Bein.',
      ],
      cautions: [STOP_IF_SHARP, 'Nicht wippen; gehen Sie langsam in die Dehnung und halten Sie still.'],
    },
    'figure-four-stretch': {
      name: 'Piriformis-Dehnung (Vierer-Position)',
      steps: [
        'Legen Sie sich auf den Rücken, beide Knie gebeugt.',
        'Legen Sie einen Knöchel über das andere Knie.',
        'Fassen Sie den unteren Oberschenkel von hinten und ziehen Sie ihn zu sich, bis Sie eine Dehnung im Gesäß spüren.',
        'Halten Sie die Position, dann wechseln Sie die Seite.',
      ],
      cautions: [STOP_IF_SHARP, 'Gehen Sie behutsam vor, wenn die Dehnung Schmerzen ins Bein ausstrahlen lässt, und sagen Sie es Ihrer Praxis.'],
    },
    'calf-stretch': {
      name: 'Wadendehnung',
      steps: [
        'Stellen Sie sich vor eine Wand und legen Sie die Hände daran.',
        'Setzen Sie einen Fuß nach hinten; die Ferse bleibt am Boden, das Knie gestreckt.',
        'Lehnen Sie sich nach vorn, bis Sie eine Dehnung hinten am Unterschenkel spüren.',
        'Halten Sie die Position, dann wechseln Sie das Bein.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'wrist-flexor-stretch': {
      name: 'Dehnung der Handgelenksbeuger',
      steps: [
        'Strecken Sie einen Arm gerade nach vorn, die Handfläche nach oben.',
        'Ziehen Sie mit der anderen Hand die Finger sanft nach unten und hinten.',
        'Spüren Sie die Dehnung an der Innenseite des Unterarms.',
        'Halten Sie die Position, dann wechseln Sie den Arm.',
      ],
      cautions: [STOP_IF_SHARP, 'Ziehen Sie nur leicht; das Handgelenk ist klein und schnell überdehnt.'],
    },
    'tennis-ball-release': {
      name: 'Triggerpunkt-Lösung mit dem Tennisball',
      steps: [
        'Legen Sie einen Tennisball zwischen eine verspannte Stelle und eine Wand oder den Boden.',
        'Lehnen Sie sich langsam dagegen, bis Sie einen festen, aber gut aushaltbaren Druck spüren.',
        'Bleiben Sie auf der Stelle und atmen Sie, bis sie etwas nachlässt.',
        'Gehen Sie zur nächsten Stelle, die Ihnen in der Praxis gezeigt wurde.',
      ],
      cautions: [STOP_IF_SHARP, 'Den Ball nicht auf die Wirbelsäule, vorn oder seitlich an den Hals und nicht auf Blutergüsse oder verletzte Haut legen.'],
    },
    'foam-rolling': {
      name: 'Ausrollen mit der Faszienrolle',
      steps: [
        'Legen Sie die Rolle unter den Muskel, den man Ihnen in der Praxis gezeigt hat.',
        'Stützen Sie Ihr Gewicht mit Händen oder Füßen ab, um den Druck zu steuern.',
        'Rollen Sie langsam über den Bereich vor und zurück.',
        'Verweilen Sie an festen Stellen ein paar Atemzüge lang.',
      ],
      cautions: [STOP_IF_SHARP, 'Rollen Sie über Muskeln, nicht über Gelenke oder den unteren Rücken, und lassen Sie Blutergüsse aus.'],
    },
    'chin-to-chest-stretch': {
      name: 'Kinn zur Brust',
      steps: [
        'Sitzen Sie aufrecht, die Füße flach am Boden, die Schultern locker.',
        'Senken Sie das Kinn langsam zur Brust, bis Sie eine Dehnung im Nacken spüren.',
        'Halten Sie die Position und atmen Sie ruhig weiter.',
        'Heben Sie den Kopf langsam wieder, bis Sie geradeaus schauen.',
      ],
      cautions: [STOP_IF_SHARP, 'Lassen Sie den Kopf nur durch sein eigenes Gewicht sinken; ziehen Sie ihn nie mit den Händen nach unten.'],
    },
    'cross-body-shoulder-stretch': {
      name: 'Schulterdehnung mit quer geführtem Arm',
      steps: [
        'Stehen oder sitzen Sie aufrecht.',
        'Führen Sie einen gestreckten Arm auf Schulterhöhe quer vor die Brust.',
        'Fassen Sie ihn mit der anderen Hand knapp über dem Ellbogen und ziehen Sie ihn sanft heran, bis Sie hinten an der Schulter eine Dehnung spüren.',
        'Halten Sie die Position, dann wechseln Sie den Arm.',
      ],
      cautions: [STOP_IF_SHARP, 'Drücken Sie auf den Oberarm, nicht auf das Ellbogengelenk selbst.'],
    },
    'wall-angel': {
      name: 'Wandengel',
      steps: [
        'Stellen Sie sich mit Rücken, Kopf und Gesäß an eine Wand, die Füße einen kleinen Schritt davor.',
        'Heben Sie die Arme wie Torpfosten, die Ellbogen gebeugt, die Rückseiten der Arme nahe an der Wand.',
        'Schieben Sie die Arme langsam an der Wand nach oben, so weit es angenehm ist, und wieder nach unten.',
        'Achten Sie darauf, dass der untere Rücken nicht ins Hohlkreuz geht und sich von der Wand löst.',
      ],
      cautions: [STOP_IF_SHARP, 'Die Arme müssen die Wand nicht berühren; gehen Sie nur so weit, wie es angenehm ist.'],
    },
    'pendulum-swing': {
      name: 'Pendeln',
      steps: [
        'Stellen Sie sich neben einen Stuhl oder Tisch und stützen Sie eine Hand darauf.',
        'Beugen Sie sich etwas nach vorn und lassen Sie den anderen Arm locker hängen.',
        'Verlagern Sie sanft Ihr Gewicht, sodass der hängende Arm von selbst vor und zurück schwingt.',
        'Die Schulter bleibt entspannt; der Körper bewegt den Arm. Dann wechseln Sie den Arm.',
      ],
      cautions: [STOP_IF_SHARP, 'Das Pendeln bleibt klein und leicht; es soll lockern, nicht anstrengen.'],
    },
    'clasped-hands-chest-opener': {
      name: 'Brustöffner mit verschränkten Händen',
      steps: [
        'Stehen Sie aufrecht und verschränken Sie die Hände hinter dem Rücken.',
        'Ziehen Sie die Schultern nach hinten unten und lassen Sie die Brust sich heben.',
        'Heben Sie die Hände etwas vom Rücken weg, bis Sie eine Dehnung quer über der Brust spüren.',
        'Halten Sie die Position, dann senken Sie die Hände und entspannen Sie.',
      ],
      cautions: [STOP_IF_SHARP, 'Halten Sie ein Handtuch zwischen den Händen, wenn diese sich nicht erreichen.'],
    },
    'ball-chest-release': {
      name: 'Brustlösung mit dem Ball',
      steps: [
        'Stellen Sie sich vor eine Wand, einen Tennisball in einer Hand.',
        'Legen Sie den Ball vorn an der Schulter, knapp unter dem Schlüsselbein, an die Wand.',
        'Lehnen Sie sich langsam dagegen, bis Sie einen festen, aber gut aushaltbaren Druck spüren, und atmen Sie.',
        'Lassen Sie locker und wechseln Sie dann zur anderen Seite.',
      ],
      cautions: [STOP_IF_SHARP, 'Der Ball bleibt auf dem Muskel: nicht auf dem Schlüsselbein, der Brust oder vorn an der Achsel.'],
    },
    'scapular-squeeze': {
      name: 'Schulterblätter zusammenziehen',
      steps: [
        'Sitzen oder stehen Sie aufrecht, die Arme locker, die Ellbogen gebeugt.',
        'Ziehen Sie die Ellbogen nach hinten und die Schulterblätter sanft zusammen.',
        'Halten Sie ein bis zwei Atemzüge lang, ohne die Schultern zu den Ohren hochzuziehen.',
        'Lösen Sie und wiederholen Sie.',
      ],
      cautions: [STOP_IF_SHARP, 'Sanft zusammenziehen; es geht um Kontrolle, nicht um Kraft.'],
    },
    'foam-roller-upper-back': {
      name: 'Dehnung des oberen Rückens auf der Rolle',
      steps: [
        'Setzen Sie sich auf den Boden, eine Faszienrolle hinter sich, und legen Sie sich zurück, sodass sie quer unter dem oberen Rücken liegt.',
        'Stellen Sie die Füße mit gebeugten Knien auf und stützen Sie den Kopf mit den Händen.',
        'Lassen Sie den oberen Rücken ein paar Atemzüge lang sanft über die Rolle nach hinten sinken, dann kommen Sie wieder hoch.',
        'Verschieben Sie die Rolle um eine Handbreit und wiederholen Sie.',
      ],
      cautions: [STOP_IF_SHARP, 'Die Rolle liegt unter dem oberen Rücken, nie unter dem Nacken oder dem unteren Rücken.'],
    },
    'seated-upper-back-stretch': {
      name: 'Dehnung des oberen Rückens im Sitzen',
      steps: [
        'Sitzen Sie aufrecht und legen Sie die Hände vor sich auf Schulterhöhe zusammen.',
        'Schieben Sie die Hände nach vorn, machen Sie den oberen Rücken rund und lassen Sie den Kopf etwas sinken.',
        'Spüren Sie die Dehnung zwischen den Schulterblättern und atmen Sie hinein.',
        'Halten Sie die Position, dann richten Sie sich wieder auf.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'knees-to-chest': {
      name: 'Knie zur Brust',
      steps: [
        'Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße aufgestellt.',
        'Ziehen Sie erst ein Knie, dann das andere zur Brust.',
        'Fassen Sie die Schienbeine oder die Rückseiten der Oberschenkel und ziehen Sie sie sanft näher heran.',
        'Halten Sie die Position, dann stellen Sie einen Fuß nach dem anderen ab.',
      ],
      cautions: [STOP_IF_SHARP, 'Fassen Sie stattdessen hinter die Oberschenkel, wenn der Griff um die Schienbeine die Knie belastet.'],
    },
    'standing-back-extension': {
      name: 'Rückenstreckung im Stehen',
      steps: [
        'Stellen Sie sich hüftbreit hin und legen Sie die Hände auf den unteren Rücken, die Finger zeigen nach unten.',
        'Lehnen Sie sich sanft über die Hände nach hinten und schauen Sie leicht nach oben.',
        'Halten Sie einen Atemzug lang, dann richten Sie sich wieder auf.',
        'Die Knie bleiben locker, die Bewegung klein.',
      ],
      cautions: [
        STOP_IF_SHARP,
        'Lassen Sie die Übung aus, wenn beim Zurücklehnen Schmerzen ins Bein ausstrahlen, und sagen Sie es Ihrer Praxis.',
        'Wenn Ihnen schwindelig wird, machen Sie die Bewegung kleiner.',
      ],
    },
    'glute-bridge': {
      name: 'Beckenheben',
      steps: [
        'Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße hüftbreit aufgestellt, die Arme neben dem Körper.',
        'Drücken Sie sich über die Fersen ab und heben Sie das Becken, bis der Körper von den Schultern bis zu den Knien eine Linie bildet.',
        'Halten Sie einen Atemzug lang und spannen Sie dabei das Gesäß an.',
        'Rollen Sie langsam Wirbel für Wirbel wieder ab.',
      ],
      cautions: [STOP_IF_SHARP, 'Heben Sie nur so hoch, wie es ohne Hohlkreuz geht.'],
    },
    'butterfly-stretch': {
      name: 'Schmetterling',
      steps: [
        'Setzen Sie sich auf den Boden und legen Sie die Fußsohlen aneinander, die Knie fallen nach außen.',
        'Halten Sie Ihre Knöchel fest und sitzen Sie aufrecht.',
        'Lassen Sie die Knie langsam Richtung Boden sinken, bis Sie eine Dehnung an den Innenseiten der Oberschenkel spüren.',
        'Halten Sie die Position, dann heben Sie die Knie wieder an.',
      ],
      cautions: [STOP_IF_SHARP, 'Drücken Sie die Knie nie mit den Händen nach unten.', 'Setzen Sie sich auf ein gefaltetes Handtuch, wenn Ihnen das aufrechte Sitzen schwerfällt.'],
    },
    'standing-quad-stretch': {
      name: 'Oberschenkeldehnung im Stehen',
      steps: [
        'Stehen Sie aufrecht und halten Sie sich mit einer Hand an einer Wand oder einem Stuhl fest.',
        'Beugen Sie ein Knie und fassen Sie diesen Knöchel mit der freien Hand.',
        'Ziehen Sie die Ferse sanft Richtung Gesäß, die Knie nebeneinander, bis Sie vorn am Oberschenkel eine Dehnung spüren.',
        'Halten Sie die Position, dann wechseln Sie das Bein.',
      ],
      cautions: [STOP_IF_SHARP, 'Legen Sie ein Handtuch um den Knöchel, wenn Sie ihn nicht erreichen.'],
    },
    'heel-raise': {
      name: 'Fersenheben',
      steps: [
        'Stehen Sie aufrecht und halten Sie sich an der Lehne eines Stuhls fest.',
        'Kommen Sie langsam auf die Fußballen hoch.',
        'Halten Sie oben kurz inne, dann senken Sie die Fersen langsam zum Boden.',
        'Verteilen Sie Ihr Gewicht gleichmäßig auf beide Füße.',
      ],
      cautions: [STOP_IF_SHARP, 'Lassen Sie die ganze Zeit eine Hand am Stuhl, um das Gleichgewicht zu halten.'],
    },
    'ankle-circles': {
      name: 'Fußkreisen',
      steps: [
        'Setzen Sie sich und strecken Sie ein Bein nach vorn, die Ferse am Boden oder angehoben.',
        'Strecken Sie die Zehen nach vorn, dann ziehen Sie sie zu sich heran.',
        'Machen Sie daraus langsame Kreise mit dem Fuß, zehn in die eine und zehn in die andere Richtung.',
        'Wechseln Sie den Fuß.',
      ],
      cautions: [STOP_IF_SHARP, GENTLE],
    },
    'foot-ball-roll': {
      name: 'Ball unter dem Fuß rollen',
      steps: [
        'Setzen Sie sich auf einen Stuhl, einen Tennisball unter der Sohle eines Fußes.',
        'Rollen Sie den Ball langsam von der Ferse bis zum Fußballen und zurück.',
        'Drücken Sie nur so fest, wie es guttut, und verweilen Sie an festen Stellen.',
        'Wechseln Sie den Fuß.',
      ],
      cautions: [STOP_IF_SHARP, 'Lassen Sie die Übung aus, wenn Ihre Füße wenig Gefühl haben oder eine Wunde da ist, und fragen Sie zuerst Ihre Ärztin oder Ihren Arzt.'],
    },
    'towel-foot-stretch': {
      name: 'Fußdehnung mit dem Handtuch',
      steps: [
        'Setzen Sie sich auf den Boden, ein Bein gestreckt vor sich.',
        'Legen Sie ein Handtuch um den Ballen dieses Fußes und halten Sie beide Enden.',
        'Ziehen Sie sanft am Handtuch, sodass die Zehen zu Ihnen kommen, bis Sie eine Dehnung unter dem Fuß und in der Wade spüren.',
        'Halten Sie die Position, dann wechseln Sie den Fuß.',
      ],
      cautions: [STOP_IF_SHARP, 'Das Knie bleibt gestreckt, aber nicht durchgedrückt.'],
    },
    'triceps-stretch': {
      name: 'Trizepsdehnung',
      steps: [
        'Stehen oder sitzen Sie aufrecht und heben Sie einen Arm.',
        'Beugen Sie diesen Ellbogen, sodass die Hand hinter den Kopf sinkt.',
        'Schieben Sie den Ellbogen mit der anderen Hand sanft nach hinten, bis Sie hinten am Oberarm eine Dehnung spüren.',
        'Halten Sie die Position, dann wechseln Sie den Arm.',
      ],
      cautions: [STOP_IF_SHARP, 'Halten Sie den Kopf aufrecht; der Arm darf ihn nicht nach vorn drücken.'],
    },
    'prayer-stretch': {
      name: 'Gebetsdehnung',
      steps: [
        'Legen Sie die Handflächen vor der Brust aneinander, die Finger zeigen nach oben.',
        'Senken Sie die Hände langsam Richtung Taille, ohne die Handflächen zu lösen.',
        'Halten Sie an, wenn Sie eine Dehnung an den Innenseiten der Unterarme spüren; die Ellbogen zeigen zur Seite.',
        'Halten Sie die Position, dann heben Sie die Hände wieder.',
      ],
      cautions: [STOP_IF_SHARP, 'Drücken Sie die Handflächen nur leicht gegeneinander.'],
    },
  },
};
