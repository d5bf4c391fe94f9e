import { writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { Registry, collectDefaultMetrics } from 'prom-client';
import type { VigilConfig } from '../common/config.js';
import { ConfigError, describeError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { PolicyCatalogue, createPolicy, type Policy } from '../policy/index.js';
import { startHealthServer, type HealthServer } from '../runtime/http.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { loadSchemas } from '../schema/registry-schemas.js';
import { generatePassword } from './auth.js';
import { DecisionPublisher, ReviewConsumer, reviewKafka } from './consumer.js';
import { createPool, migrate, type Pool } from './db.js';
import { createReviewMetrics, type ReviewMetrics } from './metrics.js';
import { buildReviewServer } from './server.js';
import { ReviewStore } from './store.js';

export interface ReviewConsoleOptions {
  readonly logger: Logger;
  readonly registry?: Registry;
  readonly schemas?: SchemaRegistry;
  readonly catalogue?: PolicyCatalogue;
  /** Serve /healthz, /readyz, /metrics on VIGIL_HTTP_PORT (default true). */
  readonly health?: boolean;
  readonly defaultMetrics?: boolean;
}

/**
 * `vigil serve review`: migrations, the queue consumer, the decision outbox publisher, the web console,
 * the retention purge, and the health/metrics server.
 */
export class ReviewConsole {
  readonly store: ReviewStore;
  readonly metrics: ReviewMetrics;
  readonly registry: Registry;
  private readonly pool: Pool;
  private readonly policy: Policy;
  private readonly consumer: ReviewConsumer;
  private readonly publisher: DecisionPublisher;
  private app: FastifyInstance | undefined;
  private health: HealthServer | undefined;
  private purgeTimer: NodeJS.Timeout | undefined;
  private started = false;
  private readonly schemas: SchemaRegistry;
  port = 0;

  constructor(private readonly config: VigilConfig, private readonly o: ReviewConsoleOptions) {
    if (!config.review.databaseUrl) throw new ConfigError('DATABASE_URL: the review console needs a PostgreSQL database (make run starts a local one)');
    const catalogue = o.catalogue ?? PolicyCatalogue.load();
    this.registry = o.registry ?? new Registry();
    if (o.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'vigil_' });
    this.pool = createPool(config.review.databaseUrl);
    this.store = new ReviewStore(this.pool, catalogue, { claimTtlMs: config.review.claimTtlMs, sessionTtlMs: config.review.sessionTtlMs });
    this.metrics = createReviewMetrics(this.registry, () => (this.started ? this.store : null));
    this.policy = createPolicy(config, o.logger, { catalogue, registry: this.registry });
    const schemas = (this.schemas = o.schemas ?? loadSchemas(config));
    const kafka = reviewKafka(config);
    this.consumer = new ReviewConsumer({ kafka, config, store: this.store, schemas, metrics: this.metrics, logger: o.logger });
    this.publisher = new DecisionPublisher({ kafka, config, store: this.store, schemas, logger: o.logger });
  }

  get url(): string {
    const host = this.config.http.host === '0.0.0.0' ? '127.0.0.1' : this.config.http.host;
    return `http://${host}:${this.port}/`;
  }

  get healthPort(): number | undefined {
    return this.health?.port;
  }

  async start(): Promise<void> {
    const applied = await migrate(this.pool);
    if (applied.length) this.o.logger.info('database migrated', { applied: applied.join(',') });
    this.started = true;
    this.app = await buildReviewServer({
      store: this.store, config: this.config.review, catalogue: this.policy.catalogue, rules: this.policy.rules, metrics: this.metrics,
      publish: () => this.publisher.flush(), logger: this.o.logger,
    });
    await this.app.listen({ host: this.config.http.host, port: this.config.review.port });
    const addr = this.app.server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : this.config.review.port;
    await this.bootstrapAccount();
    await this.schemas.open(); // with a Schema Registry: the decision and verdict subjects are checked and registered first
    await this.publisher.start();
    await this.consumer.start();
    if (this.o.health ?? true) this.health = await startHealthServer({ host: this.config.http.host, port: this.config.http.port, registry: this.registry, ready: () => this.consumer.ready });
    this.purgeTimer = setInterval(() => void this.purge().catch((err: unknown) => this.o.logger.warn('purge failed; retried', { error: describeError(err).message })), this.config.review.purgeIntervalMs);
    this.purgeTimer.unref();
    await this.purge();
    this.o.logger.info('review console listening', { port: this.port });
  }

  get ready(): boolean {
    return this.consumer.ready;
  }

  /** Deletes content past VIGIL_REVIEW_CONTENT_RETENTION and labels past VIGIL_LABEL_RETENTION. */
  async purge(): Promise<void> {
    const r = await this.store.purge(this.config.review.contentRetentionMs, this.config.review.labelRetentionMs);
    for (const [kind, n] of Object.entries(r)) if (n) this.metrics.purged.inc({ kind }, n);
  }

  /** A first lead account when there is none, its credentials written to VIGIL_REVIEW_BOOTSTRAP_FILE (0600), never logged. */
  private async bootstrapAccount(): Promise<void> {
    const file = this.config.review.bootstrapFile;
    if (!file || (await this.store.accountCount()) > 0) return;
    const password = generatePassword();
    await this.store.createAccount('lead', password, 'lead');
    writeFileSync(file, `url: ${this.url}\nusername: lead\npassword: ${password}\n`, { mode: 0o600 });
    this.o.logger.info('first account created; credentials written to the bootstrap file', { file });
  }

  async stop(): Promise<void> {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    await this.consumer.stop().catch(() => undefined);
    await this.publisher.stop().catch(() => undefined);
    await this.app?.close();
    await this.health?.close();
    this.policy.source.close();
    if (!this.o.schemas) this.schemas.close();
    await this.pool.end();
  }
}
