/**
 * Normalisation against evasion, shared by training and serving (the same function must produce the
 * features the model was trained on):
 *  - NFKC: full-width and compatibility forms → plain (ＦＲＥＥ → FREE, ①→1);
 *  - lower case; zero-width and control characters removed; lone UTF-16 surrogates dropped;
 *  - homoglyphs: Cyrillic/Greek letters that look Latin → Latin (раураl → paypal);
 *  - traditional and variant Chinese characters → simplified, one for one (約炮 → 约炮, 賭場 → 赌场; t2s-table.ts);
 *  - emoji and symbols inserted between Chinese characters removed (裸❤聊 → 裸聊, 百★家★乐 → 百家乐);
 *  - spacing and punctuation inserted between single characters joined (f.r.e.e → free, 加 微 信 → 加微信);
 *  - 火星文: rare look-alike characters and split characters that senders write for common ones folded back
 *    (莪茬 → 我在, 鈳丄門 → 可上门, 纟勺 → 约, 亻尝 → 偿), only characters and pairs with no common use of their own;
 *  - runs of one letter capped at three (freeeeee → freee); digits are left alone (card and phone numbers).
 * `deobfuscate` additionally folds digits used as letters (fr33 → free) for lexicon matching only.
 */

import { foldCase } from '../common/fold-case.js';
import { T2S_PAIRS } from './t2s-table.js';

const HOMOGLYPHS: Record<string, string> = {
  ӏ: 'l', а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
};
const T2S = new Map<string, string>();
{
  const cps = Array.from(T2S_PAIRS);
  for (let i = 0; i + 1 < cps.length; i += 2) T2S.set(cps[i]!, cps[i + 1]!);
}
// one character class of the table's traditional characters (all in the BMP): simplified text matches nothing
const T2S_RE = new RegExp(`[${[...T2S.keys()].join('')}]`, 'g');
const HOMOGLYPH_RE = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'g');
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// three or more single letters/CJK characters separated by spaces or punctuation: "f r e e", "f.r.e.e", "微-信-号"
const SPACED = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][\s.\-_*·•|/\\,，、。]+){2,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
const SEP_G = /[\s.\-_*·•|/\\,，、。]+/g;
/**
 * Emoji and symbols between two Chinese characters (spaces around them too): senders put them inside the words a
 * filter looks for (约🔥炮, 裸❤聊, 百★家★乐); with spaces around, a space is left (开心😊 明天 → 开心 明天). On never-trained held-aside messages with an emoji in every third gap
 * between Chinese characters the model caught 0.750 where it caught 0.853 as written. Tested first by the cheap
 * class alone: most texts have no such symbol.
 */
const MARK_CLASS = '\\p{Extended_Pictographic}\\p{So}\\p{Sk}~※';
const HAS_MARK = new RegExp(`[${MARK_CLASS}]`, 'u');
const MARKS_IN_HAN = new RegExp(`(?<=\\p{Script=Han})\\s*(?:[${MARK_CLASS}]\\s*)+(?=\\p{Script=Han})`, 'gu');
/**
 * 火星文 (Martian script): characters that look or sound like a common one and are written for it to slip past
 * filters, each rare in its own right (莪 for 我, 茬 for 在, 尛 for 小, 丄 for 上), and common characters split into a
 * radical and the rest (纟勺 for 约, 亻尝 for 偿). Pairs only where the radical is not a character of its own or the pair
 * is not a word (女支 stays: 女支书; 女票 stays: slang for a girlfriend). Applied after the traditional fold (鈳 → 钶 → 可).
 */
const MARTIAN: Readonly<Record<string, string>> = {
  莪: '我', 涐: '我', 硪: '我', 峩: '我', 伱: '你', 沵: '你', 妳: '你', 祢: '你', 伲: '你', 茬: '在', 侢: '在', 钶: '可', 尛: '小', 亱: '夜',
  丄: '上', 丅: '下', 吥: '不', 芣: '不', 莈: '没', 恏: '好', 洧: '有', 莋: '作', 鉯: '以', 芐: '下', 菿: '到', 媄: '美', 荭: '红', 蔠: '终',
  嘫: '然', 孒: '子', 佲: '名', 锝: '得', 銭: '钱', 佰: '百', 仟: '千',
  纟勺: '约', 亻尝: '偿', 忄夬: '快', 扌丁: '打', 亻言: '信', 钅戋: '钱', 讠兑: '说', 亻尔: '你', 衤果: '裸', 氵包: '泡', 木娄: '楼', 贝者: '赌',
  女昌: '娼',
};
// pairs first, so that a split pair is read whole; then the single characters as one class. Run on every text: a
// miss costs ≈ 0.7 µs on a chat line, no more than testing for a trigger character first.
const MARTIAN_KEYS = Object.keys(MARTIAN);
const MARTIAN_RE = new RegExp(`${MARTIAN_KEYS.filter((k) => k.length > 1).join('|')}|[${MARTIAN_KEYS.filter((k) => k.length === 1).join('')}]`, 'g');
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

export interface Normalized {
  readonly text: string;
  /** What was changed, for the verdict's notes (counts only, never content). */
  readonly flags: readonly string[];
}

export function normalizeText(raw: string): Normalized {
  const flags: string[] = [];
  let s = raw;
  if (LONE_SURROGATE.test(s)) {
    flags.push('lone-surrogates-removed');
    s = s.replace(LONE_SURROGATE, '');
  }
  s = foldCase(s);
  const beforeInvisible = s.length;
  s = s.replace(INVISIBLE, '');
  if (s.length !== beforeInvisible) flags.push('invisible-characters-removed');
  if (HOMOGLYPH_RE.test(s) && /[a-z]/.test(s)) {
    // only fold when the text mixes scripts: genuine Russian or Greek text stays as it is
    s = s.replace(HOMOGLYPH_RE, (c) => HOMOGLYPHS[c]!);
    flags.push('homoglyphs-folded');
  }
  let traditional = false;
  s = s.replace(T2S_RE, (c) => {
    traditional = true;
    return T2S.get(c)!;
  });
  if (traditional) flags.push('traditional-folded');
  if (HAS_MARK.test(s)) {
    const before = s;
    s = s.replace(MARKS_IN_HAN, (m) => (/\s/.test(m) ? ' ' : '')); // a space stays a break
    if (s !== before) flags.push('symbols-between-characters-removed');
  }
  s = s.replace(SPACED, (m) => {
    flags.push('spacing-joined');
    // word breaks survive: where letters are split by punctuation, whitespace is a break ("f.r.e.e c-a-s-h");
    // where they are split by spaces only, the longer gaps are ("f r e e  c a s h")
    const seps = m.match(SEP_G) ?? [];
    const punct = seps.some((x) => x.trim());
    const shortest = Math.min(...seps.map((x) => x.length));
    return m.replace(SEP_G, (x) => (punct ? (x.trim() ? '' : ' ') : x.length > shortest ? ' ' : ''));
  });
  const beforeMartian = s;
  s = s.replace(MARTIAN_RE, (c) => MARTIAN[c]!);
  if (s !== beforeMartian) flags.push('variants-folded');
  s = s.replace(/(\p{L})\1{3,}/gu, '$1$1$1').replace(/[\t\r\n ]+/g, ' ').trim();
  return { text: s, flags: [...new Set(flags)] };
}

/** Cyrillic and Greek letters that look Latin, folded to Latin (for brand lookalikes). */
export function foldHomoglyphs(s: string): string {
  return s.replace(HOMOGLYPH_RE, (c) => HOMOGLYPHS[c]!);
}

/** Digits and symbols read as letters, for matching lexicon phrases against evasions (fr33 c4sh). */
export function deobfuscate(normalized: string): string {
  const words = EMOJI_RE.test(normalized) ? normalized.replace(EMOJI_RE, (e) => EMOJI_WORDS[e] ?? e).replace(/\s+/g, ' ').trim() : normalized;
  EMOJI_RE.lastIndex = 0;
  return words.replace(/\S+/g, (token) => {
    if (!/[a-z]/.test(token) || !/[0134579@$!]/.test(token) || UNIT.test(token)) return token;
    return token.replace(/[0134579@$!]/g, (c) => LEET[c] ?? c);
  });
}

/** Digits or symbols standing for letters inside a word (fr33, m0ney, 1d10t, v1agr@), not @mentions or a trailing "!!". */
const LEET_IN_WORD = /[a-z][0134579$@!]+[a-z]|(?<![a-z0-9])[0134579$][a-z]{2,}/;

/**
 * The text the English model scores besides the text as written: the de-obfuscated text, when a word has
 * digits or symbols for letters; null otherwise (most texts, which then cost one model row). Pass the
 * de-obfuscated text when it is already at hand.
 */
export function leetVariant(normalized: string, deobfuscated?: string): string | null {
  if (!LEET_IN_WORD.test(normalized)) return null;
  const d = deobfuscated ?? deobfuscate(normalized);
  return d === normalized ? null : d;
}

/**
 * Chinese evasions of contact, gambling and drug words, folded for the Chinese lexicon: homophone
 * characters (薇信, 威信, V信 for 微信), Latin and pinyin spellings (vx, wx, weixin, jia v), plus signs,
 * slang (扣扣 for QQ, 菠菜 for 博彩, 飞叶子 for smoking cannabis). Applied to the space-free lowercase
 * text; lexicon matching only, the models see the text as written.
 */
const ZH_EVASIONS: readonly (readonly [RegExp, string])[] = [
  [/(?:薇|威|徽|维|唯|卫|v)(?:信|芯)|weixin|weixing|vchat|vx|wx|ｖｘ/g, '微信'],
  [/(?:加|\+|➕|十|jia)(?:微信|v(?![a-z]))/g, '加微信'],
  [/扣扣|企鹅号|qq号/g, 'qq'],
  [/菠菜|波菜|bocai/g, '博彩'],
  [/飞叶子|卖叶子|出叶子/g, '出售大麻'],
];

/** Text the Chinese lexicon needs to look at: Chinese characters, or a Latin spelling the folds turn into them. */
const ZH_TRIGGER = /[\u3400-\u9fff]|weixin|wei xin|vx|wx|jia|bocai|vchat/;

export function mayBeChinese(normalized: string): boolean {
  return ZH_TRIGGER.test(normalized);
}

export function foldChineseEvasions(compact: string): string {
  let s = compact;
  for (const [re, to] of ZH_EVASIONS) s = s.replace(re, to);
  return s;
}

/** Emoji used for words in English evasions: folded to the word for lexicon matching only. */
const EMOJI_WORDS: Readonly<Record<string, string>> = { '💊': ' pills ', '🌿': ' weed ', '🍃': ' weed ', '🔫': ' gun ', '🎰': ' casino ', '💉': ' injection ' };
const EMOJI_RE = new RegExp(Object.keys(EMOJI_WORDS).join('|'), 'gu');

// numbers with units or ordinals are not obfuscated words: 5pm, 2nd, 10kg, 4k
const UNIT = /^[\d.,:]+(?:am|pm|st|nd|rd|th|k|m|g|kg|km|cm|mm|ml|s|h|hr|hrs|min|mins|x|gb|mb|p|fps)?[.,!?]?$/;

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}]/u;
const CJK_G = /[\u3400-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}]/gu;

/** Latin letters in a normalised (lowercase) text, counted without building a match array. */
export function countLatin(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/** More than half of a text is Han (in UTF-16 units, a character beyond the BMP counting once). */
export function mostlyHan(text: string): boolean {
  return CJK.test(text) && (text.match(CJK_G)?.length ?? 0) * 2 > text.length;
}

/** Script mix of a normalised text: which language models to run. */
export function scripts(text: string): { zh: boolean; en: boolean } {
  if (!CJK.test(text)) return { zh: false, en: true };
  const cjk = text.match(CJK_G)?.length ?? 0;
  const latin = countLatin(text);
  return { zh: true, en: latin >= 12 && latin > cjk };
}
