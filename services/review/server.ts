import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ReviewConfig } from '../common/config.js';
import { VigilError, describeError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { PolicyCatalogue, RuleSet } from '../policy/index.js';
import { dummyHash, generatePassword, randomToken, safeEqual, verifyPassword } from './auth.js';
import { obscured } from './content.js';
import { AuthError, CsrfError, ForbiddenError, NotFoundError } from './errors.js';
import type { ReviewMetrics } from './metrics.js';
import { SCRIPT, STYLE } from './static.js';
import type { Account, ReviewStore, Session } from './store.js';
import { accountsPage, auditPage, decidedPage, errorPage, itemPage, loginPage, queuePage } from './templates.js';
import { ROLES, type Outcome, type Role } from './types.js';

export const SESSION_COOKIE = 'vigil_session';
const LOGIN_CSRF_COOKIE = 'vigil_login_csrf';
/** Failed sign-ins per username within the window before further attempts are refused unchecked. */
export const LOGIN_MAX_FAILURES = 10;
const LOGIN_WINDOW_MS = 15 * 60_000;

export interface ReviewServerOptions {
  readonly store: ReviewStore;
  readonly config: ReviewConfig;
  readonly catalogue: PolicyCatalogue;
  readonly rules: () => RuleSet;
  readonly metrics: ReviewMetrics;
  /** Publishes decided items now (the outbox also retries on a timer). */
  readonly publish: () => Promise<unknown>;
  readonly logger: Logger;
}

const STATUS: Partial<Record<string, number>> = { VGL_AUTH: 401, VGL_FORBIDDEN: 403, VGL_CSRF: 403, VGL_CONFLICT: 409, VGL_NOT_FOUND: 404, VGL_INPUT: 400, VGL_DATABASE: 503 };

type Body = Record<string, string | undefined>;

/**
 * The review console: server-rendered HTML, one script for keyboard shortcuts. Nothing but the login page
 * and the static files is served without a session; every POST carries the session's CSRF token (and a
 * same-origin Origin when the browser sends one); cookies are HttpOnly, SameSite=Strict and Secure.
 */
export async function buildReviewServer(o: ReviewServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, trustProxy: false });
  await app.register(cookie);
  await app.register(formbody);
  const { store, config } = o;
  const sessions = new WeakMap<FastifyRequest, Session>();
  // per replica: a guessing attacker spread over replicas gets LOGIN_MAX_FAILURES per replica and window
  const failures = new Map<string, { n: number; since: number }>();
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: config.cookieSecure };

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin'); // no-referrer would make browsers send `Origin: null` on our own forms
    reply.header('x-frame-options', 'DENY');
    reply.header('cache-control', 'no-store');
    return payload;
  });

  const sameOrigin = (req: FastifyRequest) => {
    const origin = req.headers.origin;
    if (!origin || origin === 'null') return origin === undefined;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  };

  /** The session of a request, or AuthError; POSTs also need the CSRF token. */
  const auth = async (req: FastifyRequest): Promise<Session> => {
    const token = req.cookies[SESSION_COOKIE];
    const s = token ? await store.session(token) : null;
    if (!s) throw new AuthError();
    if (req.method === 'POST') {
      const t = (req.body as Body | undefined)?._csrf ?? '';
      if (!sameOrigin(req) || !safeEqual(t, s.csrf)) throw new CsrfError();
    }
    sessions.set(req, s);
    return s;
  };
  const need = (s: Session, ...roles: Role[]) => {
    if (!roles.includes(s.account.role)) throw new ForbiddenError(`${s.account.role} may not do this`);
  };

  app.setErrorHandler(async (err: unknown, req, reply) => {
    const d = describeError(err);
    const status = err instanceof VigilError ? STATUS[err.code] ?? 500 : (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) o.logger.error('review console request failed', { method: req.method, route: req.routeOptions.url ?? '', code: d.code, error: d.message });
    if (d.code === 'VGL_AUTH' && req.method === 'GET') return reply.redirect('/login', 303);
    const s = sessions.get(req) ?? null;
    return reply.code(status).type('text/html').send(errorPage(s?.account ?? null, s?.csrf ?? null, status, status >= 500 ? 'Something went wrong; it has been logged.' : d.message));
  });
  app.setNotFoundHandler(async (req) => {
    await auth(req); // nothing, not even a 404, without a session
    throw new NotFoundError('no such page');
  });

  app.get('/static/review.js', async (_req, reply) => reply.type('text/javascript').send(SCRIPT));
  app.get('/static/review.css', async (_req, reply) => reply.type('text/css').send(STYLE));

  app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());

  app.get('/login', async (req, reply) => {
    // reuse a pending token: a second tab (or a stray sub-request) must not invalidate the first form
    const pending = req.cookies[LOGIN_CSRF_COOKIE];
    const csrf = pending && /^[A-Za-z0-9_-]{43}$/.test(pending) ? pending : randomToken();
    reply.setCookie(LOGIN_CSRF_COOKIE, csrf, { ...cookieOptions, maxAge: 3600 });
    const failed = (req.query as Body).failed === '1';
    return reply.type('text/html').send(loginPage(csrf, failed ? 'Wrong username or password.' : null));
  });

  app.post('/login', async (req, reply) => {
    const b = (req.body ?? {}) as Body;
    const expected = req.cookies[LOGIN_CSRF_COOKIE] ?? '';
    if (!expected || !sameOrigin(req) || !safeEqual(b._csrf ?? '', expected)) throw new CsrfError();
    const username = (b.username ?? '').trim().slice(0, 64);
    const now = Date.now();
    const f = failures.get(username);
    if (f && now - f.since > LOGIN_WINDOW_MS) failures.delete(username);
    if ((failures.get(username)?.n ?? 0) >= LOGIN_MAX_FAILURES) {
      o.metrics.logins.inc({ result: 'throttled' });
      return reply.code(429).type('text/html').send(loginPage(b._csrf ?? '', 'Too many failed attempts; try again in 15 minutes.'));
    }
    const acct = username ? await store.credentials(username) : null;
    // verify against a dummy hash for unknown users, so the response time does not reveal which exist
    const ok = await verifyPassword(b.password ?? '', acct?.passwordHash ?? (await dummyHash()));
    if (!acct || !ok) {
      const cur = failures.get(username) ?? { n: 0, since: now };
      failures.set(username, { n: cur.n + 1, since: cur.since });
      if (failures.size > 100_000) failures.delete(failures.keys().next().value!);
      o.metrics.logins.inc({ result: 'failed' });
      await store.audit(acct?.id ?? null, 'login_failed', null, {});
      return reply.redirect('/login?failed=1', 303);
    }
    failures.delete(username);
    const { token } = await store.createSession(acct.id);
    o.metrics.logins.inc({ result: 'ok' });
    await store.audit(acct.id, 'login');
    reply.clearCookie(LOGIN_CSRF_COOKIE, cookieOptions);
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: Math.floor(config.sessionTtlMs / 1000) });
    return reply.redirect('/', 303);
  });

  app.post('/logout', async (req, reply) => {
    const s = await auth(req);
    await store.deleteSession(req.cookies[SESSION_COOKIE]!);
    await store.audit(s.account.id, 'logout');
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.redirect('/login', 303);
  });

  app.get('/', async (req, reply) => {
    const s = await auth(req);
    const q = req.query as Body;
    const flash = q.empty === '1' ? 'Nothing left to claim.' : null;
    return reply.type('text/html').send(queuePage(s.account, s.csrf, await store.openItems(), await store.queueStats(), flash));
  });

  app.post('/claim-next', async (req, reply) => {
    const s = await auth(req);
    need(s, 'reviewer', 'lead');
    const id = await store.claimNext(s.account);
    return reply.redirect(id ? `/items/${id}` : '/?empty=1', 303);
  });

  const itemId = (req: FastifyRequest): string => {
    const id = (req.params as { id: string }).id;
    if (!/^\d{1,18}$/.test(id)) throw new NotFoundError('no such item');
    return id;
  };
  const sensitive = (category: string, categories: readonly string[]) => [category, ...categories].some((c) => config.blurCategories.includes(c));
  const changeOptions = o.catalogue.entries.filter((e) => e.category && e.role === 'prohibition' && e.kind === 'item');

  app.get('/items/:id', async (req, reply) => {
    const s = await auth(req);
    const id = itemId(req);
    const view = await store.view(id);
    await store.audit(s.account.id, 'view', id, { hasContent: view.content !== null });
    const q = req.query as Body;
    const flash = q.done === 'decided' ? 'Decision recorded; it is published to the decisions topic.' : q.done === 'escalated' ? 'Escalated to a lead.' : null;
    return reply.type('text/html').send(itemPage({
      account: s.account, csrf: s.csrf, view, catalogue: o.catalogue, flash, changeOptions,
      sensitive: sensitive(view.item.category, view.verdict?.categories.map((c) => c.name) ?? []),
      revealed: await store.hasRevealed(s.account.id, id),
    }));
  });

  app.post('/items/:id/claim', async (req, reply) => {
    const s = await auth(req);
    const id = itemId(req);
    await store.claim(s.account, id);
    return reply.redirect(`/items/${id}`, 303);
  });

  app.post('/items/:id/release', async (req, reply) => {
    const s = await auth(req);
    await store.release(s.account, itemId(req));
    return reply.redirect('/', 303);
  });

  app.post('/items/:id/escalate', async (req, reply) => {
    const s = await auth(req);
    need(s, 'reviewer', 'lead');
    const id = itemId(req);
    await store.escalate(s.account, id, ((req.body as Body).note ?? '').trim() || null);
    return reply.redirect(`/items/${id}?done=escalated`, 303);
  });

  app.post('/items/:id/reveal', async (req, reply) => {
    const s = await auth(req);
    need(s, 'reviewer', 'lead');
    const id = itemId(req);
    await store.view(id); // 404 for a missing item
    await store.audit(s.account.id, 'reveal', id);
    return reply.redirect(`/items/${id}`, 303);
  });

  app.post('/items/:id/decide', async (req, reply) => {
    const s = await auth(req);
    need(s, 'reviewer', 'lead');
    const id = itemId(req);
    const b = req.body as Body;
    const outcome = b.outcome as Outcome | undefined;
    if (outcome !== 'confirm' && outcome !== 'overturn' && outcome !== 'change_category') throw new VigilError('VGL_INPUT', 'outcome must be confirm, overturn or change_category');
    const policyId = outcome === 'overturn' ? null : ((outcome === 'confirm' ? b.policy : b.change_policy) ?? '').trim() || null;
    if (outcome === 'change_category' && !policyId) throw new VigilError('VGL_INPUT', 'changing the category needs the policy item it violates');
    if (policyId && !o.catalogue.get(policyId)) throw new VigilError('VGL_INPUT', `unknown policy item ${policyId}`);
    const before = await store.view(id);
    const built = await store.decide(s.account, id, { outcome, policyId, note: (b.note ?? '').trim().slice(0, 2000) || null }, o.rules());
    o.metrics.decisions.inc({ reviewer: s.account.id, outcome, source: before.item.source });
    o.metrics.timeToDecision.observe({ source: before.item.source }, Math.max(0, (built.event.decidedAt - before.item.createdAt.getTime()) / 1000));
    // not awaited: while Kafka is down the page must not hang; the outbox keeps the decision and retries
    void o.publish().catch((err: unknown) => o.logger.warn('decision kept in the outbox; publishing is retried', { error: describeError(err).message }));
    return reply.redirect(`/items/${id}?done=decided`, 303);
  });

  /** The image of an item: `obscured` (blurred, greyscale) always; `original` only after an audited reveal when sensitive. */
  const image = async (req: FastifyRequest, reply: FastifyReply, original: boolean) => {
    const s = await auth(req);
    const id = itemId(req);
    const frameRaw = (req.query as Body).frame;
    const frame = frameRaw === undefined ? null : Number(frameRaw);
    if (frame !== null && !(Number.isInteger(frame) && frame >= 0 && frame < 1000)) throw new NotFoundError('no such frame');
    const view = await store.view(id);
    const isSensitive = sensitive(view.item.category, view.verdict?.categories.map((c) => c.name) ?? []);
    if (original && isSensitive && !(await store.hasRevealed(s.account.id, id))) throw new ForbiddenError('reveal the image first (the reveal is audited)');
    const bytes = await store.thumbnail(id, frame);
    if (!bytes) throw new NotFoundError('no image for this item');
    return reply.type('image/jpeg').send(original ? bytes : await obscured(bytes));
  };
  app.get('/items/:id/original', (req, reply) => image(req, reply, true));
  app.get('/items/:id/obscured', (req, reply) => image(req, reply, false));

  app.get('/decided', async (req, reply) => {
    const s = await auth(req);
    const q = req.query as Body;
    const f = { reviewer: q.reviewer ?? '', category: q.category ?? '', rule: q.rule ?? '', outcome: q.outcome ?? '' };
    const rows = await store.decided({ ...(f.reviewer ? { reviewer: f.reviewer } : {}), ...(f.category ? { category: f.category } : {}), ...(f.rule ? { rule: f.rule } : {}), ...(f.outcome ? { outcome: f.outcome } : {}) });
    const reviewers = (await store.accounts()).filter((a) => a.role !== 'viewer').map((a) => a.username);
    return reply.type('text/html').send(decidedPage(s.account, s.csrf, rows, await store.precision(), f, reviewers));
  });

  app.get('/accounts', async (req, reply) => {
    const s = await auth(req);
    need(s, 'lead');
    return reply.type('text/html').send(accountsPage(s.account, s.csrf, await store.accounts(), null));
  });

  app.post('/accounts', async (req, reply) => {
    const s = await auth(req);
    need(s, 'lead');
    const b = req.body as Body;
    const username = (b.username ?? '').trim();
    const role = b.role as Role;
    if (!/^[a-z0-9._-]{2,64}$/.test(username)) throw new VigilError('VGL_INPUT', 'username: 2-64 of a-z 0-9 . _ -');
    if (!ROLES.includes(role)) throw new VigilError('VGL_INPUT', `role must be one of ${ROLES.join(', ')}`);
    const password = generatePassword();
    const created: Account = await store.createAccount(username, password, role);
    await store.audit(s.account.id, 'account_create', null, { account: created.id, role });
    return reply.type('text/html').send(accountsPage(s.account, s.csrf, await store.accounts(), { username, password }));
  });

  app.get('/audit', async (req, reply) => {
    const s = await auth(req);
    need(s, 'lead');
    return reply.type('text/html').send(auditPage(s.account, s.csrf, await store.auditLog()));
  });

  return app;
}
