/** Texts folded recently, by their text as written: the text and spam classifiers of one process read the same texts. */
const folded = new Map<string, string>();
const MAX_ENTRIES = 4096;
/** Longer texts (rare) are folded again rather than kept. */
const MAX_CACHED_CHARS = 2048;

/**
 * NFKC (full-width and compatibility forms → plain) and lower case: the first step of both the text
 * models' normalisation and the spam detector's near-duplicate form. Computed once per text in a
 * process: the second classifier to ask for the same text gets the first one's result.
 */
export function foldCase(raw: string): string {
  const hit = folded.get(raw);
  if (hit !== undefined) return hit;
  const f = raw.normalize('NFKC').toLowerCase();
  if (raw.length <= MAX_CACHED_CHARS) {
    if (folded.size >= MAX_ENTRIES) folded.clear();
    folded.set(raw, f);
  }
  return f;
}
