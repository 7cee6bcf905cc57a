import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppReminder } from '../../../src/domain/reminders/appReminders';
import { loadCatalogue, useCatalogue } from '../../../src/domain/i18n';
import { forgetPush, pushRefusal, pushState, refreshPushState, SUBSCRIBE_TIMEOUT_MS, syncPush, turnOnPush } from '../../../src/state/reminders/pushSync';

const NOW = Date.UTC(2026, 5, 10, 11, 0);
const reminder = (id: string, at: number, kind: AppReminder['kind'] = 'water'): AppReminder =>
  ({ id, kind, at, expiresAt: at + 3_600_000, title: 'Time for a glass of water', body: 'Glass 2 of 5 after your deep tissue session', url: '/today' });

const subscription = {
  endpoint: 'https://push.example.net/send/abc',
  toJSON: () => ({ endpoint: 'https://push.example.net/send/abc', expirationTime: null, keys: { p256dh: 'BPk', auth: 'xyz' } }),
  unsubscribe: vi.fn(async () => true),
};
let subscribed: typeof subscription | null;
const pushManager = {
  getSubscription: vi.fn(async () => subscribed),
  subscribe: vi.fn(() => new Promise(() => {})), // a push service out of reach never answers
};
const fetchMock = vi.fn(async (url: string, _init?: RequestInit) =>
  url.endsWith('/vapid-public-key') ? new Response(JSON.stringify({ publicKey: 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U' })) : new Response('{}'),
);

beforeEach(() => {
  subscribed = subscription;
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('PushManager', function PushManager() {});
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration: async () => ({ pushManager }) } });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('syncing with the push server', () => {
  it('sends only future reminder ids, times and kinds, and exactly the subscription members the server accepts', async () => {
    await syncPush([reminder('p:water:0', NOW - 60_000), reminder('p:water:1', NOW + 60_000), reminder('c:check-in:after-24h', NOW + 86_400_000, 'check-in')], NOW);
    const [url, init] = fetchMock.mock.calls.at(-1)!;
    expect(url).toBe('/api/push/subscription');
    expect(init?.method).toBe('PUT');
    const body = JSON.parse(String(init?.body));
    expect(body.subscription).toEqual({ endpoint: 'https://push.example.net/send/abc', keys: { p256dh: 'BPk', auth: 'xyz' } });
    expect(body.reminders).toEqual([
      { id: 'p:water:1', at: NOW + 60_000, kind: 'water' },
      { id: 'c:check-in:after-24h', at: NOW + 86_400_000, kind: 'check-in' },
    ]);
    expect(String(init?.body)).not.toMatch(/deep|tissue|glass|session/i);
  });

  it('says which language to write the push texts in: the one the app speaks, English for the test pseudo-locale', async () => {
    const sentLang = () => JSON.parse(String(fetchMock.mock.calls.at(-1)![1]?.body)).lang;
    await syncPush([reminder('p:water:1', NOW + 60_000)], NOW);
    expect(sentLang()).toBe('en');
    useCatalogue('pt-BR', await loadCatalogue('pt-BR'));
    await syncPush([reminder('p:water:1', NOW + 60_000)], NOW);
    expect(sentLang()).toBe('pt-BR');
    useCatalogue('en-XA', await loadCatalogue('en-XA'));
    await syncPush([reminder('p:water:1', NOW + 60_000)], NOW);
    expect(sentLang()).toBe('en');
  });

  it('does nothing without a subscription', async () => {
    subscribed = null;
    await syncPush([reminder('p:water:1', NOW + 60_000)], NOW);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports a server that is not there', async () => {
    fetchMock.mockImplementationOnce(async () => new Response('{"error":"Not found"}', { status: 404 }));
    expect(await refreshPushState()).toBe('no-server');
  });

  it('knows it is on when a subscription exists', async () => {
    expect(await refreshPushState()).toBe('on');
  });

  it('gives up on a push service that never answers, and says so', async () => {
    vi.useFakeTimers();
    const pending = turnOnPush([]);
    await vi.advanceTimersByTimeAsync(SUBSCRIBE_TIMEOUT_MS + 10);
    expect(await pending).toBe('unreachable');
    expect(pushState.value).toBe('unreachable');
  });

  it('"Delete all my data" makes the server forget the subscription, then unsubscribes', async () => {
    await forgetPush();
    const [url, init] = fetchMock.mock.calls.at(-1)!;
    expect([url, init?.method, JSON.parse(String(init?.body))]).toEqual(['/api/push/subscription', 'DELETE', { endpoint: subscription.endpoint, ownerSecret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) }]);
    expect(subscription.unsubscribe).toHaveBeenCalled();
  });

  it('proves ownership with one secret, the same on every sync and delete', async () => {
    await syncPush([reminder('p:water:1', NOW + 60_000)], NOW);
    await syncPush([reminder('p:water:1', NOW + 60_000)], NOW);
    const secrets = fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init?.body)).ownerSecret);
    expect(secrets[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secrets[1]).toBe(secrets[0]);
  });

  it('sends only what the contract allows: valid ids, each once, within the horizon, soonest first', async () => {
    const year = 367 * 86_400_000;
    await syncPush([
      reminder('p:water:2', NOW + 120_000), reminder('p:water:1', NOW + 60_000), reminder('p:water:1', NOW + 90_000),
      reminder('bad id!', NOW + 60_000), reminder('x'.repeat(101), NOW + 60_000), reminder('p:appointment:1', NOW + year, 'appointment'),
    ], NOW);
    const body = JSON.parse(String(fetchMock.mock.calls.at(-1)![1]?.body));
    expect(body.reminders.map((r: { id: string }) => r.id)).toEqual(['p:water:1', 'p:water:2']);
  });

  it('an SPA fallback answering with index.html means "no server": no error, an honest state', async () => {
    fetchMock.mockImplementation(async () => new Response('<!doctype html><title>Aftercare</title>', { headers: { 'Content-Type': 'text/html' } }));
    expect(await refreshPushState()).toBe('no-server');
    pushState.value = 'on';
    await syncPush([reminder('p:water:1', NOW + 60_000)], NOW);
    expect(pushState.value).toBe('no-server');
    fetchMock.mockReset();
  });

  it('a refused sync turns the push road off and says why in plain words', async () => {
    fetchMock.mockImplementationOnce(async () => new Response('{"error":"Too many reminders kept for this subscription; try again tomorrow"}', { status: 422 }));
    pushState.value = 'on';
    await syncPush([reminder('p:water:1', NOW + 60_000)], NOW);
    expect(pushState.value).toBe('refused');
    expect(pushRefusal.value).toBe('full');
    fetchMock.mockImplementationOnce(async () => new Response('{"error":"This push subscription belongs to another device"}', { status: 403 }));
    await syncPush([reminder('p:water:1', NOW + 60_000)], NOW);
    expect(pushState.value).toBe('off');
    expect(pushRefusal.value).toBe('owner');
    expect(subscription.unsubscribe).toHaveBeenCalled();
  });
});
