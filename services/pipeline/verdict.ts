import { deterministicId } from '../common/ids.js';
import type { Outcome } from '../policy/engine.js';
import type { ContentEvent, ContentKind, ModelRef, Verdict } from '../schema/types.js';

export type { ModelRef } from '../schema/types.js';

export const PIPELINE_VERSION = '0.2.0';

const KIND: Record<ContentEvent['kind'], ContentKind> = { text: 'TEXT', image: 'IMAGE', 'video-frame': 'VIDEO_FRAME' };

export interface VerdictInput {
  readonly service: string;
  readonly event: ContentEvent;
  readonly outcome: Outcome;
  readonly signals: Verdict['signals'];
  readonly notes: readonly string[];
  readonly rulesVersion: string;
  readonly latencyMs: number;
  readonly now: number;
}

/**
 * An ALLOW verdict keeps only the signals scoring at least this, each with its evidence (verdict v5):
 * below it a signal decided nothing and says little (the lowest rule threshold is 0.3). REVIEW and BLOCK
 * verdicts keep every signal.
 */
export const ALLOW_SIGNAL_FLOOR = 0.2;

/** Verdict v5 as toVerdict writes it: `signalFloor` and `models` (optional in Verdict) set (schemas/verdict.v5.avsc). */
export type VerdictV5 = Verdict & Required<Pick<Verdict, 'signalFloor' | 'models'>>;

/**
 * The distinct models behind a verdict's signals, in order of first appearance; a text model's heads
 * (`vigil-text-en/scam`, `vigil-text-en/drugs`) count as one model (`vigil-text-en`).
 */
export function modelsOf(signals: readonly Verdict['signals'][number][]): ModelRef[] {
  const out: ModelRef[] = [];
  for (const s of signals) {
    const slash = s.modelId.indexOf('/');
    const modelId = slash < 0 ? s.modelId : s.modelId.slice(0, slash);
    if (!out.some((m) => m.modelId === modelId && m.modelVersion === s.modelVersion && m.classifier === s.classifier)) out.push({ classifier: s.classifier, modelId, modelVersion: s.modelVersion });
  }
  return out;
}

/** The Avro Verdict for an engine outcome. verdictId is deterministic per (service, eventId). */
export function toVerdict(i: VerdictInput): VerdictV5 {
  const o = i.outcome;
  const slim = o.decision === 'ALLOW';
  return {
    verdictId: deterministicId(i.service, i.event.eventId),
    eventId: i.event.eventId,
    contentKind: KIND[i.event.kind],
    senderId: i.event.senderId,
    conversationId: i.event.conversationId,
    decision: o.decision,
    actions: o.actions,
    categories: o.categories,
    policies: o.policies,
    primaryPolicy: o.policies[0]?.id ?? null,
    signals: slim ? i.signals.filter((s) => s.score >= ALLOW_SIGNAL_FLOOR) : [...i.signals],
    signalFloor: slim ? ALLOW_SIGNAL_FLOOR : 0,
    models: modelsOf(i.signals),
    jurisdiction: i.event.jurisdiction,
    occurredAt: i.event.occurredAt,
    decidedAt: i.now,
    latencyMs: i.latencyMs,
    service: i.service,
    pipelineVersion: PIPELINE_VERSION,
    notes: [...i.notes, ...o.notes],
    rules: o.rules.map((r) => ({ id: r.id, decision: r.decision, shadow: r.shadow, category: r.category, score: r.score, policies: [...r.policies], evidence: r.evidence.map((e) => ({ ...e })), exception: r.exception })),
    rulesVersion: i.rulesVersion,
    strikes: o.strikes,
    strikeWeight: o.strikeWeight,
    video: null,
  };
}
