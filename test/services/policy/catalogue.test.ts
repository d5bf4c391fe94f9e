import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyCatalogue } from '../../../services/policy/catalogue.js';
import { CATEGORIES } from '../../../services/policy/categories.js';
import { parsePolicy } from '../../../services/policy/parse-policy.js';
import { ACTIONS } from '../../../services/schema/types.js';

const DOC = resolve(import.meta.dirname, '../../../../shared/policy/acceptable-use-policy-and-community-guidelines.md');
const catalogue = PolicyCatalogue.load();
const FIXED = ['spam', 'scam', 'hate', 'harassment', 'sexual', 'sexual/minors', 'violence', 'violence/graphic', 'self-harm', 'gambling', 'regulated-goods', 'weapons', 'privacy', 'terrorism'];

describe.skipIf(!existsSync(DOC))('policy catalogue against ../shared/policy (skipped when ../shared is absent)', () => {
  const items = existsSync(DOC) ? parsePolicy(readFileSync(DOC, 'utf8')) : [];

  it('holds every numbered and lettered item and every heading of the document', () => {
    const missing = items.filter((i) => !catalogue.get(i.id)).map((i) => i.id);
    expect(missing).toEqual([]);
    expect(catalogue.entries.length).toBe(items.length);
  });

  it('finds the structure the document has', () => {
    const ids = new Set(items.map((i) => i.id));
    for (const id of ['aup-1.2.e', 'aup-2.o', 'aup-5.c', 'aup-7.2.s', 'aup-11.3.d', 'aup-kr.2', 'cg-spam.b', 'cg-spam.h', 'cg-fraud-or-scams.a.4', 'cg-nudity.ii.h', 'cg-child-pornography.k', 'cg-exception.d', 'cg-violence-and-threats.c', 'cg-sharing-of-personal-data-without-consent.b', 'cg-other-inappropriate-content.i']) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(items.filter((i) => i.id.startsWith('aup-7.2.') && i.kind === 'item')).toHaveLength(19);
    expect(items.filter((i) => i.id.startsWith('cg-harassment-and-bullying.'))).toHaveLength(13);
  });
});

describe('policy catalogue', () => {
  it('uses only known categories and all fourteen fixed names', () => {
    for (const e of catalogue.entries) if (e.category) expect(CATEGORIES, e.id).toContain(e.category);
    const used = new Set(catalogue.entries.map((e) => e.category));
    for (const c of FIXED) expect(used.has(c as never), c).toBe(true);
  });

  it('gives each detectable prohibition a category, a decision and actions from AUP 1.2', () => {
    for (const e of catalogue.entries.filter((x) => x.role === 'prohibition' && x.detectable !== 'none')) {
      expect(e.category, e.id).not.toBeNull();
      expect(e.defaultDecision, e.id).not.toBeNull();
      expect(e.actions.length, e.id).toBeGreaterThan(0);
      for (const a of e.actions) expect(ACTIONS).toContain(a);
    }
  });

  it('says why an item cannot be detected instead of dropping it', () => {
    const re = catalogue.require('aup-7.2.g');
    expect(re.detectable).toBe('none');
    expect(re.notDetectableReason).toMatch(/not content/);
  });

  it('links exceptions both ways to existing items', () => {
    for (const e of catalogue.entries) {
      for (const x of e.exceptions) {
        const target = catalogue.get(x);
        expect(target?.role === 'exception' || (target?.relaxes?.length ?? 0) > 0, `${e.id} → ${x}`).toBe(true);
      }
      for (const r of e.relaxes ?? []) expect(catalogue.get(r), `${e.id} relaxes ${r}`).toBeDefined();
    }
    expect(catalogue.require('aup-5.c').exceptions).toEqual(['cg-exception.a', 'cg-exception.b', 'cg-exception.c', 'cg-exception.d']);
  });

  it('maps the enforcement items of AUP 1.2 onto the verdict actions', () => {
    const defined = catalogue.entries.filter((e) => e.definesAction).map((e) => e.definesAction);
    expect(defined).toEqual(['WARN', 'REMOVE_CONTENT', 'DISPLAY_NOTICE', 'RESTRICT_ACCOUNT', 'NOTIFY_AUTHORITIES']);
  });

  it('blocks CSAM with removal, termination and notification of authorities', () => {
    expect(catalogue.require('cg-child-pornography.a')).toMatchObject({ category: 'sexual/minors', severity: 'critical', defaultDecision: 'BLOCK', actions: ['REMOVE_CONTENT', 'TERMINATE_ACCOUNT', 'NOTIFY_AUTHORITIES'] });
  });

  it('is the file the generator writes (schemas/policy-catalogue.json)', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../../schemas/policy-catalogue.json'), 'utf8')) as { generatedBy: string };
    expect(file.generatedBy).toMatch(/build-catalogue/);
  });
});
