/**
 * The synthetic corpus as the trainer reads it: every family well formed and citing catalogue items, the
 * hand-written files pointing at real families and labels, templates that expand completely, and no
 * held-aside message among the rows the trainer learns from (it would make the held-aside figures a lie).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expand, loadCorpus } from '../../../../models/text/corpus/generate.js';
import { HARMFUL_LABELS, SUBTYPES, type CorpusLabel } from '../../../../models/text/corpus/types.js';
import { normalizeText } from '../../../../services/text/normalize.js';

const ROOT = join(import.meta.dirname, '../../../..');
const catalogue = new Set((JSON.parse(readFileSync(join(ROOT, 'schemas/policy-catalogue.json'), 'utf8')) as { entries: { id: string }[] }).entries.map((e) => e.id));
const LABELS = Object.keys(SUBTYPES) as CorpusLabel[];

describe.each(['zh', 'en'] as const)('corpus %s', (lang) => {
  it('has well-formed families that cite catalogue items (harmful ones at least one, benign ones none)', async () => {
    const { families } = await loadCorpus(lang); // throws on a duplicate family id or a seed of an unknown family
    expect(families.length).toBeGreaterThan(100);
    const bad: string[] = [];
    for (const f of families) {
      if (f.lang !== lang || !f.id.startsWith(`${lang}.${f.label}.`) || !LABELS.includes(f.label) || !f.subtype) bad.push(`${f.id}: id, language, label or subtype`);
      // subtypes are the vocabulary of the subtype heads and the reports: a misspelt one would train and report nothing
      else if (!SUBTYPES[f.label].includes(f.subtype)) bad.push(`${f.id}: subtype ${f.subtype} is not in SUBTYPES.${f.label}`);
      if (f.templates.length < 3 || f.templates.some((t) => !t.trim())) bad.push(`${f.id}: fewer than 3 templates or an empty one`);
      const harmful = HARMFUL_LABELS.includes(f.label);
      if (harmful && f.policies.length === 0) bad.push(`${f.id}: harmful without a policy`);
      if (!harmful && f.policies.length > 0) bad.push(`${f.id}: benign with policies`);
      for (const p of f.policies) if (!catalogue.has(p)) bad.push(`${f.id}: ${p} is not in the catalogue`);
      if (!f.pattern.trim()) bad.push(`${f.id}: no pattern line for the knowledge base`);
    }
    expect(bad).toEqual([]);
  }, 60_000);

  it('expands every template completely, and keeps every held-aside message out of the training rows', async () => {
    const corpus = await loadCorpus(lang);
    const rows = expand(corpus, { seed: 20261130, perTemplate: 8 });
    expect(rows.filter((r) => /\{[a-z_|]+\}/.test(r.text)).map((r) => r.family)).toEqual([]);
    for (const m of corpus.heldout) expect(SUBTYPES[m.label] ?? [], `held-aside ${m.label}/${m.subtype}`).toContain(m.subtype);
    // compared as the models see them (normalised): a held-aside message that is also a seed or a template's
    // fixed text would be trained on
    const trained = new Set([...rows, ...corpus.seeds].map((r) => normalizeText(r.text).text));
    const leaked = corpus.heldout.filter((m) => trained.has(normalizeText(m.text).text)).map((m) => m.text);
    expect(leaked).toEqual([]);
  }, 60_000); // ≈ 360k rows expanded and normalised: seconds, more on a loaded 2-core machine
});
