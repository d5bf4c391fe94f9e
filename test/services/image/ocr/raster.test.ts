import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { upright } from '../../../../services/image/ocr/raster.js';

describe('upright', () => {
  it('undoes each EXIF orientation exactly as libvips auto-orientation does', async () => {
    const [w, h] = [7, 5];
    const up = Buffer.alloc(w * h * 3);
    for (let i = 0; i < up.length; i++) up[i] = (i * 37) % 251;
    const raw = { raw: { width: w, height: h, channels: 3 as const } };
    // stored = the inverse of what orientation o applies to show it (as the hash tests make them)
    const stored: Record<number, (s: sharp.Sharp) => sharp.Sharp> = {
      2: (s) => s.flop(), 3: (s) => s.rotate(180), 4: (s) => s.flip(), 5: (s) => s.rotate(270).flop(),
      6: (s) => s.rotate(270), 7: (s) => s.rotate(90).flop(), 8: (s) => s.rotate(90),
    };
    for (const [o, turn] of Object.entries(stored)) {
      const { data, info } = await turn(sharp(up, raw)).raw().toBuffer({ resolveWithObject: true });
      const r = upright({ data, width: info.width, height: info.height }, Number(o));
      expect([r.width, r.height], `orientation ${o}`).toEqual([w, h]);
      expect(Buffer.from(r.data).equals(up), `orientation ${o}`).toBe(true);
    }
    const same = { data: up, width: w, height: h };
    expect(upright(same, 1)).toBe(same);
  });
});
