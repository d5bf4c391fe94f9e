/** Pieces both text trainers use (models/train-text.ts, models/train-deep.ts). */

/**
 * Each head's starting bias: the log-odds of its positives among the rows it labels (ys[i * H + h]: 1, 0,
 * or -1 for not labelled), clamped to [0.01, 0.99] so a head with no positives or no negatives starts finite.
 */
export function priorLogits(ys: Int8Array, H: number, rows: Int32Array): Float32Array {
  const b = new Float32Array(H);
  for (let h = 0; h < H; h++) {
    let pos = 0;
    let n = 0;
    for (const i of rows) {
      const y = ys[i * H + h]!;
      if (y < 0) continue;
      n++;
      pos += y;
    }
    const p = Math.min(0.99, Math.max(0.01, n ? pos / n : 0.5));
    b[h] = Math.log(p / (1 - p));
  }
  return b;
}
