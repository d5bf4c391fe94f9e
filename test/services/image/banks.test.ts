import { mkdtempSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BankGeneration, BankSet, loadBank, parseBanksFile, type BankSpec } from '../../../services/image/banks.js';

const A = 'f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95';
const B = '98736629670cc19fc9f23862f66cce1f599e32c78e236c78619d202e9e66c157';
const MD5 = '0123456789abcdef0123456789abcdef';
const SHA = 'ab'.repeat(32);

/** A flipped in n bits. */
function flip(hex: string, n: number): string {
  const bits = hex.split('').map((c) => parseInt(c, 16).toString(2).padStart(4, '0')).join('').split('');
  for (let i = 0; i < n; i++) bits[i * 7] = bits[i * 7] === '1' ? '0' : '1';
  return bits.join('').match(/.{4}/g)!.map((b) => parseInt(b, 2).toString(16)).join('');
}

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'vigil-banks-'));
}

const spec = (file: string, over: Partial<BankSpec> = {}): BankSpec => ({ name: 'test', file, kind: 'block', category: 'banned', media: 'image', distance: 31, minQuality: 50, highPriority: false, ...over });
const query = (pdq: string, o: { md5?: string; sha256?: string; quality?: number } = {}) => ({ md5: o.md5 ?? 'x', sha256: o.sha256 ?? 'y', quality: o.quality ?? 100, pdq: [pdq] });

describe('hash banks', () => {
  it('reads plain hex lists with comments: PDQ within the distance and MD5 exactly', () => {
    const d = dir();
    writeFileSync(join(d, 'list.txt'), `# synthetic bank\n${A}\n\n${MD5}  trailing words ignored\n`);
    const bank = loadBank(spec(join(d, 'list.txt'), { distance: 20 }));
    expect(bank.size).toBe(2);
    const gen = new BankGeneration([bank]);
    expect(gen.match(query(flip(A, 20))).matches).toMatchObject([{ bank: 'test', method: 'pdq', distance: 20, ref: 'line 2', signal: 'hash.banned' }]);
    expect(gen.match(query(flip(A, 21))).matches).toEqual([]);
    expect(gen.match(query(B, { md5: MD5 })).matches).toMatchObject([{ method: 'md5', distance: 0 }]);
    expect(gen.match(query(A, { quality: 49 })).matches).toEqual([]); // low-quality queries never match perceptually
  });

  it('reads CSV exports: signal_type/signal_value rows and named columns, with ids and quality', () => {
    const d = dir();
    writeFileSync(join(d, 'te.csv'), `signal_type,signal_value,id,tags\npdq,${A},entry-7,"a, b"\nmd5,${MD5},entry-8,\nurl,https://example.invalid,entry-9,\n`);
    writeFileSync(join(d, 'cols.csv'), `id,pdq,quality,sha256\nk1,${B},30,\nk2,,,${SHA}\n`);
    const te = loadBank(spec(join(d, 'te.csv')));
    const cols = loadBank(spec(join(d, 'cols.csv')));
    expect(te.size).toBe(2); // the URL row is not an image hash
    expect(cols.size).toBe(1); // the PDQ entry of quality 30 is below minQuality 50
    const gen = new BankGeneration([te, cols]);
    expect(gen.match(query(flip(A, 3))).matches).toMatchObject([{ method: 'pdq', ref: 'entry-7' }]);
    expect(gen.match(query(B, { sha256: SHA })).matches).toMatchObject([{ method: 'sha256', ref: 'k2' }]);
  });

  it('names file and line for a bad entry, never the entry', () => {
    const d = dir();
    writeFileSync(join(d, 'bad.txt'), `${A}\nnot-a-hash-0123\n`);
    expect(() => loadBank(spec(join(d, 'bad.txt')))).toThrow(/bad\.txt:2: not a PDQ/);
    try {
      loadBank(spec(join(d, 'bad.txt')));
    } catch (err) {
      expect(String((err as Error).message)).not.toContain(A);
    }
  });

  it('lets an allow bank suppress block matches', () => {
    const d = dir();
    writeFileSync(join(d, 'block.txt'), `${A}\n`);
    writeFileSync(join(d, 'allow.txt'), `${flip(A, 4)}\n`);
    writeFileSync(join(d, 'banks.yaml'), 'banks:\n  - { name: block, file: block.txt, category: terrorism }\n  - { name: benign, file: allow.txt, kind: allow, distance: 8 }\n');
    const set = BankSet.load({ file: join(d, 'banks.yaml'), reloadMs: 0 });
    expect(set.current.match(query(flip(A, 30)))).toMatchObject({ matches: [{ bank: 'block', signal: 'hash.terrorism' }], suppressedBy: [] });
    expect(set.current.match(query(flip(A, 2)))).toEqual({ matches: [], suppressedBy: ['benign'] });
  });

  it('validates the banks file', () => {
    const d = dir();
    const f = join(d, 'banks.yaml');
    writeFileSync(f, 'banks:\n  - { name: x, file: a.txt, category: cats }\n');
    expect(() => parseBanksFile(f)).toThrow(/\/banks\/0\/category/);
    writeFileSync(f, 'banks:\n  - { name: x, file: a.txt, category: csam, distance: 40 }\n');
    expect(() => parseBanksFile(f)).toThrow(/\/banks\/0\/distance/);
    writeFileSync(f, 'banks:\n  - { name: x, file: a.txt, category: csam }\n');
    expect(parseBanksFile(f)[0]).toMatchObject({ highPriority: true, distance: 31, minQuality: 50, kind: 'block', media: 'image' });
  });

  it('reloads a changed bank whole and swaps it in; a broken file keeps the previous banks', () => {
    const d = dir();
    writeFileSync(join(d, 'list.txt'), `${A}\n`);
    writeFileSync(join(d, 'banks.yaml'), 'banks:\n  - { name: b, file: list.txt, category: banned }\n');
    const errors: string[] = [];
    const set = BankSet.load({ file: join(d, 'banks.yaml'), reloadMs: 0, onError: (e) => errors.push(e.message) });
    const before = set.current;
    expect(set.reloadIfChanged()).toBe(false);
    writeFileSync(join(d, 'list.txt'), `${B}\n`);
    utimesSync(join(d, 'list.txt'), new Date(), new Date(Date.now() + 5000));
    // until the swap, the old generation answers
    expect(before.match(query(A)).matches).toHaveLength(1);
    expect(set.reloadIfChanged()).toBe(true);
    expect(set.current).not.toBe(before);
    expect(set.current.match(query(A)).matches).toHaveLength(0);
    expect(set.current.match(query(B)).matches).toHaveLength(1);
    writeFileSync(join(d, 'list.txt'), 'garbage\n');
    utimesSync(join(d, 'list.txt'), new Date(), new Date(Date.now() + 10000));
    const good = set.current;
    expect(set.reloadIfChanged()).toBe(false);
    expect(set.current).toBe(good);
    expect(errors[0]).toMatch(/list\.txt:1/);
    set.close();
  });
});


describe('the sample bank (samples/banks)', () => {
  it('lists the sample picture that make run publishes a copy of', async () => {
    const { scene, SAMPLE_BANKED_SEED, sampleImages } = await import('../../../services/cli/sample-images.js');
    const { hashImage } = await import('../../../services/image/hash.js');
    const set = BankSet.load({ file: join(import.meta.dirname, '../../../samples/banks/banks.yaml'), reloadMs: 0 });
    const banked = await hashImage(await scene(SAMPLE_BANKED_SEED));
    expect(set.current.match({ ...banked, pdq: [banked.pdq] }).matches).toMatchObject([{ bank: 'sample-csam', signal: 'hash.csam', highPriority: true }]);
    const copy = (await sampleImages()).find((i) => i.name === 'banked-copy')!;
    const h = await hashImage(copy.bytes, { dihedral: true });
    expect(set.current.match({ ...h, pdq: Object.values(h.dihedral!) }).matches).toHaveLength(1);
    const other = await hashImage(await scene(1));
    expect(set.current.match({ ...other, pdq: [other.pdq] }).matches).toHaveLength(0);
  });
});
