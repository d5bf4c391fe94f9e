import { describe, expect, it } from 'vitest';
import { parsePolicy, slugify } from '../../../services/policy/parse-policy.js';

const DOC = `Title
===

1\\. General
------

1\\.2 **ENFORCEMENT** steps:* a. Issue a warning.
* b. Remove content.

2\\. Violence
-----
* a. Threats;
* b. Weapons.

Appendix for Users Subject to Korean Jurisdiction
----
terms. 1. first item. 2. second item.

WeChat Community Guidelines
-----------
Intro.

Spam
----
* Spam refers to...
a) Send spam;
b) Posting with high frequency;

**Nudity**
-----
a) Porn;
b) Genitals;
* includes:
a) Direct exposure;
c) Violent demonstrations. Violence and threats

* You may not:
a) Threats to kill;
`;

describe('parsePolicy', () => {
  const items = parsePolicy(DOC);
  const ids = items.map((i) => i.id);

  it('numbers AUP sections, sub-sections and lettered items', () => {
    expect(ids.slice(0, 7)).toEqual(['aup-1', 'aup-1.2', 'aup-1.2.a', 'aup-1.2.b', 'aup-2', 'aup-2.a', 'aup-2.b']);
    expect(items.find((i) => i.id === 'aup-1.2.a')).toMatchObject({ section: 'AUP 1.2(a)', heading: 'ENFORCEMENT', text: 'Issue a warning.' });
  });

  it('reads the Korean appendix items', () => {
    expect(ids).toContain('aup-kr.1');
    expect(ids).toContain('aup-kr.2');
  });

  it('names CG items after their heading and numbers restarted lists', () => {
    expect(ids).toContain('cg-spam.b');
    expect(ids).toContain('cg-nudity.b');
    expect(ids).toContain('cg-nudity.ii.a');
  });

  it('splits a heading the document runs into the end of a paragraph', () => {
    expect(ids).toContain('cg-violence-and-threats');
    expect(ids).toContain('cg-violence-and-threats.a');
    expect(items.find((i) => i.id === 'cg-nudity.ii.c')!.text).toBe('Violent demonstrations.');
  });

  it('slugifies headings', () => {
    expect(slugify('**Sale or transfer of regulated goods or services***')).toBe('sale-or-transfer-of-regulated-goods-or-services');
  });
});
