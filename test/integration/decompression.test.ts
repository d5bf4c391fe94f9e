import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompressionTypes } from 'kafkajs';
import { afterEach, describe, expect, it } from 'vitest';
import type { VigilConfig } from '../../services/common/config.js';
import type { Worker } from '../../services/runtime/worker.js';
import type { ContentEvent } from '../../services/schema/types.js';
import { TopicReader, encodeEvent, httpGet, kafka, startWorker, testEnv, waitUntil, type DeadLetter, type Verdict } from './harness.js';

// A compression bomb on an input topic, on the real local broker: a batch that decompresses beyond
// KAFKA_MAX_DECOMPRESSED_BYTES (1 MiB here) is refused, counted, and stops the worker's consumer with
// /readyz saying why — no restart loop, no dead letter, no verdict, no offset committed past it.

const CAP = 1024 * 1024;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const event = (eventId: string, text: string): ContentEvent => ({ kind: 'text', eventId, senderId: 'bomber', occurredAt: Date.now(), text, source: 'chat', conversationId: null, jurisdiction: null, locale: null, replyToEventId: null, contexts: [] });
/** Valid events of 200 KB each: eight are 1.6 MiB decompressed, a few KiB compressed. Without the cap they would be judged. */
const bombEvents = (codec: string) => Array.from({ length: 8 }, (_, i) => event(`bomb-${codec}-${i}`, 'hello there '.repeat(200_000 / 12)));

async function started(): Promise<{ worker: Worker; config: VigilConfig; refused: (codec: string) => Promise<number>; verdicts: TopicReader<Verdict>; deadLetters: TopicReader<DeadLetter> }> {
  const { worker, registry, config } = await startWorker(testEnv({ KAFKA_MAX_DECOMPRESSED_BYTES: String(CAP) }));
  cleanups.push(() => worker.stop(10_000));
  await worker.start();
  await waitUntil(() => worker.isReady(), 30_000, 'worker ready');
  const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
  const deadLetters = await new TopicReader<DeadLetter>(config, config.topics.deadLetter).start();
  cleanups.push(() => verdicts.stop(), () => deadLetters.stop());
  const refused = async (codec: string) => (await registry.getSingleMetric('vigil_kafka_decompression_refused_total')!.get()).values.find((v) => v.labels.codec === codec)?.value ?? 0;
  return { worker, config, refused, verdicts, deadLetters };
}

async function committed(config: VigilConfig, topic: string): Promise<Map<number, string>> {
  const admin = kafka(config).admin();
  await admin.connect();
  try {
    const [t] = await admin.fetchOffsets({ groupId: `${config.groupPrefix}.spam`, topics: [topic] });
    return new Map(t!.partitions.map((p) => [p.partition, p.offset]));
  } finally {
    await admin.disconnect();
  }
}

async function expectStoppedNotLooping(worker: Worker, refused: (codec: string) => Promise<number>, codec: string): Promise<void> {
  await waitUntil(async () => (await refused(codec)) === 1, 60_000, `${codec} refusal counted`);
  expect(worker.isReady()).toBe(false);
  const readyz = await httpGet(worker.httpPort!, '/readyz');
  expect(readyz.status).toBe(503);
  expect(readyz.body).toContain('VGL_KAFKA_DECOMPRESSION');
  expect(readyz.body).toContain('KAFKA_MAX_DECOMPRESSED_BYTES');
  // no restart: the same batch would be refused again and counted again
  await new Promise((r) => setTimeout(r, 3000));
  expect(await refused(codec)).toBe(1);
  const metrics = (await httpGet(worker.httpPort!, '/metrics')).body;
  expect(metrics).toMatch(new RegExp(`vigil_kafka_decompression_refused_total\\{service="spam",codec="${codec}"\\} 1`));
  expect(metrics).toMatch(/vigil_ready\{service="spam"\} 0/);
}

describe('decompression cap on the real broker', () => {
  it('gzip: a batch within the cap is judged; one beyond it is refused, counted, nothing skipped or dead-lettered, consumer stopped without a restart loop', async () => {
    const { worker, config, refused, verdicts, deadLetters } = await started();
    const producer = kafka(config).producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
    await producer.connect();
    cleanups.push(() => producer.disconnect());
    // within the cap, gzip (vigil's own gzip codec now): judged
    await producer.send({ topic: config.topics.text, acks: -1, compression: CompressionTypes.GZIP, messages: [0, 1, 2].map((i) => encodeEvent(event(`ok-gzip-${i}`, `an ordinary message number ${i}`))) });
    await verdicts.waitFor((r) => r.filter((v) => v.eventId.startsWith('ok-gzip-')).length === 3, 60_000);
    await waitUntil(async () => [...(await committed(config, config.topics.text)).values()].some((o) => o === '3'), 30_000, 'first batch committed');
    const before = await committed(config, config.topics.text);

    // same key, same partition: one gzip batch of 1.6 MiB decompressed
    await producer.send({ topic: config.topics.text, acks: -1, compression: CompressionTypes.GZIP, messages: bombEvents('gzip').map(encodeEvent) });
    await expectStoppedNotLooping(worker, refused, 'gzip');
    expect(verdicts.records.filter((v) => v.eventId.startsWith('bomb-'))).toHaveLength(0);
    expect(deadLetters.records).toHaveLength(0);
    expect(await committed(config, config.topics.text)).toEqual(before); // the bomb is not skipped: its offsets are still ahead
  });

  it('lz4 from librdkafka (kcat): a batch beyond the cap is refused the same way', async () => {
    const { worker, config, refused, verdicts, deadLetters } = await started();
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bomb-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const files = bombEvents('lz4').map((e, i) => {
      const f = join(dir, `${i}.avro`);
      writeFileSync(f, encodeEvent(e).value as Buffer);
      return f;
    });
    execFileSync('kcat', ['-P', '-b', config.brokers.join(','), '-t', config.topics.text, '-k', 'bomber', '-z', 'lz4', '-X', 'linger.ms=200', '-X', 'batch.size=8000000', '-X', 'message.max.bytes=10000000', ...files], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 });
    await expectStoppedNotLooping(worker, refused, 'lz4');
    expect(verdicts.records).toHaveLength(0);
    expect(deadLetters.records).toHaveLength(0);
  });
});
