import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleFeed } from '../../services/cli/sample.js';
import { pngClaiming, scene } from '../../services/cli/sample-images.js';
import { SUBJECTS, type ContentEvent } from '../../services/schema/types.js';
import type { Worker } from '../../services/runtime/worker.js';
import { TopicReader, produce, schemas, startWorker, testEnv, type DeadLetter, type Verdict } from './harness.js';

/** Deterministic: the same cases every run (seed 20261126), so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}
const r = rng(20261126);
const int = (n: number) => Math.floor(r() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

const WEIRD_TEXT = ['', ' ', '\u0000\u0001\u0002', '\ud800 lone surrogate', '\udfff', 'e\u0301\u0301\u0301\u0301', '‮reversed', '𝕳𝖊𝖑𝖑𝖔', '加 微 信 ' .repeat(50), 'a'.repeat(100_000), '\u200b'.repeat(5000), '👍🏽'.repeat(3000), 'http://' + 'x.'.repeat(2000) + 'com', '13800138000 '.repeat(500)];

function mutateBytes(b: Buffer): Buffer {
  const out = Buffer.from(b);
  switch (int(8)) {
    case 0: for (let i = 0, n = 1 + int(8); i < n && out.length; i++) out[int(out.length)]! ^= 1 << int(8); return out;
    case 1: return out.subarray(0, int(out.length));
    case 2: return Buffer.concat([out, Buffer.from(Array.from({ length: 1 + int(64) }, () => int(256)))]);
    case 3: { const at = int(out.length); return Buffer.concat([out.subarray(0, at), Buffer.from(Array.from({ length: 1 + int(16) }, () => int(256))), out.subarray(at)]); }
    case 4: { const at = int(out.length); out.fill(0, at, Math.min(out.length, at + 1 + int(32))); return out; }
    case 5: if (out.length) out[0] = int(256); return out;
    case 6: if (out.length >= 5) out.writeUInt32BE(pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 99, 0xffffffff]), 1); return out;
    default: return Buffer.from(Array.from({ length: int(200) }, () => int(256)));
  }
}

function mutateImage(b: Buffer): Buffer {
  switch (int(6)) {
    case 0: return Buffer.alloc(0);
    case 1: return pngClaiming(1 + int(200_000), 1 + int(200_000));
    case 2: return Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    default: return mutateBytes(b);
  }
}

function mutateEvent(e: ContentEvent): ContentEvent {
  const x: Record<string, unknown> = { ...e };
  for (let k = 0, n = 1 + int(3); k < n; k++) {
    switch (int(9)) {
      // odd ids, still unique per case: an event sent twice under one id is one event (and may be de-duplicated)
      case 0: x.eventId = pick(['', ` ${String(e.eventId)}`, `${'x'.repeat(5000)}${String(e.eventId)}`, String(e.eventId) + '\ud800']); break;
      case 1: x.senderId = pick(['', '\u0000', '🙂'.repeat(1000)]); break;
      case 2: x.occurredAt = pick([0, -1, 1, Date.now() + 10 * 86_400_000, 253402300799999, Date.now()]); break;
      case 3: if ('text' in x) x.text = pick(WEIRD_TEXT); else if ('bytes' in x) x.bytes = mutateImage(x.bytes as Buffer); break;
      case 4: if ('contexts' in x) x.contexts = pick([[], ['medical'], ['\u0000'], Array.from({ length: 500 }, () => 'art')]); break;
      case 5: x.jurisdiction = pick([null, 'KR', '', 'ZZ', 'kr']); break;
      case 6: if ('frameIndex' in x) { x.frameIndex = pick([-1, 0, 2147483647, int(50)]); x.last = r() < 0.5; } break;
      case 7: if ('ptsMs' in x) x.ptsMs = pick([-5, 0, 1e12]); if ('videoId' in x) x.videoId = pick(['', 'v', 'v'.repeat(3000)]); break;
      default: if ('bytes' in x) x.bytes = mutateImage(x.bytes as Buffer); break;
    }
  }
  return x as unknown as ContentEvent;
}

const SUBJECT = { text: SUBJECTS.text, image: SUBJECTS.image, 'video-frame': SUBJECTS.videoFrame } as const;

/** One fuzz case: a valid event, mutated at field level (then encoded) or at byte level (after encoding). */
function fuzzCase(seed: ContentEvent, i: number): { key: string; value: Buffer } {
  const e = { ...seed, eventId: `${seed.eventId}-fuzz-${i}` } as ContentEvent;
  const { kind, ...rest } = r() < 0.5 ? mutateEvent(e) : e;
  let value: Buffer;
  try {
    value = schemas.encode(SUBJECT[kind], rest);
  } catch {
    value = schemas.encode(SUBJECT[kind], (({ kind: _k, ...v }) => v)(e)); // a mutation the schema cannot even encode
  }
  if (r() < 0.5) value = mutateBytes(value);
  return { key: `fuzz-${i % 17}`, value };
}

const workers: Worker[] = [];
afterAll(async () => {
  for (const w of workers) await w.stop(10_000);
});

describe('fuzzing the workers with mutated events and Avro frames', () => {
  it('never crashes: every one of 2,200 mutated inputs becomes a verdict or a dead letter', async () => {
    const env = testEnv({ VIGIL_NSFW_CASCADE: 'mobilenet_v2:onnx', VIGIL_VIDEO_FRAME_VERDICTS: 'true', VIGIL_VIDEO_IDLE_MS: '1000', VIGIL_TEXT_THREADS: '1', VIGIL_IMAGE_MAX_BYTES: '2000000' });
    const started = await Promise.all(['text', 'image', 'video'].map((s) => startWorker(env, s)));
    workers.push(...started.map((s) => s.worker));
    const config = started[0]!.config;
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    const dead = await new TopicReader<DeadLetter>(config, config.topics.deadLetter).start();
    for (const w of workers) await w.start();

    const texts = sampleFeed({ prefix: 'fz', start: Date.now() - 60_000 }).events.slice(0, 40);
    const pics = await Promise.all([1, 2, 3].map(async (k) => sharp(await scene(k, 160, 120)).jpeg().toBuffer()));
    pics.push(await sharp(pics[0]!).png().toBuffer(), await sharp(pics[1]!).webp().toBuffer(), await sharp(pics[2]!).gif().toBuffer());
    const base = { occurredAt: Date.now() - 1000, source: 'feed', conversationId: null, jurisdiction: null, locale: null } as const;
    const images: ContentEvent[] = pics.map((bytes, k) => ({ kind: 'image', eventId: `fz-img-${k}`, senderId: `fz-s${k}`, ...base, mimeType: 'image/jpeg', bytes, caption: k % 2 ? 'nice pic' : null, contexts: [] }));
    const frames: ContentEvent[] = pics.slice(0, 3).map((bytes, k) => ({ kind: 'video-frame', eventId: `fz-f${k}`, senderId: 'fz-up', ...base, videoId: `fz-v${k}`, frameIndex: k, ptsMs: k * 1000, last: k === 2, mimeType: 'image/jpeg', bytes }));

    const cases = { [config.topics.text]: 1500, [config.topics.image]: 400, [config.topics.video]: 300 };
    const seeds = { [config.topics.text]: texts, [config.topics.image]: images, [config.topics.video]: frames };
    let i = 0;
    for (const [topic, n] of Object.entries(cases)) await produce(config, topic, Array.from({ length: n }, () => fuzzCase(pick(seeds[topic]!), i++)));

    const total = Object.values(cases).reduce((a, b) => a + b, 0);
    const accounted = () => verdicts.records.filter((v) => v.contentKind !== 'VIDEO').length + dead.records.length;
    await verdicts.waitFor(() => accounted() >= total, 240_000);
    await new Promise((res) => setTimeout(res, 1500)); // nothing beyond: no duplicates
    for (const [topic, n] of Object.entries(cases)) {
      const kind = topic === config.topics.text ? 'TEXT' : topic === config.topics.image ? 'IMAGE' : 'VIDEO_FRAME';
      const got = verdicts.records.filter((v) => v.contentKind === kind).length + dead.records.filter((d) => d.topic === topic).length;
      // at least once each; exactly once unless a rebalance replayed a chunk (video frames: from the open videos' first frame)
      expect(got, topic).toBeGreaterThanOrEqual(n);
      if (topic !== config.topics.video) expect(got, topic).toBe(n);
    }
    // every dead letter names a code and a reason; the workers are all still ready
    for (const d of dead.records) expect(d.errorCode).toMatch(/^VGL_[A-Z0-9_]+$/);
    for (const w of workers) expect(w.isReady()).toBe(true);
    expect(new Set(dead.records.map((d) => d.errorCode)).size).toBeGreaterThanOrEqual(6);
    await verdicts.stop();
    await dead.stop();
  });
});
