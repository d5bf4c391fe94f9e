/**
 * `make bench`: throughput and latency of the workers, each next to a baseline measured in the same
 * run (machines here are shared and noisy: read the ratios).
 *  - in-process, one core: Avro decode → judge (classifier + policy rules) → verdict encode, against
 *    decode → empty verdict → encode; per-batch and single-event latency percentiles;
 *  - through the local broker: the worker against raw kafkajs consume-and-produce of the same messages;
 *  - images (scripts/bench-image.ts, each in its own process): the image pipeline against decode + resize
 *    with sharp, on one core and on the whole machine, through the broker, and the PDQ index at 1M and
 *    10M hashes against a linear scan.
 * Writes bench/out/report.json and prints a table.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { eventsDone, localKafka, pct, rawCopySeconds, startBroker } from './bench-lib.js';
import { loadConfig } from '../services/common/config.js';
import { createLogger } from '../services/common/logger.js';
import { toContentEvent } from '../services/pipeline/events.js';
import { Judge } from '../services/pipeline/judge.js';
import { toVerdict } from '../services/pipeline/verdict.js';
import { PolicyCatalogue, createPolicy } from '../services/policy/index.js';
import { createServiceWorker } from '../services/runtime/create-worker.js';
import { SERVICES, type ServiceDefinition } from '../services/runtime/services.js';
import { SchemaRegistry } from '../services/schema/registry.js';
import { SUBJECTS, type ContentEvent } from '../services/schema/types.js';

const ROOT = resolve(import.meta.dirname, '..');
const schemas = SchemaRegistry.load();
const catalogue = PolicyCatalogue.load();
// in-process figures are for one core: text classification on the main thread, no worker threads
const config = loadConfig({ VIGIL_TEXT_THREADS: '0' }, { withoutKafka: true });
const progress = (s: string) => process.stderr.write(`bench: ${s}\n`);

const LINES = [
  'are we still on for lunch tomorrow?', '明天中午一起吃饭吗？', 'Congratulations! You won, claim at http://prize.example/', 'ok',
  'did you see the match last night, unbelievable ending', '周末去爬山怎么样，天气不错', 'you are such an idiot lol', '兼职日结，日赚500，加微信了解',
  'send me the report by 5pm please', 'call me at 13800138000 when you land', '哈哈哈哈笑死我了', 'I will be there in 10 minutes',
];

// ordinary chat, thousands of distinct messages (names, actions, objects, times)
const NAMES = ['Ann', 'Bo', 'Chen', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea', 'Max', 'Nia', 'Omar', 'Pia'];
const EN_A = ['are we still on for', 'did you see', 'can you send me', 'I will bring', 'let us talk about', 'do not forget', 'what do you think of', 'I loved', 'we need to fix', 'who is coming to'];
const EN_B = ['lunch', 'the match', 'the report', 'the slides', 'dinner', 'the budget', 'the new phone', 'the trip', 'the meeting', 'the party', 'the movie', 'your cat', 'the garden', 'the exam', 'the concert'];
const EN_C = ['tomorrow?', 'tonight', 'on friday', 'later', 'next week', 'this morning', 'after work', 'before noon', 'at 5pm', 'soon'];
const ZH_N = ['小王', '老李', '阿明', '小红', '张姐', '大刘', '小陈', '阿芳'];
const ZH_A = ['明天', '周末', '今晚', '下周', '等会儿', '上午', '晚上', '中午'];
const ZH_B = ['一起吃饭吗', '去爬山怎么样', '看电影吧', '开会记得带电脑', '打球吗', '去超市买菜', '回家吃饭', '逛公园', '喝咖啡', '去图书馆'];
const ZH_C = ['？', '，天气不错', '，你觉得呢', '哈哈', '。', '，好久没见了'];
function chat(i: number): string {
  const h = Math.imul(i + 1, 2654435761) >>> 0;
  return i % 3 === 2 ? `${ZH_N[h % 8]}，${ZH_A[(h >>> 3) % 8]}${ZH_B[(h >>> 6) % 10]}${ZH_C[(h >>> 10) % 6]}` : `${NAMES[h % 16]}, ${EN_A[(h >>> 4) % 10]} ${EN_B[(h >>> 8) % 15]} ${EN_C[(h >>> 12) % 10]}`;
}

/**
 * `lines`: the twelve LINES with a number, from 5,000 senders — each line turns into a copy-paste campaign
 * (numbers are folded), so in steady state two thirds of the verdicts are REVIEW or BLOCK (1–3 KB, sent
 * twice, plus a review copy of the content). `chat`: distinct ordinary messages with one of LINES in
 * twenty (a few percent flagged), closer to a chat service's traffic.
 */
type FeedKind = 'lines' | 'chat';
function feed(n: number, kind: FeedKind = 'lines'): ContentEvent[] {
  const start = Date.now() - 3_600_000;
  return Array.from({ length: n }, (_, i) => ({
    kind: 'text' as const, eventId: `b-${i}`, occurredAt: start + i * 50, source: 'chat', senderId: `s-${i % 5000}`, conversationId: `c-${i % 700}`,
    jurisdiction: null, locale: null, text: kind === 'chat' && i % 20 !== 0 ? chat(i) : `${LINES[i % LINES.length]} ${i % 97}`, replyToEventId: null, contexts: [],
  }));
}

function encode(e: ContentEvent): Buffer {
  const { kind: _k, ...v } = e;
  return schemas.encode(SUBJECTS.text, v);
}


/** CPU µs of the whole process, all threads. */
const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
/** CPU µs of the main thread alone (Linux: /proc, 10 ms ticks; fine over a window of seconds); null elsewhere. */
function mainThreadCpuUs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1e6) / 100; // utime + stime in USER_HZ (100 on Linux)
  } catch {
    return null;
  }
}

async function inProcess(service: string, n: number, kind: FeedKind = 'lines'): Promise<Record<string, number>> {
  const msgs = feed(n, kind).map(encode);
  const now = Date.now();
  const policy = createPolicy(config, createLogger('silent'), { catalogue, watch: false });
  const empty = policy.engine.evaluate(policy.rules(), feed(1)[0]!, []).enforced;
  const classifier = await SERVICES[service]!.createClassifier(config);
  const judge = new Judge(service, classifier, policy.engine, policy.rules);
  const batchMs: number[] = [];
  let decodeMs = 0;
  let encodeMs = 0;
  const run = async (classify: boolean, batch: number, count: number): Promise<number> => {
    const t0 = performance.now();
    for (let i = 0; i < count; i += batch) {
      const b0 = performance.now();
      const events = msgs.slice(i, Math.min(i + batch, count)).map((m) => toContentEvent(schemas.decode(m, [SUBJECTS.text]), now));
      if (classify) {
        decodeMs += performance.now() - b0;
        const judged = await judge.judge(events);
        const e0 = performance.now();
        for (const j of judged) if (j.ok) schemas.encode(SUBJECTS.verdict, j.verdict);
        encodeMs += performance.now() - e0;
        batchMs.push(performance.now() - b0);
      } else {
        for (const e of events) schemas.encode(SUBJECTS.verdict, toVerdict({ service, event: e, outcome: empty, signals: [], notes: [], rulesVersion: '', latencyMs: 0, now }));
      }
    }
    return count / ((performance.now() - t0) / 1000);
  };
  await run(false, 100, Math.min(n, 5000));
  await run(true, 100, Math.min(n, 2000)); // warm-up (JIT, model sessions)
  batchMs.length = 0;
  const baseline = await run(false, 100, n);
  // CPU of the process per event; the stages share the main thread's CPU in proportion to their time
  // (on a loaded machine wall time exceeds CPU time, about evenly across stages)
  const s0 = judge.stages.snapshot();
  decodeMs = encodeMs = 0;
  const [c0, m0, w0] = [cpuUs(), mainThreadCpuUs(), performance.now()];
  const rate = await run(true, 100, n);
  const [c1, m1, w1] = [cpuUs(), mainThreadCpuUs(), performance.now()];
  const cpuUsPerEvent = (c1 - c0) / n;
  const s1 = judge.stages.snapshot();
  const scale = m0 !== null && m1 !== null ? (m1 - m0) / ((w1 - w0) * 1000) : 1;
  const stageUs = { decode: (scale * decodeMs * 1000) / n, classify: (scale * (s1.ms.classify - s0.ms.classify) * 1000) / n, rules: (scale * (s1.ms.rules - s0.ms.rules) * 1000) / n, encode: (scale * encodeMs * 1000) / n };
  const perBatch = [...batchMs];
  batchMs.length = 0;
  await run(true, 1, Math.min(n, 2000));
  const single = [...batchMs];
  return {
    events: n, baselinePerSec: baseline, perSec: rate, ratio: rate / baseline, cpuUsPerEvent,
    ...Object.fromEntries(Object.entries(stageUs).map(([k, v]) => [`${k}UsPerEvent`, v])), restUsPerEvent: cpuUsPerEvent - Object.values(stageUs).reduce((a, b) => a + b, 0),
    batch100P50Ms: pct(perBatch, 50), batch100P95Ms: pct(perBatch, 95), batch100P99Ms: pct(perBatch, 99), singleP50Ms: pct(single, 50), singleP95Ms: pct(single, 95), singleP99Ms: pct(single, 99),
    peakRssMbSoFar: process.resourceUsage().maxRSS / 1024,
  };
}

/**
 * Through the local broker, in this process (the broker is another): the raw kafkajs copy loop, vigil's
 * loop with no classification and the service, over the same messages. A worker's figures are its steady
 * state: start-up (models, group joins) and warm-up events (JIT, model sessions) come first and are
 * reported apart; the measured window runs from the first poll past the warm-up to the last event.
 * CPU is the whole process's (all threads) per event; by stage: decode, rules and encode are their
 * code's time on the main thread; classify is the classifier's time when it runs on the main thread, or
 * else the CPU of the other threads (process CPU minus the main thread's busy time); kafka is the rest
 * of the main thread (kafkajs fetch and produce, commits, hand-offs, metrics, GC).
 */
async function throughBroker(brokers: string[], service: string, n: number, kind: FeedKind = 'lines'): Promise<Record<string, number>> {
  const kafka = localKafka(brokers, 'bench');
  const input = `bench-${randomUUID().slice(0, 6)}.text`;
  // the worker's code runs per chunk (hundreds of events) where the in-process loop runs per event: it needs
  // more events before the JIT has compiled it (measured: 1,600 warm-up events left ≈ 11 % JIT work inside
  // the window, in V8's background threads)
  const warm = Math.min(10_000, Math.ceil(n / 3));
  const total = warm + n;
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const events = feed(total, kind);
  for (let i = 0; i < total; i += 1000) await producer.send({ topic: input, acks: -1, messages: events.slice(i, i + 1000).map((e) => ({ key: e.senderId, value: encode(e) })) });
  await producer.disconnect();

  let c0 = cpuUs();
  const rawSec = await rawCopySeconds(kafka, input, total);
  const rawCpuUs = (cpuUs() - c0) / total;

  const worker = async (svc: string, extra: Record<string, string> = {}): Promise<Record<string, number>> => {
    const env = { KAFKA_BROKERS: brokers.join(','), VIGIL_TOPIC_TEXT: input, VIGIL_TOPIC_VERDICTS: `${input}.${svc}.verdicts`, VIGIL_TOPIC_REVIEW: `${input}.${svc}.review`, VIGIL_TOPIC_SHADOW: `${input}.${svc}.shadow`, VIGIL_GROUP_PREFIX: `bench-${randomUUID().slice(0, 6)}`, LOG_LEVEL: 'silent', VIGIL_HTTP_PORT: '0', VIGIL_MAX_WAIT_MS: '100', VIGIL_STRIKES_RESTORE: 'false', ...extra };
    const cfg = loadConfig(env);
    const t = performance.now();
    const { worker: w, metrics } = await createServiceWorker(svc === 'noop' ? NOOP : svc, cfg, { schemas, catalogue, logger: createLogger('silent'), http: false, defaultMetrics: false });
    await w.start();
    const startSec = (performance.now() - t) / 1000;
    const sleep = () => new Promise((r) => setTimeout(r, 50)); // the window is measured between polls: their spacing costs no precision
    let done = 0;
    while ((done = await eventsDone(metrics)) < warm) await sleep();
    const [d0, t0, cpu0, main0, elu0, s0] = [done, performance.now(), cpuUs(), mainThreadCpuUs(), performance.eventLoopUtilization(), w.stageTimes()];
    while ((done = await eventsDone(metrics)) < total) await sleep();
    const [d1, t1, cpu1, main1, elu1, s1] = [done, performance.now(), cpuUs(), mainThreadCpuUs(), performance.eventLoopUtilization(), w.stageTimes()];
    await w.stop(10_000);
    const k = d1 - d0;
    const cpu = (cpu1 - cpu0) / k;
    // the main thread's CPU (its busy time where /proc is missing), shared among its stages in proportion to their time
    const busyMs = elu1.active - elu0.active;
    const mainCpu = main0 !== null && main1 !== null ? (main1 - main0) / k : (busyMs * 1000) / k;
    const stage = (x: keyof typeof s0.ms) => (((s1.ms[x] - s0.ms[x]) / busyMs) * mainCpu);
    const threaded = svc === 'text' && cfg.text.threads > 0;
    // threaded: the other threads' CPU. On the main thread the classify stage's time also holds other
    // partitions' Kafka work (ONNX runs after a setImmediate), so classify and Kafka are printed together
    const classify = threaded ? cpu - mainCpu : stage('classify');
    const known = stage('decode') + stage('rules') + stage('encode') + classify;
    return { startSec, events: k, perSec: k / ((t1 - t0) / 1000), cpuUsPerEvent: cpu, mainThreadCpuUsPerEvent: mainCpu, decodeUsPerEvent: stage('decode'), classifyUsPerEvent: classify, rulesUsPerEvent: stage('rules'), encodeUsPerEvent: stage('encode'), kafkaUsPerEvent: cpu - known };
  };
  const noop = await worker('noop');
  const svc = await worker(service);
  // the text worker again in the other mode: classification on its main thread where the default (auto) gives
  // it a thread, or in one thread where auto keeps it on the main thread (2 cores or fewer)
  const defaultThreads = loadConfig({}, { withoutKafka: true }).text.threads;
  const other = service === 'text' ? (defaultThreads > 0 ? '0' : '1') : null;
  const alt = other !== null ? await worker(service, { VIGIL_TEXT_THREADS: other }) : {};
  return {
    events: n, warmupEvents: warm, baselinePerSec: total / rawSec, baselineCpuUsPerEvent: rawCpuUs,
    noopWorkerPerSec: noop.perSec!, noopCpuUsPerEvent: noop.cpuUsPerEvent!, noopStartSec: noop.startSec!,
    ...svc, ratio: svc.perSec! / (total / rawSec), ratioToNoopWorker: svc.perSec! / noop.perSec!,
    ...(other !== null ? { defaultThreads } : {}),
    ...Object.fromEntries(Object.entries(alt).map(([k, v]) => [`threads${other}.${k}`, v])),
  };
}

/**
 * Scale-out through the broker, as Kubernetes runs replicas: `processes` worker processes in one consumer
 * group against one raw kafkajs copy loop. Consumers join before anything is produced (no rebalance
 * inside the timing); each figure runs from the first event produced to the last one handled.
 */
async function throughBrokerScaled(brokers: string[], service: string, n: number, processes: number): Promise<Record<string, number>> {
  const kafka = localKafka(brokers, 'bench');
  const input = `bench-${randomUUID().slice(0, 6)}.scaled`;
  const messages = feed(n).map((e) => ({ key: e.senderId, value: encode(e) }));
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const produceAll = async () => {
    for (let i = 0; i < n; i += 1000) await producer.send({ topic: input, acks: -1, messages: messages.slice(i, i + 1000) });
  };

  const rawSec = await rawCopySeconds(kafka, input, n, produceAll);

  const env = { KAFKA_BROKERS: brokers.join(','), VIGIL_TOPIC_TEXT: input, VIGIL_TOPIC_VERDICTS: `${input}.verdicts`, VIGIL_TOPIC_REVIEW: `${input}.review`, VIGIL_TOPIC_SHADOW: `${input}.shadow`, VIGIL_GROUP_PREFIX: `bench-${randomUUID().slice(0, 6)}`, LOG_LEVEL: 'silent', VIGIL_HTTP_PORT: '0', VIGIL_MAX_WAIT_MS: '100', VIGIL_STRIKES_RESTORE: 'false', VIGIL_FROM_BEGINNING: 'true' };
  const state = Array.from({ length: processes }, () => ({ ready: false, done: 0 }));
  const children = state.map((st) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench.ts')], { env: { ...process.env, BENCH_WORKER: JSON.stringify({ service, env }) }, stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      const last = lines.pop()?.split(' ');
      if (last) Object.assign(st, { ready: last[0] === 'ready', done: Number(last[1]) });
    });
    return child;
  });
  try {
    // every worker in the group and the group settled: all ready for a second
    for (let stable = 0; stable < 10; stable = state.every((x) => x.ready) ? stable + 1 : 0) await new Promise((r) => setTimeout(r, 100));
    const t = performance.now();
    await produceAll();
    while (state.reduce((a, x) => a + x.done, 0) < n) await new Promise((r) => setTimeout(r, 20));
    const sec = (performance.now() - t) / 1000;
    return { events: n, processes, baselinePerSec: n / rawSec, perSec: n / sec, ratio: rawSec / sec };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.on('exit', r)))));
    await producer.disconnect();
  }
}

/** vigil's own worker loop (decode, verdict, produce, commit) with a classifier that measures nothing. */
const NOOP: ServiceDefinition = {
  name: 'noop',
  description: 'baseline: no classification',
  inputTopics: (c) => [c.topics.text],
  subjects: [SUBJECTS.text],
  createClassifier: () => ({ name: 'noop', kinds: ['text'], ready: () => true, classifyBatch: (events) => events.map(() => ({ signals: [] })) }),
};

const n = Number(process.env.BENCH_EVENTS ?? 30_000);
// a worker process of the scale-out figure: says `ready` once it is in its group, then `done <events>` every 100 ms
if (process.env.BENCH_WORKER) {
  const { service, env } = JSON.parse(process.env.BENCH_WORKER) as { service: string; env: Record<string, string> };
  const { worker: w, metrics } = await createServiceWorker(service, loadConfig(env), { schemas, catalogue, logger: createLogger('silent'), http: false, defaultMetrics: false });
  await w.start();
  setInterval(async () => {
    process.stdout.write(`${w.isReady() ? 'ready' : 'joining'} ${await eventsDone(metrics)}\n`);
  }, 100);
  process.on('SIGTERM', () => void w.stop(5_000).then(() => process.exit(0)));
  await new Promise(() => undefined);
}
// a child of the whole-machine figure: one in-process run, its JSON on stdout
if (process.env.BENCH_CHILD) {
  console.log(JSON.stringify(await inProcess(process.env.BENCH_CHILD, n)));
  process.exit(0);
}

/**
 * The most the whole machine can classify with no Kafka at all: one in-process run per core at once,
 * rates summed. Through the broker a worker cannot beat this, so it bounds the broker ratio from above.
 */
async function inProcessMachine(service: string, cores: number): Promise<Record<string, number>> {
  const runs = await Promise.all(Array.from({ length: cores }, () => new Promise<Record<string, number>>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench.ts')], { env: { ...process.env, BENCH_CHILD: service }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>) : reject(new Error(`bench child exited with ${code}`))));
  })));
  return { processes: cores, perSec: runs.reduce((a, r) => a + r.perSec!, 0), baselinePerSec: runs.reduce((a, r) => a + r.baselinePerSec!, 0) };
}
const report: Record<string, unknown> = { when: new Date().toISOString(), node: process.version, cores: (await import('node:os')).cpus().length };
// BENCH_ONLY=text,spam,image,index,load (or loop, ocr, hash) picks sections (default: all but loop)
const only = new Set((process.env.BENCH_ONLY ?? 'spam,text,image,index,load').split(',').map((x) => x.trim()));
// `loop`: just the text worker in-process and through the broker (CPU per event by stage), without the other text rows
const textServices = ['spam', 'text'].filter((s) => only.has(s) || (s === 'text' && only.has('loop')));
for (const service of textServices) {
  progress(`${service}: in-process, ${n} texts, one core`);
  report[`${service}.inProcess`] = await inProcess(service, n);
  if (service === 'text') {
    progress('text: in-process, ordinary chat (the chat feed), one core');
    report['text.inProcess.chat'] = await inProcess(service, n, 'chat');
  }
}
if (only.has('text')) {
  progress(`text: in-process, whole machine (${report.cores} processes at once)`);
  report['text.inProcess.machine'] = await inProcessMachine('text', report.cores as number);
}
/** Runs one scripts/bench-image.ts mode in a child process (its own thread pools) and returns its JSON. */
async function imageBench(mode: string, env: Record<string, string> = {}, extra: string[] = []): Promise<Record<string, unknown>> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench-image.ts'), '--mode', mode, ...extra], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? 1)));
  if (code !== 0) throw new Error(`bench-image --mode ${mode} exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
}

const images = process.env.BENCH_IMAGES ?? '400';
if (only.has('image')) {
  progress(`image: in-process, ${images} images (1024 × 768 JPEG), one core`);
  report['image.inProcess.oneCore'] = await imageBench('one-core', { UV_THREADPOOL_SIZE: '1' }, ['--images', images]);
  progress(`image: in-process, ${images} images, whole machine`);
  report['image.inProcess.machine'] = await imageBench('machine', {}, ['--images', images]);
}
// text and QR codes in images: part of the image section, or alone with BENCH_ONLY=ocr
if (only.has('image') || only.has('ocr')) {
  const n = process.env.BENCH_OCR_IMAGES ?? '200';
  progress(`image text: OCR and QR on vs off, ${n} images (one in five with text), one core`);
  report['image.ocr'] = await imageBench('ocr', { UV_THREADPOOL_SIZE: '1' }, ['--images', n]);
}
// vigil hash against the reference C++ hasher (../shared; the row says why when skipped)
if (only.has('image') || only.has('hash')) {
  progress('hash: vigil hash against the reference C++ PDQ hasher, same JPEGs, whole processes');
  report['image.hash'] = await imageBench('hash');
}
if (only.has('index')) {
  progress('PDQ index: 1M and 10M random hashes');
  report['pdqIndex'] = await imageBench('index');
}
const broker = await startBroker();
try {
  for (const service of textServices) {
    progress(`${service}: through the local broker, ${n} texts`);
    report[`${service}.throughBroker`] = await throughBroker(broker.brokers, service, n);
    if (service === 'text') {
      progress('text: through the local broker, ordinary chat (the chat feed)');
      report['text.throughBroker.chat'] = await throughBroker(broker.brokers, service, n, 'chat');
    }
  }
  if (only.has('text')) {
    const processes = Number(process.env.BENCH_TEXT_PROCESSES ?? report.cores);
    progress(`text: through a local broker of its own (${Math.max(4, 2 * processes)} partitions per topic), ${processes} worker processes in one group, ${n} texts`);
    const own = await startBroker(1024, Math.max(4, 2 * processes));
    try {
      report['text.throughBroker.scaled'] = await throughBrokerScaled(own.brokers, 'text', n, processes);
    } finally {
      own.stop();
    }
  }
  if (only.has('image')) {
    progress(`image: through the local broker, ${images} images`);
    report['image.throughBroker'] = await imageBench('broker', {}, ['--brokers', broker.brokers.join(','), '--images', images]);
  }
} finally {
  broker.stop();
}
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
const all = ['spam', 'text', 'image', 'index', 'load'].every((x) => only.has(x));
const reportFile = all ? 'report.json' : `report-${[...only].sort().join('-')}.json`; // a partial run keeps the full report
writeFileSync(join(ROOT, 'bench/out', reportFile), JSON.stringify(report, null, 2) + '\n');
const f = (x: unknown) => (x as number).toFixed(0).padStart(7);
const ms = (x: unknown) => (x as number).toFixed(2);
console.log('\n| benchmark | baseline /s | worker /s | ratio | batch of 100 p50 / p95 / p99 ms | single text p50 / p95 / p99 ms | peak RSS MB |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const service of textServices) {
  const r = report[`${service}.inProcess`] as Record<string, number>;
  console.log(`| ${service}, in-process, one core (vs decode+encode) | ${f(r.baselinePerSec)} | ${f(r.perSec)} | ${r.ratio!.toFixed(2)} | ${ms(r.batch100P50Ms)} / ${ms(r.batch100P95Ms)} / ${ms(r.batch100P99Ms)} | ${ms(r.singleP50Ms)} / ${ms(r.singleP95Ms)} / ${ms(r.singleP99Ms)} | ${f(r.peakRssMbSoFar)} |`);
}
if (only.has('text')) {
  const r = report['text.inProcess.machine'] as Record<string, number>;
  console.log(`| text, in-process, whole machine (${r.processes} processes, no Kafka): the most any worker here could reach | ${f(r.baselinePerSec)} | ${f(r.perSec)} | ${(r.perSec! / r.baselinePerSec!).toFixed(2)} | | | |`);
}
if (only.has('text')) {
  const r = report['text.throughBroker.scaled'] as Record<string, number>;
  console.log(`| text, local broker, ${r.processes} worker processes in one group (vs one raw copy loop; events produced while they run) | ${f(r.baselinePerSec)} | ${f(r.perSec)} | ${r.ratio!.toFixed(2)} | | |`);
}
for (const service of textServices) {
  const r = report[`${service}.throughBroker`] as Record<string, number>;
  console.log(`| ${service}, local broker (vs raw kafkajs copy) | ${f(r.baselinePerSec)} | ${f(r.perSec)} | ${r.ratio!.toFixed(2)} | CPU µs per event: ${f(r.baselineCpuUsPerEvent)} vs ${f(r.cpuUsPerEvent)} | |`);
  console.log(`| ${service}, local broker (vs vigil's loop, no classification) | ${f(r.noopWorkerPerSec)} | ${f(r.perSec)} | ${r.ratioToNoopWorker!.toFixed(2)} | CPU µs per event: ${f(r.noopCpuUsPerEvent)} vs ${f(r.cpuUsPerEvent)} | |`);
}
if (textServices.length) {
  // steady state through the broker against the same pipeline in-process (same run): where the CPU goes
  const u = (x: number | undefined) => (x ?? NaN).toFixed(1);
  // the default's classify, rules, encode and Kafka columns; with classification on the main thread (auto on
  // 2 cores or fewer) its classify time holds other partitions' Kafka work, so the two are printed together
  const classifyAndKafka = (b: Record<string, number>) => b.defaultThreads === 0
    ? `with Kafka → | ${u(b.rulesUsPerEvent)} | ${u(b.encodeUsPerEvent)} | classify + Kafka client and loop ${u(b.classifyUsPerEvent! + b.kafkaUsPerEvent!)}`
    : `${u(b.classifyUsPerEvent)} | ${u(b.rulesUsPerEvent)} | ${u(b.encodeUsPerEvent)} | ${u(b.kafkaUsPerEvent)}`;
  console.log('\n| CPU µs per event (whole process) | decode | classify | rules | encode | Kafka client and loop | total | vs in-process |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const service of textServices) {
    const ip = report[`${service}.inProcess`] as Record<string, number>;
    const b = report[`${service}.throughBroker`] as Record<string, number>;
    console.log(`| ${service}, in-process, one core | ${u(ip.decodeUsPerEvent)} | ${u(ip.classifyUsPerEvent)} | ${u(ip.rulesUsPerEvent)} | ${u(ip.encodeUsPerEvent)} | (other: ${u(ip.restUsPerEvent)}) | ${u(ip.cpuUsPerEvent)} | 1.00 |`);
    console.log(`| ${service}, local broker, steady state (after ${b.warmupEvents} warm-up events; start-up ${b.startSec!.toFixed(1)} s, no-classification loop ${b.noopStartSec!.toFixed(1)} s) | ${u(b.decodeUsPerEvent)} | ${classifyAndKafka(b)} | ${u(b.cpuUsPerEvent)} | ${(b.cpuUsPerEvent! / ip.cpuUsPerEvent!).toFixed(2)} |`);
    if (b['threads0.cpuUsPerEvent']) console.log(`| ${service}, local broker, steady state, classification on the main thread (VIGIL_TEXT_THREADS=0) | ${u(b['threads0.decodeUsPerEvent'])} | with Kafka → | ${u(b['threads0.rulesUsPerEvent'])} | ${u(b['threads0.encodeUsPerEvent'])} | classify + Kafka client and loop ${u(b['threads0.classifyUsPerEvent']! + b['threads0.kafkaUsPerEvent']!)} | ${u(b['threads0.cpuUsPerEvent'])} | ${(b['threads0.cpuUsPerEvent']! / ip.cpuUsPerEvent!).toFixed(2)} |`);
    if (b['threads1.cpuUsPerEvent']) console.log(`| ${service}, local broker, steady state, one classification thread (VIGIL_TEXT_THREADS=1) | ${u(b['threads1.decodeUsPerEvent'])} | ${u(b['threads1.classifyUsPerEvent'])} | ${u(b['threads1.rulesUsPerEvent'])} | ${u(b['threads1.encodeUsPerEvent'])} | ${u(b['threads1.kafkaUsPerEvent'])} | ${u(b['threads1.cpuUsPerEvent'])} | ${(b['threads1.cpuUsPerEvent']! / ip.cpuUsPerEvent!).toFixed(2)} |`);
  }
  const ic = report['text.inProcess.chat'] as Record<string, number> | undefined;
  const bc = report['text.throughBroker.chat'] as Record<string, number> | undefined;
  if (ic && bc) {
    console.log(`| text, ordinary chat (chat feed), in-process, one core | ${u(ic.decodeUsPerEvent)} | ${u(ic.classifyUsPerEvent)} | ${u(ic.rulesUsPerEvent)} | ${u(ic.encodeUsPerEvent)} | (other: ${u(ic.restUsPerEvent)}) | ${u(ic.cpuUsPerEvent)} | 1.00 |`);
    console.log(`| text, ordinary chat (chat feed), local broker, steady state | ${u(bc.decodeUsPerEvent)} | ${classifyAndKafka(bc)} | ${u(bc.cpuUsPerEvent)} | ${(bc.cpuUsPerEvent! / ic.cpuUsPerEvent!).toFixed(2)} |`);
    if (bc['threads0.cpuUsPerEvent']) console.log(`| text, ordinary chat (chat feed), local broker, steady state, VIGIL_TEXT_THREADS=0 | ${u(bc['threads0.decodeUsPerEvent'])} | with Kafka → | ${u(bc['threads0.rulesUsPerEvent'])} | ${u(bc['threads0.encodeUsPerEvent'])} | classify + Kafka client and loop ${u(bc['threads0.classifyUsPerEvent']! + bc['threads0.kafkaUsPerEvent']!)} | ${u(bc['threads0.cpuUsPerEvent'])} | ${(bc['threads0.cpuUsPerEvent']! / ic.cpuUsPerEvent!).toFixed(2)} |`);
    if (bc['threads1.cpuUsPerEvent']) console.log(`| text, ordinary chat (chat feed), local broker, steady state, VIGIL_TEXT_THREADS=1 | ${u(bc['threads1.decodeUsPerEvent'])} | ${u(bc['threads1.classifyUsPerEvent'])} | ${u(bc['threads1.rulesUsPerEvent'])} | ${u(bc['threads1.encodeUsPerEvent'])} | ${u(bc['threads1.kafkaUsPerEvent'])} | ${u(bc['threads1.cpuUsPerEvent'])} | ${(bc['threads1.cpuUsPerEvent']! / ic.cpuUsPerEvent!).toFixed(2)} |`);
  }
  // throughput of the two modes through the broker (the same events, one after the other)
  for (const [label, r] of [['lines', report['text.throughBroker']], ['chat', report['text.throughBroker.chat']]] as const) {
    const b = r as Record<string, number> | undefined;
    const n = b?.['threads0.perSec'] !== undefined ? '0' : b?.['threads1.perSec'] !== undefined ? '1' : null;
    if (b && n !== null) console.log(`text worker through the broker, ${label} feed: ${f(b.perSec)} events/s by default (VIGIL_TEXT_THREADS=auto: ${b.defaultThreads} threads here), ${f(b[`threads${n}.perSec`])} with VIGIL_TEXT_THREADS=${n}`);
  }
}
if (only.has('image')) {
  console.log('\n| image pipeline, OCR and QR off (decode, MD5, SHA-256, PDQ + dihedral vs a 10k bank, nudity cascade, rules) | decode + resize /s | pipeline /s | ratio | single image p50 / p95 / p99 ms | peak RSS MB per process |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [key, label] of [['image.inProcess.oneCore', 'in-process, one core'], ['image.inProcess.machine', `in-process, whole machine (${report.cores} cores)`]] as const) {
    const r = report[key] as Record<string, number>;
    console.log(`| ${label} | ${f(r.baselinePerSec)} | ${f(r.perSec)} | ${r.ratio!.toFixed(2)} | ${ms(r.singleP50Ms)} / ${ms(r.singleP95Ms ?? NaN)} / ${ms(r.singleP99Ms)} | ${f(r.peakRssMb ?? r.peakRssMbPerProcess)} |`);
  }
  const ib = report['image.throughBroker'] as Record<string, number>;
  console.log(`| local broker (vs raw kafkajs copy of the same events) | ${f(ib.baselinePerSec)} | ${f(ib.perSec)} | ${ib.ratio!.toFixed(3)} | |`);
  const v1 = report['image.inProcess.oneCore'] as Record<string, number>;
  const vm = report['image.inProcess.machine'] as Record<string, number>;
  if (v1.framesPerSec) console.log(`\n| video frames (1280 × 720 JPEG) through the image path and the video stage | one core: ${f(v1.framesPerSec)} frames/s (images: ${f(v1.perSec)}/s) | whole machine: ${f(vm.framesPerSec)} frames/s |`);
  if (v1.cpuRatio !== undefined) console.log(`\none core, CPU time per image (process, every thread): pipeline ${ms(v1.cpuMsPerImage)} ms, decode + resize ${ms(v1.baselineCpuMsPerImage)} ms, ratio ${v1.cpuRatio!.toFixed(2)}`);
  if (v1.stageDecodeMs !== undefined) console.log(`\nper-stage CPU ms per image, one core (OCR and QR off): decode ${ms(v1.stageDecodeMs)}, MD5 + SHA-256 + PDQ with dihedral variants ${ms(v1.stageHashMs)}, nudity model input ${ms(v1.stageModelInputMs)}, first nudity model ${ms(v1.stageNsfwFirstMs)}; sharp decode + resize to 224 (the baseline) ${ms(v1.stageBaselineMs)}`);
}
if (only.has('image') || only.has('hash')) {
  const h = report['image.hash'] as { skipped?: string; images: number; distinct: number; native: boolean; reference: { wallS: number; cpuS: number }; vigil: { wallS: number; cpuS: number }; vigilOneThread: { wallS: number; cpuS: number }; pdqOnly: { wallS: number; cpuS: number }; pdqOnlyOneThread: { wallS: number; cpuS: number }; cpuRatio: number; wallRatio: number; oneThreadWallRatio: number; pdqOnlyCpuRatio: number; pdqOnlyWallRatio: number; pdqOnlyOneThreadWallRatio: number; maxBitsFromReference: number; meanBitsFromReference: number; pdqOnlyMaxBitsFromReference: number; pdqOnlyMeanBitsFromReference: number; pdqOnlyMaxBitsFromDefault: number; stageMs: Record<string, number> };
  if (h.skipped) console.log(`\nvigil hash vs the reference C++ hasher: skipped (${h.skipped})`);
  else {
    console.log(`\n| PDQ, whole processes, ${h.images} JPEGs (${h.distinct} distinct: ../shared photos, 4032 × 3024 and 1600 × 1000 re-encodes) | wall s | CPU s | reference / vigil, CPU | reference / vigil, wall |`);
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| reference C++ pdq-photo-hasher | ${h.reference.wallS.toFixed(2)} | ${h.reference.cpuS.toFixed(2)} | 1.00 | 1.00 |`);
    console.log(`| vigil hash${h.native ? '' : ' (JavaScript fallback: native addon not built)'} | ${h.vigil.wallS.toFixed(2)} | ${h.vigil.cpuS.toFixed(2)} | ${h.cpuRatio.toFixed(2)} | ${h.wallRatio.toFixed(2)} |`);
    console.log(`| vigil hash, one thread (VIPS_CONCURRENCY=1, UV_THREADPOOL_SIZE=1) | ${h.vigilOneThread.wallS.toFixed(2)} | ${h.vigilOneThread.cpuS.toFixed(2)} | ${(h.reference.cpuS / h.vigilOneThread.cpuS).toFixed(2)} | ${h.oneThreadWallRatio.toFixed(2)} |`);
    console.log(`| vigil hash --pdq-only (PDQ and quality alone, as the reference prints: no digests, JPEG luma decoded alone) | ${h.pdqOnly.wallS.toFixed(2)} | ${h.pdqOnly.cpuS.toFixed(2)} | ${h.pdqOnlyCpuRatio.toFixed(2)} | ${h.pdqOnlyWallRatio.toFixed(2)} |`);
    console.log(`| vigil hash --pdq-only, one thread | ${h.pdqOnlyOneThread.wallS.toFixed(2)} | ${h.pdqOnlyOneThread.cpuS.toFixed(2)} | ${(h.reference.cpuS / h.pdqOnlyOneThread.cpuS).toFixed(2)} | ${h.pdqOnlyOneThreadWallRatio.toFixed(2)} |`);
    const st = h.stageMs;
    console.log(`\nvigil hash per image, CPU ms: decode ${ms(st.decodeMs)}, PDQ ${ms(st.pdqNativeMs)} native (${ms(st.pdqJsMs)} in JavaScript), MD5 + SHA-256 ${ms(st.digestsMs)}; decode + PDQ in one native call (what vigil hash runs on a JPEG) ${ms(st.jpegPdqMs)}, luma alone (--pdq-only) ${ms(st.jpegPdqGreyMs)}; hashes ${h.meanBitsFromReference.toFixed(1)} bits from the reference's on average, ${h.maxBitsFromReference} at most (--pdq-only: ${h.pdqOnlyMeanBitsFromReference.toFixed(1)}, ${h.pdqOnlyMaxBitsFromReference}; from the default's at most ${h.pdqOnlyMaxBitsFromDefault})`);
  }
}
if (only.has('image') || only.has('ocr')) {
  const o = report['image.ocr'] as { offPerSec: number; onPerSec: number; ratio: number; gatePx: number; detectPx: number; reachedRecognition: number; boxesPerReadImage: number; ocrAlonePerSec: number; gateFalsePositiveRate: number; stageMs: Record<string, number>; perSet: Record<string, { gateMiss: number; accuracy: number; n: number }> };
  console.log(`\n| text and QR codes in images, one core, 1024 × 768, one image in five with text (gate ${o.gatePx} px, detector ${o.detectPx} px) | OCR and QR off /s | on /s | ratio | reached recognition | boxes per image read |`);
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(`| image pipeline, same run, same events | ${o.offPerSec.toFixed(1)} | ${o.onPerSec.toFixed(1)} | ${o.ratio.toFixed(2)} | ${(100 * o.reachedRecognition).toFixed(0)} % | ${o.boxesPerReadImage.toFixed(1)} |`);
  const st = o.stageMs;
  console.log(`\nper-stage ms: every image — QR ${ms(st.qr)}, gate ${ms(st.gate)}; per image read — upright decode ${ms(st.decode)}, detector ${ms(st.detect)}, direction ${ms(st.direction)}, recognition ${ms(st.recognize)}. OCR alone on text images: ${o.ocrAlonePerSec.toFixed(1)} images/s per core. Gate false positives on text-free pictures: ${(100 * o.gateFalsePositiveRate).toFixed(0)} %.`);
  console.log('\n| evasion set | pictures | gate miss rate | character accuracy |');
  console.log('| --- | --- | --- | --- |');
  for (const [set, r] of Object.entries(o.perSet)) console.log(`| ${set} | ${r.n} | ${(100 * r.gateMiss).toFixed(1)} % | ${r.accuracy.toFixed(3)} |`);
}
if (only.has('index')) {
  console.log('\n| PDQ index | build s | lookups/s (one core) | linear scan /s | ratio | bytes per hash | peak RSS MB |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of Object.values(report.pdqIndex as Record<string, Record<string, number>>)) {
    console.log(`| ${r.hashes!.toLocaleString('en')} hashes | ${(r.buildMs! / 1000).toFixed(1)} | ${f(r.lookupsPerSec)} | ${r.scanLookupsPerSec!.toFixed(1)} | ${r.ratio!.toFixed(0)} | ${r.bytesPerHash!.toFixed(0)} | ${f(r.peakRssMb)} |`);
  }
}
console.log(`\nreport: bench/out/${reportFile}`);
if (only.has('load')) {
  progress('load: a mixed feed at rising rates through the local broker and three worker processes');
  const load = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/load.ts')], { env: { ...process.env, LOAD_RATES: process.env.LOAD_RATES ?? '200,400,800,1600,3200' }, stdio: 'inherit' });
  await new Promise((r) => load.on('exit', r));
}
process.exit(0); // model sessions and worker threads would otherwise keep the process alive
