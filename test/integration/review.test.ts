import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import kafkajs from 'kafkajs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scene, SAMPLE_BANKED_SEED } from '../../services/cli/sample-images.js';
import { hashImage } from '../../services/image/hash.js';
import { loadConfig, type VigilConfig } from '../../services/common/config.js';
import { createLogger } from '../../services/common/logger.js';
import { ReviewConsole, REVIEW_SUBJECTS, type ReviewContent, type ReviewDecision } from '../../services/review/index.js';
import { ensureContentTopic } from '../../services/review/topics.js';
import type { Worker } from '../../services/runtime/worker.js';
import type { ContentEvent } from '../../services/schema/types.js';
import { startPostgres } from '../services/review/postgres.js';
import { catalogue, encodeEvent, kafka, produce, schemas, startWorker, testEnv, TopicReader, waitUntil, type Verdict } from './harness.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'docs', 'review');

let pg: { url: string; stop: () => Promise<void> };
let env: Record<string, string>;
let config: VigilConfig;
let spam: { worker: Worker; registry: Registry };
let image: { worker: Worker } | undefined;
let video: { worker: Worker } | undefined;
/** Frames of a video the test's video bank lists (category banned, blurred in this console). */
let clip: ContentEvent[] = [];
let review: ReviewConsole;
let browser: Browser;
let verdicts: TopicReader<Verdict>;
let decisions: TopicReader<ReviewDecision>;
let contents: TopicReader<ReviewContent>;
const pw = { alice: 'alice-pass-1234', bob: 'bob-pass-1234', vera: 'vera-pass-1234', lena: 'lena-pass-1234' };
const t0 = Date.now() - 60_000;
let seq = 0;

function text(senderId: string, body: string): ContentEvent {
  return { kind: 'text', eventId: `${senderId}-${++seq}`, senderId, occurredAt: t0 + seq * 100, source: 'test', conversationId: null, jurisdiction: null, locale: null, text: body, replyToEventId: null, contexts: [] };
}
async function picture(senderId: string, bytes: Buffer): Promise<ContentEvent> {
  return { kind: 'image', eventId: `${senderId}-${++seq}`, senderId, occurredAt: t0 + seq * 100, source: 'test', conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/jpeg', bytes, caption: null, contexts: [] };
}

const spamVerdict = (eventId: string) => verdicts.records.find((v) => v.eventId === eventId && v.service === 'spam');
async function itemOf(verdictId: string, source: string): Promise<string> {
  let id: string | undefined;
  await waitUntil(async () => {
    id = (await review.store.pool.query<{ id: string }>('SELECT id::text FROM items WHERE verdict_id = $1 AND source = $2', [verdictId, source])).rows[0]?.id;
    return id !== undefined;
  }, 30_000, `a ${source} item for ${verdictId}`);
  return id!;
}
async function applied(): Promise<number> {
  const m = await spam.registry.getSingleMetric('vigil_review_decisions_applied_total')!.get();
  return m.values.reduce((n, v) => n + v.value, 0);
}

async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto(review.url);
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.type('input[name=username]', username);
  await page.type('input[name=password]', password);
  await Promise.all([page.waitForNavigation(), page.click('#btn-login')]);
  expect(new URL(page.url()).pathname).toBe('/');
}
/** A request with the page's session cookie, from outside the browser (the console's CSP allows no fetch from the page). */
async function fetchAs(page: Page, path: string, body?: Record<string, string>): Promise<number> {
  const session = (await page.browserContext().cookies()).find((c) => c.name === 'vigil_session')!.value;
  const r = await fetch(new URL(path, review.url), { method: body ? 'POST' : 'GET', headers: { cookie: `vigil_session=${session}` }, redirect: 'manual', ...(body ? { body: new URLSearchParams(body) } : {}) });
  return r.status;
}
async function go(page: Page, action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForNavigation(), action()]);
}

beforeAll(async () => {
  pg = await startPostgres();
  const base = testEnv();
  const prefix = base.VIGIL_TOPIC_TEXT!.replace(/\.text$/, '');
  const banks = mkdtempSync(join(tmpdir(), 'vigil-review-banks-'));
  clip = await Promise.all(Array.from({ length: 10 }, async (_, i) => ({
    kind: 'video-frame' as const, eventId: `clip-1-f${i}`, occurredAt: t0, source: 'test', senderId: 'sender-v', conversationId: null, jurisdiction: null, locale: null,
    videoId: 'clip-1', frameIndex: i, ptsMs: i * 1000, last: i === 9, mimeType: 'image/jpeg', bytes: await scene(300 + i, 480, 360),
  })));
  const rows = await Promise.all(clip.map(async (f) => `v-1,${(await hashImage((f as { bytes: Buffer }).bytes)).pdq},100`));
  writeFileSync(join(banks, 'videos.csv'), `video_id,pdq,quality\n${rows.join('\n')}\n`);
  writeFileSync(join(banks, 'banks.yaml'), `banks:\n  - { name: sample-csam, file: ${join(ROOT, 'samples/banks/sample-csam.csv')}, category: csam }\n  - { name: test-videos, file: videos.csv, category: banned, media: video }\n`);
  // the repo's rules plus one shadow-mode rule: a stricter spam threshold whose would-be blocks are sampled for review
  const rulesFile = join(banks, 'rules.yaml');
  writeFileSync(rulesFile, readFileSync(join(ROOT, 'policy/rules.yaml'), 'utf8').trimEnd()
    + '\n  - { id: test.spam.strict, signal: spam.frequency, block: 0.7, category: spam, shadow: true, policies: [cg-spam.b] }\n');
  env = {
    ...base,
    VIGIL_TOPIC_REVIEW_CONTENT: `${prefix}.review-content`,
    VIGIL_TOPIC_APPEALS: `${prefix}.appeals`,
    VIGIL_TOPIC_REVIEW_DECISIONS: `${prefix}.review-decisions`,
    VIGIL_TOPIC_BLOCKS: `${prefix}.blocks`,
    DATABASE_URL: pg.url,
    VIGIL_REVIEW_HTTP_PORT: '0',
    VIGIL_SPAM_WINDOWS: '1h:3', // the 4th and 5th event of a sender go to review, the 6th blocks
    // spam images stand in for sexual ones here: which categories are blurred is configuration
    VIGIL_REVIEW_BLUR_CATEGORIES: 'spam,sexual,violence,illegal-activity',
    VIGIL_REVIEW_STRIP_FRAMES: '4',
    VIGIL_REVIEW_THUMBNAIL_PX: '240',
    VIGIL_HASH_BANKS: join(banks, 'banks.yaml'),
    VIGIL_NSFW_CASCADE: '',
    VIGIL_IMAGE_OCR: 'off',
    VIGIL_IMAGE_QR: 'off',
    VIGIL_TEXT_THREADS: '0',
    VIGIL_RULES_FILE: rulesFile,
    VIGIL_REVIEW_SHADOW_SAMPLE: '1',
  };
  config = loadConfig(env);
  spam = await startWorker(env, 'spam');
  await spam.worker.start();
  image = await startWorker(env, 'image');
  await image.worker.start();
  video = await startWorker(env, 'video');
  await video.worker.start();
  review = new ReviewConsole(config, { logger: createLogger('silent'), health: false, defaultMetrics: false, schemas, catalogue });
  await review.start();
  for (const [name, role] of [['alice', 'reviewer'], ['bob', 'reviewer'], ['vera', 'viewer'], ['lena', 'lead']] as const) await review.store.createAccount(name, pw[name], role);
  verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
  decisions = await new TopicReader<ReviewDecision>(config, config.topics.reviewDecisions).start();
  contents = await new TopicReader<ReviewContent>(config, config.topics.reviewContent).start();
  await waitUntil(() => spam.worker.isReady() && image!.worker.isReady() && video!.worker.isReady() && review.ready, 60_000, 'workers and console ready');
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([verdicts?.stop(), decisions?.stop(), contents?.stop()]);
  await review?.stop();
  await spam?.worker.stop();
  await image?.worker.stop();
  await video?.worker.stop();
  await pg?.stop();
});

describe('review console', () => {
  const events = { a: [] as ContentEvent[], b: [] as ContentEvent[], c: [] as ContentEvent[], d: [] as ContentEvent[] };

  it('queues review verdicts with their content, and a CSAM match without any media', async () => {
    for (let i = 0; i < 4; i++) events.a.push(text('sender-a', `limited offer number ${i}, click to win a prize`));
    for (let i = 0; i < 4; i++) events.b.push(await picture('sender-b', await scene(100 + i, 480, 360)));
    for (let i = 0; i < 6; i++) events.c.push(text('sender-c', `join my channel now ${i}`));
    events.d.push(await picture('sender-d', await scene(SAMPLE_BANKED_SEED)));
    await produce(config, config.topics.text, [...events.a, ...events.c].map(encodeEvent));
    await produce(config, config.topics.image, [...events.b, ...events.d].map(encodeEvent));
    await verdicts.waitFor(() => [...events.a, ...events.b, ...events.c, ...events.d].every((e) => spamVerdict(e.eventId)) && verdicts.records.some((v) => v.eventId === events.d[0]!.eventId && v.service === 'image'));
    expect(spamVerdict(events.a[3]!.eventId)!.decision).toBe('REVIEW');
    expect(spamVerdict(events.c[5]!.eventId)!.decision).toBe('BLOCK');
    const csam = verdicts.records.find((v) => v.eventId === events.d[0]!.eventId && v.service === 'image')!;
    expect(csam.actions).toContain('NOTIFY_AUTHORITIES');
    await itemOf(spamVerdict(events.a[3]!.eventId)!.verdictId, 'review');
    await itemOf(spamVerdict(events.b[3]!.eventId)!.verdictId, 'review');
    await itemOf(csam.verdictId, 'priority');
    await contents.waitFor((r) => r.some((c) => c.eventId === events.b[3]!.eventId));
    // the content topic and the database hold the review items' content, and never the CSAM-matched media
    expect(contents.records.find((c) => c.eventId === events.a[3]!.eventId)?.text).toBe(events.a[3]!.kind === 'text' ? events.a[3]!.text : '');
    expect(contents.records.some((c) => c.eventId === events.d[0]!.eventId)).toBe(false);
    const rows = await review.store.pool.query('SELECT 1 FROM content WHERE verdict_id = $1', [csam.verdictId]);
    expect(rows.rowCount).toBe(0);
  });

  it('samples the would-be blocks of a shadow-mode rule into the queue as shadow items', async () => {
    const v = spamVerdict(events.a[3]!.eventId)!;
    expect(v.decision).toBe('REVIEW'); // the shadow rule is not enforced
    const item = await itemOf(v.verdictId, 'shadow');
    const view = await review.store.view(item);
    expect(view.verdict?.rules.find((r) => r.id === 'test.spam.strict')).toMatchObject({ shadow: true, decision: 'BLOCK' });
    expect(view.item.priority).toBeGreaterThan((await review.store.view(await itemOf(v.verdictId, 'review'))).item.priority);
  });

  it('serves nothing without a session, and refuses a POST without the CSRF token', async () => {
    const get = (path: string, cookie?: string) => fetch(new URL(path, review.url), { redirect: 'manual', ...(cookie ? { headers: { cookie } } : {}) });
    for (const path of ['/', '/items/1', '/items/1/original', '/items/1/obscured', '/decided', '/accounts', '/audit', '/metrics', '/nope']) {
      const r = await get(path);
      expect([r.status, r.headers.get('location')], path).toEqual([303, '/login']);
      expect(r.headers.get('content-type') ?? '', path).not.toMatch(/image/);
    }
    expect((await get('/', 'vigil_session=forged')).status).toBe(303);
    const post = await fetch(new URL('/items/1/decide', review.url), { method: 'POST', body: new URLSearchParams({ outcome: 'overturn' }), redirect: 'manual' });
    expect(post.status).toBe(401);
    const login = await fetch(new URL('/login', review.url), { method: 'POST', body: new URLSearchParams({ username: 'alice', password: pw.alice }), redirect: 'manual' });
    expect(login.status).toBe(403); // no login CSRF cookie and token
  });

  it('refuses sign-ins for an account after 10 failures, even with the right password', async () => {
    await review.store.createAccount('trent', 'trent-pass-1234', 'reviewer');
    const form = await fetch(new URL('/login', review.url));
    const csrf = /vigil_login_csrf=([^;]+)/.exec(form.headers.get('set-cookie') ?? '')![1]!;
    const attempt = (password: string) => fetch(new URL('/login', review.url), { method: 'POST', redirect: 'manual', headers: { cookie: `vigil_login_csrf=${csrf}` }, body: new URLSearchParams({ _csrf: csrf, username: 'trent', password }) });
    for (let i = 0; i < 10; i++) expect((await attempt(`guess-${i}`)).headers.get('location')).toBe('/login?failed=1');
    const r = await attempt('trent-pass-1234');
    expect(r.status).toBe(429);
    expect(r.headers.get('set-cookie') ?? '').not.toContain('vigil_session');
  });

  it('logs a reviewer in, reveals a blurred image only on request, and confirms a text item from the keyboard', async () => {
    const page = await (await browser.createBrowserContext()).newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const images: Promise<{ url: string; body: Buffer }>[] = [];
    page.on('response', (res) => {
      if ((res.headers()['content-type'] ?? '').startsWith('image/')) images.push(res.buffer().then((body) => ({ url: res.url(), body: Buffer.from(body) })));
    });
    await login(page, 'alice', pw.alice);
    const cookie = (await page.browserContext().cookies()).find((c) => c.name === 'vigil_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    expect(await page.$$eval('#queue tbody tr[data-item]', (rows) => rows.length)).toBeGreaterThanOrEqual(5);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'queue.png'), fullPage: true });

    // the image item: blurred and greyscale until revealed
    const bItem = await itemOf(spamVerdict(events.b[3]!.eventId)!.verdictId, 'review');
    await go(page, () => page.click(`a[href="/items/${bItem}"]`));
    await go(page, () => page.click('#btn-claim'));
    expect(await page.$eval('#thumb', (img) => (img as unknown as { src: string }).src)).toMatch(new RegExp(`/items/${bItem}/obscured$`));
    await page.waitForFunction("document.getElementById('thumb')?.complete === true");
    const original = await review.store.thumbnail(bItem, null);
    expect(original).not.toBeNull();
    let seen = await Promise.all(images);
    expect(seen.some((s) => s.url.endsWith(`/items/${bItem}/obscured`))).toBe(true);
    expect(seen.some((s) => s.body.equals(original!))).toBe(false);
    expect(await fetchAs(page, `/items/${bItem}/original`)).toBe(403);
    await page.screenshot({ path: join(SHOTS, 'item-image.png'), fullPage: true });
    await go(page, () => page.keyboard.press('r'));
    expect(await page.$eval('#thumb', (img) => (img as unknown as { src: string }).src)).toMatch(new RegExp(`/items/${bItem}/original$`));
    await page.waitForFunction("document.getElementById('thumb')?.complete === true");
    seen = await Promise.all(images);
    expect(seen.some((s) => s.body.equals(original!))).toBe(true);
    await go(page, () => page.click('form[action$="/release"] button'));

    // the text item: claim, confirm with the keyboard (c)
    const aVerdict = spamVerdict(events.a[3]!.eventId)!;
    const aItem = await itemOf(aVerdict.verdictId, 'review');
    await page.goto(new URL(`/items/${aItem}`, review.url).href);
    await go(page, () => page.click('#btn-claim'));
    expect(await page.$eval('#content-text', (el) => el.textContent)).toBe(events.a[3]!.kind === 'text' ? events.a[3]!.text : '');
    expect(await page.$$eval('#policies li', (li) => li.length)).toBe(aVerdict.policies.length);
    expect(await page.$eval('#rules', (t) => t.textContent)).toContain('spam.frequency');
    await page.screenshot({ path: join(SHOTS, 'item.png'), fullPage: true });
    await go(page, () => page.keyboard.press('c'));
    expect(await page.$eval('#decided', (el) => el.textContent)).toMatch(/Decided: confirm by alice/);

    await decisions.waitFor((r) => r.some((d) => d.verdictId === aVerdict.verdictId));
    const d = decisions.records.find((x) => x.verdictId === aVerdict.verdictId)!;
    expect(d).toMatchObject({ outcome: 'CONFIRM', source: 'REVIEW', senderId: 'sender-a', policyId: aVerdict.policies[0]!.id, reviewer: expect.stringMatching(/^account:\d+$/) });
    expect(d.strikeDelta).toBeGreaterThan(0);
    await verdicts.waitFor((r) => r.some((v) => v.verdictId === d.enforcementVerdictId));
    const enforcement = verdicts.records.find((v) => v.verdictId === d.enforcementVerdictId)!;
    expect(enforcement).toMatchObject({ service: 'review', decision: 'BLOCK', eventId: aVerdict.eventId, senderId: 'sender-a', strikeWeight: d.strikeDelta });
    expect(enforcement.actions).toContain('REMOVE_CONTENT');
    await page.close();
  });

  it('changes strikes in the running worker: a confirmed item adds the rule\'s weight', async () => {
    const d = decisions.records.find((x) => x.senderId === 'sender-a')!;
    await waitUntil(async () => (await applied()) >= 1, 30_000, 'the worker to apply the decision');
    const next = text('sender-a', 'limited offer number 4, click to win a prize');
    await produce(config, config.topics.text, [encodeEvent(next)]);
    await verdicts.waitFor(() => spamVerdict(next.eventId) !== undefined);
    expect(spamVerdict(events.a[3]!.eventId)!.strikes).toBe(0);
    expect(spamVerdict(next.eventId)!.strikes).toBeCloseTo(d.strikeDelta, 3); // a review adds no strikes of its own
  });

  it('overturns an appealed block: the strikes it added are taken back in the running worker', async () => {
    const block = spamVerdict(events.c[5]!.eventId)!;
    expect(block.strikeWeight).toBeGreaterThan(0);
    const appeal = { appealId: 'appeal-1', verdictId: block.verdictId, senderId: 'sender-c', appealedAt: Date.now(), reason: 'I was sharing my own channel with friends' };
    await produce(config, config.topics.appeals, [{ key: 'sender-c', value: schemas.encode(REVIEW_SUBJECTS.appeal, appeal) }]);
    const item = await itemOf(block.verdictId, 'appeal');
    const page = await (await browser.createBrowserContext()).newPage();
    await login(page, 'alice', pw.alice);
    await page.goto(new URL(`/items/${item}`, review.url).href);
    expect(await page.$eval('#appeal-reason', (el) => el.textContent)).toBe(appeal.reason);
    expect(await page.$eval('#content-text', (el) => el.textContent)).toBe(events.c[5]!.kind === 'text' ? events.c[5]!.text : '');
    await go(page, () => page.click('#btn-claim'));
    await go(page, () => page.keyboard.press('o'));
    await decisions.waitFor((r) => r.some((d) => d.appealId === 'appeal-1'));
    const d = decisions.records.find((x) => x.appealId === 'appeal-1')!;
    expect(d).toMatchObject({ outcome: 'OVERTURN', source: 'APPEAL', strikeDelta: -block.strikeWeight, enforcementVerdictId: null });
    await waitUntil(async () => (await applied()) >= 2, 30_000, 'the worker to apply the overturn');
    const next = text('sender-c', 'join my channel now 6');
    await produce(config, config.topics.text, [encodeEvent(next)]);
    await verdicts.waitFor(() => spamVerdict(next.eventId) !== undefined);
    const v = spamVerdict(next.eventId)!;
    expect(v.decision).toBe('BLOCK');
    // without the overturn this sender would start from the earlier block's strikes
    expect(v.strikes).toBeCloseTo(v.strikeWeight, 3);
    await page.close();
  });

  it('lets a viewer read but never claim, reveal or decide', async () => {
    const page = await (await browser.createBrowserContext()).newPage();
    await login(page, 'vera', pw.vera);
    const bItem = await itemOf(spamVerdict(events.b[3]!.eventId)!.verdictId, 'review');
    await page.goto(new URL(`/items/${bItem}`, review.url).href);
    expect(await page.$('#btn-claim')).toBeNull();
    expect(await page.$('#btn-reveal')).toBeNull();
    expect(await page.$('#btn-next')).toBeNull();
    const csrf = await page.$eval('input[name=_csrf]', (el) => (el as unknown as { value: string }).value);
    const post = (path: string, body: Record<string, string>) => fetchAs(page, path, body);
    expect(await post(`/items/${bItem}/claim`, { _csrf: csrf })).toBe(403);
    expect(await post('/claim-next', { _csrf: csrf })).toBe(403);
    expect(await post(`/items/${bItem}/reveal`, { _csrf: csrf })).toBe(403);
    expect(await post(`/items/${bItem}/decide`, { _csrf: csrf, outcome: 'overturn' })).toBe(403);
    expect(await fetchAs(page, `/items/${bItem}/original`)).toBe(403);
    const open = await review.store.pool.query(`SELECT state, claimed_by FROM items WHERE id = $1`, [bItem]);
    expect(open.rows[0]).toEqual({ state: 'open', claimed_by: null });
    await page.close();
  });

  it('shows a CSAM match to a lead as metadata only, and hides even that from a reviewer', async () => {
    const csam = verdicts.records.find((v) => v.eventId === events.d[0]!.eventId && v.service === 'image')!;
    const item = await itemOf(csam.verdictId, 'priority');
    for (const [user, lead] of [['lena', true], ['bob', false]] as const) {
      const page = await (await browser.createBrowserContext()).newPage();
      await login(page, user, pw[user]);
      await page.goto(new URL(`/items/${item}`, review.url).href);
      const body = await page.$eval('main', (m) => m.textContent ?? '');
      expect(await page.$$('img')).toHaveLength(0);
      expect(body).toContain('Known-media match');
      if (lead) expect(body).toContain('bank=sample-csam');
      else {
        expect(body).not.toContain('sample-csam');
        expect(body).toContain('leads only');
      }
      expect(await fetchAs(page, `/items/${item}/obscured`)).toBe(404);
      await page.close();
    }
  });

  it('never gives two reviewers claiming at once the same item', async () => {
    const pages = await Promise.all(['alice', 'bob'].map(async (u) => {
      const p = await (await browser.createBrowserContext()).newPage();
      await login(p, u, pw[u as 'alice' | 'bob']);
      return p;
    }));
    await Promise.all(pages.map((p) => go(p, () => p.click('#btn-next'))));
    const claimed = pages.map((p) => new URL(p.url()).pathname);
    expect(claimed.every((p) => /^\/items\/\d+$/.test(p))).toBe(true);
    expect(claimed[0]).not.toBe(claimed[1]);
    await Promise.all(pages.map((p) => p.close()));
  });

  it('measures a shadow rule\'s precision from reviews of its sampled would-be blocks', async () => {
    const item = await itemOf(spamVerdict(events.a[3]!.eventId)!.verdictId, 'shadow');
    const page = await (await browser.createBrowserContext()).newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await login(page, 'lena', pw.lena);
    await page.goto(new URL(`/items/${item}`, review.url).href);
    if (await page.$('#btn-claim')) await go(page, () => page.click('#btn-claim'));
    await go(page, () => page.keyboard.press('o'));
    await page.goto(new URL('/decided?rule=test.spam.strict', review.url).href);
    expect(await page.$$eval('#decided tbody tr', (rows) => rows.length)).toBe(1);
    const row = await page.$$eval('#precision tbody tr', (rows) => rows.map((r) => r.textContent ?? '').find((t) => t.includes('test.spam.strict')));
    expect(row).toMatch(/test\.spam\.strict\s*shadow\s*0\s*1\s*0\.00/);
    // the enforced rules of a shadow item are not measured by it
    expect(await page.$$eval('#precision tbody tr', (rows) => rows.filter((r) => (r.textContent ?? '').includes('shadow')).length)).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'decided.png'), fullPage: true });
    await page.close();
  });

  it('shows an appealed video block as a strip of its frames, blurred until revealed', async () => {
    await produce(config, config.topics.video, clip.map((e) => ({ ...encodeEvent(e), key: 'clip-1' })));
    await verdicts.waitFor((r) => r.some((v) => v.eventId === 'clip-1' && v.video?.final));
    const block = verdicts.records.find((v) => v.eventId === 'clip-1' && v.video?.final)!;
    expect(block.decision).toBe('BLOCK');
    await contents.waitFor((r) => r.some((c) => c.verdictId === block.verdictId));
    expect(contents.records.find((c) => c.verdictId === block.verdictId)).toMatchObject({ contentKind: 'VIDEO', thumbnail: null, frames: expect.any(Array) });
    // the console learnt the block from the blocks topic, not from vigil.verdicts
    await waitUntil(async () => (await review.store.pool.query('SELECT 1 FROM verdicts WHERE verdict_id = $1', [block.verdictId])).rowCount === 1, 30_000, 'the block kept for appeals');
    const appeal = { appealId: 'appeal-video', verdictId: block.verdictId, senderId: 'sender-v', appealedAt: Date.now(), reason: 'it is my own holiday video' };
    await produce(config, config.topics.appeals, [{ key: 'sender-v', value: schemas.encode(REVIEW_SUBJECTS.appeal, appeal) }]);
    const item = await itemOf(block.verdictId, 'appeal');
    await waitUntil(async () => (await review.store.pool.query('SELECT 1 FROM content WHERE verdict_id = $1', [block.verdictId])).rowCount === 1, 30_000, 'the strip stored');
    const originals = await Promise.all([0, 1, 2, 3].map((n) => review.store.thumbnail(item, n)));
    expect(originals.every((b) => b !== null)).toBe(true);
    expect(await review.store.thumbnail(item, 4)).toBeNull();

    const page = await (await browser.createBrowserContext()).newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const images: Promise<{ url: string; body: Buffer }>[] = [];
    page.on('response', (res) => {
      if ((res.headers()['content-type'] ?? '').startsWith('image/')) images.push(res.buffer().then((body) => ({ url: res.url(), body: Buffer.from(body) })));
    });
    await login(page, 'bob', pw.bob);
    await page.goto(new URL(`/items/${item}`, review.url).href);
    await go(page, () => page.click('#btn-claim'));
    const srcs = () => page.$$eval('#strip img', (imgs) => imgs.map((i) => new URL((i as unknown as { src: string }).src).pathname + new URL((i as unknown as { src: string }).src).search));
    expect(await srcs()).toEqual([0, 1, 2, 3].map((n) => `/items/${item}/obscured?frame=${n}`));
    await page.waitForFunction("[...document.querySelectorAll('#strip img')].every((i) => i.complete)");
    let seen = await Promise.all(images);
    expect(new Set(seen.filter((s) => s.url.includes('/obscured?frame=')).map((s) => s.url)).size).toBe(4);
    expect(seen.some((s) => originals.some((o) => s.body.equals(o!)))).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'item-video.png'), fullPage: true });
    await go(page, () => page.keyboard.press('r'));
    expect(await srcs()).toEqual([0, 1, 2, 3].map((n) => `/items/${item}/original?frame=${n}`));
    await page.waitForFunction("[...document.querySelectorAll('#strip img')].every((i) => i.complete)");
    seen = await Promise.all(images);
    expect(originals.every((o) => seen.some((s) => s.body.equals(o!)))).toBe(true);
    const log = await review.store.auditLog(1000);
    expect(log.some((l) => l.account === 'bob' && l.action === 'reveal' && l.itemId === item)).toBe(true);
    await go(page, () => page.click('form[action$="/release"] button'));
    await page.close();
  });

  it('writes every login, view, claim, reveal and decision to the audit log, without content', async () => {
    const log = await review.store.auditLog(1000);
    const alice = log.filter((l) => l.account === 'alice').map((l) => l.action);
    for (const action of ['login', 'view', 'claim', 'reveal', 'decide', 'release']) expect(alice, action).toContain(action);
    expect(log.filter((l) => l.account === 'vera').map((l) => l.action)).not.toContain('reveal');
    const dump = JSON.stringify(log);
    expect(dump).not.toContain('click to win');
    expect(dump).not.toContain('my own channel');
  });

  it('reports queue depth, decisions per reviewer and rule precision as metrics', async () => {
    const text = await review.registry.metrics();
    expect(text).toMatch(/vigil_review_queue_depth\{priority="priority"\} 1/);
    expect(text).toMatch(/vigil_review_decisions_total\{reviewer="\d+",outcome="confirm",source="review"\} 1/);
    expect(text).toMatch(/vigil_review_rule_precision\{rule="spam\.frequency[^"]*",mode="enforced"\} [0-9.]+/);
    // the console created the content topic with retention.ms = VIGIL_REVIEW_CONTENT_RETENTION (72 h by default)
    expect(config.review.contentRetentionMs).toBe(72 * 3600_000);
    expect(text).toMatch(/^vigil_review_content_topic_retention_seconds\{state="created"\} 259200$/im);
    expect(text).not.toMatch(/vigil_review_content_topic_retention_seconds\{state="(unchecked|existing)"\}/);
  });

  it('created the content topic with the content retention on the broker, and reports an existing topic\'s longer retention', async () => {
    const admin = kafka(config).admin();
    await admin.connect();
    try {
      const retention = async (topic: string) => (await admin.describeConfigs({ resources: [{ type: kafkajs.ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }], includeSynonyms: false }))
        .resources[0]?.configEntries.find((e) => e.configName === 'retention.ms');
      // the broker (CreateTopics and DescribeConfigs over the Kafka protocol) holds what the console asked for
      expect(await retention(config.topics.reviewContent)).toMatchObject({ configValue: String(config.review.contentRetentionMs), isDefault: false });
      const lines: Record<string, unknown>[] = [];
      const spy = createLogger('info', {}, (l) => void lines.push(JSON.parse(l) as Record<string, unknown>));
      const warnings = () => lines.filter((l) => l.level === 'warn');
      // a topic an operator created with a longer retention: reported as it is, with a warning, and not altered
      const longer = `${config.topics.reviewContent}-longer`;
      expect(await admin.createTopics({ topics: [{ topic: longer, configEntries: [{ name: 'retention.ms', value: String(30 * 86_400_000) }] }] })).toBe(true);
      expect(await ensureContentTopic(admin, longer, config.review.contentRetentionMs, spy)).toEqual({ state: 'existing', retentionMs: 30 * 86_400_000 });
      expect(warnings()).toEqual([expect.objectContaining({ topic: longer, topicRetentionMs: 30 * 86_400_000 })]);
      expect((await retention(longer))?.configValue).toBe(String(30 * 86_400_000));
      // a topic a producer auto-created has the broker's default (7 d), also longer than the content retention
      const auto = `${config.topics.reviewContent}-auto`;
      await produce(config, auto, [{ value: 'x' }]);
      expect(await ensureContentTopic(admin, auto, config.review.contentRetentionMs, spy)).toEqual({ state: 'existing', retentionMs: 604_800_000 });
      expect(await retention(auto)).toMatchObject({ configValue: '604800000', isDefault: true });
      // a topic that does not exist yet is created with the content retention
      const fresh = `${config.topics.reviewContent}-fresh`;
      expect(await ensureContentTopic(admin, fresh, config.review.contentRetentionMs, spy)).toEqual({ state: 'created', retentionMs: config.review.contentRetentionMs });
      expect((await retention(fresh))?.configValue).toBe(String(config.review.contentRetentionMs));
      expect(warnings()).toHaveLength(2);
    } finally {
      await admin.disconnect();
    }
  });

  it('exports decided text items as labels', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'services/cli/main.ts', 'labels', 'export'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env, LOG_LEVEL: 'silent' } });
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(rows).toEqual(expect.arrayContaining([
      expect.objectContaining({ text: events.a[3]!.kind === 'text' ? events.a[3]!.text : '', category: 'spam', decision: 'confirm' }),
      expect.objectContaining({ text: events.c[5]!.kind === 'text' ? events.c[5]!.text : '', decision: 'overturn' }),
    ]));
  });
});
