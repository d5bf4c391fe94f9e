import { foldCase } from '../common/fold-case.js';

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/**
 * Canonical form for near-duplicate grouping: NFKC (full-width → half-width), lower case, zero-width
 * characters removed, digit runs folded (campaigns vary numbers), whitespace collapsed.
 */
export function normalizeForDuplicates(text: string): string {
  return foldCase(text)
    .replace(ZERO_WIDTH, '')
    .replace(/\d+/g, '0')
    .replace(/\s+/g, ' ')
    .trim();
}
