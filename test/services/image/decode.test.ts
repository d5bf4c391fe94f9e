import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { VigilError } from '../../../services/common/errors.js';
import { DEFAULT_DECODE_LIMITS, decodeImage, modelInput, workingScale } from '../../../services/image/decode.js';
import { pngClaiming, scene } from '../../../services/cli/sample-images.js';
import { nativeImage } from '../../../services/image/native.js';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(VigilError);
    return (err as VigilError).code;
  }
}

describe('decodeImage', () => {
  it('decodes the accepted formats to RGB: JPEGs shrunk on load (aspect kept), others larger than 512 squashed to 512 × 512', async () => {
    const jpeg = await scene(1, 1024, 768);
    for (const fmt of ['jpeg', 'png', 'webp', 'gif', 'avif'] as const) {
      const bytes = await sharp(jpeg).toFormat(fmt).toBuffer();
      const img = await decodeImage(bytes);
      expect(img.format).toBe(fmt);
      const [pw, ph] = fmt === 'jpeg' ? [512, 384] : [512, 512];
      expect([img.width, img.height, img.pw, img.ph]).toEqual([1024, 768, pw, ph]);
      expect(img.pixels.length).toBe(pw * ph * 3);
    }
    const small = await decodeImage(await scene(2, 300, 200));
    expect([small.pw, small.ph]).toEqual([300, 200]);
  }, 30_000); // AVIF encoding is slow on a busy machine

  it('picks the JPEG scale from the picture alone: the largest divisor leaving ≥ 400 px on the longest side', async () => {
    expect([workingScale(799, 600), workingScale(800, 600), workingScale(1600, 1004), workingScale(4032, 3024), workingScale(8000, 6000)]).toEqual([1, 2, 4, 8, 8]);
    expect(workingScale(4000, 300)).toBe(4); // the shortest side stays ≥ 64
    // the libvips fallback decodes a JPEG to the same size as the native addon
    const jpeg = await sharp(await scene(4, 1600, 1000)).jpeg().toBuffer();
    const a = await decodeImage(jpeg);
    const b = await decodeImage(jpeg, DEFAULT_DECODE_LIMITS, { native: false });
    expect([a.pw, a.ph, b.pw, b.ph]).toEqual([400, 250, 400, 250]);
  });

  it('turns grey and alpha images into RGB', async () => {
    const grey = await sharp(await scene(3, 64, 64)).greyscale().png().toBuffer();
    const rgba = await sharp(await scene(3, 64, 64)).ensureAlpha(0.5).png().toBuffer();
    for (const b of [grey, rgba]) expect((await decodeImage(b)).pixels.length).toBe(64 * 64 * 3);
  });

  it('refuses empty, truncated, corrupt and non-image input as VGL_IMAGE_DECODE', async () => {
    const jpeg = await scene(4);
    const png = await sharp(jpeg).png().toBuffer();
    expect(await code(decodeImage(Buffer.alloc(0)))).toBe('VGL_IMAGE_DECODE');
    expect(await code(decodeImage(jpeg.subarray(0, jpeg.length >> 1)))).toBe('VGL_IMAGE_DECODE');
    expect(await code(decodeImage(png.subarray(0, png.length - 100)))).toBe('VGL_IMAGE_DECODE');
    expect(await code(decodeImage(Buffer.from('definitely not an image')))).toBe('VGL_IMAGE_DECODE');
    const flipped = Buffer.from(jpeg);
    for (let i = 600; i < flipped.length - 2; i += 97) flipped[i] = 0xff;
    expect(['VGL_IMAGE_DECODE', 'ok']).toContain(await code(decodeImage(flipped))); // corrupt entropy data may still decode; it must never throw anything else
  });

  it('refuses formats not allowed (SVG, TIFF by default) as VGL_IMAGE_FORMAT', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    expect(await code(decodeImage(svg))).toBe('VGL_IMAGE_FORMAT');
    const tiff = await sharp(await scene(5, 32, 32)).tiff().toBuffer();
    expect(await code(decodeImage(tiff))).toBe('VGL_IMAGE_FORMAT');
    expect(await code(decodeImage(tiff, { ...DEFAULT_DECODE_LIMITS, formats: ['tiff'] }))).toBe('ok');
  });

  it('refuses decompression bombs from the header and oversized inputs as VGL_IMAGE_LIMIT', async () => {
    // a PNG whose header claims 100000 × 100000 pixels (30 GB decoded) around a small zlib stream
    const bomb = pngClaiming(100_000, 100_000);
    expect(bomb.length).toBeLessThan(10_000);
    const before = process.memoryUsage().rss;
    expect(await code(decodeImage(bomb))).toBe('VGL_IMAGE_LIMIT');
    expect(process.memoryUsage().rss - before).toBeLessThan(500_000_000);
    const jpeg = await scene(6);
    expect(await code(decodeImage(jpeg, { ...DEFAULT_DECODE_LIMITS, maxBytes: jpeg.length - 1 }))).toBe('VGL_IMAGE_LIMIT');
    expect(await code(decodeImage(jpeg, { ...DEFAULT_DECODE_LIMITS, maxPixels: 640 * 480 - 1 }))).toBe('VGL_IMAGE_LIMIT');
  });

  it('gives the first frame of an animated GIF', async () => {
    const frames = await Promise.all([scene(7, 40, 40), scene(8, 40, 40)].map(async (b) => sharp(await b).raw().toBuffer()));
    const gif = await sharp(Buffer.concat(frames), { raw: { width: 40, height: 80, channels: 3, pageHeight: 40 } as never }).gif().toBuffer();
    const img = await decodeImage(gif);
    expect([img.pw, img.ph]).toEqual([40, 40]);
  });
});

describe('modelInput', () => {
  it('applies EXIF orientation: an image stored rotated with orientation 6 gives the upright input', async () => {
    const upright = await scene(9, 320, 240);
    // store it rotated 90° counter-clockwise, tagged "rotate 90° clockwise to display"
    const stored = await sharp(await sharp(upright).rotate(-90).toBuffer()).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer();
    const a = await decodeImage(stored);
    expect(a.orientation).toBe(6);
    const b = await decodeImage(await sharp(upright).jpeg({ quality: 95 }).toBuffer());
    const size = 64;
    const x = new Float32Array(size * size * 3);
    const y = new Float32Array(size * size * 3);
    await modelInput(a, size, x, 0);
    await modelInput(b, size, y, 0);
    let diff = 0;
    for (let i = 0; i < x.length; i++) diff += Math.abs(x[i]! - y[i]!);
    const unrotated = new Float32Array(size * size * 3);
    await modelInput({ ...a, orientation: 1 }, size, unrotated, 0);
    let wrong = 0;
    for (let i = 0; i < x.length; i++) wrong += Math.abs(unrotated[i]! - y[i]!);
    expect(diff / x.length).toBeLessThan(0.03);
    expect(wrong / x.length).toBeGreaterThan(4 * (diff / x.length));
    expect(Math.max(...x)).toBeLessThanOrEqual(1);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(0);
  });

  it.skipIf(!nativeImage())('gives the same floats from the native addon as from JavaScript, in every orientation (skipped when not built)', async () => {
    const img = await decodeImage(await scene(6, 1024, 768));
    for (const size of [224, 299]) {
      for (let orientation = 1; orientation <= 8; orientation++) {
        const n = new Float32Array(2 * size * size * 3);
        const j = new Float32Array(2 * size * size * 3);
        const at = size * size * 3; // the second image of a batch
        await modelInput({ ...img, orientation }, size, n, at);
        await modelInput({ ...img, orientation }, size, j, at, { native: false });
        let differ = 0;
        for (let i = 0; i < n.length; i++) if (n[i] !== j[i]) differ++;
        expect(differ, `size ${size} orientation ${orientation}`).toBe(0);
        expect(n[at + 100]).toBeGreaterThan(0);
      }
    }
  });
});
