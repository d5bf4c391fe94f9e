/**
 * Regenerates schemas/policy-catalogue.json from ../shared/policy/acceptable-use-policy-and-community-guidelines.md
 * and services/policy/annotations.ts. Run: `make catalogue`. Fails when an item has no annotation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, sharedDir } from '../services/common/paths.js';
import { annotationFor } from '../services/policy/annotations.js';
import type { CatalogueEntry, CatalogueFile } from '../services/policy/catalogue.js';
import { parsePolicy } from '../services/policy/parse-policy.js';

const DOC = 'policy/acceptable-use-policy-and-community-guidelines.md';
const shared = sharedDir();
if (!shared) {
  console.error('build-catalogue: ../shared is absent; the committed schemas/policy-catalogue.json stays as it is');
  process.exit(0);
}
const items = parsePolicy(readFileSync(join(shared, DOC), 'utf8'));
const missing: string[] = [];
const entries: CatalogueEntry[] = items.map((item) => {
  const a = annotationFor(item.id);
  if (!a || !a.role) {
    missing.push(item.id);
    return undefined as unknown as CatalogueEntry;
  }
  const title = item.text.length > 160 ? `${item.text.slice(0, 159).trimEnd()}…` : item.text;
  return {
    id: item.id,
    part: item.part,
    kind: item.kind,
    role: a.role,
    section: item.section,
    heading: item.heading,
    title,
    parent: item.parent,
    category: a.category ?? null,
    severity: a.severity ?? 'none',
    detectable: a.detectable ?? 'none',
    ...(a.notDetectableReason && a.detectable === 'none' ? { notDetectableReason: a.notDetectableReason } : {}),
    defaultDecision: a.decision ?? null,
    actions: a.actions ?? [],
    exceptions: a.exceptions ?? [],
    ...(a.relaxes ? { relaxes: a.relaxes } : {}),
    ...(a.definesAction ? { definesAction: a.definesAction } : {}),
  };
});
if (missing.length) {
  console.error(`build-catalogue: no annotation for ${missing.length} items: ${missing.join(', ')}`);
  process.exit(1);
}
const out: CatalogueFile = { source: DOC, generatedBy: 'scripts/build-catalogue.ts (make catalogue)', entries };
writeFileSync(join(projectRoot(), 'schemas', 'policy-catalogue.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`build-catalogue: ${entries.length} entries written to schemas/policy-catalogue.json`);
