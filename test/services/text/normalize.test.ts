import { describe, expect, it } from 'vitest';
import { deobfuscate, leetVariant, normalizeText, scripts } from '../../../services/text/normalize.js';
import { T2S_PAIRS } from '../../../services/text/t2s-table.js';

describe('normalizeText', () => {
  it('folds full-width, case, zero-width characters and homoglyphs', () => {
    expect(normalizeText('ＦＲＥＥ Ｇｉｆｔ').text).toBe('free gift');
    expect(normalizeText('fr\u200Bee\u200D mo\uFEFFney').text).toBe('free money');
    const h = normalizeText('visit раураl now'); // Cyrillic а, р, у
    expect(h.text).toBe('visit paypal now');
    expect(h.flags).toContain('homoglyphs-folded');
  });

  it('leaves genuine Cyrillic text alone', () => {
    expect(normalizeText('привет мир').text).toBe('привет мир');
  });

  it('joins characters split by spacing or punctuation', () => {
    expect(normalizeText('get f.r.e.e c-a-s-h').text).toBe('get free cash');
    expect(normalizeText('加 微 信 领 取').text).toBe('加微信领取');
    expect(normalizeText('a b').text).toBe('a b'); // two single letters are ordinary text
  });

  it('removes emoji and symbols put between Chinese characters, and only there', () => {
    expect(normalizeText('同城约🔥炮，美女裸❤️聊')).toEqual({ text: '同城约炮,美女裸聊', flags: ['invisible-characters-removed', 'symbols-between-characters-removed'] });
    expect(normalizeText('百★家★乐 真人※荷官 首充~送')).toEqual({ text: '百家乐 真人荷官 首充送', flags: ['symbols-between-characters-removed'] });
    // spaced marks: the space stays a break, and single spaced characters are then joined as before
    expect(normalizeText('今天很开心😊 明天见').text).toBe('今天很开心 明天见');
    expect(normalizeText('加 ★ 微 ★ 信').text).toBe('加微信');
    // not between two Chinese characters: kept
    expect(normalizeText('👍好的 我爱你❤ good🔥job 2★3').text).toBe('👍好的 我爱你❤ good🔥job 2★3');
  });

  it('caps letter runs but keeps digit runs', () => {
    expect(normalizeText('freeeeeee 1111 2222').text).toBe('freee 1111 2222');
  });

  it('drops lone surrogates and control characters, and says so', () => {
    const n = normalizeText('ok\uD800 fine\u0007');
    expect(n.text).toBe('ok fine');
    expect(n.flags).toEqual(['lone-surrogates-removed', 'invisible-characters-removed']);
    expect(normalizeText('😀 emoji stays').text).toBe('😀 emoji stays');
  });

  it('de-obfuscates digits used as letters for lexicon matching', () => {
    expect(deobfuscate('fr33 c4sh at 5pm')).toBe('free cash at 5pm');
  });

  it('tells the scripts apart', () => {
    expect(scripts('hello there')).toEqual({ zh: false, en: true });
    expect(scripts('你好世界')).toEqual({ zh: true, en: false });
    expect(scripts('check this link 看看 http://example.com/very-long-path')).toEqual({ zh: true, en: true });
  });
});

describe('leetVariant', () => {
  it('gives the de-obfuscated text when a word has digits or symbols for letters', () => {
    expect(leetVariant('fr33 m0ney now')).toBe('free money now');
    expect(leetVariant('you 1d10t')).toBe('you idiot');
  });

  it('is null for @mentions, trailing punctuation, times and plain text', () => {
    for (const t of ['@sam see you there!!', 'meet at 5pm on the 2nd', 'are we still on for lunch?', 'call 13800138000']) expect(leetVariant(t), t).toBeNull();
  });
});

describe('normalizeText: traditional Chinese', () => {
  it('folds traditional and variant characters to simplified, one for one, and says so', () => {
    expect(normalizeText('同城約炮，賭場首充送彩金，加微信號碼')).toEqual({ text: '同城约炮,赌场首充送彩金,加微信号码', flags: ['traditional-folded'] });
    expect(normalizeText('臺灣的銀行貸款')).toEqual({ text: '台湾的银行贷款', flags: ['traditional-folded'] });
    // simplified text, Japanese kana and other scripts pass through unchanged — including characters that are
    // simplified forms themselves, which a Taiwan-variant table would still rewrite (么 → 幺)
    expect(normalizeText('同城约炮 ありがとう hello')).toEqual({ text: '同城约炮 ありがとう hello', flags: [] });
    expect(normalizeText('怎么办，干活去，台风来了')).toEqual({ text: '怎么办,干活去,台风来了', flags: [] });
  });

  it('folds 火星文 look-alikes and split characters back, after the traditional fold and the spacing join', () => {
    expect(normalizeText('莪茬地鐵口 鈳見面 紅包⑤佰')).toEqual({ text: '我在地铁口 可见面 红包5百', flags: ['traditional-folded', 'variants-folded'] });
    expect(normalizeText('纟 勺 会 有 亻 尝')).toEqual({ text: '约会有偿', flags: ['spacing-joined', 'variants-folded'] });
    expect(normalizeText('尛姐姐丄门 忄夬餐')).toEqual({ text: '小姐姐上门 快餐', flags: ['variants-folded'] });
    expect(normalizeText('同城木娄凤 贝者场')).toEqual({ text: '同城楼凤 赌场', flags: ['variants-folded'] });
    // pairs that are words of their own, and ordinary characters, stay
    expect(normalizeText('女支书在开会，女票生日快乐，木头和贝壳')).toEqual({ text: '女支书在开会,女票生日快乐,木头和贝壳', flags: [] });
  });

  it('never folds a character that is the simplified form of another', () => {
    const cps = Array.from(T2S_PAIRS);
    const from = cps.filter((_, i) => i % 2 === 0);
    const to = new Set(cps.filter((_, i) => i % 2 === 1));
    expect(from.filter((c) => to.has(c))).toEqual([]);
    expect(from.length).toBeGreaterThan(3000);
  });
});
