// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readServerConfig } from '../../server/config.mjs';

describe('readServerConfig', () => {
  it('defaults to one process doing everything on SQLite, trusting no proxy', () => {
    expect(readServerConfig({})).toEqual({ port: 4173, host: '127.0.0.1', push: true, role: 'all', databaseUrl: undefined, trustProxy: false });
  });

  it('reads the roles, the Postgres URL and the proxy setting', () => {
    const env = { AFTERCARE_ROLE: 'dispatcher', AFTERCARE_DATABASE_URL: 'postgres://aftercare@db/aftercare', AFTERCARE_TRUST_PROXY: '1', PORT: '8080' };
    expect(readServerConfig(env)).toMatchObject({ role: 'dispatcher', databaseUrl: 'postgres://aftercare@db/aftercare', trustProxy: true, port: 8080 });
    expect(readServerConfig({ AFTERCARE_ROLE: 'web', AFTERCARE_TRUST_PROXY: '0' })).toMatchObject({ role: 'web', trustProxy: false });
  });

  it('stops on a setting it cannot read rather than guess', () => {
    expect(() => readServerConfig({ AFTERCARE_ROLE: 'worker' })).toThrow(/AFTERCARE_ROLE/);
    expect(() => readServerConfig({ AFTERCARE_TRUST_PROXY: 'yes' })).toThrow(/AFTERCARE_TRUST_PROXY/);
    expect(() => readServerConfig({ AFTERCARE_DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
    expect(() => readServerConfig({ AFTERCARE_ROLE: 'dispatcher', AFTERCARE_PUSH: 'off' })).toThrow(/dispatcher/);
    expect(() => readServerConfig({ PORT: 'http' })).toThrow(/PORT/);
  });
});
