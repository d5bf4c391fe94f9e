/**
 * The wide-and-deep trainer learns what a linear head cannot: an exclusive-or of two features (either one
 * alone is harmful, both together are not), which no weighting of the two can separate.
 */
import { describe, expect, it } from 'vitest';
import { predictDeep, trainDeep } from '../../models/train-deep.js';
import { predict, train } from '../../models/train-text.js';
import type { SparseVector } from '../../services/text/features.js';

const vec = (...indices: number[]): SparseVector => ({ indices: Int32Array.from(indices), values: new Float32Array(indices.length).fill(1) });
// feature 0 is in every row; 1 and 2 are the two cues
const XS = [vec(0), vec(0, 1), vec(0, 2), vec(0, 1, 2)];
const YS = Int8Array.from([0, 1, 1, 0]);
const rows = Int32Array.from({ length: 400 }, (_, i) => i % 4);
const scores = (f: (x: SparseVector, out: Float32Array) => void): number[] => XS.map((x) => {
  const out = new Float32Array(1);
  f(x, out);
  return out[0]!;
});

describe('trainDeep', () => {
  it('separates an exclusive-or that the linear trainer cannot', () => {
    const deep = trainDeep(XS, YS, 1, rows, 4, 11, { hidden: 8, epochs: 60, batch: 16, lr: 0.02, lrDeep: 0.02 });
    const d = scores((x, out) => predictDeep(deep, x, 1, out));
    expect(d.map((p) => (p > 0.5 ? 1 : 0))).toEqual([...YS]);
    const linear = train(XS, YS, 1, rows, 4, 11);
    const l = scores((x, out) => predict(linear, x, 1, out));
    expect(l.map((p) => (p > 0.5 ? 1 : 0))).not.toEqual([...YS]);
  });

  it('leaves a head alone on rows it does not label (masked loss)', () => {
    // head 1 labels nothing: its bias stays at the prior it starts from and its weights at zero
    const ys = new Int8Array(XS.length * 2);
    XS.forEach((_, i) => {
      ys[i * 2] = YS[i]!;
      ys[i * 2 + 1] = -1;
    });
    const m = trainDeep(XS, ys, 2, rows, 4, 3, { hidden: 4, epochs: 5, batch: 16, lr: 0.02, lrDeep: 0.02 });
    for (let idx = 0; idx < 16; idx++) expect(m.w[idx * 2 + 1]).toBe(0);
  });
});
