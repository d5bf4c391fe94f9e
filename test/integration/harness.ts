import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka, Message } from 'kafkajs';
import type { Registry } from 'prom-client';
import { inject } from 'vitest';
import { loadConfig, type VigilConfig } from '../../services/common/config.js';
import { PolicyCatalogue } from '../../services/policy/catalogue.js';
import { createServiceWorker } from '../../services/runtime/create-worker.js';
import { createKafka } from '../../services/runtime/kafka.js';
import type { Worker } from '../../services/runtime/worker.js';
import { SchemaRegistry } from '../../services/schema/registry.js';
import { SUBJECTS, type ContentEvent, type DeadLetter, type Verdict } from '../../services/schema/types.js';

export const schemas = SchemaRegistry.load();
export const catalogue = PolicyCatalogue.load();

/** Environment for one test: its own topics and consumer group prefix on the shared broker. */
export function testEnv(extra: Record<string, string> = {}): Record<string, string> {
  const id = randomUUID().slice(0, 8);
  return {
    KAFKA_BROKERS: inject('brokers').join(','),
    VIGIL_TOPIC_TEXT: `vigil-test-${id}.text`,
    VIGIL_TOPIC_IMAGE: `vigil-test-${id}.image`,
    VIGIL_TOPIC_VIDEO: `vigil-test-${id}.video`,
    VIGIL_TOPIC_VERDICTS: `vigil-test-${id}.verdicts`,
    VIGIL_TOPIC_DEADLETTER: `vigil-test-${id}.deadletter`,
    VIGIL_TOPIC_REVIEW: `vigil-test-${id}.review`,
    VIGIL_TOPIC_SHADOW: `vigil-test-${id}.shadow`,
    VIGIL_TOPIC_PRIORITY: `vigil-test-${id}.priority`,
    // the workers write blocks and review content and read review decisions: without these every test
    // that does not set them would share the default topics (vigil.verdicts.blocks, ...) on the one broker
    VIGIL_TOPIC_BLOCKS: `vigil-test-${id}.blocks`,
    VIGIL_TOPIC_REVIEW_CONTENT: `vigil-test-${id}.review-content`,
    VIGIL_TOPIC_APPEALS: `vigil-test-${id}.appeals`,
    VIGIL_TOPIC_REVIEW_DECISIONS: `vigil-test-${id}.review-decisions`,
    VIGIL_GROUP_PREFIX: `vigil-test-${id}`,
    VIGIL_SESSION_TIMEOUT_MS: '6000',
    VIGIL_HEARTBEAT_INTERVAL_MS: '500',
    VIGIL_MAX_WAIT_MS: '100',
    VIGIL_HTTP_PORT: '0',
    VIGIL_HTTP_HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...extra,
  };
}

/** A client as vigil builds one (TLS, SASL and codecs from the config). */
export function kafka(config: VigilConfig): Kafka {
  return createKafka(config, { who: 'test' });
}

export async function startWorker(env: Record<string, string>, service = 'spam'): Promise<{ worker: Worker; registry: Registry; config: VigilConfig }> {
  const config = loadConfig(env);
  const { worker, registry } = await createServiceWorker(service, config, { schemas, catalogue, defaultMetrics: false });
  return { worker, registry, config };
}

export function encodeEvent(e: ContentEvent): Message {
  const { kind, ...value } = e;
  const subject = kind === 'text' ? SUBJECTS.text : kind === 'image' ? SUBJECTS.image : SUBJECTS.videoFrame;
  return { key: e.senderId, value: schemas.encode(subject, value) };
}

export async function produce(config: VigilConfig, topic: string, messages: Message[]): Promise<void> {
  const p = kafka(config).producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
  await p.connect();
  for (let i = 0; i < messages.length; i += 1000) await p.send({ topic, acks: -1, messages: messages.slice(i, i + 1000) });
  await p.disconnect();
}

/** Reads a topic from the beginning into a live array until stopped. */
export class TopicReader<T> {
  readonly records: T[] = [];
  private consumer: Consumer | undefined;
  constructor(private readonly config: VigilConfig, private readonly topic: string) {}

  async start(): Promise<this> {
    this.consumer = kafka(this.config).consumer({ groupId: `reader-${randomUUID()}`, maxWaitTimeInMs: 100, sessionTimeout: 6000, heartbeatInterval: 500 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({ eachMessage: async ({ message }) => void this.records.push(schemas.decode<T>(message.value).value) });
    return this;
  }

  async waitFor(pred: (records: T[]) => boolean, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pred(this.records)) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms with ${this.records.length} records on ${this.topic}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

export type { Verdict, DeadLetter };

export async function httpGet(port: number, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text() };
}

export async function waitUntil(pred: () => boolean | Promise<boolean>, timeoutMs = 60_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A broker of the test's own, with the launcher's stdin fault-injection commands (broker/mock-broker.c). */
export async function startControlledBroker(): Promise<{ brokers: string[]; command: (cmd: string) => Promise<string>; stop: () => Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const { createInterface } = await import('node:readline');
  const { resolve } = await import('node:path');
  const bin = resolve(import.meta.dirname, '../../.broker/bin/vigil-mock-broker');
  const proc = spawn(bin, ['--brokers', '1', '--partitions', '4'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: proc.stdout! });
  const pending: ((line: string) => void)[] = [];
  const first = new Promise<string>((r) => pending.push(r));
  lines.on('line', (l) => pending.shift()?.(l));
  const brokers = (await first).trim().split(',');
  return {
    brokers,
    command: (cmd) => {
      const answer = new Promise<string>((r) => pending.push(r));
      proc.stdin!.write(cmd + '\n');
      return answer;
    },
    stop: async () => {
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
    },
  };
}
