// What the service worker makes of a push message: the server's words in the server's language,
// and something generic (in that language when it is known) whatever arrives.
import { describe, expect, it } from 'vitest';
import { notificationOptions } from '../../../src/contract/reminders.js';
import { readPushPayload } from '../../../src/sw/pushPayload';
import { buildPushPayload } from '../../../server/push/payload.mjs';

describe('reading a push message', () => {
  it('takes the title, text and language of what the server built', () => {
    const notice = readPushPayload(buildPushPayload({ reminderId: 'p:water:0', kind: 'water', lang: 'es' }));
    expect(notice).toEqual({ title: 'Aftercare', body: 'Es hora de tomar un vaso de agua', lang: 'es', tag: 'p:water:0', url: '/today', kind: 'water' });
    // As sw.ts shows it: the buttons in the message's language.
    const options = notificationOptions({ id: notice.tag!, kind: notice.kind!, body: notice.body, url: notice.url, lang: notice.lang });
    expect(options.actions.map((a) => a.title)).toEqual(['Anotar un vaso', 'Posponer 15 min']);
  });

  it('reads a message from a server that sends no language as English', () => {
    const old = JSON.stringify({ web_push: 8030, notification: { title: 'Aftercare', body: 'Time for a glass of water', navigate: '/today', tag: 'p:water:0' }, kind: 'water' });
    expect(readPushPayload(old).lang).toBe('en');
  });

  it('fills a damaged message with generic words, in its language when it says one', () => {
    expect(readPushPayload(JSON.stringify({ notification: { lang: 'de', navigate: 'https://evil.example/' } }))).toEqual({
      title: 'Aftercare', body: 'Sie haben eine Erinnerung aus Ihrem Nachsorgeplan.', lang: 'de', tag: undefined, url: '/today', kind: undefined,
    });
    expect(readPushPayload('{not json')).toMatchObject({ body: 'You have a reminder from your aftercare plan.', lang: 'en' });
    expect(readPushPayload(undefined).lang).toBe('en');
    expect(readPushPayload(JSON.stringify({ notification: { lang: '<script>' } })).lang).toBe('en');
  });
});
