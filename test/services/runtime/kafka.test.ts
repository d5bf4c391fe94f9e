import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompressionCodecs, CompressionTypes, KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSSASLAuthenticationError } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { parseKafkaSecurity } from '../../../services/common/config.js';
import { VigilError } from '../../../services/common/errors.js';
import { DecompressionRefusedError } from '../../../services/runtime/compression.js';
import { decompressedBytesLimit, explainKafkaError, kafkaSecurityOptions, registerCodecs } from '../../../services/runtime/kafka.js';

type Codec = { compress(e: { buffer: Buffer }): Promise<Buffer>; decompress(b: Buffer): Promise<Buffer> };

describe('compression codecs', () => {
  registerCodecs();
  const payload = Buffer.from(Array.from({ length: 2000 }, (_, i) => `record ${i % 37} 内容 `).join(''));
  for (const [name, type, magic] of [
    ['lz4', CompressionTypes.LZ4, '04224d18'], // LZ4 frame magic (little-endian 0x184D2204)
    ['zstd', CompressionTypes.ZSTD, '28b52ffd'], // zstd frame magic
    ['snappy', CompressionTypes.Snappy, null],
  ] as const) {
    it(`${name}: registered with kafkajs, compresses in its wire format and decompresses back`, async () => {
      const codec = (CompressionCodecs[type] as () => Codec)();
      const packed = await codec.compress({ buffer: payload });
      expect(packed.length).toBeLessThan(payload.length / 4);
      if (magic) expect(packed.subarray(0, 4).toString('hex')).toBe(magic);
      expect((await codec.decompress(packed)).equals(payload)).toBe(true);
    });
  }
});

describe('decompression cap', () => {
  it('every codec kafkajs uses, gzip included, refuses a batch beyond the smallest cap configured in the process', async () => {
    registerCodecs(64 * 1024 * 1024);
    registerCodecs(2 * 1024 * 1024);
    registerCodecs(); // the default (64 MiB) does not raise it
    expect(decompressedBytesLimit()).toBe(2 * 1024 * 1024);
    const bomb = Buffer.alloc(3 * 1024 * 1024);
    for (const type of [CompressionTypes.GZIP, CompressionTypes.LZ4, CompressionTypes.ZSTD, CompressionTypes.Snappy] as const) {
      const codec = (CompressionCodecs[type] as () => Codec)();
      const packed = await codec.compress({ buffer: bomb });
      await expect(codec.decompress(packed)).rejects.toBeInstanceOf(DecompressionRefusedError);
      const small = await codec.compress({ buffer: bomb.subarray(0, 1024 * 1024) });
      expect((await codec.decompress(small)).length).toBe(1024 * 1024);
    }
  });
});

describe('kafkaSecurityOptions', () => {
  it('maps TLS and SCRAM settings onto kafkajs options', () => {
    const opts = kafkaSecurityOptions({ ssl: { ca: 'CA', cert: 'C', key: 'K', keyPassword: null, serverName: 'kafka' }, sasl: { mechanism: 'scram-sha-256', username: 'u', password: 'p' } });
    expect(opts.ssl).toEqual({ rejectUnauthorized: true, ca: ['CA'], cert: 'C', key: 'K', servername: 'kafka' });
    expect(opts.sasl).toEqual({ mechanism: 'scram-sha-256', username: 'u', password: 'p' });
    expect(kafkaSecurityOptions({ ssl: null, sasl: null })).toEqual({});
  });

  it('oauthbearer reads a fresh token from the file or the command at each authentication', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-oauth-'));
    const file = join(dir, 'token');
    writeFileSync(file, 'tok-1\n');
    const fromFile = kafkaSecurityOptions(parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'oauthbearer', KAFKA_SASL_OAUTHBEARER_TOKEN_FILE: file })).sasl as { oauthBearerProvider: () => Promise<{ value: string }> };
    expect(await fromFile.oauthBearerProvider()).toEqual({ value: 'tok-1' });
    writeFileSync(file, 'tok-2');
    expect(await fromFile.oauthBearerProvider()).toEqual({ value: 'tok-2' });
    const script = join(dir, 'get-token.sh');
    writeFileSync(script, '#!/bin/sh\necho tok-from-command\n');
    chmodSync(script, 0o755);
    const fromCmd = kafkaSecurityOptions(parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'oauthbearer', KAFKA_SASL_OAUTHBEARER_TOKEN_COMMAND: script })).sasl as { oauthBearerProvider: () => Promise<{ value: string }> };
    expect(await fromCmd.oauthBearerProvider()).toEqual({ value: 'tok-from-command' });
    const failing = kafkaSecurityOptions(parseKafkaSecurity({ KAFKA_SASL_MECHANISM: 'oauthbearer', KAFKA_SASL_OAUTHBEARER_TOKEN_COMMAND: 'exit 3' })).sasl as { oauthBearerProvider: () => Promise<unknown> };
    await expect(failing.oauthBearerProvider()).rejects.toMatchObject({ code: 'VGL_KAFKA_AUTH' });
  });
});

describe('explainKafkaError', () => {
  const none = { ssl: null, sasl: null };
  it('names what to check, never secret values', () => {
    const sec = { ssl: null, sasl: { mechanism: 'plain' as const, username: 'u', password: 'pw-secret' } };
    const auth = explainKafkaError(new (KafkaJSSASLAuthenticationError as unknown as new (m: string) => Error)('SASL PLAIN authentication failed: Authentication failed'), sec) as VigilError;
    expect(auth.code).toBe('VGL_KAFKA_AUTH');
    expect(auth.message).toContain('KAFKA_SASL_MECHANISM=plain');
    expect(auth.message).not.toContain('pw-secret');
    const closed = explainKafkaError(new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection closed'), { retryCount: 1, retryTime: 10 }), none) as VigilError;
    expect(closed.code).toBe('VGL_KAFKA_CONNECT');
    expect(closed.message).toMatch(/requires TLS \(KAFKA_SSL\) or SASL \(KAFKA_SASL_MECHANISM\)/);
    const tls = explainKafkaError(new KafkaJSConnectionError('self-signed certificate in certificate chain'), none) as VigilError;
    expect(tls.code).toBe('VGL_KAFKA_TLS');
    const other = new Error('something else');
    expect(explainKafkaError(other, none)).toBe(other);
  });
});
