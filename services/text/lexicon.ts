import { readFileSync } from 'node:fs';
import { VigilError } from '../common/errors.js';
import { signalSpec } from '../policy/signals.js';
import { foldChineseEvasions, mayBeChinese } from './normalize.js';

interface LexiconFile {
  readonly version: string;
  readonly entries: readonly { readonly signal: string; readonly weight: number; readonly en?: readonly string[]; readonly zh?: readonly string[] }[];
}

export interface LexiconHit {
  readonly signal: string;
  readonly score: number;
  /** How many phrases matched (never which: phrases are not logged or echoed). */
  readonly matches: number;
}

interface Compiled {
  readonly signal: string;
  readonly weight: number;
  readonly en: RegExp | null;
  readonly zh: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Phrase lexicons (models/text/lexicon.json) for signals without labeled data. One alternation regex per
 * entry for English (word boundaries, any run of spaces between words) and substring search for Chinese.
 */
export class Lexicon {
  private readonly entries: readonly Compiled[];

  constructor(readonly version: string, file: LexiconFile) {
    this.entries = file.entries.map((e, i) => {
      if (!signalSpec(e.signal)) throw new VigilError('VGL_CONFIG', `lexicon entry ${i}: unknown signal "${e.signal}"`);
      if (!(e.weight > 0 && e.weight < 1)) throw new VigilError('VGL_CONFIG', `lexicon entry ${i}: weight must be in (0, 1)`);
      const en = (e.en ?? []).map((p) => p.toLowerCase().trim().split(/\s+/).map(escape).join('\\s+'));
      return {
        signal: e.signal,
        weight: e.weight,
        en: en.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${en.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null,
        zh: (e.zh ?? []).map((p) => p.toLowerCase().replace(/\s+/g, '')),
      };
    });
  }

  static load(path: string): Lexicon {
    const file = JSON.parse(readFileSync(path, 'utf8')) as LexiconFile;
    return new Lexicon(file.version, file);
  }

  /** Matches normalised text and its de-obfuscated form; returns one hit per signal that matched. */
  match(normalized: string, deobfuscated: string): LexiconHit[] {
    const latin = /[a-z]/.test(deobfuscated);
    // Chinese phrases: on the space-free text with evasions folded (pinyin "jia vx" becomes 加微信 too)
    const compact = mayBeChinese(normalized) ? foldChineseEvasions(normalized.replace(/\s+/g, '')) : '';
    const cjk = compact !== '' && /[\u3400-\u9fff]/.test(compact);
    const hits = new Map<string, { miss: number; matches: number }>();
    for (const e of this.entries) {
      let n = 0;
      if (e.en && latin) {
        n += normalized.match(e.en)?.length ?? 0;
        if (deobfuscated !== normalized) n += deobfuscated.match(e.en)?.length ?? 0;
      }
      if (cjk) for (const p of e.zh) if (compact.includes(p)) n++;
      if (!n) continue;
      const h = hits.get(e.signal) ?? { miss: 1, matches: 0 };
      h.miss *= Math.pow(1 - e.weight, Math.min(n, 3));
      h.matches += n;
      hits.set(e.signal, h);
    }
    return [...hits].map(([signal, h]) => ({ signal, score: 1 - h.miss, matches: h.matches }));
  }
}
