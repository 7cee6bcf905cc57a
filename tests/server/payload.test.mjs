// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildPushPayload, MAX_PAYLOAD_BYTES } from '../../server/push/payload.mjs';
import { KIND_RULES as REMINDER_KINDS, REMINDER_KINDS as KIND_NAMES } from '../../src/contract/reminders.js';

describe('buildPushPayload', () => {
  it('is the declarative Web Push JSON form with generic text per kind', () => {
    expect(JSON.parse(buildPushPayload({ reminderId: 'water:1', kind: 'water' }))).toEqual({
      web_push: 8030,
      notification: { title: 'Aftercare', body: 'Time for a glass of water', navigate: '/today', tag: 'water:1', silent: false },
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

  it('stays far under 4 KB with the longest id', () => {
    for (const kind of KIND_NAMES) {
      const bytes = Buffer.byteLength(buildPushPayload({ reminderId: 'x'.repeat(100), kind }));
      expect(bytes).toBeLessThan(400);
      expect(bytes).toBeLessThan(MAX_PAYLOAD_BYTES);
    }
  });

  it('carries nothing but the reminder id and kind (no health details)', () => {
    const payload = JSON.parse(buildPushPayload({ reminderId: 'r1', kind: 'exercise' }));
    expect(Object.keys(payload).sort()).toEqual(['kind', 'notification', 'reminderId', 'web_push']);
    expect(Object.keys(payload.notification).sort()).toEqual(['body', 'navigate', 'silent', 'tag', 'title']);
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
