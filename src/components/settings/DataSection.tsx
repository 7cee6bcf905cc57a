import '../ui/forms.css';
import { useEffect, useState } from 'preact/hooks';
import { deleteAllData, importBackupText, makeBackupFile } from '../../state/data/dataActions';
import { refreshStorageStatus, storageStatus } from '../../state/data/persistence';
import type { ImportSummary } from '../../state/data/dataActions';
import { DeleteAllData } from './DeleteAllData';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function summaryText(s: ImportSummary): string {
  const parts = [
    `${s.sessionsAdded} session${s.sessionsAdded === 1 ? '' : 's'} and ${s.drinksAdded} drink${s.drinksAdded === 1 ? '' : 's'} imported`,
    s.planRecordsAdded > 0 ? `${s.planRecordsAdded} plan record${s.planRecordsAdded === 1 ? '' : 's'} (therapist’s plans, exercises, check-ins) imported` : '',
    s.sessionsAlreadyHere + s.drinksAlreadyHere + s.planRecordsAlreadyHere > 0
      ? `${s.sessionsAlreadyHere + s.drinksAlreadyHere + s.planRecordsAlreadyHere} already on this phone were kept as they are`
      : '',
    s.settingsRestored ? 'settings restored' : '',
  ];
  return `${parts.filter(Boolean).join('; ')}.`;
}

/** Where the data lives, and the client's controls over it: export, import, delete. */
export function DataSection() {
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
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
    const result = await importBackupText(await file.text().catch(() => ''));
    setImportMessage(result.ok ? { ok: true, text: `Import complete: ${summaryText(result.summary)}` } : { ok: false, text: result.error });
  }

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>Everything stays on this phone unless you choose to share it.</p>
      <p role="status">
        {status?.persisted === true && 'Your browser has agreed to keep Aftercare’s data. '}
        {status?.persisted === false && 'Your browser may clear Aftercare’s data if space runs low; export a backup now and then. '}
        {status?.usageBytes !== undefined && `Using ${formatBytes(status.usageBytes)}.`}
      </p>
      <div class="data-actions">
        <button type="button" class="button" onClick={() => void download()}>Export a backup file</button>
        <label class="button file-button">
          Import a backup file
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void upload(e)} />
        </label>
      </div>
      {importMessage && (
        <p role={importMessage.ok ? 'status' : 'alert'} class={importMessage.ok ? '' : 'error'}>{importMessage.text}</p>
      )}
      <DeleteAllData onDelete={deleteAllData} />
    </section>
  );
}
