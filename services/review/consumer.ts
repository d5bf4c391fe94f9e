import type { Consumer, EachBatchPayload, Kafka, Message, Producer } from 'kafkajs';
import { createKafka } from '../runtime/kafka.js';
import type { VigilConfig } from '../common/config.js';
import { describeError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { SUBJECTS, type Verdict } from '../schema/types.js';
import { isShadowBlock, shadowSampled } from './content.js';
import type { ReviewMetrics } from './metrics.js';
import type { ReviewStore } from './store.js';
import { ensureContentTopic } from './topics.js';
import { REVIEW_SUBJECTS, type Appeal, type ReviewContent } from './types.js';

/**
 * Feeds the queue: `vigil.review` (review verdicts), `vigil.verdicts.priority`, sampled would-be blocks
 * of shadow rules from `vigil.verdicts.shadow`, `vigil.appeals`, the content topic, and
 * `vigil.verdicts.blocks` (kept, without content, so that an appeal finds its verdict's evidence). It
 * never reads `vigil.verdicts`: every event's verdict is there, and the queue needs none of the ALLOWs.
 * Offsets are committed only after the database writes (idempotent upserts): at least once, never lost.
 */
export class ReviewConsumer {
  private readonly consumer: Consumer;
  private joined = false;
  private readonly log: Logger;

  constructor(private readonly o: { kafka: Kafka; config: VigilConfig; store: ReviewStore; schemas: SchemaRegistry; metrics: ReviewMetrics; logger: Logger }) {
    const c = o.config;
    this.log = o.logger.child({ part: 'review-consumer' });
    this.consumer = o.kafka.consumer({
      groupId: `${c.groupPrefix}.review`,
      sessionTimeout: c.sessionTimeoutMs,
      heartbeatInterval: c.heartbeatIntervalMs,
      maxWaitTimeInMs: c.maxWaitMs,
      allowAutoTopicCreation: true,
    });
    const { GROUP_JOIN, CRASH, DISCONNECT, STOP, REBALANCING } = this.consumer.events;
    this.consumer.on(GROUP_JOIN, () => (this.joined = true));
    for (const e of [CRASH, DISCONNECT, STOP, REBALANCING]) this.consumer.on(e, () => (this.joined = false));
  }

  get ready(): boolean {
    return this.joined;
  }

  private get topics(): string[] {
    const t = this.o.config.topics;
    return [t.review, t.priority, t.shadow, t.appeals, t.reviewContent, t.blocks];
  }

  async start(): Promise<void> {
    await this.ensureContentTopic();
    await this.consumer.connect();
    for (const topic of this.topics) await this.consumer.subscribe({ topic, fromBeginning: this.o.config.fromBeginning });
    await this.consumer.run({ eachBatchAutoResolve: false, autoCommit: true, autoCommitThreshold: 1, eachBatch: (p) => this.onBatch(p) });
  }

  /** The content topic with the content retention, before anything subscribes (see ensureContentTopic). */
  private async ensureContentTopic(): Promise<void> {
    const admin = this.o.kafka.admin();
    try {
      await admin.connect();
      const s = await ensureContentTopic(admin, this.o.config.topics.reviewContent, this.o.config.review.contentRetentionMs, this.log);
      this.o.metrics.contentTopicRetention.set({ state: s.state }, s.state === 'unchecked' ? Number.NaN : s.retentionMs / 1000);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private async onBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
    for (const m of batch.messages) {
      if (!isRunning() || isStale()) return;
      const published = Number(m.timestamp);
      try {
        await this.ingest(batch.topic, m.value, published);
      } catch (err) {
        const d = describeError(err);
        if (d.retriable) throw err; // the database is down: the batch is consumed again
        this.o.metrics.ingested.inc({ topic: this.kindOf(batch.topic), result: 'rejected' });
        this.log.warn('review input skipped', { topic: batch.topic, partition: batch.partition, offset: m.offset, code: d.code, reason: d.message });
      }
      resolveOffset(m.offset);
      await heartbeat();
    }
    await commitOffsetsIfNecessary();
  }

  private kindOf(topic: string): string {
    const t = this.o.config.topics;
    return topic === t.review ? 'review' : topic === t.priority ? 'priority' : topic === t.shadow ? 'shadow' : topic === t.appeals ? 'appeals' : topic === t.reviewContent ? 'content' : 'blocks';
  }

  private async ingest(topic: string, value: Buffer | null, published: number): Promise<void> {
    const t = this.o.config.topics;
    const { store, schemas } = this.o;
    const kind = this.kindOf(topic);
    let result = 'queued';
    if (topic === t.reviewContent) {
      await store.saveContent((await schemas.decodeFetched<ReviewContent>(value, [REVIEW_SUBJECTS.content])).value, published);
      result = 'stored';
    } else if (topic === t.appeals) {
      await store.enqueueAppeal((await schemas.decodeFetched<Appeal>(value, [REVIEW_SUBJECTS.appeal])).value, published);
    } else {
      const v = (await schemas.decodeFetched<Verdict>(value, [SUBJECTS.verdict])).value;
      if (topic === t.review && v.decision === 'REVIEW') await store.enqueueVerdict(v, 'review');
      else if (topic === t.priority) await store.enqueueVerdict(v, 'priority');
      else if (topic === t.shadow && isShadowBlock(v, 'REVIEW') && shadowSampled(v.verdictId, this.o.config.review.shadowSample)) await store.enqueueVerdict(v, 'shadow');
      else if (topic === t.blocks && v.decision === 'BLOCK') {
        await store.saveVerdict(v);
        result = 'stored';
      } else result = 'ignored';
    }
    this.o.metrics.ingested.inc({ topic: kind, result });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

/**
 * Publishes decided items from the outbox: each decision on `vigil.review.decisions` and its enforcement
 * verdict on `vigil.verdicts`, in one batch (idempotent producer, acks = all), then marks them published.
 * Runs after each decision and on a timer, so a Kafka outage delays decisions but never loses them.
 */
export class DecisionPublisher {
  private readonly producer: Producer;
  private running: Promise<number> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly o: { kafka: Kafka; config: VigilConfig; store: ReviewStore; schemas: SchemaRegistry; logger: Logger; intervalMs?: number }) {
    this.producer = o.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true });
  }

  async start(): Promise<void> {
    await this.producer.connect();
    this.timer = setInterval(() => void this.flush().catch(() => undefined), this.o.intervalMs ?? 2000);
    this.timer.unref();
    await this.flush();
  }

  /** Publishes what is pending; concurrent calls share one run. Returns how many decisions went out. */
  flush(): Promise<number> {
    this.running ??= this.publish().finally(() => (this.running = undefined));
    return this.running;
  }

  private async publish(): Promise<number> {
    const t = this.o.config.topics;
    let total = 0;
    for (;;) {
      const rows = await this.o.store.unpublished(100);
      if (!rows.length) return total;
      const decisions = rows.map((r) => {
        const e = r.event as { senderId: string; decisionId: string; outcome: string };
        return { key: e.senderId, value: this.o.schemas.encode(REVIEW_SUBJECTS.decision, r.event), headers: { 'vigil-decision-id': e.decisionId, 'vigil-outcome': e.outcome } };
      });
      const enforcements = rows.flatMap((r) => (r.enforcement ? [{ key: r.enforcement.senderId, value: this.o.schemas.encode(SUBJECTS.verdict, r.enforcement), headers: { 'vigil-verdict-id': r.enforcement.verdictId, 'vigil-decision': r.enforcement.decision } }] : []));
      const topicMessages: { topic: string; messages: Message[] }[] = [{ topic: t.reviewDecisions, messages: decisions }];
      // enforcement verdicts are blocks: on the blocks topic too, so that they can be appealed
      if (enforcements.length) topicMessages.push({ topic: t.verdicts, messages: enforcements }, { topic: t.blocks, messages: enforcements });
      try {
        await this.producer.sendBatch({ topicMessages, acks: -1 });
      } catch (err) {
        this.o.logger.warn('publishing review decisions failed; retried', { error: describeError(err).message, pending: rows.length });
        throw err;
      }
      await this.o.store.markPublished(rows.map((r) => r.decisionId));
      total += rows.length;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    await this.producer.disconnect();
  }
}

/** The console's client: TLS, SASL and the codecs as the workers have them. */
export function reviewKafka(config: VigilConfig): Kafka {
  return createKafka(config, { who: 'review', retry: { retries: config.produceRetries, initialRetryTime: 100, maxRetryTime: 5000 } });
}
