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

  it('catches Chinese homophone, pinyin and Latin spellings, and emoji for words', () => {
    for (const t of ['加薇信 abc123 了解', '加威信领取', '+V信 详聊', '加vx: abc123', 'jia wei xin abc123', '➕v 了解详情']) expect(match(t)['text.spam'], t).toBeGreaterThan(0.5);
    expect(match('玩菠菜的来，百家乐')['text.gambling']).toBeGreaterThan(0.8);
    expect(match('飞叶子的兄弟私聊')['text.regulated.drugs']).toBeGreaterThan(0.5);
    expect(match('🌿 for sale, dm me')['text.regulated.drugs']).toBeGreaterThan(0.5);
    // and not the ordinary words around them
    for (const t of ['我在维修信号灯', 'the wx forecast says rain', '秋天的叶子很美', '菠萝很好吃', 'lovely 🌿 garden today']) expect(match(t), t).toEqual({});
  });

  it('catches evasions of phrases', () => {
    // signals a trained head also measures weigh 0.6 a phrase: found, but one phrase alone stays below review
    expect(match('W.E.E.D for sale')['text.regulated.drugs']).toBeCloseTo(0.6, 6);
    expect(match('online c4sino bonus')['text.gambling']).toBeCloseTo(0.6, 6);
    expect(match('加 微 信 领 取')['text.spam']).toBeCloseTo(0.6, 6);
    expect(match('幼女视频')['text.sexual.minors']).toBeGreaterThan(0.9); // no head for it: the lexicon weighs fully
  });

  it('combines several matches', () => {
    expect(match('guaranteed returns, double your money')['text.scam']).toBeCloseTo(1 - 0.4 * 0.4, 3);
  });

  it('leaves everyday chat alone', () => {
    const chat = ['are we still on for lunch tomorrow?', 'i will kill it at the exam tomorrow', 'the casino scene in that movie was great', 'my kid drew a gun in art class, so cute', '明天中午一起吃饭吗', '这个周末去爬山怎么样', 'i am dying of laughing', 'he shot a great photo'];
    for (const t of chat) expect(match(t), t).toEqual({});
  });

  it('rejects unknown signals', () => {
    expect(() => new Lexicon('x', { version: 'x', entries: [{ signal: 'text.nope', weight: 0.5, en: ['x'] }] })).toThrow('lexicon entry 0: unknown signal "text.nope"');
  });
});
