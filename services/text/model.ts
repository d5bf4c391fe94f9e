import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import type { onnx as OnnxTypes } from 'onnx-proto';

const { onnx } = onnxProto;
import { VigilError } from '../common/errors.js';
import { loadTf } from '../ml/tf.js';
import type { SparseVector } from './features.js';
import type { FeatureConfig } from './features.js';

export interface TextModelMeta {
  readonly id: string;
  readonly version: string;
  readonly features: FeatureConfig;
  /** The version of the term file (features.terms) the model was trained with; a different file is refused on load. */
  readonly termsVersion?: string;
  /** calibration: knots [raw, calibrated] of an isotonic map fitted on out-of-fold predictions. */
  readonly heads: readonly { readonly name: string; readonly signal: string; readonly calibration?: readonly (readonly [number, number])[] }[];
  readonly weights: string;
  /**
   * Hidden units of a wide-and-deep model (models/train-deep.ts): the weights file goes on with E[2^bits][hidden],
   * c[hidden] and V[hidden][heads], and logit = linear + relu(c + Σ value · E[index]) · V. Absent: linear heads only.
   */
  readonly hidden?: number;
  /**
   * How the weights file stores each number (default float32); float16 halves the file; codebook8/codebook4 store W as
   * 8- or 4-bit indices into per-head levels with a few float16 outliers (encodeCodebook). All are float32 once loaded.
   */
  readonly dtype?: 'float32' | 'float16' | 'codebook4' | 'codebook8';
  readonly sha256: string;
}

export interface LoadedTextModel {
  readonly meta: TextModelMeta;
  /** W[2^bits][heads] row-major, then bias[heads] (then the deep part, see TextModelMeta.hidden). */
  readonly weights: Float32Array;
}

/** The parts of a model's weights, as views (no copies). */
export function weightParts(model: LoadedTextModel): { W: Float32Array; b: Float32Array; deep: { E: Float32Array; c: Float32Array; V: Float32Array; k: number } | null } {
  const d = 1 << model.meta.features.bits;
  const h = model.meta.heads.length;
  const k = model.meta.hidden ?? 0;
  const w = model.weights;
  const at = d * h + h;
  return {
    W: w.subarray(0, d * h),
    b: w.subarray(d * h, at),
    deep: k > 0 ? { E: w.subarray(at, at + d * k), c: w.subarray(at + d * k, at + d * k + k), V: w.subarray(at + d * k + k, at + d * k + k + k * h), k } : null,
  };
}

export type Runtime = 'onnx' | 'tfjs';

/** Applies isotonic calibration knots (piecewise linear between knots, flat beyond the ends). */
export function calibrate(knots: readonly (readonly [number, number])[] | undefined, raw: number): number {
  if (!knots || knots.length === 0) return raw;
  if (raw <= knots[0]![0]) return knots[0]![1];
  const last = knots[knots.length - 1]!;
  if (raw >= last[0]) return last[1];
  let lo = 0;
  let hi = knots.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (knots[mid]![0] <= raw) lo = mid;
    else hi = mid;
  }
  const [x0, y0] = knots[lo]!;
  const [x1, y1] = knots[hi]!;
  return x1 === x0 ? y1 : y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
}

/** Scores a batch of feature vectors: returns scores[n * heads + h] in [0, 1]. */
export interface TextModelRuntime {
  readonly runtime: Runtime;
  readonly backend: string;
  score(batch: readonly SparseVector[]): Promise<Float32Array>;
  dispose(): Promise<void>;
}

export function loadTextModel(dir: string, lang: string): LoadedTextModel {
  const meta = JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as TextModelMeta;
  const buf = readFileSync(join(dir, meta.weights));
  const sha = createHash('sha256').update(buf).digest('hex');
  if (sha !== meta.sha256) throw new VigilError('VGL_CLASSIFIER', `${meta.weights}: sha256 ${sha} does not match ${meta.id} metadata`);
  const d = 1 << meta.features.bits;
  const h = meta.heads.length;
  const k = meta.hidden ?? 0;
  const expected = d * h + h + (k > 0 ? d * k + k + k * h : 0);
  const weights =
    meta.dtype === 'float16' ? halfsToFloats(buf)
    : meta.dtype === 'codebook4' || meta.dtype === 'codebook8' ? decodeCodebook(buf, meta.dtype === 'codebook4' ? 4 : 8, d * h, h, expected - d * h)
    : new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  if (weights.length !== expected) throw new VigilError('VGL_CLASSIFIER', `${meta.weights}: ${weights.length} floats, expected ${expected}`);
  return { meta, weights };
}

/** Bits per weight index of codebook weights: 4 (16 levels per head, two indices per byte) or 8 (256 levels). */
export type CodeBits = 4 | 8;

export interface CodebookOptions {
  /** Each head's share of weights kept as float16 beside the indices (default 0). */
  readonly outliers?: number;
  /**
   * How much each row of W (a hashed feature) weighs in the logits, e.g. Σ value² over the training texts: the levels
   * minimise the error weighted by it, and the outliers are the weights with the largest importance · w². Default: all 1.
   */
  readonly importance?: ArrayLike<number>;
}

/** Size in bytes of a codebook weights file (see encodeCodebook) with `outliers` outliers and `rest` numbers after W. */
export function codebookBytes(bits: CodeBits, count: number, heads: number, outliers: number, rest: number): number {
  return heads * 4 * (1 << bits) + (bits === 4 ? Math.ceil(count / 2) : count) + 4 + outliers * 6 + rest * 4;
}

/** The layout line of a codebook weights file, for the model metadata. */
export function codebookLayout(bits: CodeBits): string {
  return `codebook${bits} little-endian: levels float32[heads][${1 << bits}], W[2^bits][heads] row-major as ${bits}-bit level indices${bits === 4 ? ' (two per byte, even position in the low nibble)' : ''}, outlier count uint32, positions uint32[n], values float16[n], then bias float32[heads]`;
}

/**
 * W[rows][heads] (row-major, the first `count` numbers of `weights`) as `bits`-bit indices into one codebook of
 * 2^bits levels per head, fitted by weighted 1-D k-means (Lloyd, initialised at weighted quantiles) — a quarter (4 bits)
 * or half (8 bits) of float16's size — except each head's `outliers` share of weights that matter most (largest
 * importance · w²: the levels reach the tails badly, and the tails carry the strongest evidence), kept as float16.
 * File layout, little-endian: levels float32[heads][2^bits]; the indices (4 bits: two per byte, even position in the
 * low nibble); the outlier count uint32, their positions uint32[n] ascending and values float16[n]; then the numbers
 * after W (bias, deep part) as float32.
 */
export function encodeCodebook(weights: Float32Array, bits: CodeBits, count: number, heads: number, o: CodebookOptions = {}): Uint8Array {
  const rows = count / heads;
  if (!Number.isInteger(rows)) throw new VigilError('VGL_CLASSIFIER', `codebook: ${count} weights do not split into ${heads} heads`);
  if (o.importance && o.importance.length !== rows) throw new VigilError('VGL_CLASSIFIER', `codebook: ${o.importance.length} importances for ${rows} rows`);
  const LEVELS = 1 << bits;
  const levels = new Float32Array(heads * LEVELS);
  const codes = new Uint8Array(bits === 4 ? Math.ceil(count / 2) : count);
  const exact: number[] = [];
  const perHead = Math.floor(rows * (o.outliers ?? 0));
  // a row no training text touched still counts a little, so that the levels cover every weight
  const { importance } = o;
  let mean = 1;
  if (importance) {
    mean = 0;
    for (let r = 0; r < rows; r++) mean += importance[r]! / rows;
  }
  const weightOf = (r: number): number => (importance ? importance[r]! + 1e-3 * mean : 1);
  for (let j = 0; j < heads; j++) {
    const column = new Float64Array(rows);
    const cost = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      column[r] = weights[r * heads + j]!;
      cost[r] = weightOf(r) * column[r]! * column[r]!;
    }
    const cut = perHead > 0 ? Float64Array.from(cost).sort()[rows - perHead]! : Infinity;
    // exactly perHead outliers: all above the cut, then ties at the cut in row order
    let ties = perHead;
    for (let r = 0; r < rows; r++) if (cost[r]! > cut) ties--;
    const exactRow = new Uint8Array(rows);
    const body: number[] = [];
    for (let r = 0; r < rows; r++) {
      if (cost[r]! > cut || (cost[r] === cut && ties-- > 0)) exactRow[r] = 1;
      else body.push(r);
    }
    const fit = body.length > 0 ? body : Array.from({ length: rows }, (_, r) => r);
    const head = kMeans1d(Float64Array.from(fit, (r) => column[r]!), Float64Array.from(fit, weightOf), LEVELS);
    levels.set(head, j * LEVELS);
    const bounds = head.slice(1).map((x, i) => (x + head[i]!) / 2);
    for (let r = 0; r < rows; r++) {
      const at = r * heads + j;
      if (exactRow[r]) exact.push(at);
      const code = upperBound(bounds, column[r]!);
      if (bits === 8) codes[at] = code;
      else codes[at >> 1] = codes[at >> 1]! | (at & 1 ? code << 4 : code);
    }
  }
  exact.sort((a, b) => a - b);
  const rest = weights.subarray(count);
  const n = exact.length;
  const out = new Uint8Array(codebookBytes(bits, count, heads, n, rest.length));
  let at = 0;
  const put = (bytes: Uint8Array): void => {
    out.set(bytes, at);
    at += bytes.length;
  };
  put(new Uint8Array(levels.buffer));
  put(codes);
  put(new Uint8Array(Uint32Array.of(n).buffer));
  put(new Uint8Array(Uint32Array.from(exact).buffer));
  put(floatsToHalfs(Float32Array.from(exact, (i) => weights[i]!)));
  put(new Uint8Array(Float32Array.from(rest).buffer));
  return out;
}

/** Reads codebook weights (see encodeCodebook) back to float32: `count` weights of W, then `rest` numbers. */
export function decodeCodebook(buf: Uint8Array, bits: CodeBits, count: number, heads: number, rest: number): Float32Array {
  const LEVELS = 1 << bits;
  const levelBytes = heads * LEVELS * 4;
  const codeBytes = bits === 4 ? Math.ceil(count / 2) : count;
  const bad = (why: string): VigilError => new VigilError('VGL_CLASSIFIER', `codebook${bits}: ${why}`);
  if (buf.length < codebookBytes(bits, count, heads, 0, 0)) throw bad(`${buf.length} bytes, too short`);
  const copy = (at: number, bytes: number): ArrayBuffer => buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + bytes) as ArrayBuffer;
  const n = new Uint32Array(copy(levelBytes + codeBytes, 4))[0]!;
  const exactAt = levelBytes + codeBytes + 4;
  const restAt = exactAt + n * 6;
  const expected = codebookBytes(bits, count, heads, n, rest);
  if (buf.length !== expected) throw bad(`${buf.length} bytes, expected ${expected}`);
  const levels = new Float32Array(copy(0, levelBytes));
  const out = new Float32Array(count + rest);
  if (bits === 8) for (let i = 0; i < count; i++) out[i] = levels[(i % heads) * LEVELS + buf[levelBytes + i]!]!;
  else {
    for (let i = 0; i < count; i++) {
      const byte = buf[levelBytes + (i >> 1)]!;
      out[i] = levels[(i % heads) * LEVELS + (i & 1 ? byte >> 4 : byte & 15)]!;
    }
  }
  const positions = new Uint32Array(copy(exactAt, n * 4));
  const values = halfsToFloats(new Uint8Array(copy(exactAt + n * 4, n * 2)));
  for (let e = 0; e < n; e++) {
    if (positions[e]! >= count) throw bad(`outlier position ${positions[e]} beyond ${count} weights`);
    out[positions[e]!] = values[e]!;
  }
  out.set(new Float32Array(copy(restAt, rest * 4)), count);
  return out;
}

/** Index of the first bound above x (the number of bounds ≤ x). */
function upperBound(bounds: Float64Array, x: number): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * k levels minimising the weighted squared error over xs, ascending: 1-D Lloyd (≤ 100 rounds) over a histogram of 2^16
 * bins between the smallest and largest value — each bin keeps its exact mass and weighted sum, so a level is the exact
 * weighted mean of the bins it holds; only the boundaries between levels fall on bin edges.
 */
function kMeans1d(xs: Float64Array, ws: Float64Array, k: number): Float64Array {
  const BINS = 1 << 16;
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const width = (max - min) / BINS || 1;
  const mass = new Float64Array(BINS + 1);
  const moment = new Float64Array(BINS + 1);
  for (let i = 0; i < xs.length; i++) {
    const b = Math.min(BINS - 1, Math.floor((xs[i]! - min) / width));
    mass[b + 1] = mass[b + 1]! + ws[i]!;
    moment[b + 1] = moment[b + 1]! + ws[i]! * xs[i]!;
  }
  for (let b = 0; b < BINS; b++) {
    mass[b + 1] = mass[b + 1]! + mass[b]!;
    moment[b + 1] = moment[b + 1]! + moment[b]!;
  }
  const total = mass[BINS]!;
  const levels = new Float64Array(k);
  for (let c = 0, b = 0; c < k; c++) {
    const target = ((c + 0.5) / k) * total;
    while (b < BINS - 1 && mass[b + 1]! < target) b++;
    levels[c] = min + (b + 0.5) * width;
  }
  // the first bin after the boundary between two levels (bins wholly below the midpoint go to the lower level)
  const edge = (mid: number): number => Math.max(0, Math.min(BINS, Math.ceil((mid - min) / width - 0.5)));
  for (let round = 0; round < 100; round++) {
    const ends = levels.map((x, c) => (c === k - 1 ? BINS : edge((x + levels[c + 1]!) / 2)));
    let lo = 0;
    let moved = 0;
    for (let c = 0; c < k; c++) {
      const hi = Math.max(lo, ends[c]!);
      const m = mass[hi]! - mass[lo]!;
      if (m > 0) {
        const mean = (moment[hi]! - moment[lo]!) / m;
        moved = Math.max(moved, Math.abs(mean - levels[c]!));
        levels[c] = mean;
      }
      lo = hi;
    }
    if (moved < 1e-9 * (max - min || 1)) break;
  }
  return levels.sort();
}

/** IEEE 754 binary16, little-endian, to float32 (Node 20 has no Float16Array). */
export function halfsToFloats(buf: Uint8Array): Float32Array {
  const out = new Float32Array(buf.length >> 1);
  const u32 = new Uint32Array(out.buffer);
  for (let i = 0; i < out.length; i++) {
    const h = buf[2 * i]! | (buf[2 * i + 1]! << 8);
    const sign = (h & 0x8000) << 16;
    const exp = (h >> 10) & 0x1f;
    const mant = h & 0x3ff;
    if (exp === 0) out[i] = (sign ? -1 : 1) * mant * 2 ** -24; // zero and subnormals
    else if (exp === 31) u32[i] = sign | 0x7f800000 | (mant << 13); // inf, NaN
    else u32[i] = sign | ((exp + 112) << 23) | (mant << 13);
  }
  return out;
}

/** float32 to IEEE 754 binary16 (round to nearest even), little-endian. */
export function floatsToHalfs(values: Float32Array): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  const f = new Float32Array(1);
  const u = new Uint32Array(f.buffer);
  for (let i = 0; i < values.length; i++) {
    f[0] = values[i]!;
    const x = u[0]!;
    const sign = (x >>> 16) & 0x8000;
    const exp = ((x >>> 23) & 0xff) - 127 + 15;
    let mant = x & 0x7fffff;
    let h: number;
    if (((x >>> 23) & 0xff) === 0xff) h = sign | 0x7c00 | (mant ? 0x200 : 0);
    else if (exp >= 31) h = sign | 0x7c00;
    else if (exp <= 0) {
      if (exp < -10) h = sign;
      else {
        mant |= 0x800000;
        const shift = 14 - exp;
        let half = mant >> shift;
        const rem = mant & ((1 << shift) - 1);
        const mid = 1 << (shift - 1);
        if (rem > mid || (rem === mid && half & 1)) half++;
        h = sign | half;
      }
    } else {
      h = sign | (exp << 10) | (mant >> 13);
      const rem = mant & 0x1fff;
      if (rem > 0x1000 || (rem === 0x1000 && h & 1)) h++; // may carry into the exponent: still correct
    }
    out[2 * i] = h & 0xff;
    out[2 * i + 1] = h >> 8;
  }
  return out;
}

/**
 * The model as an ONNX graph (opset 13): inputs `indices` int32 [N, K] and `values` float [N, K] (a padded sparse
 * batch); scores = sigmoid(values[:, None, :] · Gather(W, indices) + b), plus, for a wide-and-deep model,
 * Relu(values[:, None, :] · Gather(E, indices) + c) · V inside the sigmoid.
 */
/** The graph's form: a prebuilt file of another form is stale (exported again in memory). */
const GRAPH_VERSION = 'matmul-1';

export function exportOnnx(model: LoadedTextModel): Uint8Array {
  const { meta } = model;
  const d = 1 << meta.features.bits;
  const h = meta.heads.length;
  const { W, b, deep } = weightParts(model);
  const f32 = (name: string, dims: number[], data: Float32Array): OnnxTypes.ITensorProto => ({
    name, dims, dataType: onnx.TensorProto.DataType.FLOAT,
    rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  });
  const i64 = (name: string, values: number[]): OnnxTypes.ITensorProto => ({ name, dims: [values.length], dataType: onnx.TensorProto.DataType.INT64, int64Data: values });
  const value = (name: string, elemType: number, dims: (number | string)[]): OnnxTypes.IValueInfoProto => ({
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((x) => (typeof x === 'number' ? { dimValue: x } : { dimParam: x })) } } },
  });
  const graph: OnnxTypes.IGraphProto = {
    name: meta.id,
    initializer: [
      f32('W', [d, h], W), f32('b', [h], b), i64('axis1', [1]),
      ...(deep ? [f32('E', [d, deep.k], deep.E), f32('c', [deep.k], deep.c), f32('Vd', [deep.k, h], deep.V)] : []),
    ],
    input: [value('indices', onnx.TensorProto.DataType.INT32, ['N', 'K']), value('values', onnx.TensorProto.DataType.FLOAT, ['N', 'K'])],
    output: [value('scores', onnx.TensorProto.DataType.FLOAT, ['N', h])],
    node: [
      { opType: 'Gather', input: ['W', 'indices'], output: ['G'], attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
      // values [N, 1, K] · G [N, K, heads]: one batched MatMul, where Mul and ReduceSum over a broadcast took longer
      { opType: 'Unsqueeze', input: ['values', 'axis1'], output: ['V'] },
      { opType: 'MatMul', input: ['V', 'G'], output: ['M'] },
      { opType: 'Squeeze', input: ['M', 'axis1'], output: ['S'] },
      { opType: 'Add', input: ['S', 'b'], output: [deep ? 'Zw' : 'Z'] },
      ...(deep
        ? [
          { opType: 'Gather', input: ['E', 'indices'], output: ['GE'], attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
          { opType: 'MatMul', input: ['V', 'GE'], output: ['ME'] },
          { opType: 'Squeeze', input: ['ME', 'axis1'], output: ['SE'] },
          { opType: 'Add', input: ['SE', 'c'], output: ['A'] },
          { opType: 'Relu', input: ['A'], output: ['R'] },
          { opType: 'MatMul', input: ['R', 'Vd'], output: ['D'] },
          { opType: 'Add', input: ['Zw', 'D'], output: ['Z'] },
        ]
        : []),
      { opType: 'Sigmoid', input: ['Z'], output: ['scores'] },
    ],
  };
  return onnx.ModelProto.encode({
    irVersion: 8,
    producerName: 'vigil',
    producerVersion: meta.version,
    modelVersion: 1,
    opsetImport: [{ domain: '', version: 13 }],
    graph,
    metadataProps: [{ key: 'heads', value: meta.heads.map((x) => x.name).join(',') }, { key: 'weights_sha256', value: meta.sha256 }, { key: 'graph', value: GRAPH_VERSION }],
  }).finish();
}

function padded(batch: readonly SparseVector[]): { k: number; indices: Int32Array; values: Float32Array } {
  const k = Math.max(1, ...batch.map((x) => x.indices.length));
  const indices = new Int32Array(batch.length * k);
  const values = new Float32Array(batch.length * k);
  batch.forEach((x, i) => {
    indices.set(x.indices, i * k);
    values.set(x.values, i * k);
  });
  return { k, indices, values };
}

/** A prebuilt file is used only when it is this code's graph over these weights (else it is stale: exported again in memory). */
function isCurrentExport(bytes: Uint8Array, model: LoadedTextModel): boolean {
  try {
    const m = onnx.ModelProto.decode(bytes);
    const sha = m.metadataProps?.find((p) => p.key === 'weights_sha256')?.value;
    const graph = m.metadataProps?.find((p) => p.key === 'graph')?.value;
    const indices = m.graph?.input?.find((i) => i.name === 'indices')?.type?.tensorType?.elemType;
    return sha === model.meta.sha256 && graph === GRAPH_VERSION && indices === onnx.TensorProto.DataType.INT32;
  } catch {
    return false;
  }
}

export interface OnnxOptions {
  /** onnxruntime execution providers, e.g. ['cuda', 'cpu'] on GPU nodes. */
  readonly executionProviders?: readonly string[];
  readonly intraOpNumThreads?: number;
  /** A prebuilt .onnx file (make setup writes models/text/build/<lang>.onnx); exported in memory when absent. */
  readonly file?: string;
}

export async function createOnnxRuntime(model: LoadedTextModel, o: OnnxOptions = {}): Promise<TextModelRuntime> {
  const ort = await import('onnxruntime-node');
  const prebuilt = o.file && existsSync(o.file) ? readFileSync(o.file) : null;
  const bytes = prebuilt && isCurrentExport(prebuilt, model) ? prebuilt : exportOnnx(model);
  const session = await ort.InferenceSession.create(bytes, {
    executionProviders: [...(o.executionProviders ?? ['cpu'])],
    intraOpNumThreads: o.intraOpNumThreads ?? 1,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const h = model.meta.heads.length;
  return {
    runtime: 'onnx',
    backend: (o.executionProviders ?? ['cpu']).join('+'),
    async score(batch) {
      if (batch.length === 0) return new Float32Array(0);
      const { k, indices, values } = padded(batch);
      const out = await session.run({
        indices: new ort.Tensor('int32', indices, [batch.length, k]),
        values: new ort.Tensor('float32', values, [batch.length, k]),
      });
      const scores = out.scores!.data as Float32Array;
      if (scores.length !== batch.length * h) throw new VigilError('VGL_CLASSIFIER', `onnx returned ${scores.length} scores for ${batch.length}×${h}`);
      return scores;
    },
    dispose: () => session.release(),
  };
}

export async function createTfjsRuntime(model: LoadedTextModel): Promise<TextModelRuntime> {
  const { tf, backend } = await loadTf();
  const d = 1 << model.meta.features.bits;
  const h = model.meta.heads.length;
  const parts = weightParts(model);
  const W = tf.tensor2d(parts.W, [d, h]);
  const b = tf.tensor1d(parts.b);
  const deep = parts.deep ? { E: tf.tensor2d(parts.deep.E, [d, parts.deep.k]), c: tf.tensor1d(parts.deep.c), V: tf.tensor2d(parts.deep.V, [parts.deep.k, h]) } : null;
  return {
    runtime: 'tfjs',
    backend,
    async score(batch) {
      if (batch.length === 0) return new Float32Array(0);
      const { k, indices, values } = padded(batch);
      const out = tf.tidy(() => {
        const ix = tf.tensor2d(indices, [batch.length, k], 'int32');
        const v = tf.tensor3d(values, [batch.length, k, 1]);
        const wide = tf.sum(tf.mul(tf.gather(W, ix), v), 1).add(b);
        if (!deep) return tf.sigmoid(wide);
        const hidden = tf.relu(tf.sum(tf.mul(tf.gather(deep.E, ix), v), 1).add(deep.c));
        return tf.sigmoid(wide.add(tf.matMul(hidden, deep.V)));
      });
      const data = (await out.data()) as Float32Array;
      out.dispose();
      return data;
    },
    async dispose() {
      W.dispose();
      b.dispose();
      if (deep) for (const t of Object.values(deep)) t.dispose();
    },
  };
}
