import { createHash } from 'node:crypto';
import { DEFAULT_DECODE_LIMITS, IMAGE_FORMATS, WORKING_MIN, WORKING_MIN_SHORT, decodeImage, isJpeg, nativeJpegError, type DecodedImage } from './decode.js';
import { nativeImage } from './native.js';
import { DIHEDRAL, dihedralDct, hashFromDct, pdqOfPixels, type Dihedral } from './pdq.js';

/** PDQ hash (64 hex characters) and quality, with the eight dihedral variants when asked for. */
export interface PdqHashes {
  readonly pdq: string;
  readonly quality: number;
  /** The eight dihedral variants (rotations and flips) of the PDQ hash, from the same DCT. */
  readonly dihedral?: Readonly<Record<Dihedral, string>>;
}

export interface ImageHashes extends PdqHashes {
  readonly md5: string;
  readonly sha256: string;
}

function pdqHashes(dct: Float64Array, quality: number, dihedral: boolean | undefined): PdqHashes {
  const pdq = hashFromDct(dct);
  if (!dihedral) return { pdq, quality };
  return { pdq, quality, dihedral: Object.fromEntries(DIHEDRAL.map((d) => [d, d === 'orig' ? pdq : hashFromDct(dihedralDct(dct, d))])) as Record<Dihedral, string> };
}

function withDigests(bytes: Uint8Array, h: PdqHashes, digests?: readonly [string, string] | null): ImageHashes {
  const md5 = digests ? digests[0] : createHash('md5').update(bytes).digest('hex');
  const sha256 = digests ? digests[1] : createHash('sha256').update(bytes).digest('hex');
  const { pdq, quality, dihedral } = h;
  return dihedral ? { pdq, quality, md5, sha256, dihedral } : { pdq, quality, md5, sha256 };
}

/**
 * MD5 and SHA-256 of the original bytes, and PDQ of the decoded pixels (decodeImage: the working
 * scale, every mode as 8-bit RGB) as the picture is shown: a picture stored turned, with an EXIF
 * orientation, hashes as its upright copy does. Rotated and mirrored copies without one match
 * through the dihedral variants, all eight from the same DCT.
 */
export function hashDecoded(bytes: Uint8Array, img: DecodedImage, options: { dihedral?: boolean; native?: boolean } = {}): ImageHashes {
  return withDigests(bytes, decodedPdq(img, options));
}

function decodedPdq(img: DecodedImage, options: { dihedral?: boolean; native?: boolean }): PdqHashes {
  // a natively decoded JPEG's own luma where there is one (what hashImage's grey decode reads), else luma of the RGB
  const { dct, quality } = pdqOfPixels(img.luma ?? img.pixels, img.pw, img.ph, img.luma ? 1 : 3, { ...options, orientation: img.orientation });
  return pdqHashes(dct, quality, options.dihedral);
}

/**
 * A JPEG's PDQ DCT block in one native call (decode at the working scale into the addon's scratch, then
 * the filter and DCT): with `grey` true, where the JPEG is shrunk on load, from its luma component alone
 * (libjpeg skips the chroma), which is the luma plane decodeImage hands PDQ (jpegLuma), and at the stored
 * size from the RGB as decodeImage — so the same bits as decodeImage + hashDecoded; with `grey` false from
 * the RGB (an addon built before jpegLuma, whose decodeImage has RGB only). Null
 * where the addon is not built (or predates jpegPdq), the bytes are not a JPEG, or a CMYK/YCCK JPEG
 * (libvips' path).
 */
function nativeJpegDct(bytes: Uint8Array, maxPixels: number, grey: boolean): { dct: Float64Array; quality: number } | null {
  const addon = nativeImage();
  // typeof: a dist/native built before jpegPdq existed (make build not rerun) still loads
  if (typeof addon?.jpegPdq !== 'function' || !isJpeg(bytes)) return null;
  const dct = new Float64Array(256);
  const r = addon.jpegPdq(bytes, maxPixels, WORKING_MIN, WORKING_MIN_SHORT, grey, dct);
  if ('quality' in r) return { dct, quality: r.quality };
  if ('error' in r) throw nativeJpegError(r, maxPixels);
  return null;
}

/** Decodes (any supported format, default pixel limit unless given) and hashes: what `vigil hash` runs, the same decode and PDQ as the workers. */
export async function hashImage(bytes: Uint8Array, options: { dihedral?: boolean; limitInputPixels?: number; native?: boolean } = {}): Promise<ImageHashes> {
  const maxPixels = options.limitInputPixels ?? DEFAULT_DECODE_LIMITS.maxPixels;
  const native = options.native !== false;
  // MD5 and SHA-256 on a threadpool thread while this one decodes (the same CPU time, less wall time);
  // node:crypto in withDigests where the addon cannot (not built, or no OpenSSL exported by node) or is not used
  const pending = native && isJpeg(bytes) ? nativeImage()?.digests?.(bytes) : undefined;
  try {
    // the luma alone where decodeImage gives PDQ the luma plane too (jpegLuma): the workers' bits, less decoding
    const fast = native ? nativeJpegDct(bytes, maxPixels, nativeImage()?.jpegLuma === true) : null;
    const pdq = fast
      ? pdqHashes(fast.dct, fast.quality, options.dihedral)
      : decodedPdq(await decodeImage(bytes, { maxBytes: Number.MAX_SAFE_INTEGER, maxPixels, formats: IMAGE_FORMATS }, options), options);
    return withDigests(bytes, pdq, await pending);
  } finally {
    await pending; // settled before returning or throwing: the caller may reuse the bytes' buffer then
  }
}

/**
 * PDQ alone (`vigil hash --pdq-only`, what the reference hasher prints): no digests, and a JPEG shrunk on
 * load decoded to its luma component alone (no chroma IDCT, upsampling or colour conversion) where the
 * native addon is built — hashImage's PDQ exactly. (An addon built before jpegLuma hashes RGB in hashImage; this is then
 * within a bit or two of it: Y directly instead of Y → RGB → luma.) Other formats, CMYK/YCCK JPEGs and the
 * fallback without the addon hash exactly as hashImage does.
 */
export async function pdqImage(bytes: Uint8Array, options: { dihedral?: boolean; limitInputPixels?: number; native?: boolean } = {}): Promise<PdqHashes> {
  const maxPixels = options.limitInputPixels ?? DEFAULT_DECODE_LIMITS.maxPixels;
  const fast = options.native === false ? null : nativeJpegDct(bytes, maxPixels, true);
  if (fast) return pdqHashes(fast.dct, fast.quality, options.dihedral);
  return decodedPdq(await decodeImage(bytes, { maxBytes: Number.MAX_SAFE_INTEGER, maxPixels, formats: IMAGE_FORMATS }, options), options);
}
