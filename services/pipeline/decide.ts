import { deterministicId } from '../common/ids.js';
import type { PolicyCatalogue } from '../policy/catalogue.js';
import type { Category } from '../policy/categories.js';
import { ACTIONS, type Action, type CategoryScore, type ContentEvent, type ContentKind, type Decision, type PolicyRef, type Verdict } from '../schema/types.js';
import type { ClassifyResult } from './types.js';

export const PIPELINE_VERSION = '0.1.0';

export interface Thresholds {
  /** A finding at or above this score sends the event to human review. */
  readonly review: number;
  /** At or above this score the cited items' default decision applies (BLOCK for most). */
  readonly block: number;
}

/** Precision first: a wrong block on a chat message is costly, so block only at high confidence. */
export const DEFAULT_THRESHOLDS: Thresholds = { review: 0.5, block: 0.9 };

/** Contexts an event may declare, and the policy exceptions they invoke (CG "Exception", Gambling, Self-injury). */
export const CONTEXT_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  childbirth: ['cg-exception.a'],
  breastfeeding: ['cg-exception.b'],
  medical: ['cg-exception.c'],
  art: ['cg-exception.d'],
  lottery: ['cg-gambling.ii.a'],
  education: ['cg-gambling.ii.b'],
  recovery: ['cg-self-injury-or-suicide.b'],
};

const KIND: Record<ContentEvent['kind'], ContentKind> = { text: 'TEXT', image: 'IMAGE', 'video-frame': 'VIDEO_FRAME' };
const RANK: Record<Decision, number> = { ALLOW: 0, REVIEW: 1, BLOCK: 2 };

export interface DecideInput {
  readonly service: string;
  readonly event: ContentEvent;
  readonly result: ClassifyResult;
  readonly latencyMs: number;
  readonly now: number;
}

/**
 * Turns a classifier's findings into a policy-tagged verdict: each finding's score is compared with the
 * thresholds; at `block` the cited items' default decision and actions apply, unless the event declares
 * a context that one of the items lists as an exception (then REVIEW).
 */
export function buildVerdict(catalogue: PolicyCatalogue, input: DecideInput, thresholds: Record<string, Thresholds> = {}): Verdict {
  const { event, result } = input;
  const contexts = 'contexts' in event ? event.contexts : [];
  const invoked = new Set(contexts.flatMap((c) => CONTEXT_EXCEPTIONS[c] ?? []));
  let decision: Decision = 'ALLOW';
  const actions = new Set<Action>();
  const categories = new Map<Category, number>();
  const policies = new Map<string, PolicyRef>();
  const notes = [...(result.notes ?? [])];

  for (const f of result.findings) {
    const t = thresholds[f.category] ?? DEFAULT_THRESHOLDS;
    if (f.score < t.review) continue;
    categories.set(f.category, Math.max(categories.get(f.category) ?? 0, f.score));
    for (const id of f.policies) {
      const item = catalogue.require(id);
      policies.set(id, { id: item.id, section: item.section, title: item.title });
      let d: Decision = f.score >= t.block ? (item.defaultDecision ?? 'REVIEW') : 'REVIEW';
      const excepted = item.exceptions.find((x) => invoked.has(x));
      if (d === 'BLOCK' && excepted) {
        d = 'REVIEW';
        notes.push(`${id}: exception ${excepted} declared by context; block turned into review`);
      }
      if (d === 'BLOCK') for (const a of item.actions) actions.add(a);
      if (RANK[d] > RANK[decision]) decision = d;
    }
  }
  return {
    verdictId: deterministicId(input.service, event.eventId),
    eventId: event.eventId,
    contentKind: KIND[event.kind],
    senderId: event.senderId,
    conversationId: event.conversationId,
    decision,
    actions: decision === 'BLOCK' ? ACTIONS.filter((a) => actions.has(a)) : [],
    categories: [...categories].map(([name, score]): CategoryScore => ({ name, score })).sort((a, b) => b.score - a.score),
    policies: [...policies.values()],
    signals: [...result.signals],
    jurisdiction: event.jurisdiction,
    occurredAt: event.occurredAt,
    decidedAt: input.now,
    latencyMs: input.latencyMs,
    service: input.service,
    pipelineVersion: PIPELINE_VERSION,
    notes,
  };
}
