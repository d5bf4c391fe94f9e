import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import { VigilError } from '../common/errors.js';
import { ACTIONS, type Action } from '../schema/types.js';
import type { PolicyCatalogue } from './catalogue.js';
import { CATEGORIES, type Category } from './categories.js';
import { signalSpec } from './signals.js';

/** A rule file that cannot be used: the message names the file, line and field. */
export class RuleFileError extends VigilError {
  constructor(message: string) {
    super('VGL_RULES', message);
  }
}

export type Op = 'gte' | 'gt' | 'lte' | 'lt';
export type Condition =
  | { readonly signal: string; readonly op: Op; readonly threshold: number }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly jurisdiction: readonly string[] }
  | { readonly source: readonly string[] }
  | { readonly context: string }
  | { readonly strikes: { readonly op: Op; readonly threshold: number } };

export interface Rule {
  readonly id: string;
  readonly description: string;
  readonly category: Category;
  readonly policies: readonly string[];
  readonly decision: 'REVIEW' | 'BLOCK';
  readonly when: Condition;
  /** Actions when it blocks; default: the cited items' actions. */
  readonly actions: readonly Action[] | null;
  readonly jurisdictions: readonly string[] | null;
  readonly kinds: readonly string[] | null;
  readonly sources: readonly string[] | null;
  /** Apply the cited items' policy exceptions (block → review). */
  readonly exceptions: boolean;
  readonly shadow: boolean;
  /** Where it was defined, for explanations. */
  readonly line: number;
}

export interface LadderStep {
  readonly strikes: number;
  readonly actions: readonly Action[];
}

export interface Ladder {
  readonly halfLifeMs: number;
  readonly weights: Readonly<Record<'low' | 'medium' | 'high' | 'critical', number>>;
  /**
   * The most strikes one event adds on fuzzy evidence alone (models, lexicons, rates: anything but a hash-bank
   * match); below the first step that terminates, so termination comes from hash matches or repetition.
   */
  readonly maxFuzzyWeight: number;
  readonly steps: readonly LadderStep[];
}

export interface RuleSet {
  readonly file: string;
  readonly version: string;
  /** As evaluated: a signal rule with both thresholds is a block rule and its `.review` twin. */
  readonly rules: readonly Rule[];
  readonly ladder: Ladder;
}

const DEFAULT_LADDER: Ladder = {
  halfLifeMs: 30 * 24 * 3600 * 1000,
  weights: { low: 0.5, medium: 1, high: 2, critical: 10 },
  maxFuzzyWeight: 3,
  steps: [
    { strikes: 3, actions: ['RESTRICT_ACCOUNT'] },
    { strikes: 6, actions: ['TERMINATE_ACCOUNT'] },
  ],
};

const KINDS = ['text', 'image', 'video-frame'];
const OPS: readonly Op[] = ['gte', 'gt', 'lte', 'lt'];
const RULE_KEYS = new Set(['id', 'description', 'category', 'policies', 'signal', 'review', 'block', 'when', 'decision', 'actions', 'jurisdictions', 'kinds', 'sources', 'exceptions', 'shadow']);

class Ctx {
  constructor(readonly file: string, readonly doc: ReturnType<typeof parseDocument>, readonly lines: LineCounter) {}

  fail(path: (string | number)[], msg: string): never {
    let node: unknown;
    for (let i = path.length; i >= 0 && !node; i--) {
      node = i === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, i), true);
      if (node && !(node as Node).range) node = undefined;
    }
    const offset = (node as Node | undefined)?.range?.[0] ?? 0;
    const { line } = this.lines.linePos(offset);
    throw new RuleFileError(`${this.file}:${line}: /${path.join('/')}: ${msg}`);
  }

  line(path: (string | number)[]): number {
    const node = this.doc.getIn(path, true) as Node | undefined;
    return this.lines.linePos(node?.range?.[0] ?? 0).line;
  }
}

/** Parses and validates a rule file's text; throws RuleFileError naming file, line and field. */
export function compileRules(text: string, file: string, catalogue: PolicyCatalogue): RuleSet {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new RuleFileError(`${file}:${e.linePos?.[0]?.line ?? 1}: YAML: ${e.message.split('\n')[0]}`);
  }
  const ctx: Ctx = new Ctx(file, doc, lines);
  const root = doc.toJS() as Record<string, unknown> | null;
  if (!root || typeof root !== 'object' || Array.isArray(root)) ctx.fail([], 'a rule file is a mapping with version and rules');
  for (const k of Object.keys(root)) if (!['version', 'ladder', 'rules'].includes(k)) ctx.fail([k], `unknown field "${k}"`);
  if (typeof root.version !== 'string' && typeof root.version !== 'number') ctx.fail(['version'], 'required (a string naming this rule set version)');
  if (!Array.isArray(root.rules) || root.rules.length === 0) ctx.fail(['rules'], 'required: a non-empty list');
  if (!isSeq(doc.get('rules', true))) ctx.fail(['rules'], 'must be a list');
  const ladder = root.ladder === undefined ? DEFAULT_LADDER : compileLadder(ctx, root.ladder);
  const seen = new Map<string, number>();
  const rules = (root.rules as unknown[]).flatMap((r, i) => {
    const compiled = compileRule(ctx, catalogue, r, ['rules', i]);
    for (const rule of compiled) {
      if (seen.has(rule.id)) ctx.fail(['rules', i, 'id'], `duplicate rule id "${rule.id}" (first on line ${seen.get(rule.id)})`);
      seen.set(rule.id, rule.line);
    }
    return compiled;
  });
  return Object.freeze({ file, version: String(root.version), rules: Object.freeze(rules), ladder });
}

export function loadRules(file: string, catalogue: PolicyCatalogue): RuleSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new RuleFileError(`${file}: cannot read: ${(err as Error).message}`);
  }
  return compileRules(text, file, catalogue);
}

function num(ctx: Ctx, v: unknown, path: (string | number)[], min = 0, max = 1): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) ctx.fail(path, `must be a number, got ${JSON.stringify(v)}`);
  if (v < min || v > max) ctx.fail(path, `${v} is outside ${min}..${max}`);
  return v;
}

function strList(ctx: Ctx, v: unknown, path: (string | number)[], check?: (s: string, i: number) => void): string[] {
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string')) ctx.fail(path, 'must be a non-empty list of strings');
  (v as string[]).forEach((s, i) => check?.(s, i));
  return v as string[];
}

function actionList(ctx: Ctx, v: unknown, path: (string | number)[]): Action[] {
  return strList(ctx, v, path, (s, i) => {
    if (!(ACTIONS as readonly string[]).includes(s)) ctx.fail([...path, i], `unknown action "${s}"; one of ${ACTIONS.join(', ')}`);
  }) as Action[];
}

function compileLadder(ctx: Ctx, v: unknown): Ladder {
  if (!v || typeof v !== 'object' || Array.isArray(v)) ctx.fail(['ladder'], 'must be a mapping');
  const l = v as Record<string, unknown>;
  for (const k of Object.keys(l)) if (!['halfLifeDays', 'weights', 'maxFuzzyWeight', 'steps'].includes(k)) ctx.fail(['ladder', k], `unknown field "${k}"`);
  const halfLifeMs = num(ctx, l.halfLifeDays ?? 30, ['ladder', 'halfLifeDays'], 0.001, 3650) * 24 * 3600 * 1000;
  const w = (l.weights ?? {}) as Record<string, unknown>;
  const weights = { ...DEFAULT_LADDER.weights };
  for (const [k, val] of Object.entries(w)) {
    if (!(k in weights)) ctx.fail(['ladder', 'weights', k], `unknown severity "${k}"`);
    weights[k as keyof typeof weights] = num(ctx, val, ['ladder', 'weights', k], 0, 1000);
  }
  let steps = DEFAULT_LADDER.steps;
  if (l.steps !== undefined) {
    if (!Array.isArray(l.steps)) ctx.fail(['ladder', 'steps'], 'must be a list');
    steps = l.steps.map((s: unknown, i: number) => {
      const st = s as Record<string, unknown>;
      return { strikes: num(ctx, st?.strikes, ['ladder', 'steps', i, 'strikes'], 0, 1e6), actions: actionList(ctx, st?.actions, ['ladder', 'steps', i, 'actions']) };
    });
  }
  const sorted = [...steps].sort((a, b) => a.strikes - b.strikes);
  const maxFuzzyWeight = num(ctx, l.maxFuzzyWeight ?? DEFAULT_LADDER.maxFuzzyWeight, ['ladder', 'maxFuzzyWeight'], 0, 1e6);
  const terminate = sorted.find((st) => st.actions.includes('TERMINATE_ACCOUNT'));
  if (terminate && maxFuzzyWeight >= terminate.strikes) {
    ctx.fail(['ladder', 'maxFuzzyWeight'], `${maxFuzzyWeight} reaches the terminate step (${terminate.strikes}): one event on a model or lexicon score alone must not terminate an account`);
  }
  return { halfLifeMs, weights, maxFuzzyWeight, steps: sorted };
}

/** One rule, or two for a signal rule with both thresholds: `<id>` blocks, `<id>.review` reviews. */
function compileRule(ctx: Ctx, catalogue: PolicyCatalogue, v: unknown, path: (string | number)[]): Rule[] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) ctx.fail(path, 'a rule is a mapping');
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!RULE_KEYS.has(k)) ctx.fail([...path, k], `unknown field "${k}"`);
  if (typeof r.id !== 'string' || !/^[a-z0-9][a-z0-9.\-]*$/.test(r.id)) ctx.fail([...path, 'id'], 'required: lower-case letters, digits, dots and dashes');
  if (typeof r.category !== 'string' || !(CATEGORIES as readonly string[]).includes(r.category)) ctx.fail([...path, 'category'], `unknown category ${JSON.stringify(r.category)}`);
  const policies = strList(ctx, r.policies, [...path, 'policies'], (id, i) => {
    const e = catalogue.get(id);
    if (!e) ctx.fail([...path, 'policies', i], `unknown catalogue id "${id}"`);
    if (e.role !== 'prohibition') ctx.fail([...path, 'policies', i], `"${id}" is a ${e.role}, not a prohibition`);
  });
  let when: Condition;
  let decision: 'REVIEW' | 'BLOCK';
  const shorthand = r.signal !== undefined;
  if (shorthand && r.when !== undefined) ctx.fail([...path, 'when'], 'give either signal with review/block thresholds or when with decision, not both');
  const extra: Rule[] = [];
  if (shorthand) {
    checkSignal(ctx, r.signal, [...path, 'signal']);
    if (r.decision !== undefined) ctx.fail([...path, 'decision'], 'a signal rule takes review and block thresholds, not decision');
    const review = r.review === undefined ? undefined : num(ctx, r.review, [...path, 'review']);
    const block = r.block === undefined ? undefined : num(ctx, r.block, [...path, 'block']);
    if (review === undefined && block === undefined) ctx.fail([...path, 'review'], 'a signal rule needs a review or a block threshold');
    if (review !== undefined && block !== undefined && review > block) ctx.fail([...path, 'review'], `review threshold ${review} is above block threshold ${block}`);
    // review fires in [review, block), block at >= block: one condition per decision, the stronger wins
    decision = block !== undefined ? 'BLOCK' : 'REVIEW';
    when = { signal: r.signal as string, op: 'gte', threshold: (block ?? review)! };
    if (review !== undefined && block !== undefined) {
      const between: Condition = { all: [{ signal: r.signal as string, op: 'gte', threshold: review }, { signal: r.signal as string, op: 'lt', threshold: block }] };
      extra.push(baseRule(ctx, r, path, policies, `${r.id as string}.review`, 'REVIEW', between));
    }
  } else {
    if (r.when === undefined) ctx.fail([...path, 'when'], 'required (or signal with review/block)');
    when = compileCondition(ctx, r.when, [...path, 'when']);
    if (r.decision !== 'review' && r.decision !== 'block') ctx.fail([...path, 'decision'], 'required: review or block');
    decision = r.decision === 'block' ? 'BLOCK' : 'REVIEW';
  }
  return [baseRule(ctx, r, path, policies, r.id as string, decision, when), ...extra];
}

function baseRule(ctx: Ctx, r: Record<string, unknown>, path: (string | number)[], policies: string[], id: string, decision: 'REVIEW' | 'BLOCK', when: Condition): Rule {
  const bool = (k: string, d: boolean): boolean => {
    if (r[k] === undefined) return d;
    if (typeof r[k] !== 'boolean') ctx.fail([...path, k], 'must be true or false');
    return r[k] as boolean;
  };
  const jurisdictions = r.jurisdictions === undefined ? null : strList(ctx, r.jurisdictions, [...path, 'jurisdictions'], (s, i) => {
    if (!/^[A-Z]{2}$/.test(s)) ctx.fail([...path, 'jurisdictions', i], `"${s}" is not an ISO 3166-1 alpha-2 code`);
  });
  const kinds = r.kinds === undefined ? null : strList(ctx, r.kinds, [...path, 'kinds'], (s, i) => {
    if (!KINDS.includes(s)) ctx.fail([...path, 'kinds', i], `unknown kind "${s}"; one of ${KINDS.join(', ')}`);
  });
  return Object.freeze({
    id,
    description: typeof r.description === 'string' ? r.description : '',
    category: r.category as Category,
    policies,
    decision,
    when,
    actions: r.actions === undefined ? null : actionList(ctx, r.actions, [...path, 'actions']),
    jurisdictions,
    kinds,
    sources: r.sources === undefined ? null : strList(ctx, r.sources, [...path, 'sources']),
    exceptions: bool('exceptions', true),
    shadow: bool('shadow', false),
    line: ctx.line(path),
  });
}

function checkSignal(ctx: Ctx, v: unknown, path: (string | number)[]): void {
  if (typeof v !== 'string') ctx.fail(path, 'must be a signal name');
  if (!signalSpec(v)) ctx.fail(path, `unknown signal "${v}" (see services/policy/signals.ts)`);
}

function compileCondition(ctx: Ctx, v: unknown, path: (string | number)[]): Condition {
  if (!v || typeof v !== 'object' || Array.isArray(v)) ctx.fail(path, 'a condition is a mapping');
  const c = v as Record<string, unknown>;
  const keys = Object.keys(c);
  if ('signal' in c) {
    checkSignal(ctx, c.signal, [...path, 'signal']);
    const ops = keys.filter((k) => k !== 'signal');
    if (ops.length !== 1 || !OPS.includes(ops[0] as Op)) ctx.fail(path, `a signal condition takes exactly one of ${OPS.join(', ')}`);
    const op = ops[0] as Op;
    return { signal: c.signal as string, op, threshold: num(ctx, c[op], [...path, op]) };
  }
  if (keys.length !== 1) ctx.fail(path, `a condition has exactly one of signal, all, any, not, jurisdiction, source, context, strikes (got ${keys.join(', ') || 'none'})`);
  const k = keys[0]!;
  const val = c[k];
  switch (k) {
    case 'all':
    case 'any':
      if (!Array.isArray(val) || val.length === 0) ctx.fail([...path, k], 'must be a non-empty list of conditions');
      return k === 'all' ? { all: val.map((x, i) => compileCondition(ctx, x, [...path, k, i])) } : { any: val.map((x, i) => compileCondition(ctx, x, [...path, k, i])) };
    case 'not':
      return { not: compileCondition(ctx, val, [...path, k]) };
    case 'jurisdiction':
      return { jurisdiction: strList(ctx, val, [...path, k]) };
    case 'source':
      return { source: strList(ctx, val, [...path, k]) };
    case 'context':
      if (typeof val !== 'string') ctx.fail([...path, k], 'must be a context name');
      return { context: val };
    case 'strikes': {
      const s = val as Record<string, unknown>;
      const ops = s && typeof s === 'object' ? Object.keys(s) : [];
      if (ops.length !== 1 || !OPS.includes(ops[0] as Op)) ctx.fail([...path, k], `takes exactly one of ${OPS.join(', ')}`);
      return { strikes: { op: ops[0] as Op, threshold: num(ctx, s[ops[0]!], [...path, k, ops[0]!], 0, 1e6) } };
    }
    default:
      return ctx.fail([...path, k], `unknown condition "${k}"`);
  }
}

