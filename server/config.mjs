// @ts-check
/**
 * The settings `npm start` reads from the environment, checked once at start so a typo stops the
 * process with a clear message instead of quietly running with a default. The README lists them.
 */

const ROLES = /** @type {const} */ (['all', 'web', 'dispatcher']);

/**
 * @typedef {object} ServerConfig
 * @property {number} port PORT (default 4173)
 * @property {string} host HOST (default 127.0.0.1; behind a reverse proxy keep it on loopback)
 * @property {boolean} push AFTERCARE_PUSH=off serves the app alone
 * @property {import('./push/service.mjs').PushRole} role AFTERCARE_ROLE: all (default), web or dispatcher
 * @property {string | undefined} databaseUrl AFTERCARE_DATABASE_URL=postgres://…; unset: SQLite (AFTERCARE_DB)
 * @property {boolean} trustProxy AFTERCARE_TRUST_PROXY=1: the client address is the last X-Forwarded-For hop
 */

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {ServerConfig}
 */
export function readServerConfig(env = process.env) {
  const port = Number(env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a port number');
  const role = /** @type {ServerConfig['role']} */ (env.AFTERCARE_ROLE || 'all');
  if (!ROLES.includes(role)) throw new Error(`AFTERCARE_ROLE must be one of ${ROLES.join(', ')}`);
  const push = env.AFTERCARE_PUSH !== 'off';
  if (!push && role === 'dispatcher') throw new Error('AFTERCARE_ROLE=dispatcher needs push reminders (AFTERCARE_PUSH is off)');
  const databaseUrl = env.AFTERCARE_DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('AFTERCARE_DATABASE_URL must be a postgres:// URL');
  return { port, host: env.HOST ?? '127.0.0.1', push, role, databaseUrl, trustProxy: flag(env.AFTERCARE_TRUST_PROXY, 'AFTERCARE_TRUST_PROXY') };
}

/** @param {string | undefined} value @param {string} name */
function flag(value, name) {
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new Error(`${name} must be 1 or 0`);
}
