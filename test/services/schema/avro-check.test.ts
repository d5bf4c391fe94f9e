import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../../../services/schema/registry.js';
import { checkAvro } from '../../../services/schema/avro-check.js';
import { SUBJECTS } from '../../../services/schema/types.js';

const schemas = SchemaRegistry.load();
const text = { eventId: 'e1', occurredAt: Date.now(), source: 'chat', senderId: 's', conversationId: null, jurisdiction: null, locale: null, text: 'hello', replyToEventId: null, contexts: [] as string[] };

function varint(n: number): Buffer {
  let z = n * 2; // zig-zag of a positive number
  const out: number[] = [];
  while (z >= 0x80) {
    out.push((z % 0x80) | 0x80);
    z = Math.floor(z / 0x80);
  }
  out.push(z);
  return Buffer.from(out);
}

describe('Avro bounds check before decoding', () => {
  it('refuses an array whose block count claims more items than bytes (avsc would grow an array until V8 aborts)', () => {
    const good = schemas.encode(SUBJECTS.text, text);
    expect(good[good.length - 1]).toBe(0); // the empty contexts array: block count 0, last
    const evil = Buffer.concat([good.subarray(0, good.length - 1), varint(174_895_934), Buffer.from([0, 0, 0])]);
    const t = performance.now();
    expect(() => schemas.decode(evil)).toThrow(/VGL_AVRO_DECODE|contexts.*174895934 items claimed/);
    try {
      schemas.decode(evil);
    } catch (err) {
      expect((err as { code: string }).code).toBe('VGL_AVRO_DECODE');
      expect((err as Error).message).toMatch(/\/contexts: 174895934 items claimed, 3 bytes left/);
    }
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('refuses string lengths beyond the buffer, bad union branches and enum indexes, trailing bytes', () => {
    const body = schemas.encode(SUBJECTS.text, text).subarray(5);
    const schema = schemas.schema(SUBJECTS.text).type.schema() as Parameters<typeof checkAvro>[0];
    expect(() => checkAvro(schema, body)).not.toThrow();
    const longString = Buffer.concat([varint(1_000_000), body.subarray(3)]); // eventId length → a million
    expect(() => checkAvro(schema, longString)).toThrow(/\/eventId: length 1000000 exceeds/);
    expect(() => checkAvro(schema, Buffer.concat([body, Buffer.from([1])]))).toThrow(/1 trailing bytes/);
  });

  it('accepts every valid encoding it is given (texts, images, frames, verdicts of all versions)', () => {
    const schemaJson = (e: { type: { schema(): unknown } }) => e.type.schema() as Parameters<typeof checkAvro>[0];
    for (const e of schemas.entries()) {
      for (let i = 0; i < 50; i++) {
        const buf = e.type.toBuffer(e.type.random());
        expect(() => checkAvro(schemaJson(e), buf), e.subject).not.toThrow();
      }
    }
  });
});
