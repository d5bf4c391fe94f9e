import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { ConfigError, VigilError } from '../common/errors.js';
import { loadTf } from '../ml/tf.js';
import { loadNsfwjsArtifacts, type TfjsArtifacts } from '../ml/tfjs-artifacts.js';
import { tfjsToOnnx } from '../ml/tfjs-to-onnx.js';
import { modelInput, type DecodedImage } from './decode.js';

/**
 * An image classifier described by a manifest (models/image/*.json): where the model comes from, its
 * input (size, layout, normalisation), its labels and which labels become which signals. The nudity
 * models and the violence slot are both loaded through this, so an operator's own ONNX model drops in
 * with a manifest and no code.
 */
export interface ImageModelManifest {
  readonly id: string;
  readonly version: string;
  readonly description?: string;
  /** `nsfwjs`: a model folder inside the nsfwjs package (TF.js; ONNX by conversion). `onnx`: a file beside the manifest. */
  readonly source: { readonly nsfwjs: string } | { readonly onnx: string };
  readonly input: {
    readonly size: number;
    readonly layout: 'nhwc' | 'nchw';
    /** pixel (0-255) × scale, then (x - mean) / std per channel (RGB) */
    readonly scale: number;
    readonly mean: readonly [number, number, number];
    readonly std: readonly [number, number, number];
  };
  readonly output: { readonly activation: 'none' | 'softmax' | 'sigmoid' };
  readonly labels: readonly string[];
  /** label → signal name */
  readonly signals: Readonly<Record<string, string>>;
}

export type ImageRuntime = 'onnx' | 'tfjs';

export interface ImageModel {
  readonly manifest: ImageModelManifest;
  readonly runtime: ImageRuntime;
  readonly backend: string;
  /** One row of label scores per image, in manifest label order. */
  classify(images: readonly DecodedImage[]): Promise<Float32Array[]>;
  /** The raw model call on a prepared input tensor (for parity tests and benchmarks). */
  run(input: Float32Array, n: number): Promise<Float32Array>;
  dispose(): Promise<void>;
}

export function readManifest(path: string): ImageModelManifest & { readonly dir: string } {
  let m: ImageModelManifest;
  try {
    m = JSON.parse(readFileSync(path, 'utf8')) as ImageModelManifest;
  } catch (err) {
    throw new ConfigError(`model manifest ${path}: ${(err as Error).message}`);
  }
  const bad = (what: string) => new ConfigError(`model manifest ${path}: ${what}`);
  if (!m.id || !m.version) throw bad('id and version are required');
  if (!m.source || (!('nsfwjs' in m.source) && !('onnx' in m.source))) throw bad('source must name nsfwjs or onnx');
  const i = m.input;
  if (!i || !Number.isInteger(i.size) || i.size < 8 || i.size > 2048) throw bad('input.size must be an integer 8-2048');
  if (i.layout !== 'nhwc' && i.layout !== 'nchw') throw bad('input.layout must be nhwc or nchw');
  if (!(i.scale > 0) || i.mean?.length !== 3 || i.std?.length !== 3 || i.std.some((s) => !(s > 0))) throw bad('input.scale, mean[3] and std[3] (positive) are required');
  if (!['none', 'softmax', 'sigmoid'].includes(m.output?.activation)) throw bad('output.activation must be none, softmax or sigmoid');
  if (!Array.isArray(m.labels) || m.labels.length === 0) throw bad('labels must list the output classes');
  for (const l of Object.keys(m.signals ?? {})) if (!m.labels.includes(l)) throw bad(`signals names label ${l}, which is not in labels`);
  return { ...m, dir: dirname(path) };
}

/** Where `vigil models export` writes the ONNX form of a TF.js-sourced model. */
export function onnxBuildPath(modelsDir: string, m: ImageModelManifest): string {
  return join(modelsDir, 'build', `${m.id}.onnx`);
}

function tfjsArtifactsOf(m: ImageModelManifest): TfjsArtifacts {
  if ('nsfwjs' in m.source) return loadNsfwjsArtifacts(m.source.nsfwjs);
  throw new ConfigError(`model ${m.id}: an ONNX-sourced model has no TF.js form`);
}

/** The ONNX bytes of a model: its own file, the built conversion, or a conversion in memory. */
export function onnxBytes(m: ImageModelManifest & { dir: string }, modelsDir: string): Uint8Array {
  if ('onnx' in m.source) {
    const file = isAbsolute(m.source.onnx) ? m.source.onnx : join(m.dir, m.source.onnx);
    if (!existsSync(file)) throw new ConfigError(`model ${m.id}: ${file} does not exist`);
    return readFileSync(file);
  }
  const built = onnxBuildPath(modelsDir, m);
  if (existsSync(built)) return readFileSync(built);
  return tfjsToOnnx(tfjsArtifactsOf(m), { model_id: m.id, model_version: m.version });
}

function postprocess(m: ImageModelManifest, raw: Float32Array, n: number): Float32Array[] {
  const k = m.labels.length;
  if (raw.length !== n * k) throw new VigilError('VGL_CLASSIFIER', `model ${m.id} returned ${raw.length} values for ${n}×${k}`);
  const rows: Float32Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = raw.slice(i * k, (i + 1) * k);
    if (m.output.activation === 'sigmoid') for (let j = 0; j < k; j++) row[j] = 1 / (1 + Math.exp(-row[j]!));
    else if (m.output.activation === 'softmax') {
      const max = Math.max(...row);
      let sum = 0;
      for (let j = 0; j < k; j++) sum += row[j] = Math.exp(row[j]! - max);
      for (let j = 0; j < k; j++) row[j]! /= sum;
    }
    rows.push(row);
  }
  return rows;
}

/** Prepares the input tensor of a batch as the manifest says (into `into` when it is large enough). */
export async function prepareInput(m: ImageModelManifest, images: readonly DecodedImage[], into?: Float32Array): Promise<Float32Array> {
  const { size, layout, scale, mean, std } = m.input;
  const per = size * size * 3;
  const out = into && into.length >= images.length * per ? into.subarray(0, images.length * per) : new Float32Array(images.length * per);
  await Promise.all(images.map((img, i) => modelInput(img, size, out, i * per)));
  // modelInput gives pixel / 255, NHWC
  const a = [0, 1, 2].map((c) => (255 * scale) / std[c]!);
  const b = [0, 1, 2].map((c) => -mean[c]! / std[c]!);
  const identity = a.every((x) => Math.abs(x - 1) < 1e-12) && b.every((x) => x === 0);
  if (identity && layout === 'nhwc') return out;
  if (layout === 'nhwc') {
    for (let i = 0; i < out.length; i++) out[i] = out[i]! * a[i % 3]! + b[i % 3]!;
    return out;
  }
  const chw = new Float32Array(out.length);
  const hw = size * size;
  for (let i = 0; i < images.length; i++) {
    const base = i * per;
    for (let p = 0; p < hw; p++) for (let c = 0; c < 3; c++) chw[base + c * hw + p] = out[base + p * 3 + c]! * a[c]! + b[c]!;
  }
  return chw;
}

export interface ImageModelOptions {
  readonly runtime: ImageRuntime;
  /** Folder holding build/ (the exported ONNX files). */
  readonly modelsDir: string;
  readonly executionProviders?: readonly string[];
  readonly intraOpNumThreads?: number;
}

export async function loadImageModel(manifestPath: string, o: ImageModelOptions): Promise<ImageModel> {
  const m = readManifest(manifestPath);
  const shape = (n: number) => (m.input.layout === 'nhwc' ? [n, m.input.size, m.input.size, 3] : [n, 3, m.input.size, m.input.size]);
  if (o.runtime === 'onnx') {
    const ort = await import('onnxruntime-node');
    const session = await ort.InferenceSession.create(onnxBytes(m, o.modelsDir), {
      executionProviders: [...(o.executionProviders ?? ['cpu'])],
      intraOpNumThreads: o.intraOpNumThreads ?? 1,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
    });
    const inputName = session.inputNames[0]!;
    const outputName = session.outputNames[0]!;
    const run = async (input: Float32Array, n: number) => (await session.run({ [inputName]: new ort.Tensor('float32', input, shape(n)) }))[outputName]!.data as Float32Array;
    // input tensors are reused (a batch of 224 × 224 inputs is 0.6 MB an image: allocating one per batch kept the GC busy); one per call in flight
    const spare: Float32Array[] = [];
    return {
      manifest: m,
      runtime: 'onnx',
      backend: (o.executionProviders ?? ['cpu']).join('+'),
      run,
      async classify(images) {
        if (images.length === 0) return [];
        const buf = spare.pop();
        const input = await prepareInput(m, images, buf);
        try {
          return postprocess(m, await run(input, images.length), images.length);
        } finally {
          // input lies in buf, or in a new buffer larger than buf: keep that one
          spare.push(new Float32Array(input.buffer));
        }
      },
      dispose: () => session.release(),
    };
  }
  const { tf, backend } = await loadTf();
  const a = tfjsArtifactsOf(m);
  const handler = tf.io.fromMemory({ modelTopology: a.modelTopology, weightSpecs: a.weightSpecs as never, weightData: a.weightData });
  const model = a.format === 'layers' ? await tf.loadLayersModel(handler) : await tf.loadGraphModel(handler);
  const run = async (input: Float32Array, n: number) => {
    const x = tf.tensor4d(input, shape(n) as [number, number, number, number]);
    const y = model.predict(x) as import('@tensorflow/tfjs').Tensor;
    const data = (await y.data()) as Float32Array;
    x.dispose();
    y.dispose();
    return data;
  };
  return {
    manifest: m,
    runtime: 'tfjs',
    backend,
    run,
    async classify(images) {
      if (images.length === 0) return [];
      return postprocess(m, await run(await prepareInput(m, images), images.length), images.length);
    },
    async dispose() {
      model.dispose();
    },
  };
}
