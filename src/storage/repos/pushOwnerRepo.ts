/**
 * The secret that proves this browser owns its push subscription on the reminder server (see
 * server/push/api.mjs). Made once, kept only here (never in a backup file), sent with each sync
 * and delete; the server keeps only its SHA-256.
 */
import { toBase64Url } from '../../domain/links';
import type { AftercareDatabase } from '../db';
import { PUSH_OWNER_KEY, type PushOwnerState } from '../schema';

/** 32 random bytes, base64url: what the server's schema asks for. */
export function newOwnerSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The stored secret, made and stored on first use; one transaction, so two tabs agree on one. */
export async function pushOwnerSecret(db: AftercareDatabase): Promise<string> {
  const tx = db.transaction('settings', 'readwrite');
  const stored = (await tx.store.get(PUSH_OWNER_KEY)) as PushOwnerState | undefined;
  const secret = stored?.secret ?? newOwnerSecret();
  if (!stored) await tx.store.put({ secret } satisfies PushOwnerState, PUSH_OWNER_KEY);
  await tx.done;
  return secret;
}
