import type { Admin } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../services/common/logger.js';
import { ensureContentTopic } from '../../../services/review/topics.js';

const HOUR_MS = 3_600_000;

/** A broker's topic configs as the admin API sees them: createTopics is false for a topic that exists. */
function brokerAdmin(topics: Map<string, Record<string, string>>): Pick<Admin, 'createTopics' | 'describeConfigs'> {
  return {
    createTopics: async ({ topics: wanted }) => {
      const t = wanted[0]!;
      if (topics.has(t.topic)) return false;
      topics.set(t.topic, Object.fromEntries((t.configEntries ?? []).map((e) => [e.name, e.value])));
      return true;
    },
    describeConfigs: async ({ resources }) => ({
      throttleTime: 0,
      resources: resources.map((r) => ({
        errorCode: 0, errorMessage: '', resourceName: r.name, resourceType: r.type,
        configEntries: Object.entries(topics.get(r.name) ?? {}).map(([configName, configValue]) => ({ configName, configValue, isDefault: false, configSource: 1, isSensitive: false, readOnly: false, configSynonyms: [] })),
      })),
    }),
  };
}

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: createLogger('info', {}, (l) => void lines.push(JSON.parse(l) as Record<string, unknown>)) };
}

describe('the content topic\'s retention', () => {
  it('creates the topic with retention.ms equal to the content retention', async () => {
    const topics = new Map<string, Record<string, string>>();
    const { log } = capture();
    expect(await ensureContentTopic(brokerAdmin(topics), 'vigil.review.content', 72 * HOUR_MS, log)).toEqual({ state: 'created', retentionMs: 72 * HOUR_MS });
    expect(topics.get('vigil.review.content')).toEqual({ 'retention.ms': '259200000' });
  });

  it('reads an existing topic\'s retention without altering it, and warns when it keeps content longer', async () => {
    const topics = new Map([['c', { 'retention.ms': String(72 * HOUR_MS) }], ['longer', { 'retention.ms': String(7 * 24 * HOUR_MS) }], ['forever', { 'retention.ms': '-1' }]]);
    const { lines, log } = capture();
    expect(await ensureContentTopic(brokerAdmin(topics), 'c', 72 * HOUR_MS, log)).toEqual({ state: 'existing', retentionMs: 72 * HOUR_MS });
    expect(lines.filter((l) => l.level === 'warn')).toEqual([]);
    expect(await ensureContentTopic(brokerAdmin(topics), 'longer', 72 * HOUR_MS, log)).toEqual({ state: 'existing', retentionMs: 7 * 24 * HOUR_MS });
    expect(await ensureContentTopic(brokerAdmin(topics), 'forever', 72 * HOUR_MS, log)).toEqual({ state: 'existing', retentionMs: -1 });
    expect(lines.filter((l) => l.level === 'warn').map((l) => [l.topic, l.topicRetentionMs])).toEqual([['longer', 7 * 24 * HOUR_MS], ['forever', -1]]);
    expect(topics.get('longer')).toEqual({ 'retention.ms': String(7 * 24 * HOUR_MS) });
  });

  it('says it could not check when the broker refuses, and goes on', async () => {
    const { lines, log } = capture();
    const refusing = { ...brokerAdmin(new Map()), createTopics: async () => { throw new Error('not authorized to create topics'); } };
    expect(await ensureContentTopic(refusing, 'c', HOUR_MS, log)).toMatchObject({ state: 'unchecked' });
    expect(lines.find((l) => l.level === 'warn')).toMatchObject({ topic: 'c', retentionMs: HOUR_MS });
  });
});
