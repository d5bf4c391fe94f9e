import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TopicReader, encodeEvent, produce, startWorker, testEnv, waitUntil, type Verdict } from './harness.js';
import { makePki, startSecureBroker, unsecuredJwt, type Pki } from './secure-broker.js';

// A worker against a broker that requires TLS, mTLS or SASL: refused with a typed error when it lacks
// what the broker requires (at once: no retry loop), judging events when it has it.

let pki: Pki;
const cleanups: (() => Promise<unknown>)[] = [];
beforeAll(() => void (pki = makePki()));
afterAll(() => rmSync(pki.dir, { recursive: true, force: true }));
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function refused(env: Record<string, string>): Promise<{ code: string; message: string }> {
  const { worker } = await startWorker({ ...env, VIGIL_PRODUCE_RETRIES: '1' });
  const t0 = Date.now();
  const err = await worker.start().then(() => null, (e: unknown) => e as { code: string; message: string });
  await worker.stop(5_000);
  expect(err, 'worker.start() should have been refused').not.toBeNull();
  expect(Date.now() - t0).toBeLessThan(20_000);
  return err!;
}

async function judges(env: Record<string, string>): Promise<void> {
  const { worker, config } = await startWorker(env);
  cleanups.push(() => worker.stop(10_000));
  await worker.start();
  await waitUntil(() => worker.isReady(), 30_000, 'worker ready');
  const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
  cleanups.push(() => verdicts.stop());
  const now = Date.now();
  await produce(config, config.topics.text, [
    encodeEvent({ kind: 'text', eventId: 'sec-1', senderId: 'u-sec', occurredAt: now, text: 'hello there, see you at lunch', source: 'chat', conversationId: null, jurisdiction: null, locale: null, replyToEventId: null, contexts: [] }),
  ]);
  await verdicts.waitFor((r) => r.some((v) => v.eventId === 'sec-1'), 30_000);
  expect(verdicts.records.find((v) => v.eventId === 'sec-1')!.senderId).toBe('u-sec');
}

describe('worker against a secured broker', () => {
  it('TLS required: a plaintext worker is refused, a worker trusting the test CA judges events', async () => {
    const b = await startSecureBroker(['--tls-cert', pki.serverCert, '--tls-key', pki.serverKey]);
    cleanups.push(b.stop);
    const env = testEnv({ KAFKA_BROKERS: b.brokers.join(',') });
    const err = await refused(env);
    expect(err.code).toBe('VGL_KAFKA_CONNECT');
    expect(err.message).toContain('requires TLS (KAFKA_SSL)');
    expect((await refused({ ...env, KAFKA_SSL: 'true' })).code).toBe('VGL_KAFKA_TLS'); // system CAs do not know the test CA
    await judges({ ...env, KAFKA_SSL_CA_FILE: pki.ca });
  });

  it('mutual TLS: no client certificate or one from another CA is refused; the right one judges events', async () => {
    const b = await startSecureBroker(['--tls-cert', pki.serverCert, '--tls-key', pki.serverKey, '--tls-client-ca', pki.ca]);
    cleanups.push(b.stop);
    const env = testEnv({ KAFKA_BROKERS: b.brokers.join(','), KAFKA_SSL_CA_FILE: pki.ca });
    expect(['VGL_KAFKA_TLS', 'VGL_KAFKA_CONNECT']).toContain((await refused(env)).code);
    expect(['VGL_KAFKA_TLS', 'VGL_KAFKA_CONNECT']).toContain((await refused({ ...env, KAFKA_SSL_CERT_FILE: pki.strangerCert, KAFKA_SSL_KEY_FILE: pki.strangerKey })).code);
    await judges({ ...env, KAFKA_SSL_CERT_FILE: pki.clientCert, KAFKA_SSL_KEY_FILE: pki.clientKey });
  });

  for (const [mechanism, tls] of [['PLAIN', true], ['SCRAM-SHA-256', false], ['SCRAM-SHA-512', true]] as const) {
    it(`SASL ${mechanism}${tls ? ' over TLS' : ''}: no credentials or a wrong password is refused; the right ones judge events`, async () => {
      const b = await startSecureBroker([...(tls ? ['--tls-cert', pki.serverCert, '--tls-key', pki.serverKey] : []), '--sasl', mechanism, '--sasl-user', 'vigil-spam:correct horse', '--sasl-user', 'other:x']);
      cleanups.push(b.stop);
      const env = testEnv({ KAFKA_BROKERS: b.brokers.join(','), ...(tls ? { KAFKA_SSL_CA_FILE: pki.ca } : {}) });
      const none = await refused(env);
      expect(none.code).toBe('VGL_KAFKA_CONNECT');
      expect(none.message).toContain('SASL (KAFKA_SASL_MECHANISM)');
      const creds = { KAFKA_SASL_MECHANISM: mechanism.toLowerCase(), KAFKA_SASL_USERNAME: 'vigil-spam' };
      const wrong = await refused({ ...env, ...creds, KAFKA_SASL_PASSWORD: 'wrong horse' });
      expect(wrong.code).toBe('VGL_KAFKA_AUTH');
      expect(wrong.message).not.toContain('wrong horse');
      const pw = join(pki.dir, `${mechanism}.password`);
      writeFileSync(pw, 'correct horse\n', { mode: 0o600 });
      await judges({ ...env, ...creds, KAFKA_SASL_PASSWORD_FILE: pw });
    });
  }

  it('SASL OAUTHBEARER (unsecured JWT from a token file): a token without a subject is refused, a valid one judges events', async () => {
    const b = await startSecureBroker(['--tls-cert', pki.serverCert, '--tls-key', pki.serverKey, '--sasl', 'OAUTHBEARER']);
    cleanups.push(b.stop);
    const token = join(pki.dir, 'token');
    const env = testEnv({ KAFKA_BROKERS: b.brokers.join(','), KAFKA_SSL_CA_FILE: pki.ca, KAFKA_SASL_MECHANISM: 'oauthbearer', KAFKA_SASL_OAUTHBEARER_TOKEN_FILE: token });
    writeFileSync(token, unsecuredJwt({ scope: 'kafka' }));
    expect((await refused(env)).code).toBe('VGL_KAFKA_AUTH');
    writeFileSync(token, unsecuredJwt({ sub: 'vigil-spam', exp: Math.floor(Date.now() / 1000) + 3600 }));
    await judges(env);
  });
});
