import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import avro from 'avsc';
import { checkAvro } from './avro-check.js';
import { DecodeError } from '../common/errors.js';
import { projectRoot } from '../common/paths.js';

/** Confluent wire format: magic byte 0, 4-byte big-endian schema id, Avro binary body. */
export const MAGIC_BYTE = 0;
export const HEADER_BYTES = 5;
/** encode() writes into one reused buffer of this many bytes at first; it grows (doubling) when a message is larger. */
export const ENCODE_BUFFER_BYTES = 8192;
/** The reused buffer grows no larger; a larger message (an image event) is written into a buffer of its own. */
export const ENCODE_BUFFER_MAX_BYTES = 1 << 20;

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

/** How the bytes of one writer schema id are read: the writer's schema, and the reader's version it resolves to. */
export interface Reading {
  readonly id: number;
  readonly subject: string;
  readonly writerVersion: number;
  readonly writerType: avro.Type;
  readonly writerSchema: Parameters<typeof checkAvro>[0];
  readonly reader: SchemaEntry;
  /** null: the writer is the reader's own version. */
  readonly resolver: avro.Resolver | null;
}

/** The 4-byte schema id of a Confluent-framed message; null when the framing is wrong (decode says why). */
export function framedId(buf: Buffer | null | undefined): number | null {
  return buf && buf.length >= HEADER_BYTES && buf[0] === MAGIC_BYTE ? buf.readUInt32BE(1) : null;
}

/**
 * The schemas in schemas/ with their ids. Encodes with a subject's latest version; decodes any known
 * version and resolves it to the latest (the reader's) version.
 *
 * This is the embedded id space of schemas/registry.json. RegistrySchemas (registry-schemas.ts) keeps
 * the same encode/decode over a Confluent-compatible Schema Registry's ids; callers that may meet ids
 * not seen yet call missing() and fetch() (or decodeFetched()) first, which cost nothing here.
 */
export class SchemaRegistry {
  protected readonly byId = new Map<number, SchemaEntry>();
  protected readonly latest = new Map<string, SchemaEntry>();
  private readonly readings = new Map<number, Reading>();
  /** encode()'s reused buffer: allocated on first use, grown up to ENCODE_BUFFER_MAX_BYTES. */
  private encodeBuf: Buffer | undefined;

  constructor(entries: readonly SchemaEntry[]) {
    for (const e of entries) {
      if (this.byId.has(e.id)) throw new Error(`schema id ${e.id} is used twice`);
      this.byId.set(e.id, e);
      const cur = this.latest.get(e.subject);
      if (!cur || cur.version < e.version) this.latest.set(e.subject, e);
    }
    for (const e of entries) {
      const reader = this.latest.get(e.subject)!;
      this.readings.set(e.id, {
        id: e.id,
        subject: e.subject,
        writerVersion: e.version,
        writerType: e.type,
        writerSchema: e.type.schema() as Reading['writerSchema'],
        reader,
        resolver: reader.id === e.id ? null : reader.type.createResolver(e.type),
      });
    }
  }

  static load(dir: string = join(projectRoot(), 'schemas')): SchemaRegistry {
    return new SchemaRegistry(loadEntries(dir));
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

  /** Schema ids among these messages that must be fetched before decode() can read them (none here). */
  missing(_values: readonly (Buffer | null | undefined)[]): number[] {
    return [];
  }

  /** Fetches the writer schemas of these ids (a no-op here; RegistrySchemas asks its registry). */
  async fetch(_ids: readonly number[]): Promise<void> {}

  /** Readies encoding (a no-op here; RegistrySchemas registers the output subjects). */
  async open(): Promise<void> {}

  close(): void {}

  /** decode() after fetching what it needs: for readers of a few messages (replays, the review console). */
  async decodeFetched<T = unknown>(buf: Buffer | null, allowedSubjects?: readonly string[]): Promise<Decoded<T>> {
    const ids = this.missing([buf]);
    if (ids.length) await this.fetch(ids);
    return this.decode<T>(buf, allowedSubjects);
  }

  /** The id written in front of a subject's latest version. */
  protected outputId(entry: SchemaEntry): number {
    return entry.id;
  }

  /** How a writer id is read here, or a DecodeError saying why it cannot be. */
  protected reading(id: number, allowedSubjects?: readonly string[]): Reading {
    const r = this.readings.get(id);
    if (!r) throw new DecodeError('VGL_UNKNOWN_SCHEMA', `unknown schema id ${id}`);
    if (allowedSubjects && !allowedSubjects.includes(r.subject)) {
      throw new DecodeError('VGL_WRONG_SUBJECT', `schema id ${id} (${r.subject}) is not accepted here; expected ${allowedSubjects.join(' or ')}`);
    }
    return r;
  }

  /** Encodes with the subject's latest version (or the given schema id, for tests of older writers). */
  encode(subject: string, value: unknown, schemaId?: number): Buffer {
    const entry = schemaId === undefined ? this.schema(subject) : this.byId.get(schemaId);
    if (!entry || entry.subject !== subject) throw new Error(`schema id ${schemaId} is not a version of ${subject}`);
    const id = schemaId === undefined ? this.outputId(entry) : entry.id;
    // One write into a reused buffer, one copy out (type.toBuffer writes twice past its own 1 KiB scratch
    // buffer, and then the body was copied behind the header once more).
    let buf = this.encodeBuf ??= Buffer.allocUnsafeSlow(ENCODE_BUFFER_BYTES);
    let end = entry.type.encode(value, buf, HEADER_BYTES);
    if (end < 0) {
      // too small: avsc returns minus the bytes missing; the failed write has measured the exact size
      const size = buf.length - end;
      if (size > ENCODE_BUFFER_MAX_BYTES) {
        // a large value (an image) is written straight into its own exact buffer; the reused one stays small
        const out = Buffer.allocUnsafe(size);
        out.writeUInt8(MAGIC_BYTE, 0);
        out.writeUInt32BE(id, 1);
        entry.type.encode(value, out, HEADER_BYTES);
        return out;
      }
      buf = this.encodeBuf = Buffer.allocUnsafeSlow(Math.min(ENCODE_BUFFER_MAX_BYTES, Math.max(size, 2 * buf.length)));
      end = entry.type.encode(value, buf, HEADER_BYTES);
    }
    buf.writeUInt8(MAGIC_BYTE, 0);
    buf.writeUInt32BE(id, 1);
    const out = Buffer.allocUnsafe(end);
    buf.copy(out, 0, 0, end);
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
    const r = this.reading(id, allowedSubjects);
    const body = buf.subarray(HEADER_BYTES);
    let value: unknown;
    try {
      checkAvro(r.writerSchema, body); // lengths and counts within the bytes, before avsc allocates anything
      value = r.writerType.fromBuffer(body);
    } catch (err) {
      throw new DecodeError('VGL_AVRO_DECODE', `${r.subject} v${r.writerVersion}: ${(err as Error).message}`, err);
    }
    // avsc replaces invalid UTF-8 with U+FFFD; a real U+FFFD re-encodes to the same bytes, a replaced one does not.
    if (containsReplacementChar(value) && !r.writerType.toBuffer(value).equals(body)) {
      throw new DecodeError('VGL_INVALID_UTF8', `${r.subject}: a string field is not valid UTF-8`);
    }
    if (r.resolver) {
      try {
        value = r.reader.type.fromBuffer(body, r.resolver);
      } catch (err) {
        throw new DecodeError('VGL_AVRO_DECODE', `${r.subject} v${r.writerVersion} -> v${r.reader.version}: ${(err as Error).message}`, err);
      }
    }
    return { schemaId: id, subject: r.subject, writerVersion: r.writerVersion, value: value as T };
  }
}

/** The schema files of schemas/registry.json with their embedded ids. */
export function loadEntries(dir: string = join(projectRoot(), 'schemas')): SchemaEntry[] {
  const file = JSON.parse(readFileSync(join(dir, 'registry.json'), 'utf8')) as RegistryFile;
  return file.schemas.map((s) => ({
    id: s.id,
    subject: s.subject,
    version: s.version,
    type: avro.Type.forSchema(JSON.parse(readFileSync(join(dir, s.file), 'utf8')) as avro.Schema),
  }));
}
