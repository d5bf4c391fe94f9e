import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../services/common/errors.js';
import { availableParallelism } from 'node:os';
import { autoTextThreads, loadConfig, parseSpamWindows } from '../../../services/common/config.js';

describe('loadConfig', () => {
  it('applies defaults and freezes the result', () => {
    const c = loadConfig({ KAFKA_BROKERS: 'localhost:9092,kafka-1:9093' });
    expect(c.brokers).toEqual(['localhost:9092', 'kafka-1:9093']);
    expect(c.topics.verdicts).toBe('vigil.verdicts');
    expect(c.spam.windows).toEqual([{ windowMs: 10_000, maxEvents: 20 }, { windowMs: 60_000, maxEvents: 60 }, { windowMs: 3_600_000, maxEvents: 600 }]);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names the variable and the rule on bad input', () => {
    expect(() => loadConfig({ KAFKA_BROKERS: 'nohost' })).toThrow(new ConfigError('KAFKA_BROKERS: "nohost" is not host:port'));
    expect(() => loadConfig({ KAFKA_BROKERS: 'a:1', VIGIL_HTTP_PORT: '70000' })).toThrow('VIGIL_HTTP_PORT: 70000 is outside 0..65535');
    expect(() => loadConfig({ KAFKA_BROKERS: 'a:1', VIGIL_HEARTBEAT_INTERVAL_MS: '40000' })).toThrow('VIGIL_HEARTBEAT_INTERVAL_MS must be below VIGIL_SESSION_TIMEOUT_MS');
    expect(() => loadConfig({ KAFKA_BROKERS: 'a:1', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => loadConfig({ KAFKA_BOOTSTRAP_FILE: '/nonexistent/bootstrap.txt' })).toThrow(/KAFKA_BROKERS is unset/);
  });

  it('parses spam windows', () => {
    expect(parseSpamWindows('1h:5,500ms:2')).toEqual([{ windowMs: 500, maxEvents: 2 }, { windowMs: 3_600_000, maxEvents: 5 }]);
    expect(() => parseSpamWindows('10s')).toThrow('VIGIL_SPAM_WINDOWS: "10s" is not duration:maxEvents');
    expect(() => parseSpamWindows('10x:5')).toThrow('VIGIL_SPAM_WINDOWS: "10x" is not a duration (e.g. 500ms, 10s, 1m, 1h)');
  });

  it('does not need brokers for in-process classification', () => {
    expect(loadConfig({}, { withoutKafka: true }).brokers).toEqual([]);
  });

  it('classifies text in cores - 1 threads, at least one; explicit values as given', () => {
    expect([1, 2, 3, 4, 16].map(autoTextThreads)).toEqual([1, 1, 2, 3, 15]);
    expect(loadConfig({}, { withoutKafka: true }).text.threads).toBe(autoTextThreads(availableParallelism()));
    expect(loadConfig({ VIGIL_TEXT_THREADS: 'auto' }, { withoutKafka: true }).text.threads).toBe(autoTextThreads(availableParallelism()));
    expect(loadConfig({ VIGIL_TEXT_THREADS: '1' }, { withoutKafka: true }).text.threads).toBe(1);
    expect(loadConfig({ VIGIL_TEXT_THREADS: '0' }, { withoutKafka: true }).text.threads).toBe(0);
  });
});
