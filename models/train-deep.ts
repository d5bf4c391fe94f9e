/**
 * Wide-and-deep variant of the text heads, for the comparison the Chinese-harms issue asks for ("a small
 * embedding model … if cross-validation shows it beats the linear heads"): the linear (wide) part of
 * models/train-text.ts plus an embedding bag over the same hashed features with one hidden ReLU layer:
 *
 *   a = c + Σ_j value_j · E[index_j]          (K numbers)
 *   logit_h = b_h + Σ_j value_j · W[index_j][h] + Σ_k relu(a_k) · V[k][h]
 *
 * The embedding lets features that never met in one message share what they mean (a gambling word the corpus
 * used in one family and a contact cue in another), and the hidden layer lets a head weigh combinations a
 * linear head cannot. Trained jointly with Adam (lazy on the touched rows of W and E; dense on V, c, b),
 * masked per head like the linear trainer (a head ignores rows its data does not label).
 */
import { rng } from './text/corpus/generate.js';
import { priorLogits } from './train-steps.js';
import type { SparseVector } from '../services/text/features.js';

export interface DeepModel {
  readonly w: Float32Array; // [d][H]
  readonly b: Float32Array; // [H]
  readonly e: Float32Array; // [d][K]
  readonly c: Float32Array; // [K]
  readonly v: Float32Array; // [K][H]
  readonly k: number;
}

export interface DeepOptions {
  readonly hidden: number;
  readonly epochs: number;
  readonly batch: number;
  /** Learning rate of the wide part and the biases. */
  readonly lr: number;
  /** Learning rate of E, c and V. */
  readonly lrDeep: number;
}

function gauss(r: () => number): number {
  const u = Math.max(1e-12, r());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

function shuffle(n: number, seed: number): Int32Array {
  const out = Int32Array.from({ length: n }, (_, i) => i);
  const r = rng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

export function trainDeep(xs: readonly SparseVector[], ys: Int8Array, H: number, rows: Int32Array, bits: number, seed: number, o: DeepOptions): DeepModel {
  const d = 1 << bits;
  const K = o.hidden;
  const r = rng(seed);
  const w = new Float32Array(d * H);
  const e = new Float32Array(d * K);
  for (let i = 0; i < e.length; i++) e[i] = 0.5 * gauss(r);
  const c = new Float32Array(K);
  const v = new Float32Array(K * H);
  for (let i = 0; i < v.length; i++) v[i] = 0.01 * gauss(r);
  const b = priorLogits(ys, H, rows);
  // Adam moments; W and E rows decayed lazily for the steps they were not touched
  const mw = new Float32Array(d * H), vw = new Float32Array(d * H);
  const me = new Float32Array(d * K), ve = new Float32Array(d * K);
  const last = new Int32Array(d);
  // one pair of moment arrays per parameter array: adam() indexes the parameter and its moments alike
  const mv = new Float32Array(K * H), vv = new Float32Array(K * H);
  const mc = new Float32Array(K), vc = new Float32Array(K);
  const mb = new Float32Array(H), vb = new Float32Array(H);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const slot = new Int32Array(d).fill(-1);
  let uniq = new Int32Array(1 << 16);
  let GW = new Float32Array((1 << 16) * H);
  let GE = new Float32Array((1 << 16) * K);
  const GV = new Float32Array(K * H), Gc = new Float32Array(K), Gb = new Float32Array(H);
  const n = new Int32Array(H);
  const z = new Float32Array(H), a = new Float32Array(K), dh = new Float32Array(K);
  let t = 0;
  /** One Adam step of p[at] (moments m[at], s[at]); d1, d2: the moments' decay over the steps the entry was not touched, times one step's. */
  const adam = (p: Float32Array, m: Float32Array, s: Float32Array, at: number, g: number, lr: number, c1: number, c2: number, d1: number, d2: number): void => {
    const mi = m[at]! * d1 + (1 - b1) * g;
    const vi = s[at]! * d2 + (1 - b2) * g * g;
    m[at] = mi;
    s[at] = vi;
    p[at]! -= (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
  };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = shuffle(rows.length, seed + epoch * 7919);
    for (let start = 0; start < order.length; start += o.batch) {
      const end = Math.min(order.length, start + o.batch);
      let u = 0;
      n.fill(0);
      for (let q = start; q < end; q++) {
        const i = rows[order[q]!]!;
        for (const idx of xs[i]!.indices) {
          if (slot[idx] !== -1) continue;
          if (u === uniq.length) {
            const grown = new Int32Array(u * 2);
            grown.set(uniq);
            uniq = grown;
          }
          slot[idx] = u;
          uniq[u++] = idx;
        }
        for (let h = 0; h < H; h++) if (ys[i * H + h]! >= 0) n[h]!++;
      }
      if (GW.length < u * H) GW = new Float32Array(uniq.length * H);
      if (GE.length < u * K) GE = new Float32Array(uniq.length * K);
      GW.fill(0, 0, u * H);
      GE.fill(0, 0, u * K);
      GV.fill(0);
      Gc.fill(0);
      Gb.fill(0);
      for (let q = start; q < end; q++) {
        const i = rows[order[q]!]!;
        const x = xs[i]!;
        forward(w, b, e, c, v, K, H, x, a, z);
        let any = false;
        for (let h = 0; h < H; h++) {
          const y = ys[i * H + h]!;
          if (y < 0) { z[h] = 0; continue; }
          z[h] = (1 / (1 + Math.exp(-z[h]!)) - y) / n[h]!;
          Gb[h]! += z[h]!;
          any = true;
        }
        if (!any) continue;
        for (let k = 0; k < K; k++) {
          const hk = a[k]! > 0 ? a[k]! : 0;
          let s = 0;
          for (let h = 0; h < H; h++) {
            GV[k * H + h]! += hk * z[h]!;
            s += v[k * H + h]! * z[h]!;
          }
          dh[k] = a[k]! > 0 ? s : 0;
          Gc[k]! += dh[k]!;
        }
        for (let j = 0; j < x.indices.length; j++) {
          const sl = slot[x.indices[j]!]!;
          const val = x.values[j]!;
          const bw = sl * H;
          for (let h = 0; h < H; h++) GW[bw + h]! += z[h]! * val;
          const be = sl * K;
          for (let k = 0; k < K; k++) GE[be + k]! += dh[k]! * val;
        }
      }
      t++;
      const c1 = 1 - Math.pow(b1, t);
      const c2 = 1 - Math.pow(b2, t);
      for (let q = 0; q < u; q++) {
        const idx = uniq[q]!;
        slot[idx] = -1;
        const skipped = t - 1 - last[idx]!;
        last[idx] = t;
        const d1 = skipped ? Math.pow(b1, skipped + 1) : b1;
        const d2 = skipped ? Math.pow(b2, skipped + 1) : b2;
        for (let h = 0; h < H; h++) adam(w, mw, vw, idx * H + h, GW[q * H + h]!, o.lr, c1, c2, d1, d2);
        for (let k = 0; k < K; k++) adam(e, me, ve, idx * K + k, GE[q * K + k]!, o.lrDeep, c1, c2, d1, d2);
      }
      for (let k = 0; k < K * H; k++) adam(v, mv, vv, k, GV[k]!, o.lrDeep, c1, c2, b1, b2);
      for (let k = 0; k < K; k++) adam(c, mc, vc, k, Gc[k]!, o.lrDeep, c1, c2, b1, b2);
      for (let h = 0; h < H; h++) adam(b, mb, vb, h, Gb[h]!, o.lr, c1, c2, b1, b2);
    }
  }
  return { w, b, e, c, v, k: K };
}

/** Logits of every head (a: the hidden pre-activations, filled as a by-product). */
function forward(w: Float32Array, b: Float32Array, e: Float32Array, c: Float32Array, v: Float32Array, K: number, H: number, x: SparseVector, a: Float32Array, z: Float32Array): void {
  z.set(b);
  a.set(c);
  for (let j = 0; j < x.indices.length; j++) {
    const idx = x.indices[j]!;
    const val = x.values[j]!;
    const bw = idx * H;
    for (let h = 0; h < H; h++) z[h]! += w[bw + h]! * val;
    const be = idx * K;
    for (let k = 0; k < K; k++) a[k]! += e[be + k]! * val;
  }
  for (let k = 0; k < K; k++) {
    const hk = a[k]!;
    if (hk <= 0) continue;
    for (let h = 0; h < H; h++) z[h]! += hk * v[k * H + h]!;
  }
}

export function predictDeep(m: DeepModel, x: SparseVector, H: number, out: Float32Array): void {
  const a = new Float32Array(m.k);
  forward(m.w, m.b, m.e, m.c, m.v, m.k, H, x, a, out);
  for (let h = 0; h < H; h++) out[h] = 1 / (1 + Math.exp(-out[h]!));
}
