import '../ui/forms.css';
import { useEffect, useState } from 'preact/hooks';
import { intlLocale, dataText } from '../../domain/i18n';
import { deleteAllData, importBackupText, makeBackupFile } from '../../state/data/dataActions';
import { refreshStorageStatus, storageStatus } from '../../state/data/persistence';
import type { ImportSummary } from '../../state/data/dataActions';
import { DeleteAllData } from './DeleteAllData';

/** "512 bytes", "12 kB", "1.5 MB", as the reader's locale writes them. */
function formatBytes(bytes: number): string {
  const format = (value: number, unit: string, digits = 0) =>
    new Intl.NumberFormat(intlLocale(), { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return format(bytes, 'byte');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'kilobyte');
  return format(bytes / 1024 / 1024, 'megabyte', 1);
}

/** The import's result as the catalogue counts it. */
function countsOf(s: ImportSummary) {
  return {
    sessionsAdded: s.sessionsAdded,
    drinksAdded: s.drinksAdded,
    planRecordsAdded: s.planRecordsAdded,
    alreadyHere: s.sessionsAlreadyHere + s.drinksAlreadyHere + s.planRecordsAlreadyHere,
    settingsRestored: s.settingsRestored,
  };
}

type ImportMessage = { ok: true; summary: ImportSummary } | { ok: false; error: string };

/** Where the data lives, and the client's controls over it: export, import, delete. */
export function DataSection() {
  const t = dataText();
  const [importMessage, setImportMessage] = useState<ImportMessage | null>(null);
  const status = storageStatus.value;
  useEffect(() => void refreshStorageStatus(), []);

  async function download() {
    const { fileName, text } = await makeBackupFile();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function upload(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setImportMessage(await importBackupText(await file.text().catch(() => '')));
  }

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">{t.title}</h2>
      <p>{t.intro}</p>
      <p role="status">
        {status?.persisted === true && `${t.persisted} `}
        {status?.persisted === false && `${t.mayClear} `}
        {status?.usageBytes !== undefined && t.using(formatBytes(status.usageBytes))}
      </p>
      <div class="data-actions">
        <button type="button" class="button" onClick={() => void download()}>{t.exportBackup}</button>
        <label class="button file-button">
          {t.importBackup}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void upload(e)} />
        </label>
      </div>
      {importMessage && (
        <p role={importMessage.ok ? 'status' : 'alert'} class={importMessage.ok ? '' : 'error'}>
          {importMessage.ok ? t.importDone(countsOf(importMessage.summary)) : importMessage.error}
        </p>
      )}
      <DeleteAllData onDelete={deleteAllData} />
    </section>
  );
}
