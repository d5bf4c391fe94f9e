/**
 * The hand-written held-aside messages of the corpus (models/text/corpus/<lang>/*.heldout.tsv — written
 * apart from the templates and seeds, never trained on) judged by the whole text pipeline with the rules in
 * force, as `vigil eval` does: per-category precision, recall and false-positive rate, the benign look-alikes
 * flagged, and recall per subtype. Writes models/text/heldout-eval.json for the model card. Run by `make train`.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../services/common/config.js';
import { createLogger } from '../services/common/logger.js';
import { judgeRows, score, type LabelledRow } from '../services/cli/eval.js';
import { createPolicy } from '../services/policy/index.js';
import { createPipeline } from '../services/runtime/create-worker.js';
import { SERVICES } from '../services/runtime/services.js';
import { loadCorpus } from './text/corpus/generate.js';
import type { WrittenMessage } from './text/corpus/types.js';

const ROOT = resolve(import.meta.dirname, '..');

/** Corpus label (and subtype) → the verdict category it must get. */
export function expectedCategory(m: Pick<WrittenMessage, 'label' | 'subtype'>): string {
  switch (m.label) {
    case 'benign':
      return 'none';
    case 'vulgar':
      return 'sexual';
    case 'threat':
      return 'violence';
    case 'regulated':
      return m.subtype === 'weapons' ? 'weapons' : 'regulated-goods';
    default:
      return m.label;
  }
}

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' }, { withoutKafka: true });
const { judge } = await createPipeline(SERVICES.text!, config, createPolicy(config, createLogger('silent'), { watch: false }), { logger: createLogger('silent') });
const out: Record<string, unknown> = {};
for (const lang of ['zh', 'en'] as const) {
  const { heldout } = await loadCorpus(lang);
  const rows: LabelledRow[] = heldout.map((m, i) => ({ line: i + 1, text: m.text, label: `${m.label}/${m.subtype}` }));
  const map = new Map(heldout.map((m) => [`${m.label}/${m.subtype}`, expectedCategory(m)]));
  const verdicts = await judgeRows(judge, rows, `${lang} held-aside`);
  const report = score(rows, verdicts, map);
  const bySubtype: Record<string, { n: number; caught: number }> = {};
  heldout.forEach((m, i) => {
    const key = `${m.label}/${m.subtype}`;
    const e = (bySubtype[key] ??= { n: 0, caught: 0 });
    e.n++;
    const v = verdicts[i]!;
    const want = expectedCategory(m);
    if (want === 'none' ? v.decision === 'ALLOW' : v.decision !== 'ALLOW' && v.categories.some((c) => c.name === want)) e.caught++;
  });
  out[lang] = { messages: heldout.length, ...report, bySubtype };
  process.stderr.write(`heldout-eval: ${lang}: ${heldout.length} messages; harmful flagged ${report.flagged.harmfulCaught}/${report.flagged.harmful}, benign flagged ${report.flagged.benignFlagged}/${report.flagged.benign}\n`);
  for (const c of report.categories) process.stderr.write(`  ${c.category}: P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)} (n ${c.support}) FP rate ${c.falsePositiveRate.toFixed(3)}\n`);
}
writeFileSync(join(ROOT, 'models/text/heldout-eval.json'), JSON.stringify({ evaluatedAt: new Date().toISOString(), ...out }, null, 2) + '\n');
process.exit(0);
