import type { DataMessages } from '../en/data';
import { pluralIn } from '../plural';

const plural = pluralIn('de');
const count = (n: number, one: string, other: string) => plural(n, { one, other });

export const data: DataMessages = {
  title: 'Ihre Daten',
  intro: 'Alles bleibt auf diesem Handy, es sei denn, Sie entscheiden sich, es zu teilen.',
  persisted: 'Ihr Browser hat zugesagt, die Daten von Aftercare aufzubewahren.',
  mayClear: 'Ihr Browser könnte die Daten von Aftercare löschen, wenn der Speicher knapp wird; exportieren Sie ab und zu eine Sicherung.',
  using: (size) => `Belegt: ${size}.`,
  exportBackup: 'Sicherungsdatei exportieren',
  importBackup: 'Sicherungsdatei importieren',
  importDone: (c) => {
    const parts = [
      `${count(c.sessionsAdded, '# Sitzung', '# Sitzungen')} und ${count(c.drinksAdded, '# Getränk', '# Getränke')} importiert`,
      c.planRecordsAdded > 0
        ? count(c.planRecordsAdded,
          '# Eintrag Ihrer Praxis (Pläne, Übungen, Rückmeldungen) importiert',
          '# Einträge Ihrer Praxis (Pläne, Übungen, Rückmeldungen) importiert')
        : '',
      c.alreadyHere > 0
        ? count(c.alreadyHere,
          '# Eintrag war schon auf diesem Handy und bleibt unverändert',
          '# Einträge waren schon auf diesem Handy und bleiben unverändert')
        : '',
      c.settingsRestored ? 'Einstellungen wiederhergestellt' : '',
    ];
    return `Import abgeschlossen: ${parts.filter(Boolean).join('; ')}.`;
  },
  importNotSaved: 'Die Sicherung konnte auf diesem Handy nicht gespeichert werden, daher wurde nichts importiert. Bitte versuchen Sie es erneut.',
  deleteAll: 'Alle meine Daten löschen',
  deleteQuestion: 'Alles löschen?',
  deleteWhat: 'Ihre Sitzungen, Pläne, Getränke und Einstellungen werden von diesem Handy entfernt, ebenso alle Erinnerungen. Das lässt sich nicht rückgängig machen.',
  deleteYes: 'Ja, alles löschen',
  cancel: 'Abbrechen',
  deleteFailed: 'Einige Daten konnten nicht gelöscht werden. Bitte versuchen Sie es erneut.',
  otherTab: 'Aftercare wurde in einem anderen Tab aktualisiert. Laden Sie neu, um hier weiter zu speichern.',
  reload: 'Neu laden',
  unsavedDrinks: (n) => count(n,
    '# Getränk ist noch nicht gespeichert. Es zählt trotzdem; Aftercare versucht weiter, es zu speichern.',
    '# Getränke sind noch nicht gespeichert. Sie zählen trotzdem; Aftercare versucht weiter, sie zu speichern.'),
  tryAgainNow: 'Jetzt erneut versuchen',
  problem: {
    unavailable: 'Dieser Browser lässt Aftercare keine Daten speichern (privater Modus oder Speicher blockiert). Bei diesem Besuch funktioniert alles, doch beim Schließen der App ist es verloren.',
    full: 'Auf Ihrem Handy ist kein Speicherplatz mehr für Aftercare, daher wurde das nicht gespeichert. Geben Sie etwas Speicher frei und versuchen Sie es erneut.',
    notSaved: 'Aftercare konnte das gerade nicht speichern. Bitte versuchen Sie es erneut.',
  },
};
