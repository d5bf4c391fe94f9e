import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { scene } from '../../../services/cli/sample-images.js';
import { WORKING_MIN, WORKING_MIN_SHORT, decodeImage } from '../../../services/image/decode.js';
import { hashDecoded, hashImage, pdqImage } from '../../../services/image/hash.js';
import { nativeImage } from '../../../services/image/native.js';
import { hammingHex, hashFromDct, pdqOfPixels } from '../../../services/image/pdq.js';

const PDQ = resolve(import.meta.dirname, '../../../../shared/data/pdq');
const haveShared = existsSync(join(PDQ, 'reference_cpp.csv'));
const ORIGINAL = 'images/bridge-mods/aaa-orig.jpg';

/**
 * Every image mode a picture can be re-saved in, made at test time with sharp from one photo: the
 * reference photo of ../shared (its C++ hash is in reference_cpp.csv) or, without ../shared, a synthetic
 * 1600 × 1000 picture. EXIF orientations store the picture turned or mirrored with the tag that shows
 * it upright again.
 */
async function modes(src: Buffer): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {
    'RGB JPEG': await sharp(src).jpeg({ quality: 95 }).toBuffer(),
    '8-bit grey PNG': await sharp(src).toColourspace('b-w').png().toBuffer(),
    '16-bit grey PNG': await sharp(src).toColourspace('grey16').png().toBuffer(),
    '16-bit RGB PNG': await sharp(src).toColourspace('rgb16').png().toBuffer(),
    'palette PNG': await sharp(src).png({ palette: true, colours: 256 }).toBuffer(),
    'grey+alpha PNG': await sharp(src).toColourspace('b-w').ensureAlpha(1).png().toBuffer(),
    'RGBA PNG': await sharp(src).ensureAlpha(1).png().toBuffer(),
    'CMYK JPEG': await sharp(src).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer(),
    WebP: await sharp(src).webp({ quality: 90 }).toBuffer(),
  };
  // libvips writes CMYK JPEGs but not YCCK ones: the native addon's test encoder does (skipped without it)
  const addon = nativeImage();
  if (addon) {
    const { data, info } = await sharp(src).toColourspace('cmyk').raw().toBuffer({ resolveWithObject: true });
    out['YCCK JPEG'] = addon.jpegEncodeYcck(data, info.width, info.height, 95);
  }
  // stored = the inverse of what orientation o applies to show it
  const stored: Record<number, (s: sharp.Sharp) => sharp.Sharp> = {
    2: (s) => s.flop(), 3: (s) => s.rotate(180), 4: (s) => s.flip(), 5: (s) => s.rotate(270).flop(),
    6: (s) => s.rotate(270), 7: (s) => s.rotate(90).flop(), 8: (s) => s.rotate(90),
  };
  for (const [o, turn] of Object.entries(stored)) {
    const pixels = await turn(sharp(src)).toBuffer();
    out[`EXIF orientation ${o}`] = await sharp(pixels).jpeg({ quality: 95 }).withMetadata({ orientation: Number(o) }).toBuffer();
  }
  return out;
}

describe('hashImage on every image mode', () => {
  let src: Buffer;
  let made: Record<string, Buffer>;
  let base: string;
  let greyBase: string;
  beforeAll(async () => {
    src = haveShared ? readFileSync(join(PDQ, ORIGINAL)) : await scene(11, 1600, 1000);
    made = await modes(src);
    base = (await hashImage(await sharp(src).png().toBuffer())).pdq; // the 8-bit RGB PNG
    greyBase = (await hashImage(made['8-bit grey PNG']!)).pdq;
  }, 60_000);

  it('checks what it generated: each file is the mode it claims, and shows the same picture upright', async () => {
    const expectMeta: Record<string, Partial<sharp.Metadata>> = {
      '16-bit grey PNG': { space: 'grey16', channels: 1, depth: 'ushort' },
      '16-bit RGB PNG': { space: 'rgb16', channels: 3, depth: 'ushort' },
      'grey+alpha PNG': { space: 'b-w', channels: 2 },
      'RGBA PNG': { channels: 4 },
      'CMYK JPEG': { space: 'cmyk', channels: 4 },
      'palette PNG': { isPalette: true },
    };
    for (const [name, want] of Object.entries(expectMeta)) expect(await sharp(made[name]!).metadata(), name).toMatchObject(want);
    const ycck = made['YCCK JPEG'];
    if (ycck) {
      const adobe = ycck.indexOf(Buffer.from('Adobe'));
      expect(ycck[adobe + 11], 'Adobe marker transform 2: YCCK').toBe(2);
      expect((await sharp(ycck).metadata()).channels).toBe(4);
    }
    for (let o = 2; o <= 8; o++) {
      const bytes = made[`EXIF orientation ${o}`]!;
      expect((await sharp(bytes).metadata()).orientation).toBe(o);
      const upright = await hashImage(await sharp(bytes).rotate().png().toBuffer());
      expect(hammingHex(upright.pdq, base), `orientation ${o} shown upright`).toBeLessThanOrEqual(4);
    }
  });

  it('hashes each mode within 10 bits of the 8-bit picture (a 16-bit PNG was about 130 bits away)', async () => {
    // grey modes against the 8-bit RGB photo too; on the saturated synthetic picture libvips' grey (CIE
    // lightness) is far from PDQ's luma, so there they are held to the 8-bit grey PNG
    const distances: Record<string, number> = {};
    for (const [name, bytes] of Object.entries(made)) distances[name] = hammingHex((await hashImage(bytes)).pdq, haveShared || !/grey/.test(name) ? base : greyBase);
    for (const [name, d] of Object.entries(distances)) expect(d, name).toBeLessThanOrEqual(10);
    expect(Object.keys(distances)).toHaveLength(nativeImage() ? 17 : 16);
  });

  it.skipIf(!haveShared)('hashes each mode within 10 bits of the reference C++ hash of the photo (../shared; skipped when absent)', async () => {
    const row = readFileSync(join(PDQ, 'reference_cpp.csv'), 'utf8').split('\n').find((l) => l.startsWith(`${ORIGINAL},`))!;
    const reference = row.split(',')[1]!;
    for (const [name, bytes] of Object.entries(made)) expect(hammingHex((await hashImage(bytes)).pdq, reference), name).toBeLessThanOrEqual(10);
  });

  it('hashes the libvips fallback decode within 4 bits of the native one, mode by mode', async () => {
    for (const [name, bytes] of Object.entries(made)) {
      const a = await hashImage(bytes);
      const b = await hashImage(bytes, { native: false });
      expect(hammingHex(a.pdq, b.pdq), name).toBeLessThanOrEqual(4);
      expect(b.quality, name).toBe(a.quality);
    }
  });
});

describe.skipIf(!nativeImage())('the native PDQ (dist/native, built by make build; skipped when not built)', () => {
  it('gives the same bits and quality as the JavaScript version on the same pixels, in every orientation', async () => {
    const pictures = [await scene(21, 1024, 768), await scene(22, 300, 200), await sharp(await scene(23, 640, 480)).blur(8).jpeg().toBuffer()];
    if (haveShared) pictures.push(readFileSync(join(PDQ, ORIGINAL)), readFileSync(join(PDQ, 'images/misc-images/wee.jpg')));
    let compared = 0;
    for (const bytes of pictures) {
      const img = await decodeImage(bytes);
      for (let orientation = 1; orientation <= 8; orientation++) {
        const n = pdqOfPixels(img.pixels, img.pw, img.ph, 3, { orientation });
        const j = pdqOfPixels(img.pixels, img.pw, img.ph, 3, { orientation, native: false });
        expect(hashFromDct(n.dct), `picture ${compared} orientation ${orientation}`).toBe(hashFromDct(j.dct));
        expect(n.quality).toBe(j.quality);
        for (let k = 0; k < 256; k++) expect(Math.abs(n.dct[k]! - j.dct[k]!)).toBeLessThan(1e-9 * (1 + Math.abs(j.dct[k]!)));
        compared++;
      }
      // the whole path: hashDecoded from the same decode, with and without the addon
      expect(hashDecoded(bytes, img, { native: false }).pdq).toBe(hashDecoded(bytes, img).pdq);
    }
    expect(compared).toBe(pictures.length * 8);
  });

  it('decodes a JPEG shrunk on load to the same RGB bytes with its luma plane (jpegDecode luma), the plane a grey decode gives: the same PDQ', async () => {
    const addon = nativeImage()!;
    const photo = await scene(31, 1200, 900);
    const pictures: Record<string, Buffer> = {
      '4:2:0': photo, '4:4:4': await sharp(photo).jpeg({ quality: 85, chromaSubsampling: '4:4:4' }).toBuffer(),
      progressive: await sharp(photo).jpeg({ progressive: true }).toBuffer(), grey: await sharp(photo).toColourspace('b-w').jpeg().toBuffer(),
      odd: await sharp(photo).resize(333, 517, { fit: 'fill' }).jpeg().toBuffer(), tiny: await sharp(photo).resize(9, 7, { fit: 'fill' }).jpeg().toBuffer(),
    };
    if (haveShared) for (const f of [ORIGINAL, 'images/misc-images/wee.jpg', 'images/misc-images/RGB.jpg']) if (existsSync(join(PDQ, f))) pictures[f] = readFileSync(join(PDQ, f));
    const scales = new Set<number>();
    for (const [name, bytes] of Object.entries(pictures)) {
      const rgb = addon.jpegDecode(bytes, 4e7, WORKING_MIN, WORKING_MIN_SHORT);
      const both = addon.jpegDecode(bytes, 4e7, WORKING_MIN, WORKING_MIN_SHORT, true);
      if (!('data' in rgb) || !('data' in both)) throw new Error(`${name}: not decoded`);
      expect(rgb.luma, name).toBeUndefined();
      expect(both.data.equals(rgb.data), `${name}: RGB bytes`).toBe(true);
      const grey = new Float64Array(256);
      const q = addon.jpegPdq!(bytes, 4e7, WORKING_MIN, WORKING_MIN_SHORT, true, grey);
      // shrunk on load: the luma plane; at the stored size (scale 1) RGB alone, PDQ as the reference hasher's
      expect(!!both.luma, name).toBe(both.scale > 1);
      const fromPlane = both.luma
        ? pdqOfPixels(both.luma, both.width, both.height, 1, { orientation: both.orientation })
        : pdqOfPixels(both.data, both.width, both.height, 3, { orientation: both.orientation });
      if (both.luma) expect(both.luma.length, name).toBe(both.width * both.height);
      expect(hashFromDct(fromPlane.dct), name).toBe(hashFromDct(grey));
      expect('quality' in q && q.quality, name).toBe(fromPlane.quality);
      // and the JavaScript PDQ on the same input: the same bits (the fallback's arithmetic)
      const js = both.luma ? pdqOfPixels(both.luma, both.width, both.height, 1, { orientation: both.orientation, native: false }) : pdqOfPixels(both.data, both.width, both.height, 3, { orientation: both.orientation, native: false });
      expect(hashFromDct(js.dct), name).toBe(hashFromDct(grey));
      scales.add(both.scale);
    }
    expect(scales.has(1) && [...scales].some((k) => k > 1), 'both a stored-size and a shrunk decode').toBe(true);
  });

  it('hashes a JPEG in one native call (jpegPdq: the luma decoded alone, into scratch, + PDQ) to the bits of decodeImage + hashDecoded, as --pdq-only does', async () => {
    const photo = await scene(25, 1600, 1000);
    const pictures: Record<string, Buffer> = {
      photo, small: await scene(26, 300, 200), grey: await sharp(await scene(27, 900, 700)).toColourspace('b-w').jpeg().toBuffer(),
      turned: await sharp(await scene(28, 900, 700)).rotate(270).jpeg().withMetadata({ orientation: 6 }).toBuffer(),
    };
    if (haveShared) for (const f of [ORIGINAL, 'images/misc-images/wee.jpg', 'images/misc-images/RGB.jpg']) if (existsSync(join(PDQ, f))) pictures[f] = readFileSync(join(PDQ, f));
    for (const [name, bytes] of Object.entries(pictures)) {
      const slow = hashDecoded(bytes, await decodeImage(bytes), { dihedral: true });
      const fast = await hashImage(bytes, { dihedral: true });
      expect(fast, name).toEqual(slow); // same PDQ, quality, dihedral variants and digests, same key order
      expect(JSON.stringify(fast), name).toBe(JSON.stringify(slow));
      const luma = await pdqImage(bytes);
      expect(Object.keys(luma), name).toEqual(['pdq', 'quality']);
      expect(luma, name).toEqual({ pdq: slow.pdq, quality: slow.quality });
    }
    // without the addon pdqImage is hashImage's PDQ exactly; other formats go through decodeImage in both
    const png = await sharp(photo).png().toBuffer();
    expect((await pdqImage(photo, { native: false })).pdq).toBe((await hashImage(photo, { native: false })).pdq);
    expect((await pdqImage(png)).pdq).toBe((await hashImage(png)).pdq);
    // errors as decodeImage's
    const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code);
    expect(await code(hashImage(photo.subarray(0, photo.length >> 1)))).toBe('VGL_IMAGE_DECODE');
    expect(await code(pdqImage(photo, { limitInputPixels: 1600 * 1000 - 1 }))).toBe('VGL_IMAGE_LIMIT');
  });

  it("computes MD5 and SHA-256 on the threadpool (digests) to node:crypto's digests, and hashImage gives node:crypto's on every path", async () => {
    const photo = await scene(29, 800, 600);
    const md5 = (b: Uint8Array) => createHash('md5').update(b).digest('hex');
    const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    const digests = nativeImage()!.digests;
    if (digests && digests(Buffer.alloc(0)) !== undefined) { // undefined where node exports no OpenSSL: node:crypto then
      for (const b of [Buffer.alloc(0), Buffer.from('abc'), photo, photo.subarray(7, 70_000)]) expect(await digests(b)).toEqual([md5(b), sha256(b)]);
    }
    const cmyk = await sharp(photo).toColourspace('cmyk').jpeg().toBuffer(); // libvips' path, digests started before it
    for (const b of [photo, cmyk, await sharp(photo).png().toBuffer()]) {
      for (const native of [true, false]) expect(await hashImage(b, { native })).toMatchObject({ md5: md5(b), sha256: sha256(b) });
    }
  });

  it('hashes with node:crypto and decodeImage where the addon lacks digests or jpegPdq (node without OpenSSL exports, a dist/native built before them)', async () => {
    const photo = await scene(30, 800, 600);
    const expected = hashDecoded(photo, await decodeImage(photo), { dihedral: true });
    const { jpegPdq, digests: _digests, ...older } = nativeImage()!;
    const addons = {
      'digests undefined (no OpenSSL exported)': { ...older, jpegPdq, digests: () => undefined },
      'digests null (OpenSSL failed)': { ...older, jpegPdq, digests: async () => null },
      'neither (an older build)': older,
    };
    try {
      for (const [name, addon] of Object.entries(addons)) {
        vi.resetModules();
        vi.doMock('../../../services/image/native.js', () => ({ nativeImage: () => addon }));
        const hash = await import('../../../services/image/hash.js');
        expect(await hash.hashImage(photo, { dihedral: true }), name).toEqual(expected);
        expect((await hash.pdqImage(photo)).pdq, name).toBe(name.startsWith('neither') ? expected.pdq : (await pdqImage(photo)).pdq);
      }
    } finally {
      vi.doUnmock('../../../services/image/native.js');
      vi.resetModules();
    }
  });

  it('refuses corrupt, truncated and oversized JPEGs with the decode error codes', async () => {
    const jpeg = await scene(24, 1600, 1000);
    const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code);
    expect(await code(decodeImage(jpeg.subarray(0, jpeg.length >> 1)))).toBe('VGL_IMAGE_DECODE');
    expect(await code(decodeImage(Buffer.concat([jpeg.subarray(0, 4), Buffer.alloc(200, 0xff)])))).toBe('VGL_IMAGE_DECODE');
    expect(await code(decodeImage(jpeg, { maxBytes: 1 << 30, maxPixels: 1600 * 1000 - 1, formats: ['jpeg'] }))).toBe('VGL_IMAGE_LIMIT');
    expect(await code(decodeImage(jpeg, { maxBytes: 1 << 30, maxPixels: 1 << 30, formats: ['png'] }))).toBe('VGL_IMAGE_FORMAT');
  });
});
