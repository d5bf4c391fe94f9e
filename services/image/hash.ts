import { createHash } from 'node:crypto';
import { DEFAULT_DECODE_LIMITS, IMAGE_FORMATS, decodeImage, type DecodedImage } from './decode.js';
import { DIHEDRAL, dihedralDct, hashFromDct, lumaFromPixels, pdqDct, type Dihedral } from './pdq.js';

export interface ImageHashes {
  readonly pdq: string;
  readonly quality: number;
  readonly md5: string;
  readonly sha256: string;
  /** The eight dihedral variants (rotations and flips) of the PDQ hash, from the same DCT. */
  readonly dihedral?: Readonly<Record<Dihedral, string>>;
}

/**
 * MD5 and SHA-256 of the original bytes, and PDQ of the decoded pixels. EXIF orientation is not applied:
 * hashes shared by hash-sharing programs are of the stored pixels (rotated copies match through the
 * dihedral variants). The pixels come from decodeImage, which resizes large images to 512 × 512 (cubic)
 * as the reference hasher does.
 */
export function hashDecoded(bytes: Uint8Array, img: DecodedImage, options: { dihedral?: boolean } = {}): ImageHashes {
  const md5 = createHash('md5').update(bytes).digest('hex');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { dct, quality } = pdqDct(lumaFromPixels(img.pixels, img.pw, img.ph, 3), img.ph, img.pw);
  const result: ImageHashes = { pdq: hashFromDct(dct), quality, md5, sha256 };
  if (!options.dihedral) return result;
  const dihedral = Object.fromEntries(DIHEDRAL.map((d) => [d, hashFromDct(dihedralDct(dct, d))])) as Record<Dihedral, string>;
  return { ...result, dihedral };
}

/** Decodes (any supported format, default pixel limit unless given) and hashes. */
export async function hashImage(bytes: Buffer, options: { dihedral?: boolean; limitInputPixels?: number } = {}): Promise<ImageHashes> {
  const img = await decodeImage(bytes, { maxBytes: Number.MAX_SAFE_INTEGER, maxPixels: options.limitInputPixels ?? DEFAULT_DECODE_LIMITS.maxPixels, formats: IMAGE_FORMATS });
  return hashDecoded(bytes, img, options);
}
