import kafkajs, { type Admin } from 'kafkajs';
import { describeError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';

/** What the console found of the content topic's retention at start. */
export type ContentTopicState =
  /** created by the console with retention.ms = the content retention */
  | { readonly state: 'created'; readonly retentionMs: number }
  /** existed; its retention.ms as the broker reports it (-1: kept forever) */
  | { readonly state: 'existing'; readonly retentionMs: number }
  /** the broker would not say (no CreateTopics/DescribeConfigs, or not allowed) */
  | { readonly state: 'unchecked'; readonly code: string };

/**
 * Creates the content topic with `retention.ms` equal to the console's content retention, so that Kafka
 * drops review content when the database does. A topic that already exists (a worker's producer may
 * have auto-created it first, with the broker's default) is never altered — it may hold other settings
 * an operator chose — but its retention is read and reported, and a longer one is logged as a warning
 * (the gauge `vigil_review_content_topic_retention_seconds` carries it to the alert).
 */
export async function ensureContentTopic(admin: Pick<Admin, 'createTopics' | 'describeConfigs'>, topic: string, retentionMs: number, log: Logger): Promise<ContentTopicState> {
  try {
    const created = await admin.createTopics({ topics: [{ topic, configEntries: [{ name: 'retention.ms', value: String(retentionMs) }] }] });
    if (created) {
      log.info('content topic created', { topic, retentionMs });
      return { state: 'created', retentionMs };
    }
    const described = await admin.describeConfigs({ resources: [{ type: kafkajs.ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }], includeSynonyms: false });
    const value = described.resources[0]?.configEntries.find((e) => e.configName === 'retention.ms')?.configValue;
    const existing = Number(value);
    if (value === undefined || !Number.isFinite(existing)) return { state: 'unchecked', code: 'VGL_KAFKA_CONFIG' };
    if (existing < 0 || existing > retentionMs) {
      log.warn('the content topic keeps review content longer than VIGIL_REVIEW_CONTENT_RETENTION; set its retention.ms', { topic, topicRetentionMs: existing, retentionMs });
    }
    return { state: 'existing', retentionMs: existing };
  } catch (err) {
    const d = describeError(err);
    log.warn('could not create or read the content topic\'s retention; give it retention.ms = VIGIL_REVIEW_CONTENT_RETENTION', { topic, retentionMs, code: d.code, error: d.message });
    return { state: 'unchecked', code: d.code };
  }
}
