import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { planEverydayReminders } from '../../../src/domain/hydration/everydayReminders';
import { openAftercareDB } from '../../../src/storage/db';
import { idbStore } from '../../../src/storage/idbStore';
import { memoryStore } from '../../../src/storage/memoryStore';
import type { AftercareStore } from '../../../src/storage/store';
import type { DrinkRecord, SessionRecord } from '../../../src/storage/schema';
import { records } from '../../fixtures/db/v4';
import type { CarePlanRecord, CheckInRecord } from '../../../src/storage/schema';
import type { ExerciseCheck } from '../../../src/domain/exercises';
import type { StoredData } from '../../../src/storage/repos/backupRepo';

// One contract, two stores: every method of AftercareStore behaves the same in IndexedDB and in memory.
// The newest fixture is frozen raw data; today's types describe it exactly.
// The first session and its two drinks (the v3 records, filed under their day by v4).
const fixtureSessions = records.sessions.slice(0, 1) as unknown as SessionRecord[];
const fixtureDrinks = records.drinks.slice(0, 2) as unknown as DrinkRecord[];
/** A glass the next day with no session: that day's own log (v4). */
const ownDayDrink = records.drinks[2] as unknown as DrinkRecord;
const fixtureCarePlan = records.carePlans[0] as unknown as CarePlanRecord;
const fixtureCheck = records.exerciseChecks[0] as unknown as ExerciseCheck;
const fixtureCheckIn = records.checkIns[0] as unknown as CheckInRecord;
const everything = (): StoredData => ({
  settings: { ...DEFAULT_SETTINGS, glassMl: 300 },
  sessions: fixtureSessions,
  drinks: fixtureDrinks,
  carePlans: [fixtureCarePlan],
  exerciseChecks: [fixtureCheck],
  checkIns: [fixtureCheckIn],
});

let dbCount = 0;
const stores: Array<[string, () => Promise<AftercareStore>]> = [
  ['IndexedDB', async () => idbStore(await openAftercareDB(undefined, `store-test-${dbCount++}`))],
  ['memory', async () => memoryStore()],
];

describe.each(stores)('%s store', (_name, makeStore) => {
  it('returns the default settings when nothing is stored', async () => {
    const store = await makeStore();
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps settings', async () => {
    const store = await makeStore();
    const next = { ...DEFAULT_SETTINGS, bedtime: '23:00', glassMl: 300 };
    await store.putSettings(next);
    expect(await store.getSettings()).toEqual(next);
  });

  it('lists sessions newest first and finds the latest', async () => {
    const store = await makeStore();
    const older = fixtureSessions[0]!;
    const newer = { ...older, id: 'newer', createdAt: older.createdAt + 1000 };
    await store.addSession(older);
    await store.addSession(newer);
    expect((await store.listSessions()).map((s) => s.id)).toEqual(['newer', older.id]);
    expect((await store.latestSession())?.id).toBe('newer');
  });

  it("reads one plan's drinks oldest first, ignoring other plans", async () => {
    const store = await makeStore();
    const [first, second] = fixtureDrinks;
    await store.putDrink(second!);
    await store.putDrink(first!);
    await store.putDrink({ ...first!, id: 'other-session', sessionId: 'someone-else' });
    expect((await store.drinksForSession('fixture-session-1')).map((d) => d.id)).toEqual([first!.id, second!.id]);
  });

  it('edits and deletes a drink', async () => {
    const store = await makeStore();
    const drink = fixtureDrinks[0]!;
    await store.putDrink(drink);
    await store.putDrink({ ...drink, volumeMl: 500 });
    expect((await store.drinksForSession(drink.sessionId!))[0]?.volumeMl).toBe(500);
    await store.deleteDrink(drink.id);
    expect(await store.drinksForSession(drink.sessionId!)).toEqual([]);
  });

  it('reads the drinks of a range of days by day then time, with or without a plan (v4)', async () => {
    const store = await makeStore();
    const [first, second] = fixtureDrinks;
    for (const drink of [ownDayDrink, second!, first!]) await store.putDrink(drink);
    await store.putDrink({ ...ownDayDrink, id: 'later', day: '2026-11-05' });
    expect((await store.drinksForDays('2026-11-01', '2026-11-02')).map((d) => d.id)).toEqual([first!.id, second!.id, ownDayDrink.id]);
    expect((await store.drinksForDays('2026-11-02', '2026-11-02')).map((d) => d.id)).toEqual([ownDayDrink.id]);
    expect((await store.allDrinks()).map((d) => d.id)).toEqual([first!.id, second!.id, ownDayDrink.id, 'later']);
    expect(await store.drinksForSession('fixture-session-1')).toHaveLength(2);
  });

  it('lists the sessions saved since a moment, newest first', async () => {
    const store = await makeStore();
    const [older] = fixtureSessions;
    await store.addSession(older!);
    await store.addSession({ ...older!, id: 'newer', createdAt: older!.createdAt + 1000 });
    expect((await store.sessionsSince(older!.createdAt + 1)).map((s) => s.id)).toEqual(['newer']);
    expect((await store.sessionsSince(older!.createdAt)).map((s) => s.id)).toEqual(['newer', older!.id]);
  });

  it("reads Today as one snapshot: nothing stored gives the defaults and no care plan", async () => {
    const store = await makeStore();
    expect(await store.readToday({ sessionsSince: 0, fromDay: '2026-11-01', toDay: '2026-11-03' })).toEqual({
      settings: DEFAULT_SETTINGS, sessions: [], drinks: [], carePlan: undefined, checks: [], checkIns: [], everydayReminders: undefined,
    });
  });

  it("reads Today as one snapshot: the window's sessions and drinks, the latest care plan and only its own records", async () => {
    const store = await makeStore();
    const [older] = fixtureSessions;
    const [first, second] = fixtureDrinks;
    await store.putSettings({ ...DEFAULT_SETTINGS, glassMl: 300 });
    await store.addSession(older!);
    await store.addSession({ ...older!, id: 'newer', createdAt: older!.createdAt + 1000 });
    for (const drink of [ownDayDrink, second!, first!]) await store.putDrink(drink);
    await store.putDrink({ ...ownDayDrink, id: 'later', day: '2026-11-05' });
    await store.acceptCarePlan({ ...fixtureCarePlan, id: 'plan-other', acceptedAt: fixtureCarePlan.acceptedAt - 1 });
    await store.acceptCarePlan(fixtureCarePlan);
    await store.putExerciseCheck(fixtureCheck);
    await store.putExerciseCheck({ ...fixtureCheck, carePlanId: 'plan-other' });
    await store.putCheckIn(fixtureCheckIn);
    await store.putCheckIn({ ...fixtureCheckIn, checkInId: 'other', carePlanId: 'plan-other' });
    const today = await store.readToday({ sessionsSince: older!.createdAt + 1, fromDay: '2026-11-01', toDay: '2026-11-02' });
    expect(today.settings).toEqual({ ...DEFAULT_SETTINGS, glassMl: 300 });
    expect(today.sessions.map((s) => s.id)).toEqual(['newer']);
    expect(today.drinks.map((d) => d.id)).toEqual([first!.id, second!.id, ownDayDrink.id]);
    expect(today.carePlan).toEqual(fixtureCarePlan);
    expect(today.checks).toEqual([fixtureCheck]);
    expect(today.checkIns).toEqual([fixtureCheckIn]);
  });

  it('says which kind it is', async () => {
    expect((await makeStore()).kind).toBe(_name === 'IndexedDB' ? 'indexeddb' : 'memory');
  });

  it('reads everything back as one snapshot', async () => {
    const store = await makeStore();
    expect(await store.mergeBackup(everything())).toEqual({
      sessionsAdded: 1, sessionsAlreadyHere: 0, drinksAdded: 2, drinksAlreadyHere: 0, planRecordsAdded: 3, planRecordsAlreadyHere: 0, settingsRestored: true,
    });
    const all = await store.readEverything();
    expect(all.settings).toEqual(everything().settings);
    expect(all.sessions).toEqual(fixtureSessions);
    expect([...all.drinks].sort((a, b) => a.at - b.at)).toEqual(fixtureDrinks);
    expect([all.carePlans, all.exerciseChecks, all.checkIns]).toEqual([[fixtureCarePlan], [fixtureCheck], [fixtureCheckIn]]);
  });

  it('merges a backup without duplicates and keeps what is already here', async () => {
    const store = await makeStore();
    const edited = { ...fixtureDrinks[0]!, volumeMl: 999 };
    await store.addSession(fixtureSessions[0]!);
    await store.putDrink(edited);
    const summary = await store.mergeBackup(everything());
    expect(summary).toMatchObject({ sessionsAdded: 0, sessionsAlreadyHere: 1, drinksAdded: 1, drinksAlreadyHere: 1, planRecordsAdded: 3 });
    expect((await store.drinksForSession('fixture-session-1')).find((d) => d.id === edited.id)?.volumeMl).toBe(999);
    expect(await store.mergeBackup(everything())).toMatchObject({ drinksAdded: 0, planRecordsAdded: 0, planRecordsAlreadyHere: 3 });
  });

  it('deletes everything for good', async () => {
    const store = await makeStore();
    await store.mergeBackup(everything());
    await store.markRemindersHandled([{ id: 'r1', handledAt: 1, how: 'shown' }]);
    await store.deleteEverything();
    // The IndexedDB store closes its database on delete; a fresh store of the same kind starts empty.
    const after = _name === 'memory' ? store : await makeStore();
    expect(await after.listSessions()).toEqual([]);
    expect(await after.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('remembers which reminders were handled, the first way wins', async () => {
    const store = await makeStore();
    expect([...(await store.handledReminderIds())]).toEqual([]);
    await store.markRemindersHandled([{ id: 'a', handledAt: 1, how: 'shown' }, { id: 'b', handledAt: 2, how: 'collapsed' }]);
    await store.markRemindersHandled([{ id: 'a', handledAt: 3, how: 'satisfied' }]);
    expect([...(await store.handledReminderIds())].sort()).toEqual(['a', 'b']);
  });

  it('snoozes a reminder: it comes back 15 minutes later under its own id, and the original is handled', async () => {
    const store = await makeStore();
    const snooze = await store.snoozeReminder('s1:water:2', 1_000_000);
    expect(snooze).toEqual({ id: 's1:water:2:snoozed:1000000', reminderId: 's1:water:2', at: 1_000_000 + 15 * 60_000 });
    expect(await store.listSnoozes()).toEqual([snooze]);
    expect(await store.handledReminderIds()).toContain('s1:water:2');
  });

  // Issue 10 changed this: a glass is never attached to an older plan; without a current one it
  // is the day's own log, of the glass size in Settings.
  it('logs a glass of water from a notification under the plan current then, or else the day’s own log', async () => {
    const store = await makeStore();
    const session = fixtureSessions[0]!;
    await store.addSession(session);
    const drink = await store.logGlassOfWater(session.createdAt + 60_000);
    expect(drink).toMatchObject({ day: '2026-11-01', sessionId: session.id, at: session.createdAt + 60_000, beverage: 'water', volumeMl: session.glassMl });
    expect(await store.drinksForSession(session.id)).toEqual([drink]);
    const later = await store.logGlassOfWater(Date.UTC(2026, 10, 3, 15, 0));
    expect(later.sessionId).toBeUndefined();
    expect(later).toMatchObject({ day: '2026-11-03', volumeMl: DEFAULT_SETTINGS.glassMl });
  });

  it('accepts a care plan with its hydration session once, never replacing a session already here', async () => {
    const store = await makeStore();
    expect(await store.latestCarePlan()).toBeUndefined();
    const session = fixtureSessions[0]!;
    await store.acceptCarePlan(fixtureCarePlan, session);
    await store.acceptCarePlan(fixtureCarePlan, { ...session, glassMl: 999 });
    expect(await store.getCarePlan(fixtureCarePlan.id)).toEqual(fixtureCarePlan);
    expect(await store.getCarePlan('no-such-plan')).toBeUndefined();
    expect(await store.listSessions()).toEqual([session]);
    const newer = { ...fixtureCarePlan, id: 'plan-newer', acceptedAt: fixtureCarePlan.acceptedAt + 1 };
    await store.acceptCarePlan(newer);
    expect((await store.latestCarePlan())?.id).toBe('plan-newer');
  });

  it("keeps one check-off per exercise, day and round, and reads only the care plan's own", async () => {
    const store = await makeStore();
    await store.putExerciseCheck(fixtureCheck);
    await store.putExerciseCheck({ ...fixtureCheck, setsDone: 1 });
    await store.putExerciseCheck({ ...fixtureCheck, round: fixtureCheck.round + 1 });
    await store.putExerciseCheck({ ...fixtureCheck, carePlanId: 'plan-other' });
    const checks = await store.checksForCarePlan(fixtureCheck.carePlanId);
    expect(checks.map((c) => [c.round, c.setsDone]).sort()).toEqual([[fixtureCheck.round, 1], [fixtureCheck.round + 1, fixtureCheck.setsDone]].sort());
  });

  it("keeps check-in answers by id, and reads only the care plan's own", async () => {
    const store = await makeStore();
    await store.putCheckIn(fixtureCheckIn);
    await store.putCheckIn({ ...fixtureCheckIn, scores: { soreness: 1 } });
    await store.putCheckIn({ ...fixtureCheckIn, checkInId: 'other', carePlanId: 'plan-other' });
    expect(await store.checkInsForCarePlan(fixtureCheckIn.carePlanId)).toEqual([{ ...fixtureCheckIn, scores: { soreness: 1 } }]);
  });

  it('remembers the last calendar export, starting from nothing', async () => {
    const store = await makeStore();
    expect(await store.calendarExportState()).toEqual({ fingerprint: '', sequence: 0 });
    await store.putCalendarExportState({ fingerprint: 'abc', sequence: 2 });
    expect(await store.calendarExportState()).toEqual({ fingerprint: 'abc', sequence: 2 });
  });

  it('keeps the water reminders asked for on a day without a session, out of backups, and forgets them when turned off', async () => {
    const store = await makeStore();
    expect(await store.everydayReminders()).toBeUndefined();
    const asked = planEverydayReminders({ now: Date.parse('2026-05-01T14:00:00-04:00'), settings: DEFAULT_SETTINGS, timeZone: 'America/New_York', countedGlasses: 2 });
    await store.putEverydayReminders(asked);
    expect(await store.everydayReminders()).toEqual(asked);
    // Today's one read brings them too.
    expect((await store.readToday({ sessionsSince: 0, fromDay: '2026-05-01', toDay: '2026-05-02' })).everydayReminders).toEqual(asked);
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(await store.readEverything())).not.toContain('everydayReminders');
    await store.putEverydayReminders(undefined);
    expect(await store.everydayReminders()).toBeUndefined();
  });
});
