import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentEvent } from '../../services/schema/types.js';
import { TopicReader, encodeEvent, produce, startWorker, testEnv, waitUntil, type Verdict } from './harness.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const T0 = Date.now() - 3_600_000;
function burst(sender: string, n: number, start: number, prefix: string): ContentEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'text' as const, eventId: `${prefix}-${i}`, occurredAt: start + i * 100, source: 'chat', senderId: sender, conversationId: 'c',
    jurisdiction: null, locale: null, text: `message ${i}`, replyToEventId: null, contexts: [],
  }));
}

function rulesFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vigil-policy-')), 'rules.yaml');
  writeFileSync(file, text);
  return file;
}

const RULES = (version: string, block: number) => `version: ${version}
rules:
  - { id: freq, signal: spam.frequency, review: 0.5, block: ${block}, category: spam, policies: [cg-spam.b, aup-6.a] }
  - { id: freq-shadow, signal: spam.frequency, block: 0.55, category: spam, policies: [cg-spam.b], shadow: true }
`;

describe('policy engine in the worker', () => {
  it('sends review verdicts to the review topic and shadow verdicts to the shadow topic', async () => {
    const env = testEnv({ VIGIL_RULES_FILE: rulesFile(RULES('s1', 0.9)) });
    const { worker, registry, config } = await startWorker(env);
    cleanups.push(() => worker.stop(10_000));
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    const review = await new TopicReader<Verdict>(config, config.topics.review).start();
    const shadow = await new TopicReader<Verdict>(config, config.topics.shadow).start();
    cleanups.push(() => verdicts.stop(), () => review.stop(), () => shadow.stop());
    await worker.start();
    await produce(config, config.topics.text, burst('b', 40, T0, 'rs').map(encodeEvent));
    await verdicts.waitFor((r) => r.length >= 40);
    const reviewed = verdicts.records.filter((v) => v.decision === 'REVIEW');
    expect(reviewed.length).toBeGreaterThan(0);
    await review.waitFor((r) => r.length >= reviewed.length);
    expect(review.records.map((v) => v.eventId).sort()).toEqual(reviewed.map((v) => v.eventId).sort());
    expect(review.records.every((v) => v.rules.length > 0 && v.rules.every((r) => r.evidence.length > 0))).toBe(true);
    // the shadow rule blocks from 0.55: a shadow verdict exists for events the enforced rules only review
    await shadow.waitFor((r) => r.length >= 1);
    const s = shadow.records.find((v) => reviewed.some((x) => x.eventId === v.eventId))!;
    expect(s.decision).toBe('BLOCK');
    expect(s.rules.find((r) => r.id === 'freq-shadow')!.shadow).toBe(true);
    expect(verdicts.records.find((v) => v.eventId === s.eventId)!.decision).toBe('REVIEW');
    const metrics = await registry.metrics();
    expect(metrics).toMatch(/vigil_rules_fired_total\{service="spam",rule="freq-shadow",mode="shadow"\} \d+/);
    expect(metrics).toMatch(/vigil_rules_fired_total\{service="spam",rule="freq",mode="enforced"\} \d+/);
  });

  it('restores sender strikes from the verdict topic after a restart', async () => {
    const env = testEnv({ VIGIL_RULES_FILE: rulesFile(RULES('r1', 0.9)) });
    const first = await startWorker(env);
    const verdicts = await new TopicReader<Verdict>(first.config, first.config.topics.verdicts).start();
    cleanups.push(() => verdicts.stop());
    await first.worker.start();
    await produce(first.config, first.config.topics.text, burst('repeat', 50, T0, 'r1').map(encodeEvent));
    await verdicts.waitFor((r) => r.length >= 50);
    const strikesBefore = Math.max(...verdicts.records.map((v) => v.strikes));
    expect(strikesBefore).toBeGreaterThanOrEqual(6);
    expect(verdicts.records.some((v) => v.actions.includes('TERMINATE_ACCOUNT'))).toBe(true);
    await first.worker.stop(10_000);

    const second = await startWorker(env);
    cleanups.push(() => second.worker.stop(10_000));
    await second.worker.start();
    // a fresh burst an hour of event time later: its first block already carries the restored strikes
    await produce(second.config, second.config.topics.text, burst('repeat', 50, T0 + 3_600_000, 'r2').map(encodeEvent));
    await verdicts.waitFor((r) => r.filter((v) => v.eventId.startsWith('r2-')).length >= 50);
    const firstBlock = verdicts.records.filter((v) => v.eventId.startsWith('r2-') && v.decision === 'BLOCK')[0]!;
    expect(firstBlock.strikes).toBeGreaterThan(strikesBefore * 0.9); // 1 h of a 30-day half-life: barely decayed
    expect(firstBlock.actions).toContain('TERMINATE_ACCOUNT');
  });

  it('reloads a changed rule file in a running worker and rejects a broken one', async () => {
    const file = rulesFile(RULES('v1', 0.9));
    const env = testEnv({ VIGIL_RULES_FILE: file, VIGIL_RULES_RELOAD_MS: '100' });
    const { worker, config } = await startWorker(env);
    cleanups.push(() => worker.stop(10_000));
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    cleanups.push(() => verdicts.stop());
    await worker.start();
    await waitUntil(() => worker.isReady(), 30_000, 'ready');
    await produce(config, config.topics.text, burst('x', 5, T0, 'before').map(encodeEvent));
    await verdicts.waitFor((r) => r.length >= 5);
    writeFileSync(file, RULES('v2', 0.8));
    await new Promise((r) => setTimeout(r, 500));
    writeFileSync(file, 'version: v3\nrules: [ { id: broken, signal: no.such, block: 0.5, category: spam, policies: [cg-spam.b] } ]\n');
    await new Promise((r) => setTimeout(r, 500));
    await produce(config, config.topics.text, burst('y', 5, T0, 'after').map(encodeEvent));
    await verdicts.waitFor((r) => r.length >= 10);
    expect(new Set(verdicts.records.filter((v) => v.eventId.startsWith('before')).map((v) => v.rulesVersion))).toEqual(new Set(['v1']));
    expect(new Set(verdicts.records.filter((v) => v.eventId.startsWith('after')).map((v) => v.rulesVersion))).toEqual(new Set(['v2']));
  });
});
