import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { scene } from '../../../services/cli/sample-images.js';
import { loadConfig } from '../../../services/common/config.js';
import { createLogger } from '../../../services/common/logger.js';
import { decodeImage } from '../../../services/image/decode.js';
import { handoffKind, QrReader } from '../../../services/image/qr.js';
import type { Judged } from '../../../services/pipeline/judge.js';
import { createPolicy } from '../../../services/policy/index.js';
import { createPipeline, type ServicePipeline } from '../../../services/runtime/create-worker.js';
import { SERVICES } from '../../../services/runtime/services.js';
import type { ContentEvent, Verdict } from '../../../services/schema/types.js';
import { poster, qrPng } from './posters.js';

describe('handoffKind', () => {
  it.each([
    ['https://weixin.qq.com/g/AbCdEf123', 'group-invite'],
    ['https://chat.whatsapp.com/Kx9aBcD', 'group-invite'],
    ['https://t.me/+AbCdEfGh', 'group-invite'],
    ['https://u.wechat.com/MABcdEf', 'add-contact'],
    ['weixin://dl/chat?abc', 'add-contact'],
    ['https://qm.qq.com/cgi-bin/qm/qr?uin=123456', 'add-contact'],
    ['https://wa.me/8613800138000', 'add-contact'],
    ['https://t.me/some_user', 'add-contact'],
    ['BEGIN:VCARD\nFN:Li\nTEL:13800138000\nEND:VCARD', 'add-contact'],
    ['wxp://f2f0AbCdEf', 'payment'],
    ['https://qr.alipay.com/fkx12345', 'payment'],
    ['https://t.cn/A6abcd', 'short-link'],
    ['https://bit.ly/3abcd', 'short-link'],
    ['https://www.example.com/menu', null],
    ['今日特价', null],
  ])('%s → %s', (payload, kind) => {
    expect(handoffKind(payload)).toBe(kind);
  });
});

describe('QrReader (zxing-wasm)', () => {
  let qr: QrReader;
  beforeAll(async () => {
    qr = await QrReader.load();
  });

  it('decodes every QR code in a picture, with its bounds, from the decoded working pixels', async () => {
    const a = await qrPng('https://weixin.qq.com/g/AbCdEf123', 220);
    const b = await qrPng('扫码领红包 wxp://f2f0AbCdEf', 220);
    const bytes = await sharp(await scene(3, 1024, 768)).composite([{ input: a, left: 40, top: 40 }, { input: b, left: 700, top: 480 }]).jpeg({ quality: 85 }).toBuffer();
    const codes = await qr.decode(await decodeImage(bytes));
    expect(codes.map((c) => c.payload).sort()).toEqual(['https://weixin.qq.com/g/AbCdEf123', '扫码领红包 wxp://f2f0AbCdEf'].sort());
    const first = codes.find((c) => c.payload.startsWith('https'))!;
    // the code sits at (40, 40) to (260, 260) of 1024 × 768, quiet zone included
    expect(first.box[0]).toBeGreaterThan(0.03);
    expect(first.box[0] + first.box[2]).toBeLessThan(0.27);
    expect(first.box[1]).toBeGreaterThan(0.04);
    expect(first.box[1] + first.box[3]).toBeLessThan(0.35);
  });

  it('decodes pictures handed to it at once each to its own codes (the calls share one RGBA buffer)', async () => {
    const payloads = ['https://t.me/+AbCdEfGh', 'https://wa.me/8613800138000', 'https://qr.alipay.com/fkx12345', 'https://bit.ly/3abcd'];
    const pictures = await Promise.all(payloads.map(async (p, k) => {
      const bytes = await sharp(await scene(40 + k, 640 + 64 * k, 480)).composite([{ input: await qrPng(p, 200), left: 30 + 40 * k, top: 60 }]).jpeg({ quality: 85 }).toBuffer();
      return decodeImage(bytes);
    }));
    const codes = await Promise.all(pictures.map((img) => qr.decode(img)));
    expect(codes.map((c) => c.map((x) => x.payload))).toEqual(payloads.map((p) => [p]));
  });

  it('finds nothing on pictures without a QR code', async () => {
    for (let k = 0; k < 10; k++) expect(await qr.decode(await decodeImage(await scene(200 + k, 800, 600)))).toEqual([]);
  });
});

describe('QR codes in the image service', () => {
  let image: ServicePipeline;
  let seq = 0;
  const judge = async (bytes: Buffer): Promise<Verdict> => {
    seq++;
    const e: ContentEvent = { kind: 'image', eventId: `qr-${seq}`, occurredAt: Date.now(), source: 'feed', senderId: `qr-user-${seq}`, conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/jpeg', bytes, caption: null, contexts: [] };
    const [j] = (await image.judge.judge([e])) as [Judged];
    if (!j.ok) throw j.error;
    return j.verdict;
  };
  beforeAll(async () => {
    const cfg = loadConfig({ VIGIL_HASH_BANKS_RELOAD_MS: '0', VIGIL_RULES_RELOAD_MS: '0', VIGIL_TEXT_THREADS: '0' }, { withoutKafka: true });
    image = await createPipeline(SERVICES.image!, cfg, createPolicy(cfg, createLogger('silent'), { watch: false }));
  }, 120_000);

  it('sends a QR payload to the link checker: a code to a look-alike of a brand domain is flagged as a scam link, the payload appears nowhere', async () => {
    const payload = 'https://paypa1-secure-login.com/verify';
    const v = await judge(await sharp(await scene(5, 800, 600)).composite([{ input: await qrPng(payload, 260), left: 270, top: 170 }]).jpeg().toBuffer());
    const look = v.signals.find((s) => s.classifier === 'url' && s.label === 'lookalike');
    expect(look?.score).toBeGreaterThanOrEqual(0.5);
    expect(look?.evidence).toMatchObject({ source: 'qr', codes: '1', count: '1' });
    expect(v.decision).not.toBe('ALLOW');
    expect(v.categories.map((c) => c.name)).toContain('scam');
    expect(v.rules.some((r) => r.evidence.some((e) => e.signal === 'url.lookalike'))).toBe(true);
    expect(JSON.stringify(v)).not.toContain('paypa1');
    // the official domain is not a look-alike
    const ok = await judge(await sharp(await scene(5, 800, 600)).composite([{ input: await qrPng('https://www.paypal.com/signin', 260), left: 270, top: 170 }]).jpeg().toBuffer());
    expect(ok.signals.some((s) => s.classifier === 'url')).toBe(false);
    expect(ok.signals.find((s) => s.classifier === 'qr' && s.label === 'code')?.score).toBe(1);
  }, 60_000);

  it('blocks a QR code handing off to a chat group beside advertising text (image.qr-ad); the same code alone decides nothing', async () => {
    const group = 'https://weixin.qq.com/g/AbCdEf123';
    const ad = await judge(await poster({ lines: ['兼职刷单 日结300', '扫码进群 轻松赚钱'], qr: group }));
    const handoff = ad.signals.find((s) => s.classifier === 'qr' && s.label === 'contact-handoff');
    expect(handoff).toMatchObject({ score: 0.9, evidence: { source: 'qr', kind: 'group-invite' } });
    expect(ad.decision).toBe('BLOCK');
    expect(ad.rules.map((r) => r.id)).toContain('image.qr-ad');
    expect(JSON.stringify(ad)).not.toContain('AbCdEf123');
    const alone = await judge(await sharp(await scene(8, 800, 600)).composite([{ input: await qrPng(group, 260), left: 270, top: 170 }]).jpeg().toBuffer());
    expect(alone.signals.find((s) => s.label === 'contact-handoff')?.score).toBe(0.9);
    expect(alone.signals.some((s) => s.evidence.source === 'image-text')).toBe(false);
    expect(alone.decision).toBe('ALLOW');
  }, 60_000);
});
