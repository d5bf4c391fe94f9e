/**
 * Builds models/text/zh-terms.json from the category lexicons in ../shared/data/text/zh/lexicons (houbb
 * sensitive-word, konsheng, x-chinese-spam-blocker) and from the project's own hand-written jargon list
 * (models/text/zh-jargon.tsv): terms of 2–8 code points in the categories the heads use, normalised as texts
 * are, stored as hashes with a category mask (the third-party lists themselves stay in ../shared). Their hits
 * are features of the Chinese heads, whose weights say how much each is worth. The jargon terms have
 * categories of their own (`jargon-<category>`): a short list of specific terms earns its own weight instead
 * of sharing one with the large, noisy lexicons.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VigilError } from '../services/common/errors.js';
import { normalizeText } from '../services/text/normalize.js';
import { termHashes, type TermFile } from '../services/text/terms.js';
import { requireSharedText, sharedCsv } from './csv.js';

const ROOT = resolve(import.meta.dirname, '..');
const LEXICON_CATEGORIES = ['sexual', 'regulated-goods', 'gambling', 'weapons', 'spam', 'abuse'] as const;
const JARGON_CATEGORIES = ['gambling', 'sexual', 'regulated-goods', 'weapons', 'spam', 'scam', 'abuse'] as const;
export const TERM_CATEGORIES: readonly string[] = [...LEXICON_CATEGORIES, ...JARGON_CATEGORIES.map((c) => `jargon-${c}`)];
const JARGON = join(ROOT, 'models/text/zh-jargon.tsv');
const SOURCES = ['zh/lexicons/houbb__sensitive-word/terms.csv', 'zh/lexicons/konsheng__Sensitive-lexicon/terms.csv', 'zh/lexicons/richardphoenix__x-chinese-spam-blocker/terms.csv'];

requireSharedText('build-terms');
const masks = new Map<string, number>();
let jargonTerms = 0;
function addTerm(raw: string, cat: number): boolean {
  const term = normalizeText(raw).text.replace(/\s+/g, '');
  const len = Array.from(term).length;
  if (cat < 0 || len < 2 || len > 8) return false;
  masks.set(term, (masks.get(term) ?? 0) | (1 << cat));
  // models that fold digits (FeatureConfig.foldDigits) see 0 for every digit: the folded term matches there
  const folded = term.replace(/\d/g, '0');
  if (folded !== term) masks.set(folded, (masks.get(folded) ?? 0) | (1 << cat));
  return true;
}
for (const src of SOURCES) {
  for (const row of sharedCsv(src)) addTerm(row.term ?? '', TERM_CATEGORIES.indexOf((row.category ?? '').trim()));
}
for (const [k, line] of readFileSync(JARGON, 'utf8').split('\n').entries()) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [term, category] = line.split('\t');
  // a hand-written list: a line that would be dropped is a mistake to fix, not to skip
  if (!addTerm(term ?? '', TERM_CATEGORIES.indexOf(`jargon-${(category ?? '').trim()}`))) {
    throw new VigilError('VGL_INPUT', `${JARGON}:${k + 1}: '${line}': a term of 2-8 characters, a tab and one of ${JARGON_CATEGORIES.join(', ')}`);
  }
  jargonTerms++;
}
const triples = new Uint32Array(masks.size * 3);
let i = 0;
for (const [term, mask] of [...masks].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const cps = Array.from(term, (c) => c.codePointAt(0)!);
  const [h1, h2] = termHashes(cps, 0, cps.length);
  triples.set([h1, h2, mask], i);
  i += 3;
}
const bytes = Buffer.from(triples.buffer);
const file: TermFile = {
  version: createHash('sha256').update(bytes).digest('hex').slice(0, 12),
  doc: 'hashed terms (FNV-1a and a second hash over code points) with a category mask; from the Chinese category lexicons in ../shared (houbb sensitive-word, Apache-2.0; konsheng Sensitive-lexicon, MIT; x-chinese-spam-blocker, MIT) and the project\'s own jargon list models/text/zh-jargon.tsv (categories jargon-*). Built by models/build-terms.ts',
  categories: TERM_CATEGORIES,
  minLen: 2,
  maxLen: 8,
  terms: bytes.toString('base64'),
  count: masks.size,
};
writeFileSync(join(ROOT, 'models/text/zh-terms.json'), JSON.stringify(file) + '\n');
process.stderr.write(`build-terms: ${masks.size} terms (${jargonTerms} from zh-jargon.tsv) → models/text/zh-terms.json\n`);
