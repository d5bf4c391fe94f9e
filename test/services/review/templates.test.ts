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

describe('video items', () => {
  const view = (frames: number): ItemView => ({
    item: { id: '7', verdictId: 'v', variant: 'enforced', source: 'review', appealId: null, senderId: 'up', priority: 3, severity: 2, category: 'sexual', occurredAt: new Date(0), createdAt: new Date(0), state: 'open', escalated: false, claimedBy: null, claimedByName: null, claimExpiresAt: null },
    verdict: null,
    content: { kind: 'VIDEO', text: null, hasThumbnail: false, frames },
    appeal: null, decision: null, senderStrikes: 0, senderOpenItems: [], senderDecisions: [],
  });
  const page = (frames: number, revealed: boolean, role: 'reviewer' | 'viewer' = 'reviewer') =>
    itemPage({ account: { id: '1', username: 'alice', role }, csrf: 't', view: view(frames), catalogue: PolicyCatalogue.load(), sensitive: true, revealed, flash: null, changeOptions: [] });

  it('shows the strip of frames obscured until the reviewer reveals them', () => {
    const hidden = page(3, false);
    expect(hidden.match(/<img class="frame"[^>]*>/g)).toEqual([1, 2, 3].map((n) => `<img class="frame" alt="video frame ${n} of 3" src="/items/7/obscured?frame=${n - 1}">`));
    expect(hidden).toContain('id="btn-reveal"');
    const shown = page(3, true);
    expect(shown.match(/src="[^"]*frame=\d"/g)).toEqual(['src="/items/7/original?frame=0"', 'src="/items/7/original?frame=1"', 'src="/items/7/original?frame=2"']);
    expect(shown).not.toContain('id="btn-reveal"');
    expect(page(3, false, 'viewer')).not.toContain('id="btn-reveal"');
  });
});
