import { statSync } from 'node:fs';
import { Counter, Gauge, type Registry } from 'prom-client';
import { describeError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { PolicyCatalogue } from './catalogue.js';
import { loadRules, type RuleSet } from './rules.js';

/**
 * The current rule set, reloaded when its file changes. A file that fails validation is rejected and
 * the running rules stay; a good one replaces them in one assignment (readers take the whole set).
 */
export class RulesSource {
  private current: RuleSet;
  private readonly reloads: Counter<'result'> | undefined;
  private readonly loadedAt: Gauge | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** The file's stat when the running rules (or the last rejected file) were read. */
  private seen = '';

  constructor(
    private readonly file: string,
    private readonly catalogue: PolicyCatalogue,
    private readonly logger: Logger,
    registry?: Registry,
  ) {
    this.seen = this.stamp();
    this.current = loadRules(file, catalogue); // a bad file at start is fatal: refuse to run without rules
    if (registry) {
      this.reloads = new Counter({ name: 'vigil_rules_reloads_total', help: 'Rule file reloads, by result (ok, rejected).', labelNames: ['result'], registers: [registry] });
      this.loadedAt = new Gauge({ name: 'vigil_rules_loaded_timestamp_seconds', help: 'When the running rule set was loaded.', registers: [registry] });
      this.loadedAt.set(Date.now() / 1000);
      for (const result of ['ok', 'rejected']) this.reloads.inc({ result }, 0); // export both series from the start
    }
  }

  get rules(): RuleSet {
    return this.current;
  }

  /** Re-reads the file now; returns the error message when it is rejected. */
  reload(): string | null {
    this.seen = this.stamp();
    try {
      const next = loadRules(this.file, this.catalogue);
      this.current = next;
      this.reloads?.inc({ result: 'ok' });
      this.loadedAt?.set(Date.now() / 1000);
      this.logger.info('rules reloaded', { file: this.file, version: next.version, rules: next.rules.length });
      return null;
    } catch (err) {
      const { message } = describeError(err);
      this.reloads?.inc({ result: 'rejected' });
      this.logger.error('rules rejected; the running rules stay', { file: this.file, error: message, runningVersion: this.current.version });
      return message;
    }
  }

  /** Polls the file's stat (one stat call per interval) and reloads when it differs from the last load. */
  watch(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.stamp() !== this.seen) this.reload();
    }, intervalMs);
    this.timer.unref();
  }

  private stamp(): string {
    try {
      const st = statSync(this.file);
      return `${st.mtimeMs}:${st.size}:${st.ino}`;
    } catch {
      return 'missing';
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
