import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyCatalogue } from '../../../services/policy/catalogue.js';
import { RuleFileError, compileRules, loadRules, type Condition } from '../../../services/policy/rules.js';
import { signalSpec } from '../../../services/policy/signals.js';
import { MAX_VERDICT_POLICIES, PolicyEngine } from '../../../services/policy/engine.js';
import { StrikeStore } from '../../../services/policy/strikes.js';
import { CORRESPONDENCE_CONTACT_SCORE } from '../../../services/text/pii.js';
import type { ContentEvent, Signal } from '../../../services/schema/types.js';

/**
 * Every minimal way a condition can be true, as the signals it then rests on (disjunctive normal form of
 * the positive signal tests; strikes, jurisdiction, source, context and negations add no signal).
 */
function firingPaths(c: Condition): string[][] {
  if ('signal' in c) return c.op === 'gte' || c.op === 'gt' ? [[c.signal]] : [[]];
  if ('all' in c) return c.all.map(firingPaths).reduce<string[][]>((acc, paths) => acc.flatMap((a) => paths.map((p) => [...a, ...p])), [[]]);
  if ('any' in c) return c.any.flatMap(firingPaths);
  return [[]];
}

const catalogue = PolicyCatalogue.load();
const RULES = join(import.meta.dirname, '../../../policy/rules.yaml');

function error(text: string): string {
  try {
    compileRules(text, 'r.yaml', catalogue);
  } catch (err) {
    expect(err).toBeInstanceOf(RuleFileError);
    expect((err as RuleFileError).code).toBe('VGL_RULES');
    return (err as Error).message;
  }
  throw new Error('expected a RuleFileError');
}

const rule = (body: string) => `version: 1\nrules:\n  - id: r1\n    category: spam\n    policies: [cg-spam.b]\n${body}`;

describe('compileRules: validation names file, line and field', () => {
  it('rejects an unknown signal', () => {
    expect(error(rule('    signal: spam.frequncy\n    block: 0.9\n'))).toBe('r.yaml:6: /rules/0/signal: unknown signal "spam.frequncy" (see services/policy/signals.ts)');
  });
  it('rejects an unknown catalogue id and a non-prohibition item', () => {
    expect(error('version: 1\nrules:\n  - id: r1\n    category: spam\n    policies: [cg-spam.b, cg-spam.z]\n    signal: spam.frequency\n    block: 0.9\n')).toBe('r.yaml:5: /rules/0/policies/1: unknown catalogue id "cg-spam.z"');
    expect(error('version: 1\nrules:\n  - id: r1\n    category: sexual\n    policies: [cg-exception.c]\n    signal: nsfw.porn\n    block: 0.9\n')).toBe('r.yaml:5: /rules/0/policies/0: "cg-exception.c" is a exception, not a prohibition');
  });
  it('rejects bad thresholds', () => {
    expect(error(rule('    signal: spam.frequency\n    block: 1.5\n'))).toBe('r.yaml:7: /rules/0/block: 1.5 is outside 0..1');
    expect(error(rule('    signal: spam.frequency\n    review: 0.9\n    block: 0.5\n'))).toBe('r.yaml:7: /rules/0/review: review threshold 0.9 is above block threshold 0.5');
    expect(error(rule('    when: { signal: spam.frequency, gte: "high" }\n    decision: block\n'))).toBe('r.yaml:6: /rules/0/when/gte: must be a number, got "high"');
  });
  it('rejects unknown fields, categories, actions, duplicates and YAML errors', () => {
    expect(error(rule('    signal: spam.frequency\n    block: 0.9\n    severity: high\n'))).toBe('r.yaml:8: /rules/0/severity: unknown field "severity"');
    expect(error(rule('    signal: spam.frequency\n    block: 0.9\n    actions: [BAN]\n'))).toBe('r.yaml:8: /rules/0/actions/0: unknown action "BAN"; one of WARN, REMOVE_CONTENT, DISPLAY_NOTICE, RESTRICT_ACCOUNT, TERMINATE_ACCOUNT, NOTIFY_AUTHORITIES');
    expect(error('version: 1\nrules:\n  - { id: a, category: spam, policies: [cg-spam.b], signal: spam.frequency, block: 0.9 }\n  - { id: a, category: spam, policies: [cg-spam.b], signal: spam.campaign, block: 0.9 }\n')).toBe('r.yaml:4: /rules/1/id: duplicate rule id "a" (first on line 3)');
    expect(error('version: 1\nrules:\n  - { id: a, category: spam, policies: [cg-spam.b], signal: spam.frequency, block: 0.9\n')).toMatch(/^r\.yaml:\d+: YAML: /);
    expect(error('version: 1\nrules:\n  - { id: a, category: nasty, policies: [cg-spam.b], signal: spam.frequency, block: 0.9 }\n')).toBe('r.yaml:3: /rules/0/category: unknown category "nasty"');
    expect(error(rule('    when: { signal: spam.frequency, gte: 0.5, lt: 0.9 }\n    decision: block\n'))).toBe('r.yaml:6: /rules/0/when: a signal condition takes exactly one of gte, gt, lte, lt');
  });

  it('turns a signal rule with both thresholds into a block rule and its review twin', () => {
    const set = compileRules(rule('    signal: spam.frequency\n    review: 0.5\n    block: 0.9\n'), 'r.yaml', catalogue);
    expect(set.rules.map((r) => [r.id, r.decision])).toEqual([['r1', 'BLOCK'], ['r1.review', 'REVIEW']]);
  });
});

describe('policy/rules.yaml (the default rule set)', () => {
  const set = loadRules(RULES, catalogue);

  it('cites, in every rule, only a category one of its signals measures (on every way the rule can fire)', () => {
    const wrong: string[] = [];
    for (const r of set.rules) {
      for (const path of firingPaths(r.when)) {
        if (path.length === 0) continue; // a path that needs no signal (strikes alone, a context) is checked below
        const measured = new Set(path.flatMap((s) => signalSpec(s)!.categories));
        if (!measured.has(r.category)) wrong.push(`${r.id}: category ${r.category}, but fires on ${path.join(' + ')} (${[...measured].join(', ') || 'no category'})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('needs a signal on every way a rule can fire', () => {
    expect(set.rules.filter((r) => firingPaths(r.when).some((p) => p.length === 0)).map((r) => r.id)).toEqual([]);
  });

  it('cites one to three catalogue items per rule, of the rule\'s own category', () => {
    expect(set.rules.filter((r) => r.policies.length < 1 || r.policies.length > MAX_VERDICT_POLICIES).map((r) => `${r.id}: ${r.policies.length}`)).toEqual([]);
    const mismatched = set.rules.flatMap((r) => r.policies.filter((id) => catalogue.require(id).category !== r.category).map((id) => `${r.id} (${r.category}): ${id} is ${catalogue.require(id).category}`));
    expect(mismatched).toEqual([]);
  });

  it('never gives a rule on fuzzy evidence notify_authorities or terminate_account as its own actions', () => {
    const fuzzy = set.rules.filter((r) => !firingPaths(r.when).every((p) => p.some((s) => signalSpec(s)!.evidence === 'exact')));
    expect(fuzzy.filter((r) => r.actions?.some((a) => a === 'NOTIFY_AUTHORITIES' || a === 'TERMINATE_ACCOUNT')).map((r) => r.id)).toEqual([]);
    expect(set.ladder.maxFuzzyWeight).toBeLessThan(Math.min(...set.ladder.steps.filter((s) => s.actions.includes('TERMINATE_ACCOUNT')).map((s) => s.strikes)));
  });

  it('cites no item that content cannot show', () => {
    const notContent = set.rules.flatMap((r) => r.policies.filter((id) => catalogue.require(id).detectable === 'none').map((id) => `${r.id}: ${id}`));
    expect(notContent).toEqual([]);
  });

  it('never lets an exception relax CSAM or terrorist hash matches', () => {
    for (const id of ['hash.csam', 'hash.terrorism', 'text.sexual.minors']) expect(set.rules.find((r) => r.id === id)?.exceptions, id).toBe(false);
  });

  it('lets a contact detail in correspondence count only next to harassment (doxxing), not on its own', () => {
    const judge = (signals: [string, number][]) => {
      const e = new PolicyEngine(catalogue, new StrikeStore(set.ladder.halfLifeMs, 1000));
      const ev = { kind: 'text', eventId: 'e', occurredAt: 1, source: 'chat', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, text: 'x', replyToEventId: null, contexts: [] } as ContentEvent;
      const sigs = signals.map(([name, score]): Signal => ({ classifier: name.slice(0, name.indexOf('.')), label: name.slice(name.indexOf('.') + 1), score, modelId: 'm', modelVersion: '1', evidence: {} }));
      const v = e.evaluate(set, ev, sigs).enforced;
      return `${v.decision} ${v.rules.map((r) => r.id).join(',')}`;
    };
    const c = CORRESPONDENCE_CONTACT_SCORE;
    for (const pii of ['pii.email', 'pii.phone', 'pii.address']) {
      expect(judge([[pii, c]])).toBe('ALLOW ');
      expect(judge([[pii, c], ['text.harassment', 0.6]])).toMatch(/^BLOCK .*pii\.doxxing/);
    }
    expect(judge([['pii.email', 0.9]])).toBe('REVIEW pii.email');
  });

  it('rejects a ladder whose fuzzy-evidence cap reaches the terminate step', () => {
    expect(error('version: 1\nladder: { maxFuzzyWeight: 6, steps: [ { strikes: 6, actions: [TERMINATE_ACCOUNT] } ] }\nrules:\n  - { id: a, category: spam, policies: [cg-spam.b], signal: spam.frequency, block: 0.9 }\n'))
      .toMatch(/maxFuzzyWeight: 6 reaches the terminate step \(6\)/);
  });
});
