/**
 * Stores a trained text model's weights again, the way models/train-text.ts stores them (storeWeights: float16 if it
 * fits the repository's 5 MiB file limit, else codebook indices weighted by each bucket's importance over the training
 * rows), without training again: `node --import tsx models/store-weights.ts <model dir> <lang>` rewrites
 * <lang>.weights.bin and the dtype, layout and sha256 of <lang>.json. The model must still be float (float16/float32):
 * codes are not made from codes. Reads ../shared like the trainer (the rows' importance).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTextModel, weightParts } from '../services/text/model.js';
import { TermSet } from '../services/text/terms.js';
import { requireSharedText } from './csv.js';
import { bucketImportance, featurizeRows, loadLang, storeWeights, type Lang } from './train-text.js';

const [dir, lang] = process.argv.slice(2) as [string | undefined, Lang | undefined];
if (!dir || (lang !== 'zh' && lang !== 'en')) {
  process.stderr.write('usage: store-weights <model dir> <en|zh>\n');
  process.exit(2);
}
requireSharedText('store-weights');
const model = loadTextModel(dir, lang);
const { meta } = model;
if (meta.dtype !== undefined && meta.dtype !== 'float16' && meta.dtype !== 'float32') {
  process.stderr.write(`store-weights: ${meta.id} is stored as ${meta.dtype}; codes are not made from codes — train again\n`);
  process.exit(1);
}
const terms = meta.features.terms ? TermSet.load(join(dir, meta.features.terms)) : null;
const { rows } = await loadLang(lang);
const importance = bucketImportance(featurizeRows(rows, meta.features, terms), meta.features.bits);
const H = meta.heads.length;
const { stored, dtype, layout } = storeWeights(model.weights, weightParts(model).W.length, H, importance, (meta.hidden ?? 0) > 0);
writeFileSync(join(dir, meta.weights), stored);
const json = JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as Record<string, unknown>;
writeFileSync(join(dir, `${lang}.json`), JSON.stringify({ ...json, dtype, layout, sha256: createHash('sha256').update(stored).digest('hex') }, null, 2) + '\n');
process.stderr.write(`store-weights: ${meta.id}: ${stored.length} bytes as ${dtype}\n`);
