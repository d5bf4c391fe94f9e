/**
 * `make load` (and the last part of `make bench`): a realistic mixed feed at rising rates through the
 * local broker and real worker processes (text, image, video), reporting per step the offered rate,
 * the verdicts/s achieved, end-to-end latency (publish → verdict) p50/p95/p99, and whether the
 * backlog grew; the highest rate held with p99 under the bound and no growing backlog is the answer.
 * The feed: chat texts in English and Chinese (a few heavy senders, bursts of twice the rate every
 * fifth second), images (4 %) and video frames (3 %, 10-frame videos). Writes bench/out/load.json and
 * a plot, bench/out/load.svg.
 *   LOAD_RATES=200,400,800 LOAD_STEP_S=8 LOAD_P99_MS=2000
 * LOAD_MIX=text: chat texts only, to the text worker alone (writes bench/out/load-text.json and .svg).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Message } from 'kafkajs';
import sharp from 'sharp';
import { scene } from '../services/cli/sample-images.js';
import { localKafka, pct, startBroker } from './bench-lib.js';
import { SchemaRegistry } from '../services/schema/registry.js';
import { SUBJECTS, type Verdict } from '../services/schema/types.js';

const ROOT = resolve(import.meta.dirname, '..');
const schemas = SchemaRegistry.load();
const rates = (process.env.LOAD_RATES ?? '250,500,1000,2000,4000').split(',').map(Number);
const stepS = Number(process.env.LOAD_STEP_S ?? 8);
const boundMs = Number(process.env.LOAD_P99_MS ?? 2000);
const progress = (s: string) => process.stderr.write(`load: ${s}\n`);
const textOnly = process.env.LOAD_MIX === 'text';
const out = textOnly ? 'load-text' : 'load';

const EN = ['are we still on for lunch tomorrow?', 'did you see the match last night', 'send me the report by 5pm please', 'lol that is hilarious', 'I will be there in 10 minutes', 'Congratulations! You won, claim at http://prize.example/'];
const ZH = ['明天中午一起吃饭吗？', '周末去爬山怎么样，天气不错', '哈哈哈哈笑死我了', '兼职日结，日赚500，加微信了解', '今天加班到很晚', '这个电影真好看'];

function startWorker(service: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'services/cli/main.ts'), 'serve', service], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  return child;
}

const id = randomUUID().slice(0, 6);
const topics = { text: `load-${id}.text`, image: `load-${id}.image`, video: `load-${id}.video`, verdicts: `load-${id}.verdicts` };
const broker = await startBroker(2048);
const kafka = localKafka(broker.brokers, 'load');
const env = {
  KAFKA_BROKERS: broker.brokers.join(','), VIGIL_TOPIC_TEXT: topics.text, VIGIL_TOPIC_IMAGE: topics.image, VIGIL_TOPIC_VIDEO: topics.video, VIGIL_TOPIC_VERDICTS: topics.verdicts,
  VIGIL_TOPIC_REVIEW: `load-${id}.review`, VIGIL_TOPIC_SHADOW: `load-${id}.shadow`, VIGIL_TOPIC_PRIORITY: `load-${id}.priority`, VIGIL_TOPIC_DEADLETTER: `load-${id}.dead`,
  VIGIL_GROUP_PREFIX: `load-${id}`, VIGIL_HTTP_PORT: '0', LOG_LEVEL: 'warn', VIGIL_STRIKES_RESTORE: 'false', VIGIL_MAX_WAIT_MS: '50', VIGIL_NSFW_CASCADE: 'mobilenet_v2:onnx', VIGIL_VIDEO_IDLE_MS: '5000',
};
// create the topics before the workers subscribe
const admin = kafka.producer({ allowAutoTopicCreation: true });
await admin.connect();
for (const t of Object.values(topics)) await admin.send({ topic: t, messages: [{ value: Buffer.from([1]) }] }).catch(() => undefined);
await admin.disconnect();
const workers = (textOnly ? ['text'] : ['text', 'image', 'video']).map((s) => startWorker(s, env));
process.on('exit', () => {
  for (const w of workers) w.kill('SIGKILL');
  broker.stop();
});

const pictures = await Promise.all(Array.from({ length: 16 }, (_, i) => scene(200 + i, 640, 480)));
const frameJpegs = await Promise.all(pictures.slice(0, 10).map((p) => sharp(p).resize(480, 360).jpeg({ quality: 80 }).toBuffer()));

// verdict reader: latency from publish (occurredAt) to decision, per event
const published = new Map<string, number>();
const latency = new Map<string, number>();
const consumer = kafka.consumer({ groupId: `load-reader-${id}`, maxWaitTimeInMs: 50 });
await consumer.connect();
await consumer.subscribe({ topic: topics.verdicts, fromBeginning: true });
await consumer.run({
  eachMessage: async ({ message }) => {
    let v: Verdict;
    try {
      v = schemas.decode<Verdict>(message.value).value;
    } catch {
      return; // the byte that created the topic
    }
    if (v.contentKind === 'VIDEO' || !published.has(v.eventId)) return;
    latency.set(v.eventId, Date.now() - published.get(v.eventId)!);
  },
});

// wait until every worker answers: one event of each kind judged
progress('waiting for the workers (models loading)');
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
await producer.connect();
let seq = 0;
let video = 0;
let frame = 0;
function nextEvent(now: number): { topic: string; message: Message; track: boolean } {
  const i = seq++;
  const hash = (i * 2654435761) >>> 0;
  const roll = textOnly ? 7 + (hash % 93) : hash % 100; // text only: no images or frames, the same share of heavy senders
  const base = { occurredAt: now, source: 'chat', conversationId: `c-${i % 300}`, jurisdiction: null, locale: null };
  if (roll < 4) {
    const v = { ...base, eventId: `l-${i}`, senderId: `u-${i % 2000}`, mimeType: 'image/jpeg', bytes: pictures[i % pictures.length]!, caption: null, contexts: [] };
    return { topic: topics.image, message: { key: v.senderId, value: schemas.encode(SUBJECTS.image, v) }, track: true };
  }
  if (roll < 7) {
    const vid = `vid-${video}`;
    const f = frame++;
    if (frame === 10) { frame = 0; video++; }
    const v = { ...base, eventId: `l-${i}`, senderId: `up-${video % 50}`, videoId: vid, frameIndex: f, ptsMs: f * 1000, last: f === 9, mimeType: 'image/jpeg', bytes: frameJpegs[f]! };
    return { topic: topics.video, message: { key: vid, value: schemas.encode(SUBJECTS.videoFrame, v) }, track: false };
  }
  // heavy senders: 10 % of chat from five accounts
  const sender = roll < 17 ? `heavy-${i % 5}` : `u-${i % 5000}`;
  const text = `${(i % 3 === 0 ? ZH : EN)[i % 6]} ${i % 97}`;
  const v = { ...base, eventId: `l-${i}`, senderId: sender, text, replyToEventId: null, contexts: [] };
  return { topic: topics.text, message: { key: sender, value: schemas.encode(SUBJECTS.text, v) }, track: true };
}

async function publish(n: number): Promise<string[]> {
  const now = Date.now();
  const by = new Map<string, Message[]>();
  const tracked: string[] = [];
  for (let k = 0; k < n; k++) {
    const e = nextEvent(now);
    if (!by.has(e.topic)) by.set(e.topic, []);
    by.get(e.topic)!.push(e.message);
    if (e.track) {
      const eventId = `l-${seq - 1}`;
      published.set(eventId, now);
      tracked.push(eventId);
    }
  }
  await producer.sendBatch({ topicMessages: [...by].map(([topic, messages]) => ({ topic, messages })), acks: -1 });
  return tracked;
}

const warm = await publish(60);
const t0 = Date.now();
while (warm.some((e) => !latency.has(e))) {
  if (Date.now() - t0 > 180_000) throw new Error('workers did not answer within 180 s');
  await new Promise((r) => setTimeout(r, 200));
}

interface Step { offered: number; published: number; verdictsPerSec: number; p50Ms: number; p95Ms: number; p99Ms: number; backlogStart: number; backlogEnd: number; held: boolean }
const steps: Step[] = [];
const backlog = () => [...published.keys()].filter((e) => !latency.has(e)).length;
for (const rate of rates) {
  progress(`step: ${rate} events/s for ${stepS} s`);
  const start = Date.now();
  const backlogStart = backlog();
  const tracked: string[] = [];
  const doneBefore = latency.size;
  for (let tick = 0; tick < stepS * 10; tick++) {
    const burst = Math.floor(tick / 10) % 5 === 4 ? 2 : 1; // every fifth second at twice the rate
    tracked.push(...(await publish(Math.round((rate * burst) / 10 / 1.2))));
    const wait = start + (tick + 1) * 100 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  const elapsed = (Date.now() - start) / 1000;
  const verdictsPerSec = (latency.size - doneBefore) / elapsed;
  await new Promise((r) => setTimeout(r, 1000));
  const lat = tracked.filter((e) => latency.has(e)).map((e) => latency.get(e)!);
  const missing = tracked.length - lat.length;
  // events without a verdict yet count at least as late as the step has run
  for (let k = 0; k < missing; k++) lat.push((Date.now() - start));
  const backlogEnd = backlog();
  const step: Step = { offered: rate, published: tracked.length, verdictsPerSec, p50Ms: pct(lat, 50), p95Ms: pct(lat, 95), p99Ms: pct(lat, 99), backlogStart, backlogEnd, held: false };
  step.held = step.p99Ms <= boundMs && backlogEnd <= Math.max(backlogStart, rate * 0.5);
  steps.push(step);
  progress(`  ${Math.round(verdictsPerSec)} verdicts/s, p99 ${Math.round(step.p99Ms)} ms, backlog ${backlogStart} → ${backlogEnd}${step.held ? '' : ' (not held)'}`);
  if (!step.held && backlogEnd > rate * stepS) break; // far past saturation
}

const held = steps.filter((s) => s.held).map((s) => s.offered);
const result = { when: new Date().toISOString(), boundMs, stepS, mix: textOnly ? { text: 1 } : { text: 0.93, image: 0.04, videoFrame: 0.03 }, steps, highestHeldRate: held.length ? Math.max(...held) : 0 };
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, `bench/out/${out}.json`), JSON.stringify(result, null, 2) + '\n');
writeFileSync(join(ROOT, `bench/out/${out}.svg`), plot(steps, boundMs));
console.log(`\n| offered events/s | verdicts/s | p50 / p95 / p99 ms | backlog start → end | held (p99 ≤ ${boundMs} ms, backlog not growing) |`);
console.log('| --- | --- | --- | --- | --- |');
for (const s of steps) console.log(`| ${s.offered} | ${Math.round(s.verdictsPerSec)} | ${Math.round(s.p50Ms)} / ${Math.round(s.p95Ms)} / ${Math.round(s.p99Ms)} | ${s.backlogStart} → ${s.backlogEnd} | ${s.held ? 'yes' : 'no'} |`);
console.log(`\nhighest rate held: ${result.highestHeldRate} events/s — bench/out/${out}.json, plot bench/out/${out}.svg`);
await consumer.disconnect().catch(() => undefined);
await producer.disconnect().catch(() => undefined);
process.exit(0);

/** Throughput (left axis) and p99 latency (right axis, log) against the offered rate. */
function plot(steps: Step[], bound: number): string {
  const W = 640, H = 360, L = 60, R = 60, T = 30, B = 50;
  const maxX = Math.max(...steps.map((s) => s.offered)) * 1.05;
  const maxY = Math.max(...steps.map((s) => Math.max(s.verdictsPerSec, s.offered))) * 1.1;
  const maxLat = Math.max(bound * 2, ...steps.map((s) => s.p99Ms));
  const x = (v: number) => L + (v / maxX) * (W - L - R);
  const y = (v: number) => H - B - (v / maxY) * (H - T - B);
  const ly = (ms: number) => H - B - (Math.log10(Math.max(1, ms)) / Math.log10(maxLat)) * (H - T - B);
  const line = (pts: [number, number][], color: string, dash = '') => `<polyline fill="none" stroke="${color}" stroke-width="2" ${dash ? `stroke-dasharray="${dash}"` : ''} points="${pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>`;
  const dots = (pts: [number, number][], color: string) => pts.map(([a, b]) => `<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="3" fill="${color}"/>`).join('');
  const thr = steps.map((s) => [x(s.offered), y(s.verdictsPerSec)] as [number, number]);
  const lat = steps.map((s) => [x(s.offered), ly(s.p99Ms)] as [number, number]);
  const ticks = steps.map((s) => `<text x="${x(s.offered)}" y="${H - B + 16}" font-size="10" text-anchor="middle">${s.offered}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
<text x="${W / 2}" y="18" font-size="13" text-anchor="middle">vigil under rising load (mixed feed, local broker)</text>
<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="black"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="black"/><line x1="${W - R}" y1="${T}" x2="${W - R}" y2="${H - B}" stroke="black"/>
${ticks}<text x="${W / 2}" y="${H - 12}" font-size="11" text-anchor="middle">offered events/s</text>
<text x="14" y="${H / 2}" font-size="11" transform="rotate(-90 14 ${H / 2})" text-anchor="middle" fill="#1f77b4">verdicts/s</text>
<text x="${W - 14}" y="${H / 2}" font-size="11" transform="rotate(90 ${W - 14} ${H / 2})" text-anchor="middle" fill="#d62728">p99 latency ms (log)</text>
<text x="${L - 4}" y="${y(maxY / 1.1) + 4}" font-size="10" text-anchor="end">${Math.round(maxY / 1.1)}</text><text x="${L - 4}" y="${H - B}" font-size="10" text-anchor="end">0</text>
<text x="${W - R - 4}" y="${ly(bound) - 4}" font-size="10" text-anchor="end" fill="#d62728">p99 bound ${bound} ms</text>
${[10, 100, 1000, 10000, 100000].filter((ms) => ms <= maxLat).map((ms) => `<text x="${W - R + 4}" y="${ly(ms) + 4}" font-size="10">${ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`}</text>`).join('')}
<text x="${L + 8}" y="${T + 12}" font-size="10" fill="#1f77b4">verdicts/s (dashed: = offered)</text><text x="${L + 8}" y="${T + 26}" font-size="10" fill="#d62728">p99 publish → verdict</text>
${line([[x(0), y(0)], [x(maxX / 1.05), y(maxX / 1.05)]], '#999', '4 3')}
<line x1="${L}" y1="${ly(bound)}" x2="${W - R}" y2="${ly(bound)}" stroke="#d62728" stroke-dasharray="2 3"/>
${line(thr, '#1f77b4')}${dots(thr, '#1f77b4')}${line(lat, '#d62728')}${dots(lat, '#d62728')}
</svg>
`;
}
