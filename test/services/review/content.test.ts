import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { mayCopyContent, obscured, reviewContent, shadowSampled } from '../../../services/review/content.js';
import type { ContentEvent, Verdict } from '../../../services/schema/types.js';

const base: Verdict = {
  verdictId: 'v', eventId: 'e', contentKind: 'IMAGE', senderId: 's', conversationId: null, decision: 'REVIEW', actions: [], categories: [{ name: 'sexual', score: 0.8 }],
  policies: [], signals: [], jurisdiction: null, occurredAt: 1, decidedAt: 2, latencyMs: 0, service: 'image', pipelineVersion: 'x', notes: [], rules: [], rulesVersion: 'x',
  strikes: 0, strikeWeight: 0, video: null,
};
const hashSignal = (label: string) => ({ classifier: 'hash', modelId: 'bank:b', modelVersion: '-', label, score: 1, evidence: { bank: 'b', method: 'pdq', distance: '4' } });

async function image(w: number, h: number): Promise<Buffer> {
  return sharp({ create: { width: w, height: h, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
}

describe('review content', () => {
  it('never copies media matched in a CSAM or NCII bank', async () => {
    const e: ContentEvent = { kind: 'image', eventId: 'e', senderId: 's', occurredAt: 1, source: 'x', conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/png', bytes: await image(50, 50), caption: null, contexts: [] };
    for (const label of ['csam', 'ncii']) {
      const v = { ...base, decision: 'BLOCK' as const, signals: [hashSignal(label)] };
      expect(mayCopyContent(v)).toBe(false);
      expect(await reviewContent(v, e, { thumbnailPx: 64, maxPixels: 1e7 })).toBeNull();
    }
    expect(mayCopyContent({ ...base, actions: ['NOTIFY_AUTHORITIES'] })).toBe(false);
    expect(mayCopyContent({ ...base, signals: [hashSignal('banned')] })).toBe(true);
  });

  it('bounds image thumbnails and keeps texts as they are', async () => {
    const e: ContentEvent = { kind: 'image', eventId: 'e', senderId: 's', occurredAt: 1, source: 'x', conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/png', bytes: await image(1200, 600), caption: 'look', contexts: [] };
    const c = (await reviewContent(base, e, { thumbnailPx: 100, maxPixels: 1e7 }))!;
    const meta = await sharp(c.thumbnail!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 100, 50]);
    expect(c.text).toBe('look');
    const t: ContentEvent = { kind: 'text', eventId: 'e', senderId: 's', occurredAt: 1, source: 'x', conversationId: null, jurisdiction: null, locale: null, text: 'hello', replyToEventId: null, contexts: [] };
    expect(await reviewContent({ ...base, contentKind: 'TEXT' }, t, { thumbnailPx: 100, maxPixels: 1e7 })).toMatchObject({ contentKind: 'TEXT', text: 'hello', thumbnail: null });
  });

  it('obscures a thumbnail as greyscale and blurred', async () => {
    const jpeg = await sharp(await image(80, 80)).jpeg().toBuffer();
    const o = await obscured(jpeg);
    const { channels } = await sharp(o).stats();
    expect(o.equals(jpeg)).toBe(false);
    expect(Math.abs(channels[0]!.mean - channels[1]!.mean)).toBeLessThan(2); // grey: r = g
  });

  it('samples shadow items deterministically at the configured rate', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `verdict-${i}`);
    const share = ids.filter((id) => shadowSampled(id, 0.25)).length / ids.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
    expect(ids.filter((id) => shadowSampled(id, 0.25))).toEqual(ids.filter((id) => shadowSampled(id, 0.25)));
    expect(shadowSampled('x', 0)).toBe(false);
    expect(shadowSampled('x', 1)).toBe(true);
  });
});
