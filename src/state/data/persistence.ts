import { signal } from '@preact/signals-core';

export interface StorageStatus {
  persisted: boolean | 'unsupported';
  usageBytes?: number;
  quotaBytes?: number;
}

export const storageStatus = signal<StorageStatus | null>(null);

/** Reads whether the browser promised to keep our data, and how much space it uses. */
export async function refreshStorageStatus(): Promise<void> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.persisted) {
    storageStatus.value = { persisted: 'unsupported' };
    return;
  }
  const [persisted, estimate] = await Promise.all([manager.persisted(), manager.estimate?.().catch(() => undefined)]);
  storageStatus.value = { persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota };
}

/** Asks once the first plan exists: before that there is nothing worth keeping. */
export async function askToPersistOnce(): Promise<void> {
  const manager = globalThis.navigator?.storage;
  if (!manager?.persist || (await manager.persisted())) return;
  await manager.persist().catch(() => false);
  await refreshStorageStatus();
}
