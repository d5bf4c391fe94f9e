/**
 * Category term lists as model features: a set of hashed terms (never the terms themselves: the lists are
 * third-party data kept in ../shared) with a category mask each. `count` walks every start position and
 * length of the scored text once; a hit is a term of 2–8 code points. Built by models/build-terms.ts.
 */
import { readFileSync } from 'node:fs';
import { VigilError } from '../common/errors.js';
import type { TermMatcher } from './features.js';

export interface TermFile {
  readonly version: string;
  readonly doc: string;
  readonly categories: readonly string[];
  readonly minLen: number;
  readonly maxLen: number;
  /** base64 of little-endian uint32 triples (h1, h2, category mask). */
  readonly terms: string;
  readonly count: number;
}

export function termHashes(cps: ArrayLike<number>, from: number, to: number): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  for (let i = from; i < to; i++) {
    h1 = Math.imul(h1 ^ cps[i]!, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ cps[i]!, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 13;
  }
  return [h1, h2 >>> 0];
}

export class TermSet implements TermMatcher {
  private readonly h2 = new Map<number, number>();
  private readonly mask = new Map<number, number>();

  constructor(readonly categories: readonly string[], private readonly minLen: number, private readonly maxLen: number, triples: Uint32Array, readonly version = '') {
    for (let i = 0; i + 2 < triples.length; i += 3) {
      const h1 = triples[i]!;
      if (!this.h2.has(h1)) this.h2.set(h1, triples[i + 1]!);
      this.mask.set(h1, (this.mask.get(h1) ?? 0) | triples[i + 2]!);
    }
  }

  static load(path: string): TermSet {
    const f = JSON.parse(readFileSync(path, 'utf8')) as TermFile;
    const buf = Buffer.from(f.terms, 'base64');
    if (buf.length !== f.count * 12) throw new VigilError('VGL_CLASSIFIER', `${path}: ${buf.length} bytes for ${f.count} terms`);
    const triples = new Uint32Array(f.count * 3);
    for (let i = 0; i < triples.length; i++) triples[i] = buf.readUInt32LE(i * 4);
    return new TermSet(f.categories, f.minLen, f.maxLen, triples, f.version);
  }

  get size(): number {
    return this.h2.size;
  }

  count(cps: Uint32Array, n: number, counts: Uint16Array): void {
    for (let i = 0; i < n; i++) {
      const c0 = cps[i]!;
      if (c0 === 0x20) continue;
      let h1 = 0x811c9dc5;
      let h2 = 0x2545f491;
      const stop = Math.min(n, i + this.maxLen);
      for (let j = i; j < stop; j++) {
        const c = cps[j]!;
        if (c === 0x20) break;
        h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
        h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
        h2 ^= h2 >>> 13;
        if (j + 1 - i < this.minLen) continue;
        const want = this.h2.get(h1);
        if (want === undefined || want !== h2 >>> 0) continue;
        const m = this.mask.get(h1)!;
        for (let k = 0; k < this.categories.length; k++) if (m & (1 << k)) counts[k] = counts[k]! + 1;
      }
    }
  }
}
