import { createHash } from 'node:crypto';
import { DEFAULT_DECODE_LIMITS, IMAGE_FORMATS, decodeImage, type DecodedImage } from './decode.js';
import { DIHEDRAL, dihedralDct, hashFromDct, pdqOfPixels, type Dihedral } from './pdq.js';

export interface ImageHashes {
  readonly pdq: string;
  readonly quality: number;
  readonly md5: string;
  readonly sha256: string;
  /** The eight dihedral variants (rotations and flips) of the PDQ hash, from the same DCT. */
  readonly dihedral?: Readonly<Record<Dihedral, string>>;
}

/**
 * MD5 and SHA-256 of the original bytes, and PDQ of the decoded pixels (decodeImage: the working
 * scale, every mode as 8-bit RGB) as the picture is shown: a picture stored turned, with an EXIF
 * orientation, hashes as its upright copy does. Rotated and mirrored copies without one match
 * through the dihedral variants, all eight from the same DCT.
 */
export function hashDecoded(bytes: Uint8Array, img: DecodedImage, options: { dihedral?: boolean; native?: boolean } = {}): ImageHashes {
  const md5 = createHash('md5').update(bytes).digest('hex');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { dct, quality } = pdqOfPixels(img.pixels, img.pw, img.ph, 3, { ...options, orientation: img.orientation });
  const result: ImageHashes = { pdq: hashFromDct(dct), quality, md5, sha256 };
  if (!options.dihedral) return result;
  const dihedral = Object.fromEntries(DIHEDRAL.map((d) => [d, hashFromDct(d === 'orig' ? dct : dihedralDct(dct, d))])) as Record<Dihedral, string>;
  return { ...result, dihedral };
}

/** Decodes (any supported format, default pixel limit unless given) and hashes: what `vigil hash` runs, the same path as the workers. */
export async function hashImage(bytes: Buffer, options: { dihedral?: boolean; limitInputPixels?: number; native?: boolean } = {}): Promise<ImageHashes> {
  const img = await decodeImage(bytes, { maxBytes: Number.MAX_SAFE_INTEGER, maxPixels: options.limitInputPixels ?? DEFAULT_DECODE_LIMITS.maxPixels, formats: IMAGE_FORMATS }, options);
  return hashDecoded(bytes, img, options);
}
