import { ORIENT } from '../decode.js';

/** RGB pixels, row-major, 3 bytes per pixel: what the OCR stages read. */
export interface Raster {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * Bilinear resize of a raster into a planar (NCHW) float tensor, channels in BGR order (PaddleOCR's
 * models are trained on OpenCV's BGR), normalised per channel as (pixel / 255 − mean) / std.
 * `out` is written at `offset`; the tensor row is `outW` wide, of which the first `w` columns are the
 * image and the rest are left as they are (the caller's padding).
 */
export function resizeToTensor(src: Raster, w: number, h: number, out: Float32Array, offset: number, outW: number, mean: readonly number[], std: readonly number[]): void {
  const { data, width: sw, height: sh } = src;
  const plane = outW * h;
  // per channel c (BGR order): value = pixel * a[c] + b[c]
  const a0 = 1 / 255 / std[0]!, a1 = 1 / 255 / std[1]!, a2 = 1 / 255 / std[2]!;
  const b0 = -mean[0]! / std[0]!, b1 = -mean[1]! / std[1]!, b2 = -mean[2]! / std[2]!;
  const o0 = offset, o1 = offset + plane, o2 = offset + 2 * plane;
  if (w === sw && h === sh) {
    // same size (recognition crops are cut at their input size): the bilinear weights are 0, only the normalisation is left
    for (let y = 0, p = 0; y < h; y++) {
      const row = y * outW;
      for (let x = 0; x < w; x++, p += 3) {
        out[o0 + row + x] = data[p + 2]! * a0 + b0;
        out[o1 + row + x] = data[p + 1]! * a1 + b1;
        out[o2 + row + x] = data[p]! * a2 + b2;
      }
    }
    return;
  }
  const fx = sw / w;
  const fy = sh / h;
  const x0s = new Int32Array(w);
  const x1s = new Int32Array(w);
  const dxs = new Float32Array(w);
  for (let x = 0; x < w; x++) {
    const sx = Math.min(Math.max((x + 0.5) * fx - 0.5, 0), sw - 1);
    x0s[x] = Math.floor(sx) * 3;
    x1s[x] = Math.min(Math.floor(sx) + 1, sw - 1) * 3;
    dxs[x] = sx - Math.floor(sx);
  }
  for (let y = 0; y < h; y++) {
    const sy = Math.min(Math.max((y + 0.5) * fy - 0.5, 0), sh - 1);
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, sh - 1);
    const dy = sy - y0;
    const r0 = y0 * sw * 3;
    const r1 = y1 * sw * 3;
    const row = y * outW;
    for (let x = 0; x < w; x++) {
      const p00 = r0 + x0s[x]!, p01 = r0 + x1s[x]!, p10 = r1 + x0s[x]!, p11 = r1 + x1s[x]!;
      const dx = dxs[x]!;
      // c = 0: blue (RGB index 2), 1: green, 2: red
      let top = data[p00 + 2]! + (data[p01 + 2]! - data[p00 + 2]!) * dx;
      let bot = data[p10 + 2]! + (data[p11 + 2]! - data[p10 + 2]!) * dx;
      out[o0 + row + x] = (top + (bot - top) * dy) * a0 + b0;
      top = data[p00 + 1]! + (data[p01 + 1]! - data[p00 + 1]!) * dx;
      bot = data[p10 + 1]! + (data[p11 + 1]! - data[p10 + 1]!) * dx;
      out[o1 + row + x] = (top + (bot - top) * dy) * a1 + b1;
      top = data[p00]! + (data[p01]! - data[p00]!) * dx;
      bot = data[p10]! + (data[p11]! - data[p10]!) * dx;
      out[o2 + row + x] = (top + (bot - top) * dy) * a2 + b2;
    }
  }
}

/**
 * Samples an oriented rectangle of `src` (origin `o`, unit axes `ux` along the text and `uy` across it,
 * `w` × `h` source pixels) into an upright raster of `outW` × `outH` pixels, bilinear. This is the crop
 * PaddleOCR takes with a perspective warp; for a rectangle an affine map is the same thing.
 */
export function sampleRect(src: Raster, o: readonly [number, number], ux: readonly [number, number], uy: readonly [number, number], w: number, h: number, outW: number, outH: number): Raster {
  const { data, width: sw, height: sh } = src;
  const out = new Uint8Array(outW * outH * 3);
  const su = w / outW;
  const sv = h / outH;
  for (let y = 0; y < outH; y++) {
    const v = (y + 0.5) * sv;
    for (let x = 0; x < outW; x++) {
      const u = (x + 0.5) * su;
      const px = Math.min(Math.max(o[0] + u * ux[0] + v * uy[0] - 0.5, 0), sw - 1);
      const py = Math.min(Math.max(o[1] + u * ux[1] + v * uy[1] - 0.5, 0), sh - 1);
      const x0 = Math.floor(px), y0 = Math.floor(py);
      const x1 = Math.min(x0 + 1, sw - 1), y1 = Math.min(y0 + 1, sh - 1);
      const dx = px - x0, dy = py - y0;
      const p00 = (y0 * sw + x0) * 3, p01 = (y0 * sw + x1) * 3, p10 = (y1 * sw + x0) * 3, p11 = (y1 * sw + x1) * 3;
      const d = (y * outW + x) * 3;
      for (let c = 0; c < 3; c++) {
        const top = data[p00 + c]! + (data[p01 + c]! - data[p00 + c]!) * dx;
        const bot = data[p10 + c]! + (data[p11 + c]! - data[p10 + c]!) * dx;
        out[d + c] = top + (bot - top) * dy + 0.5;
      }
    }
  }
  return { data: out, width: outW, height: outH };
}

/** The raster turned 90° counter-clockwise (a top-to-bottom column becomes a left-to-right line). */
export function rotate90ccw(src: Raster): Raster {
  const { data, width: w, height: h } = src;
  const out = new Uint8Array(data.length);
  // out is h wide, w high; out(x = y_src, y = w - 1 - x_src)
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const s = (y * w + x) * 3;
      const d = ((w - 1 - x) * h + y) * 3;
      out[d] = data[s]!;
      out[d + 1] = data[s + 1]!;
      out[d + 2] = data[s + 2]!;
    }
  }
  return { data: out, width: h, height: w };
}

/** The raster turned 180°. */
export function rotate180(src: Raster): Raster {
  const { data, width, height } = src;
  const out = new Uint8Array(data.length);
  const n = width * height;
  for (let i = 0; i < n; i++) {
    const s = i * 3;
    const d = (n - 1 - i) * 3;
    out[d] = data[s]!;
    out[d + 1] = data[s + 1]!;
    out[d + 2] = data[s + 2]!;
  }
  return { data: out, width, height };
}

/**
 * The raster as shown: a stored raster turned and mirrored by its EXIF orientation (1: itself). Upright
 * (r, c) reads stored (a·r + b·c + e·(height − 1), f·r + g·c + h·(width − 1)) (ORIENT in decode.ts).
 */
export function upright(src: Raster, orientation: number): Raster {
  const m = orientation === 1 ? undefined : ORIENT[orientation];
  if (!m) return src;
  const { data, width: sw, height: sh } = src;
  const [a, b, e, f, g, h] = m;
  const w = orientation >= 5 ? sh : sw;
  const hh = orientation >= 5 ? sw : sh;
  const out = new Uint8Array(data.length);
  for (let r = 0, o = 0; r < hh; r++) {
    for (let c = 0; c < w; c++, o += 3) {
      const p = ((a * r + b * c + e * (sh - 1)) * sw + f * r + g * c + h * (sw - 1)) * 3;
      out[o] = data[p]!;
      out[o + 1] = data[p + 1]!;
      out[o + 2] = data[p + 2]!;
    }
  }
  return { data: out, width: w, height: hh };
}
