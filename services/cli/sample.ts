import type { ContentEvent, TextEvent } from '../schema/types.js';

/**
 * A deterministic sample chat feed: ordinary chatter in English and Chinese, one sender posting 50
 * messages in 10 s, a 100-sender copy-paste campaign, one sender fanning the same text out to 15
 * conversations, and a few harmful messages (a job scam, a phishing link, doxxing, a threat, drugs,
 * gambling, an identity number). Used by `make run` and the tests.
 */
export interface SampleFeed {
  readonly events: ContentEvent[];
  readonly burstSender: string;
  readonly campaignSenders: readonly string[];
  readonly fanoutSender: string;
  readonly ordinarySenders: readonly string[];
  /** One sender per harmful sample message (text harms, personal data, links): [senderId, expected signal]. */
  readonly harmful: readonly (readonly [string, string])[];
}

const HARMFUL: readonly (readonly [string, string, string])[] = [
  ['recruit-zh', 'text.scam.recruitment', '兼职日结，日赚500，在家躺赚，加微信 abc123 了解详情'],
  ['phish-en', 'url.lookalike', 'Your account is locked. Verify your account immediately at http://paypa1-secure-login.com/verify'],
  ['doxx-en', 'pii.phone', 'everyone call this loser at 13800138000 and tell him what you think'],
  ['threat-en', 'text.violence', 'i know where you live and i will kill you'],
  ['drugs-en', 'text.regulated.drugs', 'weed for sale, cocaine delivery tonight, dm me'],
  ['gamble-zh', 'text.gambling', '红包接龙，百家乐，押大小，彩金秒到'],
  ['idcard-zh', 'pii.id-number', '他的身份证号是11010519491231002X，大家去找他'],
];

const CHATTER_EN = [
  'are we still on for lunch tomorrow?',
  'just landed, will call you in an hour',
  'did you see the match last night',
  'can you send me the slides from the meeting',
  'happy birthday! hope you have a great day',
  'running 10 minutes late, sorry',
  'the new cafe on 5th street is really good',
  'thanks for the help with the move',
  'what time does the movie start',
  'I finished the report, sharing it now',
];
const CHATTER_ZH = [
  '明天中午一起吃饭吗？',
  '我刚到家，晚点给你打电话',
  '周末去爬山怎么样',
  '会议资料发我一下，谢谢',
  '生日快乐！祝你天天开心',
  '路上堵车，晚到十分钟',
  '这家店的咖啡很好喝',
  '谢谢你昨天帮忙搬家',
];
const CAMPAIGN_TEXT = 'Congratulations! You have been selected for a FREE iPhone 16. Claim within 24h: http://free-prize-claim.example/win?id=';
const FANOUT_TEXT = 'Hi! I make $5000 a week working from home, ask me how: http://easy-money.example/join';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function text(eventId: string, senderId: string, occurredAt: number, body: string, conversationId: string, locale: string): ContentEvent {
  const e: TextEvent = { eventId, occurredAt, source: 'chat', senderId, conversationId, jurisdiction: null, locale, text: body, replyToEventId: null, contexts: [] };
  return { kind: 'text', ...e };
}

export function sampleFeed(options: { start?: number; prefix?: string; seed?: number } = {}): SampleFeed {
  const start = options.start ?? Date.UTC(2026, 10, 26, 9, 0, 0);
  const p = options.prefix ?? 'sample';
  const rand = lcg(options.seed ?? 42);
  const events: ContentEvent[] = [];
  const ordinarySenders = Array.from({ length: 30 }, (_, i) => `${p}-user-${i}`);
  // Ordinary chatter: 30 senders, 6 messages each over 10 minutes.
  for (const [i, s] of ordinarySenders.entries()) {
    const zh = i % 3 === 0;
    for (let k = 0; k < 6; k++) {
      const pool = zh ? CHATTER_ZH : CHATTER_EN;
      const body = pool[Math.floor(rand() * pool.length)]!;
      events.push(text(`${p}-chat-${i}-${k}`, s, start + Math.floor(rand() * 600_000), body, `${p}-conv-${i % 10}`, zh ? 'zh-CN' : 'en-US'));
    }
  }
  // One sender: 50 messages within 10 seconds.
  const burstSender = `${p}-burst-sender`;
  for (let k = 0; k < 50; k++) {
    events.push(text(`${p}-burst-${k}`, burstSender, start + 60_000 + k * 200, `buy followers cheap now ${k}`, `${p}-conv-burst`, 'en-US'));
  }
  // A copy-paste campaign: 100 senders, one message each, within 5 minutes, small variations.
  const campaignSenders = Array.from({ length: 100 }, (_, i) => `${p}-campaign-${i}`);
  for (const [i, s] of campaignSenders.entries()) {
    events.push(text(`${p}-campaign-${i}`, s, start + 120_000 + i * 3000, `${CAMPAIGN_TEXT}${1000 + i}`, `${p}-conv-c-${i}`, 'en-US'));
  }
  // Fan-out: one sender, the same text to 15 conversations within 3 minutes.
  const fanoutSender = `${p}-fanout-sender`;
  for (let k = 0; k < 15; k++) {
    events.push(text(`${p}-fanout-${k}`, fanoutSender, start + 200_000 + k * 12_000, FANOUT_TEXT, `${p}-conv-f-${k}`, 'en-US'));
  }
  const harmful = HARMFUL.map(([who, sig, body], k) => {
    const sender = `${p}-${who}`;
    events.push(text(`${p}-harm-${who}`, sender, start + 300_000 + k * 7000, body, `${p}-conv-h-${k}`, /[\u4e00-\u9fff]/.test(body) ? 'zh-CN' : 'en-US'));
    return [sender, sig] as const;
  });
  events.sort((a, b) => a.occurredAt - b.occurredAt);
  return { events, burstSender, campaignSenders, fanoutSender, ordinarySenders, harmful };
}
