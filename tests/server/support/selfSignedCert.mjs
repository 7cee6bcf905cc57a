// @ts-check
// A throwaway certificate for the loopback mock push service (web-push only speaks https).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** @returns {{ dir: string, key: Buffer, cert: Buffer, certPath: string, keyPath: string }} */
export function makeSelfSignedCert() {
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-mock-tls-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-days', '2',
      '-keyout', keyPath, '-out', certPath,
    ], { stdio: 'ignore' });
  } catch (error) {
    throw new Error('openssl could not make the test certificate (is it installed? apt-get install openssl)', { cause: error });
  }
  return { dir, key: readFileSync(keyPath), cert: readFileSync(certPath), certPath, keyPath };
}

/**
 * For a test file: a certificate made once before its tests and an https agent that trusts it, both
 * removed after them. Read `key`, `cert` and `agent` inside hooks and tests (they are set in beforeAll).
 * @returns {{ key: Buffer, cert: Buffer, agent: import('node:https').Agent }}
 */
export function useLoopbackTls() {
  const tls = /** @type {{ dir: string, key: Buffer, cert: Buffer, agent: import('node:https').Agent }} */ ({});
  beforeAll(() => {
    Object.assign(tls, makeSelfSignedCert());
    tls.agent = new Agent({ keepAlive: true, ca: tls.cert });
  });
  afterAll(() => {
    tls.agent?.destroy();
    if (tls.dir) rmSync(tls.dir, { recursive: true, force: true });
  });
  return tls;
}
