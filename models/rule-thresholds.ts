/**
 * The thresholds the rules in force apply to a signal: the lowest review threshold (a signal rule's, or a `when`
 * rule's whose first condition is the signal at or above a value) and the lowest block threshold. Shared by the
 * trainer (metrics at the rules in force) and the model card.
 */
import type { RuleSet } from '../services/policy/rules.js';

export function thresholdsFor(rules: RuleSet, signal: string): { review?: number; block?: number } {
  const out: { review?: number; block?: number } = {};
  for (const r of rules.rules) {
    const w = r.when as { signal?: string; threshold?: number; all?: { signal?: string; op?: string; threshold?: number }[] };
    if (w.signal === signal && r.decision === 'BLOCK') out.block = Math.min(out.block ?? 1, w.threshold!);
    if (w.all?.[0]?.signal === signal && w.all[0].op === 'gte' && r.decision === 'REVIEW') out.review = Math.min(out.review ?? 1, w.all[0].threshold!);
    if (w.signal === signal && r.decision === 'REVIEW') out.review = Math.min(out.review ?? 1, w.threshold!);
  }
  return out;
}
