import { describe, expect, it } from 'vitest';
import { PolicyCatalogue } from '../../../services/policy/index.js';
import type { ItemView } from '../../../services/review/store.js';
import { html, itemPage } from '../../../services/review/templates.js';

describe('templates', () => {
  it('escapes every interpolated value', () => {
    expect(html`<p title="${'"><script>x</script>'}">${'<b>&'}</p>`.value).toBe('<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">&lt;b&gt;&amp;</p>');
    expect(html`<p>${html`<i>${'<'}</i>`}</p>`.value).toBe('<p><i>&lt;</i></p>');
  });

  it('renders hostile content, appeal statements and sender ids as text', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const view: ItemView = {
      item: { id: '1', verdictId: 'v', variant: 'enforced', source: 'appeal', appealId: 'a', senderId: evil, priority: 2, severity: 2, category: 'spam', occurredAt: new Date(0), createdAt: new Date(0), state: 'open', escalated: false, claimedBy: null, claimedByName: null, claimExpiresAt: null },
      verdict: null,
      content: { kind: 'TEXT', text: evil, hasThumbnail: false, frames: 0 },
      appeal: { appealId: 'a', reason: evil, appealedAt: new Date(0) },
      decision: null, senderStrikes: 0, senderOpenItems: [], senderDecisions: [],
    };
    const page = itemPage({ account: { id: '1', username: 'alice', role: 'reviewer' }, csrf: 't', view, catalogue: PolicyCatalogue.load(), sensitive: false, revealed: false, flash: null, changeOptions: [] });
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page.match(/&lt;script&gt;alert\(2\)&lt;\/script&gt;/g)).toHaveLength(3);
  });
});
