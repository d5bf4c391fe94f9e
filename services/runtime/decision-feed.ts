import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Consumer, Kafka } from 'kafkajs';
import { createKafka, topicEnds } from './kafka.js';
import { Counter, type Registry } from 'prom-client';
import type { VigilConfig } from '../common/config.js';
import { describeError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { PolicyEngine } from '../policy/index.js';
import { REVIEW_SUBJECTS, type ReviewDecision } from '../review/index.js';
import type { SchemaRegistry } from '../schema/registry.js';

/**
 * Applies a review decision's strike change to a worker's strike store: a confirmed item adds the
 * rule's weight, an overturned appealed block takes its weight back (at the original event time, so
 * decay matches the verdict it corrects).
 */
export function applyStrikeDelta(engine: PolicyEngine, senderId: string, occurredAt: number, delta: number): void {
  if (delta > 0) engine.replay(senderId, occurredAt, delta);
  else if (delta < 0) engine.revoke(senderId, occurredAt, -delta);
}

/**
 * Every worker instance that holds strikes reads the whole decisions topic under a group of its own
 * (not the service's group: each instance must see every decision, whichever partitions it owns). It
 * reads from the beginning, so a restart replays decisions as the verdict restore replays verdicts;
 * start() returns once it has caught up with the topic's end as of starting.
 */
export class DecisionFeed {
  private readonly kafka: Kafka;
  private consumer: Consumer | undefined;
  private readonly applied: Counter<'service' | 'outcome'>;
  private readonly log: Logger;

  constructor(private readonly o: { service: string; config: VigilConfig; engine: PolicyEngine; schemas: SchemaRegistry; registry: Registry; logger: Logger }) {
    const c = o.config;
    this.kafka = createKafka(c, { who: `${o.service}-decisions` });
    this.applied = new Counter({ name: 'vigil_review_decisions_applied_total', help: 'Review decisions applied to this worker\'s strike store, by outcome.', labelNames: ['service', 'outcome'], registers: [o.registry] });
    this.log = o.logger.child({ service: o.service, part: 'decision-feed' });
  }

  async start(): Promise<void> {
    const topic = this.o.config.topics.reviewDecisions;
    const ends = await topicEnds(this.kafka, topic); // none: no decisions yet, nothing to catch up with
    const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p));
    let caughtUp!: () => void;
    const ready = new Promise<void>((r) => (caughtUp = r));
    if (pending.size === 0) caughtUp();
    const c = this.o.config;
    this.consumer = this.kafka.consumer({
      groupId: `${c.groupPrefix}.${this.o.service}.decisions.${hostname()}.${process.pid}.${randomUUID().slice(0, 8)}`,
      sessionTimeout: Math.max(6000, c.sessionTimeoutMs),
      heartbeatInterval: c.heartbeatIntervalMs,
      maxWaitTimeInMs: c.maxWaitMs,
      allowAutoTopicCreation: true,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        try {
          const d = (await this.o.schemas.decodeFetched<ReviewDecision>(message.value, [REVIEW_SUBJECTS.decision])).value;
          applyStrikeDelta(this.o.engine, d.senderId, d.occurredAt, d.strikeDelta);
          this.applied.inc({ service: this.o.service, outcome: d.outcome });
        } catch (err) {
          if (describeError(err).retriable) throw err; // Schema Registry unavailable: kafkajs retries the message
          this.log.warn('undecodable review decision skipped', { partition, offset: message.offset, error: describeError(err).message });
        }
        if (pending.has(partition) && BigInt(message.offset) + 1n >= ends.get(partition)!) {
          pending.delete(partition);
          if (pending.size === 0) caughtUp();
        }
      },
    });
    await ready;
    this.log.info('review decisions caught up', {});
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
