/**
 * What scoring the de-obfuscated text costs and buys (services/text/text-classifier.ts scores English
 * texts with digits or symbols for letters both as written and de-obfuscated, keeping the higher score
 * per head). On the English dev sets (../shared/data/text): per head, how many texts have a variant,
 * and at the review and block thresholds in force, negatives that cross only because of the variant
 * (new false positives) and positives that cross only because of it (new catches). Also the same
 * positives rewritten in leetspeak, the evasion the variant exists for. The models were trained on these
 * sets, so the figures are in-sample: read them as the change the variant makes, not as accuracy.
 * Writes models/text/deobfuscation-eval.json for the model card. Run by `make train`.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PolicyCatalogue } from '../services/policy/catalogue.js';
import { loadRules } from '../services/policy/rules.js';
import { featurize } from '../services/text/features.js';
import { calibrate, createOnnxRuntime, loadTextModel } from '../services/text/model.js';
import { leetVariant, normalizeText } from '../services/text/normalize.js';
import { requireSharedText, sharedCsv } from './csv.js';

const ROOT = resolve(import.meta.dirname, '..');
requireSharedText('deobfuscation-eval');

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
/** The evasion: every a, e, i, o, s, t of words of 4+ letters written as a digit. */
const leet = (t: string) => t.replace(/\b[a-z]{4,}\b/gi, (w) => w.replace(/[aeiost]/gi, (c) => LEET[c.toLowerCase()]!));

const model = loadTextModel(join(ROOT, 'models/text'), 'en');
const runtime = await createOnnxRuntime(model);
const rules = loadRules(join(ROOT, 'policy/rules.yaml'), PolicyCatalogue.load());
/** The lowest review and block thresholds of the rules on a signal (a review rule is `all: [signal ≥ review, …]`). */
const threshold = (signal: string) => {
  const out = { review: 1, block: 1 };
  for (const r of rules.rules) {
    const w = r.when as { signal?: string; threshold?: number; all?: { signal?: string; op?: string; threshold?: number }[] };
    if (w.signal === signal && r.decision === 'BLOCK') out.block = Math.min(out.block, w.threshold!);
    if (w.signal === signal && r.decision === 'REVIEW') out.review = Math.min(out.review, w.threshold!);
    if (w.all?.[0]?.signal === signal && w.all[0].op === 'gte' && r.decision === 'REVIEW') out.review = Math.min(out.review, w.all[0].threshold!);
  }
  return out;
};

async function scores(texts: string[]): Promise<{ written: Float32Array; variant: Float32Array; hasVariant: boolean[] }> {
  const h = model.meta.heads.length;
  const written = new Float32Array(texts.length * h);
  const variant = new Float32Array(texts.length * h);
  const hasVariant: boolean[] = [];
  for (let i = 0; i < texts.length; i += 500) {
    const n = texts.slice(i, i + 500).map((t) => normalizeText(t).text);
    const d = n.map((x) => leetVariant(x) ?? x);
    const a = await runtime.score(n.map((x) => featurize(x, model.meta.features)));
    const b = await runtime.score(d.map((x) => featurize(x, model.meta.features)));
    for (let k = 0; k < n.length; k++) {
      hasVariant.push(d[k] !== n[k]);
      for (let j = 0; j < h; j++) {
        const head = model.meta.heads[j]!;
        written[(i + k) * h + j] = calibrate(head.calibration, a[k * h + j]!);
        variant[(i + k) * h + j] = d[k] !== n[k] ? calibrate(head.calibration, b[k * h + j]!) : -1;
      }
    }
  }
  return { written, variant, hasVariant };
}

const sets = [
  { name: 'UCI SMS spam', head: 'spam', rows: sharedCsv('en/sms_spam_uci/dev.csv').map((r) => ({ text: r.text!, y: r.label === 'spam' })) },
  { name: 'Davidson tweets', head: 'offensive', rows: sharedCsv('en/hate_offensive_davidson/dev.csv').map((r) => ({ text: r.tweet!, y: r.label !== 'neither' })) },
];
const out: Record<string, unknown>[] = [];
console.log('| set | head | texts with a variant | at | new false positives (of negatives) | new catches (of positives) | positives in leetspeak caught: as written / with the variant |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const s of sets) {
  const j = model.meta.heads.findIndex((x) => x.name === s.head);
  const h = model.meta.heads.length;
  const t = threshold(model.meta.heads[j]!.signal);
  const plain = await scores(s.rows.map((r) => r.text));
  const positives = s.rows.filter((r) => r.y);
  const leeted = await scores(positives.map((r) => leet(r.text)));
  const negatives = s.rows.length - positives.length;
  for (const [at, th] of [['review', t.review], ['block', t.block]] as const) {
    let fp = 0;
    let tp = 0;
    s.rows.forEach((r, i) => {
      const a = plain.written[i * h + j]!;
      const b = plain.variant[i * h + j]!;
      if (a < th && b >= th) r.y ? tp++ : fp++;
    });
    let leetWritten = 0;
    let leetBoth = 0;
    positives.forEach((_, i) => {
      const a = leeted.written[i * h + j]!;
      const b = leeted.variant[i * h + j]!;
      if (a >= th) leetWritten++;
      if (Math.max(a, b) >= th) leetBoth++;
    });
    const variants = plain.hasVariant.filter(Boolean).length;
    out.push({ set: s.name, head: s.head, texts: s.rows.length, withVariant: variants, at, threshold: th, negatives, newFalsePositives: fp, positives: positives.length, newCatches: tp, leetCaughtAsWritten: leetWritten, leetCaughtWithVariant: leetBoth });
    console.log(`| ${s.name} | ${s.head} | ${variants} of ${s.rows.length} | ${at} ${th} | ${fp} of ${negatives} | ${tp} of ${positives.length} | ${leetWritten} / ${leetBoth} of ${positives.length} |`);
  }
}
writeFileSync(join(ROOT, 'models/text/deobfuscation-eval.json'), JSON.stringify({ measuredAt: new Date().toISOString(), inSample: true, rows: out }, null, 2) + '\n');
await runtime.dispose();
process.exit(0);
