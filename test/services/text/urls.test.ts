import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainHashSet, LinkChecker, extractHosts, type BrandsFile } from '../../../services/text/urls.js';

const brands = JSON.parse(readFileSync(join(import.meta.dirname, '../../../models/text/brands.json'), 'utf8')) as BrandsFile;
const deny = DomainHashSet.fromDomains(['evil-wallet.example', 'claim-prize.pages.dev']);
const links = new LinkChecker(deny, brands);
const signals = (t: string) => Object.fromEntries(links.check(t).hits.map((h) => [h.signal, h.count]));

describe('links', () => {
  it('extracts hosts from URLs and bare domains, not from abbreviations or numbers', () => {
    expect(extractHosts('see https://www.Example.com/a?b=1, also foo.bar.cn and e.g. 3.14 or 10.0.0.1')).toEqual(['example.com', 'foo.bar.cn']);
  });

  it('flags deny-listed domains and their subdomains, not the hosting platform', () => {
    expect(signals('go to https://login.evil-wallet.example/x')).toEqual({ 'url.phishing': 1 });
    expect(signals('claim-prize.pages.dev')).toEqual({ 'url.phishing': 1 });
    expect(signals('my blog at other-site.pages.dev')).toEqual({});
  });

  it('flags lookalikes of well-known brands but not the brands themselves', () => {
    expect(signals('verify at http://paypa1-secure-login.com/verify')).toEqual({ 'url.lookalike': 1 });
    expect(signals('paypal.secure-verify.com')).toEqual({ 'url.lookalike': 1 });
    expect(signals('amaz0n.shop')).toEqual({ 'url.lookalike': 1 });
    expect(signals('xn--80ak6aa92e.com')).toEqual({ 'url.lookalike': 1 }); // аррӏе.com in Cyrillic
    expect(signals('pay at https://www.paypal.com/checkout or amazon.co.uk')).toEqual({});
    expect(signals('read https://en.wikipedia.org/wiki/Apple and github.com')).toEqual({});
    expect(signals('binanse-airdrop.com and g00gle-login.net')).toEqual({ 'url.lookalike': 2 });
    // ordinary words one edit from a brand, and labels one edit from a short brand name, are not lookalikes
    expect(signals('finance.yahoo.com, outlook.4team.biz, cloud.example.org, small-shop.example, apply.example.edu')).toEqual({});
  });

  it('round-trips the hashed set', () => {
    const again = new DomainHashSet(new BigUint64Array(0));
    expect(again.has('x.com')).toBe(false);
    const buf = deny.toBuffer();
    expect(buf.length).toBe(16);
  });
});

describe('models/text/phishing-domains.bin', () => {
  it('holds the hashed deny list (no domain names in the repository)', () => {
    const set = DomainHashSet.fromFile(join(import.meta.dirname, '../../../models/text/phishing-domains.bin'));
    expect(set.size).toBeGreaterThan(30_000);
    expect(set.has('example.com')).toBe(false);
  });
});
