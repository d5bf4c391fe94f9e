import { describe, expect, it } from 'vitest';
import { VigilError } from '../../../services/common/errors.js';
import { parseJsonlEvent } from '../../../services/cli/jsonl.js';

describe('parseJsonlEvent', () => {
  it('reads a text event with defaults', () => {
    const e = parseJsonlEvent('{"kind":"text","eventId":"e1","senderId":"u1","occurredAt":1732590000000,"text":"hi"}', undefined, 5);
    expect(e).toMatchObject({ kind: 'text', eventId: 'e1', source: 'chat', conversationId: null, contexts: [] });
  });

  it('reads images from base64', () => {
    const e = parseJsonlEvent(`{"kind":"image","eventId":"i","senderId":"u","imageBase64":"${Buffer.from('abc').toString('base64')}","mimeType":"image/png"}`, undefined, 5);
    expect(e.kind === 'image' && e.bytes.toString()).toBe('abc');
  });

  it('names the field and the rule on bad lines', () => {
    const err = (line: string) => {
      try {
        parseJsonlEvent(line, undefined, 0);
      } catch (e) {
        expect(e).toBeInstanceOf(VigilError);
        return (e as VigilError).message;
      }
      return 'no error';
    };
    expect(err('{"kind":"text","senderId":"u"}')).toBe('/eventId: required');
    expect(err('{"kind":"audio","eventId":"e","senderId":"u"}')).toBe('/kind: "audio" is not text, image or video-frame');
    expect(err('[1]')).toBe('not a JSON object');
    expect(err('{"kind":"text","eventId":"e","senderId":"u","occurredAt":"yesterday"}')).toBe('/occurredAt: must be epoch milliseconds');
  });
});
