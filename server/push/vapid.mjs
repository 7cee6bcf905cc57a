// @ts-check
/**
 * The server's VAPID identity (RFC 8292). Made once on first start and kept in the store's meta
 * table: a new key pair would orphan every existing subscription (push services answer 403 when
 * the key does not match the one the browser subscribed with).
 */
import webpush from 'web-push';

export const DEFAULT_VAPID_SUBJECT = 'mailto:aftercare@localhost';

/** @typedef {{ subject: string, publicKey: string, privateKey: string }} VapidDetails */

/**
 * @param {import('./store.mjs').PushStore} store
 * @param {{ subject?: string }} [options]
 * @returns {Promise<VapidDetails>}
 */
export async function loadVapidDetails(store, { subject = process.env.VAPID_SUBJECT ?? DEFAULT_VAPID_SUBJECT } = {}) {
  if (!/^(mailto:|https:\/\/)/.test(subject)) throw new Error('VAPID_SUBJECT must be a mailto: or https: URL');
  // One JSON value, so two processes starting at once cannot end up with halves of different pairs.
  const stored = await store.getOrCreateMeta('vapid', () => JSON.stringify(webpush.generateVAPIDKeys()));
  const { publicKey, privateKey } = JSON.parse(stored);
  return { subject, publicKey, privateKey };
}
