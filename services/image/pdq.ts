/**
 * PDQ perceptual hash (256 bits) and quality, implemented from the published algorithm (Meta's
 * ThreatExchange PDQ): RGB → luma (Rec. 601), two X/Y passes of 1-D box filters (Jarosz: together a
 * tent filter) with windows of ceil(dimension / 128), decimation to 64×64 at cell centres, the 16×16
 * low-frequency block of a 2-D DCT (frequencies 1..16), and one bit per coefficient above the median.
 * Quality counts significant gradients of the 64×64 image (0..100). The eight dihedral variants
 * (rotations, flips) come from sign changes and transposes of the same DCT block.
 */

import { ORIENT } from './decode.js';
import { nativeImage } from './native.js';

const DCT = (() => {
  const d = new Float64Array(16 * 64);
  const scale = Math.sqrt(2 / 64);
  for (let i = 0; i < 16; i++) for (let j = 0; j < 64; j++) d[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
  return d;
})();

export const DIHEDRAL = ['orig', 'r090', 'r180', 'r270', 'flpx', 'flpy', 'flpp', 'flpm'] as const;
export type Dihedral = (typeof DIHEDRAL)[number];

export interface PdqResult {
  /** 64 hex characters, the form hash-sharing programs exchange. */
  readonly hash: string;
  readonly quality: number;
}

function windowSize(dimension: number): number {
  return Math.floor((dimension + 127) / 128);
}

/** One 1-D box pass over `count` lines of `length` samples, stride-addressed (rows or columns). */
function box(input: Float32Array, output: Float32Array, lines: number, length: number, lineStride: number, step: number, window: number): void {
  const half = Math.floor((window + 2) / 2);
  const p1 = half - 1;
  const p2 = window - half + 1;
  const p3 = length - window;
  const p4 = half - 1;
  for (let line = 0; line < lines; line++) {
    const base = line * lineStride;
    let li = 0;
    let ri = 0;
    let oi = 0;
    let sum = 0;
    let n = 0;
    for (let k = 0; k < p1; k++) {
      sum += input[base + ri * step]!;
      n++;
      ri++;
    }
    for (let k = 0; k < p2; k++) {
      sum += input[base + ri * step]!;
      n++;
      output[base + oi * step] = sum / n;
      ri++;
      oi++;
    }
    for (let k = 0; k < p3; k++) {
      sum += input[base + ri * step]! - input[base + li * step]!;
      output[base + oi * step] = sum / n;
      li++;
      ri++;
      oi++;
    }
    for (let k = 0; k < p4; k++) {
      sum -= input[base + li * step]!;
      n--;
      output[base + oi * step] = sum / n;
      li++;
      oi++;
    }
  }
}

/** The 16×16 DCT block (row-major) and quality of a luma image (row-major, rows × cols). */
/**
 * The same box filter along columns (step = cols), computed row by row with one running sum per
 * column: the same additions in the same order per column as box() (bit-identical output), but
 * reading memory sequentially instead of striding a whole row per step.
 */
function boxColumns(input: Float32Array, output: Float32Array, rows: number, cols: number, window: number): void {
  const half = Math.floor((window + 2) / 2);
  const p1 = half - 1;
  const p2 = window - half + 1;
  const p3 = rows - window;
  const p4 = half - 1;
  const sums = new Float64Array(cols);
  let ri = 0;
  let li = 0;
  let oi = 0;
  let n = 0;
  for (let k = 0; k < p1; k++, ri++) {
    const r = ri * cols;
    for (let c = 0; c < cols; c++) sums[c]! += input[r + c]!;
    n++;
  }
  for (let k = 0; k < p2; k++, ri++, oi++) {
    const r = ri * cols;
    const o = oi * cols;
    n++;
    for (let c = 0; c < cols; c++) output[o + c] = (sums[c]! += input[r + c]!) / n;
  }
  for (let k = 0; k < p3; k++, ri++, li++, oi++) {
    const r = ri * cols;
    const l = li * cols;
    const o = oi * cols;
    for (let c = 0; c < cols; c++) output[o + c] = (sums[c]! += input[r + c]! - input[l + c]!) / n;
  }
  for (let k = 0; k < p4; k++, li++, oi++) {
    const l = li * cols;
    const o = oi * cols;
    n--;
    for (let c = 0; c < cols; c++) output[o + c] = (sums[c]! -= input[l + c]!) / n;
  }
}

export function pdqDct(luma: Float32Array, rows: number, cols: number): { dct: Float64Array; quality: number } {
  const other = new Float32Array(rows * cols);
  const wr = windowSize(cols);
  const wc = windowSize(rows);
  for (let pass = 0; pass < 2; pass++) {
    box(luma, other, rows, cols, cols, 1, wr); // along rows
    boxColumns(other, luma, rows, cols, wc); // along columns
  }
  const a = new Float64Array(64 * 64);
  for (let i = 0; i < 64; i++) {
    const ini = Math.floor(((i + 0.5) * rows) / 64);
    for (let j = 0; j < 64; j++) a[i * 64 + j] = luma[ini * cols + Math.floor(((j + 0.5) * cols) / 64)]!;
  }
  let gradient = 0;
  for (let i = 0; i < 63; i++) for (let j = 0; j < 64; j++) gradient += Math.abs(Math.trunc(((a[i * 64 + j]! - a[(i + 1) * 64 + j]!) * 100) / 255));
  for (let i = 0; i < 64; i++) for (let j = 0; j < 63; j++) gradient += Math.abs(Math.trunc(((a[i * 64 + j]! - a[i * 64 + j + 1]!) * 100) / 255));
  const quality = Math.min(100, Math.trunc(gradient / 90));
  const t = new Float64Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s += DCT[i * 64 + k]! * a[k * 64 + j]!;
      t[i * 64 + j] = s;
    }
  }
  const dct = new Float64Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s += t[i * 64 + k]! * DCT[j * 64 + k]!;
      dct[i * 16 + j] = s;
    }
  }
  return { dct, quality };
}

/** One bit per coefficient above the median; bit k (k = 16i + j) is bit k%16 of 16-bit word k/16, printed word 15 first. */
export function hashFromDct(dct: Float64Array): string {
  const median = Float64Array.from(dct).sort()[127]!;
  const words = new Uint16Array(16);
  for (let k = 0; k < 256; k++) if (dct[k]! > median) words[k >> 4]! |= 1 << (k & 15);
  let hex = '';
  for (let w = 15; w >= 0; w--) hex += words[w]!.toString(16).padStart(4, '0');
  return hex;
}

/** The DCT block of the image rotated or flipped, from the original's block. */
export function dihedralDct(dct: Float64Array, which: Dihedral): Float64Array {
  const out = new Float64Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const v = dct[i * 16 + j]!;
      switch (which) {
        case 'orig': out[i * 16 + j] = v; break;
        case 'r090': out[j * 16 + i] = j & 1 ? v : -v; break;
        case 'r180': out[i * 16 + j] = (i + j) & 1 ? -v : v; break;
        case 'r270': out[j * 16 + i] = i & 1 ? v : -v; break;
        case 'flpx': out[i * 16 + j] = i & 1 ? v : -v; break;
        case 'flpy': out[i * 16 + j] = j & 1 ? v : -v; break;
        case 'flpp': out[j * 16 + i] = v; break;
        case 'flpm': out[j * 16 + i] = (i + j) & 1 ? -v : v; break;
      }
    }
  }
  return out;
}

export function hammingHex(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

/**
 * Luma (Rec. 601) of interleaved 8-bit pixels (1-4 channels; grey when fewer than 3), turned upright by
 * an EXIF orientation (5-8 swap the sides: the result is `height` wide then).
 */
export function lumaFromPixels(pixels: Uint8Array | Buffer, width: number, height: number, channels: number, orientation = 1): Float32Array {
  const out = new Float32Array(width * height);
  const [a, b, e, f, g, h] = ORIENT[orientation] ?? ORIENT[1]!; // decode.ts: upright (r, c) reads stored (a·r + b·c + e·(height − 1), f·r + g·c + h·(width − 1))
  const cols = orientation >= 5 ? height : width;
  const rows = out.length / cols;
  for (let r = 0, o = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, o++) {
      const p = ((a * r + b * c + e * (height - 1)) * width + f * r + g * c + h * (width - 1)) * channels;
      out[o] = channels >= 3 ? 0.299 * pixels[p]! + 0.587 * pixels[p + 1]! + 0.114 * pixels[p + 2]! : pixels[p]!;
    }
  }
  return out;
}

/**
 * The DCT block and quality of 8-bit pixels (1-4 channels, luma from the first three) as shown: turned
 * upright by `orientation` (EXIF, 1-8) first. In the native addon where it is built (the same
 * arithmetic, the same bits), else in JavaScript; `native: false` forces JavaScript (parity tests, benchmarks).
 */
export function pdqOfPixels(pixels: Uint8Array, width: number, height: number, channels: number, options: { native?: boolean; orientation?: number } = {}): { dct: Float64Array; quality: number } {
  const orientation = options.orientation ?? 1;
  const addon = options.native === false ? null : nativeImage();
  if (addon) {
    const dct = new Float64Array(256);
    const quality = addon.pdqDct(pixels, width, height, channels, dct, orientation);
    return { dct, quality };
  }
  const [rows, cols] = orientation >= 5 ? [width, height] : [height, width];
  return pdqDct(lumaFromPixels(pixels, width, height, channels, orientation), rows, cols);
}

export function pdqFromLuma(luma: Float32Array, rows: number, cols: number): PdqResult & { dct: Float64Array } {
  const { dct, quality } = pdqDct(luma, rows, cols);
  return { hash: hashFromDct(dct), quality, dct };
}
