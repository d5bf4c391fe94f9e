import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelMap, readLabelled, score, type LabelledRow } from '../../../services/cli/eval.js';
import type { Verdict } from '../../../services/schema/types.js';

const ROOT = resolve(import.meta.dirname, '../../..');

function verdict(decision: Verdict['decision'], categories: [string, number][]): Verdict {
  return { decision, categories: categories.map(([name, s]) => ({ name, score: s })), rulesVersion: 'r1' } as unknown as Verdict;
}
const row = (label: string, i: number): LabelledRow => ({ line: i + 2, text: `t${i}`, label });

describe('vigil eval scoring', () => {
  it('counts precision, recall, false-positive rate and confusion per category', () => {
    const rows = ['scam', 'scam', 'spam', 'ham', 'ham'].map(row);
    const verdicts = [
      verdict('BLOCK', [['scam', 0.98]]), // scam caught, blocked
      verdict('ALLOW', []), // scam missed
      verdict('REVIEW', [['scam', 0.8], ['spam', 0.7]]), // spam caught (under scam as top), scam false positive
      verdict('REVIEW', [['spam', 0.85]]), // benign flagged as spam
      verdict('ALLOW', []),
    ];
    const r = score(rows, verdicts, labelMap(rows.map((x) => x.label)));
    const scam = r.categories.find((c) => c.category === 'scam')!;
    expect(scam).toMatchObject({ support: 2, truePositives: 1, falsePositives: 1, precision: 0.5, recall: 0.5, blockRecall: 0.5 });
    expect(scam.falsePositiveRate).toBeCloseTo(1 / 3, 9);
    const spam = r.categories.find((c) => c.category === 'spam')!;
    expect(spam).toMatchObject({ support: 1, truePositives: 1, falsePositives: 1, recall: 1, precision: 0.5 });
    expect(r.flagged).toEqual({ harmful: 3, harmfulCaught: 2, benign: 2, benignFlagged: 1 });
    expect(r.confusion).toEqual({ scam: { scam: 1, allow: 1 }, spam: { scam: 1 }, none: { spam: 1, allow: 1 } });
  });

  it('maps labels explicitly, by category name or as benign, and refuses the rest', () => {
    expect([...labelMap(['spam', 'ham', 'fraud'], 'fraud=scam')]).toEqual([['spam', 'spam'], ['ham', 'none'], ['fraud', 'scam']]);
    expect(() => labelMap(['spam', 'weird'])).toThrow(/no category for label\(s\) "weird"/);
    expect(() => labelMap(['x'], 'x=nasty')).toThrow(/not a verdict category/);
  });

  it('reads a CSV with quoted texts and names missing columns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-eval-'));
    writeFileSync(join(dir, 'a.csv'), 'label,text\nspam,"a, ""quoted"" text"\nham,\n');
    expect(readLabelled(join(dir, 'a.csv'))).toEqual([{ line: 2, text: 'a, "quoted" text', label: 'spam' }]);
    writeFileSync(join(dir, 'b.csv'), 'message,label\nx,spam\n');
    expect(() => readLabelled(join(dir, 'b.csv'))).toThrow(/needs columns "text" and "label"/);
  });
});

describe('vigil eval (CLI, the real text pipeline)', { timeout: 120_000 }, () => {
  it('judges every row with the rules in force and prints the report as JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-eval-'));
    const file = join(dir, 'labelled.csv');
    writeFileSync(file, ['text,label', '"FREE entry in 2 a weekly comp to win FA Cup final tkts 21st May. Text FA to 87121 to receive entry",spam', 'see you at lunch tomorrow?,ham', '好的，明天见,ham'].join('\n') + '\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'services/cli/main.ts', 'eval', '--input', file, '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { rows: number; flagged: { harmful: number; harmfulCaught: number; benign: number; benignFlagged: number }; categories: { category: string; recall: number }[] };
    expect(report.rows).toBe(3);
    expect(report.flagged).toEqual({ harmful: 1, harmfulCaught: 1, benign: 2, benignFlagged: 0 });
    expect(report.categories.find((c) => c.category === 'spam')?.recall).toBe(1);
  });
});
