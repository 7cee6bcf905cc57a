import type { FiguresMessages } from '../en/figures';

export const figures: FiguresMessages = {
  byId: {
    'neck-side-bend': {
      area: 'die Seite des Halses',
      alt: 'Im aufrechten Stand mit lockeren Schultern neigt sich der Kopf langsam zu einer Schulter und kommt dann zurück zur Mitte.',
    },
    'upper-trapezius-stretch': {
      area: 'die Seite des Halses und die Oberseite der Schulter',
      alt: 'Auf einem Stuhl sitzend, eine Hand an der Sitzkante, neigt sich der Kopf von dieser Hand weg, während die andere Hand auf dem Kopf liegt.',
    },
    'chin-tuck': {
      area: 'der Hals',
      alt: 'Aufrecht sitzend mit Blick nach vorn gleitet das Kinn gerade nach hinten, sodass der Kopf über die Schultern zurückkommt, und löst sich dann wieder nach vorn.',
    },
    'chin-to-chest-stretch': {
      area: 'der Nacken',
      alt: 'Aufrecht sitzend senkt sich das Kinn langsam zur Brust, dann hebt sich der Kopf wieder.',
    },
    'cross-body-shoulder-stretch': {
      area: 'die Rückseite der Schulter',
      alt: 'Im Stand wird ein gestreckter Arm quer vor die Brust geführt und von der anderen Hand knapp über dem Ellbogen gehalten, dann gesenkt.',
    },
    'wall-angel': {
      area: 'die Schultern und der obere Rücken',
      alt: 'Mit dem Rücken an der Wand stehend gleiten die wie Torpfosten gebeugten Arme an der Wand nach oben zu einem Y und wieder hinunter.',
    },
    'pendulum-swing': {
      area: 'die Schulter',
      alt: 'Nach vorn gebeugt, eine Hand auf der Stuhllehne, hängt der andere Arm locker und schwingt sanft vor und zurück.',
    },
    'doorway-chest-stretch': {
      area: 'die Brust und die Vorderseite der Schulter',
      alt: 'In einem Türrahmen stehend, den Unterarm senkrecht am Rahmen, macht ein Fuß einen Schritt nach vorn und der Körper lehnt sich über den Rahmen hinaus vor; dann geht es zurück.',
    },
    'clasped-hands-chest-opener': {
      area: 'die Brust und die Vorderseite der Schultern',
      alt: 'Im Stand mit hinter dem Rücken verschränkten Händen heben sich die Arme etwas vom Körper weg, während sich die Brust öffnet; dann senken sie sich.',
    },
    'ball-chest-release': {
      area: 'die vordere Brust unter dem Schlüsselbein',
      alt: 'Mit dem Gesicht zur Wand und einem Ball auf Brusthöhe an der Wand lehnt sich der Körper an, sodass der Ball unter dem Schlüsselbein drückt, und lässt dann wieder locker.',
    },
    'scapular-squeeze': {
      area: 'zwischen den Schulterblättern',
      alt: 'Aufrecht stehend mit gebeugten Ellbogen ziehen die Ellbogen nach hinten und die Schulterblätter zusammen; dann lösen sie sich.',
    },
    'tennis-ball-release': {
      area: 'der obere Rücken, wo der Ball drückt',
      alt: 'Mit dem Rücken zur Wand und einem Ball zwischen oberem Rücken und Wand beugen sich die Knie etwas, sodass der Ball am Rücken entlangrollt, und strecken sich wieder.',
    },
    'foam-roller-upper-back': {
      area: 'der obere Rücken',
      alt: 'In Rückenlage, eine Faszienrolle quer unter dem oberen Rücken, Knie gebeugt und Hände hinter dem Kopf, sinkt der obere Rücken sanft über die Rolle nach hinten und kommt zurück.',
    },
    'seated-upper-back-stretch': {
      area: 'zwischen den Schulterblättern',
      alt: 'Im Sitzen, die Arme nach vorn gestreckt und die Hände zusammen, rundet sich der obere Rücken, während die Hände weiter nach vorn reichen; dann richtet sich der Körper wieder auf.',
    },
    'cat-cow': {
      area: 'der ganze Rücken',
      alt: 'Im Vierfüßlerstand sinkt der Bauch und der Kopf hebt sich, dann wölbt sich der Rücken mit eingezogenem Kinn zur Decke.',
    },
    'childs-pose': {
      area: 'der untere Rücken',
      alt: 'Kniend und auf den Fersen sitzend faltet sich der Körper nach vorn, bis die Stirn mit nach vorn gestreckten Armen auf dem Boden liegt, und kommt dann wieder hoch.',
    },
    'knees-to-chest': {
      area: 'der untere Rücken',
      alt: 'In Rückenlage werden beide Knie mit den Händen zur Brust gezogen und dann sanft wieder abgesenkt.',
    },
    'standing-back-extension': {
      area: 'der untere Rücken',
      alt: 'Im Stand mit den Händen am unteren Rücken lehnt sich der Körper sanft über die Hände nach hinten und richtet sich dann wieder auf.',
    },
    'hip-flexor-lunge': {
      area: 'die Vorderseite der Hüfte des knienden Beins',
      alt: 'Auf einem Knie kniend, der andere Fuß flach davor, schiebt sich der Körper sanft nach vorn und dehnt die Vorderseite der knienden Hüfte; dann geht er zurück.',
    },
    'figure-four-stretch': {
      area: 'das Gesäß und die äußere Hüfte',
      alt: 'In Rückenlage, einen Knöchel über das andere Knie gelegt, ziehen die Hände das untere Bein zur Brust und lassen es dann wieder zurück.',
    },
    'glute-bridge': {
      area: 'das Gesäß und die Rückseiten der Oberschenkel',
      alt: 'In Rückenlage mit gebeugten Knien und aufgestellten Füßen hebt sich das Becken, bis der Körper von den Schultern bis zu den Knien eine gerade Linie bildet, und senkt sich dann.',
    },
    'butterfly-stretch': {
      area: 'die Innenseiten der Oberschenkel',
      alt: 'Auf dem Boden sitzend mit aneinanderliegenden Fußsohlen sinken die Knie langsam zur Seite und heben sich dann wieder.',
    },
    'hamstring-stretch': {
      area: 'die Rückseite des Oberschenkels',
      alt: 'In Rückenlage mit einem Handtuch um einen Fuß streckt sich dieses Bein zur Decke und beugt sich dann wieder.',
    },
    'calf-stretch': {
      area: 'die Wade des hinteren Beins',
      alt: 'Vor einer Wand, die Hände daran, ein Fuß nach hinten gesetzt, Ferse am Boden und Knie gestreckt, lehnt sich der Körper zur Wand und wieder zurück.',
    },
    'standing-quad-stretch': {
      area: 'die Vorderseite des Oberschenkels',
      alt: 'Im Stand mit einer Hand an der Wand zieht die andere Hand den Fuß des näheren Beins hinten zum Gesäß und senkt ihn dann wieder.',
    },
    'foam-rolling': {
      area: 'der Muskel auf der Rolle, hier die Wade',
      alt: 'Im Sitzen, die Hände hinten auf dem Boden und eine Faszienrolle unter den Waden, rollt der Körper langsam darüber vor und zurück.',
    },
    'heel-raise': {
      area: 'die Waden',
      alt: 'Im Stand mit einer Hand auf der Stuhllehne heben sich die Fersen langsam in den Zehenstand und senken sich dann.',
    },
    'ankle-circles': {
      area: 'der Knöchel',
      alt: 'Im Sitzen mit einem gestreckten Bein kreist der Fuß langsam im Knöchel; hier gezeigt von gestreckten zu herangezogenen Zehen.',
    },
    'foot-ball-roll': {
      area: 'die Fußsohle',
      alt: 'Im Sitzen, einen Fuß auf einem Ball, rollt der Fuß den Ball langsam von der Ferse zu den Zehen und zurück.',
    },
    'towel-foot-stretch': {
      area: 'die Fußsohle und die Wade',
      alt: 'Auf dem Boden sitzend, ein Bein gestreckt und ein Handtuch um den Fußballen, zieht das Handtuch die Zehen zum Körper und lässt sie dann los.',
    },
    'wrist-flexor-stretch': {
      area: 'die Innenseite des Unterarms',
      alt: 'Im Stand mit einem nach vorn gestreckten Arm zieht die andere Hand die Finger sanft nach unten und hinten, sodass sich das Handgelenk beugt, und lässt dann los.',
    },
    'triceps-stretch': {
      area: 'die Rückseite des Oberarms',
      alt: 'Im Stand reicht ein Arm nach oben und der Ellbogen beugt sich, sodass die Hand hinter den Kopf sinkt; die andere Hand schiebt den Ellbogen nach hinten, dann kommt der Arm herunter.',
    },
    'prayer-stretch': {
      area: 'die Innenseiten der Unterarme und die Handgelenke',
      alt: 'Im Stand mit vor der Brust aneinandergelegten Handflächen senken sich die Hände langsam, ohne sich zu lösen, die Ellbogen gehen nach außen; dann heben sie sich wieder.',
    },
  },
  described: (alt, area) => `${alt} Hervorgehoben: ${area}.`,
};
