/**
 * Reference chat service: publishes text and image events to vigil's input topics, keyed by the
 * sender (so one sender's messages stay in order on one partition), framed with the Schema
 * Registry's ids when SCHEMA_REGISTRY_URL is set and with vigil's embedded ids otherwise.
 *
 *   KAFKA_BROKERS=host:9092 [SCHEMA_REGISTRY_URL=http://registry:8081] \
 *     npx tsx examples/chat-producer/producer.ts "hello there" [--image photo.jpg] [--sender u1]
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Kafka, Producer } from 'kafkajs';
import { kafkaFromEnv, wireFromEnv, type Wire } from '../wire.js';

export interface ChatMessage {
  readonly senderId: string;
  readonly conversationId?: string | null;
  readonly text?: string;
  readonly image?: { readonly bytes: Buffer; readonly mimeType: string; readonly caption?: string | null };
  readonly locale?: string | null;
  readonly jurisdiction?: string | null;
}

export interface ChatProducerOptions {
  readonly kafka: Kafka;
  readonly wire: Wire;
  readonly textTopic?: string;
  readonly imageTopic?: string;
  /** The platform's name for where the content was posted (TextEvent.source). */
  readonly source?: string;
}

export class ChatProducer {
  private readonly producer: Producer;
  private readonly ids = new Map<string, number>();

  constructor(private readonly o: ChatProducerOptions) {
    // idempotent with acks=all: a retried send never duplicates an event on the topic
    this.producer = o.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  /** Publishes one event (an image when it has one, else text) and returns its eventId. */
  async publish(m: ChatMessage, eventId: string = randomUUID()): Promise<string> {
    const base = { eventId, occurredAt: Date.now(), source: this.o.source ?? 'chat', senderId: m.senderId, conversationId: m.conversationId ?? null, jurisdiction: m.jurisdiction ?? null, locale: m.locale ?? null };
    const [topic, subject, value] = m.image
      ? [this.o.imageTopic ?? 'vigil.events.image', 'vigil.events.ImageEvent', { ...base, mimeType: m.image.mimeType, bytes: m.image.bytes, caption: m.image.caption ?? m.text ?? null, contexts: [] }]
      : [this.o.textTopic ?? 'vigil.events.text', 'vigil.events.TextEvent', { ...base, text: m.text ?? '', replyToEventId: null, contexts: [] }];
    let id = this.ids.get(topic);
    if (id === undefined) {
      id = await this.o.wire.idFor(topic, subject);
      this.ids.set(topic, id);
    }
    await this.producer.send({ topic, acks: -1, messages: [{ key: m.senderId, value: await this.o.wire.encode(id, value) }] });
    return eventId;
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif' };

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { image: { type: 'string' }, sender: { type: 'string', default: 'example-user' } } });
  const p = new ChatProducer({ kafka: kafkaFromEnv('chat-producer'), wire: wireFromEnv(), ...(process.env.TEXT_TOPIC ? { textTopic: process.env.TEXT_TOPIC } : {}), ...(process.env.IMAGE_TOPIC ? { imageTopic: process.env.IMAGE_TOPIC } : {}) });
  await p.connect();
  const text = positionals.join(' ');
  const image = values.image ? { bytes: readFileSync(values.image), mimeType: MIME[extname(values.image).toLowerCase()] ?? 'application/octet-stream' } : undefined;
  const eventId = await p.publish({ senderId: values.sender!, ...(text ? { text } : {}), ...(image ? { image } : {}) });
  process.stdout.write(`published ${eventId}\n`);
  await p.disconnect();
}
