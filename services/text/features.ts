/**
 * Hashed sparse features for linear text models, the same for training and serving: character n-grams
 * (1-3 for CJK, which has no spaces; 2-4 for other scripts, with word boundaries) and word unigrams and
 * bigrams of non-CJK tokens. Counts are log-scaled and the vector L2-normalised.
 */
export interface FeatureConfig {
  /** Hash space: 2^bits buckets. */
  readonly bits: number;
  /** Longest text scored, in code points; longer texts are truncated and the verdict says so. */
  readonly maxChars: number;
}

export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export function featurize(text: string, config: FeatureConfig): SparseVector {
  const mask = (1 << config.bits) - 1;
  const counts = new Map<number, number>();
  const add = (key: string, seed: number): void => {
    const idx = fnv1a(key, seed) & mask;
    counts.set(idx, (counts.get(idx) ?? 0) + 1);
  };
  const chars = Array.from(text).slice(0, config.maxChars);
  const padded = [' ', ...chars, ' '];
  for (let i = 0; i < padded.length; i++) {
    const c = padded[i]!;
    const cjk = CJK.test(c);
    if (cjk) add(c, 0x11); // CJK unigram
    for (let n = 2; n <= 4; n++) {
      if (i + n > padded.length) break;
      const gram = padded.slice(i, i + n);
      if (n === 4 && gram.some((g) => CJK.test(g))) continue; // CJK: 1-3 grams
      add(gram.join(''), 0x20 + n);
    }
  }
  const words = chars.join('').split(/[^\p{L}\p{N}'#@$]+/u).filter((w) => w && !CJK.test(w));
  for (let i = 0; i < words.length; i++) {
    add(words[i]!, 0x31);
    if (i + 1 < words.length) add(`${words[i]} ${words[i + 1]}`, 0x32);
  }
  const indices = new Int32Array(counts.size);
  const values = new Float32Array(counts.size);
  let norm = 0;
  let k = 0;
  for (const [idx, c] of counts) {
    const v = Math.log1p(c);
    indices[k] = idx;
    values[k] = v;
    norm += v * v;
    k++;
  }
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < values.length; j++) values[j]! /= norm;
  return { indices, values };
}
