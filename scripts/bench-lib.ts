/** Pieces the benchmark scripts share: a broker of their own and the raw kafkajs copy baseline. */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kafka } from 'kafkajs';
import { createKafka } from '../services/runtime/kafka.js';
import type { WorkerMetrics } from '../services/runtime/metrics.js';
import type { Worker } from '../services/runtime/worker.js';

const ROOT = resolve(import.meta.dirname, '..');

/** A client of the scripts' own local broker, built as vigil builds its clients (codecs registered; no TLS or SASL on that broker). */
export function localKafka(brokers: readonly string[], who: string): Kafka {
  return createKafka({ brokers, clientId: 'vigil-bench', kafkaSecurity: { ssl: null, sasl: null } }, { who });
}

/** The p-th percentile (nearest rank) of xs; NaN when empty. */
export function pct(xs: readonly number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** A local broker for one benchmark run (topics are created on first use with `partitions` partitions). */
export async function startBroker(maxMb = 1024, partitions = 4): Promise<{ brokers: string[]; pid: number; stop: () => void }> {
  const bin = join(ROOT, '.broker/bin/vigil-mock-broker');
  if (!existsSync(bin)) throw new Error('run make setup first (broker missing)');
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
  const file = join(dir, 'bootstrap.txt');
  const p = spawn(bin, ['--partitions', String(partitions), '--partition-max-mb', String(maxMb), '--bootstrap-file', file], { stdio: 'ignore' });
  while (!existsSync(file)) await new Promise((r) => setTimeout(r, 50));
  return { brokers: readFileSync(file, 'utf8').trim().split(','), pid: p.pid!, stop: () => p.kill('SIGTERM') };
}

/**
 * The baseline of every through-the-broker figure: consume each batch of `input` and produce it
 * unchanged, committing after the produce (vigil's loop, minus vigil). Returns the seconds for n messages:
 * from the start, over a topic already filled; or, given `feed`, from when the consumer has joined and
 * `feed` starts producing the messages while it runs.
 */
export async function rawCopySeconds(kafka: Kafka, input: string, n: number, feed?: () => Promise<void>): Promise<number> {
  const p2 = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await p2.connect();
  const c = kafka.consumer({ groupId: `bench-raw-${randomUUID()}`, maxWaitTimeInMs: 100 });
  const joined = new Promise<void>((r) => c.on(c.events.GROUP_JOIN, () => r()));
  await c.connect();
  await c.subscribe({ topic: input, fromBeginning: true });
  let copied = 0;
  let t0 = performance.now();
  await c.run({
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
      await p2.send({ topic: `${input}.copy`, acks: -1, messages: batch.messages.map((m) => ({ key: m.key, value: m.value })) });
      resolveOffset(batch.messages[batch.messages.length - 1]!.offset);
      await commitOffsetsIfNecessary();
      copied += batch.messages.length;
    },
  });
  if (feed) {
    await joined;
    t0 = performance.now();
    await feed();
  }
  while (copied < n) await new Promise((r) => setTimeout(r, 20));
  const sec = (performance.now() - t0) / 1000;
  await c.disconnect();
  await p2.disconnect();
  return sec;
}

/** Events a worker has judged, published and resolved: the sum of its per-chunk batch-size histogram. */
export async function eventsDone(metrics: WorkerMetrics): Promise<number> {
  return (await metrics.batchEvents.get()).values.find((v) => v.metricName === 'vigil_batch_events_sum')?.value ?? 0;
}

/** Starts a worker, waits until it has judged n events, stops it; returns the seconds from start to the n-th. */
export async function secondsToJudge(worker: Worker, metrics: WorkerMetrics, n: number): Promise<number> {
  const t = performance.now();
  await worker.start();
  while ((await eventsDone(metrics)) < n) await new Promise((r) => setTimeout(r, 20));
  const sec = (performance.now() - t) / 1000;
  await worker.stop(10_000);
  return sec;
}
