import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { VigilError } from '../common/errors.js';

/** One weight of a TF.js weights manifest. */
export interface WeightSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: 'float32' | 'int32' | 'bool' | 'string' | 'complex64';
  readonly quantization?: { readonly min?: number; readonly scale?: number; readonly dtype: 'uint8' | 'uint16' | 'float16' };
}

/** A TF.js model as stored: topology (Keras layers or a TF graph) plus its concatenated weight bytes. */
export interface TfjsArtifacts {
  readonly format: 'layers' | 'graph';
  readonly modelTopology: Record<string, unknown>;
  readonly weightSpecs: readonly WeightSpec[];
  readonly weightData: ArrayBuffer;
  /** Graph models: the signature (input and output names), when the file has one. */
  readonly signature?: Record<string, unknown>;
}

export interface DecodedWeight {
  readonly shape: readonly number[];
  readonly dtype: 'float32' | 'int32';
  readonly data: Float32Array | Int32Array;
}

interface ModelJson {
  modelTopology: Record<string, unknown>;
  weightsManifest: { paths: string[]; weights: WeightSpec[] }[];
  format?: string;
  signature?: Record<string, unknown>;
}

function artifacts(json: ModelJson, shards: (path: string) => Buffer): TfjsArtifacts {
  const parts: Buffer[] = [];
  const specs: WeightSpec[] = [];
  for (const group of json.weightsManifest) {
    for (const p of group.paths) parts.push(shards(p));
    specs.push(...group.weights);
  }
  const all = Buffer.concat(parts);
  const format = json.format === 'graph-model' || 'node' in json.modelTopology ? 'graph' : 'layers';
  return {
    format,
    modelTopology: json.modelTopology,
    weightSpecs: specs,
    weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer,
    ...(json.signature ? { signature: json.signature } : {}),
  };
}

const require = createRequire(import.meta.url);

/**
 * A model shipped inside the nsfwjs npm package. The package stores model.json and each weight shard
 * as a small JS module (CommonJS, the shard as base64); nothing is fetched.
 */
export function loadNsfwjsArtifacts(folder: string): TfjsArtifacts {
  const root = join(dirname(require.resolve('nsfwjs')), '..', 'models', folder);
  if (!existsSync(join(root, 'model.min.js'))) throw new VigilError('VGL_CONFIG', `nsfwjs has no model folder ${folder}`);
  const json = require(join(root, 'model.min.js')) as ModelJson;
  return artifacts(json, (p) => {
    const b64 = require(join(root, `${p}.min.js`)) as unknown;
    if (typeof b64 !== 'string') throw new VigilError('VGL_CONFIG', `nsfwjs shard ${folder}/${p} is not base64 text`);
    return Buffer.from(b64, 'base64');
  });
}

/** A model.json with its shard files beside it (the TF.js converter's output). */
export function loadTfjsArtifacts(modelJsonPath: string): TfjsArtifacts {
  const json = JSON.parse(readFileSync(modelJsonPath, 'utf8')) as ModelJson;
  return artifacts(json, (p) => readFileSync(join(dirname(modelJsonPath), p)));
}

/** Every weight as a float32 or int32 array, dequantised the way TF.js does (q * scale + min). */
export function decodeWeights(a: TfjsArtifacts): Map<string, DecodedWeight> {
  const out = new Map<string, DecodedWeight>();
  const bytes = new Uint8Array(a.weightData);
  let offset = 0;
  for (const w of a.weightSpecs) {
    const n = w.shape.reduce((x, y) => x * y, 1);
    const q = w.quantization;
    if (w.dtype !== 'float32' && w.dtype !== 'int32') throw new VigilError('VGL_CONFIG', `weight ${w.name}: dtype ${w.dtype} is not supported`);
    if (q) {
      if (q.dtype === 'float16') throw new VigilError('VGL_CONFIG', `weight ${w.name}: float16 quantisation is not supported`);
      const size = q.dtype === 'uint8' ? 1 : 2;
      const src = bytes.slice(offset, offset + n * size);
      const ints = q.dtype === 'uint8' ? src : new Uint16Array(src.buffer);
      const scale = q.scale ?? 1;
      const min = q.min ?? 0;
      const data = w.dtype === 'int32' ? new Int32Array(n) : new Float32Array(n);
      for (let i = 0; i < n; i++) data[i] = ints[i]! * scale + min;
      out.set(w.name, { shape: w.shape, dtype: w.dtype, data });
      offset += n * size;
    } else {
      const src = bytes.slice(offset, offset + n * 4).buffer;
      out.set(w.name, { shape: w.shape, dtype: w.dtype, data: w.dtype === 'int32' ? new Int32Array(src) : new Float32Array(src) });
      offset += n * 4;
    }
  }
  if (offset !== bytes.length) throw new VigilError('VGL_CONFIG', `weights manifest describes ${offset} bytes, shards hold ${bytes.length}`);
  return out;
}
