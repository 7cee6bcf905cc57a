// @ts-check
/**
 * The push message body: the Declarative Web Push JSON form (`"web_push": 8030`), so Safari 18.4+
 * shows it without running our service worker, and other browsers hand the same JSON to the
 * worker's `push` handler, which must always show a notification from it.
 * The plaintext stays far below the 4 KB a push service accepts (RFC 8291 leaves 3,993 bytes of
 * plaintext in one aes128gcm record); `buildPushPayload` throws rather than send a bigger one.
 */
import { KIND_RULES, PUSH_TITLE, reminderLanguage, reminderText } from '../../src/contract/reminders.js';

/** Our own ceiling, well under the protocol's 3,993 bytes, so a change here cannot creep up to it. */
export const MAX_PAYLOAD_BYTES = 3000;

/**
 * @param {{ reminderId: string, kind: import('../../src/contract/reminders.js').ReminderKind, lang?: string }} reminder
 *   `lang`: the subscription's language; unknown or absent is English.
 * @returns {string} JSON text to encrypt and send.
 */
export function buildPushPayload({ reminderId, kind, lang }) {
  const language = reminderLanguage(lang);
  const json = JSON.stringify({
    web_push: 8030,
    notification: {
      title: PUSH_TITLE[language],
      body: reminderText(kind, language),
      // The worker gives the buttons in it; Safari's declarative display and screen readers read it too.
      lang: language,
      navigate: KIND_RULES[kind].url,
      // The tag is the reminder id: if a crash makes us send one twice, the device replaces, not adds.
      tag: reminderId,
      silent: false,
    },
    reminderId,
    kind,
  });
  if (Buffer.byteLength(json) > MAX_PAYLOAD_BYTES) throw new RangeError('Push payload over its size budget');
  return json;
}
