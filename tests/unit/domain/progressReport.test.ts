// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EXERCISE_LIBRARY } from '../../../src/domain/exercises/exerciseLibrary';
import { buildProgressReport } from '../../../src/domain/report/progressReport';
import { decodeProgressReport, encodeProgressReport, progressReportLink, readReportFragment } from '../../../src/domain/report/progressReportCodec';
import { progressReportText } from '../../../src/domain/report/progressReportText';
import type { CheckInAnswer } from '../../../src/domain/checkIns/checkIns';
import type { ExerciseCheck } from '../../../src/domain/exercises/exerciseSchedule';
import { DAY, HOUR, NOW, validPlan } from './carePlanFixtures';
import { packedWithNode, payloadOf, singleCharacterChanges, unpackedWithNode } from './carePlanLinks';

// Session 10:00 on Tuesday 12 May 2026 in New York; one exercise, 2 sets twice a day, 21 days.
const plan = validPlan({ exercises: [{ ...EXERCISE_LIBRARY[0]!, sets: 2, timesPerDay: 2 }] });
const check = (localDate: string, round: number, setsDone: number): ExerciseCheck =>
  ({ carePlanId: plan.id, exerciseId: 'neck-side-bend', localDate, round, setsDone });
const noFlags = { bruising: false, numbness: false, lightHeaded: false };
const answers: CheckInAnswer[] = [
  { checkInId: `${plan.id}:check-in:baseline`, kind: 'baseline', answeredAt: NOW, scores: { soreness: 4, pain: 5, stiffness: 6, sleep: 7 }, flags: noFlags },
  { checkInId: `${plan.id}:check-in:after-48h`, kind: 'after-48h', answeredAt: NOW + 2 * DAY, scores: { soreness: 2 }, flags: { ...noFlags, bruising: true } },
  { checkInId: `${plan.id}:check-in:week-1`, kind: 'weekly', answeredAt: NOW + 7 * DAY + 2 * HOUR, scores: { pain: 3, stiffness: 4, sleep: 8 } },
  { checkInId: 'plan-other:check-in:baseline', kind: 'baseline', answeredAt: NOW, scores: { pain: 10 } },
];
const checks = [check('2026-05-12', 1, 2), check('2026-05-12', 2, 2), check('2026-05-13', 1, 2), check('2026-05-19', 1, 1)];
const hydration = [
  { date: '2026-05-12', goal: 5, counted: 5 },
  { date: '2026-05-13', goal: 5, counted: 3 },
  { date: '2026-04-01', goal: 5, counted: 5 },
];
const report = buildProgressReport({ plan, checks, checkIns: answers, hydration, now: NOW + 7 * DAY + 3 * HOUR });

describe('buildProgressReport', () => {
  it('sums sets per plan week up to today, and keeps only this plan’s check-ins', () => {
    expect(report).toMatchObject({
      therapist: 'Maria Gonzalez, LMT', from: '2026-05-12', to: '2026-05-19', timeZone: 'America/New_York',
      weeks: [{ week: 1, setsDone: 6, setsExpected: 28 }, { week: 2, setsDone: 1, setsExpected: 4 }],
      hydration: { days: 2, daysMet: 1 },
    });
    expect(report.checkIns.map((item) => [item.kind, item.week, item.flags])).toEqual([
      ['baseline', undefined, []], ['after-48h', undefined, ['bruising']], ['weekly', 1, []],
    ]);
  });

  it('stops at the plan’s last day', () => {
    expect(buildProgressReport({ plan, checks, checkIns: [], hydration: [], now: NOW + 60 * DAY }).to).toBe('2026-06-01');
  });
});

describe('progressReportText', () => {
  it('relays the figures as plain text, without judging them', () => {
    expect(progressReportText(report)).toBe([
      'Progress on my aftercare plan from Maria Gonzalez, LMT',
      'From the session on 2026-05-12 up to 2026-05-19.',
      '',
      'Home exercises: 7 of 32 sets (22%) done.',
      '- Week 1 (from 2026-05-12): 6 of 28 sets (21%)',
      '- Week 2 (from 2026-05-19): 1 of 4 sets (25%)',
      '',
      'Check-ins (scores 0–10; for sleep, 10 is best):',
      '- 2026-05-12, when the plan was saved: soreness 4, pain 5, stiffness 6, sleep 7',
      '- 2026-05-14, about 48 hours after the session: soreness 2; noticed: bruising',
      '- 2026-05-19, week 1: pain 3, stiffness 4, sleep 8',
      '',
      'Water: goal met on 1 of 2 days.',
    ].join('\n'));
  });

  it('says so when nothing was due, answered or logged', () => {
    const empty = buildProgressReport({ plan: validPlan({ exercises: [] }), checks: [], checkIns: [], hydration: [], now: NOW });
    expect(progressReportText(empty)).toContain('Home exercises: none were due.');
    expect(progressReportText(empty)).toContain('Check-ins: none answered yet.');
    expect(progressReportText(empty)).toContain('Water: nothing logged.');
  });
});

describe('the client’s name and per-exercise figures', () => {
  const two = validPlan({ clientName: 'Sam', exercises: [{ ...EXERCISE_LIBRARY[0]!, sets: 2, timesPerDay: 2 }, { ...EXERCISE_LIBRARY[3]!, sets: 1, timesPerDay: 1 }] });
  const named = buildProgressReport({
    plan: two, checkIns: [], hydration: [], now: NOW + 2 * HOUR,
    checks: [{ carePlanId: two.id, exerciseId: EXERCISE_LIBRARY[3]!.id, localDate: '2026-05-12', round: 1, setsDone: 1 }],
  });

  it('names the client and sums sets per exercise, in the plan’s order', () => {
    expect(named.client).toBe('Sam');
    expect(named.exercises).toEqual([
      { name: EXERCISE_LIBRARY[0]!.name, setsDone: 0, setsExpected: 4 },
      { name: EXERCISE_LIBRARY[3]!.name, setsDone: 1, setsExpected: 1 },
    ]);
    expect(report.client).toBeUndefined();
    expect(report.exercises).toEqual([{ name: 'Neck side bend', setsDone: 7, setsExpected: 32 }]);
  });

  it('travels in the link and the text', () => {
    expect(decodeProgressReport(encodeProgressReport(named))).toStrictEqual({ ok: true, report: named });
    const text = progressReportText(named);
    expect(text.split('\n')[1]).toBe('From Sam.');
    expect(text).toContain(`- ${EXERCISE_LIBRARY[3]!.name}: 1 of 1 sets (100%)`);
  });

  it('still opens a report link from before: no name, no per-exercise figures', () => {
    const compact = unpackedWithNode(payloadOf(progressReportLink('https://x.test', report))) as unknown[];
    const old = packedWithNode(compact.slice(0, 8), 'r1.');
    const decoded = decodeProgressReport(old);
    expect(decoded.ok && decoded.report).toEqual({ ...report, exercises: [] });
  });
});

describe('progress report links', () => {
  it('round-trips through an r1 link on /report', () => {
    const link = progressReportLink('https://example.org', report);
    expect(link).toMatch(/^https:\/\/example\.org\/report#r1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(500);
    expect(decodeProgressReport(readReportFragment(new URL(link).hash)!)).toStrictEqual({ ok: true, report });
  });

  it('keeps a therapist name with markup as plain text', () => {
    const marked = { ...report, therapist: '<script>alert(1)</script>' };
    const decoded = decodeProgressReport(encodeProgressReport(marked));
    expect(decoded.ok && decoded.report.therapist).toBe('<script>alert(1)</script>');
  });

  it.each([
    ['a plan link', () => 'p1.abc', "This link doesn't contain an Aftercare progress report."],
    ['a newer version', () => 'r2.abc', 'This progress report was made with a newer version of Aftercare. Update the app to open it.'],
    ['a truncated link', () => encodeProgressReport(report).slice(0, 20), 'This progress report link is damaged or incomplete. Ask for it to be sent again.'],
    ['a score of 11', () => {
      const compact = unpackedWithNode(encodeProgressReport(report)) as unknown[][];
      (compact[6]![0] as unknown[])[2] = [11];
      return packedWithNode(compact, 'r1.');
    }, 'The check-in answers are not valid.'],
    ['more sets done than due', () => {
      const compact = unpackedWithNode(encodeProgressReport(report)) as unknown[][];
      compact[5] = [[1, 9, 4]];
      return packedWithNode(compact, 'r1.');
    }, 'The weekly exercise figures are not valid.'],
    ['an unknown flag bit', () => {
      const compact = unpackedWithNode(encodeProgressReport(report)) as unknown[][];
      (compact[6]![0] as unknown[])[3] = 8;
      return packedWithNode(compact, 'r1.');
    }, 'The check-in answers are not valid.'],
  ])('refuses %s with a message', (_, payload, message) => {
    expect(decodeProgressReport(payload())).toEqual({ ok: false, error: message });
  });

  it('handles 2,000 mutated report links without throwing', () => {
    const payload = payloadOf(progressReportLink('https://example.org', report));
    for (let i = 0; i < 2_000; i += 1) {
      const at = (i * 7919) % payload.length;
      const char = 'Aa0-_.x$'[i % 8]!;
      const mutated = i % 3 === 0 ? payload.slice(0, at) : payload.slice(0, at) + char + payload.slice(at + (i % 2));
      const result = decodeProgressReport(mutated);
      expect(result.ok || result.error.length > 0).toBe(true);
    }
  });

  it('refuses every one-character change, at every position, of a real report link', { timeout: 120_000 }, () => {
    const payload = payloadOf(progressReportLink('https://example.org', report));
    const damaged = 'This progress report link is damaged or incomplete. Ask for it to be sent again.';
    const accepted: number[] = [];
    const notDamaged: string[] = [];
    for (const { at, changed } of singleCharacterChanges(payload)) {
      const result = decodeProgressReport(changed);
      if (result.ok) accepted.push(at);
      else if (at >= 3 && result.error !== damaged) notDamaged.push(`${at}: ${result.error}`);
    }
    expect(accepted).toEqual([]);
    expect(notDamaged).toEqual([]);
  });
});
