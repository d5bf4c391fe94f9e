import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentEvent } from '../../../services/schema/types.js';
import { TextClassifier, splitWindows } from '../../../services/text/text-classifier.js';

let c: TextClassifier;
beforeAll(async () => {
  c = await TextClassifier.create({ modelsDir: join(import.meta.dirname, '../../../models/text'), runtime: 'onnx', maxChars: 2048, signalFloor: 0 });
});
afterAll(() => c.dispose());

const ev = (text: string, i = 0): ContentEvent => ({ kind: 'text', eventId: `e${i}`, occurredAt: 1, source: 'chat', senderId: 'u', conversationId: null, jurisdiction: null, locale: null, text, replyToEventId: null, contexts: [] });
const top = (r: { signals: readonly { classifier: string; label: string; score: number }[] }) =>
  Object.fromEntries(r.signals.map((s) => [`${s.classifier}.${s.label}`, s.score]));

describe('TextClassifier', () => {
  it('runs the language models the text needs and adds lexicon, personal-data and link signals', async () => {
    const [en, zh, pii, link] = await c.classifyBatch([ev('hello, how are you?'), ev('你好，明天见'), ev('call me 13800138000'), ev('login at paypa1-verify.com')]);
    const names = (r: typeof en) => r!.signals.map((s) => `${s.classifier}.${s.label} ${s.modelId}`);
    const heads = (lang: string) => (JSON.parse(readFileSync(join(import.meta.dirname, `../../../models/text/${lang}.json`), 'utf8')) as { heads: { name: string; signal: string }[] }).heads.map((h) => `${h.signal} vigil-text-${lang}/${h.name}`);
    expect(names(en)).toEqual(heads('en'));
    expect(names(zh)).toEqual(heads('zh'));
    expect(heads('zh')).toEqual(expect.arrayContaining(['text.spam vigil-text-zh/spam', 'text.scam vigil-text-zh/scam', 'text.gambling vigil-text-zh/gambling', 'text.sexual.solicitation vigil-text-zh/solicitation', 'text.regulated.other vigil-text-zh/blackmarket', 'text.harassment vigil-text-zh/harassment', 'text.violence vigil-text-zh/threat']));
    expect(Math.max(...en!.signals.map((s) => s.score))).toBeLessThan(0.7); // ordinary chat: below every review threshold of a text signal
    expect(top(pii!)['pii.phone']).toBeGreaterThan(0.8);
    expect(top(link!)['url.lookalike']).toBeGreaterThan(0.8);
    expect(en!.signals[0]!.evidence.runtime).toBe('onnx:cpu');
  });

  it('identifies the language; a text confidently in a language without a model is not scored by the models, and says so', async () => {
    const [en, zh, es, ru, ja, leet, slang] = await c.classifyBatch([
      ev('are we still on for lunch tomorrow?'), ev('明天中午一起吃饭吗？'), ev('hola, ¿cómo estás? nos vemos mañana en la playa'), ev('Привет, как дела? Увидимся завтра'),
      ev('今日は天気がいいですね、散歩に行きましょう'), ev('W1NNER!! U have been sel3cted 2 receive a £900 prize reward'), ev('im weeaboo trash'),
    ]);
    expect([en, zh, es, ru, ja].map((r) => r!.language)).toEqual(['en', 'zh', 'es', 'ru', 'ja']);
    expect(en!.signals.some((s) => s.modelId.startsWith('vigil-text-en'))).toBe(true);
    expect(zh!.signals.some((s) => s.modelId.startsWith('vigil-text-zh'))).toBe(true);
    for (const [r, lang, model] of [[es, 'es', 'English'], [ru, 'ru', 'English'], [ja, 'ja', 'Chinese']] as const) {
      expect(r!.signals.filter((s) => s.modelId.startsWith('vigil-text-'))).toEqual([]);
      expect(r!.notes).toContainEqual(expect.stringMatching(new RegExp(`^language ${lang} \\(\\d\\.\\d\\d\\): not scored by the ${model} model`)));
    }
    // obfuscated English is not confidently anything else, and short slang (lid.176 reads this one as German) keeps the model
    expect(top(leet!)['text.spam']).toBeGreaterThan(0.9);
    expect(slang!.signals.some((s) => s.modelId.startsWith('vigil-text-en'))).toBe(true);
  });

  it('scores English with digits for letters as written and de-obfuscated, keeping the higher score and saying so', async () => {
    const [leet, plain] = await c.classifyBatch([ev('c0ngr4tul4t10ns y0u w0n 4 fr33 1ph0ne, cl41m n0w'), ev('congratulations you won a free iphone, claim now')]);
    // a prize message: the scam head is the one that reads it (the plain form near the scam rule's 0.8; the spam head
    // flags it too), and the disguised form no lower
    const scam = (r: typeof leet) => r!.signals.find((s) => s.modelId === 'vigil-text-en/scam')!;
    const spam = (r: typeof leet) => r!.signals.find((s) => s.modelId === 'vigil-text-en/spam')!;
    expect(scam(plain).score).toBeGreaterThan(0.7);
    expect(spam(plain).score).toBeGreaterThan(0.7);
    expect(scam(leet).score).toBeGreaterThan(0.8);
    // some head's higher score came from the de-obfuscated form, and says so; the plain text has no second form
    expect(leet!.signals.some((s) => s.evidence.text === 'deobfuscated')).toBe(true);
    expect(plain!.signals.some((s) => s.evidence.text === 'deobfuscated')).toBe(false);
    // writing digits for letters does not get a message past the head: the higher of the two forms is kept (the written
    // one may score higher still: disguised words are themselves a cue the corpus teaches)
    expect(scam(leet).score).toBeGreaterThanOrEqual(scam(plain).score - 0.02);
    expect(scam(plain).evidence.text).toBeUndefined();
    const enHeads = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../models/text/en.json'), 'utf8')) as { heads: unknown[] }).heads.length;
    expect(leet!.signals.filter((s) => s.modelId.startsWith('vigil-text-en'))).toHaveLength(enHeads); // one signal per head, not two
  });

  it('with language id off, routing is by script alone', async () => {
    const off = await TextClassifier.create({ modelsDir: join(import.meta.dirname, '../../../models/text'), runtime: 'onnx', maxChars: 2048, langId: false });
    const [es] = await off.classifyBatch([ev('hola, ¿cómo estás? nos vemos mañana en la playa')]);
    expect(es!.language).toBe('und');
    expect(es!.signals.some((s) => s.modelId.startsWith('vigil-text-en'))).toBe(true);
    await off.dispose();
  });

  it('gives every bad input a result: empty, 1 MB, lone surrogates, control characters, mixed scripts', async () => {
    const big = 'spam '.repeat(210_000);
    const results = await c.classifyBatch([ev(''), ev(big), ev('ok \uD83D then \uDE00 fine'), ev('a\u0000b\u0007c\u001b[31m'), ev('Привет 你好 hello مرحبا')]);
    expect(results).toHaveLength(5);
    expect(results[0]!.signals).toEqual([]);
    // 128 windows of at most 256 characters: 32,768 characters read at most
    expect(results[1]!.notes).toContain(`text longer than the scoring bound: first 32768 of ${big.length} characters scored`);
    expect(results[2]!.notes).toContain('normalised: lone-surrogates-removed');
    expect(results[3]!.notes).toContain('normalised: invisible-characters-removed');
    for (const r of results) for (const s of r.signals) expect(Number.isFinite(s.score)).toBe(true);
  });

  it('scores a long text over its whole length: a harm at the end of a long post is found in its window', async () => {
    const filler = '今天天气很好，我们一家人去公园散步，孩子们玩得很开心，回来的路上买了水果和蔬菜。'.repeat(120); // ≈ 4,800 characters
    const scam = '兼职刷单，日结300元，在家就能做，有意者加V：abc8899';
    const [alone, tail, head] = await c.classifyBatch([ev(scam), ev(filler + scam), ev(filler)]);
    const score = (r: typeof alone, name: string) => Math.max(0, ...r!.signals.filter((x) => `${x.classifier}.${x.label}` === name).map((x) => x.score));
    expect(score(alone, 'text.scam')).toBeGreaterThan(0.8);
    expect(score(tail, 'text.scam')).toBeGreaterThan(0.8);
    expect(score(head, 'text.scam')).toBeLessThan(0.5);
    expect(tail!.notes).toContain('long text: scored whole and in 121 sentence windows');
    // the bound on work: at most maxWindows windows
    const bounded = await TextClassifier.create({ modelsDir: join(import.meta.dirname, '../../../models/text'), runtime: 'onnx', maxChars: 2048, maxWindows: 4, langId: false });
    const [cut] = await bounded.classifyBatch([ev(filler + scam)]);
    expect(cut!.notes).toContainEqual(expect.stringMatching(/^text longer than the scoring bound: first 2048 of \d+ characters scored$/));
    expect(score(cut, 'text.scam')).toBeLessThan(0.5);
    await bounded.dispose();
  });

  it('windows Chinese at half the length of English: a harm in a 170-character post is scored in its own sentence window', async () => {
    const filler = '今天天气很好，我们一家人去公园散步，孩子们玩得很开心。'.repeat(5);
    const scam = '兼职刷单，日结300元，在家就能做，有意者加V：abc8899。';
    const [post, plain] = await c.classifyBatch([ev(filler.slice(0, 54) + scam + filler.slice(54)), ev(filler)]);
    expect(post!.notes).toContain('long text: scored whole and in 6 sentence windows');
    expect(Math.max(0, ...post!.signals.filter((x) => x.label === 'scam').map((x) => x.score))).toBeGreaterThan(0.8);
    expect(Math.max(0, ...plain!.signals.filter((x) => x.label === 'scam').map((x) => x.score))).toBeLessThan(0.5);
    // a post's lines are its sentences, though normalisation folds line breaks to spaces
    const lines = ['今天天气很好我们一家人去公园散步', '孩子们玩得很开心回来的路上买了水果和蔬菜', '兼职刷单 日结300元 在家就能做 有意者加V abc8899', '晚上一起吃了火锅大家都说味道不错', '周末打算带孩子去图书馆看看新到的绘本', '下个月准备回老家看看爷爷奶奶', '楼下新开了一家面包店早上排队的人很多', '最近在学做饭昨天第一次做了红烧肉'];
    const [lined, unlined] = await c.classifyBatch([ev(lines.join('\n')), ev(lines.join(' '))]);
    const scamOf = (r: typeof lined) => Math.max(0, ...r!.signals.filter((x) => x.label === 'scam').map((x) => x.score));
    expect(scamOf(lined)).toBeGreaterThan(0.8);
    expect(scamOf(lined)).toBeGreaterThan(scamOf(unlined));
    // English of the same length is one message: scored whole
    const [en] = await c.classifyBatch([ev('We went to the park with the kids today, the weather was lovely. '.repeat(3))]);
    expect(en!.notes ?? []).not.toContainEqual(expect.stringMatching(/^long text/));
  });

  it('leaves out model scores below the signal floor (default 0.05), so ordinary chat carries few signals', async () => {
    const floored = await TextClassifier.create({ modelsDir: join(import.meta.dirname, '../../../models/text'), runtime: 'onnx', maxChars: 2048 });
    const [all] = await c.classifyBatch([ev('明天中午一起吃饭吗？')]);
    const [kept] = await floored.classifyBatch([ev('明天中午一起吃饭吗？')]);
    expect(kept!.signals.map((s) => s.label)).toEqual(all!.signals.filter((s) => s.score >= 0.05).map((s) => s.label));
    expect(kept!.signals.length).toBeLessThan(all!.signals.length);
    await floored.dispose();
  });

  it('splits a long text into sentence windows about the size of a chat message', () => {
    // a sentence shorter than 24 characters takes the next one with it
    expect(splitWindows('第一句话很长很长很长很长很长很长很长很长很长很长。短句。第三句也很长很长很长很长很长很长很长很长很长很长！', 64)).toEqual(['第一句话很长很长很长很长很长很长很长很长很长很长。', '短句。第三句也很长很长很长很长很长很长很长很长很长很长！']);
    // a short last sentence joins the window before it: "!!" or "end" alone is no message
    expect(splitWindows('第一句话很长很长很长很长很长很长很长很长很长很长。第二句也很长很长很长很长很长很长很长很长很长很长！end', 64)).toEqual(['第一句话很长很长很长很长很长很长很长很长很长很长。', '第二句也很长很长很长很长很长很长很长很长很长很长！end']);
    expect(splitWindows('short one! end', 64)).toEqual(['short one! end']);
    expect(splitWindows('x'.repeat(300), 128)).toEqual(['x'.repeat(128), 'x'.repeat(128), 'x'.repeat(44)]);
  });

  it('judges a raw e-mail on its subject and body: header addresses and relays are not personal data or text', async () => {
    const headers = [
      'Return-Path: <list-admin@lists.example.org>',
      'Received: from mail.example.org (mail.example.org [192.0.2.7]) by mx.example.net with ESMTP id D03E543C36',
      'From: Alice <alice@example.org>',
      'To: team@lists.example.org',
      'Date: Thu, 22 Aug 2002 12:36:23 +0100',
      'Subject: notes from the planning meeting',
      'Message-ID: <20020822113623.GA1234@example.org>',
    ].join('\n');
    const body = 'Hi all, the notes from today are on the wiki. We agreed to ship the release on Friday and to review the open bugs on Monday.';
    const [mail, asChat] = await c.classifyBatch([ev(`${headers}\n\n${body}`), ev(`${headers.replace('Date:', 'Note:').replace('Message-ID:', 'Ref:').replace('Received:', 'Via:').replace('Return-Path:', 'Back:')}\n\n${body}`)]);
    expect(mail!.notes).toContain('e-mail: subject and body scored as the message, 7 header lines apart');
    expect(top(mail!)['pii.email']).toBeUndefined(); // the addresses are all in the headers
    // the same lines without a field added in transport are not read as a message: scored as written
    expect((asChat!.notes ?? []).join(' ')).not.toContain('e-mail');
    expect(top(asChat!)['pii.email']).toBeGreaterThanOrEqual(0.8);
    // a contact detail in the body of an e-mail (a signature) is correspondence: under the contact rules' thresholds
    const [signed] = await c.classifyBatch([ev(`${headers}\n\n${body}\n-- \nAlice, alice@example.org, +1 415 555 0100`)]);
    expect(top(signed!)['pii.email']).toBe(0.5);
    expect(top(signed!)['pii.phone']).toBe(0.5);
  });

  it('scores a long e-mail in e-mail sized windows over its readable body, not sentence by sentence', async () => {
    const headers = 'From: news@example.org\nTo: reader@example.net\nDate: Thu, 22 Aug 2002 12:36:23 +0100\nSubject: weekly notes\nMessage-ID: <1@example.org>';
    const paragraph = 'This week the team moved the build to the new servers! The tests run in half the time; the docs are updated. ';
    const base64 = 'QmFzZTY0IGVuY29kZWQgYXR0YWNobWVudCBkYXRhIHRoYXQgbm9ib2R5IHJlYWRzIGFzIHRleHQ=\n'.repeat(200);
    const [long, plain] = await c.classifyBatch([ev(`${headers}\n\n${paragraph.repeat(40)}\n${base64}`), ev(paragraph.repeat(40))]);
    expect(long!.notes).toContain('long text: scored whole and in 4 e-mail sized windows'); // ≈ 4,400 readable characters (the base64 part dropped), and the header fields
    expect(plain!.notes).toContainEqual(expect.stringMatching(/^long text: scored whole and in \d+ sentence windows$/));
  });

  it('hides nothing in an e-mail\'s headers or tags: made-up fields and tag links are checked too', async () => {
    const headers = 'From: a@example.org\nTo: b@example.net\nDate: Thu, 22 Aug 2002 12:36:23 +0100\nMessage-ID: <1@example.org>';
    const scam = '兼职刷单，日结300元，在家就能做，有意者加V：abc8899';
    const [field, fold, link] = await c.classifyBatch([
      ev(`${headers}\nX-Note: ${scam}\nSubject: hi\n\nsee you soon`),
      ev(`${headers}\nSubject: hi\n  ${scam}\n\nsee you soon`),
      ev(`${headers}\nSubject: your account\nContent-Type: text/html\n\n<p>Please <a href="http://paypa1-verify.com/login">log in</a> today.</p>`),
    ]);
    expect(top(field!)['text.scam']).toBeGreaterThan(0.8);
    expect(top(fold!)['text.scam']).toBeGreaterThan(0.8);
    expect(top(link!)['url.lookalike']).toBeGreaterThan(0.8);
  });

  it('reads text.spam from an e-mail as a whole: an ad deep in a long newsletter does not make it spam; other heads read every window', async () => {
    const headers = 'From: news@example.org\nTo: reader@example.net\nDate: Thu, 22 Aug 2002 12:36:23 +0100\nSubject: weekly notes\nMessage-ID: <1@example.org>';
    const filler = 'This week the team moved the build to the new servers and the tests now run in half the time. '.repeat(30);
    const ad = 'FREE entry in 2 a wkly comp to win FA Cup final tkts 21st May 2005. Text FA to 87121 to receive entry question(std txt rate) T&C apply. ';
    const [mail, post] = await c.classifyBatch([ev(`${headers}\n\n${filler}${ad.repeat(3)}`), ev(`${filler}${ad.repeat(3)}`)]);
    expect(top(post!)['text.spam']).toBeGreaterThan(0.7);
    expect(top(mail!)['text.spam'] ?? 0).toBeLessThan(0.7);
  });

  it('never puts content into evidence', async () => {
    const [r] = await c.classifyBatch([ev('my card 4111 1111 1111 1111, mail me at someone@example.com, weed for sale')]);
    const json = JSON.stringify(r);
    for (const secret of ['4111', 'someone@example.com', 'weed']) expect(json).not.toContain(secret);
  });
});

describe('TextClassifier model files', () => {
  it('refuses a model trained with another version of its term file', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'vigil-models-'));
    try {
      cpSync(join(import.meta.dirname, '../../../models/text'), dir, { recursive: true });
      const meta = JSON.parse(readFileSync(join(dir, 'zh.json'), 'utf8')) as Record<string, unknown>;
      writeFileSync(join(dir, 'zh.json'), JSON.stringify({ ...meta, termsVersion: 'not-this-one' }));
      const terms = JSON.parse(readFileSync(join(dir, 'zh-terms.json'), 'utf8')) as { version: string };
      await expect(TextClassifier.create({ modelsDir: dir, runtime: 'onnx', maxChars: 2048 })).rejects.toMatchObject({
        code: 'VGL_CLASSIFIER',
        message: `vigil-text-zh was trained with zh-terms.json version not-this-one, found ${terms.version}: retrain (make train)`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
