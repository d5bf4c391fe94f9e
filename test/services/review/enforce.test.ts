import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../services/common/paths.js';
import { deterministicId } from '../../../services/common/ids.js';
import { PolicyCatalogue, loadRules } from '../../../services/policy/index.js';
import { buildDecision } from '../../../services/review/enforce.js';
import type { Verdict } from '../../../services/schema/types.js';

const catalogue = PolicyCatalogue.load();
const rules = loadRules(join(projectRoot(), 'policy', 'rules.yaml'), catalogue);
const spamRule = rules.rules.find((r) => r.id === 'spam.frequency' && r.decision === 'BLOCK')!;

function reviewVerdict(o: Partial<Verdict> = {}): Verdict {
  return {
    verdictId: 'v-1', eventId: 'e-1', contentKind: 'TEXT', senderId: 's-1', conversationId: null, decision: 'REVIEW', actions: [],
    categories: [{ name: 'spam', score: 0.7 }], policies: spamRule.policies.map((id) => catalogue.ref(id)), signals: [], jurisdiction: null,
    occurredAt: 1_780_000_000_000, decidedAt: 1_780_000_000_005, latencyMs: 1, service: 'spam', pipelineVersion: '0.2.0', notes: [],
    rules: [{ id: 'spam.frequency.review', decision: 'REVIEW', shadow: false, category: 'spam', score: 0.7, policies: [...spamRule.policies], evidence: [{ signal: 'spam.frequency', value: 0.7, op: 'gte', threshold: 0.5 }], exception: null }],
    rulesVersion: 'test', strikes: 0, strikeWeight: 0, video: null, ...o,
  };
}

const input = { itemId: '7', source: 'review' as const, appealId: null, reviewerId: 'account:1', decidedAt: 1_780_000_100_000 };

describe('buildDecision', () => {
  it('enforces a confirmed review item with the block-level rule\'s actions and strikes, under an id derived from the decision', () => {
    const policyId = spamRule.policies[0]!;
    const d = buildDecision({ ...input, verdict: reviewVerdict(), outcome: 'confirm', policyId }, rules, catalogue);
    const severities = spamRule.policies.map((id) => catalogue.require(id).severity).map((s) => rules.ladder.weights[s === 'none' ? 'low' : s]);
    const weight = Math.min(Math.max(...severities), rules.ladder.maxFuzzyWeight);
    expect(d.event).toMatchObject({ decisionId: deterministicId('review-decision', '7'), outcome: 'CONFIRM', source: 'REVIEW', strikeDelta: weight, policyId, occurredAt: 1_780_000_000_000 });
    expect(d.enforcement).toMatchObject({ verdictId: deterministicId('review', d.event.decisionId), decision: 'BLOCK', service: 'review', strikeWeight: weight, strikes: weight, eventId: 'e-1' });
    const expected = new Set(spamRule.actions ?? spamRule.policies.flatMap((id) => catalogue.require(id).actions));
    expected.delete('TERMINATE_ACCOUNT'); // fuzzy evidence never terminates by itself
    expected.delete('NOTIFY_AUTHORITIES');
    expect(new Set(d.enforcement!.actions)).toEqual(expected);
    expect(d.event.enforcementVerdictId).toBe(d.enforcement!.verdictId);
  });

  it('adds the ladder step the sender reaches', () => {
    const d = buildDecision({ ...input, verdict: reviewVerdict({ strikes: 5.5 }), outcome: 'confirm', policyId: spamRule.policies[0]! }, rules, catalogue);
    const top = [...rules.ladder.steps].reverse().find((s) => d.enforcement!.strikes >= s.strikes)!;
    for (const a of top.actions) expect(d.enforcement!.actions).toContain(a);
  });

  it('takes back the strikes of an overturned appealed block, and enforces nothing new', () => {
    const d = buildDecision({ ...input, source: 'appeal', appealId: 'a-1', verdict: reviewVerdict({ decision: 'BLOCK', strikeWeight: 1.5 }), outcome: 'overturn', policyId: null }, rules, catalogue);
    expect(d.event).toMatchObject({ outcome: 'OVERTURN', source: 'APPEAL', strikeDelta: -1.5, appealId: 'a-1', category: null });
    expect(d.enforcement).toBeNull();
  });

  it('enforces nothing for a confirmed shadow item or an overturned review item', () => {
    expect(buildDecision({ ...input, source: 'shadow', verdict: reviewVerdict(), outcome: 'confirm', policyId: null }, rules, catalogue)).toMatchObject({ enforcement: null, event: { strikeDelta: 0 } });
    expect(buildDecision({ ...input, verdict: reviewVerdict(), outcome: 'overturn', policyId: null }, rules, catalogue)).toMatchObject({ enforcement: null, event: { strikeDelta: 0 } });
  });

  it('changes the category to the chosen catalogue item', () => {
    const d = buildDecision({ ...input, verdict: reviewVerdict(), outcome: 'change_category', policyId: 'cg-fraud-or-scams.a' }, rules, catalogue);
    expect(d.category).toBe(catalogue.require('cg-fraud-or-scams.a').category);
    expect(d.enforcement?.policies.map((p) => p.id)).toEqual(['cg-fraud-or-scams.a']);
  });
});
