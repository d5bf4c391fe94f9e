import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { VideoStrips } from '../../../services/review/strip.js';
import type { ContentEvent, Verdict } from '../../../services/schema/types.js';

type FrameEvent = Extract<ContentEvent, { kind: 'video-frame' }>;

const frameVerdict = (decision: Verdict['decision'], signals: Verdict['signals'] = []): Verdict => ({
  verdictId: 'fv', eventId: 'f', contentKind: 'VIDEO_FRAME', senderId: 'up', conversationId: null, decision, actions: [], categories: decision === 'ALLOW' ? [] : [{ name: 'sexual', score: 0.9 }],
  policies: [], signals, jurisdiction: null, occurredAt: 1, decidedAt: 2, latencyMs: 0, service: 'video', pipelineVersion: 'x', notes: [], rules: [], rulesVersion: 'x',
  strikes: 0, strikeWeight: 0, video: null,
});
const videoVerdict = (videoId: string, decision: Verdict['decision'], final: boolean): Verdict => ({
  ...frameVerdict(decision), verdictId: `${videoId}-${final ? 'final' : 'early'}`, eventId: videoId, contentKind: 'VIDEO',
  video: { videoId, final, endedBy: final ? 'last-frame' : 'early', framesSeen: 0, framesFailed: 0, offendingFrames: [], categoryStats: [], bankMatches: [] },
});
const csam = { classifier: 'hash', modelId: 'bank:b', modelVersion: '-', label: 'csam', score: 1, evidence: { bank: 'b', method: 'pdq', distance: '2' } };

/** A 640x360 frame whose colour encodes its index, so the strip's order can be read back from the pixels. */
async function frame(videoId: string, index: number): Promise<FrameEvent> {
  const bytes = await sharp({ create: { width: 640, height: 360, channels: 3, background: { r: (index * 10) % 256, g: 40, b: 200 } } }).jpeg().toBuffer();
  return { kind: 'video-frame', eventId: `${videoId}-${index}`, occurredAt: 1000, source: 'feed', senderId: `up-${videoId}`, conversationId: null, jurisdiction: null, locale: null, videoId, frameIndex: index, ptsMs: index * 1000, last: false, mimeType: 'image/jpeg', bytes };
}
const red = async (jpeg: Buffer) => Math.round((await sharp(jpeg).stats()).channels[0]!.mean / 10);

describe('video review strips', () => {
  it('holds the first frame and evenly spread flagged frames, bounded in number and size, in frame order', async () => {
    const strips = new VideoStrips({ thumbnailPx: 96, maxPixels: 1e7, frames: 5, maxBytes: 1 << 20 });
    for (let i = 0; i < 20; i++) await strips.add(await frame('v', i), frameVerdict(i >= 3 ? 'REVIEW' : 'ALLOW'));
    const c = strips.content(videoVerdict('v', 'REVIEW', false))!;
    expect(c).toMatchObject({ verdictId: 'v-early', eventId: 'v', senderId: 'up-v', contentKind: 'VIDEO', text: null, thumbnail: null, occurredAt: 1000 });
    expect(c.frames).toHaveLength(5);
    for (const f of c.frames) expect(await sharp(f).metadata()).toMatchObject({ format: 'jpeg', width: 96, height: 54 });
    // frame 0 for context, then flagged frames 3..19 at a stride that keeps four of them: 4, 8, 12, 16
    expect(await Promise.all(c.frames.map(red))).toEqual([0, 4, 8, 12, 16]);
    // an early verdict leaves the video open; the final one gets the strip and releases it
    expect(strips.size).toBe(1);
    expect(strips.content(videoVerdict('v', 'BLOCK', true))!.frames).toHaveLength(5);
    expect(strips.size).toBe(0);
  });

  it('sends nothing for an ALLOW video and forgets it at its final verdict', async () => {
    const strips = new VideoStrips({ thumbnailPx: 64, maxPixels: 1e7, frames: 8, maxBytes: 1 << 20 });
    for (let i = 0; i < 3; i++) await strips.add(await frame('ok', i), frameVerdict('ALLOW'));
    expect(strips.content(videoVerdict('ok', 'ALLOW', true))).toBeNull();
    expect(strips.size).toBe(0);
  });

  it('never copies a frame of a video one of whose frames matched a CSAM bank', async () => {
    const strips = new VideoStrips({ thumbnailPx: 64, maxPixels: 1e7, frames: 8, maxBytes: 1 << 20 });
    await strips.add(await frame('x', 0), frameVerdict('REVIEW'));
    await strips.add(await frame('x', 1), frameVerdict('BLOCK', [csam]));
    await strips.add(await frame('x', 2), frameVerdict('REVIEW'));
    expect(strips.content(videoVerdict('x', 'BLOCK', false))).toBeNull();
    // nor when the video verdict itself carries the match
    await strips.add(await frame('y', 0), frameVerdict('REVIEW'));
    expect(strips.content({ ...videoVerdict('y', 'BLOCK', true), signals: [csam] })).toBeNull();
  });

  it('fills a strip with frames spread over the whole video when none was flagged (a video judged on its whole)', async () => {
    const strips = new VideoStrips({ thumbnailPx: 64, maxPixels: 1e7, frames: 4, maxBytes: 1 << 20 });
    for (let i = 0; i < 12; i++) await strips.add(await frame('bank', i), frameVerdict('ALLOW'));
    const c = strips.content(videoVerdict('bank', 'BLOCK', true))!;
    // all frames are sampled at a doubling stride (0, 2, .. 10 of 0..11 remain), four picked from first to last
    expect(await Promise.all(c.frames.map(red))).toEqual([0, 4, 6, 10]);
  });

  it('holds at most maxBytes of thumbnails, forgetting the least recently active video', async () => {
    const probe = new VideoStrips({ thumbnailPx: 64, maxPixels: 1e7, frames: 4, maxBytes: 1 << 20 });
    await probe.add(await frame('p', 0), frameVerdict('REVIEW'));
    const perVideo = probe.heldBytes;
    const strips = new VideoStrips({ thumbnailPx: 64, maxPixels: 1e7, frames: 4, maxBytes: Math.floor(2.5 * perVideo) });
    for (const id of ['a', 'b', 'c']) await strips.add(await frame(id, 0), frameVerdict('REVIEW'));
    expect([strips.size, strips.heldBytes]).toEqual([2, 2 * perVideo]);
    expect(strips.content(videoVerdict('a', 'REVIEW', true))).toBeNull();
    expect(strips.content(videoVerdict('b', 'REVIEW', true))!.frames).toHaveLength(1);
    expect(strips.heldBytes).toBe(perVideo);
  });
});
