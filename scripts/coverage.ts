/** Writes docs/policy-coverage.md (catalogue item → the signal that detects it, or "not detected yet"). Run: `make coverage`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../services/common/paths.js';
import { PolicyCatalogue } from '../services/policy/catalogue.js';
import { coverageMarkdown } from '../services/policy/coverage.js';
import { loadRules } from '../services/policy/rules.js';

const root = projectRoot();
const catalogue = PolicyCatalogue.load();
writeFileSync(join(root, 'docs/policy-coverage.md'), coverageMarkdown(loadRules(join(root, 'policy/rules.yaml'), catalogue), catalogue));
console.log('coverage: wrote docs/policy-coverage.md');
