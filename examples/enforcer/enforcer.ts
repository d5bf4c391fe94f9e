/**
 * Reference enforcer: consumes vigil.verdicts and vigil.verdicts.priority and applies each verdict's
 * actions once. Kafka delivers at least once (a restart, a rebalance, or vigil re-judging an event
 * after a crash — same verdictId), and a priority verdict arrives on both topics, so the enforcer
 * keeps the ids it has applied in an append-only JSON-lines file and skips any it has seen.
 *
 *   KAFKA_BROKERS=host:9092 [SCHEMA_REGISTRY_URL=http://registry:8081] \
 *     APPLIED_LOG=/var/lib/enforcer/applied.jsonl npx tsx examples/enforcer/enforcer.ts
 */
import { appendFileSync, existsSync, fsyncSync, openSync, closeSync, readFileSync } from 'node:fs';
import type { Consumer, Kafka } from 'kafkajs';
import { kafkaFromEnv, wireFromEnv, type Wire } from '../wire.js';

/** The fields of vigil's Verdict an enforcer acts on (schemas/verdict.v*.avsc has them all). */
export interface VerdictLike {
  verdictId: string;
  eventId: string;
  senderId: string;
  decision: 'ALLOW' | 'REVIEW' | 'BLOCK';
  actions: string[];
  primaryPolicy?: string | null;
  strikes: number;
}

/** Where an action lands: the platform's moderation API. The default prints what it would do. */
export type ApplyAction = (verdict: VerdictLike) => Promise<void>;

/**
 * The ids of applied verdicts, durable across restarts: one JSON line per verdict, fsynced before
 * the offset is committed. A verdict is recorded after its actions succeed, so a crash in between
 * applies it again on restart: actions should be idempotent on the platform side as well (remove a
 * message that is already removed: no-op), and this log makes the repeat rare rather than routine.
 */
export class AppliedLog {
  private readonly ids = new Set<string>();

  constructor(private readonly file: string) {
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          this.ids.add((JSON.parse(line) as { verdictId: string }).verdictId);
        } catch {
          // a line torn by a crash mid-write: its verdict is applied again, once
        }
      }
    }
  }

  has(verdictId: string): boolean {
    return this.ids.has(verdictId);
  }

  get size(): number {
    return this.ids.size;
  }

  record(v: VerdictLike): void {
    appendFileSync(this.file, JSON.stringify({ verdictId: v.verdictId, eventId: v.eventId, decision: v.decision, actions: v.actions, at: new Date().toISOString() }) + '\n');
    const fd = openSync(this.file, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.ids.add(v.verdictId);
  }
}

export interface EnforcerOptions {
  readonly kafka: Kafka;
  readonly wire: Wire;
  readonly topics: readonly string[];
  readonly groupId: string;
  readonly log: AppliedLog;
  readonly apply?: ApplyAction;
}

export class Enforcer {
  private consumer: Consumer | undefined;
  /** Messages handled, by outcome: applied, duplicate (seen before), ignored (nothing to do), undecodable. */
  readonly counts = { applied: 0, duplicate: 0, ignored: 0, undecodable: 0 };

  constructor(private readonly o: EnforcerOptions) {}

  /** Applies one verdict unless it was applied before. */
  async handle(v: VerdictLike): Promise<'applied' | 'duplicate' | 'ignored'> {
    if (this.o.log.has(v.verdictId)) return 'duplicate';
    if (v.decision === 'ALLOW' && v.actions.length === 0) return 'ignored';
    await (this.o.apply ?? printAction)(v);
    this.o.log.record(v);
    return 'applied';
  }

  async start(): Promise<void> {
    this.consumer = this.o.kafka.consumer({ groupId: this.o.groupId, maxWaitTimeInMs: 200 });
    await this.consumer.connect();
    for (const topic of this.o.topics) await this.consumer.subscribe({ topic, fromBeginning: true });
    // one message at a time, committed after it is applied and recorded: at least once, applied once
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        let v: VerdictLike;
        try {
          v = await this.o.wire.decode<VerdictLike>(message.value!);
        } catch {
          this.counts.undecodable++;
          return;
        }
        this.counts[await this.handle(v)]++;
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

async function printAction(v: VerdictLike): Promise<void> {
  // ids only: an enforcer's log is no place for message content
  process.stdout.write(`${v.decision} ${v.eventId} sender=${v.senderId} actions=${v.actions.join(',') || '-'} policy=${v.primaryPolicy ?? '-'}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = process.env;
  const enforcer = new Enforcer({
    kafka: kafkaFromEnv('enforcer'),
    wire: wireFromEnv(),
    topics: [env.VERDICTS_TOPIC ?? 'vigil.verdicts', env.PRIORITY_TOPIC ?? 'vigil.verdicts.priority'],
    groupId: env.GROUP_ID ?? 'enforcer',
    log: new AppliedLog(env.APPLIED_LOG ?? 'applied.jsonl'),
  });
  await enforcer.start();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void enforcer.stop().then(() => process.exit(0)));
}
