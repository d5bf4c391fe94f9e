import { describe, expect, it } from 'vitest';
import { loadConfig, type SpamConfig } from '../../../services/common/config.js';
import type { ContentEvent } from '../../../services/schema/types.js';
import { SpamDetector } from '../../../services/spam/index.js';

const config: SpamConfig = loadConfig({}, { withoutKafka: true }).spam;
const T0 = Date.UTC(2026, 0, 1);
let n = 0;
function msg(senderId: string, occurredAt: number, text = `hello ${n}`, conversationId = 'c1'): ContentEvent {
  return { kind: 'text', eventId: `e${n++}`, occurredAt, source: 'chat', senderId, conversationId, jurisdiction: null, locale: null, text, replyToEventId: null, contexts: [] };
}
const spamScore = (d: SpamDetector, e: ContentEvent) => Math.max(0, ...d.classify(e).signals.map((s) => s.score));

describe('SpamDetector: per-sender frequency', () => {
  it('flags a sender posting 50 messages in 10 s, from the 21st on, reaching block', () => {
    const d = new SpamDetector(config);
    const scores = Array.from({ length: 50 }, (_, i) => spamScore(d, msg('burst', T0 + i * 200)));
    expect(scores.slice(0, 20).every((s) => s === 0)).toBe(true);
    expect(scores[20]).toBeGreaterThan(0.5);
    expect(scores[49]).toBeGreaterThanOrEqual(0.9);
    const r = d.classify(msg('burst', T0 + 9_999));
    expect(r.signals[0]!.label).toBe('frequency');
    expect(r.signals[0]!.evidence).toMatchObject({ window: '10000ms', count: '51', limit: '20' });
  });

  it('counts event time, not arrival: a replayed day of normal posting is not a burst', () => {
    const d = new SpamDetector(config);
    // 200 messages one minute apart, delivered all at once (consumer lag / replay)
    const scores = Array.from({ length: 200 }, (_, i) => spamScore(d, msg('steady', T0 + i * 60_000)));
    expect(scores.every((s) => s === 0)).toBe(true);
  });

  it('handles out-of-order events within the window', () => {
    const d = new SpamDetector(config);
    const times = Array.from({ length: 30 }, (_, i) => T0 + i * 300).reverse();
    const scores = times.map((t) => spamScore(d, msg('ooo', t)));
    expect(scores[29]).toBeGreaterThan(0.5);
  });

  it('flags the 1-minute and 1-hour windows too', () => {
    const d = new SpamDetector(config);
    // one message every 800 ms: 12.5 in 10 s (fine), 75 a minute (over 60)
    const scores = Array.from({ length: 80 }, (_, i) => spamScore(d, msg('minute', T0 + i * 800)));
    expect(scores.slice(0, 60).every((s) => s === 0)).toBe(true);
    expect(scores[79]).toBeGreaterThan(0.5);
  });

  it('keeps state bounded by the sender cap, evicting the least recently active', () => {
    const d = new SpamDetector({ ...config, maxSenders: 100 });
    for (let i = 0; i < 1000; i++) d.classify(msg(`u${i}`, T0 + i));
    expect(d.stats().senders).toBe(100);
    expect(d.stats().evictedSenders).toBe(900);
  });

  it('forgets senders idle for longer than the largest window', () => {
    const d = new SpamDetector(config);
    for (let i = 0; i < 500; i++) d.classify(msg(`old${i}`, T0));
    for (let i = 0; i < 1000; i++) d.classify(msg('late', T0 + 2 * 3_600_000 + i * 10_000));
    expect(d.stats().senders).toBe(1);
  });
});

describe('SpamDetector: campaigns and fan-out', () => {
  const campaign = 'Congratulations! You won a FREE phone, claim at http://prize.example/win?id=';

  it('flags a 100-sender copy-paste campaign with small variations, blocking from the 20th sender', () => {
    const d = new SpamDetector(config);
    const scores = Array.from({ length: 100 }, (_, i) => spamScore(d, msg(`c${i}`, T0 + i * 2000, `${campaign}${1000 + i}`, `conv${i}`)));
    expect(scores.slice(0, 19).every((s) => s === 0)).toBe(true);
    expect(scores.slice(19).every((s) => s >= 0.9)).toBe(true);
  });

  it('groups evasions: full-width letters, zero-width spaces and case', () => {
    const d = new SpamDetector(config);
    const variants = [campaign, campaign.toUpperCase(), campaign.replace(/o/g, 'o\u200b'), campaign.replace('FREE', 'ＦＲＥＥ')];
    let last = 0;
    for (let i = 0; i < 40; i++) last = spamScore(d, msg(`v${i}`, T0 + i * 1000, variants[i % 4]!, `k${i}`));
    expect(last).toBeGreaterThanOrEqual(0.9);
  });

  it('detects Chinese copy-paste campaigns', () => {
    const d = new SpamDetector(config);
    const zh = '恭喜您获得免费iPhone一部，加微信 prize888 领取奖品，限时24小时';
    let last = 0;
    for (let i = 0; i < 30; i++) last = spamScore(d, msg(`z${i}`, T0 + i * 1000, `${zh}${i}`, `zc${i}`));
    expect(last).toBeGreaterThanOrEqual(0.9);
  });

  it('flags one sender sending the same text to many conversations', () => {
    const d = new SpamDetector(config);
    const scores = Array.from({ length: 15 }, (_, i) => spamScore(d, msg('fan', T0 + i * 10_000, 'I make $5000 a week from home, ask me how: http://x.example', `conv-${i}`)));
    expect(scores.slice(0, 9).every((s) => s === 0)).toBe(true);
    expect(scores[9]).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves ordinary chatter alone: many people saying short or different things', () => {
    const d = new SpamDetector(config);
    // short replies from everyone, and longer everyday lines each said by a handful of people
    const lines = ['ok', 'lol', 'thanks!', 'see you soon', 'good morning', 'where are you', 'are we still on for lunch tomorrow?', 'the new cafe on 5th street is really good', '明天中午一起吃饭吗？我请客', 'did you see the match last night, unbelievable', 'running ten minutes late, sorry everyone']
    let max = 0;
    for (let i = 0; i < 500; i++) max = Math.max(max, spamScore(d, msg(`p${i % 50}`, T0 + i * 1500, `${lines[i % lines.length]}`, `g${i % 20}`)));
    expect(max).toBe(0);
  });

  it('sends a link-free wave of one greeting from very many senders to review at most', () => {
    const d = new SpamDetector(config);
    const scores = Array.from({ length: 120 }, (_, i) => spamScore(d, msg(`h${i}`, T0 + i * 1000, 'happy new year everyone!!', `ny${i}`)));
    expect(scores.slice(0, 99).every((s) => s === 0)).toBe(true);
    expect(Math.max(...scores)).toBe(0.6);
  });

  it('does not join unrelated texts into one campaign', () => {
    const d = new SpamDetector(config);
    const words = 'the a weekend train coffee meeting report mother dinner rain city park movie late call bus music book shop office game'.split(' ');
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % words.length);
    let max = 0;
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 8 }, () => words[rnd()]).join(' ');
      max = Math.max(max, spamScore(d, msg(`q${i}`, T0 + i * 1000, text, `h${i}`)));
    }
    expect(max).toBe(0);
  });

  it('lets a campaign age out of its window', () => {
    const d = new SpamDetector(config);
    for (let i = 0; i < 15; i++) d.classify(msg(`a${i}`, T0 + i * 1000, `${campaign}x`, `a${i}`));
    // the next 10 senders come an hour later: 10 < 20 within the window
    let max = 0;
    for (let i = 0; i < 10; i++) max = Math.max(max, spamScore(d, msg(`b${i}`, T0 + 3_600_000 + i * 1000, `${campaign}x`, `b${i}`)));
    expect(max).toBe(0);
  });
});

describe('hasCallToAction', () => {
  it('sees links, phone numbers, handles and contact requests', async () => {
    const { hasCallToAction } = await import('../../../services/spam/index.js');
    expect(hasCallToAction('claim at http://x.example/win')).toBe(true);
    expect(hasCallToAction('call +86 138 0013 8000 now')).toBe(true);
    expect(hasCallToAction('follow @bestdeals_now')).toBe(true);
    expect(hasCallToAction('加我微信领取')).toBe(true);
    expect(hasCallToAction('happy new year everyone!')).toBe(false);
    expect(hasCallToAction('see you at 5 tomorrow')).toBe(false);
  });
});
