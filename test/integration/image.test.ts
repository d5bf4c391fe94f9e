import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { hashImage } from '../../services/image/hash.js';
import type { ContentEvent } from '../../services/schema/types.js';
import { scene } from '../../services/cli/sample-images.js';
import { TopicReader, encodeEvent, produce, startWorker, testEnv, type DeadLetter, type Verdict } from './harness.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const ev = (eventId: string, bytes: Buffer): ContentEvent => ({
  kind: 'image', eventId, occurredAt: Date.now() - 1000, source: 'feed', senderId: `s-${eventId}`, conversationId: null, jurisdiction: null, locale: null,
  mimeType: 'image/jpeg', bytes, caption: null, contexts: [],
});

describe('image worker on the local broker', () => {
  it('blocks a banked image (priority topic too), allows others, dead-letters undecodable ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-image-it-'));
    const banked = await scene(101);
    writeFileSync(join(dir, 'bank.txt'), `${(await hashImage(banked)).pdq}\n`);
    writeFileSync(join(dir, 'banks.yaml'), 'banks:\n  - { name: synthetic-csam, file: bank.txt, category: csam }\n');
    const env = testEnv({ VIGIL_HASH_BANKS: join(dir, 'banks.yaml'), VIGIL_NSFW_CASCADE: 'mobilenet_v2:onnx' });
    const { worker, config, registry } = await startWorker(env, 'image');
    cleanups.push(() => worker.stop(10_000));
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    const priority = await new TopicReader<Verdict>(config, config.topics.priority).start();
    const dead = await new TopicReader<DeadLetter>(config, config.topics.deadLetter).start();
    cleanups.push(() => verdicts.stop(), () => priority.stop(), () => dead.stop());
    await worker.start();
    const events = [
      ev('copy', await sharp(banked).resize(480).webp().toBuffer()),
      ev('other', await scene(102)),
      ev('broken', banked.subarray(0, 3000)),
      ev('svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>')),
    ];
    await produce(config, config.topics.image, events.map(encodeEvent));
    await verdicts.waitFor((r) => r.length >= 2, 60_000);
    await dead.waitFor((r) => r.length >= 2, 30_000);
    await priority.waitFor((r) => r.length >= 1, 30_000);
    const by = new Map(verdicts.records.map((v) => [v.eventId, v]));
    expect(by.get('copy')!.decision).toBe('BLOCK');
    expect(by.get('copy')!.actions).toContain('NOTIFY_AUTHORITIES');
    expect(by.get('other')!.decision).toBe('ALLOW');
    expect(priority.records.map((v) => v.eventId)).toEqual(['copy']);
    expect(Object.fromEntries(dead.records.map((d) => [String(d.originalKey), d.errorCode]))).toEqual({ 's-broken': 'VGL_IMAGE_DECODE', 's-svg': 'VGL_IMAGE_FORMAT' });
    const metrics = await registry.metrics();
    expect(metrics).toMatch(/vigil_hash_bank_entries\{bank="synthetic-csam"\} 1/);
    expect(metrics).toMatch(/vigil_hash_bank_matches_total\{bank="synthetic-csam",method="pdq"\} 1/);
    expect(metrics).toMatch(/vigil_model_loaded\{model="nsfwjs-mobilenet_v2",runtime="onnx"\} 1/);
    expect(metrics).toMatch(/vigil_dead_letters_total\{service="image",reason="VGL_IMAGE_DECODE"\} 1/);
    expect(metrics).not.toMatch(/[0-9a-f]{64}/); // no hash in any label
  });
});
