import { readFileSync } from 'node:fs';

/**
 * PP-OCR's character set: the dictionary file's lines, with the CTC blank in front (class 0) and a space
 * at the end (the models are trained with use_space_char), so class i is `chars[i]`.
 */
export function loadDictionary(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return ['', ...lines.map((l) => l.replace(/\r$/, '')), ' '];
}

export interface Decoded {
  readonly text: string;
  /** Mean probability of the characters emitted (0 when none). */
  readonly confidence: number;
}

/**
 * Greedy CTC decoding of one row of a `[n, steps, classes]` probability tensor: the best class per time
 * step, repeats collapsed, blanks dropped. A space the model saw but did not quite emit is kept: when the
 * space class reaches `spaceHint` at some step between two characters, a space goes between them (the
 * models rarely emit spaces between Chinese words, and the text classifier reads "加微信 abc" and
 * "加微信abc" differently).
 */
export function ctcDecode(probs: Float32Array, offset: number, steps: number, classes: number, chars: readonly string[], spaceHint = 0.01): Decoded {
  const space = chars[classes - 1] === ' ' ? classes - 1 : -1;
  const best = new Int32Array(steps);
  const bestP = new Float32Array(steps);
  const spaceP = new Float32Array(steps);
  for (let t = 0; t < steps; t++) {
    const base = offset + t * classes;
    let b = 0;
    let bp = probs[base]!;
    for (let k = 1; k < classes; k++) {
      const p = probs[base + k]!;
      if (p > bp) {
        bp = p;
        b = k;
      }
    }
    best[t] = b;
    bestP[t] = bp;
    spaceP[t] = space >= 0 ? probs[base + space]! : 0;
  }
  return ctcDecodeBest(best, bestP, spaceP, 0, steps, chars, space, spaceHint);
}

/**
 * ctcDecode from what it reads of each time step — the best class (the first of equals), its probability
 * and the space class's probability (`space`: its class, -1 when the dictionary has none) — as the
 * recognition model computes them itself when rewritten by greedyHead (fold.ts): steps `offset` to
 * `offset + steps` of the three arrays.
 */
export function ctcDecodeBest(best: Int32Array, bestP: Float32Array, spaceP: Float32Array, offset: number, steps: number, chars: readonly string[], space: number, spaceHint = 0.01): Decoded {
  let text = '';
  let sum = 0;
  let n = 0;
  let prev = -1;
  let gapSpace = 0;
  for (let t = offset; t < offset + steps; t++) {
    const b = best[t]!;
    if (b !== 0 && b !== prev) {
      if (b !== space && n > 0 && gapSpace >= spaceHint && !text.endsWith(' ')) text += ' ';
      text += chars[b] ?? '';
      sum += bestP[t]!;
      n++;
      gapSpace = 0;
    } else if (b === 0 && space >= 0) {
      gapSpace = Math.max(gapSpace, spaceP[t]!);
    }
    prev = b;
  }
  return { text, confidence: n ? sum / n : 0 };
}
