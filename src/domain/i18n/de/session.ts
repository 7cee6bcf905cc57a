import type { SessionMessages } from '../en/session';

export const session: SessionMessages = {
  kinds: {
    relaxation: { label: 'Entspannung / Schwedisch / Spa', description: 'Lange, fließende Streichungen zum Abschalten und gegen Stress.' },
    therapeutic: { label: 'Therapeutische Massage', description: 'Gezielte Behandlung mit einem Ziel, etwa Schmerzen lindern oder sich freier bewegen.' },
    'deep-tissue': { label: 'Tiefengewebsmassage', description: 'Langsame, feste Griffe, die die tieferen Muskelschichten erreichen.' },
    'trigger-point': { label: 'Triggerpunkt-Behandlung', description: 'Gehaltener Druck auf verspannte Knoten, die Schmerzen in andere Bereiche ausstrahlen können.' },
    myofascial: { label: 'Myofasziale Behandlung', description: 'Anhaltende Dehnung des Bindegewebes, das die Muskeln umhüllt.' },
    sports: { label: 'Sportmassage', description: 'Bereitet den Körper auf das Training vor oder hilft ihm danach bei der Erholung.' },
    stretching: { label: 'Assistiertes Dehnen', description: 'Ihre Therapeutin oder Ihr Therapeut bewegt und dehnt Arme und Beine für mehr Beweglichkeit.' },
    cupping: { label: 'Schröpfen', description: 'Schröpfgläser heben Haut und Muskeln mit sanftem Sog an und lösen Verspannungen.' },
    scraping: { label: 'Schaben (Gua Sha / IASTM)', description: 'Ein Werkzeug mit glatter Kante gleitet über die Haut und lockert verspanntes Gewebe.' },
    lymphatic: { label: 'Lymphdrainage', description: 'Sehr leichte, rhythmische Griffe, die dem Körper helfen, Flüssigkeit abzutransportieren.' },
    prenatal: { label: 'Schwangerschaftsmassage', description: 'Massage für mehr Wohlbefinden in der Schwangerschaft, in sicherer Lagerung.' },
    oncology: { label: 'Onkologische Massage', description: 'Sanfte Massage, angepasst für Menschen mit oder nach einer Krebserkrankung.' },
  },
  pressures: {
    light: { label: 'Leicht', description: 'Sanfte Berührung an der Hautoberfläche.' },
    medium: { label: 'Mittel', description: 'Gleichmäßiger Druck, der die Muskeln entspannt.' },
    firm: { label: 'Fest', description: 'Kräftiger Druck auf verspannte Stellen.' },
    deep: { label: 'Tief', description: 'Der stärkste Druck, bis in die tiefen Muskelschichten.' },
  },
  physicianNote: 'Für diese Art von Massage ist die Zustimmung Ihrer Ärztin oder Ihres Arztes nötig. Befolgen Sie neben diesem Plan die Anweisungen Ihrer Ärztin oder Ihres Arztes.',
  errors: {
    kind: 'Wählen Sie die Art der Massage.',
    pressure: 'Wählen Sie den Druck, der verwendet wurde.',
    usualGlasses: (min, max) => `Geben Sie an, wie viele Gläser Sie normalerweise am Tag trinken – eine ganze Zahl von ${min} bis ${max}.`,
    endedAt: 'Geben Sie an, wann die Sitzung endete.',
    endInFuture: 'Die Sitzung kann nicht in der Zukunft enden.',
    endTooOld: (days) => `Die Sitzung muss innerhalb der letzten ${days} Tage geendet haben.`,
  },
  intake: {
    title: 'Erzählen Sie uns von Ihrer Sitzung',
    intro: 'Vier kurze Fragen. Ihre Antworten bleiben auf diesem Handy.',
    kindQuestion: 'Welche Art von Massage war es?',
    pressureQuestion: 'Wie tief war der Druck?',
    endQuestion: 'Wann endete die Sitzung?',
    saveFailed: 'Ihr Plan wurde nicht gespeichert. Ihre Antworten sind noch da; bitte versuchen Sie es erneut.',
    submit: 'Meinen Plan erstellen',
  },
};
