import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import avro from 'avsc';
import { checkAvro } from './avro-check.js';
import { DecodeError } from '../common/errors.js';
import { projectRoot } from '../common/paths.js';

/** Confluent wire format: magic byte 0, 4-byte big-endian schema id, Avro binary body. */
export const MAGIC_BYTE = 0;
export const HEADER_BYTES = 5;

interface RegistryFile {
  schemas: { id: number; subject: string; version: number; file: string }[];
}

export interface SchemaEntry {
  readonly id: number;
  readonly subject: string;
  readonly version: number;
  readonly type: avro.Type;
}

export interface Decoded<T = unknown> {
  readonly schemaId: number;
  readonly subject: string;
  /** Writer's version; the value is always resolved to the reader's (latest) version. */
  readonly writerVersion: number;
  readonly value: T;
}

function containsReplacementChar(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\uFFFD');
  if (Array.isArray(value)) return value.some(containsReplacementChar);
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) return Object.values(value).some(containsReplacementChar);
  return false;
}

/**
 * The schemas in schemas/ with their ids. Encodes with a subject's latest version; decodes any known
 * version and resolves it to the latest (the reader's) version.
 */
export class SchemaRegistry {
  private readonly byId = new Map<number, SchemaEntry>();
  private readonly latest = new Map<string, SchemaEntry>();
  private readonly resolvers = new Map<number, avro.Resolver>();
  private readonly schemas = new Map<number, Parameters<typeof checkAvro>[0]>();

  private schemaJson(e: SchemaEntry): Parameters<typeof checkAvro>[0] {
    let s = this.schemas.get(e.id);
    if (!s) {
      s = e.type.schema() as Parameters<typeof checkAvro>[0];
      this.schemas.set(e.id, s);
    }
    return s;
  }

  constructor(entries: readonly SchemaEntry[]) {
    for (const e of entries) {
      if (this.byId.has(e.id)) throw new Error(`schema id ${e.id} is used twice`);
      this.byId.set(e.id, e);
      const cur = this.latest.get(e.subject);
      if (!cur || cur.version < e.version) this.latest.set(e.subject, e);
    }
    for (const e of entries) {
      const reader = this.latest.get(e.subject)!;
      if (reader.id !== e.id) this.resolvers.set(e.id, reader.type.createResolver(e.type));
    }
  }

  static load(dir: string = join(projectRoot(), 'schemas')): SchemaRegistry {
    const file = JSON.parse(readFileSync(join(dir, 'registry.json'), 'utf8')) as RegistryFile;
    return new SchemaRegistry(
      file.schemas.map((s) => ({
        id: s.id,
        subject: s.subject,
        version: s.version,
        type: avro.Type.forSchema(JSON.parse(readFileSync(join(dir, s.file), 'utf8')) as avro.Schema),
      })),
    );
  }

  /** Latest schema of a subject. */
  schema(subject: string): SchemaEntry {
    const e = this.latest.get(subject);
    if (!e) throw new Error(`unknown subject ${subject}`);
    return e;
  }

  entries(): SchemaEntry[] {
    return [...this.byId.values()];
  }

  /** Encodes with the subject's latest version (or the given schema id, for tests of older writers). */
  encode(subject: string, value: unknown, schemaId?: number): Buffer {
    const entry = schemaId === undefined ? this.schema(subject) : this.byId.get(schemaId);
    if (!entry || entry.subject !== subject) throw new Error(`schema id ${schemaId} is not a version of ${subject}`);
    const body = entry.type.toBuffer(value);
    const out = Buffer.allocUnsafe(HEADER_BYTES + body.length);
    out.writeUInt8(MAGIC_BYTE, 0);
    out.writeUInt32BE(entry.id, 1);
    body.copy(out, HEADER_BYTES);
    return out;
  }

  /**
   * Decodes a framed message. Throws DecodeError (never retriable) on bad framing, an unknown schema id,
   * a subject other than those allowed, truncated or trailing bytes, or invalid UTF-8 in a string.
   */
  decode<T = unknown>(buf: Buffer | null, allowedSubjects?: readonly string[]): Decoded<T> {
    if (!buf || buf.length < HEADER_BYTES) throw new DecodeError('VGL_FRAMING', `message of ${buf?.length ?? 0} bytes is shorter than the 5-byte header`);
    if (buf[0] !== MAGIC_BYTE) throw new DecodeError('VGL_FRAMING', `magic byte is ${buf[0]}, expected 0`);
    const id = buf.readUInt32BE(1);
    const writer = this.byId.get(id);
    if (!writer) throw new DecodeError('VGL_UNKNOWN_SCHEMA', `unknown schema id ${id}`);
    if (allowedSubjects && !allowedSubjects.includes(writer.subject)) {
      throw new DecodeError('VGL_WRONG_SUBJECT', `schema id ${id} (${writer.subject}) is not accepted here; expected ${allowedSubjects.join(' or ')}`);
    }
    const body = buf.subarray(HEADER_BYTES);
    let value: unknown;
    try {
      checkAvro(this.schemaJson(writer), body); // lengths and counts within the bytes, before avsc allocates anything
      value = writer.type.fromBuffer(body);
    } catch (err) {
      throw new DecodeError('VGL_AVRO_DECODE', `${writer.subject} v${writer.version}: ${(err as Error).message}`, err);
    }
    // avsc replaces invalid UTF-8 with U+FFFD; a real U+FFFD re-encodes to the same bytes, a replaced one does not.
    if (containsReplacementChar(value) && !writer.type.toBuffer(value).equals(body)) {
      throw new DecodeError('VGL_INVALID_UTF8', `${writer.subject}: a string field is not valid UTF-8`);
    }
    const resolver = this.resolvers.get(id);
    if (resolver) {
      const reader = this.latest.get(writer.subject)!;
      try {
        value = reader.type.fromBuffer(body, resolver);
      } catch (err) {
        throw new DecodeError('VGL_AVRO_DECODE', `${writer.subject} v${writer.version} -> v${reader.version}: ${(err as Error).message}`, err);
      }
    }
    return { schemaId: id, subject: writer.subject, writerVersion: writer.version, value: value as T };
  }
}
