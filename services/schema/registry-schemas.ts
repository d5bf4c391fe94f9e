import avro from 'avsc';
import type { SchemaRegistryConfig, TopicsConfig, VigilConfig } from '../common/config.js';
import { DecodeError, VigilError } from '../common/errors.js';
import { REVIEW_SUBJECTS } from '../review/types.js';
import { SchemaRegistry, framedId, loadEntries, type Reading, type SchemaEntry } from './registry.js';
import { SchemaRegistryClient } from './schema-registry-client.js';
import { SUBJECTS } from './types.js';

/** vigil's schema cannot read what the registered latest version of its subject wrote (BACKWARD). */
export class IncompatibleSchemaError extends VigilError {
  constructor(readonly registrySubject: string, message: string, cause?: unknown) {
    super('VGL_SCHEMA_INCOMPATIBLE', message, { cause });
  }
}

/** An output topic and the vigil subject (record) written to it; registered as `<topic>-value`. */
export interface OutputTopic {
  readonly topic: string;
  readonly subject: string;
}

/**
 * Every topic vigil writes, with its record. The first topic of a subject gives the id vigil encodes
 * with; the others are registered too so that each topic's subject exists and is governed (a registry
 * gives one schema one id, so in practice they are the same id).
 */
export function outputTopics(t: TopicsConfig): OutputTopic[] {
  return [
    { topic: t.verdicts, subject: SUBJECTS.verdict },
    { topic: t.review, subject: SUBJECTS.verdict },
    { topic: t.priority, subject: SUBJECTS.verdict },
    { topic: t.shadow, subject: SUBJECTS.verdict },
    { topic: t.blocks, subject: SUBJECTS.verdict },
    { topic: t.deadLetter, subject: SUBJECTS.deadLetter },
    { topic: t.reviewContent, subject: REVIEW_SUBJECTS.content },
    { topic: t.reviewDecisions, subject: REVIEW_SUBJECTS.decision },
  ];
}

/** The schema text vigil registers: the parsed schema with defaults, aliases and docs kept. */
export function registeredText(entry: SchemaEntry): string {
  return JSON.stringify(entry.type.schema({ exportAttrs: true }));
}

/**
 * Checks that `reader` can read what `writerText` wrote (Avro schema resolution, as avsc resolves it):
 * a new version of a subject must read the data of the registered latest one (BACKWARD).
 * Returns the reason when it cannot.
 */
export function backwardIncompatibility(reader: avro.Type, writerText: string): string | null {
  let writer: avro.Type;
  try {
    writer = avro.Type.forSchema(JSON.parse(writerText) as avro.Schema);
  } catch (err) {
    return `the registered schema does not parse as Avro: ${(err as Error).message}`;
  }
  try {
    reader.createResolver(writer);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

interface Writer {
  readonly type: avro.Type;
  readonly schema: Reading['writerSchema'];
  /** The local version with the same canonical form, or 0 when vigil has no such version. */
  readonly fingerprint: string;
}

function writerOf(type: avro.Type): Writer {
  return { type, schema: type.schema() as Reading['writerSchema'], fingerprint: type.fingerprint().toString('hex') };
}

/** A 404 is re-asked after this long: an id the registry did not have may be registered later. */
const NOT_FOUND_TTL_MS = 60_000;
/** Unknown ids remembered at most (garbage ids in a flood of bad input must not grow memory without end). */
const NOT_FOUND_MAX = 10_000;

/**
 * vigil's schemas over a Confluent-compatible Schema Registry's ids. Input: any writer id is fetched
 * (GET /schemas/ids/{id}, cached for good: a registry never changes what an id means) and resolved to
 * vigil's reader version of the subject it is allowed to be; the bytes are read by vigil's own decoder
 * with its bounds check. Output: open() registers vigil's latest schemas under `<topic>-value` after
 * checking them itself against the registered latest version, and encode() writes the registry's ids.
 * vigil never registers or changes subjects other than those of its output topics.
 */
export class RegistrySchemas extends SchemaRegistry {
  private readonly writers = new Map<number, Writer | DecodeError>();
  private readonly notFound = new Map<number, number>();
  private readonly resolved = new Map<string, Reading | DecodeError>();
  private readonly ids = new Map<string, number>();
  private readonly versions = new Map<string, number>();
  private readonly inflight = new Map<number, Promise<void>>();

  constructor(
    entries: readonly SchemaEntry[],
    private readonly client: SchemaRegistryClient,
    private readonly outputs: readonly OutputTopic[],
    private readonly now: () => number = Date.now,
  ) {
    super(entries);
    for (const e of entries) this.versions.set(`${e.subject}\u0000${e.type.fingerprint().toString('hex')}`, e.version);
  }

  static create(config: Pick<VigilConfig, 'topics'> & { schemaRegistry: SchemaRegistryConfig }, dir?: string): RegistrySchemas {
    return new RegistrySchemas(loadEntries(dir), new SchemaRegistryClient(config.schemaRegistry), outputTopics(config.topics));
  }

  /** The registry id vigil encodes a subject with (after open()). */
  registryId(subject: string): number | undefined {
    return this.ids.get(subject);
  }

  override missing(values: readonly (Buffer | null | undefined)[]): number[] {
    const out: number[] = [];
    for (const v of values) {
      const id = framedId(v);
      if (id === null || this.writers.has(id) || out.includes(id)) continue;
      const nf = this.notFound.get(id);
      if (nf !== undefined && this.now() - nf < NOT_FOUND_TTL_MS) continue;
      out.push(id);
    }
    return out;
  }

  /** Fetches writer schemas; throws SchemaRegistryUnavailableError (retriable) when the registry cannot answer. */
  override async fetch(ids: readonly number[]): Promise<void> {
    for (const id of ids) {
      if (this.writers.has(id)) continue;
      // partitions consumed concurrently meet a new id together: one request answers them all
      let pending = this.inflight.get(id);
      if (!pending) {
        pending = this.fetchOne(id).finally(() => this.inflight.delete(id));
        this.inflight.set(id, pending);
      }
      await pending;
    }
  }

  private async fetchOne(id: number): Promise<void> {
    const found = await this.client.schemaById(id);
    if (!found) {
      this.notFound.delete(id);
      if (this.notFound.size >= NOT_FOUND_MAX) this.notFound.delete(this.notFound.keys().next().value!);
      this.notFound.set(id, this.now());
      return;
    }
    this.notFound.delete(id);
    this.writers.set(id, this.parseWriter(id, found.schema, found.type));
  }

  override async open(): Promise<void> {
    await this.bind(this.outputs, true);
  }

  /**
   * For a producer of the input topics (`vigil produce`): encode vigil's event schemas with the ids the
   * registry has for them under `<topic>-value`. The platform owns those subjects, so vigil's schema is
   * only looked up there; `register` (an explicit choice, for a test or staging registry) registers it
   * after the same BACKWARD check as open(). An input subject without vigil's schema is refused with
   * VGL_SCHEMA_REGISTRY naming the subject: no id is guessed.
   */
  async openInputs(inputs: readonly OutputTopic[], o: { register: boolean }): Promise<void> {
    await this.bind(inputs, o.register);
  }

  private async bind(topics: readonly OutputTopic[], register: boolean): Promise<void> {
    for (const { topic, subject } of topics) {
      const entry = this.latest.get(subject);
      if (!entry) continue;
      const registrySubject = `${topic}-value`;
      const text = registeredText(entry);
      let id = (await this.client.lookup(registrySubject, text))?.id;
      if (id === undefined) {
        if (!register) {
          throw new VigilError('VGL_SCHEMA_REGISTRY', `Schema Registry subject ${registrySubject} has no version equal to vigil's ${subject} v${entry.version}: the platform registers the input subjects (or pass --register to register it on a test registry)`);
        }
        const current = await this.client.latest(registrySubject);
        if (current) {
          const why = backwardIncompatibility(entry.type, current.schema);
          if (why !== null) {
            throw new IncompatibleSchemaError(
              registrySubject,
              `Schema Registry subject ${registrySubject}: vigil's ${subject} v${entry.version} cannot read data written with the registered latest version ${current.version} (id ${current.id}), so it is not registered (BACKWARD): ${why}`,
            );
          }
        }
        id = await this.client.register(registrySubject, text);
      }
      if (!this.ids.has(subject)) this.ids.set(subject, id);
      if (!this.writers.has(id)) this.writers.set(id, writerOf(entry.type));
    }
  }

  override close(): void {
    this.client.close();
  }

  protected override outputId(entry: SchemaEntry): number {
    const id = this.ids.get(entry.subject);
    if (id === undefined) throw new VigilError('VGL_SCHEMA_REGISTRY', `${entry.subject} has no Schema Registry id: it is not one of vigil's output subjects, or open() has not run`);
    return id;
  }

  protected override reading(id: number, allowedSubjects?: readonly string[]): Reading {
    const w = this.writers.get(id);
    if (w === undefined) {
      if (this.notFound.has(id)) throw new DecodeError('VGL_UNKNOWN_SCHEMA', `schema id ${id} does not exist in the Schema Registry`);
      // a caller that skipped fetch(): a bug, not bad input
      throw new VigilError('VGL_SCHEMA_REGISTRY', `schema id ${id} was not fetched before decoding`, { retriable: true });
    }
    if (w instanceof DecodeError) throw w;
    const key = `${id}\u0000${allowedSubjects?.join('\u0000') ?? ''}`;
    let r = this.resolved.get(key);
    if (!r) {
      r = this.resolve(id, w, allowedSubjects ?? [...this.latest.keys()]);
      this.resolved.set(key, r);
    }
    if (r instanceof DecodeError) throw r;
    return r;
  }

  private resolve(id: number, w: Writer, subjects: readonly string[]): Reading | DecodeError {
    const name = (w.type as avro.Type & { name?: string }).name ?? String(w.type.typeName);
    const reasons: string[] = [];
    for (const subject of subjects) {
      const reader = this.latest.get(subject);
      if (!reader) continue;
      const same = reader.type.fingerprint().toString('hex') === w.fingerprint;
      let resolver: avro.Resolver | null = null;
      if (!same) {
        try {
          resolver = reader.type.createResolver(w.type);
        } catch (err) {
          if (name === subject) reasons.push(`${subject} v${reader.version}: ${(err as Error).message}`);
          continue;
        }
      }
      const writerVersion = this.versions.get(`${subject}\u0000${w.fingerprint}`) ?? 0;
      return { id, subject, writerVersion, writerType: w.type, writerSchema: w.schema, reader, resolver };
    }
    if (reasons.length) return new DecodeError('VGL_AVRO_DECODE', `schema id ${id} (${name}) does not resolve to vigil's reader schema: ${reasons.join('; ')}`);
    return new DecodeError('VGL_WRONG_SUBJECT', `schema id ${id} (${name}) is not accepted here; expected ${subjects.join(' or ')}`);
  }

  private parseWriter(id: number, text: string, schemaType: string): Writer | DecodeError {
    if (schemaType !== 'AVRO') return new DecodeError('VGL_WRONG_SUBJECT', `schema id ${id} is a ${schemaType} schema; vigil reads Avro`);
    try {
      return writerOf(avro.Type.forSchema(JSON.parse(text) as avro.Schema));
    } catch (err) {
      return new DecodeError('VGL_UNKNOWN_SCHEMA', `schema id ${id} from the Schema Registry is not a valid Avro schema: ${(err as Error).message}`);
    }
  }
}

/** The schemas a service uses: the registry's when VIGIL_SCHEMA_REGISTRY_URL is set, else the embedded ids. */
export function loadSchemas(config: Pick<VigilConfig, 'topics' | 'schemaRegistry'>, dir?: string): SchemaRegistry {
  const registry = config.schemaRegistry;
  return registry ? RegistrySchemas.create({ topics: config.topics, schemaRegistry: registry }, dir) : SchemaRegistry.load(dir);
}
