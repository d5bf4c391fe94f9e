import { describe, expect, it } from 'vitest';
import { foldCase } from '../../../services/common/fold-case.js';
import { normalizeForDuplicates } from '../../../services/spam/normalize.js';
import { normalizeText } from '../../../services/text/normalize.js';

const texts = ['ＦＲＥＥ Money ①②', 'Hello\u200BWorld 123 and 4567', '加 微 信 ＶＸ 13800138000', 'İstanbul ǅ ﬁ', 'раураl LOGIN', 'x'.repeat(3000) + 'ＡＢ', ''];

describe('foldCase', () => {
  it('is NFKC then lower case, the same on a second call and for texts too long to be kept', () => {
    for (const t of texts) {
      expect(foldCase(t)).toBe(t.normalize('NFKC').toLowerCase());
      expect(foldCase(t)).toBe(t.normalize('NFKC').toLowerCase());
    }
  });

  it('keeps the spam and text normalisations what they were (one fold shared, nothing else changed)', () => {
    for (const t of texts) {
      expect(normalizeForDuplicates(t)).toBe(t.normalize('NFKC').toLowerCase().replace(/[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g, '').replace(/\d+/g, '0').replace(/\s+/g, ' ').trim());
    }
    // whichever classifier folds a text first, the other's result is the same as alone
    const a = normalizeText('ＦＲＥＥ ｆ.ｒ.ｅ.ｅ МОNEY').text;
    expect(normalizeForDuplicates('ＦＲＥＥ ｆ.ｒ.ｅ.ｅ МОNEY')).toBe('free f.r.e.e money'.replace('mo', 'мо'));
    expect(normalizeText('ＦＲＥＥ ｆ.ｒ.ｅ.ｅ МОNEY').text).toBe(a);
  });
});
