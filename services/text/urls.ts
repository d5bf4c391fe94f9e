import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { domainToUnicode } from 'node:url';
import { foldHomoglyphs } from './normalize.js';

/**
 * Links in text: URLs and bare domains are extracted (never fetched), then checked against a set of
 * known phishing/scam domains (hashed, models/text/phishing-domains.bin, built from the dev list by
 * `make train`) and against lookalikes of well-known brands (models/text/brands.json).
 */
/** Every signal the link checker emits (url.fake-store and url.malware await lists to check against). */
export const URL_SIGNALS = ['url.phishing', 'url.lookalike'] as const;

export interface UrlHit {
  readonly signal: (typeof URL_SIGNALS)[number];
  readonly score: number;
  readonly count: number;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'，。]+|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{2,20})\b(?:\/[^\s<>"'，。]*)?/gi;
const COMMON_NOT_DOMAINS = /^(?:e\.g|i\.e|a\.m|p\.m|u\.s|etc)$/i;

export function extractHosts(text: string): string[] {
  const hosts = new Set<string>();
  if (!/[a-z0-9]\.[a-z]/i.test(text)) return []; // no "x.y": no host
  for (const m of text.matchAll(URL_RE)) {
    let s = m[0].toLowerCase().replace(/^https?:\/\//, '');
    s = s.split(/[/?#:]/)[0]!.replace(/\.$/, '');
    if (s.startsWith('www.')) s = s.slice(4);
    if (!s.includes('.') || COMMON_NOT_DOMAINS.test(s) || /^\d+(\.\d+)*$/.test(s)) continue;
    hosts.add(s);
  }
  return [...hosts];
}

export function hashDomain(domain: string): bigint {
  return createHash('sha256').update(domain).digest().readBigUInt64BE(0);
}

/** A sorted set of 64-bit domain hashes; lookups by binary search. */
export class DomainHashSet {
  constructor(private readonly sorted: BigUint64Array) {}

  static fromFile(path: string): DomainHashSet {
    if (!existsSync(path)) return new DomainHashSet(new BigUint64Array(0));
    const buf = readFileSync(path);
    const out = new BigUint64Array(buf.length / 8);
    for (let i = 0; i < out.length; i++) out[i] = buf.readBigUInt64BE(i * 8);
    return new DomainHashSet(out);
  }

  static fromDomains(domains: Iterable<string>): DomainHashSet {
    const a = BigUint64Array.from([...new Set(domains)].map(hashDomain)).sort();
    return new DomainHashSet(a);
  }

  toBuffer(): Buffer {
    const buf = Buffer.alloc(this.sorted.length * 8);
    this.sorted.forEach((h, i) => buf.writeBigUInt64BE(h, i * 8));
    return buf;
  }

  get size(): number {
    return this.sorted.length;
  }

  has(domain: string): boolean {
    const h = hashDomain(domain);
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.sorted[mid]!;
      if (v === h) return true;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

export interface BrandsFile {
  readonly brands: readonly { readonly name: string; readonly official: readonly string[] }[];
  /** Hosting platforms whose subdomains belong to anyone: a listed subdomain is judged alone. */
  readonly platforms: readonly string[];
}

const CONFUSABLE: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', rn: 'm', vv: 'w' };

function skeleton(label: string): string {
  return label.replace(/rn|vv|[0134578]/g, (c) => CONFUSABLE[c] ?? c).replace(/i/g, 'l');
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Ordinary words one edit from a brand name (finance / binance, cloud / icloud, goggle / google): a host label
 * spelt so is not a lookalike. Brand names of five letters or fewer (steam, apple, chase, tmall) match by
 * spelling or confusable skeleton only — one edit from them is everyday words (team, apply, chose, small).
 */
const NEAR_WORDS: ReadonlySet<string> = new Set(['finance', 'cloud', 'clouds', 'goggle', 'goggles', 'googly', 'googol', 'paypals', 'wechats', 'alipays']);

export class LinkChecker {
  private readonly official = new Set<string>();
  private readonly platforms: Set<string>;

  constructor(private readonly deny: DomainHashSet, private readonly brands: BrandsFile) {
    for (const b of brands.brands) for (const d of b.official) this.official.add(d);
    this.platforms = new Set(brands.platforms);
  }

  /** The host and its parents up to (not including) a hosting platform or a bare TLD. */
  private candidates(host: string): string[] {
    const parts = host.split('.');
    const out: string[] = [];
    for (let i = 0; i < parts.length - 1; i++) {
      const d = parts.slice(i).join('.');
      if (this.platforms.has(d)) break;
      out.push(d);
    }
    return out;
  }

  private isOfficial(host: string): boolean {
    const parts = host.split('.');
    for (let i = 0; i < parts.length - 1; i++) if (this.official.has(parts.slice(i).join('.'))) return true;
    return false;
  }

  /**
   * Brand lookalike: a near-spelling of a brand (one edit from a name of six letters or more, not an ordinary
   * word), a confusable spelling, or a brand name inside another registrable label.
   */
  lookalike(host: string): boolean {
    if (this.isOfficial(host)) return false;
    const unicode = domainToUnicode(host);
    const labels = host.split('.');
    const registrable = labels.length >= 2 ? labels[labels.length - 2]! : host;
    const tokens = labels.slice(0, -1).flatMap((l) => l.split('-'));
    const near = (token: string, name: string): boolean =>
      token === name || skeleton(token) === skeleton(name) || (name.length >= 6 && !NEAR_WORDS.has(token) && editDistanceAtMost1(token, name));
    for (const b of this.brands.brands) {
      const name = b.name;
      if (name.length < 4) {
        if (registrable === name) return true; // short names (jd) only as the whole registrable label
        continue;
      }
      // paypa1.com, paypal-login.example, secure.paypal-verify.com, раураl.com (IDN homograph)
      if (near(registrable, name) || tokens.some((t) => near(t, name))) return true;
      if (unicode !== host && skeleton(foldHomoglyphs(unicode.normalize('NFKC').toLowerCase())).includes(skeleton(name))) return true;
    }
    return false;
  }

  check(text: string): { hits: UrlHit[]; hosts: number } {
    const hosts = extractHosts(text);
    let phishing = 0;
    let look = 0;
    for (const h of hosts) {
      if (this.candidates(h).some((d) => this.deny.has(d))) phishing++;
      else if (this.lookalike(h)) look++;
    }
    const hits: UrlHit[] = [];
    if (phishing) hits.push({ signal: 'url.phishing', score: 0.97, count: phishing });
    if (look) hits.push({ signal: 'url.lookalike', score: 0.85, count: look });
    return { hits, hosts: hosts.length };
  }
}
