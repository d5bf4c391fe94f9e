import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../common/paths.js';
import type { Action, Decision, PolicyRef } from '../schema/types.js';
import type { Detectability, Role, Severity } from './annotations.js';
import type { Category } from './categories.js';

/** One item of the platform's policy as vigil enforces it (schemas/policy-catalogue.json). */
export interface CatalogueEntry {
  readonly id: string;
  readonly part: 'aup' | 'cg';
  readonly kind: 'section' | 'item';
  readonly role: Role;
  /** Where it stands in the document, e.g. "AUP 2(a)" or "CG › Spam (b)". */
  readonly section: string;
  readonly heading: string;
  readonly title: string;
  readonly parent: string | null;
  readonly category: Category | null;
  readonly severity: Severity;
  readonly detectable: Detectability;
  readonly notDetectableReason?: string;
  readonly defaultDecision: Decision | null;
  readonly actions: readonly Action[];
  readonly exceptions: readonly string[];
  readonly relaxes?: readonly string[];
  readonly definesAction?: Action;
}

export interface CatalogueFile {
  readonly source: string;
  readonly generatedBy: string;
  readonly entries: readonly CatalogueEntry[];
}

export class PolicyCatalogue {
  private readonly byId: ReadonlyMap<string, CatalogueEntry>;

  constructor(readonly entries: readonly CatalogueEntry[]) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
  }

  static load(file: string = join(projectRoot(), 'schemas', 'policy-catalogue.json')): PolicyCatalogue {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CatalogueFile;
    return new PolicyCatalogue(parsed.entries);
  }

  get(id: string): CatalogueEntry | undefined {
    return this.byId.get(id);
  }

  /** The entry for an id a classifier cites; an unknown id is a programming error and throws. */
  require(id: string): CatalogueEntry {
    const e = this.byId.get(id);
    if (!e) throw new Error(`policy catalogue has no item ${id}`);
    return e;
  }

  ref(id: string): PolicyRef {
    const e = this.require(id);
    return { id: e.id, section: e.section, title: e.title };
  }
}
