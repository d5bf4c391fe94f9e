/**
 * `make bench`: throughput of the spam worker next to baselines measured in the same run.
 *  1. in-process, one core: decode + judge + encode vs decode + encode with no classifier;
 *  2. through the local broker: the vigil worker vs raw kafkajs consume-and-produce of the same messages.
 * Writes bench/out/report.json and prints a table. Figures are ratios against the baseline: the
 * machines here are shared and noisy.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { loadConfig } from '../services/common/config.js';
import { createLogger } from '../services/common/logger.js';
import { toVerdict } from '../services/pipeline/verdict.js';
import { createPolicy } from '../services/policy/index.js';
import { toContentEvent } from '../services/pipeline/events.js';
import { Judge } from '../services/pipeline/judge.js';
import { PolicyCatalogue } from '../services/policy/catalogue.js';
import { createServiceWorker } from '../services/runtime/create-worker.js';
import { SchemaRegistry } from '../services/schema/registry.js';
import { SUBJECTS, type ContentEvent } from '../services/schema/types.js';
import { SpamDetector } from '../services/spam/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const schemas = SchemaRegistry.load();
const catalogue = PolicyCatalogue.load();
const config = loadConfig({}, { withoutKafka: true });
const progress = (s: string) => process.stderr.write(`bench: ${s}\n`);

function feed(n: number): ContentEvent[] {
  const start = Date.now() - 3_600_000;
  const lines = ['are we still on for lunch tomorrow?', '明天中午一起吃饭吗？', 'Congratulations! You won, claim at http://prize.example/', 'ok', 'did you see the match last night', '周末去爬山怎么样，天气不错'];
  return Array.from({ length: n }, (_, i) => ({
    kind: 'text' as const, eventId: `b-${i}`, occurredAt: start + i * 50, source: 'chat', senderId: `s-${i % 5000}`, conversationId: `c-${i % 700}`,
    jurisdiction: null, locale: null, text: `${lines[i % lines.length]} ${i % 97}`, replyToEventId: null, contexts: [],
  }));
}

function encode(e: ContentEvent): Buffer {
  const { kind: _k, ...v } = e;
  return schemas.encode(SUBJECTS.text, v);
}

async function inProcess(n: number): Promise<Record<string, number>> {
  const msgs = feed(n).map(encode);
  const now = Date.now();
  const run = async (classify: boolean): Promise<number> => {
    const policy = createPolicy(config, createLogger('silent'), { catalogue, watch: false });
    const judge = new Judge('spam', new SpamDetector(config.spam), policy.engine, policy.rules);
    const empty = policy.engine.evaluate(policy.rules(), feed(1)[0]!, []).enforced;
    const t0 = performance.now();
    for (let i = 0; i < msgs.length; i += 500) {
      const events = msgs.slice(i, i + 500).map((m) => toContentEvent(schemas.decode(m, [SUBJECTS.text]), now));
      if (classify) {
        for (const j of await judge.judge(events)) if (j.ok) schemas.encode(SUBJECTS.verdict, j.verdict);
      } else {
        for (const e of events) schemas.encode(SUBJECTS.verdict, toVerdict({ service: 'spam', event: e, outcome: empty, signals: [], notes: [], rulesVersion: '', latencyMs: 0, now }));
      }
    }
    return n / ((performance.now() - t0) / 1000);
  };
  await run(false); // warm-up
  const baseline = await run(false);
  const spam = await run(true);
  return { events: n, baselinePerSec: baseline, spamPerSec: spam, ratio: spam / baseline };
}

async function startBroker(): Promise<{ brokers: string[]; stop: () => void }> {
  const bin = join(ROOT, '.broker/bin/vigil-mock-broker');
  if (!existsSync(bin)) throw new Error('run make setup first (broker missing)');
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
  const file = join(dir, 'bootstrap.txt');
  const p = spawn(bin, ['--partitions', '4', '--partition-max-mb', '1024', '--bootstrap-file', file], { stdio: 'ignore' });
  while (!existsSync(file)) await new Promise((r) => setTimeout(r, 50));
  return { brokers: readFileSync(file, 'utf8').trim().split(','), stop: () => p.kill('SIGTERM') };
}

async function throughBroker(n: number): Promise<Record<string, number>> {
  const broker = await startBroker();
  try {
    const kafka = new Kafka({ clientId: 'bench', brokers: broker.brokers, logLevel: logLevel.NOTHING });
    const input = `bench-${randomUUID().slice(0, 6)}.text`;
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const events = feed(n);
    for (let i = 0; i < n; i += 1000) await producer.send({ topic: input, acks: -1, messages: events.slice(i, i + 1000).map((e) => ({ key: e.senderId, value: encode(e) })) });
    await producer.disconnect();
    progress(`produced ${n} events to the local broker`);

    // Baseline: consume each batch and produce it unchanged, commit after produce (what vigil does, minus vigil).
    const out = `${input}.copy`;
    const p2 = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await p2.connect();
    const c = kafka.consumer({ groupId: `bench-raw-${randomUUID()}`, maxWaitTimeInMs: 100 });
    await c.connect();
    await c.subscribe({ topic: input, fromBeginning: true });
    let copied = 0;
    const t0 = performance.now();
    await c.run({
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
        await p2.send({ topic: out, acks: -1, messages: batch.messages.map((m) => ({ key: m.key, value: m.value })) });
        resolveOffset(batch.messages[batch.messages.length - 1]!.offset);
        await commitOffsetsIfNecessary();
        copied += batch.messages.length;
      },
    });
    while (copied < n) await new Promise((r) => setTimeout(r, 20));
    const rawSec = (performance.now() - t0) / 1000;
    await c.disconnect();
    await p2.disconnect();
    progress(`baseline consume-and-produce: ${(n / rawSec).toFixed(0)} msgs/s`);

    const env = { KAFKA_BROKERS: broker.brokers.join(','), VIGIL_TOPIC_TEXT: input, VIGIL_TOPIC_VERDICTS: `${input}.verdicts`, VIGIL_GROUP_PREFIX: `bench-${randomUUID().slice(0, 6)}`, LOG_LEVEL: 'silent', VIGIL_HTTP_PORT: '0', VIGIL_MAX_WAIT_MS: '100' };
    const cfg = loadConfig(env);
    const { worker, metrics } = await createServiceWorker('spam', cfg, { schemas, catalogue, logger: createLogger('silent'), http: false, defaultMetrics: false });
    const t1 = performance.now();
    await worker.start();
    const verdicts = async () => (await metrics.verdicts.get()).values.reduce((s, v) => s + v.value, 0);
    while ((await verdicts()) < n) await new Promise((r) => setTimeout(r, 20));
    const vigilSec = (performance.now() - t1) / 1000;
    await worker.stop(10_000);
    progress(`vigil spam worker: ${(n / vigilSec).toFixed(0)} events/s`);
    return { events: n, baselinePerSec: n / rawSec, spamPerSec: n / vigilSec, ratio: rawSec / vigilSec };
  } finally {
    broker.stop();
  }
}

const n = Number(process.env.BENCH_EVENTS ?? 50_000);
progress(`in-process, ${n} text events, one core`);
const inproc = await inProcess(n);
progress(`through the local broker, ${Math.min(n, 40_000)} events`);
const kafka = await throughBroker(Math.min(n, 40_000));
const report = { when: new Date().toISOString(), node: process.version, inProcess: inproc, throughBroker: kafka };
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/report.json'), JSON.stringify(report, null, 2) + '\n');
const f = (x: number) => x.toFixed(0).padStart(9);
console.log('\n| benchmark | events | baseline /s | spam worker /s | ratio to baseline |');
console.log('| --- | --- | --- | --- | --- |');
console.log(`| in-process (decode+encode vs +spam judge) | ${inproc.events} | ${f(inproc.baselinePerSec!)} | ${f(inproc.spamPerSec!)} | ${inproc.ratio!.toFixed(2)} |`);
console.log(`| local broker (raw kafkajs copy vs vigil worker) | ${kafka.events} | ${f(kafka.baselinePerSec!)} | ${f(kafka.spamPerSec!)} | ${kafka.ratio!.toFixed(2)} |`);
console.log('\nreport: bench/out/report.json');
