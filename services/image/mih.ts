/**
 * Multi-index hashing for 256-bit PDQ hashes: 16 tables, one per 16-bit chunk. Two hashes within
 * distance d < 32 agree on at least one chunk to within floor(d / 16) = 1 bit (pigeonhole), so a query
 * probes each chunk's exact value and its 16 one-bit neighbours (272 probes), then verifies candidates
 * by full Hamming distance. Memory: 32 bytes per hash plus 16 index entries (4 bytes each).
 */
export const PDQ_MATCH_DISTANCE = 31;

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** A PDQ hex string as eight 32-bit words (most significant first, as printed). */
export function parsePdq(hex: string): Uint32Array {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error(`not a 64-hex-digit PDQ hash`);
  const w = new Uint32Array(8);
  for (let i = 0; i < 8; i++) w[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16) >>> 0;
  return w;
}

export interface Match {
  /** Position of the matched hash in insertion order. */
  readonly index: number;
  readonly distance: number;
}

export class PdqIndex {
  private words = new Uint32Array(8 * 1024);
  private count = 0;
  /** per-hash stamp of the query that last saw it: no per-query set of candidates */
  private stamps = new Uint32Array(1024);
  private epoch = 0;
  /** chunk c (0..15) value v → indices: open lists kept as plain arrays per key */
  private readonly tables: Map<number, number[]>[] = Array.from({ length: 16 }, () => new Map());

  get size(): number {
    return this.count;
  }

  add(hash: Uint32Array): number {
    if ((this.count + 1) * 8 > this.words.length) {
      const bigger = new Uint32Array(this.words.length * 2);
      bigger.set(this.words);
      this.words = bigger;
      const stamps = new Uint32Array(this.stamps.length * 2);
      stamps.set(this.stamps);
      this.stamps = stamps;
    }
    const id = this.count++;
    this.words.set(hash, id * 8);
    for (let c = 0; c < 16; c++) {
      const key = chunk(hash, c);
      const list = this.tables[c]!.get(key);
      if (list) list.push(id);
      else this.tables[c]!.set(key, [id]);
    }
    return id;
  }

  distance(id: number, q: Uint32Array): number {
    let d = 0;
    const base = id * 8;
    for (let i = 0; i < 8; i++) d += popcount32((this.words[base + i]! ^ q[i]!) >>> 0);
    return d;
  }

  /** Every indexed hash within maxDistance (at most 31) of q, nearest first. */
  query(q: Uint32Array, maxDistance = PDQ_MATCH_DISTANCE): Match[] {
    if (maxDistance > 31) throw new Error('multi-index lookup supports distances up to 31');
    if (++this.epoch === 0xffffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
    const epoch = this.epoch;
    const stamps = this.stamps;
    const words = this.words;
    const out: Match[] = [];
    for (let c = 0; c < 16; c++) {
      const key = chunk(q, c);
      const table = this.tables[c]!;
      for (let flip = -1; flip < 16; flip++) {
        const list = table.get(flip < 0 ? key : key ^ (1 << flip));
        if (!list) continue;
        for (let n = 0; n < list.length; n++) {
          const id = list[n]!;
          if (stamps[id] === epoch) continue;
          stamps[id] = epoch;
          // distance with early exit: most candidates are far
          let d = 0;
          const base = id * 8;
          for (let i = 0; i < 8 && d <= maxDistance; i++) d += popcount32((words[base + i]! ^ q[i]!) >>> 0);
          if (d <= maxDistance) out.push({ index: id, distance: d });
        }
      }
    }
    return out.sort((a, b) => a.distance - b.distance || a.index - b.index);
  }

  /** The same answer by a linear scan: the baseline the index is benchmarked and tested against. */
  scan(q: Uint32Array, maxDistance = PDQ_MATCH_DISTANCE): Match[] {
    const out: Match[] = [];
    for (let id = 0; id < this.count; id++) {
      const d = this.distance(id, q);
      if (d <= maxDistance) out.push({ index: id, distance: d });
    }
    return out;
  }
}

function chunk(h: Uint32Array, c: number): number {
  const w = h[c >> 1]!;
  return c & 1 ? w & 0xffff : w >>> 16;
}
