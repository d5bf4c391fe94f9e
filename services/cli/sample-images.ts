import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import sharp from 'sharp';

/** A deterministic synthetic picture (gradient, shapes): benign sample and test content with enough detail for PDQ. */
export async function scene(seed: number, width = 640, height = 480): Promise<Buffer> {
  let s = seed * 2654435761 >>> 0 || 1;
  const r = (n: number) => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s % n;
  };
  const color = () => `rgb(${r(256)},${r(256)},${r(256)})`;
  const shapes: string[] = [];
  for (let i = 0; i < 40; i++) {
    shapes.push(r(2)
      ? `<ellipse cx="${r(width)}" cy="${r(height)}" rx="${10 + r(width / 4)}" ry="${10 + r(height / 4)}" fill="${color()}" fill-opacity="0.8"/>`
      : `<rect x="${r(width)}" y="${r(height)}" width="${10 + r(width / 3)}" height="${10 + r(height / 3)}" fill="${color()}" fill-opacity="0.8" transform="rotate(${r(90)} ${width / 2} ${height / 2})"/>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${color()}"/><stop offset="1" stop-color="${color()}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/** Seed of the sample picture that the sample bank (samples/banks) lists as if it were banked content. */
export const SAMPLE_BANKED_SEED = 7;

export interface SampleImage {
  readonly name: string;
  readonly bytes: Buffer;
  /** What `make run` should show for it. */
  readonly expect: 'allow' | 'block (sample CSAM bank, priority topic)' | 'dead letter' | 'block (text in the image: job scam; QR code to a chat group beside ad text)';
}

/** The lines of the sample ad poster: a click-farming job ad (刷单) that asks to add a WeChat contact. */
export const SAMPLE_POSTER_LINES = ['兼职刷单 日结300', '加微信 abc12345', '轻松赚钱 无需押金'] as const;
/** The QR code on the sample poster: an invitation to a WeChat group (a contact hand-off). */
export const SAMPLE_POSTER_QR = 'https://weixin.qq.com/g/AbCdEf123';

/**
 * The sample ad poster, drawn at run time: red Chinese ad text (Debian's fonts-wqy-microhei, through
 * librsvg) on a pale background, a QR code to a chat group in the corner. Nothing of it is committed.
 */
export async function samplePoster(width = 1024, height = 768): Promise<Buffer> {
  const size = Math.min(72, Math.floor((width * 0.85) / Math.max(...SAMPLE_POSTER_LINES.map((l) => [...l].filter((c) => c !== ' ').length))));
  const y0 = height * 0.4 - size * 1.5;
  const text = SAMPLE_POSTER_LINES.map((l, i) => `<text x="${width / 2}" y="${y0 + i * size * 1.5}" text-anchor="middle">${l}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff8e0"/><g font-family="WenQuanYi Micro Hei" font-size="${size}" fill="#d01010">${text}</g></svg>`;
  const side = Math.round(Math.min(width, height) * 0.28);
  const qr = await QRCode.toBuffer(SAMPLE_POSTER_QR, { type: 'png', width: side, margin: 2, errorCorrectionLevel: 'M' });
  return sharp(Buffer.from(svg)).composite([{ input: qr, top: height - side - 16, left: width - side - 16 }]).jpeg({ quality: 88 }).toBuffer();
}

/**
 * Sample image events for `make run`: ordinary synthetic pictures, a resized WebP copy of the picture
 * the sample bank lists (benign, synthetic: it stands in for banked content), a truncated JPEG and a
 * PNG whose header claims 100000 × 100000 pixels (a decompression bomb), and an ad poster with a QR code
 * (text and QR codes in images).
 */
export async function sampleImages(): Promise<SampleImage[]> {
  const out: SampleImage[] = [];
  for (const seed of [1, 2, 3, 4]) out.push({ name: `picture-${seed}`, bytes: await scene(seed), expect: 'allow' });
  out.push({ name: 'banked-copy', bytes: await sharp(await scene(SAMPLE_BANKED_SEED)).resize(480).webp({ quality: 80 }).toBuffer(), expect: 'block (sample CSAM bank, priority topic)' });
  const whole = await scene(5);
  out.push({ name: 'truncated', bytes: whole.subarray(0, whole.length >> 2), expect: 'dead letter' });
  out.push({ name: 'pixel-bomb', bytes: pngClaiming(100_000, 100_000), expect: 'dead letter' });
  out.push({ name: 'ad-poster', bytes: await samplePoster(), expect: 'block (text in the image: job scam; QR code to a chat group beside ad text)' });
  return out;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A valid PNG header and start of data for a width × height RGB image: what a decompression bomb looks like. */
export function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(Buffer.alloc(64 * 1024))), pngChunk('IEND', Buffer.alloc(0))]);
}
