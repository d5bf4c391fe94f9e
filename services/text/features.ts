/**
 * Hashed sparse features for linear text models, the same for training and serving: character n-grams
 * (1-3 for CJK, which has no spaces; 2-4 for other scripts, with word boundaries) and word unigrams and
 * bigrams of non-CJK tokens. Counts are log-scaled and the vector L2-normalised.
 */
export interface FeatureConfig {
  /** Hash space: 2^bits buckets. */
  readonly bits: number;
  /** Longest text scored, in code points; longer texts are scored in windows of this length. */
  readonly maxChars: number;
  /** Cue features: contact hand-offs, handles, phone numbers, money amounts, percentages, links (see CUES). */
  readonly cues?: boolean;
  /** A term list (models/text/<file>, hashed terms by category) whose hits are features `term:<category>`. */
  readonly terms?: string;
  /**
   * Digits folded to 0 in n-grams and words (日结300 and 日结500, abc8899 and abc1234 share features), and
   * digit masks of anonymised data sets (x月x日, 1xxxxxxxxxx, xxx元: runs of x next to CJK or digits) read as
   * digits. Cues still see the digits (phone-number shapes).
   */
  readonly foldDigits?: boolean;
  /**
   * One feature for the length of the scored text (code points, in buckets up to 4, 8, 16 … 512, and longer): a
   * head can learn that a few characters of a 6-character line weigh less than the same characters in an ad.
   */
  readonly lengthBuckets?: boolean;
}

/** Terms found in a text, by category index (see services/text/terms.ts). */
export interface TermMatcher {
  readonly categories: readonly string[];
  /** Adds to counts[category] the number of term hits in cps[0..n). */
  count(cps: Uint32Array, n: number, counts: Uint16Array): void;
}

/**
 * Cues that an ad or scam hands the conversation elsewhere or talks money, as features of their own: the
 * same cue in any wording (加V abc123, 扣扣 12345678, DM me, t.me/…) lands in one bucket, so a model learns
 * it once instead of per spelling. Tested on the normalised (lower-case, NFKC) text.
 */
const CUES: readonly (readonly [string, RegExp])[] = [
  ['contact', /(?:加|\+|➕|私|扣|找|联系|咨询|详询|滴滴)\s*(?:v|vx|wx|微|薇|威|徽|q|扣|企鹅|群|我|客服|老师)|(?:微信|v信|薇信|威信|vx|wx|qq|扣扣|🐧|企鹅|tg|telegram|whatsapp|wechat|kik|snapchat|snap|line|signal)\s*(?:号|群)?\s*[:：]?\s*[a-z0-9_-]{5,}|私信|私聊|私我|主页|进群|dm me|text me|message me|t\.me\/|wa\.me\//],
  ['handle', /(?<![a-z0-9])(?=[a-z_-]*\d)(?=[0-9_-]*[a-z])[a-z0-9_-]{6,16}(?![a-z0-9])/],
  ['phone', /(?<!\d)1[3-9]\d{9}(?!\d)|\(\d{3}\)\s?\d{3}-\d{4}|(?<!\d)\+?\d{1,3}[\s-]\d{3}[\s-]\d{3,4}[\s-]\d{3,4}(?!\d)/],
  ['money', /\d+(?:\.\d+)?\s*(?:元|块|万|w(?![a-z])|k(?![a-z])|rmb|usdt|刀|美金|dollars|usd|bucks)|[¥$£€]\s?\d/],
  ['percent', /\d+(?:\.\d+)?\s*%|百分之/],
  ['link', /https?:\/\/|www\.|(?<![a-z0-9])[a-z0-9-]{2,}\.(?:com|cn|cc|top|vip|xyz|net|club|site|app|me|co|info|shop|ly|io|link|live|bet|win)(?![a-z])/],
];

export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** A run of x standing for masked digits: next to a CJK character or a digit, not part of a Latin word. */
const DIGIT_MASK = /(?<=[\u3400-\u9fff\d])x+(?![a-z])|(?<![a-z])x+(?=[\u3400-\u9fff\d])/g;
const DIGIT = /\d/g;

/** The text with digit masks read as digits (5, a digit every cue's digit class accepts). */
export function unmaskDigits(text: string): string {
  return text.includes('x') ? text.replace(DIGIT_MASK, (m) => '5'.repeat(m.length)) : text;
}

const isCjk = (cp: number): boolean => (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff);

/** FNV-1a over UTF-16 code units with a murmur-style finaliser; the key is given as code points [from, to). */
function hashRange(cps: Uint32Array, from: number, to: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) {
    const cp = cps[i]!;
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      h ^= 0xd800 + (v >> 10);
      h = Math.imul(h, 0x01000193);
      h ^= 0xdc00 + (v & 0x3ff);
    } else h ^= cp;
    h = Math.imul(h, 0x01000193);
  }
  return finish(h);
}

function hashString(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finish(h);
}

function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

const SPACE = 0x20;
const WORD_SPLIT = /[^\p{L}\p{N}'#@$]+/u;
const HAS_CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

const LENGTH_BOUNDS = [4, 8, 16, 32, 64, 128, 256, 512];
const LENGTH_NAMES = [...LENGTH_BOUNDS.map(String), 'long'];
/** Each bucket's feature hash, computed once (featurize runs per text). */
const LENGTH_HASHES = LENGTH_NAMES.map((b) => hashString(`len:${b}`, 0x43));
/** Index into LENGTH_NAMES of a text of `chars` code points: the smallest bound it fits, or the last (`long`). */
function lengthIndex(chars: number): number {
  let i = 0;
  while (i < LENGTH_BOUNDS.length && chars > LENGTH_BOUNDS[i]!) i++;
  return i;
}
/** The length bucket of a text of `chars` code points: the smallest bound it fits, or `long`. */
export const lengthBucket = (chars: number): string => LENGTH_NAMES[lengthIndex(chars)]!;

// reused between calls: featurize is synchronous and single-threaded. Counts live in a dense array over the hash
// space, with the buckets touched listed in the order first touched (the vector's order, as a Map's would be).
let cpBuf = new Uint32Array(4096);
let dense = new Uint16Array(1 << 17);
let touched = new Int32Array(4096);
let nTouched = 0;

let termCounts = new Uint16Array(16);

function bump(idx: number, by: number): void {
  if (dense[idx] === 0) {
    if (nTouched === touched.length) {
      const t = new Int32Array(touched.length * 2);
      t.set(touched);
      touched = t;
    }
    touched[nTouched++] = idx;
  }
  dense[idx] = Math.min(0xffff, dense[idx]! + by);
}

export function featurize(input: string, config: FeatureConfig, terms?: TermMatcher | null): SparseVector {
  const cueText = config.foldDigits ? unmaskDigits(input) : input;
  const text = config.foldDigits ? cueText.replace(DIGIT, '0') : input;
  const mask = (1 << config.bits) - 1;
  if (dense.length < mask + 1) dense = new Uint16Array(mask + 1);
  for (let j = 0; j < nTouched; j++) dense[touched[j]!] = 0;
  nTouched = 0;
  const add = (h: number): void => bump(h & mask, 1);
  // code points of " " + text[0..maxChars) + " "
  if (cpBuf.length < config.maxChars + 2) cpBuf = new Uint32Array(config.maxChars + 2);
  const cps = cpBuf;
  let n = 0;
  cps[n++] = SPACE;
  let chars = 0;
  let end = 0;
  for (const ch of text) {
    if (chars === config.maxChars) break;
    cps[n++] = ch.codePointAt(0)!;
    chars++;
    end += ch.length;
  }
  cps[n++] = SPACE;
  for (let i = 0; i < n; i++) {
    const cjk = isCjk(cps[i]!);
    if (cjk) add(hashRange(cps, i, i + 1, 0x11)); // CJK unigram
    for (let g = 2; g <= 4; g++) {
      if (i + g > n) break;
      if (g === 4) {
        let any = false;
        for (let k = i; k < i + 4; k++) if (isCjk(cps[k]!)) any = true;
        if (any) continue; // CJK: 1-3 grams
      }
      add(hashRange(cps, i, i + g, 0x20 + g));
    }
  }
  const words = text.slice(0, end).split(WORD_SPLIT).filter((w) => w && !HAS_CJK.test(w));
  for (let i = 0; i < words.length; i++) {
    add(hashString(words[i]!, 0x31));
    if (i + 1 < words.length) add(hashString(`${words[i]} ${words[i + 1]}`, 0x32));
  }
  if (config.cues) {
    const scored = cueText.slice(0, end);
    for (const [name, re] of CUES) if (re.test(scored)) add(hashString(`cue:${name}`, 0x41));
  }
  if (config.lengthBuckets) add(LENGTH_HASHES[lengthIndex(chars)]!);
  if (terms) {
    if (termCounts.length < terms.categories.length) termCounts = new Uint16Array(terms.categories.length);
    termCounts.fill(0);
    terms.count(cps, n, termCounts);
    for (let c = 0; c < terms.categories.length; c++) {
      const hits = termCounts[c]!;
      if (!hits) continue;
      bump(hashString(`term:${terms.categories[c]}`, 0x42) & mask, Math.min(hits, 4));
    }
  }
  const indices = touched.slice(0, nTouched);
  const values = new Float32Array(nTouched);
  let norm = 0;
  for (let k = 0; k < nTouched; k++) {
    const v = Math.log1p(dense[indices[k]!]!);
    values[k] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < values.length; j++) values[j]! /= norm;
  return { indices, values };
}
