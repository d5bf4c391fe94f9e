/**
 * Expands the corpus knowledge base (models/text/corpus/<lang>/*.ts families) into messages, applies the
 * evasions real senders use to a share of the harmful ones, and reads the hand-written seed and held-aside
 * files. Deterministic for a seed. Used by models/train-text.ts and `make corpus-sample`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMON_SLOTS } from './common.js';
import { HARMFUL_LABELS, type CorpusLabel, type Family, type WrittenMessage } from './types.js';

export const CORPUS_DIR = import.meta.dirname;

export interface CorpusRow {
  readonly text: string;
  readonly lang: 'zh' | 'en';
  readonly label: CorpusLabel;
  readonly subtype: string;
  /** Family id: folds are grouped by it. */
  readonly family: string;
  readonly source: 'synthetic' | 'seed';
  /** Which evasions were applied (synthetic rows), for per-evasion reports. */
  readonly evasions: readonly string[];
}

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const digits = (r: Rand, n: number): string => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');
const letters = (r: Rand, n: number): string => Array.from({ length: n }, () => 'abcdefghijkmnpqrstuvwxyz'[Math.floor(r() * 24)]).join('');

const TLDS = ['com', 'cc', 'top', 'vip', 'xyz', 'net', 'cn', 'club', 'site', 'app', 'me', 'co', 'info', 'shop'];
const BRANDS = ['10086', 'icbc', 'ccb', 'boc', 'abchina', 'cmbchina', 'alipay', 'taobao', 'jd', 'weixin', 'qq', '12306', 'etc', 'chinapost', 'sf-express', 'paypal', 'amazon', 'apple', 'usps', 'fedex', 'netflix', 'chase', 'wellsfargo', 'irs', 'dhl'];

/** Values of the generated slots (random each time). */
const GENERATED: Readonly<Record<string, (r: Rand) => string>> = {
  handle: (r) => pick(r, [() => letters(r, 3) + digits(r, 4), () => letters(r, 5) + digits(r, 3), () => letters(r, 2) + digits(r, 6), () => digits(r, 3) + letters(r, 4), () => letters(r, 1).toUpperCase() + letters(r, 4) + '_' + digits(r, 2)])(),
  qq: (r) => String(1 + Math.floor(r() * 9)) + digits(r, 5 + Math.floor(r() * 5)),
  phone: (r) => pick(r, ['13', '15', '17', '18', '19', '16']) + digits(r, 9),
  en_phone: (r) => pick(r, [`(${digits(r, 3)}) ${digits(r, 3)}-${digits(r, 4)}`, `+1 ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 4)}`, `07${digits(r, 9)}`, `+44 7${digits(r, 3)} ${digits(r, 6)}`]),
  url: (r) => pick(r, [
    () => `www.${letters(r, 3)}${digits(r, 3)}.${pick(r, TLDS)}`,
    () => `http://${letters(r, 4 + Math.floor(r() * 4))}.${pick(r, TLDS)}`,
    () => `https://${letters(r, 5)}${digits(r, 2)}.${pick(r, TLDS)}/${letters(r, 4)}`,
    () => `${letters(r, 2)}${digits(r, 4)}.${pick(r, TLDS)}`,
    () => `t.cn/${letters(r, 2)}${digits(r, 3)}${letters(r, 2)}`,
    () => `bit.ly/${letters(r, 3)}${digits(r, 2)}${letters(r, 2)}`,
  ])(),
  lookalike_url: (r) => {
    const b = pick(r, BRANDS);
    return pick(r, [
      () => `http://${b}-${pick(r, ['jf', 'vip', 'kf', 'pay', 'verify', 'login', 'service', 'secure', 'refund', 'etc'])}.${pick(r, TLDS)}`,
      () => `${b}${pick(r, ['', '-'])}${letters(r, 3)}.${pick(r, TLDS)}`,
      () => `https://www.${b}.${letters(r, 4)}.${pick(r, TLDS)}`,
      () => `${b.replace(/o/g, '0').replace(/l/g, '1')}.${pick(r, TLDS)}`,
    ])();
  },
  digits4: (r) => digits(r, 4),
  num: (r) => String(1 + Math.floor(r() * 99)),
  code: (r) => (letters(r, 2) + digits(r, 4)).toUpperCase(),
};

const SLOT = /\{([^{}]+)\}/g;

/** Fills `{slot}` and `{a|b}` recursively (at most 6 levels). */
export function fill(template: string, slots: Readonly<Record<string, readonly string[]>>, r: Rand, depth = 0): string {
  if (depth > 6) return template;
  const out = template.replace(SLOT, (_, name: string) => {
    if (name.includes('|')) return pick(r, name.split('|'));
    const local = slots[name] ?? COMMON_SLOTS[name];
    if (local && local.length) return pick(r, local);
    const gen = GENERATED[name];
    if (gen) return gen(r);
    throw new Error(`unknown slot {${name}}`);
  });
  return SLOT.test(out) ? fill(out, slots, r, depth + 1) : out;
}

// ---- evasions ----------------------------------------------------------------------------------------

/** Homophone and look-alike characters Chinese senders swap in for words filters know. */
const ZH_HOMOPHONES: Readonly<Record<string, readonly string[]>> = {
  微: ['薇', '威', '徽', 'V', 'v'], 信: ['芯', '言'], 加: ['+', '➕', '伽', '枷'], 钱: ['$', '前', '¥'], 赌: ['du', '堵', '睹'], 博: ['菠', '搏'],
  彩: ['采', '踩', 'cai'], 约: ['yue', '曰', '月'], 裸: ['luo', '倮'], 聊: ['liao', '撩'], 兼: ['jian', '尖'], 职: ['zhi', '只'], 刷: ['shua', '唰'],
  单: ['dan', '丹'], 贷: ['dai', '袋', '代'], 款: ['kuan', '欵'], 群: ['qun', '裙'], 码: ['ma', '玛'], 赚: ['zhuan', '撰'], 佣: ['yong', '拥'],
  日: ['ri', '曰'], 结: ['jie', '节'], 票: ['piao', '漂'], 枪: ['qiang', '抢', '槍'], 药: ['yao', '要', '葯'], 证: ['zheng', '正'], 卡: ['ka', '咔'],
  性: ['xing', '姓'], 色: ['se', '涩'], 黄: ['huang', '皇'], 毒: ['du', '独'], 嫖: ['piao', '瓢'], 炮: ['pao', '泡'], 奶: ['nai', '乃'],
  投: ['tou', '头'], 资: ['zi', '姿'], 返: ['fan', '反'], 利: ['li', '莉'], 注: ['zhu', '住'], 充: ['chong', '冲'], 送: ['song', '宋'],
  妹: ['mei', '美'], 服: ['fu', '福'], 务: ['wu', '物'], 号: ['hao', '好'], 客: ['ke', '克'], 退: ['tui', '推'], 网: ['wang', '往'], 址: ['zhi', '止'],
};
const SEPARATORS = [' ', ' ', '·', '*', '-', '|', '/', '.', '_', '丶', '~', '❤', '💕'];
const EMOJI = ['🔥', '💰', '🎁', '👉', '✅', '💯', '❤️', '😘', '🌹', '⭐', '📱', '💵', '🧧', '👇', '😍', '🈵', '🉐', '💋', '🌸', '✨', '🎉', '⚡'];
const FULLWIDTH = (s: string): string => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const CIRCLED = '⓪①②③④⑤⑥⑦⑧⑨';
const ZH_NUM = '零一二三四五六七八九';
const HAN = /[\u4e00-\u9fff]/;

function hanSpan(text: string, r: Rand, min: number, max: number): [number, number] | null {
  const cps = Array.from(text);
  const starts: number[] = [];
  for (let i = 0; i + min <= cps.length; i++) {
    let ok = true;
    for (let k = i; k < i + min; k++) if (!HAN.test(cps[k]!)) ok = false;
    if (ok) starts.push(i);
  }
  if (!starts.length) return null;
  const s = pick(r, starts);
  let e = s + min;
  while (e < s + max && e < cps.length && HAN.test(cps[e]!)) e++;
  return [s, e];
}

type Evasion = { readonly name: string; readonly apply: (text: string, r: Rand) => string };

export const ZH_EVASIONS: readonly Evasion[] = [
  { name: 'homophone', apply: (t, r) => Array.from(t).map((c) => (ZH_HOMOPHONES[c] && r() < 0.5 ? pick(r, ZH_HOMOPHONES[c]!) : c)).join('') },
  {
    name: 'spaced',
    apply: (t, r) => {
      const span = hanSpan(t, r, 2, 4);
      if (!span) return t;
      const cps = Array.from(t);
      const sep = pick(r, SEPARATORS);
      return [...cps.slice(0, span[0]), cps.slice(span[0], span[1]).join(sep), ...cps.slice(span[1])].join('');
    },
  },
  {
    name: 'emoji',
    apply: (t, r) => {
      const cps = Array.from(t);
      const n = 1 + Math.floor(r() * 3);
      for (let i = 0; i < n; i++) cps.splice(Math.floor(r() * (cps.length + 1)), 0, pick(r, EMOJI));
      return cps.join('');
    },
  },
  { name: 'fullwidth', apply: (t) => FULLWIDTH(t) },
  { name: 'digits', apply: (t, r) => t.replace(/\d/g, (d) => (r() < 0.5 ? CIRCLED[Number(d)]! : r() < 0.5 ? ZH_NUM[Number(d)]! : d)) },
  {
    name: 'pinyin-initials',
    // whole words in initials or pinyin, as chat writes them
    apply: (t, r) => {
      const words: readonly [RegExp, readonly string[]][] = [[/微信/g, ['wx', 'vx', 'weixin', 'V信']], [/兼职/g, ['jz', 'jianzhi']], [/博彩/g, ['bc', '菠菜']], [/赌博/g, ['dubo', 'db']], [/贷款/g, ['dk', 'daikuan']], [/裸聊/g, ['luoliao', 'll']], [/约炮/g, ['yp', 'yuepao']], [/色情/g, ['sq', 'seqing']], [/QQ|qq/g, ['扣扣', '🐧', 'Q']]];
      let s = t;
      for (const [re, alts] of words) s = s.replace(re, () => (r() < 0.7 ? pick(r, alts) : re.source.replace(/\\/g, '').split('|')[0]!));
      return s;
    },
  },
  { name: 'punctuation', apply: (t, r) => t.replace(/[，。！？,.!?]/g, () => pick(r, ['', ' ', '~', '!!', '。。', '…', ' ', '，'])) },
];

const LEET: Readonly<Record<string, readonly string[]>> = { a: ['4', '@'], e: ['3'], i: ['1', '!'], o: ['0'], s: ['5', '$'], t: ['7'], l: ['1'], g: ['9'] };

export const EN_EVASIONS: readonly Evasion[] = [
  { name: 'leet', apply: (t, r) => t.replace(/[aeiostlg]/gi, (c) => (r() < 0.3 ? pick(r, LEET[c.toLowerCase()]!) : c)) },
  {
    name: 'spaced',
    apply: (t, r) => {
      const words = t.split(' ');
      const cand = words.map((w, i) => (/^[a-z]{4,8}$/i.test(w) ? i : -1)).filter((i) => i >= 0);
      if (!cand.length) return t;
      const i = pick(r, cand);
      words[i] = words[i]!.split('').join(pick(r, [' ', '.', '-', '*']));
      return words.join(' ');
    },
  },
  ZH_EVASIONS[2]!,
  { name: 'case', apply: (t, r) => t.replace(/[a-z]+/gi, (w) => (r() < 0.2 ? w.toUpperCase() : w)) },
  { name: 'homoglyph', apply: (t, r) => t.replace(/[aeopcx]/g, (c) => (r() < 0.25 ? ({ a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х' } as Record<string, string>)[c]! : c)) },
];

/**
 * Applies 1–3 evasions. Harmful messages get them at `rate`; benign ones at a lower rate and only the
 * surface ones (emoji, spacing, punctuation, width), so that evasion artefacts alone never decide a label.
 */
export function evade(text: string, lang: 'zh' | 'en', harmful: boolean, r: Rand, rate = 0.4): { text: string; evasions: string[] } {
  const p = harmful ? rate : rate / 4;
  if (r() >= p) return { text, evasions: [] };
  const pool = (lang === 'zh' ? ZH_EVASIONS : EN_EVASIONS).filter((e) => harmful || ['emoji', 'spaced', 'punctuation', 'fullwidth', 'case'].includes(e.name));
  const n = 1 + Math.floor(r() * (harmful ? 3 : 1));
  const used: string[] = [];
  let s = text;
  for (let i = 0; i < n; i++) {
    const e = pick(r, pool);
    if (used.includes(e.name)) continue;
    s = e.apply(s, r);
    used.push(e.name);
  }
  return { text: s, evasions: used };
}

// ---- loading -----------------------------------------------------------------------------------------

export interface CorpusFiles {
  readonly families: readonly Family[];
  readonly seeds: readonly WrittenMessage[];
  readonly heldout: readonly WrittenMessage[];
}

function tsv(path: string): string[][] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
}

/** Loads every family module, seed file and held-aside file of one language. */
export async function loadCorpus(lang: 'zh' | 'en', dir = join(CORPUS_DIR, lang)): Promise<CorpusFiles> {
  if (!existsSync(dir)) return { families: [], seeds: [], heldout: [] };
  const files = readdirSync(dir).sort();
  const families: Family[] = [];
  for (const f of files.filter((x) => x.endsWith('.ts'))) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { families?: readonly Family[] };
    for (const fam of mod.families ?? []) families.push(fam);
  }
  const byId = new Map<string, Family>();
  for (const f of families) {
    if (byId.has(f.id)) throw new Error(`corpus: duplicate family id ${f.id}`);
    byId.set(f.id, f);
  }
  const seeds: WrittenMessage[] = [];
  const heldout: WrittenMessage[] = [];
  for (const f of files.filter((x) => x.endsWith('.seeds.tsv'))) {
    for (const [family, text] of tsv(join(dir, f))) {
      const fam = byId.get(family ?? '');
      if (!fam || !text) throw new Error(`corpus: ${f}: unknown family "${family}" or empty text`);
      seeds.push({ family: fam.id, label: fam.label, subtype: fam.subtype, text: text.trim() });
    }
  }
  for (const f of files.filter((x) => x.endsWith('.heldout.tsv'))) {
    for (const [label, subtype, text] of tsv(join(dir, f))) {
      if (!text || !label) throw new Error(`corpus: ${f}: a line needs label, subtype and text`);
      heldout.push({ family: `heldout:${basename(f, '.heldout.tsv')}`, label: label as CorpusLabel, subtype: subtype ?? '', text: text.trim() });
    }
  }
  return { families, seeds, heldout };
}

export interface ExpandOptions {
  readonly seed: number;
  /** Distinct messages drawn from each template (fewer when its slots allow fewer). */
  readonly perTemplate?: number;
  /** Most messages of one family. */
  readonly max?: number;
  readonly evasionRate?: number;
}

/**
 * Synthetic messages of every family plus the seed messages, de-duplicated. Each template yields at most
 * `perTemplate` messages, so a family's weight follows how many distinct ways of saying it were written,
 * not how many slot combinations one template has (near-copies of one short template would otherwise
 * dominate both the training and the figures).
 */
export function expand(corpus: CorpusFiles, o: ExpandOptions): CorpusRow[] {
  const out: CorpusRow[] = [];
  const seen = new Set<string>();
  const per = o.perTemplate ?? 3;
  corpus.families.forEach((fam, fi) => {
    const r = rng(o.seed * 7919 + fi * 104729);
    const harmful = HARMFUL_LABELS.includes(fam.label);
    const slots = fam.slots ?? {};
    let made = 0;
    for (const template of fam.templates) {
      let got = 0;
      for (let tries = 0; got < per && tries < per * 4 && made < (o.max ?? 400); tries++) {
        const base = fill(template, slots, r).replace(/\s+/g, ' ').trim();
        const e = (fam.evade ?? harmful) ? evade(base, fam.lang, harmful, r, o.evasionRate ?? 0.4) : harmful ? { text: base, evasions: [] } : evade(base, fam.lang, false, r, o.evasionRate ?? 0.4);
        if (!e.text || seen.has(e.text)) continue;
        seen.add(e.text);
        out.push({ text: e.text, lang: fam.lang, label: fam.label, subtype: fam.subtype, family: fam.id, source: 'synthetic', evasions: e.evasions });
        got++;
        made++;
      }
    }
  });
  for (const s of corpus.seeds) {
    if (seen.has(s.text)) continue;
    seen.add(s.text);
    const fam = corpus.families.find((f) => f.id === s.family)!;
    out.push({ text: s.text, lang: fam.lang, label: s.label, subtype: s.subtype, family: s.family, source: 'seed', evasions: [] });
  }
  return out;
}
