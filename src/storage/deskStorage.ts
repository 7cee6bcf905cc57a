/**
 * The therapist's desk keeps its own things in this browser's localStorage: the plan being written,
 * who they are, and their templates. None of it is the client's health record (that lives in
 * IndexedDB, behind backup and "delete all my data"), and none of it leaves the device.
 * localStorage can be missing or full (private mode, quota): reads then give the default, writes
 * report failure, and the desk carries on in memory.
 */
const KEYS = { draft: 'aftercare.desk.draft', profile: 'aftercare.desk.profile', templates: 'aftercare.desk.templates' } as const;

export type DeskItem = keyof typeof KEYS;

/** The stored JSON of `item`, parsed but unchecked (the caller checks its shape), or undefined. */
export function readDeskItem(item: DeskItem): unknown {
  try {
    const text = globalThis.localStorage?.getItem(KEYS[item]);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON; false when this browser keeps nothing (then it lasts until the tab closes). */
export function writeDeskItem(item: DeskItem, value: unknown): boolean {
  try {
    globalThis.localStorage.setItem(KEYS[item], JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Forgets `item`. */
export function removeDeskItem(item: DeskItem): void {
  try {
    globalThis.localStorage.removeItem(KEYS[item]);
  } catch {
    // Nothing was kept, so nothing is left behind.
  }
}
