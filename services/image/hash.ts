import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { DIHEDRAL, dihedralDct, hashFromDct, lumaFromPixels, pdqDct, type Dihedral } from './pdq.js';

export interface ImageHashes {
  readonly pdq: string;
  readonly quality: number;
  readonly md5: string;
  readonly sha256: string;
  /** The eight dihedral variants (rotations and flips) of the PDQ hash, from the same DCT. */
  readonly dihedral?: Readonly<Record<Dihedral, string>>;
}

/** Images larger than this are first resized to it (cubic), as the reference hasher does; PDQ squarifies anyway. */
const PDQ_MAX_DIMENSION = 512;

/**
 * MD5 and SHA-256 of the original bytes, and PDQ of the decoded pixels. EXIF orientation is not applied:
 * hashes shared by hash-sharing programs are of the stored pixels.
 */
export async function hashImage(bytes: Buffer, options: { dihedral?: boolean; limitInputPixels?: number } = {}): Promise<ImageHashes> {
  const md5 = createHash('md5').update(bytes).digest('hex');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let img = sharp(bytes, { limitInputPixels: options.limitInputPixels ?? 100_000_000, failOn: 'error' }).removeAlpha().toColourspace('srgb');
  const meta = await sharp(bytes, { limitInputPixels: options.limitInputPixels ?? 100_000_000 }).metadata();
  if ((meta.width ?? 0) > PDQ_MAX_DIMENSION || (meta.height ?? 0) > PDQ_MAX_DIMENSION) {
    img = img.resize(PDQ_MAX_DIMENSION, PDQ_MAX_DIMENSION, { fit: 'fill', kernel: 'cubic' });
  }
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  const { dct, quality } = pdqDct(lumaFromPixels(data, info.width, info.height, info.channels), info.height, info.width);
  const result: ImageHashes = { pdq: hashFromDct(dct), quality, md5, sha256 };
  if (!options.dihedral) return result;
  const dihedral = Object.fromEntries(DIHEDRAL.map((d) => [d, hashFromDct(dihedralDct(dct, d))])) as Record<Dihedral, string>;
  return { ...result, dihedral };
}
