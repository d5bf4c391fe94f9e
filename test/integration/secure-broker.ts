import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BROKER = resolve(import.meta.dirname, '../../.broker/bin/vigil-mock-broker');

export interface Pki {
  readonly dir: string;
  readonly ca: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly clientCert: string;
  readonly clientKey: string;
  /** a client certificate from a CA the broker does not trust */
  readonly strangerCert: string;
  readonly strangerKey: string;
}

/** A test CA, a server certificate for localhost/127.0.0.1 and client certificates, made now with openssl (no key is committed). */
export function makePki(): Pki {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-pki-'));
  const f = (n: string) => join(dir, n);
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ca = (name: string) => ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f(`${name}.key`), '-out', f(`${name}.pem`), '-days', '1', '-subj', `/CN=${name}`);
  const leaf = (name: string, cn: string, signer: string, ext?: string) => {
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f(`${name}.key`), '-out', f(`${name}.csr`), '-subj', `/CN=${cn}`);
    if (ext) writeFileSync(f(`${name}.ext`), ext);
    ssl('x509', '-req', '-in', f(`${name}.csr`), '-CA', f(`${signer}.pem`), '-CAkey', f(`${signer}.key`), '-CAcreateserial', '-out', f(`${name}.pem`), '-days', '1', ...(ext ? ['-extfile', f(`${name}.ext`)] : []));
  };
  ca('vigil-test-ca');
  ca('stranger-ca');
  leaf('server', 'localhost', 'vigil-test-ca', 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  leaf('client', 'vigil-worker', 'vigil-test-ca');
  leaf('stranger', 'vigil-worker', 'stranger-ca');
  return { dir, ca: f('vigil-test-ca.pem'), serverCert: f('server.pem'), serverKey: f('server.key'), clientCert: f('client.pem'), clientKey: f('client.key'), strangerCert: f('stranger.pem'), strangerKey: f('stranger.key') };
}

/** A broker of the test's own with the given security arguments (see broker/mock-broker.c). */
export async function startSecureBroker(args: string[]): Promise<{ brokers: string[]; log: () => string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-secure-broker-'));
  const file = join(dir, 'bootstrap.txt');
  let stderr = '';
  const proc: ChildProcess = spawn(BROKER, ['--brokers', '1', '--partitions', '2', '--bootstrap-file', file, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 10_000;
  while (!existsSync(file)) {
    if (proc.exitCode !== null) throw new Error(`broker exited with ${proc.exitCode}: ${stderr}`);
    if (Date.now() > deadline) throw new Error('secure broker did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    brokers: readFileSync(file, 'utf8').trim().split(','),
    log: () => stderr,
    stop: async () => {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await new Promise((r) => proc.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An unsecured JWT (alg none), the token form Kafka's OAuthBearerUnsecuredValidator accepts. */
export function unsecuredJwt(claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none' })}.${b64(claims)}.`;
}
