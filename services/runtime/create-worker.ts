import { Registry } from 'prom-client';
import type { VigilConfig } from '../common/config.js';
import { VigilError } from '../common/errors.js';
import { createLogger, type Logger } from '../common/logger.js';
import { Judge } from '../pipeline/judge.js';
import { createPolicy, type Policy, type PolicyCatalogue } from '../policy/index.js';
import type { Classifier } from '../pipeline/types.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { loadSchemas } from '../schema/registry-schemas.js';
import { createWorkerMetrics, type WorkerMetrics } from './metrics.js';
import { SERVICES, type ClassifierContext, type ServiceDefinition } from './services.js';
import { Worker, type OutputStage } from './worker.js';
import { DecisionFeed } from './decision-feed.js';

export interface CreateWorkerOptions {
  readonly registry?: Registry;
  readonly logger?: Logger;
  /** Serve /healthz, /readyz, /metrics (default true). */
  readonly http?: boolean;
  /** Register process metrics (default true; off when several workers share a process). */
  readonly defaultMetrics?: boolean;
  readonly schemas?: SchemaRegistry;
  readonly catalogue?: PolicyCatalogue;
}

/** A service's classifier, its judge (classifier + rules) and its output stage, if it has one. */
export interface ServicePipeline {
  readonly classifier: Classifier;
  readonly judge: Judge;
  readonly stage: OutputStage | null;
}

/** Builds a service's pipeline the same way for the Kafka worker, `vigil classify` and the benchmarks. */
export async function createPipeline(def: ServiceDefinition, config: VigilConfig, policy: Pick<Policy, 'engine' | 'rules'>, ctx: ClassifierContext = {}): Promise<ServicePipeline> {
  const classifier = await def.createClassifier(config, ctx);
  return {
    classifier,
    judge: new Judge(def.name, classifier, policy.engine, policy.rules, Date.now, def.strikesPerEvent ?? true),
    stage: def.createStage ? def.createStage(config, { ...ctx, classifier, engine: policy.engine, rules: policy.rules }) : null,
  };
}

/** Wires a service (by name from the registry in services.ts, or a definition) into a Kafka worker. */
export async function createServiceWorker(service: string | ServiceDefinition, config: VigilConfig, o: CreateWorkerOptions = {}): Promise<{ worker: Worker; registry: Registry; metrics: WorkerMetrics }> {
  const def = typeof service === 'string' ? SERVICES[service] : service;
  if (!def) throw new VigilError('VGL_INPUT', `unknown service "${String(service)}"; known: ${Object.keys(SERVICES).join(', ')}`);
  const registry = o.registry ?? new Registry();
  const metrics = createWorkerMetrics(registry, { defaultMetrics: o.defaultMetrics ?? true });
  const logger = o.logger ?? createLogger(config.logLevel);
  const policy = createPolicy(config, logger, { registry, ...(o.catalogue ? { catalogue: o.catalogue } : {}) });
  const { classifier, judge, stage } = await createPipeline(def, config, policy, { registry, logger });
  const schemas = o.schemas ?? loadSchemas(config);
  const decisions = new DecisionFeed({ service: def.name, config, engine: policy.engine, schemas, registry, logger });
  const worker = new Worker({
    service: def.name,
    inputTopics: def.inputTopics(config),
    subjects: def.subjects,
    config,
    judge,
    ...(def.batchEvents ? { maxBatchEvents: def.batchEvents(config) } : {}),
    ...(stage ? { stage } : {}),
    restoreVerdict: (v) => policy.engine.replay(v.senderId, v.occurredAt, v.strikeWeight),
    onStop: () => {
      policy.source.close();
      if (!o.schemas) schemas.close();
    },
    companions: [decisions],
    classifierReady: () => classifier.ready(),
    schemas,
    registry,
    metrics,
    logger,
    http: o.http ?? true,
  });
  return { worker, registry, metrics };
}
