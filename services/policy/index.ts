import type { Registry } from 'prom-client';
import type { VigilConfig } from '../common/config.js';
import type { Logger } from '../common/logger.js';
import { PolicyCatalogue } from './catalogue.js';
import { PolicyEngine } from './engine.js';
import type { RuleSet } from './rules.js';
import { RulesSource } from './rules-source.js';
import { StrikeStore } from './strikes.js';

export { PolicyCatalogue, type CatalogueEntry } from './catalogue.js';
export { PolicyEngine, CONTEXT_EXCEPTIONS, SIGNAL_EXCEPTIONS, type Evaluation, type FiredRule, type Outcome } from './engine.js';
export { compileRules, loadRules, RuleFileError, type Rule, type RuleSet } from './rules.js';
export { RulesSource } from './rules-source.js';
export { StrikeStore } from './strikes.js';
export { SIGNALS, signalSpec } from './signals.js';

export interface Policy {
  readonly engine: PolicyEngine;
  readonly source: RulesSource;
  readonly rules: () => RuleSet;
  readonly catalogue: PolicyCatalogue;
}

/** The catalogue, the rule file (watched for changes when configured) and the strike store, wired. */
export function createPolicy(config: VigilConfig, logger: Logger, o: { catalogue?: PolicyCatalogue; registry?: Registry; watch?: boolean } = {}): Policy {
  const catalogue = o.catalogue ?? PolicyCatalogue.load();
  const source = new RulesSource(config.policy.rulesFile, catalogue, logger, o.registry);
  if ((o.watch ?? true) && config.policy.reloadMs > 0) source.watch(config.policy.reloadMs);
  const strikes = new StrikeStore(source.rules.ladder.halfLifeMs, config.policy.strikesMaxSenders);
  const engine = new PolicyEngine(catalogue, strikes);
  return {
    engine,
    source,
    catalogue,
    rules: () => {
      const r = source.rules;
      strikes.setHalfLife(r.ladder.halfLifeMs);
      return r;
    },
  };
}
