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
  /** How the weights file stores each number (default float32); float16 halves the file, widened to float32 on load. */
  readonly dtype?: 'float32' | 'float16';
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
  const weights = meta.dtype === 'float16' ? halfsToFloats(buf) : new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const expected = d * h + h + (k > 0 ? d * k + k + k * h : 0);
  if (weights.length !== expected) throw new VigilError('VGL_CLASSIFIER', `${meta.weights}: ${weights.length} floats, expected ${expected}`);
  return { meta, weights };
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
