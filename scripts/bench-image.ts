/**
 * Image benchmarks, each next to a baseline measured in the same run:
 *  - `--mode one-core | machine`: images/s in-process for the full image pipeline (decode once, MD5,
 *    SHA-256, PDQ + dihedral against a 10k-hash bank, nudity cascade, rules, verdict encode) against
 *    decode + resize alone with sharp; p50/p99 per-image latency. one-core runs with one libuv thread,
 *    one libvips thread and one onnxruntime thread; machine runs one such process per core at once.
 *  - `--mode broker --brokers B`: the image worker through the local broker against a raw kafkajs copy.
 *  - `--mode index`: PDQ multi-index at 1M and 10M random hashes against a linear scan.
 *  - `--mode ocr`: text and QR codes in images, one core — the image pipeline with OCR and QR on against
 *    the same pipeline with them off, over a mix where one image in five has text (images/s and the
 *    process's CPU ms per image, off and on taking turns); per-stage ms; OCR
 *    alone on text images; the cheap gate's miss rate and the character accuracy per evasion set.
 *  - `--mode hash`: `vigil hash` against the reference C++ PDQ hasher (../shared/bench/pdq-photo-hasher;
 *    skipped without it), both whole processes on the same JPEGs in one run: the shared reference photos
 *    and 4032 × 3024 and 1600 × 1000 re-encodes made here. CPU seconds (user + system) and wall time of
 *    each process, vigil also with one libvips and one libuv thread; the hashes' distance to the
 *    reference's; per-stage ms per image in-process (decode, PDQ native and JavaScript, MD5 + SHA-256).
 * Prints one JSON object on stdout; scripts/bench.ts runs each mode in its own process.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn as spawnChild } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { localKafka, pct, rawCopySeconds, secondsToJudge } from './bench-lib.js';
import { loadConfig } from '../services/common/config.js';
import { createLogger } from '../services/common/logger.js';
import { hashImage } from '../services/image/hash.js';
import { PdqIndex } from '../services/image/mih.js';
import { toContentEvent } from '../services/pipeline/events.js';
import { PolicyCatalogue, createPolicy } from '../services/policy/index.js';
import { createPipeline, createServiceWorker } from '../services/runtime/create-worker.js';
import { SERVICES } from '../services/runtime/services.js';
import { SchemaRegistry } from '../services/schema/registry.js';
import { SUBJECTS, type ContentEvent } from '../services/schema/types.js';
import { scene } from '../services/cli/sample-images.js';
import { extractFrames, generateVideo } from '../services/video/frames.js';
import { OcrEngine, READ_PX } from '../services/image/ocr/index.js';
import { WORKING_MIN, WORKING_MIN_SHORT, decodeImage, type DecodedImage } from '../services/image/decode.js';
import { hashDecoded } from '../services/image/hash.js';
import { hammingHex, pdqOfPixels } from '../services/image/pdq.js';
import { nativeImage } from '../services/image/native.js';
import { loadImageModel } from '../services/image/models.js';
import { Registry } from 'prom-client';
import { charAccuracy, EVASION_SETS, evasionSet } from '../test/services/image/posters.js';

const { values } = parseArgs({ options: { mode: { type: 'string' }, brokers: { type: 'string' }, images: { type: 'string' }, rounds: { type: 'string' } } });
const schemas = SchemaRegistry.load();
const catalogue = PolicyCatalogue.load();
const progress = (s: string) => process.stderr.write(`bench: ${s}\n`);

/** 32 distinct synthetic photos-like pictures, 1024 × 768 JPEG (≈ 100-200 KB), reused cyclically. */
async function pictures(): Promise<Buffer[]> {
  return Promise.all(Array.from({ length: 32 }, (_, i) => scene(1000 + i, 1024, 768)));
}

function events(pics: Buffer[], n: number): ContentEvent[] {
  const start = Date.now() - 600_000;
  return Array.from({ length: n }, (_, i) => ({
    kind: 'image' as const, eventId: `img-${i}`, occurredAt: start + i, source: 'feed', senderId: `s-${i % 500}`, conversationId: null, jurisdiction: null, locale: null,
    mimeType: 'image/jpeg', bytes: pics[i % pics.length]!, caption: null, contexts: [],
  }));
}

/** A banks file with one bank of `size` random PDQ hashes plus the hash of one of the pictures. */
async function bank(size: number, pics: Buffer[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-bank-'));
  const lines: string[] = [(await hashImage(pics[3]!)).pdq];
  for (let i = 0; i < size; i++) lines.push(Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(Math.random() * 16)]).join(''));
  writeFileSync(join(dir, 'bank.txt'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'banks.yaml'), 'banks:\n  - { name: bench, file: bank.txt, category: banned }\n');
  return join(dir, 'banks.yaml');
}

async function inProcess(_mode: 'one-core', n: number): Promise<Record<string, number>> {
  const cores = 1;
  sharp.concurrency(1); // libvips threads per image; parallelism comes from concurrent images
  const pics = await pictures();
  const banks = await bank(10_000, pics);
  // OCR and QR off: the image pipeline proper (issue 15); --mode ocr measures them against this
  const config = loadConfig({ VIGIL_HASH_BANKS: banks, VIGIL_HASH_BANKS_RELOAD_MS: '0', VIGIL_IMAGE_THREADS: '1', VIGIL_IMAGE_OCR: 'off', VIGIL_IMAGE_QR: 'off' }, { withoutKafka: true });
  const policy = createPolicy(config, createLogger('silent'), { catalogue, watch: false });
  const { judge } = await createPipeline(SERVICES.image!, config, policy);
  const msgs = events(pics, n).map((e) => {
    const { kind: _k, ...v } = e;
    return schemas.encode(SUBJECTS.image, v);
  });
  const now = Date.now();
  const batch = 8;
  /** `cores` lanes, each taking the next batch of messages [from, to) when done; returns messages per second. */
  const lanes = async (count: number, work: (slice: Buffer[]) => Promise<void>, from = 0): Promise<number> => {
    let next = from;
    const to = from + count;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: cores }, async () => {
      while (next < to) {
        const i = next;
        next += batch;
        await work(msgs.slice(i, Math.min(i + batch, to)));
      }
    }));
    return count / ((performance.now() - t0) / 1000);
  };
  const decodeOnly = (slice: Buffer[]) => Promise.all(slice.map(async (m) => {
    const e = toContentEvent(schemas.decode(m, [SUBJECTS.image]), now) as ContentEvent & { bytes: Buffer };
    await sharp(e.bytes).resize(224, 224, { fit: 'fill' }).removeAlpha().raw().toBuffer();
  })).then(() => undefined);
  const full = async (slice: Buffer[]) => {
    const evs = slice.map((m) => toContentEvent(schemas.decode(m, [SUBJECTS.image]), now));
    for (const j of await judge.judge(evs)) if (j.ok) schemas.encode(SUBJECTS.verdict, j.verdict);
  };
  await lanes(Math.min(n, 64), decodeOnly);
  await lanes(Math.min(n, 64), full); // warm-up
  // baseline and pipeline take turns over five slices, so load from elsewhere on the machine falls on both alike
  // and the CPU time of each (process CPU, every thread): on a machine shared with other work, less noisy than wall time
  let baseSec = 0;
  let fullSec = 0;
  let baseCpu = 0;
  let fullCpu = 0;
  const cpuOf = async (f: () => Promise<number>) => {
    const c0 = process.cpuUsage();
    const r = await f();
    const c = process.cpuUsage(c0);
    return [r, (c.user + c.system) / 1e6] as const;
  };
  const part = Math.ceil(n / 5);
  for (let i = 0; i < n; i += part) {
    const count = Math.min(part, n - i);
    const [b, bc] = await cpuOf(() => lanes(count, decodeOnly, i));
    const [p, pc] = await cpuOf(() => lanes(count, full, i));
    baseSec += count / b;
    fullSec += count / p;
    baseCpu += bc;
    fullCpu += pc;
  }
  const baseline = n / baseSec;
  const rate = n / fullSec;
  const lat: number[] = [];
  for (let i = 0; i < Math.min(n, 200); i++) {
    const t = performance.now();
    await full([msgs[i]!]);
    lat.push(performance.now() - t);
  }
  const stages = await stageMs(pics, config);
  const video = await framesInProcess(config, policy, Math.min(n, 300));
  return { images: n, cores, baselinePerSec: baseline, perSec: rate, ratio: rate / baseline, cpuMsPerImage: (1000 * fullCpu) / n, baselineCpuMsPerImage: (1000 * baseCpu) / n, cpuRatio: baseCpu / fullCpu, singleP50Ms: pct(lat, 50), singleP95Ms: pct(lat, 95), singleP99Ms: pct(lat, 99), ...video, ...stages, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** CPU ms of `f` per item, over `items` (process CPU: user + system, all threads). */
async function cpuMs<T>(items: readonly T[], f: (x: T, i: number) => unknown): Promise<number> {
  const c0 = process.cpuUsage();
  for (const [i, x] of items.entries()) await f(x, i);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / items.length;
}

/**
 * Per-stage CPU ms per image of the one-core pipeline, each stage alone on the same pictures: decode
 * (shared by every check), MD5 + SHA-256 + PDQ with its dihedral variants, the first nudity model's
 * input tensor and its inference; and sharp's decode + resize to 224 (the baseline) beside them.
 */
async function stageMs(pics: Buffer[], config: ReturnType<typeof loadConfig>): Promise<Record<string, number>> {
  const decoded: DecodedImage[] = [];
  const first = config.image.nsfwCascade[0];
  const model = first ? await loadImageModel(join(config.image.modelsDir, `nsfw-${first.model}.json`), { modelsDir: config.image.modelsDir, runtime: first.runtime, intraOpNumThreads: 1 }) : null;
  const size = model?.manifest.input.size ?? 224;
  const input = new Float32Array(size * size * 3);
  const { modelInput } = await import('../services/image/decode.js');
  const out: Record<string, number> = {};
  for (let round = 0; round < 2; round++) { // the first round warms up
    out.stageBaselineMs = await cpuMs(pics, (p) => sharp(p).resize(224, 224, { fit: 'fill' }).removeAlpha().raw().toBuffer());
    out.stageDecodeMs = await cpuMs(pics, async (p, i) => (decoded[i] = await decodeImage(p)));
    out.stageHashMs = await cpuMs(pics, (p, i) => hashDecoded(p, decoded[i]!, { dihedral: true }));
    out.stageModelInputMs = await cpuMs(decoded, (d) => modelInput(d, size, input, 0));
    if (model) out.stageNsfwFirstMs = await cpuMs(decoded, () => model.run(input, 1));
  }
  await model?.dispose();
  return out;
}

/** Video frames (1280 × 720 JPEG from ffmpeg's testsrc2, 1 fps) through the image path and the video stage, one core. */
async function framesInProcess(config: ReturnType<typeof loadConfig>, policy: ReturnType<typeof createPolicy>, n: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-video-'));
  try {
    await generateVideo(join(dir, 'v.mp4'), 'testsrc2', { seconds: 60, size: '1280x720', rate: 5 });
  } catch {
    progress('ffmpeg missing: video frames not measured');
    return {};
  }
  const frames = await extractFrames(join(dir, 'v.mp4'), 1);
  const { judge, stage } = await createPipeline(SERVICES.video!, config, policy);
  const perVideo = frames.length;
  const evs: ContentEvent[] = Array.from({ length: n }, (_, i) => {
    const f = frames[i % perVideo]!;
    const videoId = `bench-${Math.floor(i / perVideo)}`;
    return { kind: 'video-frame', eventId: `${videoId}-${f.frameIndex}`, occurredAt: Date.now(), source: 'feed', senderId: 's', conversationId: null, jurisdiction: null, locale: null, videoId, frameIndex: f.frameIndex, ptsMs: f.ptsMs, last: f.frameIndex === perVideo - 1, mimeType: 'image/jpeg', bytes: f.bytes };
  });
  let videos = 0;
  const run = async (count: number) => {
    const t0 = performance.now();
    for (let i = 0; i < count; i += 8) {
      const part = evs.slice(i, Math.min(i + 8, count));
      const judged = await judge.judge(part);
      videos += stage!.onChunk(part.map((event, k) => ({ topic: 'b', partition: 0, offset: String(i + k), event, judged: judged[k]! })), Date.now()).verdicts.filter((v) => v.video?.final).length;
    }
    return count / ((performance.now() - t0) / 1000);
  };
  await run(Math.min(n, 16));
  const framesPerSec = await run(n);
  return { frames: n, framesPerSec, frameSize: 1280 * 720, videosFinalised: videos };
}

async function throughBroker(brokers: string[], n: number): Promise<Record<string, number>> {
  const kafka = localKafka(brokers, 'bench-image');
  const input = `bench-${randomUUID().slice(0, 6)}.image`;
  const pics = await pictures();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const evs = events(pics, n);
  for (let i = 0; i < n; i += 50) {
    await producer.send({ topic: input, acks: -1, messages: evs.slice(i, i + 50).map((e) => {
      const { kind: _k, ...v } = e;
      return { key: e.senderId, value: schemas.encode(SUBJECTS.image, v) };
    }) });
  }
  await producer.disconnect();
  const rawSec = await rawCopySeconds(kafka, input, n);
  const env = {
    KAFKA_BROKERS: brokers.join(','), VIGIL_TOPIC_IMAGE: input, VIGIL_TOPIC_VERDICTS: `${input}.verdicts`, VIGIL_TOPIC_REVIEW: `${input}.review`, VIGIL_TOPIC_SHADOW: `${input}.shadow`,
    VIGIL_TOPIC_PRIORITY: `${input}.priority`, VIGIL_GROUP_PREFIX: `bench-${randomUUID().slice(0, 6)}`, LOG_LEVEL: 'silent', VIGIL_HTTP_PORT: '0', VIGIL_MAX_WAIT_MS: '100',
    VIGIL_STRIKES_RESTORE: 'false', VIGIL_MAX_BATCH_EVENTS: '16', VIGIL_PARTITIONS_CONCURRENTLY: String(availableParallelism()),
  };
  const { worker, metrics } = await createServiceWorker('image', loadConfig(env), { schemas, catalogue, logger: createLogger('silent'), http: false, defaultMetrics: false });
  const sec = await secondsToJudge(worker, metrics, n);
  return { images: n, baselinePerSec: n / rawSec, perSec: n / sec, ratio: rawSec / sec };
}

function indexBench(): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  let s = 42;
  const r = () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s;
  };
  for (const size of [1_000_000, 10_000_000]) {
    progress(`PDQ index: ${size} hashes`);
    const idx = new PdqIndex();
    const h = new Uint32Array(8);
    const t0 = performance.now();
    for (let i = 0; i < size; i++) {
      for (let k = 0; k < 8; k++) h[k] = r();
      idx.add(h);
    }
    idx.build();
    const buildMs = performance.now() - t0;
    // half the queries are near copies (12 bits off) of banked hashes, half unrelated
    const qs = Array.from({ length: 2000 }, (_, i) => {
      const q = new Uint32Array(8);
      for (let k = 0; k < 8; k++) q[k] = r();
      if (i % 2 === 0) {
        const id = r() % size;
        for (let k = 0; k < 8; k++) q[k] = (idx as unknown as { words: Uint32Array }).words[id * 8 + k]! ^ (k < 3 ? 0xf : 0);
      }
      return q;
    });
    for (const q of qs.slice(0, 200)) idx.query(q);
    let t = performance.now();
    let found = 0;
    for (const q of qs) found += idx.query(q).length;
    const perSec = qs.length / ((performance.now() - t) / 1000);
    t = performance.now();
    const scans = size >= 10_000_000 ? 4 : 20;
    for (const q of qs.slice(0, scans)) idx.scan(q);
    const scanPerSec = scans / ((performance.now() - t) / 1000);
    out[String(size)] = { peakRssMb: process.resourceUsage().maxRSS / 1024, hashes: size, buildMs, lookupsPerSec: perSec, scanLookupsPerSec: scanPerSec, ratio: perSec / scanPerSec, bytesPerHash: idx.bytes / size, matchesFound: found };
  }
  return out;
}

/**
 * The whole machine as vigil is deployed on it: one worker process per core (onnxruntime's run blocks
 * its event loop, so one process uses one core for inference), started together; images/s summed.
 */
async function machine(n: number): Promise<Record<string, number>> {
  const { spawn } = await import('node:child_process');
  const cores = availableParallelism();
  const per = Math.ceil(n / cores);
  const runs = await Promise.all(Array.from({ length: cores }, () => new Promise<Record<string, number>>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--mode', 'one-core', '--images', String(per)], { env: { ...process.env, UV_THREADPOOL_SIZE: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>) : reject(new Error(`one-core child exited ${code}`))));
  })));
  const sum = (k: string) => runs.reduce((a, r) => a + r[k]!, 0);
  return { peakRssMbPerProcess: Math.max(...runs.map((r) => r.peakRssMb!)), images: per * cores, cores, processes: cores, framesPerSec: runs.every((r) => r.framesPerSec) ? sum('framesPerSec') : 0, baselinePerSec: sum('baselinePerSec'), perSec: sum('perSec'), ratio: sum('perSec') / sum('baselinePerSec'), singleP50Ms: Math.max(...runs.map((r) => r.singleP50Ms!)), singleP95Ms: Math.max(...runs.map((r) => r.singleP95Ms!)), singleP99Ms: Math.max(...runs.map((r) => r.singleP99Ms!)) };
}

/**
 * Text and QR codes in images, one core (one libuv, libvips and onnxruntime thread). The mix: 1024 × 768
 * synthetic pictures without text, and in every fifth place a text picture from the evasion sets
 * (posters, busy backgrounds, low contrast, small text, split lines, mixed scripts, chat screenshots,
 * rotated and vertical text). Both pipelines are built and timed in this process, on the same events.
 */
async function ocrBench(n: number): Promise<Record<string, unknown>> {
  sharp.concurrency(1);
  const scenes = await pictures();
  const sets = await Promise.all(EVASION_SETS.map(async (set) => ({ set, pics: await evasionSet(set, 8) })));
  const texts = sets.flatMap((x) => x.pics);
  const mix = Array.from({ length: 80 }, (_, i) => (i % 5 === 4 ? texts[((i / 5) | 0) % texts.length]!.bytes : scenes[i % scenes.length]!));
  const evs = events(mix, n);
  const env: Record<string, string> = { VIGIL_HASH_BANKS_RELOAD_MS: '0', VIGIL_IMAGE_THREADS: '1', VIGIL_TEXT_THREADS: '0', VIGIL_RULES_RELOAD_MS: '0' };
  // the OCR settings under test may come from the environment (BENCH_ONLY=ocr VIGIL_IMAGE_OCR_GATE_PX=320 make bench)
  for (const k of ['VIGIL_IMAGE_OCR_GATE_PX', 'VIGIL_IMAGE_OCR_DETECT_PX', 'VIGIL_IMAGE_OCR_MAX_BOXES'] as const) if (process.env[k]) env[k] = process.env[k];
  const onCfg = loadConfig(env, { withoutKafka: true });
  const offCfg = loadConfig({ ...env, VIGIL_IMAGE_OCR: 'off', VIGIL_IMAGE_QR: 'off' }, { withoutKafka: true });
  const policy = createPolicy(onCfg, createLogger('silent'), { catalogue, watch: false });
  const registry = new Registry();
  const on = await createPipeline(SERVICES.image!, onCfg, policy, { registry });
  const off = await createPipeline(SERVICES.image!, offCfg, policy);
  const rate = async (p: typeof on, list: ContentEvent[]) => {
    const t0 = performance.now();
    for (let i = 0; i < list.length; i += 8) for (const j of await p.judge.judge(list.slice(i, i + 8))) if (j.ok) schemas.encode(SUBJECTS.verdict, j.verdict);
    return list.length / ((performance.now() - t0) / 1000);
  };
  progress('ocr: warm-up');
  await rate(off, evs.slice(0, 40));
  await rate(on, evs.slice(0, 40));
  registry.resetMetrics();
  // off and on take turns over five slices of the events, so load from elsewhere on the machine falls on both alike
  progress(`ocr: pipeline with OCR and QR off and on, ${n} images, in turns`);
  // and the process's CPU time of each (every thread): on this shared machine steadier than wall time
  let offSec = 0;
  let onSec = 0;
  let offCpu = 0;
  let onCpu = 0;
  const cpuOf = async (f: () => Promise<number>) => {
    const c0 = process.cpuUsage();
    const r = await f();
    const c = process.cpuUsage(c0);
    return [r, (c.user + c.system) / 1000] as const;
  };
  const slice = Math.ceil(evs.length / 5);
  for (let i = 0; i < evs.length; i += slice) {
    const part = evs.slice(i, i + slice);
    const [a, ac] = await cpuOf(() => rate(off, part));
    const [b, bc] = await cpuOf(() => rate(on, part));
    offSec += part.length / a;
    onSec += part.length / b;
    offCpu += ac;
    onCpu += bc;
  }
  const offRate = evs.length / offSec;
  const onRate = evs.length / onSec;
  const hist = (await registry.getSingleMetric('vigil_image_text_stage_seconds')!.get()).values;
  const stageMs: Record<string, number> = {};
  for (const stage of ['qr', 'gate', 'decode', 'detect', 'direction', 'recognize']) {
    const sum = hist.find((v) => (v as { metricName?: string }).metricName === 'vigil_image_text_stage_seconds_sum' && v.labels.stage === stage)?.value ?? 0;
    const count = hist.find((v) => (v as { metricName?: string }).metricName === 'vigil_image_text_stage_seconds_count' && v.labels.stage === stage)?.value ?? 0;
    stageMs[stage] = count ? (sum / count) * 1000 : 0;
  }
  const outcomes = (await registry.getSingleMetric('vigil_image_text_images_total')!.get()).values;
  const read = outcomes.find((v) => v.labels.outcome === 'read')?.value ?? 0;
  const gated = outcomes.find((v) => v.labels.outcome === 'gate-no-text')?.value ?? 0;
  const boxes = (await registry.getSingleMetric('vigil_image_text_boxes')!.get()).values;
  const boxSum = boxes.find((v) => (v as { metricName?: string }).metricName === 'vigil_image_text_boxes_sum')?.value ?? 0;

  // OCR alone on text images: upright decode at READ_PX, detection, direction, recognition
  progress('ocr: OCR alone on text images; gate and accuracy per evasion set');
  const ocr = await OcrEngine.load({ gateSize: onCfg.image.ocr!.gatePx, detectSize: onCfg.image.ocr!.detectPx, maxBoxes: onCfg.image.ocr!.maxBoxes });
  const upright = async (b: Buffer) => {
    const { data, info } = await sharp(b).rotate().resize({ width: READ_PX, height: READ_PX, fit: 'inside', withoutEnlargement: true }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  };
  const t0 = performance.now();
  for (const p of texts) await ocr.read([await upright(p.bytes)]);
  const ocrAlonePerSec = texts.length / ((performance.now() - t0) / 1000);
  const perSet: Record<string, { gateMiss: number; accuracy: number; n: number }> = {};
  for (const { set, pics } of sets) {
    let miss = 0;
    let acc = 0;
    for (const p of pics) {
      const d = await decodeImage(p.bytes);
      if (!(await ocr.hasText({ data: d.pixels, width: d.pw, height: d.ph }, d))) miss++;
      const [lines] = await ocr.read([await upright(p.bytes)]);
      acc += charAccuracy(lines!.map((l) => l.text).join(''), p.lines.join(''));
    }
    perSet[set] = { gateMiss: miss / pics.length, accuracy: acc / pics.length, n: pics.length };
  }
  let falsePositives = 0;
  for (const b of scenes) {
    const d = await decodeImage(b);
    if (await ocr.hasText({ data: d.pixels, width: d.pw, height: d.ph }, d)) falsePositives++;
  }
  return {
    images: n, textShare: 0.2, gatePx: onCfg.image.ocr!.gatePx, detectPx: onCfg.image.ocr!.detectPx,
    offPerSec: offRate, onPerSec: onRate, ratio: onRate / offRate,
    offCpuMsPerImage: offCpu / evs.length, onCpuMsPerImage: onCpu / evs.length, cpuRatio: offCpu / onCpu,
    stageMs, reachedRecognition: read / Math.max(1, read + gated), boxesPerReadImage: read ? boxSum / read : 0,
    ocrAlonePerSec, perSet, gateFalsePositiveRate: falsePositives / scenes.length, peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}


const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');

/** CPU seconds (user + system) and wall seconds of one whole process, its stdout kept. */
function timedProcess(cmd: string, args: readonly string[], env: Record<string, string> = {}): Promise<{ wallS: number; cpuS: number; stdout: string }> {
  return new Promise((ok, fail) => {
    // bash's `times` prints its children's user and system time: the process's whole CPU time, every thread
    const child = spawnChild('bash', ['-c', '"$@" >&3; rc=$?; times; exit $rc', 'bash', cmd, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit', 'pipe'] });
    let times = '';
    let stdout = '';
    child.stdout!.on('data', (d: Buffer) => (times += d.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (stdout += d.toString()));
    const t = performance.now();
    child.on('exit', (code) => {
      const wallS = (performance.now() - t) / 1000;
      const line = times.trim().split('\n').pop() ?? '';
      const secs = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
      if (secs.length !== 2) return fail(new Error(`${cmd}: could not read its CPU time (exit ${code})`));
      ok({ wallS, cpuS: secs[0]! + secs[1]!, stdout });
    });
  });
}

/**
 * `vigil hash` against the reference C++ hasher on the same JPEGs, whole processes, one run. The set:
 * every JPEG of ../shared/data/pdq the reference reads (not the CMYK one: it stops there), and
 * 4032 × 3024 and 1600 × 1000 re-encodes (quality 90) of three of them, the list repeated `rounds` times.
 */
async function hashBench(rounds: number): Promise<Record<string, unknown>> {
  const reference = join(SHARED, 'bench/pdq-photo-hasher');
  const photos = join(SHARED, 'data/pdq/images');
  if (!existsSync(reference) || !existsSync(photos)) return { skipped: `${reference} or ${photos} is absent (../shared not here)` };
  const vigil = join(ROOT, 'bin/vigil');
  if (!existsSync(join(ROOT, 'dist/services/image/hash-cli.js'))) return { skipped: 'dist/ is not built (make build)' };
  const jpegs = readdirSync(photos, { recursive: true, encoding: 'utf8' }).filter((f) => /\.jpe?g$/i.test(f) && !/cmyk/i.test(f)).sort().map((f) => join(photos, f));
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-hash-'));
  try {
    const made: string[] = [];
    for (const src of ['bridge-mods/aaa-orig.jpg', 'misc-images/wee.jpg', 'misc-images/c.png'].map((f) => join(photos, f)).filter((f) => existsSync(f))) {
      for (const [w, h] of [[4032, 3024], [1600, 1000]] as const) {
        const file = join(dir, `${made.length}-${w}x${h}.jpg`);
        writeFileSync(file, await sharp(src).resize(w, h, { fit: 'fill' }).jpeg({ quality: 90 }).toBuffer());
        made.push(file);
      }
    }
    const distinct = [...jpegs, ...made];
    const files = Array.from({ length: rounds }, () => distinct).flat();
    const oneThread = { VIPS_CONCURRENCY: '1', UV_THREADPOOL_SIZE: '1' };
    progress(`hash: ${files.length} JPEGs (${distinct.length} distinct), reference and vigil hash, best of 3 each`);
    const runs: Record<'reference' | 'vigil' | 'vigilOneThread' | 'pdqOnly' | 'pdqOnlyOneThread', { wallS: number; cpuS: number; stdout: string }[]> = { reference: [], vigil: [], vigilOneThread: [], pdqOnly: [], pdqOnlyOneThread: [] };
    for (let i = 0; i < 3; i++) { // interleaved, so that load from elsewhere falls on all
      runs.reference.push(await timedProcess(reference, files));
      runs.vigil.push(await timedProcess(vigil, ['hash', ...files]));
      runs.vigilOneThread.push(await timedProcess(vigil, ['hash', ...files], oneThread));
      // like for like: PDQ and quality alone, as the reference prints (no digests; JPEG luma decoded alone)
      runs.pdqOnly.push(await timedProcess(vigil, ['hash', '--pdq-only', ...files]));
      runs.pdqOnlyOneThread.push(await timedProcess(vigil, ['hash', '--pdq-only', ...files], oneThread));
    }
    const best = (k: keyof typeof runs) => ({ wallS: Math.min(...runs[k].map((r) => r.wallS)), cpuS: Math.min(...runs[k].map((r) => r.cpuS)) });
    const ref = best('reference');
    const v = best('vigil');
    const v1 = best('vigilOneThread');
    const p = best('pdqOnly');
    const p1 = best('pdqOnlyOneThread');
    // hashes: the reference prints hash,quality,file; vigil one JSON object per file
    const refHash = new Map(runs.reference[0]!.stdout.trim().split('\n').map((l) => l.split(',')).map(([h, , f]) => [f!, h!] as const));
    const distancesOf = (out: string) => out.trim().split('\n').slice(0, distinct.length).map((l) => JSON.parse(l) as { file: string; pdq: string }).map((r) => hammingHex(r.pdq, refHash.get(r.file)!));
    const distances = distancesOf(runs.vigil[0]!.stdout);
    const pdqOnlyDistances = distancesOf(runs.pdqOnly[0]!.stdout);
    const pdqOnlyFromDefault = runs.pdqOnly[0]!.stdout.trim().split('\n').map((l, i) => hammingHex((JSON.parse(l) as { pdq: string }).pdq, (JSON.parse(runs.vigil[0]!.stdout.trim().split('\n')[i]!) as { pdq: string }).pdq));
    // per stage, in this process, CPU ms per image
    const bytes = distinct.map((f) => readFileSync(f));
    const decoded: DecodedImage[] = [];
    const stage = {
      decodeMs: await cpuMs(bytes, async (b, i) => (decoded[i] = await decodeImage(b))),
      pdqNativeMs: nativeImage() ? await cpuMs(decoded, (d) => pdqOfPixels(d.pixels, d.pw, d.ph, 3, { orientation: d.orientation })) : 0,
      pdqJsMs: await cpuMs(decoded, (d) => pdqOfPixels(d.pixels, d.pw, d.ph, 3, { orientation: d.orientation, native: false })),
      digestsMs: await cpuMs(bytes, (b) => [createHash('md5').update(b).digest('hex'), createHash('sha256').update(b).digest('hex')]),
      // what vigil hash runs per JPEG: one native call, decode into scratch + PDQ; RGB (default) and luma alone (--pdq-only)
      jpegPdqMs: nativeImage() ? await cpuMs(bytes, (b) => nativeImage()!.jpegPdq!(b, 40_000_000, WORKING_MIN, WORKING_MIN_SHORT, false, new Float64Array(256))) : 0,
      jpegPdqGreyMs: nativeImage() ? await cpuMs(bytes, (b) => nativeImage()!.jpegPdq!(b, 40_000_000, WORKING_MIN, WORKING_MIN_SHORT, true, new Float64Array(256))) : 0,
    };
    return {
      images: files.length, distinct: distinct.length, native: !!nativeImage(),
      reference: ref, vigil: v, vigilOneThread: v1, pdqOnly: p, pdqOnlyOneThread: p1,
      cpuRatio: ref.cpuS / v.cpuS, wallRatio: ref.wallS / v.wallS, oneThreadWallRatio: ref.wallS / v1.wallS, oneThreadCpuRatio: ref.cpuS / v1.cpuS,
      pdqOnlyCpuRatio: ref.cpuS / p.cpuS, pdqOnlyWallRatio: ref.wallS / p.wallS, pdqOnlyOneThreadWallRatio: ref.wallS / p1.wallS, pdqOnlyOneThreadCpuRatio: ref.cpuS / p1.cpuS,
      maxBitsFromReference: Math.max(...distances), meanBitsFromReference: distances.reduce((a, b) => a + b, 0) / distances.length,
      pdqOnlyMaxBitsFromReference: Math.max(...pdqOnlyDistances), pdqOnlyMeanBitsFromReference: pdqOnlyDistances.reduce((a, b) => a + b, 0) / pdqOnlyDistances.length,
      pdqOnlyMaxBitsFromDefault: Math.max(...pdqOnlyFromDefault),
      stageMs: stage,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const n = Number(values.images ?? process.env.BENCH_IMAGES ?? 400);
let result: unknown;
if (values.mode === 'one-core') result = await inProcess('one-core', n);
else if (values.mode === 'machine') result = await machine(n);
else if (values.mode === 'broker') result = await throughBroker(values.brokers!.split(','), n);
else if (values.mode === 'index') result = indexBench();
else if (values.mode === 'ocr') result = await ocrBench(n);
else if (values.mode === 'hash') result = await hashBench(Number(values.rounds ?? 8));
else throw new Error('--mode one-core | machine | broker | index | ocr | hash');
process.stdout.write(JSON.stringify(result) + '\n');
process.exit(0);
