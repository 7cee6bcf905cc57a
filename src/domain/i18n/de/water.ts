import type { WaterMessages } from '../en/water';
import { pluralIn } from '../plural';

const plural = pluralIn('de');
const glasses = (n: number) => plural(n, { one: '# Glas', other: '# Gläser' });
/** After "von" and "bei" the plural is dative: "3 von 5 Gläsern". */
const glassesDative = (n: number) => plural(n, { one: '# Glas', other: '# Gläsern' });
const day = (on: string | undefined) => (on ? ` ${on}` : '');
/** "bis morgen um 07:15 Uhr"; a date's "am" drops after "bis" ("bis Do., 14. Mai"). */
const by = (clock: string, on?: string) => (on ? `bis ${on.replace(/^am /, '')} um ${clock} Uhr` : `bis ${clock} Uhr`);

export const water: WaterMessages = {
  beverages: {
    water: { label: 'Wasser', short: 'Wasser' },
    'sparkling-water': { label: 'Sprudelwasser (ohne Zusätze)', short: 'Sprudelwasser' },
    'iced-tea': { label: 'Ungesüßter, aufgebrühter Eistee', short: 'Eistee' },
    tea: { label: 'Ungesüßter heißer Tee', short: 'Tee' },
    'herbal-tea': { label: 'Kräutertee (ungesüßt)', short: 'Kräutertee' },
    soda: { label: 'Limonade oder Softdrink', short: 'Limo' },
    juice: { label: 'Saft', short: 'Saft' },
    'sweet-tea': { label: 'Gesüßter Tee', short: 'Süßer Tee' },
    'sports-drink': { label: 'Sportgetränk', short: 'Sportgetränk' },
    alcohol: { label: 'Alkohol (Bier, Wein, Spirituosen)', short: 'Alkohol' },
    coffee: { label: 'Kaffee (auch Espresso und entkoffeiniert)', short: 'Kaffee' },
  },
  notCounting: {
    sugary: 'Gespeichert – gesüßte Getränke zählen nicht für Ihr heutiges Trinkziel.',
    alcohol: 'Gespeichert – Alkohol zählt nicht für Ihr heutiges Trinkziel.',
    coffee: 'Gespeichert – Kaffee zählt nicht für Ihr heutiges Trinkziel.',
  },
  sizes: {
    glass: 'Glas', espresso: 'Espresso', wine: 'Glas Wein', cup: 'Tasse', mug: 'Becher', can: 'Dose', bottle: 'Flasche', pint: 'Pint', 'large-bottle': 'Große Flasche',
  },
  units: { ml: 'ml', floz: 'fl oz', glass: 'Gläser' },
  volumeMl: (amount) => `${amount} ml`,
  volumeFlOz: (amount) => `${amount} fl oz`,
  glasses,
  countOfGoal: (counted, goal, on) => `${counted} von ${glassesDative(goal)}${day(on)}`,
  ofGoal: (goal, on) => `von ${glassesDative(goal)}${day(on)}`,
  goalBy: (goal, clock, on) => `${glasses(goal)} ${by(clock, on)}`,
  countOfGoalBy: (counted, goal, clock, on) => `${counted} von ${glassesDative(goal)} ${by(clock, on)}`,
  dayResult: (counted, goal, met, everyday) => {
    const figures = `${counted} von ${glassesDative(goal)}${everyday ? ', Ihre Tagesmenge' : ''}`;
    return met ? `Ziel erreicht (${figures})` : figures;
  },
  planOwner: { therapist: 'Ihr Nachsorgeplan aus der Praxis', own: 'Ihr eigener Plan, erstellt aus Ihren Antworten' },
  reasons: {
    usualBelow: (threshold, min, max) =>
      `Sie trinken normalerweise weniger als ${glasses(threshold)} am Tag, daher lautet die Empfehlung: mindestens ${min === max ? glasses(min) : `${min}–${max} Gläser`}, verteilt über den restlichen Tag.`,
    usualMeets: (threshold, min, max) =>
      `Sie trinken bereits etwa ${glasses(threshold)} am Tag oder mehr, daher ${min === max ? plural(min, { one: 'reicht # zusätzliches Glas', other: 'reichen # zusätzliche Gläser' }) : `reichen ${min}–${max} zusätzliche Gläser`}.`,
    deepWork: (goal) => `Tiefere Arbeit (Tiefengewebe, Triggerpunkte, myofasziale Techniken oder fester bis tiefer Druck) spricht für das obere Ende: Ihr Ziel liegt bei ${glassesDative(goal)}.`,
    lighterWork: (goal) => `Leichtere Arbeit spricht für das untere Ende des Bereichs: Ihr Ziel liegt bei ${glassesDative(goal)}.`,
    physicianApproval: 'Bei dieser Art von Sitzung sollte Ihre Ärztin oder Ihr Arzt den Plan freigeben.',
  },
  summary: {
    today: 'Ihr Plan für heute',
    yesterday: 'Der Plan von gestern, der heute Morgen endet',
    forDay: (on) => `Ihr Plan für ${on}`,
    after: (kind, owner) => `Nach Ihrer Sitzung (${kind}) – ${owner}.`,
    goalReached: 'Ziel erreicht – gut gemacht! Trinken Sie weiter, wenn Sie Durst haben.',
    noRoom: 'Zwischen Aufstehzeit und Schlafenszeit ist kein Platz für Erinnerungen.',
    roomFor: (reminders) => plural(reminders, { one: 'Zwischen Aufstehzeit und Schlafenszeit ist Platz für # Erinnerung, nicht für eine pro Glas.', other: 'Zwischen Aufstehzeit und Schlafenszeit ist Platz für # Erinnerungen, nicht für eine pro Glas.' }),
    nextReminder: (when) => `Nächste Erinnerung: ${when}`,
    firstReminder: (when) => `Erste Erinnerung: ${when}`,
    noMoreToday: 'Heute keine weiteren Erinnerungen.',
    noMoreFromPlan: 'Keine weiteren Erinnerungen aus diesem Plan.',
    askPhysician: 'Fragen Sie Ihre Ärztin oder Ihren Arzt:',
    askPhysicianBody: (kind) => `Nach einer Sitzung (${kind}) besprechen Sie diesen Plan bitte mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie ihn befolgen.`,
    why: 'Warum diese Menge?',
  },
  today: {
    loading: 'Ihr Plan wird geladen …',
    noPlan: 'Noch kein Plan',
    noPlanIntro: 'Erzählen Sie uns von Ihrer Massage, und wir machen aus den Empfehlungen Ihrer Praxis einen Plan für den Rest des Tages.',
    start: 'Nach meiner Massage beginnen',
    ownLogSoFar: (counted, goal) => `Heute bisher eingetragen: ${counted} von ${glassesDative(goal)}. Der Plan für morgen beginnt zu Ihrer Aufstehzeit.`,
    everydayTitle: 'Ihr Wasser heute',
    everydayIntro: 'Heute keine Sitzung: Ihre Tagesmenge aus den Einstellungen, ohne Erinnerungen, außer Sie schalten sie unter „Erinnerungen“ ein.',
    everydayIntroAsked: 'Heute keine Sitzung: Ihre Tagesmenge aus den Einstellungen, mit den Erinnerungen, die Sie für heute eingeschaltet haben.',
    goalToday: (goal) => `${glasses(goal)} heute`,
    yesterday: (result) => `Gestern: ${result}.`,
    earlier: (counted, goal) => `Heute, vor Ihrer letzten Sitzung: ${counted} von ${glassesDative(goal)}.`,
    earlierStay: 'Diese Gläser bleiben bei jenem Plan; dieser zählt ab Ihrer letzten Sitzung.',
  },
  logger: {
    plusOne: '+1 Glas Wasser',
    title: 'Getränk eintragen',
    counts: 'Zählen für Ihr Ziel',
    notCounting: 'Zählen heute nicht',
    failed: 'Das Getränk wurde nicht gespeichert. Bitte versuchen Sie es erneut.',
    howMuch: (drink) => `${drink}: Wie viel?`,
    notCountingHint: 'Zählt nicht für Ihr heutiges Trinkziel; tragen Sie es trotzdem ein, damit Ihr Protokoll vollständig bleibt.',
    otherAmount: 'Andere Menge',
    logDrink: 'Getränk eintragen',
  },
  amount: { label: 'Menge', unit: 'Einheit', outOfRange: 'Geben Sie eine Menge zwischen 10 ml und 2 Litern ein.' },
  cancel: 'Abbrechen',
  list: {
    title: 'Getränke heute',
    empty: (button) => `Noch nichts eingetragen. Tippen Sie nach jedem Glas auf „${button}“ oder wählen Sie oben ein anderes Getränk.`,
    counts: 'zählt',
    doesntCount: 'zählt nicht',
    notSavedYet: 'noch nicht gespeichert',
    edit: 'Bearbeiten',
    delete: 'Löschen',
    editLabel: (drink, time) => `${drink} um ${time} bearbeiten`,
    deleteLabel: (drink, time) => `${drink} um ${time} löschen`,
    notSaved: 'Nicht gespeichert. Bitte versuchen Sie es erneut.',
  },
  editor: {
    drink: 'Getränk',
    time: 'Uhrzeit',
    timeInvalid: 'Geben Sie eine Uhrzeit wie 14:30 ein.',
    timeFuture: 'Diese Uhrzeit ist heute noch nicht erreicht.',
    save: 'Speichern',
  },
  guide: {
    title: 'Was Sie trinken können',
    counts: 'Zählen für Ihr Ziel',
    notCounting: 'Zählen heute nicht',
    notCountingNote: 'Nichts Süßes, kein Alkohol, kein Kaffee. Eintragen können Sie sie trotzdem.',
    whyTitle: 'Warum Wasser heute wichtig ist',
    why: 'Therapeutinnen und Therapeuten bringen zu wenig Wasser nach einer Massage – vor allem nach tiefer Arbeit – mit Müdigkeit, Gliederschmerzen und Krämpfen später am selben Tag in Verbindung. Wenn Sie sich unwohl fühlen, wenden Sie sich an Ihre Praxis oder an Ihre Ärztin bzw. Ihren Arzt.',
  },
  stepper: {
    question: 'Wie viele Gläser Wasser trinken Sie normalerweise am Tag?',
    glassIs: (size) => `Ein Glas entspricht ${size}. Eine grobe Schätzung genügt.`,
    fewer: 'Ein Glas weniger',
    more: 'Ein Glas mehr',
    label: 'Gläser Wasser an einem normalen Tag',
  },
  celebration: {
    title: 'Ziel erreicht!',
    body: (goal) => `${goal} von ${glassesDative(goal)} – gut gemacht.`,
    close: 'Schließen',
  },
  home: {
    todaysPlan: 'Plan für heute:',
    yesterdaysPlan: 'Plan von gestern:',
    tomorrowsPlan: 'Ihr Plan für morgen:',
    today: 'Heute:',
    everyday: (counted, goal) => `${counted} von ${glassesDative(goal)}, Ihre Tagesmenge.`,
    openPlan: 'Plan für heute öffnen',
    openToday: '„Heute“ öffnen',
  },
  undo: {
    logged: (drink, amount) => `Eingetragen: ${drink}, ${amount}.`,
    deleted: (drink, amount) => `Gelöscht: ${drink}, ${amount}.`,
    undo: 'Rückgängig',
    dismiss: 'Schließen',
  },
  reminderBody: (glass, goal) => `Glas ${glass} von ${goal} aus Ihrem Trinkplan.`,
  everydayReminderBody: (glass, goal) => `Glas ${glass} von ${goal} heute, Ihre Tagesmenge.`,
};
