import { deterministicId } from '../common/ids.js';
import { signalSpec, type PolicyCatalogue, type Rule, type RuleSet } from '../policy/index.js';
import { ACTIONS, type Action, type Verdict } from '../schema/types.js';
import { PIPELINE_VERSION } from '../pipeline/verdict.js';
import type { ItemSource, Outcome, ReviewDecision } from './types.js';

export const ENFORCEMENT_SERVICE = 'review';

const SOURCE: Record<ItemSource, ReviewDecision['source']> = { review: 'REVIEW', priority: 'PRIORITY', appeal: 'APPEAL', shadow: 'SHADOW' };
const OUTCOME: Record<Outcome, ReviewDecision['outcome']> = { confirm: 'CONFIRM', overturn: 'OVERTURN', change_category: 'CHANGE_CATEGORY' };

export interface DecisionInput {
  readonly itemId: string;
  readonly source: ItemSource;
  readonly appealId: string | null;
  readonly verdict: Verdict;
  readonly outcome: Outcome;
  /** The policy item the reviewer confirms (confirm: one the verdict cites; change_category: any catalogue item). */
  readonly policyId: string | null;
  readonly reviewerId: string;
  readonly decidedAt: number;
}

export interface BuiltDecision {
  readonly event: ReviewDecision;
  /** The verdict that enforces a confirmed review item (null when nothing new is enforced). */
  readonly enforcement: Verdict | null;
  readonly category: string | null;
  readonly ruleIds: string[];
}

/** A review rule's block-level twin (`x.review` → `x`), or the rule itself. */
function blockRule(rules: RuleSet, id: string): Rule | undefined {
  const base = id.endsWith('.review') ? id.slice(0, -'.review'.length) : id;
  return rules.rules.find((r) => r.id === base && r.decision === 'BLOCK') ?? rules.rules.find((r) => r.id === id);
}

/**
 * The decision event of a reviewer's decision and, for a confirmed review item, its enforcement: a new
 * verdict (its id derived from the decision) with the confirmed rule's block-level actions and strike
 * weight, the way the policy engine computes them for a block (cited items' severities → ladder weight;
 * the ladder step the sender's strikes reach adds restrict/terminate). Overturning an appealed block
 * removes the strikes that block added (strikeDelta < 0). Shadow, priority and appeal confirmations
 * enforce nothing new (a shadow rule is never enforced; the others were blocks already).
 */
export function buildDecision(i: DecisionInput, rules: RuleSet, catalogue: PolicyCatalogue): BuiltDecision {
  const decisionId = deterministicId('review-decision', i.itemId);
  const v = i.verdict;
  // a shadow item measures its shadow rules only; any other item the rules that were enforced
  const ruleIds = v.rules.filter((r) => r.shadow === (i.source === 'shadow')).map((r) => r.id);
  let category: string | null = v.categories[0]?.name ?? null;
  let strikeDelta = 0;
  let enforcement: Verdict | null = null;
  if (i.outcome === 'overturn') {
    category = null;
    if (i.source === 'appeal' && v.decision === 'BLOCK') strikeDelta = -v.strikeWeight;
  } else {
    const item = i.policyId ? catalogue.get(i.policyId) : undefined;
    if (i.policyId && !item) throw new Error(`unknown policy item ${i.policyId}`);
    if (item?.category) category = item.category;
    if (i.source === 'review') {
      const fired = v.rules.filter((r) => !r.shadow && (!i.policyId || r.policies.includes(i.policyId)));
      const policies = i.outcome === 'change_category' || fired.length === 0 ? (i.policyId ? [i.policyId] : v.policies.map((p) => p.id)) : [...new Set(fired.flatMap((r) => r.policies))];
      // as the engine bounds a block by its evidence: only a hash-bank match terminates by itself or
      // notifies authorities, and fuzzy evidence adds at most the ladder's maxFuzzyWeight
      const specs = fired.flatMap((r) => r.evidence.map((e) => signalSpec(e.signal)));
      const exact = specs.some((x) => x?.evidence === 'exact');
      const notifies = specs.some((x) => x?.notifies === true);
      const actions = new Set<Action>();
      let weight = 0;
      for (const id of policies) {
        const entry = catalogue.require(id);
        const rule = i.outcome === 'confirm' ? fired.map((r) => blockRule(rules, r.id)).find((r) => r?.policies.includes(id)) : undefined;
        for (const a of rule?.actions ?? entry.actions) if (!((a === 'NOTIFY_AUTHORITIES' && !notifies) || (a === 'TERMINATE_ACCOUNT' && !exact))) actions.add(a);
        weight = Math.max(weight, rules.ladder.weights[entry.severity === 'none' ? 'low' : entry.severity]);
      }
      if (!exact) weight = Math.min(weight, rules.ladder.maxFuzzyWeight);
      const strikes = v.strikes + weight;
      const notes = [`review: ${i.outcome === 'confirm' ? 'confirmed' : 'category changed'} by reviewer decision ${decisionId}`];
      const step = [...rules.ladder.steps].reverse().find((st) => strikes >= st.strikes);
      if (step) {
        for (const a of step.actions) actions.add(a);
        notes.push(`enforcement ladder: ${strikes.toFixed(2)} strikes >= ${step.strikes}: ${step.actions.join(', ').toLowerCase()}`);
      }
      if (actions.has('TERMINATE_ACCOUNT')) actions.delete('RESTRICT_ACCOUNT');
      strikeDelta = weight;
      enforcement = {
        ...v,
        verdictId: deterministicId(ENFORCEMENT_SERVICE, decisionId),
        decision: 'BLOCK',
        actions: ACTIONS.filter((a) => actions.has(a)),
        categories: category ? [{ name: category, score: v.categories.find((c) => c.name === category)?.score ?? 1 }] : v.categories,
        policies: policies.map((id) => catalogue.ref(id)),
        primaryPolicy: i.policyId ?? policies[0] ?? null,
        rules: v.rules.filter((r) => fired.includes(r)).map((r) => ({ ...r, decision: 'BLOCK' })),
        decidedAt: i.decidedAt,
        latencyMs: Math.max(0, i.decidedAt - v.decidedAt),
        service: ENFORCEMENT_SERVICE,
        pipelineVersion: PIPELINE_VERSION,
        notes,
        strikes,
        strikeWeight: weight,
      };
    }
  }
  return {
    category,
    ruleIds,
    enforcement,
    event: {
      decisionId,
      itemId: i.itemId,
      verdictId: v.verdictId,
      eventId: v.eventId,
      senderId: v.senderId,
      source: SOURCE[i.source],
      outcome: OUTCOME[i.outcome],
      category,
      policyId: i.policyId,
      ruleIds,
      reviewer: i.reviewerId,
      decidedAt: i.decidedAt,
      occurredAt: v.occurredAt,
      strikeDelta,
      enforcementVerdictId: enforcement?.verdictId ?? null,
      appealId: i.appealId,
    },
  };
}
