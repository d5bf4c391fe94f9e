import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../services/text/lexicon.js';
import { deobfuscate, normalizeText } from '../../../services/text/normalize.js';
import { readFileSync } from 'node:fs';

const file = join(import.meta.dirname, '../../../models/text/lexicon.json');
const lexicon = Lexicon.load(file);
const raw = JSON.parse(readFileSync(file, 'utf8')) as { entries: { signal: string; en?: string[]; zh?: string[] }[] };
const match = (t: string) => {
  const n = normalizeText(t).text;
  return Object.fromEntries(lexicon.match(n, deobfuscate(n)).map((h) => [h.signal, Number(h.score.toFixed(3))]));
};

describe('lexicon data', () => {
  it('every phrase matches itself inside a sentence', () => {
    for (const e of raw.entries) {
      for (const p of [...(e.en ?? []), ...(e.zh ?? [])]) expect(match(`well, ${p} ok`)[e.signal], `${e.signal}: ${p}`).toBeGreaterThan(0);
    }
  });

  it('catches evasions of phrases', () => {
    expect(match('W.E.E.D for sale')['text.regulated.drugs']).toBeGreaterThan(0.8);
    expect(match('online c4sino bonus')['text.gambling']).toBeGreaterThan(0.7);
    expect(match('加 微 信 领 取')['text.spam']).toBeGreaterThan(0.6);
  });

  it('combines several matches', () => {
    expect(match('guaranteed returns, double your money')['text.scam']).toBeCloseTo(1 - 0.2 * 0.2, 3);
  });

  it('leaves everyday chat alone', () => {
    const chat = ['are we still on for lunch tomorrow?', 'i will kill it at the exam tomorrow', 'the casino scene in that movie was great', 'my kid drew a gun in art class, so cute', '明天中午一起吃饭吗', '这个周末去爬山怎么样', 'i am dying of laughing', 'he shot a great photo'];
    for (const t of chat) expect(match(t), t).toEqual({});
  });

  it('rejects unknown signals', () => {
    expect(() => new Lexicon('x', { version: 'x', entries: [{ signal: 'text.nope', weight: 0.5, en: ['x'] }] })).toThrow('lexicon entry 0: unknown signal "text.nope"');
  });
});
