/**
 * `vigil eval`: measures vigil on an operator's own labelled texts before they switch it on. Each row is
 * judged by the text pipeline in-process (the rules in force, one sender per row so no row's strikes or
 * posting rate touch another's), and the verdict's categories are compared with the row's label, mapped
 * to a verdict category (or to `none` for rows that violate nothing).
 */
import { readFileSync } from 'node:fs';
import { parseCsvRows } from '../common/csv.js';
import { VigilError } from '../common/errors.js';
import { CATEGORIES } from '../policy/categories.js';
import type { Judge } from '../pipeline/judge.js';
import type { ContentEvent, Verdict } from '../schema/types.js';

/** Labels that mean "violates nothing" unless the map says otherwise. */
const BENIGN_LABELS = new Set(['none', 'benign', 'ham', 'safe', 'neither', 'normal', 'clean', 'ok', 'allow', '0', 'non-sexist', 'non_sexist', 'not_spam', 'legit', 'legitimate']);

export interface LabelledRow {
  readonly line: number;
  readonly text: string;
  readonly label: string;
}

/** Reads a CSV with a header naming the text and label columns. */
export function readLabelled(path: string, textColumn = 'text', labelColumn = 'label'): LabelledRow[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new VigilError('VGL_INPUT', `eval: cannot read ${path}: ${(err as Error).message}`);
  }
  const [header, ...rows] = parseCsvRows(raw.replace(/^\uFEFF/, ''));
  if (!header) throw new VigilError('VGL_INPUT', `eval: ${path} is empty`);
  const ti = header.fields.indexOf(textColumn);
  const li = header.fields.indexOf(labelColumn);
  if (ti < 0 || li < 0) throw new VigilError('VGL_INPUT', `eval: ${path}: the header needs columns "${textColumn}" and "${labelColumn}" (it has ${header.fields.join(', ')})`);
  return rows
    .filter((r) => r.fields.length > Math.max(ti, li) && r.fields[ti]!.trim())
    .map((r) => ({ line: r.line, text: r.fields[ti]!, label: r.fields[li]!.trim() }));
}

/**
 * The label → category map: `--map spam=spam,ham=none` and/or a JSON file {"label": "category"|"none"}.
 * Labels not in it that are category names map to themselves, and common benign labels to none;
 * any other label is an error that lists them, so nothing is silently counted wrong.
 */
export function labelMap(labels: Iterable<string>, inline?: string, file?: string): Map<string, string> {
  const given = new Map<string, string>();
  if (file) {
    const j = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [k, v] of Object.entries(j)) given.set(k, v);
  }
  for (const pair of (inline ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new VigilError('VGL_INPUT', `eval: --map takes label=category pairs, got "${pair}"`);
    given.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  const out = new Map<string, string>();
  const unknown: string[] = [];
  for (const label of new Set(labels)) {
    const to = given.get(label) ?? ((CATEGORIES as readonly string[]).includes(label) ? label : BENIGN_LABELS.has(label.toLowerCase()) ? 'none' : undefined);
    if (to === undefined) unknown.push(label);
    else if (to !== 'none' && !(CATEGORIES as readonly string[]).includes(to)) throw new VigilError('VGL_INPUT', `eval: label "${label}" maps to "${to}", which is not a verdict category (${CATEGORIES.join(', ')}) or none`);
    else out.set(label, to);
  }
  if (unknown.length) throw new VigilError('VGL_INPUT', `eval: no category for label(s) ${unknown.map((l) => `"${l}"`).join(', ')}: give --map label=category (or =none)`);
  return out;
}

export interface CategoryFigures {
  readonly category: string;
  /** Rows labelled with this category. */
  readonly support: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of the rows not labelled with this category that the verdicts gave it. */
  readonly falsePositiveRate: number;
  /** Recall counting only blocks. */
  readonly blockRecall: number;
}

export interface EvalReport {
  readonly rows: number;
  readonly rulesVersion: string;
  readonly categories: readonly CategoryFigures[];
  /** Rows labelled harmful that got any review or block, and benign rows that did. */
  readonly flagged: { readonly harmful: number; readonly harmfulCaught: number; readonly benign: number; readonly benignFlagged: number };
  /** confusion[label category][verdict's top category or 'allow'] = rows. */
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Compares verdicts with mapped labels (verdicts[i] judges rows[i]). */
export function score(rows: readonly LabelledRow[], verdicts: readonly Verdict[], map: ReadonlyMap<string, string>): EvalReport {
  const truth = rows.map((r) => map.get(r.label)!);
  const cats = [...new Set([...truth.filter((c) => c !== 'none'), ...verdicts.flatMap((v) => v.categories.map((c) => c.name))])].sort();
  const confusion: Record<string, Record<string, number>> = {};
  let harmful = 0;
  let harmfulCaught = 0;
  let benign = 0;
  let benignFlagged = 0;
  verdicts.forEach((v, i) => {
    const t = truth[i]!;
    const flagged = v.decision !== 'ALLOW';
    const top = flagged ? ([...v.categories].sort((a, b) => b.score - a.score)[0]?.name ?? 'allow') : 'allow';
    (confusion[t] ??= {})[top] = (confusion[t]![top] ?? 0) + 1;
    if (t === 'none') {
      benign++;
      if (flagged) benignFlagged++;
    } else {
      harmful++;
      if (flagged) harmfulCaught++;
    }
  });
  const categories = cats.map((c): CategoryFigures => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let blocked = 0;
    verdicts.forEach((v, i) => {
      const has = v.decision !== 'ALLOW' && v.categories.some((x) => x.name === c);
      const is = truth[i] === c;
      if (has && is) tp++;
      else if (has) fp++;
      else if (is) fn++;
      if (is && has && v.decision === 'BLOCK') blocked++;
    });
    const support = tp + fn;
    const negatives = rows.length - support;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = support ? tp / support : 0;
    return {
      category: c, support, truePositives: tp, falsePositives: fp, precision, recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      falsePositiveRate: negatives ? fp / negatives : 0,
      blockRecall: support ? blocked / support : 0,
    };
  });
  return { rows: rows.length, rulesVersion: verdicts[0]?.rulesVersion ?? '', categories, flagged: { harmful, harmfulCaught, benign, benignFlagged }, confusion };
}

/** One text event per row, each from its own sender. */
export function rowEvents(rows: readonly LabelledRow[], now: number): ContentEvent[] {
  return rows.map((r, i) => ({
    kind: 'text', eventId: `eval-${i + 1}`, senderId: `eval-sender-${i + 1}`, occurredAt: now, source: 'chat', conversationId: null,
    jurisdiction: null, locale: null, text: r.text, replyToEventId: null, contexts: [],
  }) as ContentEvent);
}

/** Judges every row (one sender each) in batches; verdicts[i] judges rows[i]. A row the pipeline cannot judge is an error naming its line. */
export async function judgeRows(judge: Pick<Judge, 'judge'>, rows: readonly LabelledRow[], source: string, now = Date.now()): Promise<Verdict[]> {
  const events = rowEvents(rows, now);
  const verdicts: Verdict[] = [];
  for (let i = 0; i < events.length; i += 256) {
    for (const [k, r] of (await judge.judge(events.slice(i, i + 256))).entries()) {
      if (!r.ok) throw new VigilError('VGL_INPUT', `eval: ${source}:${rows[i + k]!.line}: ${r.error.message}`);
      verdicts.push(r.verdict);
    }
  }
  return verdicts;
}

const f3 = (x: number) => x.toFixed(3);

export function formatReport(r: EvalReport): string {
  const out: string[] = [];
  out.push(`rows: ${r.rows}   rules: ${r.rulesVersion}`);
  out.push(`harmful rows flagged (review or block, any category): ${r.flagged.harmfulCaught} of ${r.flagged.harmful}` + (r.flagged.harmful ? ` (${f3(r.flagged.harmfulCaught / r.flagged.harmful)})` : ''));
  out.push(`benign rows flagged: ${r.flagged.benignFlagged} of ${r.flagged.benign}` + (r.flagged.benign ? ` (${f3(r.flagged.benignFlagged / r.flagged.benign)})` : ''));
  out.push('');
  out.push('category               support  precision  recall  F1     FP rate  block recall');
  for (const c of r.categories) {
    out.push(`${c.category.padEnd(22)} ${String(c.support).padStart(7)}  ${f3(c.precision).padStart(9)}  ${f3(c.recall).padStart(6)}  ${f3(c.f1)}  ${f3(c.falsePositiveRate).padStart(7)}  ${f3(c.blockRecall).padStart(12)}`);
  }
  out.push('');
  const cols = [...new Set(Object.values(r.confusion).flatMap((x) => Object.keys(x)))].sort((a, b) => (a === 'allow' ? -1 : b === 'allow' ? 1 : a.localeCompare(b)));
  out.push('confusion (rows: label category; columns: the verdict\'s top category, allow when not flagged)');
  out.push(['label \\ verdict'.padEnd(20), ...cols.map((c) => c.slice(0, 12).padStart(12))].join(' '));
  for (const [t, row] of Object.entries(r.confusion).sort()) out.push([t.padEnd(20), ...cols.map((c) => String(row[c] ?? 0).padStart(12))].join(' '));
  return out.join('\n') + '\n';
}
