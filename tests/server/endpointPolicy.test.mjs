// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { endpointProblem, isPublicAddress, isPublicHost, publicOnlyLookup, withDeadline } from '../../server/push/endpointPolicy.mjs';

describe('endpointProblem', () => {
  it('allows the real push services', () => {
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/dGVzdA:APA91b',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAAA',
      'https://web.push.apple.com/QGxyz',
      'https://wns2-par02p.notify.windows.com/w/?token=BQYAAA',
      'https://[2607:f8b0:4004:800::200e]/push',
      'https://8.8.8.8/push',
    ]) expect(endpointProblem(endpoint), endpoint).toBeNull();
  });

  it('refuses non-https, credentials and non-default ports', () => {
    expect(endpointProblem('http://fcm.googleapis.com/x')).toMatch(/https/);
    expect(endpointProblem('ftp://fcm.googleapis.com/x')).toMatch(/https/);
    expect(endpointProblem('https://user:pw@fcm.googleapis.com/x')).toMatch(/credentials/);
    expect(endpointProblem('https://fcm.googleapis.com:8443/x')).toMatch(/default https port/);
    expect(endpointProblem('https://fcm.googleapis.com:443/x')).toBeNull(); // 443 is the default; URL drops it
    expect(endpointProblem('::not a url')).toMatch(/not a URL/);
  });

  it('refuses loopback, private, link-local and local names, however they are spelled', () => {
    for (const endpoint of [
      'https://localhost/x', 'https://LOCALHOST./x', 'https://api.localhost/x', 'https://printer.local/x',
      'https://db.internal/x', 'https://router.home.arpa/x', 'https://intranet/x',
      'https://127.0.0.1/x', 'https://127.1/x', 'https://2130706433/x', 'https://0x7f000001/x', 'https://0/x',
      'https://10.1.2.3/x', 'https://172.16.0.1/x', 'https://172.31.255.255/x', 'https://192.168.1.1/x',
      'https://169.254.169.254/latest/meta-data', 'https://100.64.0.1/x', 'https://224.0.0.1/x', 'https://255.255.255.255/x',
      'https://[::1]/x', 'https://[::]/x', 'https://[fe80::1]/x', 'https://[fc00::1]/x', 'https://[fd12:3456::1]/x',
      'https://[::ffff:127.0.0.1]/x', 'https://[::ffff:10.0.0.1]/x', 'https://[64:ff9b::a00:1]/x', 'https://[2002:a00:1::]/x',
      'https://[ff02::1]/x', 'https://[2001:db8::1]/x',
    ]) expect(endpointProblem(endpoint), endpoint).toBe('subscription.endpoint must be on a public host');
  });

  it('lifts host and port rules in test mode, but still needs https', () => {
    expect(endpointProblem('https://127.0.0.1:9443/push/a', { testMode: true })).toBeNull();
    expect(endpointProblem('https://localhost:9443/push/a', { testMode: true })).toBeNull();
    expect(endpointProblem('http://127.0.0.1:9443/push/a', { testMode: true })).toMatch(/https/);
  });
});

describe('isPublicAddress / isPublicHost', () => {
  it('sorts addresses at the edges of the private ranges', () => {
    expect(isPublicAddress('172.15.255.255')).toBe(true);
    expect(isPublicAddress('172.32.0.0')).toBe(true);
    expect(isPublicAddress('11.0.0.0')).toBe(true);
    expect(isPublicAddress('9.255.255.255')).toBe(true);
    expect(isPublicAddress('10.0.0.0')).toBe(false);
    expect(isPublicAddress('::ffff:8.8.8.8')).toBe(true);
    expect(isPublicAddress('2a00:1450:4001:82b::200e')).toBe(true);
    expect(isPublicAddress('fe80::1%eth0')).toBe(false);
    expect(isPublicAddress('not-an-ip')).toBe(false);
    expect(isPublicHost('push.example.com')).toBe(true);
  });
});

describe('publicOnlyLookup', () => {
  it('refuses a name that resolves to loopback (DNS rebinding)', async () => {
    const error = await new Promise((done) => publicOnlyLookup('localhost', {}, (e) => done(e)));
    expect(error?.message).toMatch(/non-public address/);
  });
});

describe('withDeadline', () => {
  it('fails a lookup that never answers at its deadline, and ignores a late answer', async () => {
    let answerLate;
    const never = (_host, _options, callback) => (answerLate = callback);
    const calls = [];
    const started = Date.now();
    await new Promise((done) => withDeadline(never, 50)('push.example.com', {}, (...args) => {
      calls.push(args);
      done();
    }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(calls[0][0]).toMatchObject({ code: 'ETIMEOUT' });
    answerLate(null, '203.0.114.1', 4);
    expect(calls).toHaveLength(1);
  });

  it('passes a prompt answer through', async () => {
    const quick = (_host, _options, callback) => callback(null, [{ address: '8.8.8.8', family: 4 }]);
    const result = await new Promise((done) => withDeadline(quick, 1000)('push.example.com', { all: true }, (...args) => done(args)));
    expect(result).toEqual([null, [{ address: '8.8.8.8', family: 4 }]]);
  });
});
