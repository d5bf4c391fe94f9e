import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { featurize } from '../../../services/text/features.js';
import { createOnnxRuntime, createTfjsRuntime, exportOnnx, loadTextModel, weightParts, type TextModelRuntime } from '../../../services/text/model.js';
import { normalizeText } from '../../../services/text/normalize.js';

const DIR = join(import.meta.dirname, '../../../models/text');
const FIXED = [
  'hey are we still on for lunch tomorrow?',
  'WINNER!! You have been selected to receive a prize. Call 09061701461 to claim.',
  'you are a worthless idiot',
  'ok',
  '',
  '明天中午一起吃饭吗？',
  '兼职日结，日赚500，加微信了解详情',
  '河南人素质太低了',
  'mixed 中文 and English text with a link http://example.com',
  'ＦＲＥＥ  ｍｏｎｅｙ  n0w',
];
const runtimes: TextModelRuntime[] = [];
afterAll(async () => {
  for (const r of runtimes) await r.dispose();
});

describe.each(['en', 'zh'])('text model %s', (lang) => {
  const model = loadTextModel(DIR, lang);

  it('gives the same scores on ONNX (onnxruntime) and TF.js (max abs difference <= 1e-4)', async () => {
    const onnx = await createOnnxRuntime(model);
    const tfjs = await createTfjsRuntime(model);
    runtimes.push(onnx, tfjs);
    const batch = FIXED.map((t) => featurize(normalizeText(t).text, model.meta.features));
    const a = await onnx.score(batch);
    const b = await tfjs.score(batch);
    expect(a.length).toBe(FIXED.length * model.meta.heads.length);
    let max = 0;
    for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
    expect(max).toBeLessThanOrEqual(1e-4);
    expect([...a].every((x) => x >= 0 && x <= 1)).toBe(true);
  });

  it('scores a batch the same as one text at a time (padding does not leak)', async () => {
    const onnx = await createOnnxRuntime(model);
    runtimes.push(onnx);
    const batch = FIXED.map((t) => featurize(normalizeText(t).text, model.meta.features));
    const all = await onnx.score(batch);
    const h = model.meta.heads.length;
    for (let i = 0; i < FIXED.length; i++) {
      const one = await onnx.score([batch[i]!]);
      for (let j = 0; j < h; j++) expect(Math.abs(one[j]! - all[i * h + j]!)).toBeLessThan(1e-6);
    }
  });

  it('exports a loadable ONNX graph with the weights checksum in its metadata', () => {
    const bytes = exportOnnx(model);
    expect(bytes.length).toBeGreaterThan(model.weights.byteLength);
    expect(Buffer.from(bytes).includes(Buffer.from(model.meta.sha256))).toBe(true);
  });
});

it('uses a prebuilt ONNX file only when it is the current graph over these weights', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const model = loadTextModel(DIR, 'en');
  const other = loadTextModel(DIR, 'zh');
  const dir = mkdtempSync(join(tmpdir(), 'vigil-onnx-'));
  // a stale build: another model's weights under this model's name (an old build left in place)
  writeFileSync(join(dir, 'en.onnx'), exportOnnx(other));
  const stale = await createOnnxRuntime(model, { file: join(dir, 'en.onnx') });
  const fresh = await createOnnxRuntime(model);
  runtimes.push(stale, fresh);
  const batch = FIXED.map((t) => featurize(normalizeText(t).text, model.meta.features));
  expect([...(await stale.score(batch))]).toEqual([...(await fresh.score(batch))]);
});

it('ships weights files within the repository\'s 5 MiB limit per committed file', async () => {
  const { readdirSync, statSync } = await import('node:fs');
  const files = readdirSync(DIR).filter((f) => f.endsWith('.bin'));
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(statSync(join(DIR, f)).size, f).toBeLessThanOrEqual(5 * 2 ** 20);
});

it('refuses weights that do not match their metadata', async () => {
  const { mkdtempSync, copyFileSync, writeFileSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'vigil-model-'));
  copyFileSync(join(DIR, 'zh.json'), join(dir, 'zh.json'));
  const w = readFileSync(join(DIR, 'zh.weights.bin'));
  w[100] = w[100]! ^ 0xff;
  writeFileSync(join(dir, 'zh.weights.bin'), w);
  expect(() => loadTextModel(dir, 'zh')).toThrow(/sha256 .* does not match vigil-text-zh/);
});

describe('float16 weights', () => {
  it('round-trips float32 to half precision within its 2^-11 relative step, with zero, subnormals, infinities and signs', async () => {
    const { floatsToHalfs, halfsToFloats } = await import('../../../services/text/model.js');
    const xs = Float32Array.from([0, -0, 1, -1, 0.5, 3.14159, -2.71828, 65504, 1e-5, -3e-7, 70000, -Infinity, 1.0009765625, 0.333333]);
    const back = halfsToFloats(floatsToHalfs(xs));
    expect(back[0]).toBe(0);
    expect(Object.is(back[1], -0)).toBe(true);
    expect(back[7]).toBe(65504);
    expect(back[10]).toBe(Infinity); // beyond the half range
    expect(back[11]).toBe(-Infinity);
    expect(back[12]).toBe(1.0009765625); // exactly representable
    for (const i of [2, 3, 4, 5, 6, 13]) expect(Math.abs(back[i]! - xs[i]!) / Math.abs(xs[i]!)).toBeLessThanOrEqual(2 ** -11);
    expect(Math.abs(back[8]! - 1e-5)).toBeLessThan(2 ** -24); // subnormal
    expect(Math.abs(back[9]! + 3e-7)).toBeLessThan(2 ** -24);
  });
});

describe('wide-and-deep model', () => {
  // a small wide-and-deep model with seeded random weights (2^10 buckets, 3 heads, 5 hidden units), in memory
  const bits = 10;
  const d = 1 << bits;
  const h = 3;
  const k = 5;
  let s = 12345;
  const rand = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
  const weights = Float32Array.from({ length: d * h + h + d * k + k + k * h }, () => 4 * rand());
  const model = {
    meta: { id: 'vigil-text-test', version: 'test', features: { bits, maxChars: 2048 }, hidden: k, heads: [{ name: 'a', signal: 'text.a' }, { name: 'b', signal: 'text.b' }, { name: 'c', signal: 'text.c' }], weights: 'x', sha256: 'test' },
    weights,
  };
  /** The formula of TextModelMeta.hidden, written out. */
  const reference = (x: { indices: Int32Array; values: Float32Array }): number[] => {
    const { W, b, deep } = weightParts(model);
    const a = Array.from(deep!.c);
    const z = Array.from(b);
    x.indices.forEach((idx, j) => {
      for (let q = 0; q < h; q++) z[q]! += W[idx * h + q]! * x.values[j]!;
      for (let q = 0; q < k; q++) a[q]! += deep!.E[idx * k + q]! * x.values[j]!;
    });
    for (let q = 0; q < k; q++) if (a[q]! > 0) for (let p = 0; p < h; p++) z[p]! += a[q]! * deep!.V[q * h + p]!;
    return z.map((v) => 1 / (1 + Math.exp(-v)));
  };

  it('scores the same on ONNX, TF.js and the formula, and the deep part changes the scores', async () => {
    const batch = FIXED.map((t) => featurize(normalizeText(t).text, model.meta.features));
    const onnx = await createOnnxRuntime(model);
    const tfjs = await createTfjsRuntime(model);
    const wideOnly = await createOnnxRuntime({ meta: { ...model.meta, hidden: undefined }, weights: weights.subarray(0, d * h + h) });
    runtimes.push(onnx, tfjs, wideOnly);
    const a = await onnx.score(batch);
    const b = await tfjs.score(batch);
    const w = await wideOnly.score(batch);
    let maxRef = 0;
    let maxTf = 0;
    let maxDeep = 0;
    batch.forEach((x, i) => reference(x).forEach((r, q) => {
      maxRef = Math.max(maxRef, Math.abs(a[i * h + q]! - r));
      maxTf = Math.max(maxTf, Math.abs(b[i * h + q]! - r));
      maxDeep = Math.max(maxDeep, Math.abs(a[i * h + q]! - w[i * h + q]!));
    }));
    expect(maxRef).toBeLessThanOrEqual(1e-5);
    expect(maxTf).toBeLessThanOrEqual(1e-4);
    expect(maxDeep).toBeGreaterThan(0.05);
  });

  it('refuses a weights file of the wrong length for its hidden size', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { createHash } = await import('node:crypto');
    const dir = mkdtempSync(join(tmpdir(), 'vigil-deep-'));
    const bytes = Buffer.from(weights.buffer, 0, (d * h + h) * 4); // the wide part alone
    writeFileSync(join(dir, 'xx.weights.bin'), bytes);
    writeFileSync(join(dir, 'xx.json'), JSON.stringify({ ...model.meta, weights: 'xx.weights.bin', sha256: createHash('sha256').update(bytes).digest('hex') }));
    expect(() => loadTextModel(dir, 'xx')).toThrow(/expected/);
  });
});

describe('codebook weights', () => {
  // 3 heads over 2^12 rows of heavy-tailed seeded weights (a Laplace-like body and a few large ones), plus 3 biases
  const rows = 1 << 12;
  const h = 3;
  let s = 777;
  const rand = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
  const weights = Float32Array.from({ length: rows * h + h }, (_, i) => {
    const sign = rand() < 0.5 ? -1 : 1;
    const body = -Math.log(rand()) * (1 + (i % h));
    return sign * (rand() < 0.005 ? 30 + 10 * rand() : body);
  });
  // a few rows carry most of the logit mass (frequent features), the rest little
  const importance = Float64Array.from({ length: rows }, (_, r) => (r % 97 === 0 ? 1000 : rand()));
  const rmsError = (back: Float32Array, imp?: Float64Array): number => {
    let se = 0;
    let mass = 0;
    for (let i = 0; i < rows * h; i++) {
      const m = imp ? imp[Math.floor(i / h)]! : 1;
      se += m * (back[i]! - weights[i]!) ** 2;
      mass += m;
    }
    return Math.sqrt(se / mass);
  };

  it.each([4, 8] as const)('stores W as %i-bit level indices: the size of the layout, every weight on its head\'s levels, the bias exact', async (bits) => {
    const { decodeCodebook, encodeCodebook } = await import('../../../services/text/model.js');
    const bytes = encodeCodebook(weights, bits, rows * h, h);
    expect(bytes.length).toBe(h * 4 * (1 << bits) + (rows * h * bits) / 8 + 4 + h * 4);
    const back = decodeCodebook(bytes, bits, rows * h, h, h);
    for (let j = 0; j < h; j++) {
      const levels = new Set<number>();
      for (let r = 0; r < rows; r++) levels.add(back[r * h + j]!);
      expect(levels.size).toBeLessThanOrEqual(1 << bits);
      expect(levels.size).toBeGreaterThan((1 << bits) / 2);
    }
    expect(Array.from(back.subarray(rows * h))).toEqual(Array.from(weights.subarray(rows * h)));
    // each weight goes to its nearest level: never farther than half the widest gap in the body
    const error = rmsError(back);
    expect(error).toBeLessThan(bits === 8 ? 0.5 : 1.5);
    expect(error).toBeGreaterThan(0);
  });

  it('keeps the outliers (largest importance · w²) as float16 and fits the levels to the important rows', async () => {
    const { decodeCodebook, encodeCodebook, floatsToHalfs, halfsToFloats } = await import('../../../services/text/model.js');
    const plain = decodeCodebook(encodeCodebook(weights, 4, rows * h, h), 4, rows * h, h, h);
    const bytes = encodeCodebook(weights, 4, rows * h, h, { outliers: 0.01, importance });
    const per = Math.floor(rows * 0.01);
    expect(bytes.length).toBe(h * 4 * 16 + (rows * h) / 2 + 4 + h * per * 6 + h * 4);
    const back = decodeCodebook(bytes, 4, rows * h, h, h);
    // the heaviest weights are exact to float16
    for (let j = 0; j < h; j++) {
      const heaviest = Array.from({ length: rows }, (_, r) => r).sort((a, b) => importance[b]! * weights[b * h + j]! ** 2 - importance[a]! * weights[a * h + j]! ** 2)[0]!;
      const at = heaviest * h + j;
      expect(back[at]).toBe(halfsToFloats(floatsToHalfs(Float32Array.of(weights[at]!)))[0]);
    }
    // weighted by importance, the error is below that of the same share of outliers chosen and fitted unweighted,
    // and that below no outliers at all
    const unweighted = decodeCodebook(encodeCodebook(weights, 4, rows * h, h, { outliers: 0.01 }), 4, rows * h, h, h);
    expect(rmsError(back, importance)).toBeLessThan(rmsError(unweighted, importance) * 0.9);
    expect(rmsError(unweighted, importance)).toBeLessThan(rmsError(plain, importance));
  });

  it('refuses a file of the wrong length and outlier positions beyond W', async () => {
    const { decodeCodebook, encodeCodebook } = await import('../../../services/text/model.js');
    const bytes = encodeCodebook(weights, 4, rows * h, h, { outliers: 0.01, importance });
    expect(() => decodeCodebook(bytes.subarray(0, bytes.length - 1), 4, rows * h, h, h)).toThrow(/codebook4: .* expected/);
    const bad = Uint8Array.from(bytes);
    const first = h * 4 * 16 + (rows * h) / 2 + 4;
    new DataView(bad.buffer).setUint32(first, rows * h + 5, true);
    expect(() => decodeCodebook(bad, 4, rows * h, h, h)).toThrow(/outlier position/);
  });

  it('loads from a model directory (dtype codebook4) and scores the same on ONNX and TF.js', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { createHash } = await import('node:crypto');
    const { encodeCodebook } = await import('../../../services/text/model.js');
    const dir = mkdtempSync(join(tmpdir(), 'vigil-codebook-'));
    const bytes = encodeCodebook(weights, 4, rows * h, h, { outliers: 0.01, importance });
    writeFileSync(join(dir, 'cb.weights.bin'), bytes);
    const meta = { id: 'vigil-text-cb', version: 'test', features: { bits: 12, maxChars: 2048 }, heads: [{ name: 'a', signal: 'text.a' }, { name: 'b', signal: 'text.b' }, { name: 'c', signal: 'text.c' }], weights: 'cb.weights.bin', dtype: 'codebook4', sha256: createHash('sha256').update(bytes).digest('hex') };
    writeFileSync(join(dir, 'cb.json'), JSON.stringify(meta));
    const model = loadTextModel(dir, 'cb');
    expect(model.weights.length).toBe(rows * h + h);
    const onnx = await createOnnxRuntime(model);
    const tfjs = await createTfjsRuntime(model);
    runtimes.push(onnx, tfjs);
    const batch = FIXED.map((t) => featurize(normalizeText(t).text, meta.features));
    const a = await onnx.score(batch);
    const b = await tfjs.score(batch);
    let max = 0;
    a.forEach((x, i) => (max = Math.max(max, Math.abs(x - b[i]!))));
    expect(max).toBeLessThanOrEqual(1e-4);
    writeFileSync(join(dir, 'cb.json'), JSON.stringify({ ...meta, dtype: 'codebook8' }));
    expect(() => loadTextModel(dir, 'cb')).toThrow(/codebook8: .* bytes/);
  });
});
