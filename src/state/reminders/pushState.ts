import { signal } from '@preact/signals-core';

export type PushState = 'checking' | 'no-server' | 'unsupported' | 'off' | 'on' | 'unreachable' | 'refused';

/** Where the push road stands; its code (pushSync.ts) loads after the first screen. */
export const pushState = signal<PushState>('checking');

/**
 * Why the server last refused a sync, or undefined when it did not: a bad list, this browser known
 * under another owner secret, the server's store for this device full, too many sign-ups from this
 * network. The screen says it in the reader's language (i18n/en/reminders.ts `pushRefused`).
 */
export type PushRefusal = 'list' | 'owner' | 'full' | 'busy';
export const pushRefusal = signal<PushRefusal | undefined>(undefined);
