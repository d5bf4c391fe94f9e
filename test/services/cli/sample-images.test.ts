import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_POSTER_LINES, SAMPLE_POSTER_QR, sampleImages } from '../../../services/cli/sample-images.js';
import { loadConfig } from '../../../services/common/config.js';
import { createLogger } from '../../../services/common/logger.js';
import { createPolicy } from '../../../services/policy/index.js';
import { createPipeline, type ServicePipeline } from '../../../services/runtime/create-worker.js';
import { SERVICES } from '../../../services/runtime/services.js';
import type { Verdict } from '../../../services/schema/types.js';

describe('the sample feed\'s ad poster (make run)', () => {
  let image: ServicePipeline;
  beforeAll(async () => {
    const cfg = loadConfig({ VIGIL_HASH_BANKS_RELOAD_MS: '0', VIGIL_RULES_RELOAD_MS: '0', VIGIL_TEXT_THREADS: '0', VIGIL_NSFW_CASCADE: '' }, { withoutKafka: true });
    image = await createPipeline(SERVICES.image!, cfg, createPolicy(cfg, createLogger('silent'), { watch: false }));
  }, 120_000);

  it('is blocked on the text it shows and its QR code, with where they were read as evidence and never the text', async () => {
    const poster = (await sampleImages()).find((i) => i.name === 'ad-poster')!;
    const [j] = await image.judge.judge([{ kind: 'image', eventId: 'ad-poster', occurredAt: Date.now(), source: 'feed', senderId: 'sample', conversationId: null, jurisdiction: null, locale: null, contexts: [], mimeType: 'image/jpeg', bytes: poster.bytes, caption: null }]);
    if (!j!.ok) throw j!.error;
    const v: Verdict = j!.verdict;
    expect(v.decision).toBe('BLOCK');
    expect(poster.expect).toMatch(/^block/);
    const fromText = v.signals.filter((s) => s.evidence.source === 'image-text');
    expect(fromText.map((s) => `${s.classifier}.${s.label}`)).toContain('text.scam.recruitment');
    for (const s of fromText) expect(s.evidence).toMatchObject({ box: expect.stringMatching(/^[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+$/), ocrModel: expect.any(String), ocrConfidence: expect.any(String) });
    expect(v.signals.find((s) => s.classifier === 'qr' && s.label === 'contact-handoff')?.evidence).toMatchObject({ kind: 'group-invite' });
    expect(v.rules.filter((r) => r.decision === 'BLOCK').map((r) => r.id)).toEqual(expect.arrayContaining(['text.scam.recruitment', 'image.qr-ad']));
    const dump = JSON.stringify(v);
    for (const line of SAMPLE_POSTER_LINES) for (const part of line.split(' ')) expect(dump).not.toContain(part);
    expect(dump).not.toContain(SAMPLE_POSTER_QR);
  });
});
