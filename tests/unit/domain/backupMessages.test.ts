/** A refused backup says why in the reader's language, naming the record as that language would. */
import { describe, expect, it } from 'vitest';
import { readBackupText } from '../../../src/domain/backup/backupFormat';
import { loadCatalogue, useCatalogue, type Locale } from '../../../src/domain/i18n';
import { corruptBackups, validBackup } from '../../fixtures/backups';

const speak = async (locale: Locale) => useCatalogue(locale, await loadCatalogue(locale));
const refusal = (text: string) => {
  const result = readBackupText(text);
  return result.ok ? undefined : result.error;
};
const broken = (what: string) => corruptBackups.find(([name]) => name === what)![1];

describe('a corrupt backup, refused in French', () => {
  it('names a damaged file, a foreign one and a newer one in French', async () => {
    await speak('fr');
    expect(refusal(broken('truncated halfway'))).toBe('Ce fichier est endommagé ou incomplet (ce n’est pas du JSON valide) : rien n’a été importé.');
    expect(refusal(broken('another app’s export'))).toBe('Ce fichier n’est pas une sauvegarde Aftercare.');
    expect(refusal(broken('a newer version'))).toMatch(/^Cette sauvegarde a été faite par une version plus récente d’Aftercare\./);
    expect(refusal('')).toBe('Ce fichier est vide.');
  });

  it('names the record and its position, and what is wrong with it', async () => {
    await speak('fr');
    expect(refusal(broken('session without id'))).toBe('Séance n° 1 : pas d’identifiant valide.');
    expect(refusal(broken('drink of an unknown beverage'))).toBe('Boisson n° 1 : boisson inconnue.');
    expect(refusal(broken('sessions missing'))).toBe('La liste des séances est absente.');
    expect(refusal(broken('two different sessions with one id'))).toBe('Le fichier contient deux séances différentes avec le même identifiant.');
    expect(refusal(broken('drink of a session not in the file'))).toBe('Une boisson de cette sauvegarde appartient à une séance qui n’y figure pas.');
  });

  it('says which settings are wrong, in the words of the settings form', async () => {
    await speak('fr');
    expect(refusal(broken('a 5-litre glass in settings'))).toBe('Les réglages de cette sauvegarde ne sont pas valides : Un verre doit contenir entre 50 et 1000 ml.');
    expect(refusal(broken('settings missing'))).toBe('Les réglages de cette sauvegarde ne sont pas valides : ils sont absents');
  });

  it('leaves no English sentence in any refusal', async () => {
    const english = corruptBackups.map(([, text]) => refusal(text));
    await speak('fr');
    corruptBackups.forEach(([what, text], i) => {
      const french = refusal(text);
      expect(french, what).toBeDefined();
      expect(french, what).not.toBe(english[i]);
      // A tampered plan quotes the plan check's own sentence in brackets: that one is the plan's words.
      expect(french!.replace(/\(.*\)/, ''), what).not.toMatch(/\b(the|this|is|has|not|valid)\b/i);
    });
  });
});

describe('a corrupt backup in the other languages', () => {
  it.each([
    ['es', 'Sesión n.º 1: no tiene un identificador válido.'],
    ['de', 'Sitzung Nr. 1: keine gültige ID.'],
    ['pt-BR', 'Sessão nº 1: não tem um identificador válido.'],
  ] as const)('%s names the session and its problem', async (locale, sentence) => {
    await speak(locale);
    expect(refusal(broken('session without id'))).toBe(sentence);
  });

  it('still accepts a valid file whatever the language', async () => {
    await speak('de');
    expect(readBackupText(JSON.stringify(validBackup)).ok).toBe(true);
  });
});
