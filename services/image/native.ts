import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A JPEG decoded by the native addon at a DCT scale (shrink on load), RGB. */
export interface NativeJpeg {
  readonly data: Buffer;
  /** The luma plane (width × height), when asked for: what a grey decode of the JPEG gives. */
  readonly luma?: Buffer;
  readonly width: number;
  readonly height: number;
  readonly storedWidth: number;
  readonly storedHeight: number;
  /** EXIF orientation, 1-8. */
  readonly orientation: number;
  /** 1, 2, 4 or 8: the stored size divided by this (rounded up) is the decoded size. */
  readonly scale: number;
}

export type NativeJpegResult =
  | NativeJpeg
  | { readonly error: 'decode' | 'limit'; readonly message?: string; readonly storedWidth?: number; readonly storedHeight?: number }
  | { readonly unsupported: string; readonly storedWidth: number; readonly storedHeight: number };

export type NativeJpegPdqResult =
  | (Omit<NativeJpeg, 'data'> & { readonly quality: number })
  | Exclude<NativeJpegResult, NativeJpeg>;

/** dist/native/vigil_native.node, built from native/pdq/vigil_native.c by `make build`. */
export interface NativeImage {
  /** The PDQ filter, decimation, quality and 16×16 DCT of 8-bit pixels (1-4 channels) turned upright by an EXIF orientation; writes 256 coefficients, returns the quality. */
  pdqDct(pixels: Uint8Array, width: number, height: number, channels: number, out: Float64Array, orientation: number): number;
  /**
   * A JPEG at the smallest DCT scale (1/1 … 1/8) whose sides are still ≥ minLongest and ≥ minShortest; YCbCr, grey and
   * RGB JPEGs only. With `luma` (an addon with jpegLuma) also, where the JPEG is shrunk on load (scale > 1), the luma
   * plane jpegPdq's grey decode reads, byte for byte (the JPEG's own Y; the RGB bytes are the same either way).
   */
  jpegDecode(bytes: Uint8Array, maxPixels: number, minLongest: number, minShortest: number, luma?: boolean): NativeJpegResult;
  /** True where jpegDecode can return the luma plane; absent in an addon built before it (dist/native not rebuilt). */
  readonly jpegLuma?: boolean;
  /**
   * jpegDecode then pdqDct on its pixels in one call, the pixels kept in native scratch (never handed to
   * JavaScript): with `grey` false the same bits as jpegDecode's RGB + pdqDct; with `grey` true, where the JPEG
   * is shrunk on load, PDQ of its luma component alone (libjpeg skips the chroma: jpegDecode's luma plane), and
   * at its stored size of the RGB as with `grey` false. Writes 256 coefficients to `dct`. Absent in an addon
   * built before it (dist/native not rebuilt): hash.ts then decodes as the workers do.
   */
  jpegPdq?(bytes: Uint8Array, maxPixels: number, minLongest: number, minShortest: number, grey: boolean, dct: Float64Array): NativeJpegPdqResult;
  /** modelInput() of decode.ts (bilinear, aligned corners, upright, / 255, NHWC) into `out` at `offset`: the same arithmetic. */
  modelInput(pixels: Uint8Array, pw: number, ph: number, orientation: number, size: number, out: Float32Array, offset: number): void;
  /** strokeDensity() of services/image/ocr/strokes.ts on RGB pixels: the same count. */
  strokeDensity(pixels: Uint8Array, width: number, height: number, step: number, chromaStep: number, strokeWidth: number): number;
  /** A YCCK JPEG of CMYK pixels (0 = no ink): the image-mode tests' YCCK file (libvips writes CMYK JPEGs only). */
  jpegEncodeYcck(cmyk: Uint8Array, width: number, height: number, quality: number): Buffer;
  /**
   * MD5 and SHA-256 (hex) of the bytes, computed on a libuv threadpool thread with the OpenSSL the node
   * binary exports (node:crypto's own), so the caller can decode meanwhile; the bytes must not change
   * until it settles. Null when OpenSSL failed; undefined (or absent, in an older build) where node
   * exports no OpenSSL: node:crypto then.
   */
  digests?(bytes: Uint8Array): Promise<[md5: string, sha256: string] | null> | undefined;
}

let loaded: NativeImage | null | undefined;

/**
 * The native addon, or null where it was not built (no C compiler, Node-API headers or libjpeg-turbo
 * headers at `make build`): callers then use the JavaScript and libvips paths, which the tests hold
 * to the same PDQ bits (pdqDct) and within a few bits (decode).
 */
export function nativeImage(): NativeImage | null {
  if (loaded !== undefined) return loaded;
  const here = import.meta.dirname;
  // services/image (sources run by tsx) or dist/services/image (compiled)
  const file = [join(here, '../../dist/native/vigil_native.node'), join(here, '../../native/vigil_native.node')].find((f) => existsSync(f));
  try {
    loaded = file ? (createRequire(import.meta.url)(file) as NativeImage) : null;
  } catch {
    loaded = null; // built for another Node or libjpeg: the fallback is correct, only slower
  }
  return loaded;
}
