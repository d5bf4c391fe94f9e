import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatProducer } from '../../examples/chat-producer/producer.js';
import { AppliedLog, Enforcer, type VerdictLike } from '../../examples/enforcer/enforcer.js';
import { Wire } from '../../examples/wire.js';
import { loadConfig } from '../../services/common/config.js';
import { createServiceWorker } from '../../services/runtime/create-worker.js';
import { SUBJECTS, type Verdict } from '../../services/schema/types.js';
import { catalogue, kafka, produce, schemas, testEnv, waitUntil } from './harness.js';
import { TestSchemaRegistry } from './schema-registry-server.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-enforcer-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('examples/enforcer', () => {
  it('applies a redelivered verdict once: twice on vigil.verdicts, again on the priority topic, and again after a restart', async () => {
    const config = loadConfig(testEnv());
    const verdict: Verdict = { ...(schemas.schema(SUBJECTS.verdict).type.random() as unknown as Verdict), verdictId: randomUUID(), decision: 'BLOCK', actions: ['REMOVE_CONTENT', 'NOTIFY_AUTHORITIES'] };
    const other: Verdict = { ...verdict, verdictId: randomUUID(), eventId: 'other-event' };
    const msg = (v: Verdict) => ({ key: v.senderId, value: schemas.encode(SUBJECTS.verdict, v), headers: { 'vigil-verdict-id': v.verdictId } });
    await produce(config, config.topics.verdicts, [msg(verdict), msg(other), msg(verdict)]);
    await produce(config, config.topics.priority, [msg(verdict)]);

    const file = join(tempDir(), 'applied.jsonl');
    const applied: string[] = [];
    const start = async () => {
      const e = new Enforcer({ kafka: kafka(config), wire: new Wire(), topics: [config.topics.verdicts, config.topics.priority], groupId: `enforcer-${randomUUID()}`, log: new AppliedLog(file), apply: async (v: VerdictLike) => void applied.push(v.verdictId) });
      cleanups.push(() => e.stop());
      await e.start();
      return e;
    };
    const first = await start();
    await waitUntil(() => first.counts.applied + first.counts.duplicate === 4, 60_000, 'four deliveries handled');
    expect(first.counts).toEqual({ applied: 2, duplicate: 2, ignored: 0, undecodable: 0 });
    expect(applied.sort()).toEqual([verdict.verdictId, other.verdictId].sort());
    await first.stop();

    // a new consumer group reads everything again (a reset offset, a lost commit): nothing is applied twice
    const second = await start();
    await waitUntil(() => second.counts.duplicate === 4, 60_000, 'redeliveries after the restart');
    expect(second.counts.applied).toBe(0);
    expect(applied).toHaveLength(2);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('chat producer (text and image) -> vigil -> enforcer, all through a Schema Registry', async () => {
    const registry = await new TestSchemaRegistry().start();
    cleanups.push(() => registry.stop());
    const id = randomUUID().slice(0, 8);
    const config = loadConfig(testEnv({ VIGIL_SCHEMA_REGISTRY_URL: registry.url, VIGIL_TOPIC_BLOCKS: `vigil-test-${id}.blocks`, VIGIL_TOPIC_REVIEW_CONTENT: `vigil-test-${id}.content`, VIGIL_TOPIC_REVIEW_DECISIONS: `vigil-test-${id}.decisions` }));
    const { worker } = await createServiceWorker('spam', config, { catalogue, defaultMetrics: false });
    cleanups.push(() => worker.stop(10_000));
    await worker.start();
    await waitUntil(() => worker.isReady(), 30_000, 'worker ready');

    const wire = new Wire({ registryUrl: registry.url });
    const chat = new ChatProducer({ kafka: kafka(config), wire, textTopic: config.topics.text, imageTopic: config.topics.image });
    await chat.connect();
    cleanups.push(() => chat.disconnect());
    const eventId = await chat.publish({ senderId: 'u-example', text: 'see you at lunch tomorrow?' });
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 40, g: 120, b: 200 } } }).png().toBuffer();
    const imageId = await chat.publish({ senderId: 'u-example', image: { bytes: png, mimeType: 'image/png' } });
    expect(registry.versions(`${config.topics.text}-value`)).toHaveLength(1);
    expect(registry.versions(`${config.topics.image}-value`)).toHaveLength(1);

    const seen: string[] = [];
    const enforcer = new Enforcer({ kafka: kafka(config), wire, topics: [config.topics.verdicts, config.topics.priority], groupId: `enforcer-${randomUUID()}`, log: new AppliedLog(join(tempDir(), 'applied.jsonl')), apply: async (v) => void seen.push(v.eventId) });
    cleanups.push(() => enforcer.stop());
    const handle = enforcer.handle.bind(enforcer);
    enforcer.handle = async (v) => {
      seen.push(`handled:${v.eventId}`);
      return handle(v);
    };
    await enforcer.start();
    await waitUntil(() => seen.includes(`handled:${eventId}`) && seen.includes(`handled:${imageId}`), 60_000, 'both verdicts at the enforcer');
    expect(enforcer.counts.undecodable).toBe(0);
  });
});
