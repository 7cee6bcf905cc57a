// @vitest-environment node
/** Report links over arbitrary plans, check-offs, check-in answers and water days: decode ∘ encode = identity. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addIsoDays } from '../../../src/domain/time/localDay';
import { buildProgressReport } from '../../../src/domain/report/progressReport';
import { decodeProgressReport, encodeProgressReport } from '../../../src/domain/report/progressReportCodec';
import { planStartDate } from '../../../src/domain/exercises/exerciseSchedule';
import { progressReportText } from '../../../src/domain/report/progressReportText';
import type { CarePlan } from '../../../src/domain/carePlan/carePlan';
import type { CheckInAnswer, CheckInKind } from '../../../src/domain/checkIns/checkIns';
import { carePlanArb } from './carePlanArbitraries';

const DAY = 86_400_000;
const score = fc.option(fc.integer({ min: -2, max: 12 }), { nil: undefined });
const kinds: CheckInKind[] = ['baseline', 'after-24h', 'after-48h', 'weekly'];

function inputsFor(plan: CarePlan) {
  const start = planStartDate(plan);
  const ids = plan.exercises.map((exercise) => exercise.id);
  const check = fc.record({
    carePlanId: fc.constantFrom(plan.id, 'plan-other'),
    exerciseId: ids.length > 0 ? fc.constantFrom(...ids) : fc.constant('none'),
    localDate: fc.integer({ min: -2, max: 60 }).map((offset) => addIsoDays(start, offset)),
    round: fc.integer({ min: 0, max: 7 }),
    setsDone: fc.integer({ min: -1, max: 12 }),
  });
  const answer: fc.Arbitrary<CheckInAnswer> = fc.record({
    kind: fc.constantFrom(...kinds),
    week: fc.integer({ min: 1, max: 26 }),
    answeredAt: fc.integer({ min: plan.session.endedAt, max: plan.session.endedAt + 60 * DAY }),
    scores: fc.record({ soreness: score, pain: score, stiffness: score, sleep: score }),
    flags: fc.record({ bruising: fc.boolean(), numbness: fc.boolean(), lightHeaded: fc.boolean() }),
  }).map(({ week, ...rest }) => ({ ...rest, checkInId: `${plan.id}:check-in:${rest.kind === 'weekly' ? `week-${week}` : rest.kind}` }));
  const water = fc.record({
    date: fc.integer({ min: -2, max: 60 }).map((offset) => addIsoDays(start, offset)),
    goal: fc.integer({ min: 0, max: 8 }),
    counted: fc.double({ min: 0, max: 10, noNaN: true }),
  });
  return fc.record({
    checks: fc.array(check, { maxLength: 60 }),
    checkIns: fc.array(answer, { maxLength: 45 }),
    hydration: fc.array(water, { maxLength: 20 }),
    later: fc.integer({ min: 0, max: 200 * DAY }),
  });
}

const reportArb = carePlanArb.chain(({ plan }) => inputsFor(plan).map((inputs) =>
  buildProgressReport({ plan, ...inputs, now: plan.session.endedAt + inputs.later })));

describe('progress report link, properties', () => {
  it('gives back exactly the report it was given, and its text never throws', () => {
    fc.assert(fc.property(reportArb, (report) => {
      expect(decodeProgressReport(encodeProgressReport(report))).toStrictEqual({ ok: true, report });
      expect(progressReportText(report)).toContain(report.therapist);
    }), { numRuns: 150 });
    // 150 reports of up to 60 days each: seconds of work, more on a machine shared with other jobs.
  }, 60_000);
});
