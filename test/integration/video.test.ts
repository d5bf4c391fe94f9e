import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { hashImage } from '../../services/image/hash.js';
import type { ReviewContent } from '../../services/review/index.js';
import type { ContentEvent } from '../../services/schema/types.js';
import { extractFrames, generateVideo, type ExtractedFrame } from '../../services/video/frames.js';
import { TopicReader, encodeEvent, produce, startWorker, testEnv, waitUntil, type DeadLetter, type Verdict } from './harness.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const dir = mkdtempSync(join(tmpdir(), 'vigil-video-it-'));
const frames = (videoId: string, fs: readonly ExtractedFrame[], last = true): ContentEvent[] => fs.map((f, i) => ({
  kind: 'video-frame', eventId: `${videoId}-f${f.frameIndex}`, occurredAt: Date.now() - 5000, source: 'feed', senderId: `up-${videoId}`, conversationId: null, jurisdiction: null, locale: null,
  videoId, frameIndex: f.frameIndex, ptsMs: f.ptsMs, last: last && i === fs.length - 1, mimeType: 'image/jpeg', bytes: f.bytes,
}));

describe('video worker on the local broker', () => {
  let banked: ExtractedFrame[];
  let copy: ExtractedFrame[];
  let other: ExtractedFrame[];
  beforeAll(async () => {
    await generateVideo(join(dir, 'a.mp4'), 'testsrc', { seconds: 6, rate: 10 });
    await generateVideo(join(dir, 'b.mp4'), 'testsrc2', { seconds: 6, rate: 10 });
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', join(dir, 'a.mp4'), '-vf', 'scale=400:300', '-c:v', 'libx264', '-crf', '33', join(dir, 'a-copy.mp4')]);
    [banked, copy, other] = await Promise.all([extractFrames(join(dir, 'a.mp4'), 2), extractFrames(join(dir, 'a-copy.mp4'), 2), extractFrames(join(dir, 'b.mp4'), 2)]);
    const rows = await Promise.all(banked.map(async (f) => `v-1,${(await hashImage(f.bytes)).pdq},100`));
    writeFileSync(join(dir, 'videos.csv'), `video_id,pdq,quality\n${rows.join('\n')}\n`);
    writeFileSync(join(dir, 'banks.yaml'), 'banks:\n  - { name: synthetic-banned-videos, file: videos.csv, category: banned, media: video }\n');
  }, 60_000);

  it('gives per-video verdicts: a banked copy matches, an unended video is finalised by idle timeout, a broken frame is dead-lettered; the block goes to review with a strip of frames', async () => {
    const base = testEnv();
    const prefix = base.VIGIL_TOPIC_TEXT!.replace(/\.text$/, '');
    const env = testEnv({ VIGIL_HASH_BANKS: join(dir, 'banks.yaml'), VIGIL_NSFW_CASCADE: 'mobilenet_v2:onnx', VIGIL_VIDEO_IDLE_MS: '1500', VIGIL_TOPIC_REVIEW_CONTENT: `${prefix}.review-content`, VIGIL_TOPIC_BLOCKS: `${prefix}.blocks`, VIGIL_REVIEW_THUMBNAIL_PX: '160', VIGIL_REVIEW_STRIP_FRAMES: '6' });
    const { worker, config } = await startWorker(env, 'video');
    cleanups.push(() => worker.stop(10_000));
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    const dead = await new TopicReader<DeadLetter>(config, config.topics.deadLetter).start();
    const contents = await new TopicReader<ReviewContent>(config, config.topics.reviewContent).start();
    const blocks = await new TopicReader<Verdict>(config, config.topics.blocks).start();
    cleanups.push(() => verdicts.stop(), () => dead.stop(), () => contents.stop(), () => blocks.stop());
    await worker.start();
    const unended = frames('unended', other, false);
    unended[3] = { ...unended[3]!, bytes: Buffer.from('not a jpeg') } as ContentEvent;
    await produce(config, config.topics.video, [...frames('copy', copy), ...unended].map((e) => ({ ...encodeEvent(e), key: (e as { videoId: string }).videoId })));
    await verdicts.waitFor((r) => r.filter((v) => v.video?.final).length >= 2, 60_000);
    const finals = new Map(verdicts.records.filter((v) => v.video?.final).map((v) => [v.eventId, v]));
    expect(finals.get('copy')).toMatchObject({ contentKind: 'VIDEO', decision: 'BLOCK', video: { endedBy: 'last-frame', framesSeen: copy.length } });
    expect(finals.get('copy')!.video!.bankMatches.map((m) => m.bank)).toEqual(['synthetic-banned-videos']);
    expect(finals.get('unended')).toMatchObject({ decision: 'ALLOW', video: { endedBy: 'idle-timeout', framesSeen: other.length, framesFailed: 1 } });
    expect(verdicts.records.every((v) => v.contentKind === 'VIDEO')).toBe(true); // no per-frame verdicts by default
    await dead.waitFor((r) => r.length >= 1, 10_000);
    expect(dead.records.map((d) => d.errorCode)).toEqual(['VGL_IMAGE_DECODE']);
    // the blocked video's review copy: a strip of bounded frame thumbnails on the content topic (the
    // video-bank match flags no single frame, so the strip is spread over the whole video); nothing for the allowed one
    const blocked = verdicts.records.filter((v) => v.decision === 'BLOCK');
    await blocks.waitFor((r) => r.length >= blocked.length, 10_000);
    expect(blocks.records.map((v) => v.verdictId).sort()).toEqual(blocked.map((v) => v.verdictId).sort());
    await contents.waitFor((r) => r.some((c) => c.verdictId === finals.get('copy')!.verdictId), 10_000);
    const strip = contents.records.find((c) => c.verdictId === finals.get('copy')!.verdictId)!;
    expect(strip).toMatchObject({ contentKind: 'VIDEO', eventId: 'copy', senderId: 'up-copy', text: null, thumbnail: null });
    expect(strip.frames.length).toBe(6);
    for (const f of strip.frames) {
      const m = await sharp(f).metadata();
      expect([m.format, Math.max(m.width!, m.height!)]).toEqual(['jpeg', 160]);
    }
    expect(new Set(strip.frames.map((f) => f.toString('base64'))).size).toBe(6);
    expect(contents.records.some((c) => c.eventId === 'unended')).toBe(false);
  });

  it('a worker stopped mid-video leaves its frames uncommitted: the next worker replays them and judges the whole video', async () => {
    const env = testEnv({ VIGIL_NSFW_CASCADE: '' });
    const first = await startWorker(env, 'video');
    const config = first.config;
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    cleanups.push(() => verdicts.stop());
    const all = frames('long', banked);
    await first.worker.start();
    await produce(config, config.topics.video, all.slice(0, 6).map((e) => ({ ...encodeEvent(e), key: 'long' })));
    await waitUntil(async () => /vigil_video_open 1/.test(await first.registry.metrics()), 30_000, 'first worker holds the video');
    await first.worker.stop(10_000);
    await produce(config, config.topics.video, all.slice(6).map((e) => ({ ...encodeEvent(e), key: 'long' })));
    const second = await startWorker(env, 'video');
    cleanups.push(() => second.worker.stop(10_000));
    await second.worker.start();
    await verdicts.waitFor((r) => r.some((v) => v.video?.final), 60_000);
    const final = verdicts.records.find((v) => v.video?.final)!;
    expect(final.video).toMatchObject({ videoId: 'long', endedBy: 'last-frame', framesSeen: banked.length });
  });
});
