/** The client's data in Settings (backup, import, delete) and the notices when it can't be kept. */
import { namespace } from '../active';
import { plural } from '../plural';

/** What an import added and kept, for `importDone`. */
export interface ImportCounts {
  sessionsAdded: number;
  drinksAdded: number;
  /** Therapist's plans, exercise check-offs and check-ins. */
  planRecordsAdded: number;
  /** Records of any kind that were already on this phone. */
  alreadyHere: number;
  settingsRestored: boolean;
}

const count = (n: number, one: string, other: string) => plural('en', n, { one, other });

export const data = {
  title: 'Your data',
  intro: 'Everything stays on this phone unless you choose to share it.',
  persisted: 'Your browser has agreed to keep Aftercare’s data.',
  mayClear: 'Your browser may clear Aftercare’s data if space runs low; export a backup now and then.',
  /** `size` is already written with its unit ("1.5 MB"). */
  using: (size: string) => `Using ${size}.`,
  exportBackup: 'Export a backup file',
  importBackup: 'Import a backup file',
  importDone: (c: ImportCounts) => {
    const parts = [
      `${count(c.sessionsAdded, '# session', '# sessions')} and ${count(c.drinksAdded, '# drink', '# drinks')} imported`,
      c.planRecordsAdded > 0 ? `${count(c.planRecordsAdded, '# plan record', '# plan records')} (therapist’s plans, exercises, check-ins) imported` : '',
      c.alreadyHere > 0 ? `${c.alreadyHere} already on this phone were kept as they are` : '',
      c.settingsRestored ? 'settings restored' : '',
    ];
    return `Import complete: ${parts.filter(Boolean).join('; ')}.`;
  },
  importNotSaved: 'The backup could not be saved on this phone, so nothing was imported. Please try again.',
  deleteAll: 'Delete all my data',
  deleteQuestion: 'Delete everything?',
  deleteWhat: 'Your sessions, plans, drinks and settings will be removed from this phone, with any reminders. This can’t be undone.',
  deleteYes: 'Yes, delete everything',
  cancel: 'Cancel',
  deleteFailed: 'Some data could not be deleted. Please try again.',
  otherTab: 'Aftercare was updated in another tab. Reload to keep saving here.',
  reload: 'Reload',
  unsavedDrinks: (n: number) => count(n,
    '# drink is not saved yet. It still counts; Aftercare keeps trying to save it.',
    '# drinks are not saved yet. They still count; Aftercare keeps trying to save them.'),
  tryAgainNow: 'Try again now',
  /** Why data can't be kept right now (state/data/storeState.ts `StorageProblem`). */
  problem: {
    unavailable: "This browser won't let Aftercare save data (private mode or storage blocked). Everything works for this visit, but it will be gone when you close the app.",
    full: 'Your phone is out of storage space for Aftercare, so that was not saved. Free some space and try again.',
    notSaved: 'Aftercare could not save that just now. Please try again.',
  },
};
export type DataMessages = typeof data;
export const dataText = namespace('data', data);
