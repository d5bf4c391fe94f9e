import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { scene } from '../../../services/cli/sample-images.js';
import { loadConfig } from '../../../services/common/config.js';
import { cascadeBand, nearThreshold } from '../../../services/image/cascade.js';
import { ImageClassifier } from '../../../services/image/image-classifier.js';
import { loadImageModel } from '../../../services/image/models.js';
import { decodeImage } from '../../../services/image/decode.js';
import type { ContentEvent } from '../../../services/schema/types.js';

/** A rule file of its own: nudity thresholds the test chooses, one of them inside an `all` condition, one on text only. */
function rules(porn: [number, number], sexy: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cascade-'));
  const file = join(dir, 'rules.yaml');
  writeFileSync(file, `version: "test"
rules:
  - { id: image.nsfw.porn, signal: nsfw.porn, review: ${porn[0]}, block: ${porn[1]}, category: sexual, kinds: [image, video-frame], policies: [cg-nudity.a] }
  - { id: image.nsfw.sexy, signal: nsfw.sexy, review: ${sexy}, category: sexual, kinds: [image, video-frame], policies: [cg-nudity.g] }
  - id: image.nsfw.hentai.combo
    when: { all: [ { signal: nsfw.hentai, gte: 0.7 }, { signal: nsfw.porn, gte: 0.2 } ] }
    decision: review
    category: sexual
    kinds: [image]
    policies: [cg-nudity.ii.f]
  - { id: text.only, signal: nsfw.sexy, review: 0.1, category: sexual, kinds: [text], policies: [cg-nudity.g] }
`);
  return file;
}

const event = (bytes: Buffer, i: number): ContentEvent => ({
  kind: 'image', eventId: `c-${i}`, occurredAt: 0, source: 'feed', senderId: 's', conversationId: null, jurisdiction: null, locale: null,
  mimeType: 'image/jpeg', bytes, caption: null, contexts: [],
});

describe('the nudity cascade band tied to the rules', () => {
  it('reads each nudity signal’s thresholds from the image rules, conditions inside all/any included', () => {
    const band = cascadeBand(rules([0.55, 0.92], 0.8), ['nsfw.porn', 'nsfw.hentai', 'nsfw.sexy'], 0.1);
    expect(Object.fromEntries(band.thresholds)).toEqual({ 'nsfw.porn': [0.2, 0.55, 0.92], 'nsfw.hentai': [0.7], 'nsfw.sexy': [0.8] });
    expect(nearThreshold(band, new Map([['nsfw.porn', 0.47], ['nsfw.sexy', 0.1]]))).toBe(true); // 0.08 below 0.55
    expect(nearThreshold(band, new Map([['nsfw.porn', 0.4], ['nsfw.sexy', 0.6]]))).toBe(false);
    expect(nearThreshold(band, new Map([['nsfw.porn', 0.97], ['nsfw.hentai', 0.05]]))).toBe(true); // above block, still within reach
    expect(nearThreshold(band, new Map([['nsfw.hentai', 0.85]]))).toBe(false);
  });

  it('hands an image to the next model exactly when a score of the first is within the margin of a threshold', async () => {
    const imgs = await Promise.all([40, 41, 42, 43, 44, 45].map(async (k) => scene(k)));
    const cfg = (env: Record<string, string>) => loadConfig({ VIGIL_HASH_BANKS_RELOAD_MS: '0', VIGIL_IMAGE_OCR: 'off', VIGIL_IMAGE_QR: 'off', VIGIL_NSFW_CASCADE: 'mobilenet_v2:onnx,mobilenet_v2_mid:onnx', ...env }, { withoutKafka: true }).image;
    // the first model's own scores, to place thresholds next to them and far from them
    const c0 = cfg({});
    const first = await loadImageModel(join(c0.modelsDir, 'nsfw-mobilenet_v2.json'), { runtime: 'onnx', modelsDir: c0.modelsDir });
    const rows = await first.classify(await Promise.all(imgs.map((b) => decodeImage(b))));
    const porn = rows.map((r) => r[first.manifest.labels.indexOf('porn')]!);
    const sexy = rows.map((r) => r[first.manifest.labels.indexOf('sexy')]!);
    const hentai = rows.map((r) => r[first.manifest.labels.indexOf('hentai')]!);
    // a porn review threshold 0.01 above the first picture's score: that picture (only those that near) escalates
    const t = Math.min(0.98, porn[0]! + 0.01);
    const file = rules([t, 0.99], 0.99);
    const margin = 0.02;
    const expected = imgs.map((_, i) => [t, 0.99, 0.2].some((x) => Math.abs(porn[i]! - x) < margin) || Math.abs(hentai[i]! - 0.7) < margin || Math.abs(sexy[i]! - 0.99) < margin);
    expect(expected[0]).toBe(true);
    const registry = new Registry();
    const c = await ImageClassifier.create({ ...cfg({ VIGIL_NSFW_BORDERLINE: `rules:${margin}` }), rulesFile: file }, { registry });
    const out = await c.classifyBatch(imgs.map(event));
    out.forEach((r, i) => {
      if (r instanceof Error) throw r;
      const s = r.signals.find((x) => x.classifier === 'nsfw' && x.label === 'porn')!;
      expect(s.evidence.cascade, `picture ${i}`).toBe(expected[i] ? 'nsfwjs-mobilenet_v2>nsfwjs-mobilenet_v2_mid' : 'nsfwjs-mobilenet_v2');
    });
    const escalated = (await registry.getSingleMetric('vigil_nsfw_cascade_escalations_total')!.get()).values[0]!.value;
    expect(escalated).toBe(expected.filter(Boolean).length);
    expect(escalated).toBeLessThan(imgs.length); // the margin keeps the far ones on the first model
  }, 60_000);
});
