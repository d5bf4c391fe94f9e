import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../services/common/config.js';
import { createLogger } from '../../../services/common/logger.js';
import { hashImage } from '../../../services/image/hash.js';
import { ImageClassifier } from '../../../services/image/image-classifier.js';
import { Judge } from '../../../services/pipeline/judge.js';
import { createPolicy } from '../../../services/policy/index.js';
import type { ContentEvent, Signal, Verdict } from '../../../services/schema/types.js';
import { extractFrames, generateVideo, type ExtractedFrame } from '../../../services/video/frames.js';
import { VideoStage } from '../../../services/video/stage.js';
import type { FrameInput, VideoFrameEvent } from '../../../services/video/tracker.js';

const hasFfmpeg = (() => {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const dir = mkdtempSync(join(tmpdir(), 'vigil-video-'));

function frameEvents(videoId: string, frames: readonly ExtractedFrame[], o: { last?: boolean } = {}): VideoFrameEvent[] {
  return frames.map((f, i) => ({
    kind: 'video-frame', eventId: `${videoId}-f${f.frameIndex}`, occurredAt: Date.now() - 10_000 + f.ptsMs, source: 'feed', senderId: `uploader-${videoId}`, conversationId: null,
    jurisdiction: null, locale: null, videoId, frameIndex: f.frameIndex, ptsMs: f.ptsMs, last: (o.last ?? true) && i === frames.length - 1, mimeType: 'image/jpeg', bytes: f.bytes,
  }));
}

/** The video service in-process: the image classifier and rules per frame, then the video stage. */
async function videoService(env: Record<string, string>) {
  const config = loadConfig({ VIGIL_NSFW_CASCADE: '', VIGIL_HASH_BANKS_RELOAD_MS: '0', ...env }, { withoutKafka: true });
  const policy = createPolicy(config, createLogger('silent'), { watch: false });
  const classifier = await ImageClassifier.create(config.image);
  const judge = new Judge('video', classifier, policy.engine, policy.rules, Date.now, false);
  const stage = new VideoStage({ service: 'video', config: config.video, engine: policy.engine, rules: policy.rules, banks: () => classifier.bankGeneration });
  let offset = 0;
  return {
    stage,
    /** Feeds events in chunks of `chunk`; returns the verdicts published, in order. */
    async feed(events: ContentEvent[], chunk = 4): Promise<Verdict[]> {
      const out: Verdict[] = [];
      for (let i = 0; i < events.length; i += chunk) {
        const part = events.slice(i, i + chunk);
        const judged = await judge.judge(part);
        out.push(...stage.onChunk(part.map((event, k) => ({ topic: 't', partition: 0, offset: String(offset++), event, judged: judged[k]! })), Date.now()).verdicts);
      }
      return out;
    },
  };
}

describe.skipIf(!hasFfmpeg)('video tracker with the image path (ffmpeg test sources)', () => {
  let banked: ExtractedFrame[];
  let copy: ExtractedFrame[];
  let unrelated: ExtractedFrame[];
  beforeAll(async () => {
    await generateVideo(join(dir, 'a.mp4'), 'testsrc', { seconds: 6, size: '320x240', rate: 10 });
    await generateVideo(join(dir, 'b.mp4'), 'smptehdbars', { seconds: 6, size: '320x240', rate: 10 });
    // the copy: re-encoded at low quality and rescaled
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', join(dir, 'a.mp4'), '-vf', 'scale=480:360', '-c:v', 'libx264', '-crf', '35', join(dir, 'a-copy.mp4')]);
    [banked, copy, unrelated] = await Promise.all([extractFrames(join(dir, 'a.mp4'), 2), extractFrames(join(dir, 'a-copy.mp4'), 2), extractFrames(join(dir, 'b.mp4'), 2)]);
    const rows = await Promise.all(banked.map(async (f) => `synthetic-video-1,${(await hashImage(f.bytes)).pdq},100`));
    writeFileSync(join(dir, 'videos.csv'), `video_id,pdq,quality\n${rows.join('\n')}\n`);
    writeFileSync(join(dir, 'banks.yaml'), 'banks:\n  - { name: synthetic-terror-videos, file: videos.csv, category: terrorism, media: video }\n');
  }, 60_000);

  it('matches a re-encoded, rescaled copy of a banked video (vPDQ) and blocks it; an unrelated video does not match', async () => {
    const svc = await videoService({ VIGIL_HASH_BANKS: join(dir, 'banks.yaml') });
    const out = await svc.feed(frameEvents('copy', copy));
    // the match is already certain before the end: an early block, then the final verdict
    expect(out.map((v) => v.video!.final)).toEqual([false, true]);
    const match = out[1];
    expect(match).toMatchObject({ contentKind: 'VIDEO', eventId: 'copy', decision: 'BLOCK', video: { videoId: 'copy', final: true, endedBy: 'last-frame', framesSeen: copy.length } });
    expect(match!.video!.bankMatches[0]).toMatchObject({ bank: 'synthetic-terror-videos', entry: 'synthetic-video-1' });
    expect(match!.video!.bankMatches[0]!.queryMatchPercent).toBeGreaterThanOrEqual(80);
    expect(match!.video!.bankMatches[0]!.compareMatchPercent).toBeGreaterThanOrEqual(80);
    expect(match!.categories.map((c) => c.name)).toContain('terrorism');
    const others = await svc.feed(frameEvents('other', unrelated));
    expect(others).toHaveLength(1);
    const other = others[0];
    expect(other).toMatchObject({ decision: 'ALLOW', video: { videoId: 'other', bankMatches: [] } });
  });

  it('handles frames out of order and duplicated: one final verdict, each frame counted once', async () => {
    const svc = await videoService({});
    const evs = frameEvents('shuffled', banked);
    const order = [...evs.slice(5), evs[0]!, evs[0]!, ...evs.slice(1, 5), evs[3]!];
    const out = await svc.feed(order, 3);
    expect(out).toHaveLength(1);
    expect(out[0]!.video).toMatchObject({ final: true, endedBy: 'last-frame', framesSeen: banked.length });
    expect(await svc.feed([evs[2]!])).toEqual([]); // a late frame of a finished video does not reopen it
  });

  it('publishes per-frame verdicts when asked, once per frame event even when a rebalance replays the frames', async () => {
    const svc = await videoService({ VIGIL_VIDEO_FRAME_VERDICTS: 'true' });
    const evs = frameEvents('replayed', banked, { last: false });
    const first = await svc.feed(evs.slice(0, 6));
    expect(first.map((v) => v.contentKind)).toEqual(Array(6).fill('VIDEO_FRAME'));
    expect(await svc.feed(evs.slice(0, 6))).toEqual([]); // the same events again: nothing new
    const other = { ...evs[2]!, eventId: 'another-upload-of-frame-2' }; // a different event: its own verdict
    expect((await svc.feed([other])).map((v) => v.eventId)).toEqual(['another-upload-of-frame-2']);
  });

  it('finalises a video that never sends its last frame after the idle timeout, and holds its offsets until then', async () => {
    const svc = await videoService({ VIGIL_VIDEO_IDLE_MS: '1000' });
    expect(await svc.feed(frameEvents('no-end', banked, { last: false }))).toEqual([]);
    expect(svc.stage.floor('t', 0)).toBe(0n);
    expect(svc.stage.tick(Date.now())).toEqual([]);
    const [v] = svc.stage.tick(Date.now() + 1500);
    expect(v!.video).toMatchObject({ final: true, endedBy: 'idle-timeout', framesSeen: banked.length });
    expect(v!.notes.join(' ')).toMatch(/idle timeout.*last frame never came/);
    expect(svc.stage.floor('t', 0)).toBeNull();
  });

  it('still gives the video its verdict when a frame fails to decode', async () => {
    const svc = await videoService({});
    const evs = frameEvents('broken-frame', banked);
    evs[2] = { ...evs[2]!, bytes: evs[2]!.bytes.subarray(0, 100) };
    const out = await svc.feed(evs);
    expect(out).toHaveLength(1);
    expect(out[0]!.video).toMatchObject({ framesSeen: banked.length, framesFailed: 1 });
    expect(out[0]!.notes.join(' ')).toMatch(/1 frame\(s\) could not be decoded/);
  });

  it('emits an early block as soon as one frame matches a CSAM image bank, before the video ends', async () => {
    const h = await hashImage(banked[4]!.bytes);
    writeFileSync(join(dir, 'frame-bank.txt'), `${h.pdq}\n`);
    writeFileSync(join(dir, 'csam.yaml'), 'banks:\n  - { name: synthetic-csam, file: frame-bank.txt, category: csam }\n');
    const svc = await videoService({ VIGIL_HASH_BANKS: join(dir, 'csam.yaml') });
    const evs = frameEvents('early', banked);
    const first = await svc.feed(evs.slice(0, 6), 1);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ decision: 'BLOCK', video: { final: false, endedBy: 'early' } });
    expect(first[0]!.actions).toContain('NOTIFY_AUTHORITIES');
    expect(first[0]!.video!.offendingFrames.map((f) => f.frameIndex)).toContain(4);
    const rest = await svc.feed(evs.slice(6));
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ decision: 'BLOCK', video: { final: true, endedBy: 'last-frame' } });
    expect(rest[0]!.verdictId).not.toBe(first[0]!.verdictId);
  });
});

describe('video signal aggregation (k of n consecutive frames)', () => {
  const frame = (i: number, porn: number): FrameInput => {
    const signals: Signal[] = [{ classifier: 'nsfw', modelId: 'm', modelVersion: '1', label: 'porn', score: porn, evidence: {} }];
    const verdict = { decision: porn >= 0.9 ? 'BLOCK' : 'ALLOW', rules: [], categories: [] } as unknown as Verdict;
    return {
      event: { kind: 'video-frame', eventId: `k-${i}`, occurredAt: Date.now(), source: 'feed', senderId: 's', conversationId: null, jurisdiction: null, locale: null, videoId: 'k', frameIndex: i, ptsMs: i * 1000, last: false, mimeType: 'image/jpeg', bytes: Buffer.alloc(0) },
      topic: 't', partition: 0, offset: String(i), result: { ok: true, signals, verdict },
    };
  };
  const tracker = () => {
    const config = loadConfig({}, { withoutKafka: true });
    const policy = createPolicy(config, createLogger('silent'), { watch: false });
    return new VideoStage({ service: 'video', config: config.video, engine: policy.engine, rules: policy.rules, banks: () => null }).tracker;
  };

  it('does not block a video on one high frame, blocks early once 3 of 5 consecutive frames are high', () => {
    const t = tracker();
    const scores = [0.1, 0.95, 0.1, 0.1, 0.1, 0.1, 0.92, 0.1, 0.96, 0.97, 0.1];
    const early = scores.flatMap((p, i) => t.frame(frame(i, p), Date.now()).map((v) => ({ at: i, v })));
    expect(early).toHaveLength(1);
    expect(early[0]!.at).toBe(9); // frames 6, 8, 9 are within five consecutive frames
    expect(early[0]!.v).toMatchObject({ decision: 'BLOCK', video: { final: false } });
    const porn = early[0]!.v.signals.find((s) => s.label === 'porn')!;
    expect(porn.score).toBeCloseTo(0.92, 6); // the third-highest score in the best window
    expect(porn.evidence.aggregate).toBe('3-of-5');
  });
});
