import { describe, expect, it } from 'vitest';
import avro from 'avsc';
import { DecodeError } from '../../../services/common/errors.js';
import { ENCODE_BUFFER_BYTES, ENCODE_BUFFER_MAX_BYTES, HEADER_BYTES, SchemaRegistry } from '../../../services/schema/registry.js';
import { SUBJECTS } from '../../../services/schema/types.js';

const schemas = SchemaRegistry.load();
const text = { eventId: 'e1', occurredAt: 1_732_590_000_000, source: 'chat', senderId: 'u1', conversationId: 'c1', jurisdiction: 'CN', locale: 'zh-CN', text: '你好, world', replyToEventId: null, contexts: ['medical'] };

function decodeError(fn: () => unknown): DecodeError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DecodeError);
    return err as DecodeError;
  }
  throw new Error('expected a DecodeError');
}

describe('SchemaRegistry', () => {
  it('frames with magic byte 0 and the 4-byte schema id of the latest version', () => {
    const buf = schemas.encode(SUBJECTS.text, text);
    expect(buf[0]).toBe(0);
    expect(buf.readUInt32BE(1)).toBe(schemas.schema(SUBJECTS.text).id);
    expect(schemas.decode(buf).value).toEqual(text);
  });

  it('resolves a v1 writer to the v2 reader, filling defaults', () => {
    const v1 = schemas.entries().find((e) => e.subject === SUBJECTS.text && e.version === 1)!;
    const { replyToEventId: _r, contexts: _c, ...old } = text;
    const buf = schemas.encode(SUBJECTS.text, old, v1.id);
    const d = schemas.decode(buf);
    expect(d.writerVersion).toBe(1);
    expect(d.value).toEqual({ ...old, replyToEventId: null, contexts: [] });
  });

  it('round-trips every content schema', () => {
    const img = { eventId: 'i', occurredAt: 1, source: 'feed', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/png', bytes: Buffer.from([0, 1, 2]), caption: null, contexts: [] };
    expect(schemas.decode(schemas.encode(SUBJECTS.image, img)).value).toEqual(img);
    const frame = { eventId: 'f', occurredAt: 1, source: 'feed', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, videoId: 'v', frameIndex: 3, ptsMs: 120, last: true, mimeType: 'image/jpeg', bytes: Buffer.from([9]) };
    expect(schemas.decode(schemas.encode(SUBJECTS.videoFrame, frame)).value).toEqual(frame);
  });

  it('rejects bad framing, unknown ids, truncation, trailing bytes, wrong subjects and invalid UTF-8 with codes', () => {
    const good = schemas.encode(SUBJECTS.text, text);
    expect(decodeError(() => schemas.decode(Buffer.from([0, 0]))).message).toBe('message of 2 bytes is shorter than the 5-byte header');
    expect(decodeError(() => schemas.decode(null)).code).toBe('VGL_FRAMING');
    const magic = Buffer.from(good);
    magic[0] = 1;
    expect(decodeError(() => schemas.decode(magic)).message).toBe('magic byte is 1, expected 0');
    const unknown = Buffer.from(good);
    unknown.writeUInt32BE(777, 1);
    expect(decodeError(() => schemas.decode(unknown)).message).toBe('unknown schema id 777');
    expect(decodeError(() => schemas.decode(good.subarray(0, good.length - 2))).code).toBe('VGL_AVRO_DECODE');
    expect(decodeError(() => schemas.decode(Buffer.concat([good, Buffer.from([1])]))).code).toBe('VGL_AVRO_DECODE');
    expect(decodeError(() => schemas.decode(good, [SUBJECTS.image])).code).toBe('VGL_WRONG_SUBJECT');
    const bad = Buffer.from(good);
    bad[bad.indexOf('world')] = 0xc3; // a lead byte followed by ASCII: invalid UTF-8
    expect(decodeError(() => schemas.decode(bad)).code).toBe('VGL_INVALID_UTF8');
  });

  it('encodes values larger than its reused buffer, and larger than the most it keeps, byte for byte as before', () => {
    const fresh = SchemaRegistry.load(); // its reused buffer starts at ENCODE_BUFFER_BYTES
    const reference = (subject: string, value: unknown): Buffer => {
      const entry = fresh.schema(subject);
      const head = Buffer.alloc(HEADER_BYTES);
      head.writeUInt32BE(entry.id, 1);
      return Buffer.concat([head, entry.type.toBuffer(value)]);
    };
    const image = (n: number) => ({ eventId: `i${n}`, occurredAt: 1, source: 'feed', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/png', bytes: Buffer.alloc(n, n % 251), caption: 'c', contexts: [] });
    const small = fresh.encode(SUBJECTS.text, text);
    const smallCopy = Buffer.from(small);
    for (const n of [ENCODE_BUFFER_BYTES - 100, ENCODE_BUFFER_BYTES, 3 * ENCODE_BUFFER_BYTES + 7, ENCODE_BUFFER_MAX_BYTES + 1, 10, 5 * ENCODE_BUFFER_BYTES]) {
      const img = image(n);
      const buf = fresh.encode(SUBJECTS.image, img);
      expect(buf.length).toBeGreaterThan(n);
      expect(buf.equals(reference(SUBJECTS.image, img)), `${n} bytes`).toBe(true);
      const back = fresh.decode<typeof img>(buf).value;
      expect(back.bytes.equals(img.bytes)).toBe(true); // (toEqual walks a megabyte slowly)
      expect({ ...back, bytes: null }).toEqual({ ...img, bytes: null });
    }
    // what encode returned is the caller's own: later encodes into the reused buffer do not change it
    expect(small.equals(smallCopy)).toBe(true);
    expect(fresh.encode(SUBJECTS.text, text).equals(smallCopy)).toBe(true);
    // an older writer's id, and an invalid value, as before
    const v1 = fresh.entries().find((e) => e.subject === SUBJECTS.text && e.version === 1)!;
    const { replyToEventId: _r, contexts: _c, ...old } = { ...text, text: 'x'.repeat(2 * ENCODE_BUFFER_BYTES) };
    expect(fresh.encode(SUBJECTS.text, old, v1.id).readUInt32BE(1)).toBe(v1.id);
    expect(fresh.decode(fresh.encode(SUBJECTS.text, old, v1.id)).value).toEqual({ ...old, replyToEventId: null, contexts: [] });
    const invalid = { ...text, senderId: 42 };
    expect(() => fresh.encode(SUBJECTS.text, invalid)).toThrow(/invalid/);
    expect(() => fresh.schema(SUBJECTS.text).type.toBuffer(invalid)).toThrow(/invalid/);
  });

  it('keeps a real U+FFFD in text', () => {
    const withReplacement = { ...text, text: 'broken \uFFFD char' };
    expect(schemas.decode(schemas.encode(SUBJECTS.text, withReplacement)).value).toEqual(withReplacement);
  });

  it('every registered version of a subject can be read by its latest version', () => {
    for (const e of schemas.entries()) {
      const latest = schemas.schema(e.subject);
      expect(() => latest.type.createResolver(e.type), `${e.subject} v${e.version}`).not.toThrow();
    }
    expect(avro.Type.isType(schemas.schema(SUBJECTS.verdict).type)).toBe(true);
  });
});
