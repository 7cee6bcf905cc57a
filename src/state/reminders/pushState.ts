import { signal } from '@preact/signals-core';

export type PushState = 'checking' | 'no-server' | 'unsupported' | 'off' | 'on' | 'unreachable' | 'refused';

/** Where the push road stands; its code (pushSync.ts) loads after the first screen. */
export const pushState = signal<PushState>('checking');

/** Why the server last refused a sync, in plain words; empty when it did not. */
export const pushRefusal = signal('');
