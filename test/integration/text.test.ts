import { afterEach, describe, expect, it } from 'vitest';
import type { ContentEvent } from '../../services/schema/types.js';
import { TopicReader, encodeEvent, produce, startWorker, testEnv, type Verdict } from './harness.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const ev = (eventId: string, text: string, senderId = 'u'): ContentEvent => ({
  kind: 'text', eventId, occurredAt: Date.now() - 1000, source: 'chat', senderId, conversationId: 'c', jurisdiction: null, locale: null, text, replyToEventId: null, contexts: [],
});

describe('text worker on the local broker', () => {
  it('gives English and Chinese texts policy-tagged verdicts with rules and evidence', async () => {
    const env = testEnv();
    const { worker, config } = await startWorker(env, 'text');
    cleanups.push(() => worker.stop(10_000));
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    cleanups.push(() => verdicts.stop());
    await worker.start();
    const events = [
      ev('en-ok', 'are we still on for lunch tomorrow?', 'a'),
      ev('zh-ok', '明天中午一起吃饭吗？', 'b'),
      ev('en-scam', 'verify your account immediately at http://paypa1-secure-login.com or it will be closed', 'c'),
      ev('zh-job', '兼职日结，日赚500，在家躺赚，加微信 abc123', 'd'),
      ev('pii', '他的身份证号是11010519491231002X', 'e'),
    ];
    await produce(config, config.topics.text, events.map(encodeEvent));
    await verdicts.waitFor((r) => r.length >= events.length, 60_000);
    const by = new Map(verdicts.records.map((v) => [v.eventId, v]));
    expect(by.get('en-ok')!.decision).toBe('ALLOW');
    expect(by.get('zh-ok')!.decision).toBe('ALLOW');
    const scam = by.get('en-scam')!;
    expect(scam.decision).not.toBe('ALLOW');
    expect(scam.policies.map((p) => p.id)).toContain('cg-spam.g');
    const job = by.get('zh-job')!;
    expect(job.decision).toBe('BLOCK');
    expect(job.policies.map((p) => p.id)).toContain('cg-fraud-or-scams.a.3');
    // the job-scam rule: the scam signal and the job subtype head, its item the primary one
    expect(job.primaryPolicy).toBe('cg-fraud-or-scams.a.3');
    expect(job.rules.find((r) => r.id === 'text.scam.recruitment')!.evidence.map((e) => e.signal)).toEqual(['text.scam', 'text.scam.recruitment']);
    const pii = by.get('pii')!;
    expect(pii.categories.map((c) => c.name)).toContain('privacy');
    expect(pii.signals.find((s) => s.label === 'id-number')!.evidence).toEqual({ count: '1' });
  });
});
