import { type Kafka, type Consumer, type EachBatchPayload, type KafkaMessage, type Message, type Producer } from 'kafkajs';
import type { Registry } from 'prom-client';
import type { VigilConfig } from '../common/config.js';
import { VigilError, describeError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { toContentEvent } from '../pipeline/events.js';
import type { Judge, Judged } from '../pipeline/judge.js';
import type { StageSnapshot } from '../pipeline/stage-times.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { SUBJECTS, type ContentEvent, type DeadLetter, type Verdict } from '../schema/types.js';
import { startHealthServer, type HealthServer } from './http.js';
import { createKafka, explainKafkaError, topicEnds } from './kafka.js';
import { decompressionRefusal, type DecompressionRefusedError } from './compression.js';
import { defaultPartitioner } from './kafka-encoding.js';
import { REVIEW_SUBJECTS, VideoStrips, isShadowBlock, reviewContent, shadowSampled, type ReviewContent } from '../review/index.js';
import type { WorkerMetrics } from './metrics.js';

export interface WorkerOptions {
  /** Service name: consumer group `<groupPrefix>.<service>`, metrics label, verdict `service`. */
  readonly service: string;
  readonly inputTopics: readonly string[];
  /** Subjects accepted on the input topics; anything else is dead-lettered. */
  readonly subjects: readonly string[];
  readonly config: VigilConfig;
  readonly judge: Judge;
  readonly classifierReady: () => boolean;
  readonly schemas: SchemaRegistry;
  readonly registry: Registry;
  readonly metrics: WorkerMetrics;
  readonly logger: Logger;
  /** Start the HTTP server (false in tests that run several workers in one process). */
  readonly http?: boolean;
  /** Called for each of this service's verdicts read back on start (VIGIL_STRIKES_RESTORE). */
  readonly restoreVerdict?: (v: Verdict) => void;
  readonly onStop?: () => void;
  /** Most events per classified chunk (default VIGIL_MAX_BATCH_EVENTS). */
  readonly maxBatchEvents?: number;
  /** Output stage of stateful services (videos): per-chunk and time-driven verdicts, commit floors. */
  readonly stage?: OutputStage;
  /** Started after the verdict restore and before joining the group, stopped after leaving it (the decision feed). */
  readonly companions?: readonly { start(): Promise<void>; stop(): Promise<void> }[];
}

/** One consumed event of a chunk with its judgement (null: it failed before judging and is dead-lettered). */
export interface StageItem {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly event: ContentEvent | null;
  readonly judged: Judged | null;
}

/**
 * A stateful service's view of the output. It sees every judged chunk and says what to publish; it can
 * publish on a timer (idle timeouts); and it holds back commits below the first offset it still needs,
 * so a killed worker's successor replays what the lost state was built from.
 */
export interface OutputStage {
  readonly tickMs: number;
  onChunk(items: readonly StageItem[], now: number): { verdicts: Verdict[]; shadows: Verdict[] };
  tick(now: number): Verdict[];
  /** Final verdicts of everything still open, when the input has ended (in-process runs). */
  flush?(now: number): Verdict[];
  /** Lowest offset of a partition that must not be committed yet (null: none held). */
  floor(topic: string, partition: number): bigint | null;
  /** After a rebalance: the partitions this worker owns now. */
  assigned(owned: (topic: string, partition: number) => boolean): void;
}

const MAX_BACKOFF_MS = 5000;

interface Outcome {
  verdicts: Verdict[];
  shadows: Verdict[];
  deadLetters: DeadLetter[];
  /** Content of review and block verdicts for the review console (vigil.review.content). */
  contents?: Message[];
}

/**
 * A Kafka consumer-group worker. For each fetched batch: decode, judge, produce verdicts and dead
 * letters (idempotent producer, acks=all), and only then resolve and commit the offsets — a worker
 * killed at any point loses nothing; it may judge the in-flight batch again, under the same verdict ids.
 */
export class Worker {
  private readonly kafka: Kafka;
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly group: string;
  private joined = false;
  private pausedForOutput = false;
  /** A fetched batch was refused by the decompression cap: the consumer stopped, the worker stays up, not ready. */
  private refused: DecompressionRefusedError | null = null;
  private stopping: Promise<boolean> | undefined;
  private http: HealthServer | undefined;
  private readonly log: Logger;
  /** With a stage: next offset to process per partition (`topic\u0000partition`), for commits from tick. */
  private readonly positions = new Map<string, { topic: string; partition: number; next: bigint }>();
  private tickTimer: NodeJS.Timeout | undefined;
  private pendingTick: Verdict[] = [];
  private pendingTickContents: Message[] = [];
  private ticking = false;
  /** With a stage: the review strips of open videos (frame thumbnails for their REVIEW and BLOCK verdicts). */
  private readonly strips: VideoStrips | undefined;

  constructor(private readonly o: WorkerOptions) {
    const c = o.config;
    this.log = o.logger.child({ service: o.service });
    this.group = `${c.groupPrefix}.${o.service}`;
    if (o.stage) this.strips = new VideoStrips({ thumbnailPx: c.review.thumbnailPx, maxPixels: c.image.maxPixels, frames: c.review.stripFrames, maxBytes: 64 * 1024 * 1024 /* 64 MiB */ });
    this.kafka = createKafka(c, { who: o.service, retry: { retries: c.produceRetries, initialRetryTime: 100, maxRetryTime: 5000 } });
    // kafkajs's default partitions, computed without a BigInt per step (kafka-encoding.ts)
    this.producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: true, createPartitioner: defaultPartitioner });
    this.consumer = this.kafka.consumer({
      groupId: this.group,
      sessionTimeout: c.sessionTimeoutMs,
      heartbeatInterval: c.heartbeatIntervalMs,
      maxWaitTimeInMs: c.maxWaitMs,
      allowAutoTopicCreation: true,
      // a batch over KAFKA_MAX_DECOMPRESSED_BYTES is refused again on every fetch: restarting would loop
      retry: { retries: c.produceRetries, initialRetryTime: 100, maxRetryTime: 5000, restartOnFailure: async (e) => !decompressionRefusal(e) },
    });
    // series that alerts and dashboards read exist from the start, at zero
    o.metrics.publishFailures.inc({ service: o.service }, 0);
    o.metrics.inputPaused.set({ service: o.service }, 0);
    o.metrics.ready.set({ service: o.service }, 0);
    o.metrics.decompressionRefused.inc({ service: o.service, codec: 'gzip' }, 0);
    const { GROUP_JOIN, CRASH, DISCONNECT, STOP, REBALANCING } = this.consumer.events;
    this.consumer.on(GROUP_JOIN, (e) => {
      this.joined = true;
      if (o.stage) {
        const owned = new Set(Object.entries(e.payload.memberAssignment).flatMap(([t, ps]) => ps.map((p) => `${t}\u0000${p}`)));
        o.stage.assigned((t, p) => owned.has(`${t}\u0000${p}`));
        for (const k of [...this.positions.keys()]) if (!owned.has(k)) this.positions.delete(k);
      }
      this.log.info('joined group', { group: this.group, partitions: Object.values(e.payload.memberAssignment).reduce((n, p) => n + p.length, 0) });
    });
    this.consumer.on(REBALANCING, () => (this.joined = false));
    this.consumer.on(CRASH, (e) => {
      this.joined = false;
      const refusal = decompressionRefusal(e.payload.error);
      if (refusal) {
        // kafkajs decodes a whole fetch response before any batch reaches vigil, so the refused batch's
        // partition and offsets are unknown here: nothing can be dead-lettered and nothing is skipped.
        // The consumer has left the group (no restart); the worker stays up and says why it is not ready.
        this.refused = refusal;
        o.metrics.decompressionRefused.inc({ service: o.service, codec: refusal.codec });
        this.log.error('record batch refused: it decompresses beyond KAFKA_MAX_DECOMPRESSED_BYTES; consumer stopped, worker not ready', {
          code: refusal.code,
          codec: refusal.codec,
          limit: refusal.limit,
          size: refusal.size,
          group: this.group,
          topics: o.inputTopics.join(','),
        });
        return;
      }
      this.log.error('consumer crashed', { error: e.payload.error.message, restart: e.payload.restart });
    });
    this.consumer.on(DISCONNECT, () => (this.joined = false));
    this.consumer.on(STOP, () => (this.joined = false));
  }

  isReady(): boolean {
    const r = this.joined && !this.refused && !this.stopping && this.o.classifierReady();
    this.o.metrics.ready.set({ service: this.o.service }, r ? 1 : 0);
    return r;
  }

  /** Why the worker is not ready when it is an error state (a refused batch), for /readyz; null otherwise. */
  notReadyReason(): string | null {
    return this.refused ? `${this.refused.code}: ${this.refused.message}; consumer stopped (group ${this.group})` : null;
  }

  get httpPort(): number | undefined {
    return this.http?.port;
  }

  /** Time spent so far per stage (decode, classify, rules, encode) and the events judged. */
  stageTimes(): StageSnapshot {
    return this.o.judge.stages.snapshot();
  }

  async start(): Promise<void> {
    const c = this.o.config;
    if (this.o.http ?? true) {
      this.http = await startHealthServer({ host: c.http.host, port: c.http.port, registry: this.o.registry, ready: () => this.isReady(), notReadyReason: () => this.notReadyReason() });
      this.log.info('http listening', { port: this.http.port });
    }
    await this.o.schemas.open(); // with a Schema Registry: output subjects checked and registered before anything is produced
    try {
      await this.producer.connect();
    } catch (err) {
      throw explainKafkaError(err, c.kafkaSecurity); // refused (TLS, SASL) or unreachable: one clear error, no retry loop
    }
    if (this.o.restoreVerdict && c.policy.restoreStrikes) await this.restore(this.o.restoreVerdict);
    for (const companion of this.o.companions ?? []) await companion.start();
    await this.consumer.connect();
    for (const topic of this.o.inputTopics) await this.consumer.subscribe({ topic, fromBeginning: c.fromBeginning });
    await this.consumer.run({
      partitionsConsumedConcurrently: c.partitionsConcurrently,
      eachBatchAutoResolve: false,
      autoCommit: !this.o.stage, // a stage commits itself, never past its floor
      autoCommitThreshold: 1,
      eachBatch: (payload) => this.onBatch(payload),
    });
    if (this.o.stage) {
      this.tickTimer = setInterval(() => void this.onTick(), this.o.stage.tickMs);
      this.tickTimer.unref();
    }
    this.log.info('worker started', { group: this.group, topics: this.o.inputTopics.join(',') });
  }

  /** Stage verdicts due by time (idle videos): published, then the floors they released are committed. */
  private async onTick(): Promise<void> {
    const stage = this.o.stage!;
    if (this.ticking || this.stopping || !this.joined) return;
    this.ticking = true;
    try {
      const due = stage.tick(Date.now());
      const verdicts = [...this.pendingTick, ...due];
      const contents = [...this.pendingTickContents, ...this.stripContents(due)];
      this.pendingTick = [];
      this.pendingTickContents = [];
      if (verdicts.length) {
        const outcome: Outcome = { verdicts, shadows: [], deadLetters: [], contents };
        try {
          await this.publish(outcome);
          this.observe(outcome, 0, 0);
        } catch (err) {
          this.pendingTick = verdicts; // kept, retried on the next tick; nothing is committed past them
          this.pendingTickContents = contents;
          this.o.metrics.publishFailures.inc({ service: this.o.service });
          this.log.warn('producing timed verdicts failed; retrying on the next tick', { error: describeError(err).message });
          return;
        }
      }
      await this.commitStaged([...this.positions.values()]);
    } finally {
      this.ticking = false;
    }
  }

  private async commitStaged(parts: { topic: string; partition: number; next: bigint }[]): Promise<void> {
    // timed verdicts not yet published: their videos have left the stage, so nothing may be committed until they are out
    if (this.pendingTick.length) return;
    const stage = this.o.stage!;
    const offsets = parts.map(({ topic, partition, next }) => {
      const floor = stage.floor(topic, partition);
      return { topic, partition, offset: String(floor !== null && floor < next ? floor : next) };
    });
    if (offsets.length) await this.consumer.commitOffsets(offsets).catch((err: unknown) => this.log.warn('commit failed; retried later', { error: describeError(err).message }));
  }

  private async onBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    const max = this.o.maxBatchEvents ?? this.o.config.maxBatchEvents;
    for (let i = 0; i < batch.messages.length; i += max) {
      if (!isRunning() || isStale()) return; // unprocessed messages are fetched again by whoever owns the partition
      const chunk = batch.messages.slice(i, i + max);
      const started = performance.now();
      if (!(await this.fetchSchemasWithBackoff(chunk, heartbeat, isRunning, isStale))) return;
      const outcome = await this.process(topic, partition, chunk);
      await this.publishWithBackoff(outcome, heartbeat, isRunning, isStale);
      const last = chunk[chunk.length - 1]!;
      resolveOffset(last.offset);
      if (this.o.stage) {
        const pos = { topic, partition, next: BigInt(last.offset) + 1n };
        this.positions.set(`${topic}\u0000${partition}`, pos);
        await this.commitStaged([pos]);
      } else await commitOffsetsIfNecessary();
      await heartbeat();
      this.observe(outcome, chunk.length, performance.now() - started);
      const lag = Number(batch.highWatermark) - Number(last.offset) - 1;
      this.o.metrics.consumerLag.set({ service: this.o.service, topic, partition: String(partition) }, Math.max(0, lag));
    }
  }

  private async process(topic: string, partition: number, messages: KafkaMessage[]): Promise<Outcome> {
    const now = Date.now();
    const deadLetters: DeadLetter[] = [];
    const events: ContentEvent[] = [];
    const sources: KafkaMessage[] = [];
    const decoding = performance.now();
    for (const m of messages) {
      try {
        if (m.value && m.value.length > this.o.config.maxEventBytes) {
          throw new VigilError('VGL_TOO_LARGE', `message of ${m.value.length} bytes exceeds VIGIL_MAX_EVENT_BYTES ${this.o.config.maxEventBytes}`);
        }
        const decoded = this.o.schemas.decode(m.value, this.o.subjects);
        events.push(toContentEvent(decoded, now));
        sources.push(m);
      } catch (err) {
        deadLetters.push(this.deadLetter(topic, partition, m, err));
      }
    }
    // counted per chunk and kind, not per event: each prom-client inc hashes its labels
    const kinds = new Map<string, number>();
    for (const e of events) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    for (const [kind, k] of kinds) this.child(this.o.metrics.eventsConsumed, this.o.service, topic, kind).inc(k);
    if (deadLetters.length) this.child(this.o.metrics.eventsConsumed, this.o.service, topic, 'unknown').inc(deadLetters.length);
    this.o.judge.stages.add('decode', performance.now() - decoding);
    const judged = await this.o.judge.judge(events);
    let verdicts: Verdict[] = [];
    let shadows: Verdict[] = [];
    judged.forEach((j, idx) => {
      if (j.ok) {
        verdicts.push(j.verdict);
        if (j.shadow) shadows.push(j.shadow);
      } else deadLetters.push(this.deadLetter(topic, partition, sources[idx]!, j.error));
    });
    if (this.o.stage) {
      const byMessage = new Map(sources.map((m, i) => [m, i]));
      const items: StageItem[] = messages.map((m) => {
        const i = byMessage.get(m);
        return { topic, partition, offset: m.offset, event: i === undefined ? null : events[i]!, judged: i === undefined ? null : judged[i]! };
      });
      for (const it of items) if (it.event?.kind === 'video-frame') await this.strips!.add(it.event, it.judged?.ok ? it.judged.verdict : null);
      ({ verdicts, shadows } = this.o.stage.onChunk(items, Date.now()));
      return { verdicts, shadows, deadLetters, contents: this.stripContents(verdicts) };
    }
    return { verdicts, shadows, deadLetters, contents: await this.contents(events, judged) };
  }

  /**
   * The review copy of each review or block verdict's content, and of sampled shadow would-be blocks, on
   * its own short-lived topic: verdict topics stay free of content. CSAM/NCII matches are never copied.
   */
  private async contents(events: readonly ContentEvent[], judged: readonly Judged[]): Promise<Message[]> {
    const c = this.o.config;
    const out: Message[] = [];
    for (const [i, j] of judged.entries()) {
      if (!j.ok) continue;
      const shadow = j.shadow !== null && isShadowBlock(j.shadow, j.verdict.decision) && shadowSampled(j.verdict.verdictId, c.review.shadowSample);
      if (j.verdict.decision === 'ALLOW' && !shadow) continue;
      const rc = await reviewContent(shadow && j.verdict.decision === 'ALLOW' ? j.shadow! : j.verdict, events[i]!, { thumbnailPx: c.review.thumbnailPx, maxPixels: c.image.maxPixels, shadow });
      if (rc) out.push(this.contentMessage(rc));
    }
    return out;
  }

  /** The strips of a stage's REVIEW and BLOCK video verdicts; final verdicts release their video's frames. */
  private stripContents(verdicts: readonly Verdict[]): Message[] {
    const out: Message[] = [];
    for (const v of verdicts) {
      const rc = this.strips?.content(v);
      if (rc) out.push(this.contentMessage(rc));
    }
    return out;
  }

  private contentMessage(rc: ReviewContent): Message {
    return { key: rc.senderId, value: this.o.schemas.encode(REVIEW_SUBJECTS.content, rc), headers: { 'vigil-verdict-id': rc.verdictId } };
  }

  private deadLetter(topic: string, partition: number, m: KafkaMessage, err: unknown): DeadLetter {
    const d = describeError(err);
    this.log.warn('dead letter', { topic, partition, offset: m.offset, code: d.code, reason: d.message });
    return {
      originalKey: m.key ?? null,
      originalValue: m.value ?? null,
      topic,
      partition,
      offset: m.offset,
      errorCode: d.code,
      reason: d.message,
      service: this.o.service,
      failedAt: Date.now(),
    };
  }

  /**
   * Publishes a judged chunk, retrying until it is out. While the output is failing, every input topic
   * is paused (no partition fetches more work: backpressure, bounded memory); the judged outcome is
   * kept, so stateful classifiers never see an event twice. A stopping worker or a partition lost to a
   * rebalance gives up without committing: the events are consumed again by whoever owns them.
   */
  private async publishWithBackoff(outcome: Outcome, heartbeat: () => Promise<void>, isRunning: () => boolean, isStale: () => boolean): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.publish(outcome);
        if (this.pausedForOutput) this.setInputsPaused(false);
        return;
      } catch (err) {
        this.o.metrics.publishFailures.inc({ service: this.o.service });
        if (!isRunning() || isStale()) throw err;
        await this.pauseAndWait('producing verdicts failed; input paused, retrying', attempt, err, heartbeat);
      }
    }
  }

  /**
   * With a Schema Registry: fetches the writer schemas of a chunk's ids not seen yet before decoding it.
   * An unreachable registry pauses the input and retries like a failing output (never a dead letter);
   * false when the worker stopped or lost the partition meanwhile (nothing of the chunk is committed).
   */
  private async fetchSchemasWithBackoff(chunk: KafkaMessage[], heartbeat: () => Promise<void>, isRunning: () => boolean, isStale: () => boolean): Promise<boolean> {
    const ids = this.o.schemas.missing(chunk.map((m) => m.value));
    for (let attempt = 0; ids.length; attempt++) {
      try {
        await this.o.schemas.fetch(ids);
        if (this.pausedForOutput) this.setInputsPaused(false);
        return true;
      } catch (err) {
        if (!isRunning() || isStale()) return false;
        await this.pauseAndWait('schema registry unavailable; input paused, retrying', attempt, err, heartbeat);
      }
    }
    return true;
  }

  /** One backoff step of a retry loop: the inputs paused, a jittered exponential wait, a heartbeat. */
  private async pauseAndWait(message: string, attempt: number, err: unknown, heartbeat: () => Promise<void>): Promise<void> {
    this.setInputsPaused(true);
    const delayMs = Math.min(MAX_BACKOFF_MS, 100 * 2 ** Math.min(attempt, 10)) * (0.5 + Math.random() / 2);
    this.log.warn(message, { attempt, delayMs: Math.round(delayMs), error: describeError(err).message });
    await new Promise((r) => setTimeout(r, delayMs));
    await heartbeat().catch(() => undefined);
  }

  private setInputsPaused(paused: boolean): void {
    const topics = this.o.inputTopics.map((topic) => ({ topic }));
    if (paused) this.consumer.pause(topics);
    else this.consumer.resume(topics);
    this.pausedForOutput = paused;
    this.o.metrics.inputPaused.set({ service: this.o.service }, paused ? 1 : 0);
  }

  private async publish(outcome: Outcome): Promise<void> {
    const t = this.o.config.topics;
    this.encoded.clear();
    const topicMessages: { topic: string; messages: Message[] }[] = [];
    if (outcome.verdicts.length) {
      topicMessages.push({
        topic: t.verdicts,
        messages: outcome.verdicts.map((v) => this.verdictMessage(v)),
      });
    }
    const review = outcome.verdicts.filter((v) => v.decision === 'REVIEW');
    if (review.length) topicMessages.push({ topic: t.review, messages: review.map((v) => this.verdictMessage(v)) });
    const priority = outcome.verdicts.filter((v) => v.actions.includes('NOTIFY_AUTHORITIES'));
    if (priority.length) topicMessages.push({ topic: t.priority, messages: priority.map((v) => this.verdictMessage(v)) });
    const blocks = outcome.verdicts.filter((v) => v.decision === 'BLOCK');
    if (blocks.length) topicMessages.push({ topic: t.blocks, messages: blocks.map((v) => this.verdictMessage(v)) });
    if (outcome.shadows.length) topicMessages.push({ topic: t.shadow, messages: outcome.shadows.map((v) => this.verdictMessage(v)) });
    if (outcome.contents?.length) topicMessages.push({ topic: t.reviewContent, messages: outcome.contents });
    if (outcome.deadLetters.length) {
      topicMessages.push({
        topic: t.deadLetter,
        messages: outcome.deadLetters.map((d) => ({ key: d.originalKey, value: this.o.schemas.encode(SUBJECTS.deadLetter, d), headers: { 'vigil-error-code': d.errorCode } })),
      });
    }
    if (!topicMessages.length) return;
    await this.producer.sendBatch({ topicMessages, acks: -1 });
  }

  /** A chunk's verdicts encoded once, whichever topics (verdicts, review, priority, blocks) they go to. */
  private readonly encoded = new Map<Verdict, Message>();
  private verdictMessage(v: Verdict): Message {
    let m = this.encoded.get(v);
    if (!m) {
      const t0 = performance.now();
      m = { key: v.senderId, value: this.o.schemas.encode(SUBJECTS.verdict, v), headers: { 'vigil-verdict-id': v.verdictId, 'vigil-decision': v.decision } };
      this.o.judge.stages.add('encode', performance.now() - t0);
      this.encoded.set(v, m);
    }
    return m;
  }

  /**
   * Reads this service's verdicts back from the start of the verdict topic up to its current end, before
   * joining the group, so state derived from past verdicts (the enforcement ladder's strikes) survives a
   * restart.
   */
  private async restore(onVerdict: (v: Verdict) => void): Promise<void> {
    const topic = this.o.config.topics.verdicts;
    const ends = await topicEnds(this.kafka, topic); // none: no verdict topic yet, nothing to restore
    const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p));
    if (pending.size === 0) return;
    const started = Date.now();
    let replayed = 0;
    const reader = this.kafka.consumer({ groupId: `${this.group}.restore.${process.pid}.${started}`, maxWaitTimeInMs: 100, sessionTimeout: Math.max(6000, this.o.config.sessionTimeoutMs) });
    await reader.connect();
    try {
      await reader.subscribe({ topic, fromBeginning: true });
      const done = new Promise<void>((resolve) => {
        void reader.run({
          autoCommit: false,
          eachBatch: async ({ batch }) => {
            for (const m of batch.messages) {
              if (BigInt(m.offset) >= ends.get(batch.partition)!) break;
              try {
                const v = (await this.o.schemas.decodeFetched<Verdict>(m.value, [SUBJECTS.verdict])).value;
                if (v.service === this.o.service) {
                  onVerdict(v);
                  replayed++;
                }
              } catch (err) {
                if (describeError(err).retriable) throw err; // registry unavailable: the batch is read again, no strike skipped
                // an undecodable verdict cannot carry strikes; skip it
              }
            }
            const last = batch.messages[batch.messages.length - 1];
            if (!last || BigInt(last.offset) + 1n >= ends.get(batch.partition)!) pending.delete(batch.partition);
            if (pending.size === 0) resolve();
          },
        });
      });
      await done;
    } finally {
      await reader.disconnect();
    }
    this.log.info('restored from the verdict topic', { verdicts: replayed, ms: Date.now() - started });
  }

  /**
   * Label children cached per metric and label values (nested maps: no key string built per call):
   * prom-client hashes a label object on every call otherwise.
   */
  private readonly children = new Map<object, Map<string, unknown>>();
  private child<T extends { inc(v?: number): void } | { observe(v: number): void }>(metric: { labels(...values: string[]): T }, ...values: string[]): T {
    let level = this.children.get(metric);
    if (!level) this.children.set(metric, (level = new Map()));
    for (let i = 0; i < values.length - 1; i++) {
      let next = level.get(values[i]!) as Map<string, unknown> | undefined;
      if (!next) level.set(values[i]!, (next = new Map()));
      level = next;
    }
    const last = values[values.length - 1]!;
    let c = level.get(last) as T | undefined;
    if (!c) level.set(last, (c = metric.labels(...values)));
    return c;
  }

  private observe(outcome: Outcome, events: number, ms: number): void {
    const s = this.o.service;
    const m = this.o.metrics;
    if (events > 0) {
      this.child(m.batchEvents, s).observe(events);
      const perEvent = ms / 1000 / events;
      const processing = this.child(m.processingSeconds, s);
      for (let i = 0; i < events; i++) processing.observe(perEvent);
    }
    const now = Date.now();
    const e2e = this.child(m.endToEndSeconds, s);
    // counters tallied over the chunk, one inc per label set (each prom-client inc hashes its labels)
    const tally = new Map<{ inc(v?: number): void }, number>();
    const count = (c: { inc(v?: number): void }) => tally.set(c, (tally.get(c) ?? 0) + 1);
    for (const v of outcome.verdicts) {
      if (v.categories.length === 0) count(this.child(m.verdicts, s, v.decision, 'none'));
      for (const c of v.categories) count(this.child(m.verdicts, s, v.decision, c.name));
      for (const p of v.policies) count(this.child(m.policyHits, s, p.id));
      for (const r of v.rules) count(this.child(m.rulesFired, s, r.id, 'enforced'));
      e2e.observe(Math.max(0, (now - v.occurredAt) / 1000));
    }
    for (const v of outcome.shadows) for (const r of v.rules) if (r.shadow) count(this.child(m.rulesFired, s, r.id, 'shadow'));
    for (const d of outcome.deadLetters) count(this.child(m.deadLetters, s, d.errorCode));
    for (const [c, k] of tally) c.inc(k);
  }

  /**
   * Graceful stop: stop fetching, let the in-flight batch finish (its verdicts are produced and its
   * offsets committed), leave the group and disconnect. Resolves false if the deadline passed first.
   */
  stop(deadlineMs: number = this.o.config.shutdownDeadlineMs): Promise<boolean> {
    if (this.stopping) return this.stopping;
    this.log.info('stopping', { deadlineMs });
    if (this.tickTimer) clearInterval(this.tickTimer);
    const work = (async () => {
      await this.consumer.disconnect(); // stops the runner after the running batch, commits, leaves the group
      await this.producer.disconnect();
      for (const companion of this.o.companions ?? []) await companion.stop();
      return true;
    })();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), deadlineMs)));
    this.stopping = Promise.race([work, deadline]).then(async (ok) => {
      clearTimeout(timer);
      this.o.onStop?.();
      await this.http?.close();
      this.log.info(ok ? 'stopped' : 'stop deadline passed', {});
      return ok;
    });
    return this.stopping;
  }
}
