import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { ReviewStore } from './store.js';

const PRIORITY_NAME = ['priority', 'escalated', 'appeal', 'review', 'shadow'];

/** Review console metrics. Labels are bounded: priority class, outcome, console account id, rule id. */
export interface ReviewMetrics {
  readonly ingested: Counter<'topic' | 'result'>;
  readonly decisions: Counter<'reviewer' | 'outcome' | 'source'>;
  readonly timeToDecision: Histogram<'source'>;
  readonly purged: Counter<'kind'>;
  readonly logins: Counter<'result'>;
  readonly contentTopicRetention: Gauge<'state'>;
}

/**
 * Counters are updated as things happen; queue depth, the age of the oldest item and per-rule review
 * precision are read from the database at scrape time (so every console replica reports the same).
 */
export function createReviewMetrics(registry: Registry, store: () => ReviewStore | null): ReviewMetrics {
  const registers = [registry];
  new Gauge({
    name: 'vigil_review_queue_depth', help: 'Open review items by priority class (priority, escalated, appeal, review, shadow).', labelNames: ['priority'], registers,
    async collect() {
      const s = store();
      if (!s) return;
      const stats = await s.queueStats();
      for (const [i, name] of PRIORITY_NAME.entries()) this.set({ priority: name }, stats.find((x) => x.priority === i)?.depth ?? 0);
    },
  });
  new Gauge({
    name: 'vigil_review_oldest_item_age_seconds', help: 'Age of the oldest open review item, by priority class (0 when none).', labelNames: ['priority'], registers,
    async collect() {
      const s = store();
      if (!s) return;
      const stats = await s.queueStats();
      for (const [i, name] of PRIORITY_NAME.entries()) this.set({ priority: name }, stats.find((x) => x.priority === i)?.oldestSeconds ?? 0);
    },
  });
  new Gauge({
    name: 'vigil_review_rule_precision', help: 'Per rule: reviewed items confirmed / decided (mode shadow for shadow-mode rules).', labelNames: ['rule', 'mode'], registers,
    async collect() {
      const s = store();
      if (!s) return;
      this.reset();
      for (const p of await s.precision()) this.set({ rule: p.rule, mode: p.shadow ? 'shadow' : 'enforced' }, p.decided ? p.confirmed / p.decided : 0);
    },
  });
  return {
    ingested: new Counter({ name: 'vigil_review_ingested_total', help: 'Messages the review console consumed, by topic and result (queued, stored, ignored, rejected).', labelNames: ['topic', 'result'], registers }),
    decisions: new Counter({ name: 'vigil_review_decisions_total', help: 'Review decisions by reviewer (console account id), outcome and item source.', labelNames: ['reviewer', 'outcome', 'source'], registers }),
    timeToDecision: new Histogram({ name: 'vigil_review_time_to_decision_seconds', help: 'From an item entering the queue to its decision.', labelNames: ['source'], buckets: [10, 30, 60, 300, 900, 1800, 3600, 4 * 3600, 12 * 3600, 86400, 3 * 86400], registers }),
    purged: new Counter({ name: 'vigil_review_purged_total', help: 'Rows removed by retention: content, appeal statements, labels, sessions, verdicts.', labelNames: ['kind'], registers }),
    logins: new Counter({ name: 'vigil_review_logins_total', help: 'Console sign-ins by result (ok, failed).', labelNames: ['result'], registers }),
    contentTopicRetention: new Gauge({
      name: 'vigil_review_content_topic_retention_seconds',
      help: 'retention.ms of the content topic as found at start (state created, existing; -1 kept forever; NaN with state unchecked when the broker would not say).',
      labelNames: ['state'], registers,
    }),
  };
}
