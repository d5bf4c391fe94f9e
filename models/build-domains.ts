/**
 * Builds models/text/phishing-domains.bin (sorted 64-bit SHA-256 prefixes of the deny-listed domains
 * in ../shared/data/domains) and adds the list's allow-listed platforms to brands.json's platforms.
 * A derived artifact: the domain names themselves are not committed. Run by `make train`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DomainHashSet } from '../services/text/urls.js';
import { parseCsv } from './csv.js';

const ROOT = resolve(import.meta.dirname, '..');
const rows = parseCsv(readFileSync(resolve(ROOT, '../shared/data/domains/polkadot_domains/dev.csv'), 'utf8'));
const deny = rows.filter((r) => r.list === 'deny').map((r) => r.domain!.trim().toLowerCase()).filter(Boolean);
const allow = rows.filter((r) => r.list === 'allow').map((r) => r.domain!.trim().toLowerCase());
const set = DomainHashSet.fromDomains(deny);
writeFileSync(join(ROOT, 'models/text/phishing-domains.bin'), set.toBuffer());
const brandsPath = join(ROOT, 'models/text/brands.json');
const brands = JSON.parse(readFileSync(brandsPath, 'utf8')) as { platforms: string[] };
brands.platforms = [...new Set([...brands.platforms, ...allow])].sort();
writeFileSync(brandsPath, JSON.stringify(brands, null, 2) + '\n');
console.log(`build-domains: ${set.size} deny-listed domains hashed, ${allow.length} allow-listed platforms`);
