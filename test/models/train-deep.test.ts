/**
 * The wide-and-deep trainer learns what a linear head cannot: an exclusive-or of two features (either one
 * alone is harmful, both together are not), which no weighting of the two can separate.
 */
import { describe, expect, it } from 'vitest';
import { predictDeep, trainDeep, type DeepModel } from '../../models/train-deep.js';
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

  it('takes its first Adam step against the gradient on every part (W, b, E, c, V)', () => {
    // Adam's first step moves each parameter by about lr against the sign of its gradient; the gradient is
    // measured here by finite differences of the masked mean log-loss the trainer minimises
    const v = (ix: number[], vs: number[]): SparseVector => ({ indices: Int32Array.from(ix), values: Float32Array.from(vs) });
    const xs = [v([0, 3], [1, 0.5]), v([0, 1], [1, 2]), v([2, 3], [0.7, 1]), v([0, 1, 2], [1, 1, 1]), v([3], [1.5])];
    const H = 2;
    const ys = Int8Array.from([0, 1, 1, -1, 1, 0, 0, 1, -1, 1]);
    const all = Int32Array.from([0, 1, 2, 3, 4]);
    const o = { hidden: 3, epochs: 0, batch: 64, lr: 0.001, lrDeep: 0.001 };
    const m0 = trainDeep(xs, ys, H, all, 2, 5, o); // the initial parameters
    const m1 = trainDeep(xs, ys, H, all, 2, 5, { ...o, epochs: 1 }); // after one step over one batch
    const loss = (m: DeepModel): number => {
      let total = 0;
      for (let h = 0; h < H; h++) {
        let n = 0;
        let s = 0;
        for (const i of all) {
          const y = ys[i * H + h]!;
          if (y < 0) continue;
          const out = new Float32Array(H);
          predictDeep(m, xs[i]!, H, out);
          s -= y * Math.log(out[h]!) + (1 - y) * Math.log(1 - out[h]!);
          n++;
        }
        total += s / n;
      }
      return total;
    };
    const wrong: string[] = [];
    const checked = { w: 0, b: 0, e: 0, c: 0, v: 0 };
    for (const key of ['w', 'b', 'e', 'c', 'v'] as const) {
      const p = m0[key];
      for (let i = 0; i < p.length; i++) {
        const at = p[i]!;
        p[i] = at + 1e-2;
        const up = loss(m0);
        p[i] = at - 1e-2;
        const down = loss(m0);
        p[i] = at;
        const g = (up - down) / 2e-2;
        if (Math.abs(g) < 1e-3) continue;
        checked[key]++;
        const step = m1[key][i]! - at;
        if (!(Math.abs(step) > 5e-4 && Math.sign(step) === -Math.sign(g))) wrong.push(`${key}[${i}]: gradient ${g.toFixed(4)}, step ${step}`);
      }
    }
    expect(wrong).toEqual([]);
    for (const key of ['w', 'e', 'c', 'v'] as const) expect(checked[key], key).toBeGreaterThan(0);
    // the head biases start at each head's prior, where their gradient is about nil: they must move later on
    const m3 = trainDeep(xs, ys, H, all, 2, 5, { ...o, epochs: 3 });
    for (let h = 0; h < H; h++) expect(Math.abs(m3.b[h]! - m0.b[h]!), `b[${h}]`).toBeGreaterThan(1e-4);
  });
});
