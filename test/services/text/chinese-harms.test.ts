/**
 * The Chinese harms table: hand-written messages (test/services/text/chinese-harms.table.ts, not from the
 * training corpus) judged by the whole text pipeline with the default rules, as `vigil classify` would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../services/common/config.js';
import { createLogger } from '../../../services/common/logger.js';
import { createPolicy } from '../../../services/policy/index.js';
import { createPipeline, type ServicePipeline } from '../../../services/runtime/create-worker.js';
import { SERVICES } from '../../../services/runtime/services.js';
import type { ContentEvent, Verdict } from '../../../services/schema/types.js';
import { HARMFUL, HARMFUL_WIDER, INNOCENT, INNOCENT_WIDER, ISSUE_MESSAGES, KIND_TALK, KIND_TRADE, TERM_NEWS, TERM_TRADE, type TableRow } from './chinese-harms.table.js';

let pipeline: ServicePipeline;
beforeAll(async () => {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' }, { withoutKafka: true });
  pipeline = await createPipeline(SERVICES.text!, config, createPolicy(config, createLogger('silent'), { watch: false }), { logger: createLogger('silent') });
}, 60_000);
afterAll(async () => (pipeline?.classifier as { dispose?: () => Promise<void> } | undefined)?.dispose?.());

async function judge(rows: readonly TableRow[]): Promise<Verdict[]> {
  const events = rows.map((r, i): ContentEvent => ({ kind: 'text', eventId: `t${i}`, senderId: `table-${i}-${r.text.length}`, occurredAt: 1_764_500_000_000, source: 'chat', conversationId: null, jurisdiction: null, locale: null, text: r.text, replyToEventId: null, contexts: [] }));
  return (await pipeline.judge.judge(events)).map((r) => {
    if (!r.ok) throw r.error;
    return r.verdict;
  });
}
const got = (v: Verdict) => `${v.decision} ${v.categories.map((c) => `${c.name}=${c.score.toFixed(2)}`).join(',') || '-'}`;

describe('Chinese harms (hand-written table)', () => {
  it('flags each message quoted in the issue with its category', async () => {
    const verdicts = await judge(ISSUE_MESSAGES);
    ISSUE_MESSAGES.forEach((r, i) => {
      expect(verdicts[i]!.decision, `${r.text} → ${got(verdicts[i]!)}`).not.toBe('ALLOW');
      expect(verdicts[i]!.categories.map((c) => c.name), `${r.text} → ${got(verdicts[i]!)}`).toContain(r.category);
    });
  });

  it('flags each harmful message with its category', async () => {
    const verdicts = await judge(HARMFUL);
    const missed = HARMFUL.map((r, i) => (verdicts[i]!.decision !== 'ALLOW' && verdicts[i]!.categories.some((c) => c.name === r.category) ? null : `${r.category}: ${r.text} → ${got(verdicts[i]!)}`)).filter(Boolean);
    expect(missed).toEqual([]);
  });

  // an emoji in every gap between two Chinese characters (约🔥炮): without the normaliser's removal the model caught
  // 0.476 of never-trained held-aside messages so written, against 0.853 as written
  it('flags each harmful message with its category when emoji are put between its characters', async () => {
    const marks = ['🔥', '❤', '💋', '✨', '💰', '★'];
    let k = 0;
    const laced = HARMFUL.map((r) => ({ ...r, text: r.text.replace(/(?<=\p{Script=Han})(?=\p{Script=Han})/gu, () => marks[k++ % marks.length]!) }));
    expect(laced.filter((r, i) => r.text === HARMFUL[i]!.text)).toEqual([]);
    const verdicts = await judge(laced);
    const missed = laced.map((r, i) => (verdicts[i]!.decision !== 'ALLOW' && verdicts[i]!.categories.some((c) => c.name === r.category) ? null : `${r.category}: ${r.text} → ${got(verdicts[i]!)}`)).filter(Boolean);
    expect(missed).toEqual([]);
  });

  // the hard-negative budget of the issue (≤ 2 % of look-alikes flagged) allows one of these 40; measured today:
  // 加我微信吧，以后方便联系 (two people swapping contacts) reviewed as a scam — the contact hand-off cue at work
  it('allows the innocent look-alikes: at most one of them flagged', async () => {
    const verdicts = await judge(INNOCENT);
    const flagged = INNOCENT.map((r, i) => (verdicts[i]!.decision === 'ALLOW' ? null : `${r.text} → ${got(verdicts[i]!)}`)).filter(Boolean);
    expect(flagged.length, flagged.join('\n')).toBeLessThanOrEqual(1);
    // nothing innocent is blocked
    expect(verdicts.filter((v) => v.decision === 'BLOCK').map(got)).toEqual([]);
  });

  it('flags at least 85 % of the wider table with its category and at most one of its look-alikes', async () => {
    const verdicts = await judge(HARMFUL_WIDER);
    const missed = HARMFUL_WIDER.map((r, i) => (verdicts[i]!.decision !== 'ALLOW' && verdicts[i]!.categories.some((c) => c.name === r.category) ? null : `${r.category}: ${r.text} → ${got(verdicts[i]!)}`)).filter(Boolean);
    expect(missed.length / HARMFUL_WIDER.length, missed.join('\n')).toBeLessThanOrEqual(0.15);
    const innocent = await judge(INNOCENT_WIDER);
    const flagged = INNOCENT_WIDER.map((r, i) => (innocent[i]!.decision === 'ALLOW' ? null : `${r.text} → ${got(innocent[i]!)}`)).filter(Boolean);
    expect(flagged.length, flagged.join('\n')).toBeLessThanOrEqual(1);
  });
  // laundering and wildlife terms alone (跑分, 洗钱, 穿山甲) are common in warnings and news: their rules need a
  // scam or black-market model to see the trade as well (policy/rules.yaml)
  it('reviews laundering and wildlife trade, and allows news and warnings that use the same terms', async () => {
    const verdicts = await judge([...TERM_TRADE, ...TERM_NEWS]);
    TERM_TRADE.forEach((r, i) => expect(verdicts[i]!.categories.map((c) => c.name), `${r.text} → ${got(verdicts[i]!)}`).toContain(r.category));
    TERM_NEWS.forEach((r, i) => expect(verdicts[TERM_TRADE.length + i]!.decision, `${r.text} → ${got(verdicts[TERM_TRADE.length + i]!)}`).toBe('ALLOW'));
  });

  // the black-market head is one head for every kind; its own rule cites the general item (.k), and a kind's item
  // (.c tobacco, .h enhancement products, .i driving points; surrogacy has its own rule on .k) only where the lexicon's kind terms name it as well
  it('names the kind of a black-market trade by its own item, and allows everyday talk with the kind terms', async () => {
    const verdicts = await judge([...KIND_TRADE, ...KIND_TALK]);
    KIND_TRADE.forEach((r, i) => {
      const v = verdicts[i]!;
      expect(v.categories.map((c) => c.name), `${r.text} → ${got(v)}`).toContain(r.category);
      expect(v.rules.map((h) => h.id.replace(/\.review$/, '')), `${r.text} → ${got(v)}`).toContain(r.rule);
    });
    KIND_TALK.forEach((r, i) => expect(verdicts[KIND_TRADE.length + i]!.decision, `${r.text} → ${got(verdicts[KIND_TRADE.length + i]!)}`).toBe('ALLOW'));
  });

  it('never notifies authorities or terminates on one text, and cites at most three items, the primary first', async () => {
    const verdicts = await judge([...ISSUE_MESSAGES, ...HARMFUL]);
    for (const v of verdicts) {
      expect(v.actions).not.toContain('NOTIFY_AUTHORITIES');
      expect(v.actions).not.toContain('TERMINATE_ACCOUNT');
      expect(v.policies.length).toBeLessThanOrEqual(3);
      if (v.decision !== 'ALLOW') expect(v.primaryPolicy).toBe(v.policies[0]!.id);
    }
  });
});
