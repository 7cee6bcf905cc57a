import { signal } from '@preact/signals-core';

export type PushState = 'checking' | 'no-server' | 'unsupported' | 'off' | 'on' | 'unreachable';

/** Where the push road stands; its code (pushSync.ts) loads after the first screen. */
export const pushState = signal<PushState>('checking');
