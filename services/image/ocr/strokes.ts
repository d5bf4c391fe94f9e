import { nativeImage } from '../native.js';
import type { Raster } from './raster.js';

/**
 * The cheap test in front of the OCR gate: does a picture have a patch dense in strokes? A stroke is a
 * step of at least `step` levels followed within `width` pixels by a step back (a thin line crossed:
 * what glyphs are made of); smooth pictures, shape borders and gradients have few. Counted along rows
 * and columns in 16 × 16 cells, on luma and, with a higher step, on the two chroma channels (text of
 * another colour but the same brightness as its background). A picture goes on to the detector when
 * its third-densest cell holds at least `min` strokes.
 *
 * On the generated sets (24 pictures per evasion set: posters, busy and low-contrast backgrounds, small
 * text, split lines, mixed scripts, chat screenshots, rotated and vertical text) the third-densest cell
 * held at least 45 strokes; on 64 synthetic text-free pictures at most 26 (27 when libvips decodes
 * instead of the native addon; with a luma step of 10 low-contrast text fell to 34 there, hence 8);
 * photographs are textured and mostly go
 * on to the detector (28 of the 29 PDQ reference photos hold ≥ 32): the test saves the detector on flat
 * and smooth pictures (graphics, gradients, plain backgrounds), never decides that text is there.
 */
export interface StrokeTest {
  /** Smallest luma step (0-255) of a stroke edge. @default 8 */
  readonly step: number;
  /** Smallest chroma step. @default 24 */
  readonly chromaStep: number;
  /** Widest stroke, pixels of the raster. @default 6 */
  readonly width: number;
  /** Strokes in the third-densest cell for the picture to go on to the detector. @default 32 */
  readonly min: number;
}

export const STROKE_TEST: StrokeTest = { step: 8, chromaStep: 24, width: 6, min: 32 };
const CELL = 16;

/** Counts strokes of one channel into `cells` (max with what is there). */
function count(ch: Int16Array, w: number, h: number, step: number, width: number, cells: Uint16Array, cw: number, scratch: Uint16Array): void {
  scratch.fill(0);
  // along rows
  for (let y = 0; y < h; y++) {
    let lastSign = 0;
    let lastX = -100;
    const row = y * w;
    const crow = ((y / CELL) | 0) * cw;
    for (let x = 0; x + 1 < w; x++) {
      const d = ch[row + x + 1]! - ch[row + x]!;
      const s = d >= step ? 1 : d <= -step ? -1 : 0;
      if (s === 0) continue;
      if (s === -lastSign && x - lastX <= width) scratch[crow + ((x / CELL) | 0)]!++;
      lastSign = s;
      lastX = x;
    }
  }
  // along columns, row by row with a state per column (sequential reads)
  const lastSign = new Int8Array(w);
  const lastY = new Int32Array(w).fill(-100);
  for (let y = 0; y + 1 < h; y++) {
    const row = y * w;
    const crow = ((y / CELL) | 0) * cw;
    for (let x = 0; x < w; x++) {
      const d = ch[row + w + x]! - ch[row + x]!;
      const s = d >= step ? 1 : d <= -step ? -1 : 0;
      if (s === 0) continue;
      if (s === -lastSign[x]! && y - lastY[x]! <= width) scratch[crow + ((x / CELL) | 0)]!++;
      lastSign[x] = s;
      lastY[x] = y;
    }
  }
  for (let i = 0; i < cells.length; i++) if (scratch[i]! > cells[i]!) cells[i] = scratch[i]!;
}

/** Strokes in the third-densest 16 × 16 cell of an RGB raster (in the native addon where it is built: the same count). */
export function strokeDensity(r: Raster, t: StrokeTest = STROKE_TEST, options: { native?: boolean } = {}): number {
  const { data, width: w, height: h } = r;
  const addon = options.native === false ? null : nativeImage();
  if (addon) return addon.strokeDensity(data, w, h, t.step, t.chromaStep, t.width);
  const n = w * h;
  const y = new Int16Array(n);
  const cr = new Int16Array(n);
  const cb = new Int16Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const R = data[j]!, G = data[j + 1]!, B = data[j + 2]!;
    y[i] = (77 * R + 150 * G + 29 * B) >> 8;
    cr[i] = (128 * R - 107 * G - 21 * B) >> 8;
    cb[i] = (-43 * R - 85 * G + 128 * B) >> 8;
  }
  const cw = Math.ceil(w / CELL);
  const cells = new Uint16Array(cw * Math.ceil(h / CELL));
  const scratch = new Uint16Array(cells.length);
  count(y, w, h, t.step, t.width, cells, cw, scratch);
  count(cr, w, h, t.chromaStep, t.width, cells, cw, scratch);
  count(cb, w, h, t.chromaStep, t.width, cells, cw, scratch);
  let a = 0, b = 0, c = 0; // the three largest
  for (const v of cells) {
    if (v > a) [a, b, c] = [v, a, b];
    else if (v > b) [b, c] = [v, b];
    else if (v > c) c = v;
  }
  return c;
}

/** Whether the picture may hold text: false means the detector would find none worth reading. */
export function mayHoldText(r: Raster, t: StrokeTest = STROKE_TEST): boolean {
  return strokeDensity(r, t) >= t.min;
}
