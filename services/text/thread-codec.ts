/**
 * The compact form in which a text thread (text-thread.ts) returns a chunk's results to TextClassifierPool:
 * structured-cloning hundreds of result objects (each signal with its evidence map) cost more CPU per event
 * than the hand-off itself. A chunk's results go back as one transferred ArrayBuffer — every signal's score
 * (Float64, exact) and the id of its other fields, signals per event, each event's language id — plus the
 * definitions of ids the main thread has not seen yet and the events' notes, where there are any. The
 * thread keeps the ids (a signal's classifier, label, model id and version and evidence; a language code);
 * the pool keeps one table per thread and rebuilds the same results, field for field and in order.
 */
import type { ClassifyResult } from '../pipeline/types.js';
import type { Signal } from '../schema/types.js';

/** A signal without its score: what an id stands for. */
type SignalShape = Omit<Signal, 'score'>;

export interface CompactResults {
  readonly id: number;
  /** Events in the chunk. */
  readonly n: number;
  /** Signals in the chunk. */
  readonly signals: number;
  /**
   * Float64 scores [signals], then Uint32: the id of each signal [signals], signals per event [n],
   * language id per event [n].
   */
  readonly buffer: ArrayBuffer;
  /** The thread's ids were reset before this chunk: the pool forgets its table first. */
  readonly reset?: true;
  /** New signal shapes, in id order, starting at the table's current length. */
  readonly shapes?: SignalShape[];
  /** New language codes, in id order, starting at the table's current length. */
  readonly langs?: string[];
  /** Non-empty notes: [event index, notes]. */
  readonly notes?: [number, readonly string[]][];
}

/** Ids kept per thread before they are reset (bounds both tables: evidence may carry counts). */
const MAX_IDS = 1 << 16;
/** A language id for results without a language. */
const NO_LANGUAGE = 0xffffffff;

/** Thread side: encodes a chunk's results, giving ids to shapes and languages it has not sent yet. */
export class ResultEncoder {
  private readonly shapes = new Map<string, number>();
  private readonly langs = new Map<string, number>();

  encode(id: number, results: readonly ClassifyResult[]): { message: CompactResults; transfer: ArrayBuffer[] } {
    let reset = false;
    if (this.shapes.size > MAX_IDS || this.langs.size > MAX_IDS) {
      this.shapes.clear();
      this.langs.clear();
      reset = true;
    }
    const n = results.length;
    let count = 0;
    for (const r of results) count += r.signals.length;
    const buffer = new ArrayBuffer(8 * count + 4 * (count + 2 * n));
    const scores = new Float64Array(buffer, 0, count);
    const ids = new Uint32Array(buffer, 8 * count, count + 2 * n);
    const perEvent = count;
    const language = count + n;
    let newShapes: SignalShape[] | undefined;
    let newLangs: string[] | undefined;
    let notes: [number, readonly string[]][] | undefined;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const r = results[i]!;
      for (const s of r.signals) {
        const key = shapeKey(s);
        let sid = this.shapes.get(key);
        if (sid === undefined) {
          this.shapes.set(key, (sid = this.shapes.size));
          (newShapes ??= []).push({ classifier: s.classifier, label: s.label, modelId: s.modelId, modelVersion: s.modelVersion, evidence: s.evidence });
        }
        scores[k] = s.score;
        ids[k++] = sid;
      }
      ids[perEvent + i] = r.signals.length;
      if (r.language === undefined) ids[language + i] = NO_LANGUAGE;
      else {
        let lid = this.langs.get(r.language);
        if (lid === undefined) {
          this.langs.set(r.language, (lid = this.langs.size));
          (newLangs ??= []).push(r.language);
        }
        ids[language + i] = lid;
      }
      if (r.notes?.length) (notes ??= []).push([i, r.notes]);
    }
    const message: CompactResults = {
      id, n, signals: count, buffer,
      ...(reset ? { reset: true as const } : {}), ...(newShapes ? { shapes: newShapes } : {}), ...(newLangs ? { langs: newLangs } : {}), ...(notes ? { notes } : {}),
    };
    return { message, transfer: [buffer] };
  }
}

/** Main-thread side, one per thread: rebuilds the results a ResultEncoder encoded, in the order it encoded them. */
export class ResultDecoder {
  private shapes: SignalShape[] = [];
  private langs: string[] = [];

  decode(m: CompactResults): ClassifyResult[] {
    if (m.reset) {
      this.shapes = [];
      this.langs = [];
    }
    if (m.shapes) for (const s of m.shapes) this.shapes.push(s);
    if (m.langs) for (const l of m.langs) this.langs.push(l);
    const { n, signals: count } = m;
    const scores = new Float64Array(m.buffer, 0, count);
    const ids = new Uint32Array(m.buffer, 8 * count, count + 2 * n);
    const noted = new Map(m.notes ?? []);
    const out: ClassifyResult[] = new Array<ClassifyResult>(n);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const signals: Signal[] = new Array<Signal>(ids[count + i]!);
      for (let j = 0; j < signals.length; j++, k++) {
        const s = this.shapes[ids[k]!]!;
        // the field order of the classifier's own signals (JSON output follows it)
        signals[j] = { classifier: s.classifier, label: s.label, score: scores[k]!, modelId: s.modelId, modelVersion: s.modelVersion, evidence: s.evidence };
      }
      const lid = ids[count + n + i]!;
      const notes = noted.get(i) ?? [];
      out[i] = lid === NO_LANGUAGE ? { signals, notes } : { signals, notes, language: this.langs[lid]! };
    }
    return out;
  }
}

/** Everything of a signal but its score, as one string (evidence values are strings; keys in their order). */
function shapeKey(s: Signal): string {
  let key = `${s.classifier}\u0001${s.label}\u0001${s.modelId}\u0001${s.modelVersion}`;
  for (const k in s.evidence) key += `\u0001${k}\u0002${s.evidence[k]}`;
  return key;
}
