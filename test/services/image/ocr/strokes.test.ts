import { describe, expect, it } from 'vitest';
import { scene } from '../../../../services/cli/sample-images.js';
import { decodeImage } from '../../../../services/image/decode.js';
import { nativeImage } from '../../../../services/image/native.js';
import { STROKE_TEST, mayHoldText, strokeDensity } from '../../../../services/image/ocr/strokes.js';
import { EVASION_SETS, evasionSet } from '../posters.js';

const raster = async (bytes: Buffer) => {
  const d = await decodeImage(bytes);
  return { data: d.pixels, width: d.pw, height: d.ph };
};

describe('the stroke test in front of the OCR gate', () => {
  it('passes every generated text picture of every evasion set on to the detector', async () => {
    for (const set of EVASION_SETS) {
      for (const [i, p] of (await evasionSet(set, 6)).entries()) {
        const r = await raster(p.bytes);
        expect(strokeDensity(r), `${set} ${i}`).toBeGreaterThanOrEqual(STROKE_TEST.min + 8); // with a margin
        expect(mayHoldText(r)).toBe(true);
      }
    }
  }, 120_000);

  it('keeps smooth text-free pictures from the detector', async () => {
    let kept = 0;
    for (let k = 0; k < 16; k++) if (!mayHoldText(await raster(await scene(700 + k, 1024, 768)))) kept++;
    expect(kept).toBe(16);
    const flat = { data: new Uint8Array(64 * 48 * 3).fill(128), width: 64, height: 48 };
    expect(strokeDensity(flat)).toBe(0);
  }, 60_000);

  it.skipIf(!nativeImage())('counts the same in the native addon as in JavaScript (skipped when not built)', async () => {
    const pictures = [...(await evasionSet('low-contrast', 3)).map((p) => p.bytes), await scene(710, 1024, 768), await scene(711, 333, 217)];
    for (const [i, b] of pictures.entries()) {
      const r = await raster(b);
      expect(strokeDensity(r), `picture ${i}`).toBe(strokeDensity(r, STROKE_TEST, { native: false }));
    }
  }, 60_000);
});
