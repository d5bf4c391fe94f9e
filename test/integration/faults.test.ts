import { describe, expect, it } from 'vitest';
import { sampleFeed } from '../../services/cli/sample.js';
import { TopicReader, encodeEvent, httpGet, produce, startControlledBroker, startWorker, testEnv, waitUntil, type Verdict } from './harness.js';

const NOT_ENOUGH_REPLICAS = 19; // retriable
const PRODUCE = 0;

describe('when verdicts cannot be produced', () => {
  it('pauses input, retries with backoff, and loses and repeats nothing once the broker accepts again', async () => {
    const broker = await startControlledBroker();
    const env = testEnv({ KAFKA_BROKERS: broker.brokers.join(','), VIGIL_PRODUCE_RETRIES: '1', VIGIL_HTTP_PORT: '0' });
    const { worker, registry, config } = await startWorker(env);
    const events = sampleFeed({ prefix: 'fault', start: Date.now() - 60_000 }).events.slice(0, 300);
    try {
      await produce(config, config.topics.text, events.map(encodeEvent));
      // each failed sendBatch uses 2 (1 + 1 retry): 14 errors = 7 failed publish attempts
      expect(await broker.command(`errors ${PRODUCE} ${NOT_ENOUGH_REPLICAS} 14`)).toBe('ok');
      const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
      await worker.start();
      await verdicts.waitFor((r) => r.length >= events.length, 90_000);
      const metrics = await registry.metrics();
      const failures = Number(/vigil_publish_failures_total\{service="spam"\} (\d+)/.exec(metrics)?.[1]);
      expect(failures).toBeGreaterThanOrEqual(3);
      expect(metrics).toMatch(/vigil_input_paused\{service="spam"\} 0/);
      const ids = verdicts.records.map((v) => v.eventId);
      expect(new Set(ids).size).toBe(events.length);
      await waitUntil(() => worker.isReady(), 10_000, 'worker ready after the outage');
      expect((await httpGet(worker.httpPort!, '/healthz')).status).toBe(200);
      await verdicts.stop();
      // judged once: the frequency state saw each event once, so the burst sender's counts are exact
      const burst = verdicts.records.filter((v) => v.senderId === 'fault-burst-sender');
      expect(burst.filter((v) => v.decision !== 'ALLOW')).toHaveLength(Math.max(0, burst.length - 20));
    } finally {
      await worker.stop(10_000);
      await broker.stop();
    }
  });
});

describe('when the broker goes away mid-stream', () => {
  it('resumes once it is back: every event gets its verdict, none is lost', async () => {
    const broker = await startControlledBroker();
    const env = testEnv({ KAFKA_BROKERS: broker.brokers.join(','), VIGIL_HTTP_PORT: '0', VIGIL_MAX_BATCH_EVENTS: '10', VIGIL_PARTITIONS_CONCURRENTLY: '1' });
    const { worker, config } = await startWorker(env);
    const events = Array.from({ length: 8 }, (_, k) => sampleFeed({ prefix: `down${k}`, start: Date.now() - 60_000 }).events).flat();
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    try {
      await produce(config, config.topics.text, events.map(encodeEvent));
      await worker.start();
      await verdicts.waitFor((r) => r.length >= 20, 60_000);
      expect(await broker.command('down 1')).toBe('ok');
      await new Promise((r) => setTimeout(r, 4000));
      const during = verdicts.records.length;
      expect(await broker.command('up 1')).toBe('ok');
      await verdicts.waitFor((r) => new Set(r.map((v) => v.eventId)).size >= events.length, 120_000);
      expect(during).toBeLessThan(events.length); // the outage happened mid-stream
      expect(new Set(verdicts.records.map((v) => v.eventId)).size).toBe(events.length);
    } finally {
      await verdicts.stop();
      await worker.stop(10_000);
      await broker.stop();
    }
  });
});

describe('a slow model', () => {
  it('applies backpressure: the worker holds at most its in-flight batches, memory stays bounded, nothing is lost', async () => {
    // the spam classifier with an injected 50 ms delay per batch
    const { SERVICES } = await import('../../services/runtime/services.js');
    const { createServiceWorker } = await import('../../services/runtime/create-worker.js');
    const { loadConfig } = await import('../../services/common/config.js');
    const { catalogue, schemas } = await import('./harness.js');
    const slow = {
      ...SERVICES.spam!,
      name: 'slow',
      createClassifier: async (c: Parameters<NonNullable<typeof SERVICES.spam>["createClassifier"]>[0]) => {
        const inner = await SERVICES.spam!.createClassifier(c);
        return { ...inner, name: 'slow', kinds: inner.kinds, ready: () => inner.ready(), classifyBatch: async (evs: Parameters<typeof inner.classifyBatch>[0]) => {
          await new Promise((r) => setTimeout(r, 50));
          return inner.classifyBatch(evs);
        } };
      },
    };
    const env = testEnv({ VIGIL_MAX_BATCH_EVENTS: '100', VIGIL_PARTITIONS_CONCURRENTLY: '2' });
    const config = loadConfig(env);
    const events = Array.from({ length: 6 }, (_, k) => sampleFeed({ prefix: `slow${k}`, start: Date.now() - 60_000 }).events).flat();
    await produce(config, config.topics.text, events.map(encodeEvent));
    const { worker, registry } = await createServiceWorker(slow, config, { schemas, catalogue, defaultMetrics: false });
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    const counter = async (name: string) => [...(await registry.metrics()).matchAll(new RegExp(`^${name}\\{[^}]*\\} (\\d+)`, 'gm'))].reduce((a, m) => a + Number(m[1]), 0);
    try {
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      await worker.start();
      let maxInFlight = 0;
      let maxHeap = 0;
      while (verdicts.records.length < events.length) {
        const consumed = await counter('vigil_events_consumed_total');
        const done = (await counter('vigil_verdicts_total')) + (await counter('vigil_dead_letters_total'));
        maxInFlight = Math.max(maxInFlight, consumed - done);
        maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed);
        await new Promise((r) => setTimeout(r, 50));
      }
      // consumed but not yet judged: never more than the batches in flight (2 partitions × 100)
      expect(maxInFlight).toBeLessThanOrEqual(200);
      expect(maxHeap - heapBefore).toBeLessThan(300 * 1024 * 1024);
      expect(new Set(verdicts.records.map((v) => v.eventId)).size).toBe(events.length);
    } finally {
      await verdicts.stop();
      await worker.stop(10_000);
    }
  });
});

describe('a poison message in every partition', () => {
  it('dead-letters each and stalls none: the events after them are judged', async () => {
    const env = testEnv({ VIGIL_HTTP_PORT: '0' });
    const { worker, config } = await startWorker(env);
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    const dead = await new TopicReader<{ partition: number; errorCode: string }>(config, config.topics.deadLetter).start();
    try {
      const events = sampleFeed({ prefix: 'poison', start: Date.now() - 60_000 }).events.slice(0, 200);
      const messages = [0, 1, 2, 3].flatMap((partition) => [
        { partition, key: `poison-${partition}`, value: Buffer.from([0, 0, 0, 0, 99, 1, 2, 3]) },
        ...events.filter((_, i) => i % 4 === partition).map((e) => ({ ...encodeEvent(e), partition })),
      ]);
      await produce(config, config.topics.text, messages);
      await worker.start();
      await verdicts.waitFor((r) => r.length >= events.length, 60_000);
      await dead.waitFor((r) => r.length >= 4, 30_000);
      expect(dead.records.map((d) => d.partition).sort()).toEqual([0, 1, 2, 3]);
      expect(new Set(dead.records.map((d) => d.errorCode))).toEqual(new Set(['VGL_UNKNOWN_SCHEMA']));
    } finally {
      await verdicts.stop();
      await dead.stop();
      await worker.stop(10_000);
    }
  });
});
