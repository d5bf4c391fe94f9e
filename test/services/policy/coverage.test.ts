import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyCatalogue } from '../../../services/policy/catalogue.js';
import { coverage, coverageMarkdown } from '../../../services/policy/coverage.js';
import { compileRules, loadRules } from '../../../services/policy/rules.js';

const ROOT = join(import.meta.dirname, '../../..');
const catalogue = PolicyCatalogue.load();

describe('policy coverage table', () => {
  it('is in step with the rules and the signal vocabulary (regenerate with make coverage)', () => {
    const rules = loadRules(join(ROOT, 'policy/rules.yaml'), catalogue);
    expect(readFileSync(join(ROOT, 'docs/policy-coverage.md'), 'utf8')).toBe(coverageMarkdown(rules, catalogue));
  });

  it('says which signal detects an item, which only a planned signal would, and which nothing detects yet', () => {
    const rules = compileRules('version: 1\nrules:\n  - { id: g, signal: text.gambling, review: 0.5, category: gambling, policies: [cg-gambling.c] }\n  - { id: p, signal: text.political, review: 0.5, category: political, policies: [aup-11.1] }\n', 't.yaml', catalogue);
    const rows = new Map(coverage(rules, catalogue).map((r) => [r.id, r]));
    expect(rows.get('cg-gambling.c')).toMatchObject({ status: 'live', signals: ['text.gambling'], rules: ['g'] });
    expect(rows.get('cg-gambling')).toMatchObject({ status: 'items', signals: ['cg-gambling.c'] });
    expect(rows.get('aup-11.1')).toMatchObject({ status: 'planned', signals: ['text.political'] });
    expect(rows.get('cg-gambling.a')).toMatchObject({ status: 'none', rules: [] });
  });
});
