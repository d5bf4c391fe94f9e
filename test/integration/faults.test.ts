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
