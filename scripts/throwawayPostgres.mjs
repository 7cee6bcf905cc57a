// @ts-check
// A throw-away PostgreSQL cluster for the bench and for running the Postgres tests by hand: initdb
// in a temp directory, a free port, 127.0.0.1 only, stopped and deleted afterwards. As root the
// server runs as the `postgres` user (it refuses root). Debian's binaries are found in
// /usr/lib/postgresql/<version>/bin; AFTERCARE_PG_BIN overrides.
//
//   node scripts/throwawayPostgres.mjs -- npx vitest run tests/server
//     runs the command with AFTERCARE_TEST_POSTGRES_URL set, then stops the cluster.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The directory holding initdb and pg_ctl, or null. */
export function findPostgresBin() {
  if (process.env.AFTERCARE_PG_BIN) return process.env.AFTERCARE_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? join(root, newest, 'bin') : null;
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts a cluster; `stop()` stops it and deletes its files.
 * @returns {Promise<{ url: string, stop(): void }>}
 */
export async function startThrowawayPostgres() {
  const bin = findPostgresBin();
  if (!bin) throw new Error('No PostgreSQL server binaries found (apt-get install -y postgresql, or set AFTERCARE_PG_BIN)');
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  /** @param {string} tool @param {string[]} args */
  const pgTool = (tool, args) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    // trust: only this machine's loopback reaches it, and it lives for one run.
    pgTool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    pgTool('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = /** @type {{ stderr?: Buffer }} */ (error).stderr?.toString() ?? '';
    throw new Error(`Could not start a throw-away PostgreSQL: ${stderr.trim().split('\n').pop()}`, { cause: error });
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        pgTool('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const command = process.argv.slice(process.argv.indexOf('--') + 1);
  if (!process.argv.includes('--') || command.length === 0) {
    console.error('usage: node scripts/throwawayPostgres.mjs -- <command> [args…]');
    process.exit(2);
  }
  const cluster = await startThrowawayPostgres();
  console.log(`throw-away PostgreSQL at ${cluster.url}`);
  const child = spawn(/** @type {string} */ (command[0]), command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, AFTERCARE_TEST_POSTGRES_URL: cluster.url },
  });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
  child.once('exit', (code, signal) => {
    cluster.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}
