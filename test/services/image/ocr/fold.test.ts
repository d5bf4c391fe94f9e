import { readFileSync } from 'node:fs';
import onnxProto from 'onnx-proto';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { ctcDecodeBest } from '../../../../services/image/ocr/ctc.js';
import { foldAffine, GREEDY_OUTPUTS, greedyHead } from '../../../../services/image/ocr/fold.js';
import { ctcDecode, loadDictionary, shippedOcrModels } from '../../../../services/image/ocr/index.js';

const opts: ort.InferenceSession.SessionOptions = { executionProviders: ['cpu'], intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' };

function input(shape: number[], seed: number): ort.Tensor {
  let s = seed >>> 0 || 1;
  const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
  for (let i = 0; i < data.length; i++) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    data[i] = (s / 2 ** 32) * 2 - 1; // the models' normalised inputs lie in [-1, 1] (recognition) or about [-2.1, 2.6] (detection)
  }
  return new ort.Tensor('float32', data, shape);
}

const ops = (model: Uint8Array) => {
  const count = new Map<string, number>();
  for (const n of onnxProto.onnx.ModelProto.decode(model).graph!.node!) if (n.opType !== 'Constant') count.set(n.opType!, (count.get(n.opType!) ?? 0) + 1);
  return count;
};

describe('foldAffine: the PP-OCR models rewritten into fewer elementwise nodes', () => {
  const files = shippedOcrModels();
  // shapes the engine feeds: crops 48 high (widths padded to a multiple of 16), direction 48 × 192, the gate's and the read pass's detector inputs
  const cases = [
    { name: 'recognition', file: files.recognition, shapes: [[1, 3, 48, 384], [2, 3, 48, 128]], hardswish: 28 },
    { name: 'detection', file: files.detection, shapes: [[1, 3, 224, 288], [1, 3, 480, 640]], hardswish: 24 },
    { name: 'direction', file: files.direction, shapes: [[3, 3, 48, 192]], hardswish: 18 },
  ];
  for (const c of cases) {
    it(`${c.name}: the same outputs as the shipped model (max |difference| ≤ 1e-4) with fewer nodes`, async () => {
      const original = readFileSync(c.file);
      const { model, stats } = foldAffine(original);
      expect(stats.hardswish).toBe(c.hardswish);
      const before = ops(original);
      const after = ops(model);
      const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
      expect(total(after)).toBeLessThan(total(before));
      expect(after.get('Clip') ?? 0).toBe(0); // every hard-swish rewritten
      const [a, b] = await Promise.all([ort.InferenceSession.create(original, opts), ort.InferenceSession.create(model, opts)]);
      try {
        for (const [k, shape] of c.shapes.entries()) {
          const x = input(shape, 17 + k);
          const ya = (await a.run({ [a.inputNames[0]!]: x }))[a.outputNames[0]!]!;
          const yb = (await b.run({ [b.inputNames[0]!]: x }))[b.outputNames[0]!]!;
          expect(yb.dims).toEqual(ya.dims);
          const pa = ya.data as Float32Array;
          const pb = yb.data as Float32Array;
          let max = 0;
          for (let i = 0; i < pa.length; i++) max = Math.max(max, Math.abs(pa[i]! - pb[i]!));
          expect(max, `${c.name} ${shape.join('×')}`).toBeLessThanOrEqual(1e-4);
        }
      } finally {
        await Promise.all([a.release(), b.release()]);
      }
    }, 60_000);
  }

  it('leaves a graph without these patterns as it is', () => {
    const { onnx } = onnxProto;
    const w = new Float32Array([1, 2, 3, 4]);
    const model = onnx.ModelProto.encode({
      irVersion: 8, opsetImport: [{ domain: '', version: 13 }],
      graph: {
        name: 'g', input: [{ name: 'x' }], output: [{ name: 'z' }],
        initializer: [{ name: 'w', dims: [1, 4, 1, 1], dataType: 1, rawData: new Uint8Array(w.buffer) }, { name: 'k', dims: [1, 1, 1, 1], dataType: 1, rawData: new Uint8Array(new Float32Array([2]).buffer) }],
        // Conv → Relu → Mul by a tensor that is no constant: nothing to fold
        node: [{ opType: 'Conv', input: ['x', 'w'], output: ['y'] }, { opType: 'Relu', input: ['y'], output: ['r'] }, { opType: 'Mul', input: ['r', 'x'], output: ['z'] }],
      },
    }).finish();
    const { stats, model: out } = foldAffine(model);
    expect(stats).toEqual({ convAffine: 0, hardswish: 0, inputAffine: 0, inputScale: 0, affineConv: 0 });
    expect([...ops(out)]).toEqual([...ops(model)]);
  });

  it('keeps graph outputs: a chain ending in a graph output is rewritten only where that output is still produced', async () => {
    const { onnx } = onnxProto;
    const f32 = (name: string, dims: number[], v: number[]) => ({ name, dims, dataType: 1, rawData: new Uint8Array(new Float32Array(v).buffer) });
    const graph = (tail: { opType: string; input: string[]; output: string[] }[]) => onnx.ModelProto.encode({
      irVersion: 8, opsetImport: [{ domain: '', version: 13 }],
      graph: {
        name: 'g',
        input: [{ name: 'x', type: { tensorType: { elemType: 1, shape: { dim: [{ dimValue: 1 }, { dimValue: 2 }, { dimValue: 3 }, { dimValue: 3 }] } } } }],
        output: [{ name: 'z', type: { tensorType: { elemType: 1 } } }],
        initializer: [f32('w', [2, 2, 1, 1], [1, -2, 0.5, 3]), f32('b', [2], [0.25, -1]), f32('k', [1], [1.5]), f32('three', [], [3]), f32('zero', [], [0]), f32('six', [], [6])],
        node: [{ opType: 'Conv', input: ['x', 'w', 'b'], output: ['y'] }, ...tail],
      },
    }).finish();
    const models = {
      // Conv → Mul k → graph output
      affine: graph([{ opType: 'Mul', input: ['y', 'k'], output: ['z'] }]),
      // Conv → hard-swish written out, its Div the graph output
      hardswish: graph([
        { opType: 'Add', input: ['y', 'three'], output: ['a'] }, { opType: 'Clip', input: ['a', 'zero', 'six'], output: ['c'] },
        { opType: 'Mul', input: ['c', 'y'], output: ['m'] }, { opType: 'Div', input: ['m', 'six'], output: ['z'] },
      ]),
    };
    for (const [name, model] of Object.entries(models)) {
      const folded = foldAffine(model).model;
      const [a, b] = await Promise.all([ort.InferenceSession.create(model, opts), ort.InferenceSession.create(folded, opts)]);
      try {
        const x = input([1, 2, 3, 3], 3);
        const za = (await a.run({ x })).z!.data as Float32Array;
        const zb = (await b.run({ x })).z!.data as Float32Array;
        expect(zb.length, name).toBe(za.length);
        for (let i = 0; i < za.length; i++) expect(Math.abs(zb[i]! - za[i]!), `${name} ${i}`).toBeLessThanOrEqual(1e-5);
      } finally {
        await Promise.all([a.release(), b.release()]);
      }
    }
  });

  it('greedyHead: the recognition model gives per step the best class, its probability and the space probability of its own output, and they decode to the same text', async () => {
    const chars = loadDictionary(files.dictionary);
    const space = chars.length - 1;
    expect(chars[space]).toBe(' ');
    const folded = foldAffine(readFileSync(files.recognition)).model;
    const [a, b] = await Promise.all([ort.InferenceSession.create(folded, opts), ort.InferenceSession.create(greedyHead(folded, space), opts)]);
    try {
      // a text-like input (dark bars on light) and noise, two crops in one batch
      const x = input([2, 3, 48, 160], 5);
      const d = x.data as Float32Array;
      for (let i = 0; i < 3 * 48 * 160; i++) d[i] = (i % 160) % 23 < 5 && ((i / 160) | 0) % 48 > 8 && ((i / 160) | 0) % 48 < 40 ? -1 : 1;
      const probs = (await a.run({ x }))[a.outputNames[0]!]!;
      const head = await b.run({ x });
      const [n, steps, classes] = probs.dims as [number, number, number];
      expect(head[GREEDY_OUTPUTS.best]!.dims).toEqual([n, steps]);
      const p = probs.data as Float32Array;
      const best = head[GREEDY_OUTPUTS.best]!.data as Int32Array;
      const bestP = head[GREEDY_OUTPUTS.bestP]!.data as Float32Array;
      const spaceP = head[GREEDY_OUTPUTS.spaceP]!.data as Float32Array;
      for (let t = 0; t < n * steps; t++) {
        let k = 0;
        for (let c = 1; c < classes; c++) if (p[t * classes + c]! > p[t * classes + k]!) k = c;
        expect(best[t]).toBe(k);
        expect(bestP[t]).toBe(p[t * classes + k]);
        expect(spaceP[t]).toBe(p[t * classes + space]);
      }
      for (let k = 0; k < n; k++) expect(ctcDecodeBest(best, bestP, spaceP, k * steps, steps, chars, space)).toEqual(ctcDecode(p, k * steps * classes, steps, classes, chars));
    } finally {
      await Promise.all([a.release(), b.release()]);
    }
  }, 60_000);
});
