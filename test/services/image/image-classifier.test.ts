import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Registry } from 'prom-client';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../services/common/config.js';
import { VigilError } from '../../../services/common/errors.js';
import { createLogger } from '../../../services/common/logger.js';
import { hashImage } from '../../../services/image/hash.js';
import { ImageClassifier } from '../../../services/image/image-classifier.js';
import { loadImageModel, onnxBytes, readManifest } from '../../../services/image/models.js';
import { decodeImage } from '../../../services/image/decode.js';
import { Judge } from '../../../services/pipeline/judge.js';
import type { ClassifyResult } from '../../../services/pipeline/types.js';
import { createPolicy } from '../../../services/policy/index.js';
import type { ContentEvent, Signal } from '../../../services/schema/types.js';
import { scene } from '../../../services/cli/sample-images.js';

const PDQ = resolve(import.meta.dirname, '../../../../shared/data/pdq/images');
const MODELS = resolve(import.meta.dirname, '../../../models/image');
let seq = 0;
const event = (bytes: Buffer, contexts: string[] = []): ContentEvent => ({
  kind: 'image', eventId: `img-${++seq}`, occurredAt: Date.now(), source: 'feed', senderId: `user-${seq}`, conversationId: null, jurisdiction: null, locale: null,
  mimeType: 'image/jpeg', bytes, caption: null, contexts,
});
const signal = (r: ClassifyResult, name: string): Signal | undefined => r.signals.find((s) => `${s.classifier}.${s.label}` === name);

function config(env: Record<string, string>) {
  return loadConfig({ VIGIL_HASH_BANKS_RELOAD_MS: '0', ...env }, { withoutKafka: true });
}

describe('ImageClassifier', () => {
  let dir: string;
  let banked: Buffer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-image-'));
    banked = await scene(11);
    const h = await hashImage(banked);
    writeFileSync(join(dir, 'csam.csv'), `id,pdq,md5\nsynthetic-1,${h.pdq},${h.md5}\n`); // a benign synthetic picture in a synthetic bank
    writeFileSync(join(dir, 'banks.yaml'), 'banks:\n  - { name: synthetic-csam, file: csam.csv, category: csam }\n');
  });

  it('matches a banked image and its re-encoded, resized, cropped, rotated and mirrored copies; unrelated images do not match', async () => {
    const c = await ImageClassifier.create(config({ VIGIL_HASH_BANKS: join(dir, 'banks.yaml'), VIGIL_NSFW_CASCADE: '' }).image);
    const meta = await sharp(banked).metadata();
    const copies = {
      original: banked,
      reencoded: await sharp(banked).jpeg({ quality: 55 }).toBuffer(),
      webp: await sharp(banked).webp({ quality: 70 }).toBuffer(),
      resized: await sharp(banked).resize(320).toBuffer(),
      // 1 % off each side: a 1.5 % crop of this synthetic picture sits at the match threshold (30-32 bits, by decode size)
      cropped: await sharp(banked).extract({ left: 6, top: 5, width: meta.width! - 12, height: meta.height! - 10 }).toBuffer(),
      rotated: await sharp(banked).rotate(90).toBuffer(),
      mirrored: await sharp(banked).flop().toBuffer(),
    };
    const results = await c.classifyBatch(Object.values(copies).map((b) => event(b)));
    Object.keys(copies).forEach((name, i) => {
      const r = results[i] as ClassifyResult;
      const s = signal(r, 'hash.csam');
      expect(s?.score, name).toBe(1);
      expect(s?.evidence).toMatchObject({ bank: 'synthetic-csam', method: name === 'original' ? 'md5' : 'pdq', priority: 'high' });
      expect(JSON.stringify(s), 'CSAM-bank evidence carries no entry or hash').not.toMatch(/synthetic-1|[0-9a-f]{32}/);
    });
    const unrelated = await c.classifyBatch(await Promise.all([20, 21, 22, 23, 24, 25].map(async (k) => event(await scene(k)))));
    for (const r of unrelated) expect(signal(r as ClassifyResult, 'hash.csam')).toBeUndefined();
  });

  it('gives a CSAM-bank match a block with remove, terminate and notify authorities, citing the policy', async () => {
    const cfg = config({ VIGIL_HASH_BANKS: join(dir, 'banks.yaml'), VIGIL_NSFW_CASCADE: '' });
    const policy = createPolicy(cfg, createLogger('silent'), { watch: false });
    const judge = new Judge('image', await ImageClassifier.create(cfg.image), policy.engine, policy.rules);
    const [j] = await judge.judge([event(await sharp(banked).resize(400).toBuffer(), ['medical'])]);
    if (!j?.ok) throw new Error('expected a verdict');
    expect(j.verdict.decision).toBe('BLOCK'); // exceptions do not apply to CSAM
    expect(j.verdict.actions).toEqual(expect.arrayContaining(['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES']));
    expect(j.verdict.policies.map((p) => p.id)).toEqual(expect.arrayContaining(['aup-3.b', 'cg-child-pornography.a']));
  });

  it('sends undecodable images to their own error while the rest of the batch is judged', async () => {
    const c = await ImageClassifier.create(config({ VIGIL_NSFW_CASCADE: '', VIGIL_IMAGE_MAX_BYTES: '200000' }).image);
    const good = await scene(30);
    const out = await c.classifyBatch([event(good), event(Buffer.from('GIF89a broken')), event(Buffer.alloc(300_000, 1)), event(good.subarray(0, 2000))]);
    expect(out[0]).not.toBeInstanceOf(VigilError);
    expect(out.slice(1).map((r) => (r as VigilError).code)).toEqual(['VGL_IMAGE_DECODE', 'VGL_IMAGE_LIMIT', 'VGL_IMAGE_DECODE']);
  });

  it.skipIf(!existsSync(PDQ))('does not flag the benign reference photos (../shared/data/pdq)', async () => {
    const cfg = config({});
    const policy = createPolicy(cfg, createLogger('silent'), { watch: false });
    const judge = new Judge('image', await ImageClassifier.create(cfg.image), policy.engine, policy.rules);
    const files = ['bridge-mods', 'misc-images'].flatMap((d) => readdirSync(join(PDQ, d)).filter((f) => /\.(jpe?g|png)$/.test(f)).map((f) => join(PDQ, d, f)));
    expect(files.length).toBeGreaterThan(10);
    const judged = await judge.judge(files.map((f) => event(readFileSync(f))));
    for (const [i, j] of judged.entries()) {
      if (!j.ok) throw new Error(`${files[i]}: ${j.error.message}`);
      expect(j.verdict.decision, files[i]).toBe('ALLOW');
      expect(Math.max(...j.verdict.signals.filter((s) => s.classifier === 'nsfw').map((s) => s.score)), files[i]).toBeLessThan(0.6);
    }
  }, 60_000);

  it('escalates borderline scores to the next model of the cascade, and only those', async () => {
    const imgs = await Promise.all([40, 41, 42].map(async (k) => event(await scene(k))));
    const always = await ImageClassifier.create(config({ VIGIL_NSFW_CASCADE: 'mobilenet_v2:onnx,mobilenet_v2_mid:onnx', VIGIL_NSFW_BORDERLINE: '0,1' }).image, { registry: new Registry() });
    const never = await ImageClassifier.create(config({ VIGIL_NSFW_CASCADE: 'mobilenet_v2:onnx,mobilenet_v2_mid:onnx', VIGIL_NSFW_BORDERLINE: '1,1' }).image);
    for (const r of await always.classifyBatch(imgs)) {
      expect(signal(r as ClassifyResult, 'nsfw.porn')).toMatchObject({ modelId: 'nsfwjs-mobilenet_v2_mid', evidence: { cascade: 'nsfwjs-mobilenet_v2>nsfwjs-mobilenet_v2_mid' } });
    }
    for (const r of await never.classifyBatch(imgs)) {
      expect(signal(r as ClassifyResult, 'nsfw.porn')).toMatchObject({ modelId: 'nsfwjs-mobilenet_v2', evidence: { cascade: 'nsfwjs-mobilenet_v2' } });
    }
  });

  it('scores the same on ONNX and TF.js (same input, both runtimes)', async () => {
    const imgs = await Promise.all([50, 51, 52].map(async (k) => decodeImage(await scene(k))));
    const onnx = await loadImageModel(join(MODELS, 'nsfw-mobilenet_v2.json'), { runtime: 'onnx', modelsDir: MODELS });
    const tfjs = await loadImageModel(join(MODELS, 'nsfw-mobilenet_v2.json'), { runtime: 'tfjs', modelsDir: MODELS });
    const a = await onnx.classify(imgs);
    const b = await tfjs.classify(imgs);
    for (let i = 0; i < imgs.length; i++) for (let k = 0; k < 5; k++) expect(Math.abs(a[i]![k]! - b[i]![k]!)).toBeLessThanOrEqual(1e-4);
    expect(a[0]!.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 4); // softmax rows
  }, 60_000);

  it('runs an operator model dropped into the violence slot from its manifest', async () => {
    // any ONNX classifier works: here the converted MobileNetV2 with its "drawing" output read as the slot's label
    const m = readManifest(join(MODELS, 'nsfw-mobilenet_v2.json'));
    writeFileSync(join(dir, 'slot.onnx'), onnxBytes(m, MODELS));
    writeFileSync(join(dir, 'violence.json'), JSON.stringify({ ...m, id: 'test-slot', source: { onnx: 'slot.onnx' }, signals: { drawing: 'violence.graphic' } }));
    const c = await ImageClassifier.create(config({ VIGIL_NSFW_CASCADE: '', VIGIL_VIOLENCE_MANIFEST: join(dir, 'violence.json') }).image);
    const [r] = await c.classifyBatch([event(await scene(60))]);
    const s = signal(r as ClassifyResult, 'violence.graphic');
    expect(s?.modelId).toBe('test-slot');
    expect(s!.score).toBeGreaterThan(0);
    expect(s!.score).toBeLessThanOrEqual(1);
  });

  it('the image service also reads captions for text harms (the text models run on the caption)', async () => {
    const { SERVICES } = await import('../../../services/runtime/services.js');
    const cfg = config({ VIGIL_NSFW_CASCADE: '' });
    const policy = createPolicy(cfg, createLogger('silent'), { watch: false });
    const judge = new Judge('image', await SERVICES.image!.createClassifier(cfg), policy.engine, policy.rules);
    const pic = await scene(70);
    const scam = { ...event(pic), caption: '兼职日结，日赚500，在家躺赚，加微信 abc123 了解详情' } as ContentEvent;
    const plain = { ...event(pic), caption: 'sunset at the beach' } as ContentEvent;
    const [a, b, c] = await judge.judge([scam, plain, event(pic)]);
    if (!a?.ok || !b?.ok || !c?.ok) throw new Error('expected verdicts');
    expect(a.verdict.decision).toBe('BLOCK');
    expect(a.verdict.categories.map((x) => x.name)).toContain('scam');
    expect(b.verdict.decision).toBe('ALLOW');
    expect(c.verdict.signals.some((x) => x.classifier === 'text')).toBe(false); // no caption, no text signals
  }, 60_000);

  it('refuses a manifest that maps a label it does not have', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...readManifest(join(MODELS, 'nsfw-mobilenet_v2.json')), signals: { gore: 'violence.graphic' } }));
    expect(() => readManifest(join(dir, 'bad.json'))).toThrow(/names label gore/);
  });
});
