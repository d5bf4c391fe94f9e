import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECRET_VARS, loadConfig, parseKafkaSecurity } from '../../../services/common/config.js';
import { ConfigError } from '../../../services/common/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'vigil-kafka-config-'));
const pem = (name: string, body = 'CERTIFICATE') => {
  const f = join(dir, name);
  writeFileSync(f, `-----BEGIN ${body}-----\nAAAA\n-----END ${body}-----\n`);
  return f;
};

describe('Kafka security configuration', () => {
  it('is off by default: plain TCP, no SASL', () => {
    expect(loadConfig({ KAFKA_BROKERS: 'a:1' }).kafkaSecurity).toEqual({ ssl: null, sasl: null });
  });

  it('reads the CA, client certificate and key for mutual TLS; any TLS file turns TLS on', () => {
    const ca = pem('ca.pem');
    const s = parseKafkaSecurity({ KAFKA_SSL_CA_FILE: ca, KAFKA_SSL_CERT_FILE: pem('c.pem'), KAFKA_SSL_KEY_FILE: pem('k.pem', 'PRIVATE KEY'), KAFKA_SSL_SERVER_NAME: 'kafka.internal' });
    expect(s.ssl).toMatchObject({ serverName: 'kafka.internal', keyPassword: null });
    expect(s.ssl?.ca).toContain('BEGIN CERTIFICATE');
    expect(s.ssl?.key).toContain('BEGIN PRIVATE KEY');
    expect(parseKafkaSecurity({ KAFKA_SSL: 'true' }).ssl).toEqual({ ca: null, cert: null, key: null, keyPassword: null, serverName: null });
  });

  it('refuses a missing or non-PEM file, and a certificate without its key', () => {
    expect(() => parseKafkaSecurity({ KAFKA_SSL_CA_FILE: join(dir, 'nope.pem') })).toThrow(/KAFKA_SSL_CA_FILE: .* cannot be read \(ENOENT\)/);
    const notPem = join(dir, 'x.txt');
    writeFileSync(notPem, 'hello');
    expect(() => parseKafkaSecurity({ KAFKA_SSL_CA_FILE: notPem })).toThrow('is not a PEM file');
    expect(() => parseKafkaSecurity({ KAFKA_SSL_CERT_FILE: pem('c2.pem') })).toThrow(ConfigError);
  });

  it('takes SASL credentials from the environment or from files, never both', () => {
    expect(parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512', KAFKA_SASL_USERNAME: 'vigil', KAFKA_SASL_PASSWORD: 's3cret' }).sasl).toEqual({ mechanism: 'scram-sha-512', username: 'vigil', password: 's3cret' });
    const pw = join(dir, 'password');
    writeFileSync(pw, 'from-file\n');
    expect(parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'vigil', KAFKA_SASL_PASSWORD_FILE: pw }).sasl).toMatchObject({ password: 'from-file' });
    expect(() => parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'x', KAFKA_SASL_PASSWORD_FILE: pw })).toThrow('KAFKA_SASL_PASSWORD and KAFKA_SASL_PASSWORD_FILE are both set');
    expect(() => parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'scram-sha-256', KAFKA_SASL_USERNAME: 'u' })).toThrow('needs KAFKA_SASL_PASSWORD');
    expect(() => parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow('is not one of plain, scram-sha-256, scram-sha-512, oauthbearer');
  });

  it('oauthbearer takes exactly one token source', () => {
    expect(parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'oauthbearer', KAFKA_SASL_OAUTHBEARER_TOKEN_FILE: '/run/token' }).sasl).toEqual({ mechanism: 'oauthbearer', tokenFile: '/run/token', tokenCommand: null });
    expect(() => parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'oauthbearer' })).toThrow('exactly one of');
    expect(() => parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'oauthbearer', KAFKA_SASL_OAUTHBEARER_TOKEN_FILE: 'a', KAFKA_SASL_OAUTHBEARER_TOKEN_COMMAND: 'b' })).toThrow('exactly one of');
  });

  it('marks the passwords and the key passphrase as secrets', () => {
    expect([...SECRET_VARS].sort()).toEqual(['KAFKA_SASL_PASSWORD', 'KAFKA_SSL_KEY_PASSWORD', 'VIGIL_SCHEMA_REGISTRY_PASSWORD']);
  });
});

describe('KAFKA_MAX_DECOMPRESSED_BYTES', () => {
  it('defaults to 64 MiB, is parsed once into the config and refuses values below 1 MiB or not integers', () => {
    expect(loadConfig({ KAFKA_BROKERS: 'a:1' }).kafkaMaxDecompressedBytes).toBe(64 * 1024 * 1024);
    expect(loadConfig({ KAFKA_BROKERS: 'a:1', KAFKA_MAX_DECOMPRESSED_BYTES: '2097152' }).kafkaMaxDecompressedBytes).toBe(2097152);
    expect(() => loadConfig({ KAFKA_BROKERS: 'a:1', KAFKA_MAX_DECOMPRESSED_BYTES: '1000' })).toThrow(ConfigError);
    expect(() => loadConfig({ KAFKA_BROKERS: 'a:1', KAFKA_MAX_DECOMPRESSED_BYTES: '64MiB' })).toThrow('KAFKA_MAX_DECOMPRESSED_BYTES: "64MiB" is not an integer');
  });
});
