import type { ContentEvent, Action, Decision, CategoryScore, PolicyRef, Signal } from '../schema/types.js';
import { ACTIONS } from '../schema/types.js';
import type { PolicyCatalogue } from './catalogue.js';
import type { Category } from './categories.js';
import type { Condition, Op, Rule, RuleSet } from './rules.js';
import type { StrikeStore } from './strikes.js';
import { signalSpec } from './signals.js';

/** Most catalogue items a verdict cites: the one to three that apply, the primary one first. */
export const MAX_VERDICT_POLICIES = 3;

/** Whether a fired rule's evidence includes an exact (hash-bank) match, and one that may be reported to authorities. */
function strength(evidence: readonly Evidence[]): { exact: boolean; notifies: boolean } {
  let exact = false;
  let notifies = false;
  for (const e of evidence) {
    const spec = signalSpec(e.signal);
    exact ||= spec?.evidence === 'exact';
    notifies ||= spec?.notifies === true;
  }
  return { exact, notifies };
}

/** Contexts an event may declare, and the policy exceptions they invoke (CG "Exception", Gambling, Self-injury). */
export const CONTEXT_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  childbirth: ['cg-exception.a'],
  breastfeeding: ['cg-exception.b'],
  medical: ['cg-exception.c'],
  art: ['cg-exception.d'],
  lottery: ['cg-gambling.ii.a'],
  education: ['cg-gambling.ii.b'],
  recovery: ['cg-self-injury-or-suicide.b'],
};

/** Classifier signals that invoke an exception when at or above 0.8. */
export const SIGNAL_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  'context.medical': ['cg-exception.c'],
  'context.art': ['cg-exception.d'],
  'context.breastfeeding': ['cg-exception.a', 'cg-exception.b'],
  'text.self-harm.recovery': ['cg-self-injury-or-suicide.b'],
  'text.gambling.harm-education': ['cg-gambling.ii.b'],
};
const EXCEPTION_SIGNAL_MIN = 0.8;

export interface Evidence {
  readonly signal: string;
  readonly value: number;
  readonly op: Op;
  readonly threshold: number;
}

export interface FiredRule {
  readonly id: string;
  readonly decision: 'REVIEW' | 'BLOCK';
  readonly shadow: boolean;
  readonly category: Category;
  readonly score: number;
  readonly policies: readonly string[];
  readonly evidence: readonly Evidence[];
  /** Set when a policy exception turned this rule's block into review. */
  readonly exception: string | null;
}

export interface Outcome {
  readonly decision: Decision;
  readonly actions: Action[];
  readonly categories: CategoryScore[];
  readonly policies: PolicyRef[];
  readonly rules: FiredRule[];
  readonly notes: string[];
  readonly strikes: number;
  /** Strike weight this verdict added (0 unless it blocks); replayed on restore. */
  readonly strikeWeight: number;
}

export interface Evaluation {
  readonly enforced: Outcome;
  /** What the verdict would be with shadow rules enforced too; null when no shadow rule fired. */
  readonly shadow: Outcome | null;
}

type Signals = ReadonlyMap<string, number>;
const RANK: Record<Decision, number> = { ALLOW: 0, REVIEW: 1, BLOCK: 2 };

function compare(value: number, op: Op, threshold: number): boolean {
  switch (op) {
    case 'gte':
      return value >= threshold;
    case 'gt':
      return value > threshold;
    case 'lte':
      return value <= threshold;
    case 'lt':
      return value < threshold;
  }
}

interface Env {
  readonly event: ContentEvent;
  readonly signals: Signals;
  readonly strikes: number;
}

function evaluate(c: Condition, env: Env, out: Evidence[]): boolean {
  if ('signal' in c) {
    const value = env.signals.get(c.signal);
    if (value === undefined) return false; // a signal nobody measured never satisfies a condition
    const ok = compare(value, c.op, c.threshold);
    if (ok) out.push({ signal: c.signal, value, op: c.op, threshold: c.threshold });
    return ok;
  }
  if ('all' in c) {
    const mine: Evidence[] = [];
    for (const x of c.all) if (!evaluate(x, env, mine)) return false;
    out.push(...mine);
    return true;
  }
  if ('any' in c) {
    let ok = false;
    for (const x of c.any) ok = evaluate(x, env, out) || ok;
    return ok;
  }
  if ('not' in c) return !evaluate(c.not, env, []);
  if ('jurisdiction' in c) return c.jurisdiction.includes(env.event.jurisdiction ?? '');
  if ('source' in c) return c.source.includes(env.event.source);
  if ('context' in c) return 'contexts' in env.event && env.event.contexts.includes(c.context);
  const ok = compare(env.strikes, c.strikes.op, c.strikes.threshold);
  if (ok) out.push({ signal: 'sender.strikes', value: env.strikes, op: c.strikes.op, threshold: c.strikes.threshold });
  return ok;
}

function applies(rule: Rule, event: ContentEvent): boolean {
  if (rule.kinds && !rule.kinds.includes(event.kind)) return false;
  if (rule.sources && !rule.sources.includes(event.source)) return false;
  if (rule.jurisdictions && !rule.jurisdictions.includes(event.jurisdiction ?? '')) return false;
  return true;
}

/**
 * Evaluates a rule set against one event's signals. Rules are pure functions of (event, signals,
 * strikes); the rule set is an immutable value, so a reload swaps it between events, never within one.
 */
/** Signals a condition needs to be true at all (an `all` needs each, an `any` one of its parts); null: none needed. */
function required(c: Condition): string[][] | null {
  if ('signal' in c) return c.op === 'gte' || c.op === 'gt' ? [[c.signal]] : null;
  if ('all' in c) {
    const parts = c.all.map(required).filter((x): x is string[][] => x !== null);
    return parts.length ? parts.flat() : null;
  }
  if ('any' in c) {
    const parts = c.any.map(required);
    if (parts.some((p) => p === null)) return null;
    return [[...new Set(parts.flatMap((p) => p!.flat()))]];
  }
  return null;
}

const needsCache = new WeakMap<Rule, string[][] | null>();

/** False when the rule needs a signal (or one of a set) that the event did not get: it cannot fire. */
function mayFire(rule: Rule, signals: ReadonlyMap<string, number>): boolean {
  let needs = needsCache.get(rule);
  if (needs === undefined) needsCache.set(rule, (needs = required(rule.when)));
  return needs === null || needs.every((alternatives) => alternatives.some((s) => signals.has(s)));
}

export class PolicyEngine {
  constructor(
    private readonly catalogue: PolicyCatalogue,
    private readonly strikes: StrikeStore,
  ) {}

  evaluate(rules: RuleSet, event: ContentEvent, signalList: readonly Signal[]): Evaluation {
    const signals = new Map<string, number>();
    for (const s of signalList) {
      const key = `${s.classifier}.${s.label}`;
      signals.set(key, Math.max(signals.get(key) ?? 0, s.score));
    }
    const strikesBefore = this.strikes.get(event.senderId, event.occurredAt);
    const env: Env = { event, signals, strikes: strikesBefore };
    const invoked = new Map<string, string>(); // exception id → what invoked it
    for (const c of 'contexts' in event ? event.contexts : []) for (const x of CONTEXT_EXCEPTIONS[c] ?? []) invoked.set(x, `context ${c}`);
    for (const [sig, xs] of Object.entries(SIGNAL_EXCEPTIONS)) {
      const v = signals.get(sig);
      if (v !== undefined && v >= EXCEPTION_SIGNAL_MIN) for (const x of xs) invoked.set(x, `signal ${sig}=${v.toFixed(2)}`);
    }

    const fired: FiredRule[] = [];
    const firedRules: Rule[] = []; // fired[i] came from firedRules[i]
    for (const rule of rules.rules) {
      if (!mayFire(rule, signals) || !applies(rule, event)) continue;
      const evidence: Evidence[] = [];
      if (!evaluate(rule.when, env, evidence)) continue;
      let decision = rule.decision;
      let exception: string | null = null;
      if (decision === 'BLOCK' && rule.exceptions) {
        for (const id of rule.policies) {
          const x = this.catalogue.require(id).exceptions.find((e) => invoked.has(e));
          if (x) {
            exception = x;
            decision = 'REVIEW';
            break;
          }
        }
      }
      const score = evidence.filter((e) => e.signal !== 'sender.strikes').reduce((m, e) => Math.max(m, e.value), 0);
      fired.push({ id: rule.id, decision, shadow: rule.shadow, category: rule.category, score, policies: rule.policies, evidence, exception });
      firedRules.push(rule);
    }
    const enforcedIdx = fired.map((_, i) => i).filter((i) => !fired[i]!.shadow);
    const enforced = this.outcome(rules.ladder, enforcedIdx.map((i) => fired[i]!), enforcedIdx.map((i) => firedRules[i]!), strikesBefore, invoked);
    const shadowFired = enforcedIdx.length < fired.length;
    return { enforced, shadow: shadowFired ? this.outcome(rules.ladder, fired, firedRules, strikesBefore, invoked, true) : null };
  }

  /**
   * The catalogue items a verdict cites: rules ranked by decision (block first) and score, each rule's own
   * first (most specific) item in that order, then their further items, at most MAX_VERDICT_POLICIES. The
   * first is the primary item. Every fired rule keeps its full list in the verdict's `rules`.
   */
  private cite(fired: readonly FiredRule[]): PolicyRef[] {
    const ranked = [...fired].sort((a, b) => RANK[b.decision] - RANK[a.decision] || Number(a.shadow) - Number(b.shadow) || b.score - a.score);
    const ids: string[] = [];
    for (let k = 0; ids.length < MAX_VERDICT_POLICIES; k++) {
      let any = false;
      for (const f of ranked) {
        const id = f.policies[k];
        if (id === undefined) continue;
        any = true;
        if (!ids.includes(id) && ids.length < MAX_VERDICT_POLICIES) ids.push(id);
      }
      if (!any) break;
    }
    return ids.map((id) => this.catalogue.ref(id));
  }

  /** Records the strikes an enforced verdict adds; call once per event, after evaluate. */
  commit(event: ContentEvent, outcome: Outcome): void {
    if (outcome.strikeWeight > 0) this.strikes.add(event.senderId, event.occurredAt, outcome.strikeWeight);
  }

  /**
   * Takes back strikes a verdict added (a review overturned it): the weight is removed as it stood at
   * that verdict's event time, decayed to now like the rest. Never below zero.
   */
  revoke(senderId: string, occurredAt: number, strikeWeight: number): void {
    if (strikeWeight > 0) this.strikes.remove(senderId, occurredAt, strikeWeight);
  }

  /** Replays a verdict read back from the verdict topic (restore after a restart). */
  replay(senderId: string, occurredAt: number, strikeWeight: number): void {
    if (strikeWeight > 0) this.strikes.add(senderId, occurredAt, strikeWeight);
  }

  private outcome(ladder: RuleSet['ladder'], fired: FiredRule[], firedRules: Rule[], strikesBefore: number, invoked: Map<string, string>, shadow = false): Outcome {
    let decision: Decision = 'ALLOW';
    const actions = new Set<Action>();
    const categories = new Map<Category, number>();
    const notes: string[] = [];
    let weight = 0;
    const withheld = new Set<Action>();
    for (const [n, f] of fired.entries()) {
      if (RANK[f.decision] > RANK[decision]) decision = f.decision;
      categories.set(f.category, Math.max(categories.get(f.category) ?? 0, f.score));
      if (f.exception) notes.push(`${f.id}: exception ${f.exception} (${invoked.get(f.exception)}) turned block into review`);
      if (f.decision !== 'BLOCK') continue;
      const rule = firedRules[n]!;
      // evidence strength bounds the consequence: only a hash-bank match terminates by itself, and only a
      // CSAM or terrorist-content bank match notifies authorities; a model, lexicon or rate never does
      const { exact, notifies } = strength(f.evidence);
      let ruleWeight = 0;
      for (const id of f.policies) {
        const item = this.catalogue.require(id);
        for (const a of rule.actions ?? item.actions) {
          if ((a === 'NOTIFY_AUTHORITIES' && !notifies) || (a === 'TERMINATE_ACCOUNT' && !exact)) withheld.add(a);
          else actions.add(a);
        }
        const sev = item.severity === 'none' ? 'low' : item.severity;
        ruleWeight = Math.max(ruleWeight, ladder.weights[sev]);
      }
      weight = Math.max(weight, exact ? ruleWeight : Math.min(ruleWeight, ladder.maxFuzzyWeight));
    }
    for (const a of withheld) if (!actions.has(a)) notes.push(`${a.toLowerCase()} withheld: it needs a hash-bank match${a === 'NOTIFY_AUTHORITIES' ? ' in a CSAM or terrorist-content bank' : ' or repeated violations'}, not a model or lexicon score`);
    let strikes = strikesBefore;
    if (decision === 'BLOCK') {
      strikes = strikesBefore + weight;
      // the highest step reached applies; a higher step supersedes a lower one
      const step = [...ladder.steps].reverse().find((st) => strikes >= st.strikes);
      if (step) {
        for (const a of step.actions) actions.add(a);
        notes.push(`enforcement ladder: ${strikes.toFixed(2)} strikes >= ${step.strikes}: ${step.actions.join(', ').toLowerCase()}`);
      }
      if (actions.has('TERMINATE_ACCOUNT')) actions.delete('RESTRICT_ACCOUNT');
    }
    const policies = this.cite(fired);
    if (shadow) notes.push('shadow: includes rules in shadow mode; nothing here is enforced');
    return {
      decision,
      actions: decision === 'BLOCK' ? ACTIONS.filter((a) => actions.has(a)) : [],
      categories: [...categories].map(([name, score]) => ({ name, score })).sort((a, b) => b.score - a.score),
      policies,
      rules: fired,
      notes,
      strikes,
      strikeWeight: decision === 'BLOCK' ? weight : 0,
    };
  }
}
