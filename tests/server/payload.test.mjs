// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildPushPayload, MAX_PAYLOAD_BYTES } from '../../server/push/payload.mjs';
import { KIND_RULES as REMINDER_KINDS, REMINDER_KINDS as KIND_NAMES, REMINDER_LANGUAGES } from '../../src/contract/reminders.js';

describe('buildPushPayload', () => {
  it('is the declarative Web Push JSON form with generic text per kind', () => {
    expect(JSON.parse(buildPushPayload({ reminderId: 'water:1', kind: 'water' }))).toEqual({
      web_push: 8030,
      notification: { title: 'Aftercare', body: 'Time for a glass of water', lang: 'en', navigate: '/today', tag: 'water:1', silent: false },
      reminderId: 'water:1',
      kind: 'water',
    });
    const texts = Object.fromEntries(KIND_NAMES.map((kind) => {
      const { notification } = JSON.parse(buildPushPayload({ reminderId: 'x', kind }));
      return [kind, [notification.body, notification.navigate]];
    }));
    expect(texts).toEqual({
      water: ['Time for a glass of water', '/today'],
      exercise: ['Time for your exercises', '/exercises'],
      'check-in': ['Time for a quick check-in', '/check-in'],
      appointment: ['Appointment tomorrow', '/'],
    });
  });

  it('is written in the subscription’s language, and in English when it has none or one we do not speak', () => {
    const notificationIn = (lang) => JSON.parse(buildPushPayload({ reminderId: 'r1', kind: 'water', lang })).notification;
    expect(notificationIn('es')).toEqual({ title: 'Aftercare', body: 'Es hora de tomar un vaso de agua', lang: 'es', navigate: '/today', tag: 'r1', silent: false });
    expect(notificationIn('de').body).toBe('Zeit für ein Glas Wasser');
    expect(notificationIn('pt-BR')).toMatchObject({ body: 'Hora de tomar um copo de água', lang: 'pt-BR' });
    for (const lang of [undefined, 'xx', 'en-XA']) expect(notificationIn(lang)).toMatchObject({ body: 'Time for a glass of water', lang: 'en' });
  });

  it('stays far under 4 KB with the longest id, in every language', () => {
    for (const lang of REMINDER_LANGUAGES) {
      for (const kind of KIND_NAMES) {
        const bytes = Buffer.byteLength(buildPushPayload({ reminderId: 'x'.repeat(100), kind, lang }));
        // Translations run longer, in UTF-8 bytes above all (accents, typographic apostrophes).
        expect(bytes).toBeLessThan(512);
        expect(bytes).toBeLessThan(MAX_PAYLOAD_BYTES);
      }
    }
  });

  it('carries nothing but the reminder id, kind and language code (no health details)', () => {
    const payload = JSON.parse(buildPushPayload({ reminderId: 'r1', kind: 'exercise', lang: 'fr' }));
    expect(Object.keys(payload).sort()).toEqual(['kind', 'notification', 'reminderId', 'web_push']);
    expect(Object.keys(payload.notification).sort()).toEqual(['body', 'lang', 'navigate', 'silent', 'tag', 'title']);
  });

  it('throws rather than send an oversized payload', () => {
    expect(() => buildPushPayload({ reminderId: 'x'.repeat(4000), kind: 'water' })).toThrow(RangeError);
  });

  it('has a TTL and a valid RFC 8030 Topic for every kind', () => {
    expect(Object.fromEntries(KIND_NAMES.map((k) => [k, REMINDER_KINDS[k].ttlSeconds]))).toEqual({
      water: 1800, exercise: 7200, 'check-in': 43200, appointment: 86400,
    });
    for (const kind of KIND_NAMES) expect(REMINDER_KINDS[kind].topic).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
  });
});
