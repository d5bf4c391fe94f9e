import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { ImageConfig } from '../common/config.js';
import { VigilError, describeError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { ClassifierOutput, Classifier } from '../pipeline/types.js';
import type { ContentEvent, Signal } from '../schema/types.js';
import { BankSet, type BankGeneration, type BankMatch } from './banks.js';
import { cascadeBand, nearThreshold, type CascadeBand } from './cascade.js';
import { decodeImage, type DecodeLimits, type DecodedImage, type ImageFormat } from './decode.js';
import { hashDecoded, type ImageHashes } from './hash.js';
import { loadImageModel, type ImageModel } from './models.js';
import { ImageTextStage, OcrEngine, OCR_MODEL_ID, imageTextMetrics, type LinkCheck } from './ocr/index.js';
import { QrReader } from './qr.js';
import { loadWeaponDetector, type WeaponDetector } from './weapons.js';

export interface ImageMetrics {
  readonly modelSeconds: Histogram<'model' | 'runtime'>;
  readonly modelLoaded: Gauge<'model' | 'runtime'>;
  readonly cascadeEscalations: Counter;
  readonly bankEntries: Gauge<'bank'>;
  readonly bankLoadedAt: Gauge<'bank'>;
  readonly bankReloadFailures: Counter;
  readonly bankMatches: Counter<'bank' | 'method'>;
}

/** Image metrics on an injected registry (one set per registry). */
export function imageMetrics(registry: Registry): ImageMetrics {
  const get = <T>(name: string, make: () => T): T => (registry.getSingleMetric(name) as T | undefined) ?? make();
  const registers = [registry];
  return {
    modelSeconds: get('vigil_model_inference_seconds', () => new Histogram({ name: 'vigil_model_inference_seconds', help: 'Model inference time per image (batch time / batch size), by model and runtime.', labelNames: ['model', 'runtime'], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], registers })),
    modelLoaded: get('vigil_model_loaded', () => new Gauge({ name: 'vigil_model_loaded', help: '1 for each model loaded and serving, by model and runtime.', labelNames: ['model', 'runtime'], registers })),
    cascadeEscalations: get('vigil_nsfw_cascade_escalations_total', () => new Counter({ name: 'vigil_nsfw_cascade_escalations_total', help: 'Images whose nudity score was borderline on a model and went on to the next model of the cascade.', registers })),
    bankEntries: get('vigil_hash_bank_entries', () => new Gauge({ name: 'vigil_hash_bank_entries', help: 'Hashes held per bank (PDQ and exact).', labelNames: ['bank'], registers })),
    bankLoadedAt: get('vigil_hash_bank_loaded_timestamp_seconds', () => new Gauge({ name: 'vigil_hash_bank_loaded_timestamp_seconds', help: 'When each bank was last loaded (unix seconds); time() minus this is the bank age.', labelNames: ['bank'], registers })),
    bankReloadFailures: get('vigil_hash_bank_reload_failures_total', () => new Counter({ name: 'vigil_hash_bank_reload_failures_total', help: 'Bank reloads that failed (the previous banks stay in use).', registers })),
    bankMatches: get('vigil_hash_bank_matches_total', () => new Counter({ name: 'vigil_hash_bank_matches_total', help: 'Images matched per bank and method (pdq, md5, sha256). Never the hash.', labelNames: ['bank', 'method'], registers })),
  };
}

export interface ImageClassifierParts {
  readonly limits: DecodeLimits;
  /** Nudity models in cascade order (small first). */
  readonly nsfw: readonly ImageModel[];
  /** A fixed band [low, high) of the highest nudity score, or the band around the rules' thresholds (cascade.ts). */
  readonly borderline: readonly [number, number] | CascadeBand;
  readonly violence: ImageModel | null;
  readonly weapons: WeaponDetector | null;
  readonly banks: BankSet | null;
  /** Text and QR codes in the image (services/image/ocr); absent or disabled: not looked for. */
  readonly imageText?: ImageTextStage;
  readonly metrics?: ImageMetrics;
  readonly logger?: Logger;
}

const NSFW_LABELS = ['porn', 'hentai', 'sexy'];

/** What one image yields before the rule engine sees it: also used by the video path. */
export interface ImageAnalysis {
  readonly decoded: DecodedImage;
  readonly hashes: ImageHashes;
  readonly matches: readonly BankMatch[];
  readonly signals: Signal[];
  readonly notes: string[];
}

/**
 * The image path: one decode per image (safe limits; failures become dead letters), MD5/SHA-256/PDQ
 * (with dihedral variants) matched against the hash banks, the nudity cascade, the violence slot and
 * the weapons baseline. Emits signals only; policy/rules.yaml decides.
 */
export class ImageClassifier implements Classifier {
  readonly name = 'image';
  readonly kinds = ['image', 'video-frame'] as const;

  constructor(private readonly p: ImageClassifierParts) {}

  /**
   * `ctx.text` is the text classifier recognised text goes through (the one chat and captions use) and
   * `ctx.links` the link checker for QR payloads; without them text and QR codes yield no text or link signals.
   */
  static async create(c: ImageConfig, ctx: { registry?: Registry; logger?: Logger; text?: Classifier; links?: LinkCheck } = {}): Promise<ImageClassifier> {
    const metrics = ctx.registry ? imageMetrics(ctx.registry) : undefined;
    const opts = { modelsDir: c.modelsDir, executionProviders: c.executionProviders, intraOpNumThreads: c.threads };
    const nsfw: ImageModel[] = [];
    for (const { model, runtime } of c.nsfwCascade) {
      const path = existsSync(model) ? model : join(c.modelsDir, `nsfw-${model}.json`);
      nsfw.push(await loadImageModel(path, { ...opts, runtime }));
    }
    const violence = c.violenceManifest ? await loadImageModel(c.violenceManifest, { ...opts, runtime: 'onnx' }) : null;
    const weapons = c.weapons ? await loadWeaponDetector(c.weaponsMinScore) : null;
    for (const m of [...nsfw, ...(violence ? [violence] : [])]) metrics?.modelLoaded.set({ model: m.manifest.id, runtime: m.runtime }, 1);
    if (weapons) metrics?.modelLoaded.set({ model: weapons.id, runtime: 'tfjs' }, 1);
    // text read from images has no use without the text classifier to judge it: OCR is not loaded then
    const ocr = c.ocr && ctx.text ? await OcrEngine.load({ ...opts, gateSize: c.ocr.gatePx, detectSize: c.ocr.detectPx, maxBoxes: c.ocr.maxBoxes }) : null;
    if (ocr) metrics?.modelLoaded.set({ model: OCR_MODEL_ID, runtime: 'onnx' }, 1);
    const qr = c.qr ? await QrReader.load() : null;
    const imageText = new ImageTextStage({ ocr, qr, text: ctx.text ?? null, links: ctx.links ?? null, ...(ctx.registry ? { metrics: imageTextMetrics(ctx.registry) } : {}) });
    const banks = c.banksFile
      ? BankSet.load({
        file: c.banksFile,
        reloadMs: c.banksReloadMs,
        onReload: (g) => {
          for (const b of g.banks) {
            metrics?.bankEntries.set({ bank: b.spec.name }, b.size);
            metrics?.bankLoadedAt.set({ bank: b.spec.name }, b.loadedAt / 1000);
          }
          ctx.logger?.info('hash banks loaded', { banks: g.banks.length, entries: g.size });
        },
        onError: (err) => {
          metrics?.bankReloadFailures.inc();
          ctx.logger?.error('hash bank reload failed; previous banks stay in use', { code: err.code, reason: err.message });
        },
      })
      : null;
    return new ImageClassifier({
      limits: { maxBytes: c.maxBytes, maxPixels: c.maxPixels, formats: c.formats as ImageFormat[] },
      nsfw,
      borderline: 'margin' in c.nsfwBorderline
        ? cascadeBand(c.rulesFile, new Set(nsfw.flatMap((m) => Object.values(m.manifest.signals))), c.nsfwBorderline.margin)
        : c.nsfwBorderline,
      violence,
      weapons,
      banks,
      imageText,
      ...(metrics ? { metrics } : {}),
      ...(ctx.logger ? { logger: ctx.logger } : {}),
    });
  }

  ready(): boolean {
    return true; // create() resolves only once every model and bank is loaded
  }

  get bankGeneration(): BankGeneration | null {
    return this.p.banks?.current ?? null;
  }

  async classifyBatch(events: readonly ContentEvent[]): Promise<ClassifierOutput[]> {
    const analysed = await this.analyse(events.map((e) => (e.kind === 'image' || e.kind === 'video-frame' ? e.bytes : null)), events);
    return analysed.map((a) => (a instanceof VigilError ? a : { signals: a.signals, notes: a.notes, pdq: { hash: a.hashes.pdq, quality: a.hashes.quality } }));
  }

  /** Decodes, hashes, matches and scores a batch of images (null: not an image); `events`, when given, are the events they came in. */
  async analyse(images: readonly (Uint8Array | null)[], events?: readonly ContentEvent[]): Promise<(ImageAnalysis | VigilError)[]> {
    const decoded = await Promise.all(images.map(async (bytes) => {
      if (!bytes) return new VigilError('VGL_INVALID_EVENT', 'event carries no image');
      try {
        return await decodeImage(bytes, this.p.limits);
      } catch (err) {
        return err instanceof VigilError ? err : new VigilError('VGL_IMAGE_DECODE', describeError(err).message);
      }
    }));
    const ok: number[] = [];
    decoded.forEach((d, i) => { if (!(d instanceof VigilError)) ok.push(i); });
    const imgs = ok.map((i) => decoded[i] as DecodedImage);
    const gen = this.p.banks?.current ?? null;
    const wantDihedral = !!gen && gen.banks.length > 0;
    const out: (ImageAnalysis | VigilError)[] = decoded.map((d) => (d instanceof VigilError ? d : null as unknown as ImageAnalysis));
    ok.forEach((i, k) => {
      const hashes = hashDecoded(images[i]!, imgs[k]!, { dihedral: wantDihedral });
      const signals: Signal[] = [];
      const notes: string[] = [];
      let matches: BankMatch[] = [];
      if (gen) {
        const r = gen.match({ md5: hashes.md5, sha256: hashes.sha256, quality: hashes.quality, pdq: hashes.dihedral ? Object.values(hashes.dihedral) : [hashes.pdq] });
        matches = r.matches;
        if (r.suppressedBy.length) notes.push(`hash matches suppressed by allow bank ${r.suppressedBy.join(', ')}`);
        for (const m of matches) {
          this.p.metrics?.bankMatches.inc({ bank: m.bank, method: m.method });
          const dot = m.signal.indexOf('.');
          // evidence names the bank and how it matched; CSAM-bank entries are not even referenced
          const evidence: Record<string, string> = { bank: m.bank, method: m.method, distance: String(m.distance), priority: m.highPriority ? 'high' : 'normal' };
          if (m.category !== 'csam') evidence.entry = m.ref;
          signals.push({ classifier: m.signal.slice(0, dot), modelId: `bank:${m.bank}`, modelVersion: '-', label: m.signal.slice(dot + 1), score: 1, evidence });
        }
      }
      if (hashes.quality < 50) notes.push(`PDQ quality ${hashes.quality} is below 50: too little detail for perceptual matching`);
      out[i] = { decoded: imgs[k]!, hashes, matches, signals, notes };
    });
    if (imgs.length) {
      await this.nsfw(imgs, ok.map((i) => out[i] as ImageAnalysis));
      await this.violence(imgs, ok.map((i) => out[i] as ImageAnalysis));
      await this.weapons(imgs, ok.map((i) => out[i] as ImageAnalysis));
      await this.p.imageText?.signals(ok.map((i, k) => ({ bytes: images[i]!, decoded: imgs[k]!, ...(events?.[i] ? { event: events[i] } : {}) })), ok.map((i) => out[i] as ImageAnalysis));
    }
    return out;
  }

  private async timed<T>(model: string, runtime: string, n: number, f: () => Promise<T>): Promise<T> {
    const t = performance.now();
    const r = await f();
    const per = (performance.now() - t) / 1000 / n;
    const h = this.p.metrics?.modelSeconds.labels({ model, runtime });
    if (h) for (let i = 0; i < n; i++) h.observe(per);
    return r;
  }

  /** The cascade: each model scores the images the previous one found borderline (see borderline()); the last word counts. */
  private async nsfw(imgs: DecodedImage[], out: ImageAnalysis[]): Promise<void> {
    const models = this.p.nsfw;
    if (!models.length) return;
    let todo = imgs.map((_, i) => i);
    const final = new Map<number, { model: ImageModel; row: Float32Array; path: string }>();
    const path: string[][] = imgs.map(() => []);
    for (let level = 0; level < models.length && todo.length; level++) {
      const m = models[level]!;
      const rows = await this.timed(m.manifest.id, m.runtime, todo.length, () => m.classify(todo.map((i) => imgs[i]!)));
      const next: number[] = [];
      todo.forEach((i, k) => {
        const row = rows[k]!;
        path[i]!.push(m.manifest.id);
        final.set(i, { model: m, row, path: path[i]!.join('>') });
        if (level + 1 < models.length && this.borderline(m, row)) next.push(i);
      });
      if (next.length) this.p.metrics?.cascadeEscalations.inc(next.length);
      todo = next;
    }
    for (const [i, { model, row, path: p }] of final) out[i]!.signals.push(...modelSignals(model, row, { cascade: p }));
  }

  private borderline(m: ImageModel, row: Float32Array): boolean {
    const b = this.p.borderline;
    if ('thresholds' in b) {
      const scores = new Map<string, number>();
      for (const [label, signal] of Object.entries(m.manifest.signals)) scores.set(signal, Math.max(scores.get(signal) ?? 0, row[m.manifest.labels.indexOf(label)] ?? 0));
      return nearThreshold(b, scores);
    }
    const top = Math.max(...NSFW_LABELS.map((l) => row[m.manifest.labels.indexOf(l)] ?? 0));
    return top >= b[0] && top < b[1];
  }

  private async violence(imgs: DecodedImage[], out: ImageAnalysis[]): Promise<void> {
    const m = this.p.violence;
    if (!m) return;
    const rows = await this.timed(m.manifest.id, m.runtime, imgs.length, () => m.classify(imgs));
    rows.forEach((row, k) => out[k]!.signals.push(...modelSignals(m, row, {})));
  }

  private async weapons(imgs: DecodedImage[], out: ImageAnalysis[]): Promise<void> {
    const d = this.p.weapons;
    if (!d) return;
    const found = await this.timed(d.id, 'tfjs', imgs.length, () => d.detect(imgs));
    found.forEach((dets, k) => {
      const best = dets[0];
      out[k]!.signals.push({
        classifier: 'object', modelId: d.id, modelVersion: d.version, label: 'weapon', score: best?.score ?? 0,
        evidence: best ? { object: best.label, box: best.box.map((x) => x.toFixed(3)).join(','), detections: String(dets.length) } : {},
      });
    });
  }
}

function modelSignals(m: ImageModel, row: Float32Array, evidence: Record<string, string>): Signal[] {
  const { labels, signals } = m.manifest;
  const top = labels[row.indexOf(Math.max(...row))] ?? '';
  return Object.entries(signals).map(([label, signal]) => {
    const dot = signal.indexOf('.');
    return {
      classifier: signal.slice(0, dot), modelId: m.manifest.id, modelVersion: m.manifest.version, label: signal.slice(dot + 1),
      score: row[labels.indexOf(label)] ?? 0, evidence: { ...evidence, top, runtime: m.runtime },
    };
  });
}
