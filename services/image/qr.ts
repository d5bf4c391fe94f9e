import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReadResult } from 'zxing-wasm/reader';
import type { DecodedImage } from './decode.js';

/**
 * What a QR payload hands the viewer off to, read from its scheme and host only (never fetched):
 * a chat group invitation, an add-friend / contact link, a payment code, a link shortener that hides
 * where it goes, or none of these.
 */
export type HandoffKind = 'group-invite' | 'add-contact' | 'payment' | 'short-link';

export const HANDOFF_SCORE: Readonly<Record<HandoffKind, number>> = { 'group-invite': 0.9, 'add-contact': 0.9, payment: 0.9, 'short-link': 0.7 };

const HANDOFF: readonly (readonly [RegExp, HandoffKind])[] = [
  // payment codes: WeChat Pay, Alipay, QQ wallet, PayPal.me
  [/^(?:wxp|alipays?|alipayqr|mqqwallet):\/\//i, 'payment'],
  [/^(?:https?:\/\/)?(?:qr\.alipay\.com|render\.alipay\.com|payapp\.weixin\.qq\.com|wx\.tenpay\.com|i\.qianbao\.qq\.com|(?:www\.)?paypal\.me)(?:[/?#]|$)/i, 'payment'],
  // group invitations
  [/^(?:https?:\/\/)?(?:weixin\.qq\.com\/g\/|chat\.whatsapp\.com\/|(?:t|telegram)\.me\/(?:joinchat\/|\+)|jq\.qq\.com\/|qm\.qq\.com\/cgi-bin\/qm\/qr\?[^#]*\bk=|line\.me\/R\/ti\/g\/|discord\.(?:gg|com\/invite)\/)/i, 'group-invite'],
  // add-friend and contact links
  [/^(?:weixin|mqqapi|mqq|tg|line|whatsapp|viber|skype):/i, 'add-contact'],
  [/^(?:https?:\/\/)?(?:u\.wechat\.com\/|weixin\.qq\.com\/r\/|qm\.qq\.com\/|wa\.me\/|api\.whatsapp\.com\/send|(?:t|telegram)\.me\/|line\.me\/(?:R\/)?ti\/p\/|(?:www\.)?douyin\.com\/user\/)/i, 'add-contact'],
  [/^(?:MECARD:|BEGIN:VCARD|SMSTO:|sms:|tel:|mailto:)/i, 'add-contact'],
  // shorteners
  [/^(?:https?:\/\/)?(?:t\.cn|dwz\.cn|url\.cn|suo\.im|bit\.ly|tinyurl\.com|goo\.gl|is\.gd|ow\.ly|s\.id|cutt\.ly|rebrand\.ly|t\.ly|v\.gd|rb\.gy|shorturl\.at|tiny\.cc|dwz\.mk|w\.url\.cn)\/\S+/i, 'short-link'],
];

/** The hand-off a payload makes, if any. */
export function handoffKind(payload: string): HandoffKind | null {
  const p = payload.trim();
  for (const [re, kind] of HANDOFF) if (re.test(p)) return kind;
  return null;
}

export interface QrCode {
  /** The payload: content, never logged nor put in verdicts. */
  readonly payload: string;
  /** Axis-aligned bounds as fractions of the picture (x, y, w, h). */
  readonly box: readonly [number, number, number, number];
}

/**
 * QR codes (and Micro QR) in a decoded image, with ZXing C++ on WebAssembly (zxing-wasm). Reads the
 * pixels already decoded for the other checks; the wasm binary is loaded from the package, never fetched.
 */
export class QrReader {
  /** RGBA scratch for the wasm reader, reused: a fresh zero-filled buffer per picture cost more than the copy into it. */
  private rgba = new Uint8ClampedArray(0);
  /** decode() calls run one after another (they share `rgba`; the wasm reader runs on this thread anyway). */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly read: typeof import('zxing-wasm/reader').readBarcodes) {}

  static async load(): Promise<QrReader> {
    const z = await import('zxing-wasm/reader');
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    await z.prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true });
    return new QrReader(z.readBarcodes);
  }

  /**
   * Codes in the decoded pixels (stored orientation, at most 512 px a side). tryHarder off: on generated
   * posters and pictures it found every code tryHarder found, at a fifth of the time (≈ 3 vs 15 ms);
   * tryInvert on, for light-on-dark codes.
   */
  decode(img: DecodedImage): Promise<QrCode[]> {
    const run = this.queue.then(() => this.decodeNow(img));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async decodeNow(img: DecodedImage): Promise<QrCode[]> {
    const { pixels, pw, ph } = img;
    const n = pw * ph;
    if (this.rgba.length < n * 4) this.rgba = new Uint8ClampedArray(n * 4);
    // RGB → RGBA, one 32-bit store per pixel (little-endian: R in the low byte)
    const px = new Uint32Array(this.rgba.buffer, 0, n);
    for (let i = 0, k = 0; i < n; i++, k += 3) px[i] = (0xff000000 | (pixels[k + 2]! << 16) | (pixels[k + 1]! << 8) | pixels[k]!) >>> 0;
    const rgba = this.rgba.subarray(0, n * 4);
    const found: ReadResult[] = await this.read({ data: rgba, width: pw, height: ph, colorSpace: 'srgb' } as unknown as Parameters<typeof this.read>[0], { formats: ['QRCode', 'MicroQRCode'], tryHarder: false, tryInvert: true, maxNumberOfSymbols: 8 });
    return found.filter((r) => r.isValid && r.text).map((r) => {
      const xs = [r.position.topLeft.x, r.position.topRight.x, r.position.bottomRight.x, r.position.bottomLeft.x];
      const ys = [r.position.topLeft.y, r.position.topRight.y, r.position.bottomRight.y, r.position.bottomLeft.y];
      const x0 = Math.max(0, Math.min(...xs)) / pw;
      const y0 = Math.max(0, Math.min(...ys)) / ph;
      return { payload: r.text, box: [x0, y0, Math.min(1, Math.max(...xs) / pw) - x0, Math.min(1, Math.max(...ys) / ph) - y0] as const };
    });
  }
}
