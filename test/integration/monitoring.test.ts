import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { sampleFeed } from '../../services/cli/sample.js';
import { sampleImages } from '../../services/cli/sample-images.js';
import { loadConfig } from '../../services/common/config.js';
import { createLogger } from '../../services/common/logger.js';
import { ReviewConsole } from '../../services/review/index.js';
import { createServiceWorker } from '../../services/runtime/create-worker.js';
import type { Worker } from '../../services/runtime/worker.js';
import { startPostgres } from '../services/review/postgres.js';
import { TopicReader, catalogue, encodeEvent, produce, schemas, testEnv, waitUntil, type Verdict } from './harness.js';

const K8S = resolve(import.meta.dirname, '../../k8s/monitoring');
const dashboard = JSON.parse(readFileSync(join(K8S, 'grafana-dashboard.json'), 'utf8')) as { panels: { title: string; targets: { expr: string }[] }[] };
const alerts = parse(readFileSync(join(K8S, 'alerts.yaml'), 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] }[] | { groups: { rules: { alert: string; expr: string }[] }[] };
const alertRules = (alerts as { groups: { rules: { alert: string; expr: string }[] }[] }).groups.flatMap((g) => g.rules);
/** The review console's PrometheusRule, shipped with its Deployment. */
const reviewRules = parseAllDocuments(readFileSync(resolve(K8S, '../base/review.yaml'), 'utf8')).map((d) => d.toJSON() as { kind: string; spec?: { groups: { rules: { alert: string; expr: string; for?: string }[] }[] } })
  .filter((d) => d.kind === 'PrometheusRule').flatMap((d) => d.spec!.groups.flatMap((g) => g.rules));

const children: ChildProcess[] = [];
let worker: Worker | undefined;
const others: Worker[] = [];
let review: ReviewConsole | undefined;
let pg: { url: string; stop: () => Promise<void> } | undefined;
afterAll(async () => {
  await worker?.stop(10_000);
  for (const w of others) await w.stop(10_000);
  await review?.stop();
  await pg?.stop();
  for (const c of children) c.kill('SIGTERM');
});

/** A decision through the console's pages (login, claim, overturn), as a reviewer makes one: its metrics move. */
async function decideOne(url: string, itemId: string, username: string, password: string): Promise<void> {
  const form = await fetch(new URL('/login', url));
  const loginCsrf = /vigil_login_csrf=([^;]+)/.exec(form.headers.get('set-cookie') ?? '')![1]!;
  const login = await fetch(new URL('/login', url), { method: 'POST', redirect: 'manual', headers: { cookie: `vigil_login_csrf=${loginCsrf}` }, body: new URLSearchParams({ _csrf: loginCsrf, username, password }) });
  const cookie = `vigil_session=${/vigil_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!}`;
  const home = await (await fetch(new URL('/', url), { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(home)![1]!;
  const post = (path: string, body: Record<string, string>) => fetch(new URL(path, url), { method: 'POST', redirect: 'manual', headers: { cookie }, body: new URLSearchParams({ _csrf: csrf, ...body }) });
  expect((await post(`/items/${itemId}/claim`, {})).status).toBe(303);
  expect((await post(`/items/${itemId}/decide`, { outcome: 'overturn' })).headers.get('location')).toBe(`/items/${itemId}?done=decided`);
}

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

async function query(base: string, expr: string): Promise<{ status: string; data?: { result: unknown[] }; error?: string }> {
  const res = await fetch(`${base}/api/v1/query?query=${encodeURIComponent(expr)}`);
  return (await res.json()) as { status: string; data?: { result: unknown[] }; error?: string };
}

describe('dashboards and alerts against a real Prometheus scraping a worker', () => {
  it('has valid alert rules (promtool)', () => {
    const r = spawnSync('promtool', ['check', 'rules', join(K8S, 'alerts.yaml')], { encoding: 'utf8' });
    expect(r.error, 'promtool missing: make setup installs Debian prometheus').toBeUndefined();
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('ships the review console\'s alerts in both places, equal', () => {
    expect(reviewRules.length).toBeGreaterThanOrEqual(2);
    for (const r of reviewRules) expect(alertRules.find((a) => a.alert === r.alert), r.alert).toMatchObject({ expr: r.expr, for: r.for });
    expect(alertRules.map((a) => a.alert)).toContain('VigilReviewPriorityItemsWaiting');
  });

  it('runs every dashboard query and alert expression with results, and raises the dead-letter alert', async () => {
    const baseEnv = testEnv();
    const prefix = baseEnv.VIGIL_TOPIC_TEXT!.replace(/\.text$/, '');
    pg = await startPostgres();
    const env = {
      ...baseEnv, DATABASE_URL: pg.url, VIGIL_REVIEW_HTTP_PORT: '0', VIGIL_TOPIC_REVIEW_CONTENT: `${prefix}.review-content`, VIGIL_TOPIC_APPEALS: `${prefix}.appeals`,
      VIGIL_TOPIC_REVIEW_DECISIONS: `${prefix}.review-decisions`, VIGIL_TOPIC_BLOCKS: `${prefix}.blocks`,
    };
    const config = loadConfig(env);
    // the review console, scraped like the workers: queue, decisions, time to decision, rule precision
    review = new ReviewConsole(config, { logger: createLogger('silent'), schemas, catalogue, defaultMetrics: false });
    await review.start();
    await review.store.createAccount('mon-lead', 'mon-lead-pass-1234', 'lead');
    const created = await createServiceWorker('spam', config, { schemas, catalogue, defaultMetrics: true });
    worker = created.worker;
    await worker.start();
    await waitUntil(() => worker!.isReady(), 30_000, 'worker ready');
    const verdicts = await new TopicReader<Verdict>(config, config.topics.verdicts).start();
    const feed = sampleFeed({ prefix: 'mon', start: Date.now() - 60_000 });
    const poison = Array.from({ length: 30 }, (_, i) => ({ key: `p${i}`, value: Buffer.from(`not avro ${i}`) }));
    await produce(config, config.topics.text, [...feed.events.map(encodeEvent), ...poison]);
    await verdicts.waitFor((r) => r.length >= feed.events.length);
    await verdicts.stop();

    // an image and a video worker too (sample bank, one nudity model): model, bank and video series
    const mediaEnv = { ...env, VIGIL_HASH_BANKS: resolve(import.meta.dirname, '../../samples/banks/banks.yaml'), VIGIL_NSFW_CASCADE: 'mobilenet_v2:onnx', VIGIL_VIDEO_IDLE_MS: '500' };
    const media: Awaited<ReturnType<typeof createServiceWorker>>[] = [];
    for (const svc of ['image', 'video']) {
      const created = await createServiceWorker(svc, loadConfig(mediaEnv), { schemas, catalogue, defaultMetrics: true });
      others.push(created.worker);
      media.push(created);
      await created.worker.start();
    }
    const images = await sampleImages();
    await produce(config, config.topics.image, images.map((img, i) => encodeEvent({
      kind: 'image', eventId: `mon-img-${i}`, occurredAt: Date.now(), source: 'feed', senderId: `mon-${img.name}`, conversationId: null, jurisdiction: null, locale: null, mimeType: 'image/jpeg', bytes: img.bytes, caption: i === 0 ? 'the view from the top of the hill this morning' : null, contexts: [],
    })));
    await produce(config, config.topics.video, [0, 1, 2].map((i) => ({ ...encodeEvent({
      kind: 'video-frame', eventId: `mon-v-${i}`, occurredAt: Date.now(), source: 'feed', senderId: 'mon-uploader', conversationId: null, jurisdiction: null, locale: null,
      videoId: 'mon-video', frameIndex: i, ptsMs: i * 1000, last: i === 2, mimeType: 'image/jpeg', bytes: images[i]!.bytes,
    }), key: 'mon-video' })));
    await waitUntil(async () => /vigil_video_verdicts_total\{kind="final",ended_by="last-frame"\} 1/.test(await media[1]!.registry.metrics()), 60_000, 'video verdict');
    // a review item and a priority item (the sample CSAM bank match) queued; one review item decided
    const queued = async (source: string) => (await review!.store.pool.query<{ id: string }>('SELECT id::text FROM items WHERE source = $1 ORDER BY id LIMIT 1', [source])).rows[0]?.id;
    await waitUntil(async () => (await queued('review')) !== undefined && (await queued('priority')) !== undefined, 30_000, 'review and priority items queued');
    await decideOne(review.url, (await queued('review'))!, 'mon-lead', 'mon-lead-pass-1234');

    const dir = mkdtempSync(join(tmpdir(), 'vigil-prom-'));
    const port = await freePort();
    writeFileSync(join(dir, 'prometheus.yml'), [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      `rule_files: [${JSON.stringify(join(K8S, 'alerts.yaml'))}]`,
      'scrape_configs:',
      `  - { job_name: vigil, static_configs: [ { targets: [${[...[worker, ...others].map((w) => w.httpPort), review.healthPort].map((p) => `"127.0.0.1:${p}"`).join(', ')}] } ] }`,
    ].join('\n'));
    const prom = spawn('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' });
    children.push(prom);
    const base = `http://127.0.0.1:${port}`;
    await waitUntil(async () => (await fetch(`${base}/-/ready`).catch(() => null))?.ok === true, 30_000, 'prometheus ready');
    // rate() needs two scrapes of the moved counters
    await waitUntil(async () => {
      for (const q of ['sum(rate(vigil_events_consumed_total[5m]))', 'sum(rate(vigil_video_verdicts_total[5m]))', 'sum(rate(vigil_hash_bank_matches_total[5m]))', 'sum(rate(vigil_image_text_images_total[5m]))', 'sum(rate(vigil_review_decisions_total[1h]))']) {
        if (!((await query(base, q)).data?.result.length ?? 0)) return false;
      }
      return true;
    }, 30_000, 'rates');

    const failures: string[] = [];
    for (const p of dashboard.panels) {
      for (const t of p.targets) {
        const r = await query(base, t.expr);
        if (r.status !== 'success') failures.push(`${p.title}: ${t.expr}: ${r.error}`);
        else if (!r.data!.result.length) failures.push(`${p.title}: ${t.expr}: no series`);
      }
    }
    for (const a of alertRules) {
      const r = await query(base, a.expr);
      if (r.status !== 'success') failures.push(`alert ${a.alert}: ${r.error}`);
      // an alert's expression is empty while all is well: its metrics must still exist
      for (const name of new Set(a.expr.match(/vigil_[a-z_]+/g) ?? [])) {
        const m = await query(base, `count({__name__="${name}"})`);
        if (!m.data?.result.length) failures.push(`alert ${a.alert}: metric ${name} has no series`);
      }
    }
    expect(failures).toEqual([]);
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(28);
    // the panels cover the review console and text and QR codes in images
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)).join('\n');
    for (const name of ['vigil_review_queue_depth', 'vigil_review_oldest_item_age_seconds', 'vigil_review_decisions_total', 'vigil_review_time_to_decision_seconds_bucket', 'vigil_review_rule_precision',
      'vigil_image_text_stage_seconds_bucket', 'vigil_image_text_boxes_bucket', 'vigil_image_text_images_total', 'vigil_image_qr_codes_total']) expect(exprs, name).toContain(name);
    // the priority-wait alert selects the waiting priority item: with its threshold at 0 it holds now
    const waiting = alertRules.find((a) => a.alert === 'VigilReviewPriorityItemsWaiting')!;
    expect((await query(base, waiting.expr.replace(/> 900$/, '> 0'))).data?.result.length).toBe(1);
    expect((await query(base, waiting.expr)).data?.result.length).toBe(0);
    // the share of images that reached recognition: the ad poster was read, the other pictures were not
    const share = (await query(base, 'sum(vigil_image_text_images_total{outcome="read"}) / sum(vigil_image_text_images_total)')).data!.result as { value: [number, string] }[];
    expect(Number(share[0]!.value[1])).toBeGreaterThan(0);
    expect(Number(share[0]!.value[1])).toBeLessThan(1);

    // a second wave while Prometheus scrapes: 30 poison messages in 130 inputs, the dead-letter rate
    // alert (> 1%) goes pending (its `for` is 1m)
    const wave = sampleFeed({ prefix: 'mon2', start: Date.now() - 30_000 }).events.slice(0, 100);
    await produce(config, config.topics.text, [...wave.map(encodeEvent), ...poison]);
    await waitUntil(async () => {
      const res = (await (await fetch(`${base}/api/v1/alerts`)).json()) as { data: { alerts: { labels: { alertname: string }; state: string }[] } };
      return res.data.alerts.some((x) => x.labels.alertname === 'VigilDeadLetterRateHigh' && ['pending', 'firing'].includes(x.state));
    }, 30_000, 'VigilDeadLetterRateHigh pending');
    const rules = (await (await fetch(`${base}/api/v1/rules`)).json()) as { data: { groups: { rules: { health: string }[] }[] } };
    expect(rules.data.groups.flatMap((g) => g.rules).map((r) => r.health)).toEqual(alertRules.map(() => 'ok'));
  });
});
