import type { PolicyCatalogue, RuleSet } from '../policy/index.js';
import type { Verdict } from '../schema/types.js';
import { hashPassword, randomToken, tokenHash } from './auth.js';
import { inTransaction, type Pool, type PoolClient } from './db.js';
import { buildDecision, type BuiltDecision } from './enforce.js';
import { ConflictError, ForbiddenError, NotFoundError } from './errors.js';
import type { Appeal, ItemSource, Outcome, ReviewContent, Role } from './types.js';

/** Queue order: priority topic, escalated, appeals, review verdicts, sampled shadow would-be blocks. */
export const PRIORITY: Record<ItemSource | 'escalated', number> = { priority: 0, escalated: 1, appeal: 2, review: 3, shadow: 4 };
const SEVERITY: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1, none: 0 };

export interface Account {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
}

export interface Session {
  readonly account: Account;
  readonly csrf: string;
}

export interface ItemRow {
  readonly id: string;
  readonly verdictId: string;
  readonly variant: 'enforced' | 'shadow';
  readonly source: ItemSource;
  readonly appealId: string | null;
  readonly senderId: string;
  readonly priority: number;
  readonly severity: number;
  readonly category: string;
  readonly occurredAt: Date;
  readonly createdAt: Date;
  readonly state: 'open' | 'decided';
  readonly escalated: boolean;
  readonly claimedBy: string | null;
  readonly claimedByName: string | null;
  readonly claimExpiresAt: Date | null;
}

export interface ItemView {
  readonly item: ItemRow;
  readonly verdict: Verdict | null;
  readonly content: { kind: string; text: string | null; hasThumbnail: boolean; frames: number } | null;
  readonly appeal: { appealId: string; reason: string | null; appealedAt: Date } | null;
  readonly decision: DecisionRow | null;
  /** Strikes of the sender as of their latest verdict here, plus review decisions since (not decayed). */
  readonly senderStrikes: number;
  readonly senderOpenItems: ItemRow[];
  readonly senderDecisions: DecisionRow[];
}

export interface DecisionRow {
  readonly decisionId: string;
  readonly itemId: string;
  readonly reviewer: string;
  readonly outcome: Outcome;
  readonly category: string | null;
  readonly policyId: string | null;
  readonly ruleIds: string[];
  readonly shadow: boolean;
  readonly source: ItemSource;
  readonly note: string | null;
  readonly strikeDelta: number;
  readonly enforcementVerdictId: string | null;
  readonly decidedAt: Date;
}

export interface Precision {
  readonly rule: string;
  readonly shadow: boolean;
  readonly confirmed: number;
  readonly decided: number;
}

export interface DecidedFilter {
  readonly reviewer?: string;
  readonly category?: string;
  readonly rule?: string;
  readonly outcome?: string;
  readonly limit?: number;
}

export interface PurgeResult {
  readonly content: number;
  readonly appealReasons: number;
  readonly labels: number;
  readonly sessions: number;
  readonly verdicts: number;
}

export interface Label {
  readonly text: string;
  readonly category: string;
  readonly outcome: Outcome;
  readonly rule: string | null;
  readonly decidedAt: number;
}

const ITEM_COLUMNS = `i.id::text, i.verdict_id, i.variant, i.source, NULLIF(i.appeal_id, '') AS appeal_id, i.sender_id, i.priority, i.severity, i.category,
  i.occurred_at, i.created_at, i.state, i.escalated, i.claimed_by::text, a.username AS claimed_by_name, i.claim_expires_at`;

interface ItemDb {
  id: string; verdict_id: string; variant: 'enforced' | 'shadow'; source: ItemSource; appeal_id: string | null; sender_id: string; priority: number; severity: number;
  category: string; occurred_at: Date; created_at: Date; state: 'open' | 'decided'; escalated: boolean; claimed_by: string | null; claimed_by_name: string | null; claim_expires_at: Date | null;
}

function toItem(r: ItemDb): ItemRow {
  return {
    id: r.id, verdictId: r.verdict_id, variant: r.variant, source: r.source, appealId: r.appeal_id, senderId: r.sender_id, priority: r.priority, severity: r.severity,
    category: r.category, occurredAt: r.occurred_at, createdAt: r.created_at, state: r.state, escalated: r.escalated, claimedBy: r.claimed_by, claimedByName: r.claimed_by_name,
    claimExpiresAt: r.claim_expires_at,
  };
}

interface DecisionDb {
  decision_id: string; item_id: string; reviewer: string; outcome: Outcome; category: string | null; policy_id: string | null; rule_ids: string[]; shadow: boolean;
  source: ItemSource; note: string | null; strike_delta: number; enforcement_verdict_id: string | null; decided_at: Date;
}

function toDecision(r: DecisionDb): DecisionRow {
  return {
    decisionId: r.decision_id, itemId: r.item_id, reviewer: r.reviewer, outcome: r.outcome, category: r.category, policyId: r.policy_id, ruleIds: r.rule_ids, shadow: r.shadow,
    source: r.source, note: r.note, strikeDelta: r.strike_delta, enforcementVerdictId: r.enforcement_verdict_id, decidedAt: r.decided_at,
  };
}

const DECISION_SELECT = `SELECT d.decision_id, d.item_id::text, a.username AS reviewer, d.outcome, d.category, d.policy_id, d.rule_ids, d.shadow, i.source, d.note,
  d.strike_delta, d.enforcement_verdict_id, d.decided_at FROM decisions d JOIN items i ON i.id = d.item_id JOIN accounts a ON a.id = d.reviewer_id`;

/**
 * The review console's state in PostgreSQL: the queue (atomic claims with FOR UPDATE SKIP LOCKED and
 * expiring claims; an item is decided once, enforced by a unique decision per item), verdicts and their
 * short-lived content, appeals, decisions with an outbox for Kafka, labels, accounts, sessions, audit.
 */
export class ReviewStore {
  constructor(
    readonly pool: Pool,
    private readonly catalogue: PolicyCatalogue,
    private readonly o: { claimTtlMs: number; sessionTtlMs: number },
  ) {}

  // ---- ingestion (idempotent: Kafka delivers at least once) ----

  severityOf(v: Verdict): number {
    return v.policies.reduce((m, p) => Math.max(m, SEVERITY[this.catalogue.get(p.id)?.severity ?? 'none'] ?? 0), 0);
  }

  async saveVerdict(v: Verdict, variant: 'enforced' | 'shadow' = 'enforced', c: Pool | PoolClient = this.pool): Promise<void> {
    await c.query(
      `INSERT INTO verdicts (verdict_id, variant, event_id, sender_id, content_kind, decision, occurred_at, verdict)
       VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7 / 1000.0), $8) ON CONFLICT (verdict_id, variant) DO NOTHING`,
      [v.verdictId, variant, v.eventId, v.senderId, v.contentKind, v.decision, v.occurredAt, JSON.stringify(v)],
    );
    // an appeal that arrived before its verdict gets the verdict's severity and category now
    if (variant === 'enforced') {
      await c.query(`UPDATE items SET severity = $2, category = $3 WHERE verdict_id = $1 AND source = 'appeal' AND category = 'unknown'`, [v.verdictId, this.severityOf(v), v.categories[0]?.name ?? 'none']);
    }
  }

  /** A verdict and its queue item (review, priority or shadow source), in one transaction. */
  async enqueueVerdict(v: Verdict, source: Exclude<ItemSource, 'appeal'>): Promise<void> {
    const variant = source === 'shadow' ? 'shadow' : 'enforced';
    await inTransaction(this.pool, async (c) => {
      await this.saveVerdict(v, variant, c);
      await c.query(
        `INSERT INTO items (verdict_id, variant, source, sender_id, priority, severity, category, occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, to_timestamp($8 / 1000.0)) ON CONFLICT (verdict_id, source, appeal_id) DO NOTHING`,
        [v.verdictId, variant, source, v.senderId, PRIORITY[source], this.severityOf(v), v.categories[0]?.name ?? 'none', v.occurredAt],
      );
    });
  }

  async saveContent(c: ReviewContent, publishedAt: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO content (verdict_id, content_kind, text, thumbnail, frames, published_at) VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1000.0))
       ON CONFLICT (verdict_id) DO NOTHING`,
      [c.verdictId, c.contentKind, c.text, c.thumbnail, c.frames, publishedAt],
    );
  }

  async enqueueAppeal(a: Appeal, publishedAt: number): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query(
        `INSERT INTO appeals (appeal_id, verdict_id, sender_id, appealed_at, reason, published_at) VALUES ($1, $2, $3, to_timestamp($4 / 1000.0), $5, to_timestamp($6 / 1000.0))
         ON CONFLICT (appeal_id) DO NOTHING`,
        [a.appealId, a.verdictId, a.senderId, a.appealedAt, a.reason, publishedAt],
      );
      const v = (await c.query<{ verdict: Verdict }>(`SELECT verdict FROM verdicts WHERE verdict_id = $1 AND variant = 'enforced'`, [a.verdictId])).rows[0]?.verdict;
      await c.query(
        `INSERT INTO items (verdict_id, source, appeal_id, sender_id, priority, severity, category, occurred_at)
         VALUES ($1, 'appeal', $2, $3, $4, $5, $6, to_timestamp($7 / 1000.0)) ON CONFLICT (verdict_id, source, appeal_id) DO NOTHING`,
        [a.verdictId, a.appealId, a.senderId, PRIORITY.appeal, v ? this.severityOf(v) : 0, v ? v.categories[0]?.name ?? 'none' : 'unknown', a.appealedAt],
      );
    });
  }

  // ---- the queue ----

  /**
   * Claims the caller's current item, else the next open one: priority, then severity, then age.
   * FOR UPDATE SKIP LOCKED: concurrent reviewers each get a different row, none waits on another's.
   * Escalated items go to leads only. Returns null when nothing is left.
   */
  async claimNext(account: Account): Promise<string | null> {
    if (account.role === 'viewer') throw new ForbiddenError('a viewer cannot claim items');
    const mine = await this.pool.query<{ id: string }>(
      `SELECT id::text FROM items WHERE state = 'open' AND claimed_by = $1 AND claim_expires_at > now() ORDER BY priority, severity DESC, occurred_at, id LIMIT 1`,
      [account.id],
    );
    if (mine.rows[0]) return mine.rows[0].id;
    const r = await this.pool.query<{ id: string }>(
      `UPDATE items SET claimed_by = $1, claim_expires_at = now() + ($2 || ' milliseconds')::interval
       WHERE id = (SELECT id FROM items WHERE state = 'open' AND (claimed_by IS NULL OR claim_expires_at <= now()) AND (NOT escalated OR $3)
                   ORDER BY priority, severity DESC, occurred_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id::text`,
      [account.id, String(this.o.claimTtlMs), account.role === 'lead'],
    );
    const id = r.rows[0]?.id ?? null;
    if (id) await this.audit(account.id, 'claim', id);
    return id;
  }

  /** Claims one item; ConflictError when someone else holds an unexpired claim or it is decided. */
  async claim(account: Account, itemId: string): Promise<void> {
    if (account.role === 'viewer') throw new ForbiddenError('a viewer cannot claim items');
    const r = await this.pool.query(
      `UPDATE items SET claimed_by = $1, claim_expires_at = now() + ($3 || ' milliseconds')::interval
       WHERE id = $2 AND state = 'open' AND (claimed_by IS NULL OR claimed_by = $1 OR claim_expires_at <= now()) AND (NOT escalated OR $4)`,
      [account.id, itemId, String(this.o.claimTtlMs), account.role === 'lead'],
    );
    if (r.rowCount !== 1) throw new ConflictError(`item ${itemId} is claimed by someone else, escalated to a lead, or already decided`);
    await this.audit(account.id, 'claim', itemId);
  }

  async release(account: Account, itemId: string): Promise<void> {
    await this.pool.query(`UPDATE items SET claimed_by = NULL, claim_expires_at = NULL WHERE id = $1 AND claimed_by = $2 AND state = 'open'`, [itemId, account.id]);
    await this.audit(account.id, 'release', itemId);
  }

  async escalate(account: Account, itemId: string, note: string | null): Promise<void> {
    if (account.role === 'viewer') throw new ForbiddenError('a viewer cannot escalate');
    await inTransaction(this.pool, async (c) => {
      const r = await c.query(
        `UPDATE items SET escalated = true, priority = LEAST(priority, $3), claimed_by = NULL, claim_expires_at = NULL
         WHERE id = $1 AND state = 'open' AND claimed_by = $2 AND claim_expires_at > now()`,
        [itemId, account.id, PRIORITY.escalated],
      );
      if (r.rowCount !== 1) throw new ConflictError(`item ${itemId} is not claimed by you (or the claim expired)`);
      await this.audit(account.id, 'escalate', itemId, { hasNote: Boolean(note) }, c);
    });
  }

  /**
   * Decides a claimed item, once: the decision row (unique per item), its Kafka events (outbox: the
   * decision and any enforcement verdict, published after commit), a text label, the audit entry.
   */
  async decide(account: Account, itemId: string, d: { outcome: Outcome; policyId: string | null; note: string | null }, rules: RuleSet, now = Date.now()): Promise<BuiltDecision> {
    if (account.role === 'viewer') throw new ForbiddenError('a viewer cannot decide');
    return inTransaction(this.pool, async (c) => {
      const row = (await c.query<ItemDb & { claimed_at: Date | null }>(
        `SELECT ${ITEM_COLUMNS} FROM items i LEFT JOIN accounts a ON a.id = i.claimed_by WHERE i.id = $1 FOR UPDATE OF i`,
        [itemId],
      )).rows[0];
      if (!row) throw new NotFoundError(`item ${itemId} does not exist`);
      const item = toItem(row);
      if (item.state !== 'open') throw new ConflictError(`item ${itemId} is already decided`);
      if (item.claimedBy !== account.id || !item.claimExpiresAt || item.claimExpiresAt.getTime() <= Date.now()) throw new ConflictError(`item ${itemId} is not claimed by you (or the claim expired)`);
      if (item.escalated && account.role !== 'lead') throw new ForbiddenError('escalated items are decided by a lead');
      const v = (await c.query<{ verdict: Verdict }>('SELECT verdict FROM verdicts WHERE verdict_id = $1 AND variant = $2', [item.verdictId, item.variant])).rows[0]?.verdict;
      if (!v) throw new ConflictError(`the verdict of item ${itemId} has not arrived yet`);
      if (d.outcome === 'confirm' && d.policyId && !v.policies.some((p) => p.id === d.policyId)) throw new ConflictError(`${d.policyId} is not cited by this verdict; use change category`);
      const built = buildDecision({ itemId, source: item.source, appealId: item.appealId, verdict: v, outcome: d.outcome, policyId: d.policyId, reviewerId: `account:${account.id}`, decidedAt: now }, rules, this.catalogue);
      await c.query(
        `INSERT INTO decisions (decision_id, item_id, reviewer_id, outcome, category, policy_id, rule_ids, shadow, note, strike_delta, enforcement_verdict_id, enforcement, event, decided_at, claimed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, to_timestamp($14 / 1000.0), $15)`,
        [built.event.decisionId, itemId, account.id, d.outcome, built.category, d.policyId, built.ruleIds, item.source === 'shadow', d.note, built.event.strikeDelta,
          built.event.enforcementVerdictId, built.enforcement ? JSON.stringify(built.enforcement) : null, JSON.stringify(built.event), now,
          item.claimExpiresAt ? new Date(item.claimExpiresAt.getTime() - this.o.claimTtlMs) : null],
      );
      await c.query(`UPDATE items SET state = 'decided', claimed_by = NULL, claim_expires_at = NULL WHERE id = $1`, [itemId]);
      // decided text items become labelled rows for training (never images)
      await c.query(
        `INSERT INTO labels (decision_id, text, category, outcome, rule_id, decided_at)
         SELECT $1, text, $2, $3, $4, to_timestamp($5 / 1000.0) FROM content WHERE verdict_id = $6 AND content_kind = 'TEXT' AND text IS NOT NULL`,
        [built.event.decisionId, built.category ?? v.categories[0]?.name ?? 'none', d.outcome, built.ruleIds[0] ?? null, now, item.verdictId],
      );
      await this.audit(account.id, 'decide', itemId, { decisionId: built.event.decisionId, outcome: d.outcome, policyId: d.policyId, enforcementVerdictId: built.event.enforcementVerdictId }, c);
      return built;
    });
  }

  async openItems(limit = 200): Promise<ItemRow[]> {
    const r = await this.pool.query<ItemDb>(
      `SELECT ${ITEM_COLUMNS} FROM items i LEFT JOIN accounts a ON a.id = i.claimed_by WHERE i.state = 'open' ORDER BY i.priority, i.severity DESC, i.occurred_at, i.id LIMIT $1`,
      [limit],
    );
    return r.rows.map(toItem);
  }

  async queueStats(): Promise<{ priority: number; depth: number; oldestSeconds: number }[]> {
    const r = await this.pool.query<{ priority: number; depth: string; oldest: number }>(
      `SELECT priority, count(*) AS depth, EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS oldest FROM items WHERE state = 'open' GROUP BY priority ORDER BY priority`,
    );
    return r.rows.map((x) => ({ priority: x.priority, depth: Number(x.depth), oldestSeconds: x.oldest }));
  }

  async view(itemId: string): Promise<ItemView> {
    const row = (await this.pool.query<ItemDb>(`SELECT ${ITEM_COLUMNS} FROM items i LEFT JOIN accounts a ON a.id = i.claimed_by WHERE i.id = $1`, [itemId])).rows[0];
    if (!row) throw new NotFoundError(`item ${itemId} does not exist`);
    const item = toItem(row);
    const [verdict, content, appeal, decision, strikes, open, decisions] = await Promise.all([
      this.pool.query<{ verdict: Verdict }>('SELECT verdict FROM verdicts WHERE verdict_id = $1 AND variant = $2', [item.verdictId, item.variant]),
      this.pool.query<{ kind: string; text: string | null; has_thumbnail: boolean; frames: number }>(
        `SELECT content_kind AS kind, text, thumbnail IS NOT NULL AS has_thumbnail, cardinality(frames) AS frames FROM content WHERE verdict_id = $1`, [item.verdictId]),
      this.pool.query<{ appeal_id: string; reason: string | null; appealed_at: Date }>('SELECT appeal_id, reason, appealed_at FROM appeals WHERE appeal_id = $1', [item.appealId ?? '']),
      this.pool.query<DecisionDb>(`${DECISION_SELECT} WHERE d.item_id = $1`, [itemId]),
      this.senderStrikes(item.senderId),
      this.pool.query<ItemDb>(`SELECT ${ITEM_COLUMNS} FROM items i LEFT JOIN accounts a ON a.id = i.claimed_by WHERE i.sender_id = $1 AND i.state = 'open' AND i.id <> $2 ORDER BY i.occurred_at DESC LIMIT 20`, [item.senderId, itemId]),
      this.pool.query<DecisionDb>(`${DECISION_SELECT} WHERE i.sender_id = $1 ORDER BY d.decided_at DESC LIMIT 20`, [item.senderId]),
    ]);
    const c = content.rows[0];
    const a = appeal.rows[0];
    return {
      item,
      verdict: verdict.rows[0]?.verdict ?? null,
      content: c ? { kind: c.kind, text: c.text, hasThumbnail: c.has_thumbnail, frames: c.frames } : null,
      appeal: a ? { appealId: a.appeal_id, reason: a.reason, appealedAt: a.appealed_at } : null,
      decision: decision.rows[0] ? toDecision(decision.rows[0]) : null,
      senderStrikes: strikes,
      senderOpenItems: open.rows.map(toItem),
      senderDecisions: decisions.rows.map(toDecision),
    };
  }

  async senderStrikes(senderId: string): Promise<number> {
    const r = await this.pool.query<{ strikes: number | null; since: Date | null }>(
      `SELECT (verdict->>'strikes')::float8 AS strikes, received_at AS since FROM verdicts WHERE sender_id = $1 AND variant = 'enforced' ORDER BY occurred_at DESC LIMIT 1`,
      [senderId],
    );
    const base = r.rows[0];
    const d = await this.pool.query<{ delta: number | null }>(
      `SELECT sum(d.strike_delta)::float8 AS delta FROM decisions d JOIN items i ON i.id = d.item_id WHERE i.sender_id = $1 AND ($2::timestamptz IS NULL OR d.decided_at >= $2)`,
      [senderId, base?.since ?? null],
    );
    return Math.max(0, (base?.strikes ?? 0) + (d.rows[0]?.delta ?? 0));
  }

  async thumbnail(itemId: string, frame: number | null): Promise<Buffer | null> {
    const r = await this.pool.query<{ b: Buffer | null }>(
      `SELECT ${frame === null ? 'c.thumbnail' : 'c.frames[$2::int + 1]'} AS b FROM items i JOIN content c ON c.verdict_id = i.verdict_id WHERE i.id = $1`,
      frame === null ? [itemId] : [itemId, frame],
    );
    return r.rows[0]?.b ?? null;
  }

  async decided(f: DecidedFilter = {}): Promise<DecisionRow[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      args.push(v);
      where.push(sql.replace('?', `$${args.length}`));
    };
    if (f.reviewer) add('a.username = ?', f.reviewer);
    if (f.category) add('d.category = ?', f.category);
    if (f.rule) add('? = ANY (d.rule_ids)', f.rule);
    if (f.outcome) add('d.outcome = ?', f.outcome);
    args.push(f.limit ?? 200);
    const r = await this.pool.query<DecisionDb>(`${DECISION_SELECT} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY d.decided_at DESC LIMIT $${args.length}`, args);
    return r.rows.map(toDecision);
  }

  /** Per rule: confirmed (confirm or change of category) / decided, as measured by reviews; shadow rules apart. */
  async precision(): Promise<Precision[]> {
    const r = await this.pool.query<{ rule: string; shadow: boolean; confirmed: string; decided: string }>(
      `SELECT rule, d.shadow, count(*) FILTER (WHERE d.outcome <> 'overturn') AS confirmed, count(*) AS decided
       FROM decisions d, unnest(d.rule_ids) AS rule GROUP BY rule, d.shadow ORDER BY rule, d.shadow`,
    );
    return r.rows.map((x) => ({ rule: x.rule, shadow: x.shadow, confirmed: Number(x.confirmed), decided: Number(x.decided) }));
  }

  // ---- outbox ----

  async unpublished(limit = 100): Promise<{ decisionId: string; event: unknown; enforcement: Verdict | null }[]> {
    const r = await this.pool.query<{ decision_id: string; event: unknown; enforcement: Verdict | null }>(
      'SELECT decision_id, event, enforcement FROM decisions WHERE published_at IS NULL ORDER BY decided_at LIMIT $1', [limit]);
    return r.rows.map((x) => ({ decisionId: x.decision_id, event: x.event, enforcement: x.enforcement }));
  }

  async markPublished(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.pool.query('UPDATE decisions SET published_at = now() WHERE decision_id = ANY ($1)', [ids]);
  }

  // ---- retention ----

  /** Content past its retention (and appeal statements), labels past theirs, expired sessions, old unreferenced verdicts. */
  async purge(contentRetentionMs: number, labelRetentionMs: number): Promise<PurgeResult> {
    const cms = String(contentRetentionMs);
    const lms = String(labelRetentionMs);
    const content = await this.pool.query(`DELETE FROM content WHERE published_at < now() - ($1 || ' milliseconds')::interval`, [cms]);
    const reasons = await this.pool.query(`UPDATE appeals SET reason = NULL WHERE reason IS NOT NULL AND published_at < now() - ($1 || ' milliseconds')::interval`, [cms]);
    const labels = await this.pool.query(`DELETE FROM labels WHERE decided_at < now() - ($1 || ' milliseconds')::interval`, [lms]);
    const sessions = await this.pool.query('DELETE FROM sessions WHERE expires_at < now()');
    const verdicts = await this.pool.query(
      `DELETE FROM verdicts v WHERE received_at < now() - ($1 || ' milliseconds')::interval AND NOT EXISTS (SELECT 1 FROM items i WHERE i.verdict_id = v.verdict_id)`, [lms]);
    return { content: content.rowCount ?? 0, appealReasons: reasons.rowCount ?? 0, labels: labels.rowCount ?? 0, sessions: sessions.rowCount ?? 0, verdicts: verdicts.rowCount ?? 0 };
  }

  async labels(): Promise<Label[]> {
    const r = await this.pool.query<{ text: string; category: string; outcome: Outcome; rule_id: string | null; decided_at: Date }>(
      'SELECT text, category, outcome, rule_id, decided_at FROM labels ORDER BY decided_at');
    return r.rows.map((x) => ({ text: x.text, category: x.category, outcome: x.outcome, rule: x.rule_id, decidedAt: x.decided_at.getTime() }));
  }

  // ---- accounts, sessions, audit ----

  async createAccount(username: string, password: string, role: Role): Promise<Account> {
    const r = await this.pool.query<{ id: string }>(
      'INSERT INTO accounts (username, password_hash, role) VALUES ($1, $2, $3) ON CONFLICT (username) DO NOTHING RETURNING id::text',
      [username, await hashPassword(password), role],
    );
    if (!r.rows[0]) throw new ConflictError(`account ${username} exists`);
    return { id: r.rows[0].id, username, role };
  }

  async accountCount(): Promise<number> {
    return Number((await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM accounts')).rows[0]!.n);
  }

  async accounts(): Promise<(Account & { disabled: boolean; createdAt: Date })[]> {
    const r = await this.pool.query<{ id: string; username: string; role: Role; disabled: boolean; created_at: Date }>('SELECT id::text, username, role, disabled, created_at FROM accounts ORDER BY id');
    return r.rows.map((x) => ({ id: x.id, username: x.username, role: x.role, disabled: x.disabled, createdAt: x.created_at }));
  }

  async credentials(username: string): Promise<(Account & { passwordHash: string }) | null> {
    const r = await this.pool.query<{ id: string; username: string; role: Role; password_hash: string }>(
      'SELECT id::text, username, role, password_hash FROM accounts WHERE username = $1 AND NOT disabled', [username]);
    const x = r.rows[0];
    return x ? { id: x.id, username: x.username, role: x.role, passwordHash: x.password_hash } : null;
  }

  async createSession(accountId: string): Promise<{ token: string; csrf: string }> {
    const token = randomToken();
    const csrf = randomToken();
    await this.pool.query(`INSERT INTO sessions (token_hash, account_id, csrf, expires_at) VALUES ($1, $2, $3, now() + ($4 || ' milliseconds')::interval)`,
      [tokenHash(token), accountId, csrf, String(this.o.sessionTtlMs)]);
    return { token, csrf };
  }

  async session(token: string): Promise<Session | null> {
    const r = await this.pool.query<{ id: string; username: string; role: Role; csrf: string }>(
      `SELECT a.id::text, a.username, a.role, s.csrf FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT a.disabled`,
      [tokenHash(token)],
    );
    const x = r.rows[0];
    return x ? { account: { id: x.id, username: x.username, role: x.role }, csrf: x.csrf } : null;
  }

  async deleteSession(token: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
  }

  async audit(accountId: string | null, action: string, itemId: string | null = null, detail: Record<string, unknown> = {}, c: Pool | PoolClient = this.pool): Promise<void> {
    await c.query('INSERT INTO audit (account_id, action, item_id, detail) VALUES ($1, $2, $3, $4)', [accountId, action, itemId, JSON.stringify(detail)]);
  }

  async hasRevealed(accountId: string, itemId: string): Promise<boolean> {
    const r = await this.pool.query(`SELECT 1 FROM audit WHERE account_id = $1 AND item_id = $2 AND action = 'reveal' LIMIT 1`, [accountId, itemId]);
    return (r.rowCount ?? 0) > 0;
  }

  async auditLog(limit = 500): Promise<{ at: Date; account: string | null; action: string; itemId: string | null; detail: Record<string, unknown> }[]> {
    const r = await this.pool.query<{ at: Date; username: string | null; action: string; item_id: string | null; detail: Record<string, unknown> }>(
      'SELECT l.at, a.username, l.action, l.item_id::text, l.detail FROM audit l LEFT JOIN accounts a ON a.id = l.account_id ORDER BY l.id DESC LIMIT $1', [limit]);
    return r.rows.map((x) => ({ at: x.at, account: x.username, action: x.action, itemId: x.item_id, detail: x.detail }));
  }
}
