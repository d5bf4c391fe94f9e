import { randomUUID } from 'node:crypto';
import { SchemaRegistry as ConfluentClient, SchemaType } from '@kafkajs/confluent-schema-registry';
import type { Message } from 'kafkajs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, type VigilConfig } from '../../services/common/config.js';
import { createLogger } from '../../services/common/logger.js';
import { createServiceWorker } from '../../services/runtime/create-worker.js';
import { IncompatibleSchemaError, registeredText } from '../../services/schema/registry-schemas.js';
import { SUBJECTS, type DeadLetter, type Verdict } from '../../services/schema/types.js';
import { catalogue, kafka, produce, schemas as embedded, testEnv, waitUntil } from './harness.js';
import { TestSchemaRegistry } from './schema-registry-server.js';

// vigil against a Confluent-compatible Schema Registry (the in-memory one in schema-registry-server.ts):
// a chat service frames events with the ids its registry client got, vigil registers its own output
// subjects and writes their ids, and other consumers read verdicts through the registry alone.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function registryEnv(url: string): Record<string, string> {
  const id = randomUUID().slice(0, 8);
  return testEnv({
    VIGIL_SCHEMA_REGISTRY_URL: url,
    VIGIL_TOPIC_BLOCKS: `vigil-test-${id}.blocks`,
    VIGIL_TOPIC_REVIEW_CONTENT: `vigil-test-${id}.review-content`,
    VIGIL_TOPIC_REVIEW_DECISIONS: `vigil-test-${id}.review-decisions`,
    VIGIL_TOPIC_APPEALS: `vigil-test-${id}.appeals`,
  });
}

async function startRegistry(): Promise<TestSchemaRegistry> {
  const r = await new TestSchemaRegistry().start();
  cleanups.push(() => r.stop());
  return r;
}

/** A worker with the schemas its configuration gives (the registry's), and its log lines. */
async function worker(config: VigilConfig) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', {}, (l) => void lines.push(JSON.parse(l) as Record<string, unknown>));
  const w = await createServiceWorker('spam', config, { catalogue, defaultMetrics: false, logger });
  return { ...w, lines };
}

/** The chat service's side: its registry client registers the text schema under `<topic>-value` and frames with that id. */
async function chatService(url: string, topic: string, version = 2) {
  const client = new ConfluentClient({ host: url });
  const entry = embedded.entries().find((e) => e.subject === SUBJECTS.text && e.version === version)!;
  const { id } = await client.register({ type: SchemaType.AVRO, schema: registeredText(entry) }, { subject: `${topic}-value` });
  return {
    id,
    client,
    message: async (eventId: string, senderId: string, text: string): Promise<Message> => {
      const base = { eventId, occurredAt: Date.now(), source: 'chat', senderId, conversationId: null, jurisdiction: null, locale: null, text };
      return { key: senderId, value: await client.encode(id, version === 1 ? base : { ...base, replyToEventId: null, contexts: [] }) };
    },
  };
}

/** Reads a topic's raw values from the beginning until stopped. */
async function rawReader(config: VigilConfig, topic: string) {
  const values: Buffer[] = [];
  const consumer = kafka(config).consumer({ groupId: `reader-${randomUUID()}`, maxWaitTimeInMs: 100, sessionTimeout: 6000, heartbeatInterval: 500 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void values.push(message.value!) });
  cleanups.push(() => consumer.disconnect());
  return values;
}

describe('Schema Registry', () => {
  it('judges events framed with registry ids, writes verdicts with its registered ids, dead-letters unknown ids, and the strike replay reads its verdicts', async () => {
    const registry = await startRegistry();
    const config = loadConfig(registryEnv(registry.url));
    const chat = await chatService(registry.url, config.topics.text);
    expect(chat.id).not.toBe(embedded.schema(SUBJECTS.text).id);

    const first = await worker(config);
    cleanups.push(() => first.worker.stop(10_000));
    await first.worker.start();
    await waitUntil(() => first.worker.isReady(), 30_000, 'worker ready');
    const verdictId = registry.versions(`${config.topics.verdicts}-value`)[0]!.id;
    expect(verdictId).toBeGreaterThan(1000);

    const messages = await Promise.all([0, 1, 2, 3, 4].map((i) => chat.message(`sr-${i}`, `sender-${i % 2}`, `hello there, message number ${i}`)));
    const unknown = embedded.encode(SUBJECTS.text, { eventId: 'embedded-id', occurredAt: Date.now(), source: 'chat', senderId: 's', conversationId: null, jurisdiction: null, locale: null, text: 'hi', replyToEventId: null, contexts: [] });
    await produce(config, config.topics.text, [...messages, { key: 's', value: unknown }]);

    const verdicts = await rawReader(config, config.topics.verdicts);
    const dead = await rawReader(config, config.topics.deadLetter);
    await waitUntil(() => verdicts.length >= 5 && dead.length >= 1, 60_000, 'verdicts and the dead letter');
    // a platform consumer with nothing but the registry client reads them
    const platform = new ConfluentClient({ host: registry.url });
    const read = (await Promise.all(verdicts.map((v) => platform.decode(v)))) as Verdict[];
    expect(verdicts.map((v) => v.readUInt32BE(1))).toEqual(verdicts.map(() => verdictId));
    expect(read.map((v) => v.eventId).sort()).toEqual(['sr-0', 'sr-1', 'sr-2', 'sr-3', 'sr-4']);
    const letter = (await platform.decode(dead[0]!)) as DeadLetter;
    expect(letter.errorCode).toBe('VGL_UNKNOWN_SCHEMA');
    expect(letter.reason).toBe(`schema id ${embedded.schema(SUBJECTS.text).id} does not exist in the Schema Registry`);
    expect(registry.requests.filter((q) => q === `GET /schemas/ids/${chat.id}`)).toHaveLength(1); // cached

    await first.worker.stop(10_000);
    const second = await worker(config);
    cleanups.push(() => second.worker.stop(10_000));
    await second.worker.start();
    const restored = second.lines.find((l) => l.msg === 'restored from the verdict topic');
    expect(restored?.verdicts).toBe(5);
  });

  it('pauses consumption while the registry is down and judges everything once it is back', async () => {
    const registry = await startRegistry();
    const config = loadConfig(registryEnv(registry.url));
    const v2 = await chatService(registry.url, config.topics.text, 2);
    const v1 = await chatService(registry.url, config.topics.text, 1); // a second id the worker has not met yet
    const w = await worker(config);
    cleanups.push(() => w.worker.stop(10_000));
    await w.worker.start();
    await waitUntil(() => w.worker.isReady(), 30_000, 'worker ready');
    const verdicts = await rawReader(config, config.topics.verdicts);
    await produce(config, config.topics.text, [await v2.message('before', 'a', 'good morning')]);
    await waitUntil(() => verdicts.length >= 1, 60_000, 'first verdict');

    registry.setAvailable(false);
    await produce(config, config.topics.text, await Promise.all([0, 1, 2, 3].map((i) => v1.message(`down-${i}`, `b${i}`, `written while the registry is down ${i}`))));
    const paused = async () => (await w.registry.getSingleMetric('vigil_input_paused')!.get()).values[0]?.value === 1;
    await waitUntil(paused, 60_000, 'input paused');
    expect(verdicts).toHaveLength(1);
    expect(w.lines.some((l) => l.msg === 'schema registry unavailable; input paused, retrying')).toBe(true);

    registry.setAvailable(true);
    await waitUntil(() => verdicts.length >= 5, 60_000, 'verdicts after the registry is back');
    expect(await paused()).toBe(false);
    const platform = new ConfluentClient({ host: registry.url });
    const ids = ((await Promise.all(verdicts.map((v) => platform.decode(v)))) as Verdict[]).map((v) => v.eventId).sort();
    expect(ids).toEqual(['before', 'down-0', 'down-1', 'down-2', 'down-3']);
    const deadLetters = (await w.registry.getSingleMetric('vigil_dead_letters_total')!.get()).values.reduce((n, v) => n + v.value, 0);
    expect(deadLetters).toBe(0);
  });

  it('refuses to start when its verdict schema cannot read the registered latest version (its own check)', async () => {
    const registry = await startRegistry();
    const config = loadConfig(registryEnv(registry.url));
    const clash = JSON.parse(registeredText(embedded.schema(SUBJECTS.verdict))) as { fields: { name: string; type: unknown }[] };
    clash.fields.find((f) => f.name === 'decidedAt')!.type = 'string';
    registry.register(`${config.topics.verdicts}-value`, JSON.stringify(clash));
    const w = await worker(config);
    cleanups.push(() => w.worker.stop(10_000));
    const err = await w.worker.start().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(IncompatibleSchemaError);
    expect((err as Error).message).toContain(`Schema Registry subject ${config.topics.verdicts}-value: vigil's vigil.verdicts.Verdict`);
    expect(registry.versions(`${config.topics.verdicts}-value`)).toHaveLength(1);
  });
});
