import QRCode from 'qrcode';
import sharp from 'sharp';
import { scene } from '../../../services/cli/sample-images.js';

/**
 * Synthetic text pictures for the OCR and QR tests, generated at test time with sharp (SVG text through
 * librsvg, fonts from Debian's fonts-wqy-microhei and fonts-dejavu): posters, chat screenshots, menus,
 * signs, book pages, memes, QR codes. No committed binaries, no real photographs.
 */

export const FONTS = ['WenQuanYi Micro Hei', 'WenQuanYi Micro Hei Mono', 'DejaVu Serif, WenQuanYi Micro Hei', 'DejaVu Sans, WenQuanYi Micro Hei'] as const;

export type Background = 'plain' | 'gradient' | 'busy' | 'low-contrast';

export interface PosterSpec {
  readonly lines: readonly string[];
  readonly width?: number;
  readonly height?: number;
  readonly font?: string;
  /** Font size in px; by default the largest that fits the longest line in 85 % of the width (at most 72). */
  readonly size?: number;
  readonly colour?: string;
  readonly background?: Background;
  readonly backgroundColour?: string;
  /** Text block rotation in degrees (clockwise). */
  readonly rotate?: number;
  readonly seed?: number;
  /** Vertical lines: each line a column of upright characters, right to left (traditional layout). */
  readonly vertical?: boolean;
  /** A QR code with this payload in the bottom-right corner. */
  readonly qr?: string;
  readonly format?: 'jpeg' | 'png';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rendered width of a line in em: CJK and full-width characters 1, Latin about 0.6. */
export function emWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += /[\u2e80-\uffef]/.test(ch) ? 1 : 0.62;
  return w;
}

function rng(seed: number): (n: number) => number {
  let s = (seed * 2654435761) >>> 0 || 1;
  return (n: number) => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s % n;
  };
}

/** A poster: lines of text over a background, optionally rotated, optionally with a QR code. */
export async function poster(p: PosterSpec): Promise<Buffer> {
  const width = p.width ?? 1024;
  const height = p.height ?? 768;
  const font = p.font ?? FONTS[0];
  const longest = Math.max(...p.lines.map(emWidth));
  const size = p.size ?? Math.min(72, Math.floor(p.vertical ? (height * 0.8) / Math.max(...p.lines.map((l) => [...l].length)) : (width * 0.85) / longest));
  const colour = p.colour ?? '#d01010';
  const bg = p.backgroundColour ?? '#fff8e0';
  const gap = size * 1.5;
  let text: string;
  if (p.vertical) {
    const x0 = width / 2 + ((p.lines.length - 1) * gap) / 2;
    text = p.lines.map((l, i) => [...l].map((ch, k) => `<text x="${x0 - i * gap}" y="${height * 0.12 + (k + 1) * size * 1.05}" text-anchor="middle">${esc(ch)}</text>`).join('')).join('');
  } else {
    const y0 = height / 2 - ((p.lines.length - 1) * gap) / 2 + size * 0.35;
    text = p.lines.map((l, i) => `<text x="${width / 2}" y="${y0 + i * gap}" text-anchor="middle">${esc(l)}</text>`).join('');
  }
  const group = `<g font-family="${font}" font-size="${size}" fill="${colour}" transform="rotate(${p.rotate ?? 0} ${width / 2} ${height / 2})">${text}</g>`;
  const background = p.background ?? 'plain';
  const r = rng(p.seed ?? 1);
  let base: sharp.Sharp;
  if (background === 'busy') {
    base = sharp(await scene(p.seed ?? 1, width, height));
  } else {
    const fill = background === 'gradient'
      ? `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="rgb(${r(256)},${r(256)},${r(256)})"/><stop offset="1" stop-color="rgb(${r(256)},${r(256)},${r(256)})"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>`
      : `<rect width="100%" height="100%" fill="${bg}"/>`;
    base = sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${fill}</svg>`));
  }
  const layers: sharp.OverlayOptions[] = [{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${group}</svg>`), top: 0, left: 0 }];
  if (p.qr) {
    const side = Math.round(Math.min(width, height) * 0.28);
    layers.push({ input: await qrPng(p.qr, side), top: height - side - 16, left: width - side - 16 });
  }
  const out = base.composite(layers);
  return p.format === 'png' ? out.png().toBuffer() : out.jpeg({ quality: 88 }).toBuffer();
}

/** A QR code image (PNG, black on white with the quiet zone) of `side` px. */
export async function qrPng(payload: string, side = 240): Promise<Buffer> {
  return QRCode.toBuffer(payload, { type: 'png', width: side, margin: 2, errorCorrectionLevel: 'M' });
}

/** A chat screenshot: a group title, message bubbles left (others) and right (the sender), on a phone-shaped canvas. */
export async function chatScreenshot(messages: readonly { readonly text: string; readonly mine?: boolean }[], seed = 1): Promise<TextPicture> {
  const width = 720;
  const height = 1280;
  const size = 34;
  const r = rng(seed);
  let y = 140;
  const title = `群聊(${20 + r(200)})`;
  const parts: string[] = [`<rect width="100%" height="100%" fill="#ededed"/>`, `<rect width="100%" height="100" fill="#f7f7f7"/>`, `<text x="360" y="64" font-size="34" text-anchor="middle" fill="#111">${title}</text>`];
  for (const m of messages) {
    const w = Math.min(560, emWidth(m.text) * size + 40);
    const x = m.mine ? width - 110 - w : 110;
    parts.push(`<rect x="${m.mine ? width - 90 : 20}" y="${y}" width="70" height="70" rx="8" fill="rgb(${r(200)},${r(200)},${r(200)})"/>`);
    parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${size + 36}" rx="10" fill="${m.mine ? '#95ec69' : '#ffffff'}"/>`);
    parts.push(`<text x="${x + 20}" y="${y + size + 8}" font-size="${size}" fill="#111">${esc(m.text)}</text>`);
    y += size + 80;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="WenQuanYi Micro Hei">${parts.join('')}</svg>`;
  return { bytes: await sharp(Buffer.from(svg)).png().toBuffer(), lines: [title, ...messages.map((m) => m.text)] };
}

/** A page of running text (a book page or a notice): left-aligned lines, small dark type on off-white. */
export async function page(lines: readonly string[], opts: { size?: number; font?: string } = {}): Promise<Buffer> {
  const size = opts.size ?? 28;
  const width = 900;
  const height = Math.max(600, 120 + lines.length * size * 1.6);
  const text = lines.map((l, i) => `<text x="60" y="${100 + i * size * 1.6}">${esc(l)}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f6f1e4"/><g font-family="${opts.font ?? FONTS[2]}" font-size="${size}" fill="#222">${text}</g></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/** A meme: a synthetic picture with a caption in white bold letters with a dark outline, top and bottom. */
export async function meme(top: string, bottom: string, seed = 1): Promise<Buffer> {
  const width = 800;
  const height = 600;
  const cap = (t: string, y: number) => {
    const size = Math.min(64, Math.floor((width * 0.9) / Math.max(1, emWidth(t))));
    return `<text x="${width / 2}" y="${y}" font-size="${size}" text-anchor="middle" fill="#fff" stroke="#000" stroke-width="3" font-weight="bold">${esc(t)}</text>`;
  };
  const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="WenQuanYi Micro Hei">${cap(top, 80)}${cap(bottom, height - 40)}</svg>`;
  return sharp(await scene(seed, width, height)).composite([{ input: Buffer.from(overlay), top: 0, left: 0 }]).jpeg({ quality: 88 }).toBuffer();
}

/** A generated text picture and the text it shows (lines in reading order). */
export interface TextPicture {
  readonly bytes: Buffer;
  readonly lines: readonly string[];
}

export const EVASION_SETS = ['plain', 'busy-background', 'low-contrast', 'small-text', 'split-lines', 'mixed-script', 'chat-screenshot', 'rotated', 'vertical'] as const;
export type EvasionSet = (typeof EVASION_SETS)[number];

const SET_TEXTS: readonly (readonly string[])[] = [
  ['兼职刷单 日结300', '加微信 abc12345'],
  ['澳门新葡京 线上娱乐', '注册即送88元彩金'],
  ['无抵押 秒下款', '当天放款 利息低'],
  ['高仿名表 一比一复刻', '微信下单 包邮到家'],
  ['今日菜单', '宫保鸡丁 28元'],
  ['欢迎光临', '营业时间 9:00-21:00'],
];
const MIXED: readonly (readonly string[])[] = [
  ['加V信 vx8866 领福利'],
  ['WeChat兼职 daily pay 300元'],
  ['扫码进群 Telegram group'],
  ['iPhone 15 Pro 特价 3999元'],
  ['Bet365 体育 投注 app下载'],
  ['KTV 包厢 8折 优惠'],
];

/**
 * `n` pictures of an evasion set (the list: busy backgrounds, low contrast, small text, text split
 * across lines, mixed Chinese and Latin, chat screenshots, rotated and vertical text), deterministic per index.
 */
export async function evasionSet(set: EvasionSet, n: number): Promise<TextPicture[]> {
  const out: TextPicture[] = [];
  for (let i = 0; i < n; i++) {
    const lines = SET_TEXTS[i % SET_TEXTS.length]!;
    const font = FONTS[i % FONTS.length]!;
    const seed = 31 * i + EVASION_SETS.indexOf(set);
    switch (set) {
      case 'plain':
        out.push({ lines, bytes: await poster({ lines, font, seed }) });
        break;
      case 'busy-background':
        out.push({ lines, bytes: await poster({ lines, font, seed, background: 'busy', colour: ['#ffffff', '#000000', '#ffff00'][i % 3]! }) });
        break;
      case 'low-contrast':
        out.push({ lines, bytes: await poster({ lines, font, seed, colour: ['#c9c1a9', '#7a8a9a', '#d0d0d0'][i % 3]!, backgroundColour: ['#ddd5bd', '#8a9aaa', '#e4e4e4'][i % 3]! }) });
        break;
      case 'small-text':
        out.push({ lines, bytes: await poster({ lines, font, seed, size: 14 + (i % 3) * 2 }) });
        break;
      case 'split-lines': {
        const split = lines.join(' ').split(/\s+/).flatMap((w) => ([...w].length > 3 ? [[...w].slice(0, 2).join(''), [...w].slice(2).join('')] : [w]));
        out.push({ lines: split, bytes: await poster({ lines: split, font, seed, size: 40 }) });
        break;
      }
      case 'mixed-script': {
        const m = MIXED[i % MIXED.length]!;
        out.push({ lines: m, bytes: await poster({ lines: m, font, seed, background: i % 2 ? 'gradient' : 'plain' }) });
        break;
      }
      case 'chat-screenshot':
        out.push(await chatScreenshot(lines.map((text, k) => ({ text, mine: k % 2 === 1 })), seed));
        break;
      case 'rotated':
        out.push({ lines, bytes: await poster({ lines, font, seed, rotate: [15, -25, 35, -45, 90, -90][i % 6]! }) });
        break;
      case 'vertical':
        out.push({ lines, bytes: await poster({ lines: lines.map((l) => l.replace(/\s+/g, '')), font, seed, vertical: true }) });
        break;
    }
  }
  return out;
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

/** Character accuracy of a reading against the truth, spaces ignored: 1 − edit distance / truth length. */
export function charAccuracy(read: string, truth: string): number {
  // NFKC: in vertical columns the model reads upright Latin letters and digits as their full-width forms
  const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const t = fold(truth);
  return 1 - Math.min(1, editDistance(fold(read), t) / Math.max(1, [...t].length));
}
