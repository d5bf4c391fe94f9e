/**
 * 64-bit SimHash over character 3-grams (works for scripts without spaces, such as Chinese), held as
 * two unsigned 32-bit halves. Near-identical texts differ in few bits.
 */
export interface SimHash {
  readonly hi: number;
  readonly lo: number;
}

function fnv1a32(s: string, start: number, end: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32) so neighbouring shingles spread over all bits
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SHINGLE = 3;

export function simhash(text: string): SimHash {
  const v = new Int32Array(64);
  const n = text.length;
  const shingles = n <= SHINGLE ? 1 : n - SHINGLE + 1;
  for (let i = 0; i < shingles; i++) {
    const end = Math.min(n, i + SHINGLE);
    const a = fnv1a32(text, i, end, 0x811c9dc5);
    const b = fnv1a32(text, i, end, 0x9747b28c);
    for (let bit = 0; bit < 32; bit++) {
      v[bit]! += (a >>> bit) & 1 ? 1 : -1;
      v[bit + 32]! += (b >>> bit) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (v[bit]! > 0) lo |= 1 << bit;
    if (v[bit + 32]! > 0) hi |= 1 << bit;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function hamming(a: SimHash, b: SimHash): number {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}

/** The four 16-bit bands; two hashes within distance 3 share at least one band (pigeonhole). */
export function bands(h: SimHash): [number, number, number, number] {
  return [h.lo & 0xffff, h.lo >>> 16, h.hi & 0xffff, h.hi >>> 16];
}
