import sharp from 'sharp';
import { Counter, Histogram, type Registry } from 'prom-client';
import { VigilError } from '../../common/errors.js';
import type { Classifier, ClassifierOutput } from '../../pipeline/types.js';
import type { ContentEvent, Signal } from '../../schema/types.js';
import type { DecodedImage } from '../decode.js';
import { HANDOFF_SCORE, handoffKind, type HandoffKind, type QrReader } from '../qr.js';
import type { TextBox } from './detect.js';
import { OCR_MODEL_ID, type OcrEngine, type OcrLine, type OcrStageMs } from './ocr.js';
import { upright, type Raster } from './raster.js';
import { nativeImage } from '../native.js';

/** Longest side of the upright decode that text crops are taken from. */
export const READ_PX = 1280;

export interface ImageTextMetrics {
  /** Stage time per image: gate, decode, detect, direction, recognize, text, qr. */
  readonly stageSeconds: Histogram<'stage'>;
  readonly boxes: Histogram;
  /** Images by how far they went: gate-no-text, read (reached recognition). */
  readonly images: Counter<'outcome'>;
  readonly qrCodes: Counter<'kind'>;
}

/** Text-in-image metrics on an injected registry (one set per registry). */
export function imageTextMetrics(registry: Registry): ImageTextMetrics {
  const get = <T>(name: string, make: () => T): T => (registry.getSingleMetric(name) as T | undefined) ?? make();
  const registers = [registry];
  return {
    stageSeconds: get('vigil_image_text_stage_seconds', () => new Histogram({ name: 'vigil_image_text_stage_seconds', help: 'Text and QR codes in images: time per image of each stage (gate, decode, detect, direction, recognize, text, qr).', labelNames: ['stage'], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], registers })),
    boxes: get('vigil_image_text_boxes', () => new Histogram({ name: 'vigil_image_text_boxes', help: 'Text boxes read per image that reached recognition.', buckets: [0, 1, 2, 4, 8, 16, 32], registers })),
    images: get('vigil_image_text_images_total', () => new Counter({ name: 'vigil_image_text_images_total', help: 'Images by how far the text cascade took them: gate-no-text (the cheap detector pass found none), read (reached recognition).', labelNames: ['outcome'], registers })),
    qrCodes: get('vigil_image_qr_codes_total', () => new Counter({ name: 'vigil_image_qr_codes_total', help: 'QR codes decoded, by contact hand-off kind (none when it hands off to nothing known). Never the payload.', labelNames: ['kind'], registers })),
  };
}

/** The link checker's surface used here (services/text/urls.ts LinkChecker). */
export interface LinkCheck {
  check(text: string): { hits: readonly { readonly signal: string; readonly score: number; readonly count: number }[]; hosts: number };
}

export interface ImageTextParts {
  readonly ocr: OcrEngine | null;
  readonly qr: QrReader | null;
  /** The text classifier chat uses: recognised text is judged exactly as a chat message would be. */
  readonly text: Classifier | null;
  readonly links: LinkCheck | null;
  readonly metrics?: ImageTextMetrics;
}

export interface ImageTextInput {
  readonly bytes: Uint8Array;
  readonly decoded: DecodedImage;
  /** The event the image came in (its ids, sender and jurisdiction go with the text); absent in bare analysis. */
  readonly event?: ContentEvent;
}

/** What was read from one image, for tests and the benchmark: never logged, never in verdicts. */
export interface ImageTextResult {
  readonly gate: boolean;
  readonly lines: readonly OcrLine[];
  readonly qr: readonly { readonly kind: HandoffKind | null; readonly box: readonly number[]; readonly payload: string }[];
  /** The error code when the gate found text but the image could not be decoded again to read it. */
  readonly unread?: string;
}

const f3 = (x: number) => x.toFixed(3);

/**
 * Text and QR codes in images, as a cascade: QR decoding on the already-decoded pixels; a cheap
 * detector pass at low resolution on the same pixels decides whether an image holds text; only those
 * images are decoded upright again at up to READ_PX and read — from the gate's boxes when the text is
 * large enough at the gate's resolution and every line reads confidently, otherwise after a second
 * detector pass at full resolution (recognition batched over every crop of the batch). The recognised text of each image goes through the text
 * classifier chat uses; its signals keep their names and carry evidence that they came from text in
 * the image (bounds, lines, OCR confidence and model), never the text. QR payloads go to the link
 * checker and the contact hand-off signal; their evidence names the kind of hand-off, never the payload.
 */
export class ImageTextStage {
  constructor(private readonly p: ImageTextParts) {}

  get enabled(): boolean {
    return !!(this.p.ocr || this.p.qr);
  }

  async analyse(items: readonly ImageTextInput[], ms?: Record<string, number>): Promise<ImageTextResult[]> {
    const timed = async <T>(stage: string, n: number, f: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      const r = await f();
      const dt = performance.now() - t;
      if (ms) ms[stage] = (ms[stage] ?? 0) + dt;
      const h = this.p.metrics?.stageSeconds.labels({ stage });
      if (h && n) for (let i = 0; i < n; i++) h.observe(dt / 1000 / n);
      return r;
    };
    const qr = this.p.qr;
    const codes = qr
      ? await timed('qr', items.length, () => Promise.all(items.map(async (it) => (await qr.decode(it.decoded)).map((c) => ({ ...c, kind: handoffKind(c.payload) })))))
      : items.map(() => []);
    const ocr = this.p.ocr;
    const gated = ocr
      ? await timed('gate', items.length, async () => {
        const out: { boxes: TextBox[]; readable: boolean }[] = [];
        for (const { decoded: d } of items) out.push(await ocr.gate({ data: d.pixels, width: d.pw, height: d.ph }, { width: d.width, height: d.height }));
        return out;
      })
      : items.map(() => ({ boxes: [], readable: false }));
    const gate = gated.map((g) => g.boxes.length > 0);
    let todo = items.map((_, i) => i).filter((i) => gate[i]);
    this.p.metrics?.images.inc({ outcome: 'gate-no-text' }, items.length - todo.length);
    const lines: OcrLine[][] = items.map(() => []);
    const unread: (string | null)[] = items.map(() => null);
    if (ocr && todo.length) {
      const decoded = await timed('decode', todo.length, () => Promise.all(todo.map((i) => uprightRaster(items[i]!.bytes).catch((err: unknown) => {
        // the image decoded once already; should its upright decode fail, the image is judged without its text
        unread[i] = err instanceof VigilError ? err.code : 'VGL_IMAGE_DECODE';
        return null;
      }))));
      const rasters = decoded.filter((r): r is Raster => r !== null);
      todo = todo.filter((i) => unread[i] === null);
      const stage: OcrStageMs = { detect: 0, direction: 0, recognize: 0, crops: 0 };
      // gate boxes are fractions of the stored picture: usable as they are when it needs no turning upright
      const read = await ocr.read(rasters, stage, todo.map((i) => (gated[i]!.readable && items[i]!.decoded.orientation === 1 ? gated[i]!.boxes : null)));
      for (const s of ['detect', 'direction', 'recognize'] as const) {
        if (ms) ms[s] = (ms[s] ?? 0) + stage[s];
        const h = this.p.metrics?.stageSeconds.labels({ stage: s });
        if (h) for (let i = 0; i < todo.length; i++) h.observe(stage[s] / 1000 / todo.length);
      }
      todo.forEach((i, k) => {
        lines[i] = read[k]!;
        this.p.metrics?.boxes.observe(read[k]!.length);
      });
      this.p.metrics?.images.inc({ outcome: 'read' }, todo.length);
    }
    for (const c of codes) for (const q of c) this.p.metrics?.qrCodes.inc({ kind: q.kind ?? 'none' });
    return items.map((_, i) => ({ gate: gate[i]!, lines: lines[i]!, qr: codes[i]!, ...(unread[i] ? { unread: unread[i]! } : {}) }));
  }

  /** Adds the text and QR signals of each image to `out` (same order as `items`). */
  async signals(items: readonly ImageTextInput[], out: readonly { signals: Signal[]; notes: string[] }[], ms?: Record<string, number>): Promise<void> {
    if (!this.enabled || !items.length) return;
    const found = await this.analyse(items, ms);
    found.forEach((r, i) => {
      if (r.unread) out[i]!.notes.push(`text in image not read: ${r.unread}`);
    });
    // text: one text event per image with text, judged together in one batch
    const withText = found.map((r, i) => (r.lines.length ? i : -1)).filter((i) => i >= 0);
    if (this.p.text && withText.length) {
      const t = performance.now();
      const events = withText.map((i) => textEvent(found[i]!.lines.map((l) => l.text).join(' '), items[i]!.event));
      const results: ClassifierOutput[] = await this.p.text.classifyBatch(events);
      if (ms) ms.text = (ms.text ?? 0) + performance.now() - t;
      withText.forEach((i, k) => {
        const r = results[k]!;
        if (r instanceof Error) {
          out[i]!.notes.push(`text in image not judged: ${r.code}`);
          return;
        }
        const ls = found[i]!.lines;
        const evidence = { source: 'image-text', box: bounds(ls.flatMap((l) => l.corners)), lines: String(ls.length), ocrConfidence: (ls.reduce((s, l) => s + l.confidence, 0) / ls.length).toFixed(2), ocrModel: OCR_MODEL_ID };
        for (const s of r.signals) out[i]!.signals.push({ ...s, evidence: { ...s.evidence, ...evidence } });
        for (const n of r.notes ?? []) out[i]!.notes.push(`text in image: ${n}`);
        if (ls.some((l) => l.rotated)) out[i]!.notes.push('text in image: rotated lines were turned upright before reading');
      });
    }
    found.forEach((r, i) => {
      if (!r.qr.length) return;
      const box = bounds(r.qr.flatMap((q) => [[q.box[0]!, q.box[1]!], [q.box[0]! + q.box[2]!, q.box[1]! + q.box[3]!]] as const));
      const handoffs = r.qr.filter((q) => q.kind);
      const best = handoffs.reduce<{ kind: HandoffKind | null; score: number }>((b, q) => (HANDOFF_SCORE[q.kind!] > b.score ? { kind: q.kind, score: HANDOFF_SCORE[q.kind!] } : b), { kind: null, score: 0 });
      const common = { source: 'qr', codes: String(r.qr.length), box };
      out[i]!.signals.push({ classifier: 'qr', modelId: 'zxing-wasm', modelVersion: '3', label: 'code', score: 1, evidence: common });
      out[i]!.signals.push({ classifier: 'qr', modelId: 'vigil-qr-handoff', modelVersion: '1', label: 'contact-handoff', score: best.score, evidence: best.kind ? { ...common, kind: best.kind, handoffs: String(handoffs.length) } : common });
      if (!this.p.links) return;
      const merged = new Map<string, { score: number; count: number; hosts: number }>();
      for (const { payload } of r.qr) {
        const l = this.p.links.check(payload);
        for (const h of l.hits) {
          const m = merged.get(h.signal) ?? { score: 0, count: 0, hosts: 0 };
          merged.set(h.signal, { score: Math.max(m.score, h.score), count: m.count + h.count, hosts: m.hosts + l.hosts });
        }
      }
      for (const [name, m] of merged) {
        const dot = name.indexOf('.');
        out[i]!.signals.push({ classifier: name.slice(0, dot), modelId: 'vigil-links', modelVersion: '1', label: name.slice(dot + 1), score: m.score, evidence: { ...common, count: String(m.count), links: String(m.hosts) } });
      }
    });
  }
}

/** Axis-aligned bounds of points given as fractions: "x,y,w,h". */
function bounds(points: readonly (readonly [number, number])[]): string {
  let x0 = 1, y0 = 1, x1 = 0, y1 = 0;
  for (const [x, y] of points) {
    x0 = Math.min(x0, Math.max(0, x));
    y0 = Math.min(y0, Math.max(0, y));
    x1 = Math.max(x1, Math.min(1, x));
    y1 = Math.max(y1, Math.min(1, y));
  }
  return [x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)].map(f3).join(',');
}

/**
 * The image upright (EXIF), RGB, for reading. JPEGs through the native addon (services/image/native.ts):
 * the smallest DCT scale whose longest side is still at least READ_PX (so up to 2 × READ_PX), turned
 * upright here; other formats (and JPEGs where the addon is not built) with libvips, at most READ_PX on
 * a side. Sizes were checked by decodeImage already.
 */
async function uprightRaster(bytes: Uint8Array): Promise<Raster> {
  const addon = nativeImage();
  if (addon && bytes[0] === 0xff && bytes[1] === 0xd8) {
    const r = addon.jpegDecode(bytes, Number.MAX_SAFE_INTEGER, READ_PX, 1);
    if ('data' in r) return upright({ data: r.data, width: r.width, height: r.height }, r.orientation);
    if ('error' in r) throw new VigilError('VGL_IMAGE_DECODE', `image could not be decoded upright for reading: ${r.message ?? r.error}`);
  }
  const { data, info } = await sharp(bytes, { limitInputPixels: false, failOn: 'error', sequentialRead: true })
    .rotate()
    .resize({ width: READ_PX, height: READ_PX, fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true })
    .catch((err: unknown) => {
      throw new VigilError('VGL_IMAGE_DECODE', `image could not be decoded upright for reading: ${(err as Error).message}`, { cause: err });
    });
  return { data, width: info.width, height: info.height };
}

function textEvent(text: string, e: ContentEvent | undefined): ContentEvent {
  return {
    kind: 'text', text, replyToEventId: null, contexts: e && e.kind !== 'video-frame' ? e.contexts : [],
    eventId: e?.eventId ?? 'image-text', occurredAt: e?.occurredAt ?? 0, source: e?.source ?? 'image-text', senderId: e?.senderId ?? '-',
    conversationId: e?.conversationId ?? null, jurisdiction: e?.jurisdiction ?? null, locale: e?.locale ?? null,
  };
}
