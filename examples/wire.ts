/**
 * The wire format both examples speak, written as a platform team would, without vigil's code:
 * Confluent framing (magic byte 0, 4-byte schema id, Avro binary) with either a Schema Registry
 * (SCHEMA_REGISTRY_URL, through @kafkajs/confluent-schema-registry) or the fixed ids of vigil's
 * schemas/registry.json (a deployment without a registry). One topic uses one id space.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import avro from 'avsc';
import { Kafka, logLevel } from 'kafkajs';

export const SCHEMAS_DIR = join(import.meta.dirname, '..', 'schemas');

interface RegistryFile {
  schemas: { id: number; subject: string; version: number; file: string }[];
}

export interface WireOptions {
  /** A Confluent-compatible Schema Registry; without it, the embedded ids of schemas/registry.json. */
  readonly registryUrl?: string;
  readonly registryAuth?: { username: string; password: string };
  readonly schemasDir?: string;
}

export class Wire {
  private readonly registry: SchemaRegistry | null;
  private readonly file: RegistryFile;
  private readonly types = new Map<number, avro.Type>();
  private readonly dir: string;

  constructor(o: WireOptions = {}) {
    this.dir = o.schemasDir ?? SCHEMAS_DIR;
    this.file = JSON.parse(readFileSync(join(this.dir, 'registry.json'), 'utf8')) as RegistryFile;
    this.registry = o.registryUrl ? new SchemaRegistry({ host: o.registryUrl, ...(o.registryAuth ? { auth: o.registryAuth } : {}) }) : null;
  }

  /** The latest schema file of a record (e.g. vigil.events.TextEvent) and its embedded id. */
  latest(subject: string): { id: number; schema: string } {
    const s = this.file.schemas.filter((x) => x.subject === subject).sort((a, b) => b.version - a.version)[0];
    if (!s) throw new Error(`no schema for ${subject} in schemas/registry.json`);
    return { id: s.id, schema: readFileSync(join(this.dir, s.file), 'utf8') };
  }

  /** The id to frame a record with on a topic: registered under `<topic>-value` with a registry, else the embedded id. */
  async idFor(topic: string, subject: string): Promise<number> {
    const { id, schema } = this.latest(subject);
    if (!this.registry) return id;
    return (await this.registry.register({ type: SchemaType.AVRO, schema }, { subject: `${topic}-value` })).id;
  }

  async encode(id: number, value: unknown): Promise<Buffer> {
    if (this.registry) return this.registry.encode(id, value);
    const body = this.type(id).toBuffer(value);
    const head = Buffer.alloc(5);
    head.writeUInt32BE(id, 1);
    return Buffer.concat([head, body]);
  }

  /** Decodes a framed message with its writer's schema. */
  async decode<T>(buf: Buffer): Promise<T> {
    if (this.registry) return (await this.registry.decode(buf)) as T;
    if (buf.length < 5 || buf[0] !== 0) throw new Error('not Confluent-framed');
    return this.type(buf.readUInt32BE(1)).fromBuffer(buf.subarray(5)) as T;
  }

  private type(id: number): avro.Type {
    let t = this.types.get(id);
    if (!t) {
      const s = this.file.schemas.find((x) => x.id === id);
      if (!s) throw new Error(`unknown schema id ${id}`);
      t = avro.Type.forSchema(JSON.parse(readFileSync(join(this.dir, s.file), 'utf8')) as avro.Schema);
      this.types.set(id, t);
    }
    return t;
  }
}

/** Reads the settings the examples share from the environment. */
export function wireFromEnv(env = process.env): Wire {
  const url = env.SCHEMA_REGISTRY_URL?.trim();
  const username = env.SCHEMA_REGISTRY_USERNAME?.trim();
  return new Wire({ ...(url ? { registryUrl: url } : {}), ...(username ? { registryAuth: { username, password: env.SCHEMA_REGISTRY_PASSWORD ?? '' } } : {}) });
}

/** A plain kafkajs client from KAFKA_BROKERS (or vigil's local broker file); add ssl/sasl for a real cluster. */
export function kafkaFromEnv(clientId: string, env = process.env): Kafka {
  const brokers = (env.KAFKA_BROKERS ?? readFileSync(join(import.meta.dirname, '..', '.broker', 'bootstrap.txt'), 'utf8')).trim().split(',');
  return new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING });
}
