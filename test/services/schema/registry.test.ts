import { describe, expect, it } from 'vitest';
import avro from 'avsc';
import { DecodeError } from '../../../services/common/errors.js';
import { SchemaRegistry } from '../../../services/schema/registry.js';
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
