import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TopicReader, encodeEvent, schemas, startWorker, testEnv, waitUntil, type Verdict } from './harness.js';

// Another client on vigil's topics: kcat (Debian's, on librdkafka 2.0.2) produces the events in lz4,
// zstd and snappy batches — librdkafka's codecs, not kafkajs's — and reads the verdicts back.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('librdkafka client (kcat) on vigil topics', () => {
  it('lz4, zstd and snappy batches from kcat are judged; kcat reads Confluent-framed verdicts, keys and headers', async () => {
    const env = testEnv();
    const { worker, config } = await startWorker(env);
    cleanups.push(() => worker.stop(10_000));
    await worker.start();
    await waitUntil(() => worker.isReady(), 30_000, 'worker ready');
    const broker = config.brokers.join(',');
    const dir = mkdtempSync(join(tmpdir(), 'vigil-kcat-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const codecs = ['lz4', 'zstd', 'snappy'] as const;
    const now = Date.now();
    for (const codec of codecs) {
      // each file is one message; three per batch, so the batch is really compressed
      const files = [0, 1, 2].map((i) => {
        const f = join(dir, `${codec}-${i}.avro`);
        const m = encodeEvent({ kind: 'text', eventId: `kcat-${codec}-${i}`, senderId: `sender-${codec}`, occurredAt: now, text: `message ${i} sent through librdkafka with ${codec} compression, hello`.repeat(3), source: 'chat', conversationId: null, jurisdiction: null, locale: null, replyToEventId: null, contexts: [] });
        writeFileSync(f, m.value as Buffer);
        return f;
      });
      execFileSync('kcat', ['-P', '-b', broker, '-t', config.topics.text, '-k', `sender-${codec}`, '-z', codec, '-X', 'linger.ms=50', ...files], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 });
    }
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    cleanups.push(() => verdicts.stop());
    await verdicts.waitFor((r) => r.length >= 9, 60_000);
    for (const codec of codecs) expect(verdicts.records.filter((v) => v.eventId.startsWith(`kcat-${codec}-`)).map((v) => v.senderId)).toEqual([`sender-${codec}`, `sender-${codec}`, `sender-${codec}`]);

    // kcat reads them: payload length-prefixed (%R) so binary Avro survives, then keys and headers
    const raw = execFileSync('kcat', ['-C', '-b', broker, '-t', config.topics.verdicts, '-o', 'beginning', '-e', '-q', '-f', '%R%s'], { timeout: 30_000, maxBuffer: 1 << 26 });
    const values: Buffer[] = [];
    for (let at = 0; at < raw.length; ) {
      const n = raw.readInt32BE(at);
      values.push(raw.subarray(at + 4, at + 4 + n));
      at += 4 + n;
    }
    expect(values).toHaveLength(9);
    for (const v of values) {
      expect(v[0]).toBe(0); // Confluent magic byte
      const id = v.readInt32BE(1);
      const d = schemas.decode<Verdict>(v);
      expect(d.schemaId).toBe(id);
      expect(d.value.eventId).toMatch(/^kcat-(lz4|zstd|snappy)-\d$/);
    }
    const meta = execFileSync('kcat', ['-C', '-b', broker, '-t', config.topics.verdicts, '-o', 'beginning', '-e', '-q', '-f', '%k\t%h\n'], { encoding: 'utf8', timeout: 30_000 }).trim().split('\n');
    expect(meta).toHaveLength(9);
    for (const line of meta) {
      const [key, headers] = line.split('\t');
      expect(key).toMatch(/^sender-(lz4|zstd|snappy)$/);
      expect(headers).toMatch(/vigil-verdict-id=[0-9a-f-]{36}/);
      expect(headers).toMatch(/vigil-decision=(ALLOW|REVIEW|BLOCK)/);
    }
  });
});
