import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import YAML from 'yaml';
import { parseCsvRows } from '../common/csv.js';
import { ConfigError, VigilError } from '../common/errors.js';
import { PDQ_MATCH_DISTANCE, PdqIndex, parsePdq } from './mih.js';

/** Bank categories and the signal a match raises (services/policy/signals.ts; rules in policy/rules.yaml). */
export const BANK_CATEGORIES = {
  csam: 'hash.csam',
  terrorism: 'hash.terrorism',
  ncii: 'hash.ncii',
  banned: 'hash.banned',
} as const;
export type BankCategory = keyof typeof BANK_CATEGORIES;

export interface BankSpec {
  /** Short name, used in verdict evidence and metric labels (never an entry). */
  readonly name: string;
  readonly file: string;
  /** `block` banks raise their category's signal; `allow` banks (negative banks) suppress matches. */
  readonly kind: 'block' | 'allow';
  readonly category: BankCategory;
  /** `image` banks match images and frames; `video` banks match whole videos (vPDQ-style). */
  readonly media: 'image' | 'video';
  /** Largest PDQ distance that matches (at most 31). */
  readonly distance: number;
  /** PDQ hashes of lower quality (query or entry) never match. */
  readonly minQuality: number;
  /** Matches go to the high-priority verdict topic as well (default: csam banks). */
  readonly highPriority: boolean;
}

interface Entry {
  /** The entry's id from the file (CSV `id` column) or its line number: evidence without the hash. */
  readonly ref: string;
}

/** One bank loaded: a PDQ index plus exact MD5/SHA-256 sets. Entries never leave this object. */
export class LoadedBank {
  readonly pdq = new PdqIndex();
  private readonly pdqRefs: string[] = [];
  private readonly exact = new Map<string, Entry>();
  /** video banks: PDQ entries per banked video */
  private readonly videoSizes = new Map<string, number>();
  private readonly videoOfId: string[] = [];
  readonly loadedAt = Date.now();

  constructor(readonly spec: BankSpec, readonly mtimeMs: number) {}

  get size(): number {
    return this.pdq.size + this.exact.size;
  }

  addPdq(hex: string, ref: string, video?: string): void {
    const id = this.pdq.add(parsePdq(hex));
    this.pdqRefs.push(ref);
    if (video !== undefined) {
      this.videoOfId[id] = video;
      this.videoSizes.set(video, (this.videoSizes.get(video) ?? 0) + 1);
    }
  }

  addExact(hex: string, ref: string): void {
    this.exact.set(hex.toLowerCase(), { ref });
  }

  /** Video banks: how many PDQ entries a banked video has. */
  videoSize(video: string): number | undefined {
    return this.videoSizes.get(video);
  }

  /** Video banks: the banked video an entry belongs to. */
  videoOf(pdqId: number): string | undefined {
    return this.videoOfId[pdqId];
  }

  refOf(pdqId: number): string {
    return this.pdqRefs[pdqId]!;
  }

  exactRef(hex: string): string | undefined {
    return this.exact.get(hex)?.ref;
  }
}

const HEX64 = /^[0-9a-fA-F]{64}$/;
const HEX32 = /^[0-9a-fA-F]{32}$/;

/**
 * Reads a bank file: either a plain list (one PDQ, MD5 or SHA-256 hex per line, `#` comments, anything
 * after the first whitespace or comma ignored) or a CSV with a header, as hash-sharing programs export
 * it: `signal_type,signal_value,...` rows (types pdq, md5, sha256, video_pdq...), or columns named
 * `pdq`/`hash`, `md5`, `sha256`, with optional `id`, `quality` and (video banks) `video_id`.
 * Errors name the file and line, never the entry.
 */
export function loadBank(spec: BankSpec): LoadedBank {
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(spec.file).mtimeMs;
    text = readFileSync(spec.file, 'utf8');
  } catch (err) {
    throw new ConfigError(`bank ${spec.name}: cannot read ${spec.file}: ${(err as Error).message}`);
  }
  const bank = new LoadedBank(spec, mtimeMs);
  const bad = (line: number, why: string) => new ConfigError(`bank ${spec.name}: ${spec.file}:${line}: ${why}`);
  const rows = parseCsvRows(text)
    .map((r) => ({ line: r.line, fields: r.fields.map((f) => f.trim()) }))
    .filter((r) => r.fields.some((f) => f) && !r.fields[0]!.startsWith('#'));
  const first = rows[0];
  if (!first) return bank;
  const header = first.fields.map((h) => h.toLowerCase());
  const isCsv = header.length > 1 && header.some((h) => ['signal_value', 'pdq', 'hash', 'md5', 'sha256', 'pdq_hash'].includes(h));
  if (!isCsv) {
    // plain list: the first field of each line (anything after whitespace ignored)
    for (const r of rows) {
      const v = r.fields[0]!.split(/\s/)[0] ?? '';
      if (HEX64.test(v)) spec.media === 'video' ? bank.addPdq(v, `line ${r.line}`, 'video') : bank.addPdq(v, `line ${r.line}`);
      else if (HEX32.test(v)) bank.addExact(v, `line ${r.line}`);
      else throw bad(r.line, 'not a PDQ (64 hex digits) or MD5 (32 hex digits) value');
    }
    bank.pdq.build();
    return bank;
  }
  const col = (...names: string[]) => names.map((x) => header.indexOf(x)).find((i) => i >= 0) ?? -1;
  const cType = col('signal_type', 'type');
  const cValue = col('signal_value', 'value');
  const cPdq = col('pdq', 'pdq_hash', 'hash');
  const cMd5 = col('md5');
  const cSha = col('sha256', 'sha_256');
  const cId = col('id', 'content_id', 'entry_id');
  const cQuality = col('quality', 'pdq_quality');
  const cVideo = col('video_id', 'video');
  for (const r of rows.slice(1)) {
    const f = r.fields;
    const n = r.line;
    const ref = cId >= 0 && f[cId] ? f[cId]! : `line ${n}`;
    const quality = cQuality >= 0 && f[cQuality] ? Number(f[cQuality]) : 100;
    const video = spec.media === 'video' ? (cVideo >= 0 ? f[cVideo] ?? '' : 'video') : undefined;
    const pdq = (v: string) => {
      if (!HEX64.test(v)) throw bad(n, 'PDQ value is not 64 hex digits');
      if (quality >= spec.minQuality) bank.addPdq(v, ref, video);
    };
    if (cType >= 0 && cValue >= 0) {
      const type = (f[cType] ?? '').toLowerCase();
      const v = f[cValue] ?? '';
      if (type === 'pdq' || type === 'video_pdq' || type === 'pdq_ocr') pdq(v);
      else if (type === 'md5' || type === 'photo_md5' || type === 'video_md5') {
        if (!HEX32.test(v)) throw bad(n, 'MD5 value is not 32 hex digits');
        bank.addExact(v, ref);
      } else if (type === 'sha256') {
        if (!HEX64.test(v)) throw bad(n, 'SHA-256 value is not 64 hex digits');
        bank.addExact(v, ref);
      }
      // other signal types (URLs, text) are not image hashes: skipped
      continue;
    }
    if (cPdq >= 0 && f[cPdq]) pdq(f[cPdq]!);
    if (cMd5 >= 0 && f[cMd5]) {
      if (!HEX32.test(f[cMd5]!)) throw bad(n, 'MD5 value is not 32 hex digits');
      bank.addExact(f[cMd5]!, ref);
    }
    if (cSha >= 0 && f[cSha]) {
      if (!HEX64.test(f[cSha]!)) throw bad(n, 'SHA-256 value is not 64 hex digits');
      bank.addExact(f[cSha]!, ref);
    }
  }
  bank.pdq.build();
  return bank;
}

/**
 * The banks file (YAML): a list of banks, each `{ name, file, category, kind?, media?, distance?,
 * minQuality?, highPriority? }`. Relative bank paths are from the banks file's folder.
 */
export function parseBanksFile(path: string): BankSpec[] {
  let doc: unknown;
  try {
    doc = YAML.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`banks file ${path}: ${(err as Error).message}`);
  }
  const list = (doc as { banks?: unknown })?.banks;
  if (!Array.isArray(list)) throw new ConfigError(`banks file ${path}: expected a top-level "banks:" list`);
  const names = new Set<string>();
  return list.map((raw, i) => {
    const b = raw as Record<string, unknown>;
    const where = `banks file ${path}: /banks/${i}`;
    if (typeof b.name !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,62}$/.test(b.name)) throw new ConfigError(`${where}/name: lower-case letters, digits, . _ - (at most 63)`);
    if (names.has(b.name)) throw new ConfigError(`${where}/name: ${b.name} appears twice`);
    names.add(b.name);
    if (typeof b.file !== 'string') throw new ConfigError(`${where}/file: required`);
    const kind = (b.kind ?? 'block') as string;
    if (kind !== 'block' && kind !== 'allow') throw new ConfigError(`${where}/kind: block or allow`);
    const category = (b.category ?? (kind === 'allow' ? 'banned' : undefined)) as string | undefined;
    if (!category || !(category in BANK_CATEGORIES)) throw new ConfigError(`${where}/category: one of ${Object.keys(BANK_CATEGORIES).join(', ')}`);
    const media = (b.media ?? 'image') as string;
    if (media !== 'image' && media !== 'video') throw new ConfigError(`${where}/media: image or video`);
    const distance = Number(b.distance ?? PDQ_MATCH_DISTANCE);
    if (!Number.isInteger(distance) || distance < 0 || distance > 31) throw new ConfigError(`${where}/distance: an integer 0-31`);
    const minQuality = Number(b.minQuality ?? 50);
    if (!Number.isFinite(minQuality) || minQuality < 0 || minQuality > 100) throw new ConfigError(`${where}/minQuality: 0-100`);
    return {
      name: b.name,
      file: isAbsolute(b.file) ? b.file : join(dirname(path), b.file),
      kind,
      category: category as BankCategory,
      media,
      distance,
      minQuality,
      highPriority: b.highPriority === undefined ? category === 'csam' : b.highPriority === true,
    };
  });
}

export interface BankMatch {
  readonly bank: string;
  readonly category: BankCategory;
  readonly signal: string;
  readonly method: 'pdq' | 'md5' | 'sha256';
  readonly distance: number;
  readonly ref: string;
  readonly highPriority: boolean;
}

export interface ImageHashQuery {
  readonly md5: string;
  readonly sha256: string;
  readonly quality: number;
  /** The PDQ hash and its dihedral variants (rotated or mirrored copies match). */
  readonly pdq: readonly string[];
}

/** Every bank, loaded; replaced whole on reload, so a lookup sees one consistent generation. */
export class BankGeneration {
  constructor(readonly banks: readonly LoadedBank[]) {}

  get size(): number {
    return this.banks.reduce((a, b) => a + b.size, 0);
  }

  /**
   * Matches of one image in the image banks. A match in an allow bank suppresses every block match
   * (it lists content known to be benign, e.g. images that collide with banked hashes); the caller
   * is told so it can note it.
   */
  match(q: ImageHashQuery): { matches: BankMatch[]; suppressedBy: string[] } {
    const matches: BankMatch[] = [];
    const allow: string[] = [];
    const words = q.pdq.map(parsePdq);
    for (const bank of this.banks) {
      if (bank.spec.media !== 'image') continue;
      const found = this.matchOne(bank, q, words);
      if (!found) continue;
      if (bank.spec.kind === 'allow') allow.push(bank.spec.name);
      else matches.push(found);
    }
    return allow.length ? { matches: [], suppressedBy: allow } : { matches, suppressedBy: [] };
  }

  private matchOne(bank: LoadedBank, q: ImageHashQuery, words: Uint32Array[]): BankMatch | null {
    const s = bank.spec;
    const base = { bank: s.name, category: s.category, signal: BANK_CATEGORIES[s.category], highPriority: s.highPriority };
    const md5 = bank.exactRef(q.md5);
    if (md5 !== undefined) return { ...base, method: 'md5', distance: 0, ref: md5 };
    const sha = bank.exactRef(q.sha256);
    if (sha !== undefined) return { ...base, method: 'sha256', distance: 0, ref: sha };
    if (q.quality < s.minQuality || bank.pdq.size === 0) return null;
    let best: { index: number; distance: number } | null = null;
    for (const w of words) {
      const m = bank.pdq.query(w, s.distance)[0];
      if (m && (!best || m.distance < best.distance)) best = m;
    }
    return best ? { ...base, method: 'pdq', distance: best.distance, ref: bank.refOf(best.index) } : null;
  }
}

export interface BankSetOptions {
  /** The banks file; null: no banks. */
  readonly file: string | null;
  readonly reloadMs: number;
  readonly onReload?: (g: BankGeneration) => void;
  readonly onError?: (err: VigilError) => void;
}

/**
 * The banks in use. Reload is checked every reloadMs: when the banks file or any bank file changed, a
 * new generation is loaded completely, then swapped in with one assignment; lookups keep using the old
 * one until then (no window without matching), and a failed load keeps the old one.
 */
export class BankSet {
  private gen: BankGeneration;
  private timer: NodeJS.Timeout | null = null;
  private fileMtime = 0;

  private constructor(private readonly o: BankSetOptions, gen: BankGeneration) {
    this.gen = gen;
  }

  static load(o: BankSetOptions): BankSet {
    const set = new BankSet(o, new BankGeneration([]));
    if (o.file) {
      set.fileMtime = statSync(o.file).mtimeMs;
      set.gen = new BankGeneration(parseBanksFile(o.file).map(loadBank));
    }
    o.onReload?.(set.gen);
    if (o.file && o.reloadMs > 0) {
      set.timer = setInterval(() => set.reloadIfChanged(), o.reloadMs);
      set.timer.unref();
    }
    return set;
  }

  get current(): BankGeneration {
    return this.gen;
  }

  /** Returns true when a new generation was swapped in. */
  reloadIfChanged(): boolean {
    const file = this.o.file;
    if (!file) return false;
    try {
      const mtime = statSync(file).mtimeMs;
      const specs = mtime !== this.fileMtime ? parseBanksFile(file) : this.gen.banks.map((b) => b.spec);
      const changed = mtime !== this.fileMtime || specs.some((s) => {
        const old = this.gen.banks.find((b) => b.spec.name === s.name);
        return !old || statSync(s.file).mtimeMs !== old.mtimeMs;
      });
      if (!changed) return false;
      const next = new BankGeneration(specs.map((s) => {
        const old = this.gen.banks.find((b) => b.spec.name === s.name);
        return old && JSON.stringify(old.spec) === JSON.stringify(s) && statSync(s.file).mtimeMs === old.mtimeMs ? old : loadBank(s);
      }));
      this.gen = next;
      this.fileMtime = mtime;
      this.o.onReload?.(next);
      return true;
    } catch (err) {
      this.o.onError?.(err instanceof VigilError ? err : new ConfigError(String((err as Error).message)));
      return false;
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
