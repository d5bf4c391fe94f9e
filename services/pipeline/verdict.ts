import { deterministicId } from '../common/ids.js';
import type { Outcome } from '../policy/engine.js';
import type { ContentEvent, ContentKind, Verdict } from '../schema/types.js';

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

/** The Avro Verdict for an engine outcome. verdictId is deterministic per (service, eventId). */
export function toVerdict(i: VerdictInput): Verdict {
  const o = i.outcome;
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
    signals: [...i.signals],
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
