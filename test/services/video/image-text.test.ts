import { beforeAll, describe, expect, it } from 'vitest';
import { scene } from '../../../services/cli/sample-images.js';
import { loadConfig } from '../../../services/common/config.js';
import { createLogger } from '../../../services/common/logger.js';
import { createPolicy } from '../../../services/policy/index.js';
import { createPipeline, type ServicePipeline } from '../../../services/runtime/create-worker.js';
import { SERVICES } from '../../../services/runtime/services.js';
import type { ContentEvent, Verdict } from '../../../services/schema/types.js';
import { poster } from '../image/posters.js';

/**
 * A video whose middle frames show ad text (a job scam asking to add a contact; written for this test,
 * drawn with the wqy font) gets its early verdict from what those frames say: the text signals of the
 * image path, aggregated k-of-n over consecutive frames, block before the video ends.
 */
const LINES = ['在家刷单 日结五百', '宝妈学生都能做', '加微信 vx778899'] as const;

let offset = 0;
async function feed(p: ServicePipeline, events: ContentEvent[], chunk = 2): Promise<{ verdict: Verdict; afterFrame: number }[]> {
  const out: { verdict: Verdict; afterFrame: number }[] = [];
  for (let i = 0; i < events.length; i += chunk) {
    const part = events.slice(i, i + chunk);
    const judged = await p.judge.judge(part);
    const { verdicts } = p.stage!.onChunk(part.map((event, k) => ({ topic: 't', partition: 0, offset: String(offset++), event, judged: judged[k]! })), Date.now());
    for (const verdict of verdicts) out.push({ verdict, afterFrame: i + part.length - 1 });
  }
  return out;
}

function frames(videoId: string, pictures: readonly Buffer[]): ContentEvent[] {
  return pictures.map((bytes, i) => ({
    kind: 'video-frame', eventId: `${videoId}-f${i}`, occurredAt: Date.now() - 20_000 + i * 1000, source: 'feed', senderId: `up-${videoId}`, conversationId: null, jurisdiction: null, locale: null,
    videoId, frameIndex: i, ptsMs: i * 1000, last: i === pictures.length - 1, mimeType: 'image/jpeg', bytes,
  }));
}

describe('text in video frames', () => {
  let video: ServicePipeline;
  let plain: Buffer[];
  let ad: Buffer[];
  beforeAll(async () => {
    const cfg = loadConfig({ VIGIL_HASH_BANKS_RELOAD_MS: '0', VIGIL_RULES_RELOAD_MS: '0', VIGIL_TEXT_THREADS: '0', VIGIL_NSFW_CASCADE: '' }, { withoutKafka: true });
    video = await createPipeline(SERVICES.video!, cfg, createPolicy(cfg, createLogger('silent'), { watch: false }));
    plain = await Promise.all(Array.from({ length: 14 }, (_, i) => scene(500 + i, 640, 360)));
    // four frames of the ad as it would be filmed: the same card, slightly moved and resized frame to frame
    ad = await Promise.all([0, 1, 2, 3].map((k) => poster({ lines: LINES, width: 640 + k * 8, height: 360 + k * 4, seed: k, background: 'gradient' })));
  }, 120_000);

  it('blocks early on a few frames of ad text, with the image-text signal as evidence', async () => {
    const pictures = [...plain.slice(0, 4), ...ad, ...plain.slice(4, 10)];
    const out = await feed(video, frames('ad-video', pictures));
    const early = out.find((o) => !o.verdict.video!.final);
    expect(early, 'an early verdict').toBeDefined();
    expect(early!.verdict.decision).toBe('BLOCK');
    // decided while the ad frames were still coming in or just after, long before the last frame (13)
    expect(early!.afterFrame).toBeLessThanOrEqual(9);
    const fromText = early!.verdict.signals.filter((s) => s.evidence.source === 'image-text' && s.score >= 0.5);
    expect(fromText.map((s) => s.classifier)).toContain('text');
    for (const s of fromText) expect(s.evidence).toMatchObject({ aggregate: '3-of-5', ocrModel: expect.any(String) });
    const firing = early!.verdict.rules.filter((r) => r.decision === 'BLOCK').flatMap((r) => r.evidence.map((e) => e.signal));
    expect(firing.some((name) => name.startsWith('text.'))).toBe(true);
    expect(early!.verdict.video!.offendingFrames.map((f) => f.frameIndex)).toEqual(expect.arrayContaining([4, 5, 6]));
    expect(JSON.stringify(early!.verdict)).not.toContain('刷单');
    const final = out.find((o) => o.verdict.video!.final)!;
    expect(final.verdict).toMatchObject({ decision: 'BLOCK', video: { endedBy: 'last-frame', framesSeen: 14 } });
  });

  it('lets the same video through without the ad frames, and does not block on a single ad frame', async () => {
    const clean = await feed(video, frames('clean-video', plain));
    expect(clean.map((o) => [o.verdict.video!.final, o.verdict.decision])).toEqual([[true, 'ALLOW']]);
    const once = await feed(video, frames('one-ad-frame', [...plain.slice(0, 5), ad[0]!, ...plain.slice(5, 10)]));
    expect(once.filter((o) => !o.verdict.video!.final)).toEqual([]);
    expect(once.find((o) => o.verdict.video!.final)!.verdict.decision).not.toBe('BLOCK');
  });
});
