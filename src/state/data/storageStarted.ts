import { signal } from '@preact/signals-core';

/**
 * True once the start has finished with storage, whether the first read worked or failed: the
 * notice that explains a storage problem waits for it, so it stays out of the way of Today's first
 * draw, and still shows when the read never comes.
 */
export const storageStarted = signal(false);
