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

const isCjk = (cp: number): boolean => (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff);

/** FNV-1a over UTF-16 code units with a murmur-style finaliser; the key is given as code points [from, to). */
function hashRange(cps: Uint32Array, from: number, to: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) {
    const cp = cps[i]!;
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      h ^= 0xd800 + (v >> 10);
      h = Math.imul(h, 0x01000193);
      h ^= 0xdc00 + (v & 0x3ff);
    } else h ^= cp;
    h = Math.imul(h, 0x01000193);
  }
  return finish(h);
}

function hashString(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finish(h);
}

function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

const SPACE = 0x20;
const WORD_SPLIT = /[^\p{L}\p{N}'#@$]+/u;
const HAS_CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

// reused between calls: featurize is synchronous and single-threaded
let cpBuf = new Uint32Array(4096);
const counts = new Map<number, number>();

export function featurize(text: string, config: FeatureConfig): SparseVector {
  const mask = (1 << config.bits) - 1;
  counts.clear();
  const add = (h: number): void => {
    const idx = h & mask;
    counts.set(idx, (counts.get(idx) ?? 0) + 1);
  };
  // code points of " " + text[0..maxChars) + " "
  if (cpBuf.length < config.maxChars + 2) cpBuf = new Uint32Array(config.maxChars + 2);
  const cps = cpBuf;
  let n = 0;
  cps[n++] = SPACE;
  let chars = 0;
  let end = 0;
  for (const ch of text) {
    if (chars === config.maxChars) break;
    cps[n++] = ch.codePointAt(0)!;
    chars++;
    end += ch.length;
  }
  cps[n++] = SPACE;
  for (let i = 0; i < n; i++) {
    const cjk = isCjk(cps[i]!);
    if (cjk) add(hashRange(cps, i, i + 1, 0x11)); // CJK unigram
    for (let g = 2; g <= 4; g++) {
      if (i + g > n) break;
      if (g === 4) {
        let any = false;
        for (let k = i; k < i + 4; k++) if (isCjk(cps[k]!)) any = true;
        if (any) continue; // CJK: 1-3 grams
      }
      add(hashRange(cps, i, i + g, 0x20 + g));
    }
  }
  const words = text.slice(0, end).split(WORD_SPLIT).filter((w) => w && !HAS_CJK.test(w));
  for (let i = 0; i < words.length; i++) {
    add(hashString(words[i]!, 0x31));
    if (i + 1 < words.length) add(hashString(`${words[i]} ${words[i + 1]}`, 0x32));
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
