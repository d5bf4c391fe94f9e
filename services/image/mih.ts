/**
 * Multi-index hashing for 256-bit PDQ hashes: 16 tables, one per 16-bit chunk. Two hashes within
 * distance d < 32 agree on at least one chunk to within floor(d / 16) = 1 bit (pigeonhole), so a query
 * probes each chunk's exact value and its 16 one-bit neighbours (272 probes), then verifies candidates
 * by full Hamming distance.
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

/**
 * The tables are in compressed-row form, built once after the last add (a bank is loaded whole, then
 * queried): per chunk, `offsets[v]..offsets[v + 1]` indexes `ids`, the hashes whose chunk equals v.
 * Contiguous typed arrays, no per-key objects: 16 × 4 bytes per hash plus 16 × 256 KiB of offsets.
 */
export class PdqIndex {
  private words = new Uint32Array(8 * 1024);
  private count = 0;
  /** per-hash stamp of the query that last matched it: duplicates (found through several chunks) dropped */
  private stamps = new Uint32Array(0);
  private epoch = 0;
  private offsets: Uint32Array[] = [];
  private ids: Uint32Array[] = [];
  private built = 0;

  get size(): number {
    return this.count;
  }

  /** Bytes held: hashes, tables and stamps. */
  get bytes(): number {
    return this.count * 32 + this.ids.reduce((a, t) => a + t.byteLength, 0) + this.offsets.reduce((a, t) => a + t.byteLength, 0) + this.stamps.byteLength;
  }

  add(hash: Uint32Array): number {
    if ((this.count + 1) * 8 > this.words.length) {
      const bigger = new Uint32Array(this.words.length * 2);
      bigger.set(this.words);
      this.words = bigger;
    }
    const id = this.count++;
    this.words.set(hash, id * 8);
    return id;
  }

  /** Builds the tables (counting sort per chunk); queries call it when hashes were added since. */
  build(): void {
    if (this.built === this.count && this.offsets.length) return;
    const n = this.count;
    const words = this.words;
    this.offsets = [];
    this.ids = [];
    for (let c = 0; c < 16; c++) {
      const w = c >> 1;
      const shift = c & 1 ? 0 : 16;
      const offsets = new Uint32Array(65537);
      for (let i = 0; i < n; i++) offsets[((words[i * 8 + w]! >>> shift) & 0xffff) + 1]!++;
      for (let v = 0; v < 65536; v++) offsets[v + 1]! += offsets[v]!;
      const fill = offsets.slice(0, 65536);
      const ids = new Uint32Array(n);
      for (let i = 0; i < n; i++) ids[fill[(words[i * 8 + w]! >>> shift) & 0xffff]!++] = i;
      this.offsets.push(offsets);
      this.ids.push(ids);
    }
    this.stamps = new Uint32Array(n);
    this.epoch = 0;
    this.built = n;
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
    this.build();
    if (++this.epoch === 0xffffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
    const epoch = this.epoch;
    const stamps = this.stamps;
    const words = this.words;
    const q0 = q[0]!, q1 = q[1]!, q2 = q[2]!, q3 = q[3]!, q4 = q[4]!, q5 = q[5]!, q6 = q[6]!, q7 = q[7]!;
    const out: Match[] = [];
    for (let c = 0; c < 16; c++) {
      const key = chunk(q, c);
      const offsets = this.offsets[c]!;
      const ids = this.ids[c]!;
      for (let flip = -1; flip < 16; flip++) {
        const v = flip < 0 ? key : key ^ (1 << flip);
        const end = offsets[v + 1]!;
        for (let n = offsets[v]!; n < end; n++) {
          const id = ids[n]!;
          const b = id * 8;
          // distance with early exit: most candidates are far
          let d = popcount32((words[b]! ^ q0) >>> 0) + popcount32((words[b + 1]! ^ q1) >>> 0) + popcount32((words[b + 2]! ^ q2) >>> 0) + popcount32((words[b + 3]! ^ q3) >>> 0);
          if (d > maxDistance) continue;
          d += popcount32((words[b + 4]! ^ q4) >>> 0) + popcount32((words[b + 5]! ^ q5) >>> 0) + popcount32((words[b + 6]! ^ q6) >>> 0) + popcount32((words[b + 7]! ^ q7) >>> 0);
          if (d > maxDistance || stamps[id] === epoch) continue;
          stamps[id] = epoch;
          out.push({ index: id, distance: d });
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
