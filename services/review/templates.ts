import type { CatalogueEntry, PolicyCatalogue } from '../policy/index.js';
import type { Verdict } from '../schema/types.js';
import type { Account, DecisionRow, ItemRow, ItemView, Precision } from './store.js';

/** Markup that is already safe (built by `html`). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];
function render(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Html) return p.value;
  if (Array.isArray(p)) return p.map(render).join('');
  return escape(String(p));
}

/** Tagged template: every interpolated value is escaped unless it is Html. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new Html(out);
}

const PRIORITY_LABEL = ['priority', 'escalated', 'appeal', 'review', 'shadow'];
const SEVERITY_LABEL = ['none', 'low', 'medium', 'high', 'critical'];

function when(d: Date | null): string {
  return d ? d.toISOString().replace('T', ' ').slice(0, 19) + 'Z' : '';
}

export function layout(title: string, account: Account | null, csrf: string | null, body: Html): string {
  return '<!doctype html>' + html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · vigil review</title><link rel="stylesheet" href="/static/review.css"><script src="/static/review.js" defer></script></head>
<body><header><span class="brand">vigil review</span>${account ? html`<a href="/">Queue</a><a href="/decided">Decided</a>${account.role === 'lead' ? html`<a href="/accounts">Accounts</a><a href="/audit">Audit</a>` : ''}
<span class="who">${account.username} · ${account.role}</span><form method="post" action="/logout"><input type="hidden" name="_csrf" value="${csrf ?? ''}"><button type="submit">Sign out</button></form>` : ''}</header>
<main>${body}</main></body></html>`.value;
}

export function loginPage(csrf: string, error: string | null): string {
  return layout('Sign in', null, null, html`<div class="login card"><h1>Sign in</h1>${error ? html`<p class="flash error">${error}</p>` : ''}
<form method="post" action="/login"><input type="hidden" name="_csrf" value="${csrf}">
<p><label>Username<br><input type="text" name="username" autocomplete="username" required autofocus></label></p>
<p><label>Password<br><input type="password" name="password" autocomplete="current-password" required></label></p>
<p><button class="primary" type="submit" id="btn-login">Sign in</button></p></form>
<p class="muted small">Single sign-on (OIDC) plugs in here: see the README, “Review console”.</p></div>`);
}

function badges(i: ItemRow): Html {
  return html`<span class="badge ${PRIORITY_LABEL[i.priority]}">${PRIORITY_LABEL[i.priority]}</span>${i.escalated && i.priority !== 1 ? html`<span class="badge escalated">escalated</span>` : ''}${i.source !== PRIORITY_LABEL[i.priority] ? html`<span class="badge">${i.source}</span>` : ''}`;
}

export function queuePage(account: Account, csrf: string, items: readonly ItemRow[], stats: readonly { priority: number; depth: number; oldestSeconds: number }[], flash: string | null): string {
  const canWork = account.role !== 'viewer';
  return layout('Queue', account, csrf, html`${flash ? html`<p class="flash">${flash}</p>` : ''}
<h1>Review queue</h1>
<div class="actions">${canWork ? html`<form method="post" action="/claim-next"><input type="hidden" name="_csrf" value="${csrf}"><button class="primary" id="btn-next" type="submit">Claim next item <kbd>n</kbd></button></form>` : html`<span class="muted">Read-only (viewer)</span>`}
${stats.map((s) => html`<span class="badge ${PRIORITY_LABEL[s.priority]}">${PRIORITY_LABEL[s.priority]}: ${s.depth}</span>`)}</div>
<table id="queue"><thead><tr><th>#</th><th>Class</th><th>Severity</th><th>Category</th><th>Sender</th><th>Event time</th><th>Queued</th><th>Claimed by</th></tr></thead><tbody>
${items.length ? items.map((i) => html`<tr data-item="${i.id}"><td><a href="/items/${i.id}">${i.id}</a></td><td>${badges(i)}</td><td>${SEVERITY_LABEL[i.severity] ?? i.severity}</td><td>${i.category}</td>
<td>${i.senderId}</td><td>${when(i.occurredAt)}</td><td>${when(i.createdAt)}</td><td>${i.claimedByName && i.claimExpiresAt && i.claimExpiresAt > new Date() ? i.claimedByName : ''}</td></tr>`) : html`<tr><td colspan="8" class="muted">The queue is empty.</td></tr>`}
</tbody></table>`);
}

function policyBlock(entry: CatalogueEntry | undefined, id: string): Html {
  if (!entry) return html`<li><code>${id}</code></li>`;
  return html`<li><code>${entry.id}</code> <strong>${entry.section}</strong> — ${entry.title}${entry.heading && entry.heading !== entry.title ? html`<div class="muted small">${entry.heading}</div>` : ''}</li>`;
}

/** Evidence of hash-bank signals (bank, method, distance) is shown to leads only. */
function signalRows(v: Verdict, lead: boolean): Html {
  return html`${v.signals.filter((s) => s.score > 0).map((s) => {
    const hash = s.classifier === 'hash';
    const ev = hash && !lead ? 'hash-bank match (details: leads only)' : Object.entries(s.evidence).map(([k, x]) => `${k}=${x}`).join(' ');
    return html`<tr><td>${s.classifier}.${s.label}</td><td>${s.score.toFixed(2)}</td><td class="evidence">${hash && !lead ? 'hash bank' : s.modelId}</td><td class="evidence">${ev}</td></tr>`;
  })}`;
}

export interface ItemPageOptions {
  readonly account: Account;
  readonly csrf: string;
  readonly view: ItemView;
  readonly catalogue: PolicyCatalogue;
  readonly sensitive: boolean;
  readonly revealed: boolean;
  readonly flash: string | null;
  /** Catalogue items a reviewer may pick when changing the category. */
  readonly changeOptions: readonly CatalogueEntry[];
}

export function itemPage(o: ItemPageOptions): string {
  const { view, account, csrf } = o;
  const { item, verdict: v, content } = view;
  const lead = account.role === 'lead';
  const mine = item.claimedBy === account.id && item.claimExpiresAt !== null && item.claimExpiresAt > new Date() && item.state === 'open';
  const claimedByOther = item.claimedBy !== null && item.claimedBy !== account.id && item.claimExpiresAt !== null && item.claimExpiresAt > new Date();
  const canWork = account.role !== 'viewer' && item.state === 'open' && (!item.escalated || lead);
  const imgSrc = (frame: number | null) => `/items/${item.id}/${o.revealed || !o.sensitive ? 'original' : 'obscured'}${frame === null ? '' : `?frame=${frame}`}`;
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}">`;
  const contentHtml = !content
    ? html`<p class="muted">${v && v.signals.some((s) => s.classifier === 'hash' && (s.label === 'csam' || s.label === 'ncii')) ? 'Known-media match: the media is never copied for review; only the match is shown.' : 'No content: it was not copied for review or has passed its retention.'}</p>`
    : html`${content.hasThumbnail || content.frames > 0 ? html`<figure>${content.hasThumbnail ? html`<img class="thumb" id="thumb" alt="image under review" src="${imgSrc(null)}">` : ''}
${content.frames > 0 ? html`<div class="strip" id="strip">${Array.from({ length: content.frames }, (_, n) => html`<img class="frame" alt="video frame ${n + 1} of ${content.frames}" src="${imgSrc(n)}">`)}</div>
<p class="muted small">Video: the frames its rules flagged, then frames spread over the whole video, in order${v?.video ? ` (${v.video.framesSeen} frames seen, ${v.video.offendingFrames.length} flagged)` : ''}.</p>` : ''}
${o.sensitive && !o.revealed ? html`<figcaption class="muted small">Blurred and greyscale (category ${item.category}). ${account.role !== 'viewer' ? html`<form method="post" action="/items/${item.id}/reveal" style="display:inline">${hidden}<button id="btn-reveal" type="submit">Reveal original <kbd>r</kbd></button></form>` : ''} Revealing is recorded in the audit log.</figcaption>` : ''}</figure>` : ''}
${content.text !== null ? html`<div class="content-text" id="content-text">${content.text}</div>` : ''}`;
  const decision = view.decision;
  return layout(`Item ${item.id}`, account, csrf, html`${o.flash ? html`<p class="flash">${o.flash}</p>` : ''}
<h1>Item ${item.id} ${badges(item)} <span class="badge">${SEVERITY_LABEL[item.severity] ?? ''}</span> <span class="badge">${item.category}</span></h1>
<div class="grid"><div>
<div class="card"><h2>Content</h2>${contentHtml}
${view.appeal ? html`<h2>Appeal</h2><p class="small muted">${view.appeal.appealId} · ${when(view.appeal.appealedAt)}</p>${view.appeal.reason !== null ? html`<div class="content-text" id="appeal-reason">${view.appeal.reason}</div>` : html`<p class="muted">Statement past its retention.</p>`}` : ''}</div>
${v ? html`<div class="card"><h2>Verdict</h2><dl><dt>decision</dt><dd><span class="badge ${v.decision.toLowerCase()}">${v.decision}</span> ${v.actions.join(', ').toLowerCase()}</dd>
<dt>verdict</dt><dd><code>${v.verdictId}</code></dd><dt>event</dt><dd><code>${v.eventId}</code> · ${v.contentKind.toLowerCase()} · ${when(new Date(v.occurredAt))}</dd>
<dt>categories</dt><dd>${v.categories.map((c) => html`<span class="badge">${c.name} ${c.score.toFixed(2)}</span>`)}</dd><dt>service</dt><dd>${v.service} · rules ${v.rulesVersion}</dd></dl>
<h2>Rules that fired</h2><table id="rules"><thead><tr><th>rule</th><th>decision</th><th>score</th><th>evidence</th></tr></thead><tbody>
${v.rules.map((r) => html`<tr><td><code>${r.id}</code>${r.shadow ? html` <span class="badge shadow">shadow</span>` : ''}</td><td>${r.decision}</td><td>${r.score.toFixed(2)}</td>
<td class="evidence">${r.evidence.map((e) => (e.signal.startsWith('hash.') && !lead ? 'hash-bank match' : `${e.signal} ${e.value.toFixed(2)} ${e.op} ${e.threshold}`)).join('; ')}${r.exception ? ` · exception ${r.exception}` : ''}</td></tr>`)}
</tbody></table>
<h2>Policy items cited</h2><ul id="policies">${v.policies.map((p) => policyBlock(o.catalogue.get(p.id), p.id))}</ul>
<h2>Signals</h2><table><tbody>${signalRows(v, lead)}</tbody></table>
${v.notes.length ? html`<h2>Notes</h2><ul class="small">${v.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}</div>` : html`<div class="card muted">The verdict of this item has not arrived yet.</div>`}
</div><div>
<div class="card" id="decide"><h2>Decision</h2>
${decision ? html`<p id="decided">Decided: <strong>${decision.outcome.replace('_', ' ')}</strong> by ${decision.reviewer} at ${when(decision.decidedAt)}${decision.policyId ? html` · <code>${decision.policyId}</code>` : ''}${decision.enforcementVerdictId ? html`<br><span class="small muted">enforcement verdict <code>${decision.enforcementVerdictId}</code></span>` : ''}</p>`
    : !canWork ? html`<p class="muted">${account.role === 'viewer' ? 'Read-only (viewer).' : 'Escalated: a lead decides this item.'}</p>`
    : claimedByOther ? html`<p class="muted">Claimed by ${item.claimedByName} until ${when(item.claimExpiresAt)}.</p>`
    : !mine ? html`<form method="post" action="/items/${item.id}/claim">${hidden}<button class="primary" id="btn-claim" type="submit">Claim</button></form>`
    : html`<form method="post" action="/items/${item.id}/decide" id="decide-form">${hidden}
<p><label>Policy item<br><select name="policy" id="policy">${v?.policies.map((p) => html`<option value="${p.id}">${p.id} — ${p.title.slice(0, 80)}</option>`)}</select></label></p>
<p><label>Note <kbd>m</kbd><br><textarea name="note" id="note" rows="2" maxlength="2000"></textarea></label></p>
<div class="actions"><button class="danger" id="btn-confirm" name="outcome" value="confirm" type="submit">Confirm <kbd>c</kbd></button>
<button class="ok" id="btn-overturn" name="outcome" value="overturn" type="submit">Overturn: no violation <kbd>o</kbd></button></div>
<p><label>Change category to <kbd>g</kbd><br><select name="change_policy" id="policy-change"><option value="">—</option>${o.changeOptions.map((e) => html`<option value="${e.id}">${e.category} · ${e.id} — ${e.title.slice(0, 70)}</option>`)}</select></label></p>
<div class="actions"><button id="btn-change" name="outcome" value="change_category" type="submit">Change category</button></div></form>
<div class="actions"><form method="post" action="/items/${item.id}/escalate">${hidden}<button id="btn-escalate" type="submit">Escalate to a lead <kbd>e</kbd></button></form>
<form method="post" action="/items/${item.id}/release">${hidden}<button type="submit">Release</button></form></div>
<p class="small muted">Claimed until ${when(item.claimExpiresAt)}.</p>`}
<p class="small muted" id="shortcuts">Keys: <kbd>c</kbd> confirm · <kbd>o</kbd> overturn · <kbd>g</kbd> change category · <kbd>e</kbd> escalate · <kbd>r</kbd> reveal · <kbd>n</kbd> next · <kbd>m</kbd> note</p>
${account.role !== 'viewer' ? html`<form method="post" action="/claim-next">${hidden}<button id="btn-next" type="submit">Next item <kbd>n</kbd></button></form>` : ''}</div>
<div class="card"><h2>Sender</h2><dl><dt>sender</dt><dd><code>${item.senderId}</code></dd><dt>strikes</dt><dd id="strikes">${view.senderStrikes.toFixed(2)}</dd></dl>
<h2>Other open items</h2>${view.senderOpenItems.length ? html`<ul class="small">${view.senderOpenItems.map((i) => html`<li><a href="/items/${i.id}">#${i.id}</a> ${i.category} · ${when(i.occurredAt)}</li>`)}</ul>` : html`<p class="muted small">None.</p>`}
<h2>Recent decisions</h2>${view.senderDecisions.length ? html`<ul class="small">${view.senderDecisions.map((d) => html`<li><a href="/items/${d.itemId}">#${d.itemId}</a> ${d.outcome.replace('_', ' ')} ${d.category ?? ''} · ${d.reviewer} · ${when(d.decidedAt)}</li>`)}</ul>` : html`<p class="muted small">None.</p>`}</div>
</div></div>`);
}

export function decidedPage(account: Account, csrf: string, rows: readonly DecisionRow[], precision: readonly Precision[], f: Record<string, string>, reviewers: readonly string[]): string {
  const sel = (name: string, opts: readonly string[]) => html`<label>${name}<br><select name="${name}"><option value="">any</option>${opts.map((x) => html`<option value="${x}" ${f[name] === x ? html`selected` : ''}>${x}</option>`)}</select></label>`;
  return layout('Decided', account, csrf, html`<h1>Decided items</h1>
<form class="filters" method="get" action="/decided">${sel('reviewer', reviewers)}${sel('outcome', ['confirm', 'overturn', 'change_category'])}
<label>category<br><input type="text" name="category" value="${f.category ?? ''}"></label><label>rule<br><input type="text" name="rule" value="${f.rule ?? ''}"></label><button type="submit">Filter</button></form>
<table id="decided"><thead><tr><th>item</th><th>source</th><th>outcome</th><th>category</th><th>policy</th><th>rules</th><th>reviewer</th><th>decided</th><th>strikes</th></tr></thead><tbody>
${rows.length ? rows.map((d) => html`<tr><td><a href="/items/${d.itemId}">#${d.itemId}</a></td><td>${d.source}</td><td>${d.outcome.replace('_', ' ')}</td><td>${d.category ?? ''}</td><td>${d.policyId ?? ''}</td>
<td class="evidence">${d.ruleIds.join(', ')}</td><td>${d.reviewer}</td><td>${when(d.decidedAt)}</td><td>${d.strikeDelta ? d.strikeDelta.toFixed(2) : ''}</td></tr>`) : html`<tr><td colspan="9" class="muted">No decisions match.</td></tr>`}</tbody></table>
<h2>Rule precision as measured by reviews</h2><p class="small muted">confirmed (confirm or change of category) / decided; shadow-mode rules measured on the sampled would-be blocks.</p>
<table id="precision"><thead><tr><th>rule</th><th>mode</th><th>confirmed</th><th>decided</th><th>precision</th></tr></thead><tbody>
${precision.map((p) => html`<tr><td><code>${p.rule}</code></td><td>${p.shadow ? html`<span class="badge shadow">shadow</span>` : 'enforced'}</td><td>${p.confirmed}</td><td>${p.decided}</td><td>${(p.confirmed / p.decided).toFixed(2)}</td></tr>`)}</tbody></table>`);
}

export function accountsPage(account: Account, csrf: string, accounts: readonly (Account & { disabled: boolean; createdAt: Date })[], created: { username: string; password: string } | null): string {
  return layout('Accounts', account, csrf, html`<h1>Accounts</h1>
${created ? html`<p class="flash">Account <strong>${created.username}</strong> created. Password (shown once): <code id="new-password">${created.password}</code></p>` : ''}
<table><thead><tr><th>id</th><th>username</th><th>role</th><th>created</th></tr></thead><tbody>
${accounts.map((a) => html`<tr><td>${a.id}</td><td>${a.username}</td><td>${a.role}</td><td>${when(a.createdAt)}</td></tr>`)}</tbody></table>
<h2>New account</h2><form method="post" action="/accounts" class="filters"><input type="hidden" name="_csrf" value="${csrf}">
<label>username<br><input type="text" name="username" required pattern="[a-z0-9._-]{2,64}"></label>
<label>role<br><select name="role"><option>reviewer</option><option>viewer</option><option>lead</option></select></label><button class="primary" type="submit">Create</button></form>`);
}

export function auditPage(account: Account, csrf: string, rows: readonly { at: Date; account: string | null; action: string; itemId: string | null; detail: Record<string, unknown> }[]): string {
  return layout('Audit', account, csrf, html`<h1>Audit log</h1><table id="audit"><thead><tr><th>time</th><th>account</th><th>action</th><th>item</th><th>detail</th></tr></thead><tbody>
${rows.map((r) => html`<tr><td>${when(r.at)}</td><td>${r.account ?? ''}</td><td>${r.action}</td><td>${r.itemId ? html`<a href="/items/${r.itemId}">#${r.itemId}</a>` : ''}</td><td class="evidence">${JSON.stringify(r.detail)}</td></tr>`)}</tbody></table>`);
}

export function errorPage(account: Account | null, csrf: string | null, status: number, message: string): string {
  return layout(`Error ${status}`, account, csrf, html`<div class="card"><h1>${status}</h1><p>${message}</p><p><a href="/">Back to the queue</a></p></div>`);
}
