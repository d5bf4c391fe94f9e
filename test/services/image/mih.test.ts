import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdqIndex, parsePdq } from '../../../services/image/mih.js';
import { hammingHex } from '../../../services/image/pdq.js';

const PDQ = resolve(import.meta.dirname, '../../../../shared/data/pdq');

function rand(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}
const hexOf = (w: Uint32Array) => Array.from(w, (x) => x.toString(16).padStart(8, '0')).join('');
function flipBits(w: Uint32Array, n: number, r: () => number): Uint32Array {
  const out = Uint32Array.from(w);
  const bits = new Set<number>();
  while (bits.size < n) bits.add(r() % 256);
  for (const b of bits) out[b >> 5]! ^= 1 << (b & 31);
  return out;
}

describe('PdqIndex (multi-index hashing)', () => {
  it('finds exactly what a linear scan finds, for every distance up to 31', () => {
    const r = rand(7);
    const index = new PdqIndex();
    const base = Array.from({ length: 300 }, () => Uint32Array.from({ length: 8 }, () => r()));
    for (const h of base) index.add(h);
    // near copies at every distance 0..40 of random bank entries
    for (let d = 0; d <= 40; d++) {
      const q = flipBits(base[r() % base.length]!, d, r);
      expect(index.query(q).map((m) => m.index).sort((a, b) => a - b), `distance ${d}`).toEqual(index.scan(q).map((m) => m.index));
      expect(index.query(q, 10)).toEqual(index.scan(q, 10));
    }
  });

  it('parses and measures hex hashes as printed', () => {
    const a = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';
    const b = 'd8f8f0cec0f4a84f0637022a278f67f0b36e2ed596621e1d33e6339c4e9c9b22';
    const index = new PdqIndex();
    index.add(parsePdq(a));
    expect(index.query(parsePdq(b))).toEqual([{ index: 0, distance: hammingHex(a, b) }]);
    expect(hexOf(parsePdq(a))).toBe(a);
    expect(() => parsePdq('xyz')).toThrow('not a 64-hex-digit PDQ hash');
  });

  it.skipIf(!existsSync(join(PDQ, 'needles.txt')))('agrees with a linear scan on the upstream needles and haystack', () => {
    const lines = (f: string) => readFileSync(join(PDQ, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const index = new PdqIndex();
    for (const h of lines('haystack.txt')) index.add(parsePdq(h));
    let matches = 0;
    for (const n of lines('needles.txt')) {
      const q = parsePdq(n);
      const found = index.query(q);
      expect(found.map((m) => m.index).sort((a, b) => a - b)).toEqual(index.scan(q).map((m) => m.index));
      matches += found.length;
    }
    expect(index.size).toBe(1350);
    expect(matches).toBeGreaterThan(0);
  });
});
