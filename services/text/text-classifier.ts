import { join } from 'node:path';
import type { ClassifyResult, Classifier } from '../pipeline/types.js';
import type { ContentEvent, Signal } from '../schema/types.js';
import { featurize, type SparseVector } from './features.js';
import { TermSet } from './terms.js';
import { Lexicon } from './lexicon.js';
import { calibrate, createOnnxRuntime, createTfjsRuntime, loadTextModel, type LoadedTextModel, type Runtime, type TextModelRuntime } from './model.js';
import { countLatin, deobfuscate, leetVariant, mostlyHan, normalizeText, scripts } from './normalize.js';
import { findPii } from './pii.js';
import { emailText, parseEmail, readableBody, tagLinks } from './email.js';
import { CHINESE, LanguageIdentifier } from './langid.js';
import { DomainHashSet, LinkChecker, type BrandsFile } from './urls.js';
import { readFileSync } from 'node:fs';
import { VigilError } from '../common/errors.js';

export interface TextClassifierOptions {
  /** Folder with en.json/zh.json, weights, lexicon.json, brands.json, phishing-domains.bin. */
  readonly modelsDir: string;
  readonly runtime: Runtime;
  readonly executionProviders?: readonly string[];
  /** A text is scored whole up to this many code points (the models were trained so); a longer one is cut there for that score. */
  readonly maxChars: number;
  /**
   * A text longer than this (code points) is also scored sentence by sentence (windows of at most this length)
   * over its whole length, each head keeping its highest score: a harm inside a long post is not diluted by the rest.
   */
  readonly windowChars?: number;
  /** Bound on work per text: at most this many windows are scored; the rest of a longer text is not, and the verdict notes it. */
  readonly maxWindows?: number;
  /** Model head scores below this are not emitted (default 0.05): verdicts of ordinary chat stay small. */
  readonly signalFloor?: number;
  /** Language identification (fastText lid.176): off leaves routing to the script mix alone. */
  readonly langId?: boolean;
  /** Probability above which a text in a language without a model skips the model its script would pick. */
  readonly langIdMinScore?: number;
}

/** Latin letters a text needs before language id may keep the English model from it (short texts are guessed badly). */
const LANGID_MIN_LATIN = 20;
const LETTER = /\p{L}/u;
const KANA_HANGUL = /[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;

const LANGS = ['en', 'zh'] as const;
type Lang = (typeof LANGS)[number];

/** Overlap between consecutive windows of a long text, so a phrase cut at a boundary is whole in one of them. */
const DEFAULT_WINDOW_CHARS = 256;
const DEFAULT_MAX_WINDOWS = 128;
/**
 * Signals of what a whole message is, read from an e-mail as a whole (its first maxChars, as the models were
 * trained on e-mails) and not from its windows: whether a message is bulk unsolicited mail is the message's
 * property — a newsletter's sponsor paragraph or a list footer does not make it spam. Every other head reads
 * each window too (a scam or a drug offer deep in a long e-mail is still one).
 */
const MESSAGE_LEVEL: ReadonlySet<string> = new Set(['text.spam']);
/** Model scores below this are not emitted as signals (no rule reads a text score that low). */
export const DEFAULT_SIGNAL_FLOOR = 0.05;

interface LangModel {
  readonly model: LoadedTextModel;
  readonly terms: TermSet | null;
  readonly runtime: TextModelRuntime;
  /** Per start, not per text: each head's signal model id, and the evidence its signals carry. */
  readonly headIds: readonly string[];
  readonly evidence: Readonly<Record<string, string>>;
  readonly evidenceDeobfuscated: Readonly<Record<string, string>>;
}

/**
 * Text harms in English and Chinese. Per batch: normalise each text, featurize, score all texts of a
 * language in one model call (ONNX by default, TF.js as the second runtime), then add lexicon, personal
 * data and link signals. Emits signals only; policy/rules.yaml decides.
 */
export class TextClassifier implements Classifier {
  readonly name = 'text';
  readonly kinds = ['text'] as const;
  private models = new Map<Lang, LangModel>();
  private loaded = false;

  private constructor(
    private readonly o: TextClassifierOptions,
    private readonly lexicon: Lexicon,
    private readonly links: LinkChecker,
    private readonly langId: LanguageIdentifier | null,
  ) {}

  static async create(o: TextClassifierOptions): Promise<TextClassifier> {
    const lexicon = Lexicon.load(join(o.modelsDir, 'lexicon.json'));
    const brands = JSON.parse(readFileSync(join(o.modelsDir, 'brands.json'), 'utf8')) as BrandsFile;
    const links = new LinkChecker(DomainHashSet.fromFile(join(o.modelsDir, 'phishing-domains.bin')), brands);
    const c = new TextClassifier(o, lexicon, links, (o.langId ?? true) ? await LanguageIdentifier.load() : null);
    for (const lang of LANGS) {
      const model = loadTextModel(o.modelsDir, lang);
      const terms = model.meta.features.terms ? TermSet.load(join(o.modelsDir, model.meta.features.terms)) : null;
      if (terms && model.meta.termsVersion && terms.version !== model.meta.termsVersion) {
        throw new VigilError('VGL_CLASSIFIER', `${model.meta.id} was trained with ${model.meta.features.terms} version ${model.meta.termsVersion}, found ${terms.version}: retrain (make train)`);
      }
      const runtime = o.runtime === 'onnx'
        ? await createOnnxRuntime(model, { file: join(o.modelsDir, 'build', `${lang}.onnx`), ...(o.executionProviders ? { executionProviders: o.executionProviders } : {}) })
        : await createTfjsRuntime(model);
      const evidence = { runtime: `${runtime.runtime}:${runtime.backend}`, lang };
      c.models.set(lang, { model, terms, runtime, headIds: model.meta.heads.map((h) => `${model.meta.id}/${h.name}`), evidence, evidenceDeobfuscated: { ...evidence, text: 'deobfuscated' } });
    }
    c.loaded = true;
    return c;
  }

  ready(): boolean {
    return this.loaded;
  }

  describe(): { lang: string; id: string; version: string; runtime: string; backend: string }[] {
    return [...this.models].map(([lang, m]) => ({ lang, id: m.model.meta.id, version: m.model.meta.version, runtime: m.runtime.runtime, backend: m.runtime.backend }));
  }

  async classifyBatch(events: readonly ContentEvent[]): Promise<ClassifyResult[]> {
    return this.classifyTexts(events.map(textOf));
  }

  /** classifyBatch on the texts alone (what the events are judged on: see textOf). */
  async classifyTexts(texts: readonly string[]): Promise<ClassifyResult[]> {
    const windowChars = Math.max(128, this.o.windowChars ?? DEFAULT_WINDOW_CHARS);
    const floor = this.o.signalFloor ?? DEFAULT_SIGNAL_FLOOR;
    const maxWindows = this.o.maxWindows ?? DEFAULT_MAX_WINDOWS;
    const bound = Math.max(this.o.maxChars, maxWindows * windowChars);
    const prepared = texts.map((message) => {
      const notes: string[] = [];
      // a raw e-mail is judged on what its sender wrote (subject and body), as the models were trained on e-mails
      const parsed = parseEmail(message);
      // its body read up to the bound, as any text is
      const email = parsed && parsed.body.length > bound ? { ...parsed, body: parsed.body.slice(0, bound) } : parsed;
      const raw = email ? emailText(email) : message;
      if (email) notes.push(`e-mail: subject and body scored as the message, ${email.headerLines} header lines apart`);
      const cps = raw.length > windowChars ? Array.from(raw) : null; // count code points only when it may matter
      let text = raw;
      if (cps && cps.length > bound) {
        text = cps.slice(0, bound).join('');
        notes.push(`text longer than the scoring bound: first ${bound} of ${cps.length} characters scored`);
      }
      const n = normalizeText(text);
      if (n.flags.length) notes.push(`normalised: ${n.flags.join(', ')}`);
      const routed = this.route(n.text, notes);
      const { language } = routed;
      // an e-mail's header fields are scored too (in windows): by the models of their scripts as well
      const hs = email ? scripts(email.headerValues) : null;
      const langs = hs ? { en: routed.langs.en || hs.en, zh: routed.langs.zh || hs.zh } : routed.langs;
      const deob = n.text ? deobfuscate(n.text) : '';
      // the whole text (cut at maxChars, as the models were trained) and, when longer than a window, each window;
      // an e-mail's windows are e-mail sized (the models learnt e-mails whole: a sentence of a newsletter or a
      // list footer read alone looks like an SMS ad) over its readable body, and only when it is longer than that
      // a Chinese character carries what a word or two of English does: Chinese text is windowed at half the length
      // and split at its line breaks too (a post's lines are its sentences; English prose wraps lines mid-sentence)
      const han = n.text.length > windowChars >> 1 && mostlyHan(n.text);
      const size = han ? windowChars >> 1 : windowChars;
      // an e-mail as a reader sees it: subject and readable body, and its header fields' values (each normalised once)
      const body = email ? normalizeText(`${email.subject}\n${readableBody(email)}`).text : '';
      const headers = email ? normalizeText(email.headerValues.slice(0, bound)).text : '';
      const windows = email
        ? emailWindows(n.text, body, headers, this.o.maxChars, maxWindows)
        : n.text.length > size ? [n.text, ...(han ? lineWindows(text, size, maxWindows) : splitWindows(n.text, size).slice(0, maxWindows))] : [n.text];
      if (windows.length > 1) notes.push(`long text: scored whole and in ${windows.length - 1} ${email ? 'e-mail sized' : 'sentence'} windows`);
      // lexicons, personal data and links read an e-mail as a reader sees it, headers and the links of its tags included
      // (personal data not in the headers: message ids and relay stamps are long digit runs, not identity or card numbers)
      const read = email ? `${body} ${normalizeText(tagLinks(email.body).join(' ')).text}` : n.text;
      const checked = email ? `${read} ${headers}` : n.text;
      return { n: n.text, deob, read, checked, checkedDeob: email ? deobfuscate(checked) : deob, windows, email: email !== null, variant: n.text && windows.length === 1 ? leetVariant(n.text, deob) : null, notes, langs, language };
    });
    const signals: Signal[][] = texts.map(() => []);
    for (const lang of LANGS) {
      const m = this.models.get(lang)!;
      const idx = prepared.map((p, i) => (p.n && p.langs[lang] ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) continue;
      // English texts with digits or symbols for letters (fr33 m0ney) are scored as written and as
      // de-obfuscated (free money); each head keeps the higher score and says which text gave it.
      // A long text is scored window by window; each head keeps its highest window.
      const vectors: SparseVector[] = [];
      const features = m.model.meta.features;
      const rows = idx.map((i) => {
        const p = prepared[i]!;
        const first = vectors.length;
        for (const w of p.windows) vectors.push(featurize(w, features, m.terms));
        const written = [first, vectors.length] as const;
        const variant = lang === 'en' && p.variant ? vectors.push(featurize(p.variant, features, m.terms)) - 1 : -1;
        return { event: i, written, variant };
      });
      const scores = await m.runtime.score(vectors);
      const heads = m.model.meta.heads;
      const H = heads.length;
      for (const { event, written, variant } of rows) {
        const email = prepared[event]!.email;
        heads.forEach((h, j) => {
          let asWritten = 0;
          const last = email && MESSAGE_LEVEL.has(h.signal) ? written[0] + 1 : written[1];
          for (let v = written[0]; v < last; v++) asWritten = Math.max(asWritten, scores[v * H + j]!);
          const deobfuscated = variant >= 0 ? scores[variant * H + j]! : -1;
          const evidence = deobfuscated > asWritten ? m.evidenceDeobfuscated : m.evidence;
          const score = calibrate(h.calibration, Math.max(asWritten, deobfuscated));
          // below the floor a head's score is no evidence of anything: left out, so verdicts stay small
          if (score >= floor) signals[event]!.push(signal(h.signal, score, m.headIds[j]!, m.model.meta.version, evidence));
        });
      }
    }
    prepared.forEach((p, i) => {
      if (!p.checked) return;
      for (const h of this.lexicon.match(p.checked, p.checkedDeob)) signals[i]!.push(signal(h.signal, h.score, 'vigil-lexicon', this.lexicon.version, { matches: String(h.matches) }));
      for (const h of findPii(p.read, { correspondence: p.email })) signals[i]!.push(signal(h.signal, h.score, 'vigil-pii', '1', { count: String(h.count) }));
      const l = this.links.check(p.checked);
      for (const h of l.hits) signals[i]!.push(signal(h.signal, h.score, 'vigil-links', '1', { count: String(h.count), links: String(l.hosts) }));
    });
    return prepared.map((p, i) => ({ signals: signals[i]!, notes: p.notes, language: p.language }));
  }

  /**
   * Which models score a text, and its language. The script mix picks the models (Han characters →
   * Chinese model, other letters → English model, both for mixed text); then a model is kept from a text
   * plainly in a language it was not trained on, so its scores are not read as evidence, and the verdict
   * notes it:
   *  - English model: the letters are all non-Latin (Cyrillic, Arabic, Thai …), or language id is sure
   *    (≥ langIdMinScore) of another language and there are at least 20 Latin letters — lid.176 misreads
   *    short English slang as German or Dutch at 0.9 and more, so short texts always keep the model;
   *  - Chinese model: the text has kana or Hangul and language id is sure it is Japanese or Korean (lid.176
   *    calls some kana-free Chinese Japanese).
   * Language id runs only where it can decide something (or name a non-Latin script's language): Han
   * text without kana or Hangul is `zh` by its script, and shorter Latin texts are `und` (too short to tell).
   */
  private route(text: string, notes: string[]): { langs: { zh: boolean; en: boolean }; language: string } {
    const langs = scripts(text);
    if (!this.langId || !text) return { langs, language: 'und' };
    const latin = countLatin(text);
    const kanaHangul = KANA_HANGUL.test(text);
    const otherScript = latin === 0 && !langs.zh && LETTER.test(text);
    if (!kanaHangul && !otherScript && latin < LANGID_MIN_LATIN) return { langs, language: langs.zh ? 'zh' : 'und' };
    const guess = this.langId.guess(text, 1)[0];
    const language = guess?.lang ?? 'und';
    if (!guess || guess.lang === 'en' || CHINESE.has(guess.lang)) return { langs, language };
    const sure = guess.score >= (this.o.langIdMinScore ?? 0.97);
    const skipEn = langs.en && (otherScript || (sure && latin >= LANGID_MIN_LATIN));
    const skipZh = langs.zh && sure && kanaHangul;
    if (!skipEn && !skipZh) return { langs, language };
    const which = [skipEn ? 'English' : '', skipZh ? 'Chinese' : ''].filter(Boolean).join(' and ');
    notes.push(`language ${guess.lang} (${guess.score.toFixed(2)}): not scored by the ${which} model, which was not trained on it; lexicons, personal data and links were checked`);
    return { langs: { en: langs.en && !skipEn, zh: langs.zh && !skipZh }, language };
  }

  async dispose(): Promise<void> {
    for (const m of this.models.values()) await m.runtime.dispose();
  }
}

/** The text an event is judged on: a text's text, an image's caption (none: empty). */
export function textOf(e: ContentEvent): string {
  return e.kind === 'text' ? e.text : e.kind === 'image' ? (e.caption ?? '') : '';
}

/**
 * An e-mail's texts to score (all normalised): the whole (as trained); when its readable body is longer than
 * `size`, windows of `size` over it; and its header fields' values (a made-up field hides nothing), in windows of `size`.
 */
function emailWindows(whole: string, body: string, headers: string, size: number, maxWindows: number): string[] {
  const bodyWindows = Array.from(whole).length > size && Array.from(body).length > size ? splitWindows(body, size, size) : [];
  return [whole, ...[...bodyWindows, ...(headers.trim() ? splitWindows(headers, size, size) : [])].slice(0, maxWindows)];
}

/**
 * Windows of a text split as written — its line breaks are sentence ends, which normalisation folds to spaces —
 * each then normalised as a text of its own.
 */
function lineWindows(text: string, size: number, maxWindows: number): string[] {
  const out: string[] = [];
  for (const w of splitWindows(text, size)) {
    const n = normalizeText(w).text;
    if (n.trim()) out.push(n);
    if (out.length === maxWindows) break;
  }
  return out;
}

/** A sentence shorter than this (code points) is not scored alone: it joins its neighbour. */
const SHORT_SENTENCE = 24;
const SENTENCE_END = /(?<=[。！？!?；;…\n])/u;

/**
 * A long text's windows, about the length of a chat message: its sentences (split after 。！？!?；; … and
 * line breaks), each merged with the next ones until it has `min` code points, and cut at `size`. A harm in
 * one sentence of a long post is scored on its own, not diluted by the rest of the post.
 */
export function splitWindows(text: string, size: number, min = SHORT_SENTENCE): string[] {
  const out: string[] = [];
  let cur = '';
  let curLen = 0;
  const flush = () => {
    if (cur.trim()) out.push(cur);
    cur = '';
    curLen = 0;
  };
  for (const sentence of text.split(SENTENCE_END)) {
    const cps = Array.from(sentence);
    for (let at = 0; at < cps.length; at += size) {
      const piece = cps.slice(at, at + size);
      if (curLen + piece.length > size) flush();
      cur += piece.join('');
      curLen += piece.length;
      if (curLen >= min) flush();
    }
  }
  // a short last sentence ("!!", "Thanks.") joins the window before it rather than being scored alone
  if (curLen < Math.min(min, SHORT_SENTENCE) && out.length && cur.trim() && Array.from(out[out.length - 1]!).length + curLen <= size) out[out.length - 1] += cur;
  else flush();
  return out;
}

function signal(name: string, score: number, modelId: string, modelVersion: string, evidence: Record<string, string>): Signal {
  const dot = name.indexOf('.');
  return { classifier: name.slice(0, dot), label: name.slice(dot + 1), score, modelId, modelVersion, evidence };
}
