import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNALS, signalSpec } from '../../../services/policy/signals.js';
import { PII_SIGNALS } from '../../../services/text/pii.js';
import { URL_SIGNALS } from '../../../services/text/urls.js';

const MODELS = join(import.meta.dirname, '../../../models/text');
const read = <T>(f: string): T => JSON.parse(readFileSync(join(MODELS, f), 'utf8')) as T;

/** Every signal the text path can emit: model heads, lexicon entries, personal data, links. */
function textEmitted(): Set<string> {
  const heads = ['en.json', 'zh.json'].flatMap((f) => read<{ heads: { signal: string }[] }>(f).heads.map((h) => h.signal));
  const lexicon = read<{ entries: { signal: string }[] }>('lexicon.json').entries.map((e) => e.signal);
  return new Set([...heads, ...lexicon, ...PII_SIGNALS, ...URL_SIGNALS]);
}

describe('signal vocabulary', () => {
  it('marks live exactly the text signals some text classifier emits', () => {
    const emitted = textEmitted();
    for (const name of emitted) expect(signalSpec(name)?.status, name).toBe('live');
    const liveText = SIGNALS.filter((s) => s.provider === 'text' && s.status === 'live').map((s) => s.name);
    expect(liveText.filter((n) => !emitted.has(n))).toEqual([]);
  });

  it('has unique names of the form classifier.label', () => {
    expect(new Set(SIGNALS.map((s) => s.name)).size).toBe(SIGNALS.length);
    for (const s of SIGNALS) expect(s.name).toMatch(/^[a-z]+(?:\.[a-z-]+)+$|^deepfake$/);
  });
});
