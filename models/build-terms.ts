/**
 * Builds models/text/zh-terms.json from the category lexicons in ../shared/data/text/zh/lexicons (houbb
 * sensitive-word, konsheng, x-chinese-spam-blocker): terms of 2–8 code points in the categories the heads
 * use, normalised as texts are, stored as hashes with a category mask (the lists themselves stay in
 * ../shared). Their hits are features of the Chinese heads, whose weights say how much each is worth.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeText } from '../services/text/normalize.js';
import { termHashes, type TermFile } from '../services/text/terms.js';
import { sharedCsv } from './csv.js';

const ROOT = resolve(import.meta.dirname, '..');
export const TERM_CATEGORIES = ['sexual', 'regulated-goods', 'gambling', 'weapons', 'spam', 'abuse'] as const;
const SOURCES = ['zh/lexicons/houbb__sensitive-word/terms.csv', 'zh/lexicons/konsheng__Sensitive-lexicon/terms.csv', 'zh/lexicons/richardphoenix__x-chinese-spam-blocker/terms.csv'];

const masks = new Map<string, number>();
for (const src of SOURCES) {
  for (const row of sharedCsv(src)) {
    const cat = TERM_CATEGORIES.indexOf((row.category ?? '').trim() as (typeof TERM_CATEGORIES)[number]);
    if (cat < 0) continue;
    const term = normalizeText(row.term ?? '').text.replace(/\s+/g, '');
    const len = Array.from(term).length;
    if (len < 2 || len > 8) continue;
    masks.set(term, (masks.get(term) ?? 0) | (1 << cat));
    // models that fold digits (FeatureConfig.foldDigits) see 0 for every digit: the folded term matches there
    const folded = term.replace(/\d/g, '0');
    if (folded !== term) masks.set(folded, (masks.get(folded) ?? 0) | (1 << cat));
  }
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
  doc: 'hashed terms (FNV-1a and a second hash over code points) with a category mask; from the Chinese category lexicons in ../shared (houbb sensitive-word, Apache-2.0; konsheng Sensitive-lexicon, MIT; x-chinese-spam-blocker, MIT). Built by models/build-terms.ts',
  categories: TERM_CATEGORIES,
  minLen: 2,
  maxLen: 8,
  terms: bytes.toString('base64'),
  count: masks.size,
};
writeFileSync(join(ROOT, 'models/text/zh-terms.json'), JSON.stringify(file) + '\n');
process.stderr.write(`build-terms: ${masks.size} terms → models/text/zh-terms.json\n`);
