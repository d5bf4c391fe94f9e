import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { hashImage } from '../../../services/image/hash.js';
import { hammingHex } from '../../../services/image/pdq.js';

const PDQ = resolve(import.meta.dirname, '../../../../shared/data/pdq');
const have = existsSync(join(PDQ, 'reference_cpp.csv'));
const reference = have
  ? readFileSync(join(PDQ, 'reference_cpp.csv'), 'utf8').trim().split('\n').slice(1).map((l) => {
      const [image, hash, quality] = l.split(',');
      return { image: image!, hash: hash!, quality: Number(quality) };
    })
  : [];

describe.skipIf(!have)('PDQ against the reference C++ hasher (../shared/data/pdq; skipped when absent)', () => {
  it('is within 10 bits for quality >= 80, exact for images hashed at their stored size, same quality', async () => {
    const rows: string[] = [];
    for (const r of reference) {
      const bytes = readFileSync(join(PDQ, r.image));
      const h = await hashImage(bytes);
      const meta = await sharp(bytes).metadata();
      const d = hammingHex(h.pdq, r.hash);
      rows.push(`${d} ${r.image}`);
      expect(h.quality, r.image).toBe(r.quality);
      if (r.quality >= 80) expect(d, r.image).toBeLessThanOrEqual(10);
      if (meta.width! <= 512 && meta.height! <= 512) expect(d, r.image).toBe(0);
    }
    expect(rows).toHaveLength(reference.length);
  });

  it('hashes edited copies of one photo close to the original, and other photos far from it', async () => {
    const orig = await hashImage(readFileSync(join(PDQ, 'images/bridge-mods/aaa-orig.jpg')));
    for (const edit of ['blur-a-lot.jpg', 'high-contrast.jpg', 'sharpen-a-lot.jpg', 'shrink-a-lot.jpg', 'square-128x128.jpg']) {
      const h = await hashImage(readFileSync(join(PDQ, 'images/bridge-mods', edit)));
      expect(hammingHex(h.pdq, orig.pdq), edit).toBeLessThanOrEqual(31);
    }
    const other = await hashImage(readFileSync(join(PDQ, 'images/misc-images/c.png')));
    expect(hammingHex(other.pdq, orig.pdq)).toBeGreaterThan(60);
  });

  it('matches rotated and mirrored copies through the dihedral hashes of the original', async () => {
    const bytes = readFileSync(join(PDQ, 'images/bridge-mods/square-512x512.jpg'));
    const orig = await hashImage(bytes, { dihedral: true });
    // PDQ names rotations counter-clockwise: sharp's clockwise rotate(90) is PDQ's r270
    const variants: [string, sharp.Sharp][] = [
      ['r270', sharp(bytes).rotate(90)],
      ['r180', sharp(bytes).rotate(180)],
      ['r090', sharp(bytes).rotate(270)],
      ['flpx', sharp(bytes).flip()],
      ['flpy', sharp(bytes).flop()],
      ['flpm', sharp(bytes).rotate(90).flop()],
    ];
    for (const [name, img] of variants) {
      const copy = await hashImage(await img.png().toBuffer());
      const distances = Object.entries(orig.dihedral!).map(([k, h]) => [k, hammingHex(h, copy.pdq)] as const);
      const best = distances.reduce((a, b) => (b[1] < a[1] ? b : a));
      expect(best[0], name).toBe(name);
      expect(best[1], name).toBeLessThanOrEqual(31); // a match at the default PDQ threshold
      expect(hammingHex(copy.pdq, orig.pdq), `${name} without the dihedral hashes`).toBeGreaterThan(31);
    }
  });
});

describe('hashImage on synthetic images', () => {
  it('gives exact digests of the bytes and quality 0 for a flat image', async () => {
    const flat = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 90, g: 90, b: 90 } } }).png().toBuffer();
    const h = await hashImage(flat);
    expect(h.quality).toBe(0);
    expect(h.md5).toMatch(/^[0-9a-f]{32}$/);
    expect(h.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(h.pdq).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects corrupt bytes', async () => {
    await expect(hashImage(Buffer.from('not an image'))).rejects.toThrow();
  });
});
