import type sharpType from 'sharp';
import { VigilError } from '../common/errors.js';
import { nativeImage } from './native.js';

/** Formats an image event may carry; SVG and TIFF are refused by default (SVG is a document, not pixels). */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export interface DecodeLimits {
  /** Largest encoded image accepted. */
  readonly maxBytes: number;
  /** Largest width × height accepted, read from the header before any pixel is decoded. */
  readonly maxPixels: number;
  readonly formats: readonly ImageFormat[];
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = { maxBytes: 20 * 1024 * 1024, maxPixels: 40_000_000, formats: ['jpeg', 'png', 'webp', 'gif', 'avif'] };

/**
 * JPEGs (most of what is sent, and the costliest to decode) are decoded at the stored size divided by
 * 1, 2, 4 or 8 — the largest divisor leaving the longest side at least WORKING_MIN and the shortest at
 * least WORKING_MIN_SHORT — straight from the DCT (libjpeg's scaling: shrink on load). That is enough for
 * the nudity models (224, 299 px), the OCR gate (288 px), QR codes and PDQ (which reduces any picture to
 * 64 × 64). Other formats larger than WORKING_SIZE are squashed to WORKING_SIZE × WORKING_SIZE (cubic), as
 * the PDQ reference hasher does. The rule depends on the picture only, never on which checks are on,
 * so `vigil hash` and the workers hash the same pixels.
 */
export const WORKING_MIN = 400;
export const WORKING_MIN_SHORT = 64;
export const WORKING_SIZE = 512;

/** The divisor (1, 2, 4 or 8) a JPEG of this size is decoded at. */
export function workingScale(width: number, height: number): number {
  const longest = Math.max(width, height);
  const shortest = Math.min(width, height);
  let s = 1;
  while (s < 8 && longest / (s * 2) >= WORKING_MIN && shortest / (s * 2) >= WORKING_MIN_SHORT) s *= 2;
  return s;
}

/**
 * One decode of an image, shared by every check: RGB pixels in stored orientation, at the working
 * scale (aspect kept), plus what is needed to show it upright.
 */
export interface DecodedImage {
  readonly format: ImageFormat;
  /** Size as stored in the file. */
  readonly width: number;
  readonly height: number;
  /** EXIF orientation (1-8; 1 when absent). */
  readonly orientation: number;
  /** RGB, row-major, `pw` × `ph` (see WORKING_MIN). */
  readonly pixels: Buffer;
  readonly pw: number;
  readonly ph: number;
  /**
   * A JPEG's own luma (Y) plane, `pw` × `ph`, where the native addon decoded it shrunk on load: PDQ reads it
   * instead of computing luma from the RGB, so that the workers and `vigil hash` (which decodes the luma
   * alone there) give the same bits. Absent at the stored size (PDQ of the RGB is then the reference
   * hasher's exactly), for other formats and on the libvips path.
   */
  readonly luma?: Buffer;
}

type Sharp = typeof sharpType;
let sharpLib: Sharp | undefined;
/** libvips, loaded on first use: a process that only sees JPEGs (`vigil hash` over photos) never starts it. */
async function libvips(): Promise<Sharp> {
  return (sharpLib ??= (await import('sharp')).default);
}

function formatOf(meta: sharpType.Metadata): ImageFormat | string {
  if (meta.format === 'heif') return meta.compression === 'av1' ? 'avif' : 'heif';
  return meta.format ?? 'unknown';
}

/** The error decodeImage throws for a JPEG the native addon refused (too many pixels, or corrupt). */
export function nativeJpegError(r: { readonly error: 'decode' | 'limit'; readonly message?: string; readonly storedWidth?: number; readonly storedHeight?: number }, maxPixels: number): VigilError {
  if (r.error === 'limit') return new VigilError('VGL_IMAGE_LIMIT', `image of ${r.storedWidth}×${r.storedHeight} pixels exceeds the limit of ${maxPixels}`);
  return new VigilError('VGL_IMAGE_DECODE', `image could not be decoded: ${r.message ?? 'corrupt JPEG'}`);
}

export const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/**
 * Decodes untrusted bytes within limits. Throws VGL_IMAGE_LIMIT (too many bytes or pixels: decompression
 * bombs are refused from the header), VGL_IMAGE_FORMAT (a format not allowed) or VGL_IMAGE_DECODE (empty,
 * truncated, corrupt). GIFs and other animations give their first frame. Every mode comes out as 8-bit
 * RGB: 16-bit and grey PNGs, palettes, alpha (dropped), CMYK and YCCK JPEGs (converted to sRGB).
 * `native: false` takes the libvips path for JPEGs too (the fallback where the addon is not built).
 */
export async function decodeImage(bytes: Uint8Array, limits: DecodeLimits = DEFAULT_DECODE_LIMITS, options: { native?: boolean } = {}): Promise<DecodedImage> {
  if (bytes.length === 0) throw new VigilError('VGL_IMAGE_DECODE', 'image is empty (0 bytes)');
  if (bytes.length > limits.maxBytes) throw new VigilError('VGL_IMAGE_LIMIT', `image of ${bytes.length} bytes exceeds the limit of ${limits.maxBytes}`);
  const addon = options.native === false ? null : nativeImage();
  if (addon && isJpeg(bytes) && limits.formats.includes('jpeg')) {
    const r = addon.jpegDecode(bytes, limits.maxPixels, WORKING_MIN, WORKING_MIN_SHORT, true);
    if ('data' in r) return { format: 'jpeg', width: r.storedWidth, height: r.storedHeight, orientation: r.orientation, pixels: r.data, pw: r.width, ph: r.height, ...(r.luma ? { luma: r.luma } : {}) };
    if ('error' in r) throw nativeJpegError(r, limits.maxPixels);
    // CMYK and YCCK: libvips converts them below
  }
  const sharp = await libvips();
  let meta: sharpType.Metadata;
  try {
    // the header only: sizes are checked here, before any pixel is decoded
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw new VigilError('VGL_IMAGE_DECODE', `not a readable image: ${(err as Error).message}`);
  }
  const format = formatOf(meta);
  if (!(limits.formats as readonly string[]).includes(format)) throw new VigilError('VGL_IMAGE_FORMAT', `image format ${format} is not accepted`);
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width <= 0 || height <= 0) throw new VigilError('VGL_IMAGE_DECODE', 'image has no size');
  if (width * height > limits.maxPixels) throw new VigilError('VGL_IMAGE_LIMIT', `image of ${width}×${height} pixels exceeds the limit of ${limits.maxPixels}`);
  let p = sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error', sequentialRead: true }).removeAlpha().toColourspace('srgb');
  if (format === 'jpeg') {
    // CMYK / YCCK, or no native addon: the same size the native decode gives
    const s = workingScale(width, height);
    if (s > 1) p = p.resize(Math.ceil(width / s), Math.ceil(height / s), { fit: 'fill', kernel: 'cubic' });
  } else if (width > WORKING_SIZE || height > WORKING_SIZE) p = p.resize(WORKING_SIZE, WORKING_SIZE, { fit: 'fill', kernel: 'cubic' });
  try {
    // depth uchar: 16-bit PNGs come out as 8-bit like every other mode
    const { data, info } = await p.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`decoded to ${info.channels} channels`);
    return { format: format as ImageFormat, width, height, orientation: meta.orientation ?? 1, pixels: data, pw: info.width, ph: info.height };
  } catch (err) {
    throw new VigilError('VGL_IMAGE_DECODE', `image could not be decoded: ${(err as Error).message}`);
  }
}

/**
 * Model input: the decoded image resized to size × size (bilinear with aligned corners, aspect not
 * kept: what nsfwjs does with tf.image.resizeBilinear), turned upright by its EXIF orientation,
 * scaled to [0, 1], NHWC, written into `out` at `offset` (so a batch shares one tensor). Plain
 * JavaScript over the decoded pixels: no second trip through libvips.
 */
export async function modelInput(img: DecodedImage, size: number, out: Float32Array, offset: number, options: { native?: boolean } = {}): Promise<void> {
  const { pixels, pw, ph } = img;
  const addon = options.native === false ? null : nativeImage();
  if (addon) return addon.modelInput(pixels, pw, ph, ORIENT[img.orientation] ? img.orientation : 1, size, out, offset);
  const s = size;
  const m = s - 1;
  // displayed (r, c) comes from stored (sr, sc) = (rr * r + rc * c + r0, cr * r + cc * c + c0)
  const [rr, rc, r0, cr, cc, c0] = ORIENT[img.orientation] ?? ORIENT[1]!;
  // bilinear taps along each stored axis, once per size rather than per pixel
  const taps = (src: number) => {
    const f = s > 1 ? (src - 1) / m : 0;
    const lo = new Int32Array(s);
    const hi = new Int32Array(s);
    const w = new Float64Array(s);
    for (let i = 0; i < s; i++) {
      const x = i * f;
      lo[i] = Math.floor(x);
      hi[i] = Math.min(lo[i]! + 1, src - 1);
      w[i] = x - lo[i]!;
    }
    return { lo, hi, w };
  };
  const ys = taps(ph);
  const xs = taps(pw);
  const inv = 1 / 255;
  for (let r = 0; r < s; r++) {
    for (let c = 0; c < s; c++) {
      const sr = rr * r + rc * c + r0 * m;
      const sc = cr * r + cc * c + c0 * m;
      const y0 = ys.lo[sr]!, y1 = ys.hi[sr]!, dy = ys.w[sr]!;
      const x0 = xs.lo[sc]!, x1 = xs.hi[sc]!, dx = xs.w[sc]!;
      const p00 = (y0 * pw + x0) * 3;
      const p01 = (y0 * pw + x1) * 3;
      const p10 = (y1 * pw + x0) * 3;
      const p11 = (y1 * pw + x1) * 3;
      const dst = offset + (r * s + c) * 3;
      for (let ch = 0; ch < 3; ch++) {
        const top = pixels[p00 + ch]! + (pixels[p01 + ch]! - pixels[p00 + ch]!) * dx;
        const bottom = pixels[p10 + ch]! + (pixels[p11 + ch]! - pixels[p10 + ch]!) * dx;
        out[dst + ch] = (top + (bottom - top) * dy) * inv;
      }
    }
  }
}

/**
 * EXIF orientation → [rr, rc, r0, cr, cc, c0]: upright (r, c) reads stored row rr·r + rc·c + r0·(rows − 1),
 * stored column cr·r + cc·c + c0·(columns − 1). The same table as the native addon's (also used by pdq.ts and ocr/raster.ts).
 */
export const ORIENT: Readonly<Record<number, readonly [number, number, number, number, number, number]>> = {
  1: [1, 0, 0, 0, 1, 0],
  2: [1, 0, 0, 0, -1, 1],
  3: [-1, 0, 1, 0, -1, 1],
  4: [-1, 0, 1, 0, 1, 0],
  5: [0, 1, 0, 1, 0, 0],
  6: [0, -1, 1, 1, 0, 0],
  7: [0, -1, 1, -1, 0, 1],
  8: [0, 1, 0, -1, 0, 1],
};
