import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('vigil config --env', { timeout: 60_000 }, () => {
  it('lists the variables that are set and masks secrets', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'services/cli/main.ts', 'config', '--env'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, KAFKA_BROKERS: 'kafka-1:9093', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'vigil-text', KAFKA_SASL_PASSWORD: 'hunter2-very-secret', KAFKA_SSL_KEY_PASSWORD_FILE: '/etc/vigil/kafka/key-password' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('KAFKA_BROKERS=kafka-1:9093\n');
    expect(r.stdout).toContain('KAFKA_SASL_USERNAME=vigil-text\n');
    expect(r.stdout).toContain('KAFKA_SASL_PASSWORD=****** (set, masked)\n');
    expect(r.stdout).toContain('KAFKA_SSL_KEY_PASSWORD_FILE=/etc/vigil/kafka/key-password\n');
    expect(r.stdout + r.stderr).not.toContain('hunter2');
  });

  it('lists the new variables in the configuration table', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'services/cli/main.ts', 'config'], { cwd: ROOT, encoding: 'utf8' });
    for (const v of ['KAFKA_SSL_CA_FILE', 'KAFKA_SSL_CERT_FILE', 'KAFKA_SSL_KEY_FILE', 'KAFKA_SSL_SERVER_NAME', 'KAFKA_SASL_MECHANISM', 'KAFKA_SASL_PASSWORD', 'KAFKA_SASL_OAUTHBEARER_TOKEN_FILE']) expect(r.stdout).toContain(`| \`${v}\` |`);
  });
});
