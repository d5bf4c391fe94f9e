import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../services/common/config.js';
import { createLogger } from '../../../services/common/logger.js';
import { Judge } from '../../../services/pipeline/judge.js';
import { STAGES, StageTimes } from '../../../services/pipeline/stage-times.js';
import { createPolicy } from '../../../services/policy/index.js';
import { SpamDetector } from '../../../services/spam/index.js';
import type { ContentEvent } from '../../../services/schema/types.js';

const config = loadConfig({ VIGIL_RULES_RELOAD_MS: '0' }, { withoutKafka: true });
const events = (n: number, from = 0): ContentEvent[] => Array.from({ length: n }, (_, i) => ({
  kind: 'text', eventId: `e${from + i}`, senderId: `u${i % 3}`, occurredAt: Date.UTC(2026, 10, 30) + i, source: 'chat', conversationId: null,
  jurisdiction: null, locale: null, text: `hello ${i}`, replyToEventId: null, contexts: [],
}));

describe('StageTimes', () => {
  it('adds time per stage and counts events; a snapshot is a copy', () => {
    const t = new StageTimes();
    t.add('decode', 2);
    t.add('decode', 3);
    t.add('encode', 1);
    t.count(7);
    const s = t.snapshot();
    expect(s).toEqual({ ms: { decode: 5, classify: 0, rules: 0, encode: 1 }, events: 7 });
    t.add('rules', 4);
    expect(s.ms.rules).toBe(0);
  });

  it('the judge accounts each batch: every event counted once, classify and rules time recorded', async () => {
    const policy = createPolicy(config, createLogger('silent'), { watch: false });
    const judge = new Judge('spam', new SpamDetector(config.spam), policy.engine, policy.rules);
    await judge.judge(events(5));
    await judge.judge(events(3, 5));
    await judge.judge([]);
    const s = judge.stages.snapshot();
    expect(s.events).toBe(8);
    for (const stage of STAGES) expect(Number.isFinite(s.ms[stage]) && s.ms[stage] >= 0, stage).toBe(true);
    expect(s.ms.decode).toBe(0); // decode and encode are the worker's to add
  });
});
