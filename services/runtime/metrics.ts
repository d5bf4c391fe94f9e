import { Counter, Gauge, Histogram, collectDefaultMetrics, type Registry } from 'prom-client';

/** Metrics every worker exports. Labels are bounded: no event, user or hash values ever become labels. */
export interface WorkerMetrics {
  readonly eventsConsumed: Counter<'service' | 'topic' | 'kind'>;
  readonly verdicts: Counter<'service' | 'decision' | 'category'>;
  readonly policyHits: Counter<'service' | 'policy'>;
  readonly rulesFired: Counter<'service' | 'rule' | 'mode'>;
  readonly deadLetters: Counter<'service' | 'reason'>;
  readonly processingSeconds: Histogram<'service'>;
  readonly endToEndSeconds: Histogram<'service'>;
  readonly batchEvents: Histogram<'service'>;
  readonly consumerLag: Gauge<'service' | 'topic' | 'partition'>;
  readonly publishFailures: Counter<'service'>;
  readonly inputPaused: Gauge<'service'>;
  readonly ready: Gauge<'service'>;
  readonly decompressionRefused: Counter<'service' | 'codec'>;
}

export function createWorkerMetrics(registry: Registry, options: { defaultMetrics?: boolean } = {}): WorkerMetrics {
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'vigil_' });
  const registers = [registry];
  return {
    eventsConsumed: new Counter({ name: 'vigil_events_consumed_total', help: 'Kafka messages consumed, by input topic and content kind (unknown when undecodable).', labelNames: ['service', 'topic', 'kind'], registers }),
    verdicts: new Counter({ name: 'vigil_verdicts_total', help: 'Verdicts produced, by decision and by each category that fired (category="none" for allow).', labelNames: ['service', 'decision', 'category'], registers }),
    policyHits: new Counter({ name: 'vigil_policy_items_cited_total', help: 'Policy catalogue items cited in verdicts.', labelNames: ['service', 'policy'], registers }),
    rulesFired: new Counter({ name: 'vigil_rules_fired_total', help: 'Policy rules that fired, by rule id and mode (enforced, shadow).', labelNames: ['service', 'rule', 'mode'], registers }),
    deadLetters: new Counter({ name: 'vigil_dead_letters_total', help: 'Inputs sent to the dead-letter topic, by error code.', labelNames: ['service', 'reason'], registers }),
    processingSeconds: new Histogram({ name: 'vigil_processing_duration_seconds', help: 'Time to decode, classify and build verdicts for one event (batch time / batch size).', labelNames: ['service'], buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], registers }),
    endToEndSeconds: new Histogram({ name: 'vigil_end_to_end_latency_seconds', help: 'From the event occurredAt to its verdict being produced.', labelNames: ['service'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300], registers }),
    batchEvents: new Histogram({ name: 'vigil_batch_events', help: 'Events per classified batch.', labelNames: ['service'], buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000], registers }),
    consumerLag: new Gauge({ name: 'vigil_consumer_lag_messages', help: 'High watermark minus the next offset to process, per input partition.', labelNames: ['service', 'topic', 'partition'], registers }),
    publishFailures: new Counter({ name: 'vigil_publish_failures_total', help: 'Attempts to produce a judged batch that failed after the producer retries; the batch is retried with backoff, never dropped.', labelNames: ['service'], registers }),
    inputPaused: new Gauge({ name: 'vigil_input_paused', help: '1 while input topics are paused because verdicts cannot be produced.', labelNames: ['service'], registers }),
    decompressionRefused: new Counter({ name: 'vigil_kafka_decompression_refused_total', help: 'Fetched record batches refused because they would decompress beyond KAFKA_MAX_DECOMPRESSED_BYTES; the worker then stops consuming (not ready) until an operator acts.', labelNames: ['service', 'codec'], registers }),
    ready: new Gauge({ name: 'vigil_ready', help: '1 when the worker has joined its group and its models are loaded.', labelNames: ['service'], registers }),
  };
}
