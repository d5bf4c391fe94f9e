import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { scene } from '../../../services/cli/sample-images.js';
import { loadConfig } from '../../../services/common/config.js';
import { decodeImage } from '../../../services/image/decode.js';
import { ctcDecode, dbBoxes, ImageTextStage, loadDictionary, OcrEngine, READ_PX, shippedOcrModels, type Raster } from '../../../services/image/ocr/index.js';
import { charAccuracy, EVASION_SETS, evasionSet, page, poster } from './posters.js';

async function upright(bytes: Buffer): Promise<Raster> {
  const { data, info } = await sharp(bytes).rotate().resize({ width: READ_PX, height: READ_PX, fit: 'inside', withoutEnlargement: true }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('CTC decoding', () => {
  it('collapses repeats, drops blanks, keeps a repeat separated by a blank, and averages the emitted probabilities', () => {
    const chars = loadDictionary(shippedOcrModels().dictionary);
    expect(chars[0]).toBe('');
    expect(chars[chars.length - 1]).toBe(' ');
    expect(chars.length).toBe(6625); // the recognition model's output classes
    const classes = chars.length;
    const a = chars.indexOf('加');
    const b = chars.indexOf('微');
    const steps = [a, a, 0, b, 0, b, 0, 0];
    const probs = new Float32Array(steps.length * classes);
    steps.forEach((k, t) => (probs[t * classes + k] = k === b ? 0.6 : 0.9));
    const d = ctcDecode(probs, 0, steps.length, classes, chars);
    expect(d.text).toBe('加微微');
    expect(d.confidence).toBeCloseTo((0.9 + 0.6 + 0.6) / 3, 5);
  });
});

describe('DB box extraction', () => {
  it('finds one box per region, oriented along the region, grown by the unclip distance, and drops faint regions', () => {
    const w = 200;
    const h = 120;
    const prob = new Float32Array(w * h);
    // a horizontal bar 100 × 10 at (20, 20), and a bar of the same size turned 30°, and a faint blob
    for (let y = 20; y < 30; y++) for (let x = 20; x < 120; x++) prob[y * w + x] = 0.9;
    const c = Math.cos(Math.PI / 6), s = Math.sin(Math.PI / 6);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      const u = (x - 120) * c + (y - 85) * s;
      const v = -(x - 120) * s + (y - 85) * c;
      if (Math.abs(u) < 40 && Math.abs(v) < 6) prob[y * w + x] = 0.8;
    }
    for (let y = 100; y < 110; y++) for (let x = 10; x < 40; x++) prob[y * w + x] = 0.4; // above the pixel threshold, below the box threshold
    const boxes = dbBoxes(prob, w, h);
    expect(boxes).toHaveLength(2);
    const geo = boxes.map((b) => {
      const [tl, tr, , bl] = b.corners;
      return { w: Math.hypot(tr[0] - tl[0], tr[1] - tl[1]), h: Math.hypot(bl[0] - tl[0], bl[1] - tl[1]), angle: (Math.atan2(tr[1] - tl[1], tr[0] - tl[0]) * 180) / Math.PI, score: b.score };
    }).sort((a, b) => a.angle - b.angle);
    // unclip: d = area × 1.5 / perimeter = 100·10·1.5 / 220 ≈ 6.8 on each side
    expect(geo[0]!.angle).toBeCloseTo(0, 0);
    expect(geo[0]!.w).toBeCloseTo(100 + 2 * 6.82, 0);
    expect(geo[0]!.h).toBeCloseTo(10 + 2 * 6.82, 0);
    expect(geo[0]!.score).toBeCloseTo(0.9, 5);
    expect(Math.abs(geo[1]!.angle - 30)).toBeLessThan(3);
  });
});

describe('OcrEngine (PP-OCRv4 on onnxruntime)', () => {
  let ocr: OcrEngine;
  beforeAll(async () => {
    // the configured defaults (VIGIL_IMAGE_OCR_GATE_PX, _DETECT_PX, _MAX_BOXES)
    const c = loadConfig({}, { withoutKafka: true }).image.ocr!;
    ocr = await OcrEngine.load({ detectSize: c.detectPx, gateSize: c.gatePx, maxBoxes: c.maxBoxes });
  }, 60_000);

  /*
   * Threshold: on these generated sets (6–8 pictures each, 9 sets; measured 2026-11-30, through the gate
   * as the service reads them) recognition reads 0.986–1.00 of the characters per set; the misses are a
   * colon read beside the wrong digit and a Latin letter in a vertical column. 0.97 overall and 0.95 per
   * set leave room for font rendering differences across librsvg/fontconfig versions; a set falling
   * below is a regression to look at (a picture the gate misses counts as read wrong: 1 in 6 is 0.83).
   */
  it('reads generated text pictures of every evasion set at ≥ 0.97 character accuracy (≥ 0.95 per set), through the gate as the image service does', async () => {
    const stage = new ImageTextStage({ ocr, qr: null, text: null, links: null });
    const perSet: Record<string, number> = {};
    let sum = 0;
    let n = 0;
    for (const set of EVASION_SETS) {
      const pics = await evasionSet(set, 6);
      const read = await stage.analyse(await Promise.all(pics.map(async (p) => ({ bytes: p.bytes, decoded: await decodeImage(p.bytes) }))));
      const acc = pics.map((p, i) => charAccuracy(read[i]!.lines.map((l) => l.text).join(''), p.lines.join('')));
      perSet[set] = acc.reduce((a, b) => a + b, 0) / acc.length;
      sum += acc.reduce((a, b) => a + b, 0);
      n += acc.length;
    }
    for (const [set, acc] of Object.entries(perSet)) expect(acc, set).toBeGreaterThanOrEqual(0.95);
    expect(sum / n).toBeGreaterThanOrEqual(0.97);
  }, 300_000);

  it('reads lines in order when the poster is turned 90° either way or upside down (tall crops turned, the direction classifier flips upside-down ones)', async () => {
    const lines = ['兼职刷单 日结300', '加微信 abc12345'];
    for (const rotate of [90, -90, 180]) {
      const [read] = await ocr.read([await upright(await poster({ lines, rotate }))]);
      expect(charAccuracy(read!.map((l) => l.text).join(''), lines.join('')), `rotated ${rotate}°`).toBeGreaterThanOrEqual(0.95);
      expect(read!.every((l) => l.rotated !== 0), `rotated ${rotate}°`).toBe(true);
    }
  }, 60_000);

  it('gives box corners as fractions of the picture and confidences in (0, 1]', async () => {
    const [read] = await ocr.read([await upright(await poster({ lines: ['欢迎光临'], size: 72 }))]);
    expect(read).toHaveLength(1);
    const l = read![0]!;
    expect(l.text).toBe('欢迎光临');
    expect(l.confidence).toBeGreaterThan(0.9);
    expect(l.confidence).toBeLessThanOrEqual(1);
    // one centred line of 4 × 72 px characters on 1024 × 768: about 0.36–0.64 across, around the middle
    const xs = l.corners.map((p) => p[0]);
    const ys = l.corners.map((p) => p[1]);
    expect(Math.min(...xs)).toBeGreaterThan(0.3);
    expect(Math.max(...xs)).toBeLessThan(0.7);
    expect(Math.min(...ys)).toBeGreaterThan(0.35);
    expect(Math.max(...ys)).toBeLessThan(0.6);
  }, 60_000);

  it('reads at most maxBoxes boxes per image, the largest first', async () => {
    const capped = await OcrEngine.load({ detectSize: 640, maxBoxes: 3 });
    const lines = ['通知', ...Array.from({ length: 12 }, (_, i) => `第${i + 1}条 小字说明`)];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="900"><rect width="100%" height="100%" fill="#fff"/><g font-family="WenQuanYi Micro Hei" fill="#000"><text x="350" y="100" font-size="90">${lines[0]}</text>${lines.slice(1).map((l, i) => `<text x="60" y="${200 + i * 55}" font-size="26">${l}</text>`).join('')}</g></svg>`;
    const [read] = await capped.read([await upright(await sharp(Buffer.from(svg)).png().toBuffer())]);
    expect(read!.length).toBeLessThanOrEqual(3);
    expect(read![0]!.text).toBe('通知');
    const [all] = await ocr.read([await upright(await sharp(Buffer.from(svg)).png().toBuffer())]);
    expect(all!.length).toBeGreaterThanOrEqual(12);
    await capped.dispose();
  }, 60_000);

  /*
   * On 24 pictures of each set the gate at 256 px missed 4 small-text pictures (14–18 px text on
   * 1024 × 768 is 3.5–4.5 px there); at 288 px, the default, and at 320 px it missed none, at 18 and 24 ms
   * per image. make bench reports the miss rate per set.
   */
  it('detects the boxes of pictures handed to it at once as of each alone (detector runs share one input buffer)', async () => {
    const pictures = [...(await evasionSet(EVASION_SETS[0]!, 2)).map((p) => p.bytes), await scene(520, 1024, 768), ...(await evasionSet(EVASION_SETS[1]!, 2)).map((p) => p.bytes)];
    const decoded = await Promise.all(pictures.map((b) => decodeImage(b)));
    const rasters = decoded.map((d) => ({ data: d.pixels, width: d.pw, height: d.ph }));
    const alone: Awaited<ReturnType<OcrEngine['detect']>>[] = [];
    for (const [i, r] of rasters.entries()) alone.push(await ocr.detect(r, ocr.limits.detectSize, decoded[i]!));
    expect(alone.filter((b) => b.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(await Promise.all(rasters.map((r, i) => ocr.detect(r, ocr.limits.detectSize, decoded[i]!)))).toEqual(alone);
  }, 120_000);

  it('gate: the low-resolution detector pass finds text on every generated text picture and none on text-free pictures', async () => {
    const missed: string[] = [];
    for (const set of EVASION_SETS) {
      for (const [i, p] of (await evasionSet(set, 6)).entries()) {
        const d = await decodeImage(p.bytes);
        if (!(await ocr.hasText({ data: d.pixels, width: d.pw, height: d.ph }, d))) missed.push(`${set}#${i}`);
      }
    }
    expect(missed).toEqual([]);
    let falsePositives = 0;
    for (let k = 0; k < 20; k++) {
      const d = await decodeImage(await scene(500 + k, 1024, 768));
      if (await ocr.hasText({ data: d.pixels, width: d.pw, height: d.ph }, d)) falsePositives++;
    }
    expect(falsePositives).toBe(0);
  }, 300_000);

  it('reads a book page of small running text', async () => {
    const lines = ['春天来了，小河边的柳树发芽了。', '孩子们在草地上放风筝，', '老人们坐在长椅上晒太阳。'];
    const [read] = await ocr.read([await upright(await page(lines, { size: 24 }))]);
    expect(charAccuracy(read!.map((l) => l.text).join(''), lines.join(''))).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
