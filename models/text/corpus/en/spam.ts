import { family, type Family } from '../types.js';

/**
 * English spam of chat and feed platforms that the SMS and e-mail dev sets barely hold: paid growth services
 * (followers, likes, views), comment and DM luring (check my profile, link in bio, follow for follow), SEO and
 * web-service cold pitches, review-for-pay offers, bulk-messaging services, and shop blasts. Benign look-alikes:
 * creators talking about their own growth, marketers talking shop, friends sharing a discount code.
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const spam = (name: string, subtype: 'traffic-luring' | 'service-ads' | 'marketing', policies: readonly string[], pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`en.spam.${subtype}.${name}`, 'en', 'spam', subtype, policies, pattern, templates, slots);

const benign = (name: string, subtype: 'chat' | 'work' | 'shopping', pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`en.benign.${subtype}.${name}`, 'en', 'benign', subtype, [], pattern, templates, slots);

const PLATFORM = ['Instagram', 'IG', 'TikTok', 'YouTube', 'Twitter', 'X', 'Twitch', 'Spotify', 'Facebook', 'Threads', 'Snapchat'];
const METRIC = ['followers', 'likes', 'views', 'subscribers', 'real followers', 'active followers', 'comments', 'streams', 'watch hours', 'engagement'];
const QTY = ['1k', '5k', '10k', '1,000', '2500', '50k', '100k', '500', '20k'];
const CHEAP = ['cheap', 'super cheap', 'at the lowest price', 'for just {en_amount}', 'starting at $5', 'from $9.99', 'for a few bucks', 'at wholesale prices'];
const FAST = ['instant delivery', 'delivered in 24h', 'no password needed', '100% safe', 'non-drop guarantee', 'lifetime refill', 'real accounts only', 'within minutes'];
const CTA = ['DM me', 'dm now', 'check my bio', 'link in bio', 'visit {url}', 'order at {url}', 'message us', 'hit me up', 'click {url}', 'WhatsApp {phone}'];
const SHOP = ['FashionHub', 'QuickMart', 'BestDeals', 'GlowSkin', 'PizzaPlanet', 'TechZone', 'FitLife Gym', 'HomeStyle', 'ShoeCity', 'CoffeeCorner'];
const END = ['', '', '!', '!!', ' 🔥', ' 💯', ' 🚀', ' ✅', ' 👇', ' ⭐'];

export const families: readonly Family[] = [
  spam('buy-followers', 'service-ads', ['cg-spam.a', 'cg-spam.b'],
    'Sellers of fake growth: followers, likes, views or subscribers for money, pushed in comments and DMs; inauthentic engagement for sale.',
    [
      'buy {PLATFORM} {METRIC} {CHEAP}{END}',
      'Want {QTY} {METRIC} on {PLATFORM}? {FAST}, {CTA}',
      'Grow your {PLATFORM} fast! {QTY} {METRIC} {CHEAP}. {FAST}{END}',
      '{QTY} {PLATFORM} {METRIC} for {en_amount}, {FAST}. {CTA}',
      'need more {METRIC}? we got you. {CTA}{END}',
      'Boost your account with real {METRIC} 📈 {FAST} | {CTA}',
      'selling {PLATFORM} {METRIC} packages, {QTY} / {QTY} / {QTY}, {CTA}',
      'Tired of 0 views? Get {QTY} {METRIC} {CHEAP} and go viral{END}',
      'hey, love your content! want to get more {METRIC}? I can help, {CTA}',
      'Promote your music on Spotify: {QTY} streams {CHEAP}, {FAST}',
      'YouTube monetization made easy: 4000 watch hours + 1k subs, {FAST}, {CTA}',
      'blue tick verification service for {PLATFORM}, {CHEAP}, {CTA}',
      'Get famous overnight 😎 {QTY} {METRIC} + {QTY} likes only {en_amount} {CTA}',
    ],
    { PLATFORM, METRIC, QTY, CHEAP, FAST, CTA, END }),

  spam('comment-luring', 'traffic-luring', ['cg-spam.d', 'cg-spam.a'],
    'Comment and reply spam that lures readers off the post: check my profile, link in bio, follow for follow, free giveaways that need a DM.',
    [
      'check my profile for a surprise 😘',
      'follow me and I follow back{END}',
      'f4f? follow for follow, I always follow back',
      'check out my page, link in bio{END}',
      'who wants free {PRIZE}? first 100 people to DM me{END}',
      'giveaway!! {PRIZE} for the first 50 who follow and click the link in my bio',
      'sub to my channel and I sub back, promise{END}',
      'I made {en_amount} this week from home, details in my bio 👆',
      'Bro go look at my page, you won\'t regret it',
      'nice post! visit {url} for more content like this',
      'Everyone go follow @{handle} for daily free stuff',
      'free {PRIZE} codes at {url} hurry before they run out',
      'Like this comment and DM me "WIN" to claim your {PRIZE}',
      'stop scrolling 👀 my bio has the link you need',
    ],
    { PRIZE: ['gift cards', 'iPhones', 'V-Bucks', 'Robux', 'AirPods', 'skins', 'Amazon vouchers', 'PS5s'], END }),

  spam('seo-web-pitch', 'service-ads', ['cg-spam.a'],
    'Unsolicited cold pitches for SEO, backlinks, web design, app development and marketing, sent to strangers in DMs and comments.',
    [
      'Hi, I noticed your website is not ranking on Google. We can get you on page 1 in 30 days, {CTA}',
      'Need high DA backlinks? {QTY} guest posts {CHEAP}, {CTA}',
      'Hello sir, we are a professional web design company. Website from {en_amount}. Reply YES for a free quote',
      'We build apps and websites at low cost, 10 years experience, {CTA}',
      'SEO expert here 👋 I will fix your website speed and rank it top, {CHEAP}',
      'Dear business owner, get more customers with our Google Ads management. First month free!',
      'Is your business on Google Maps? We can get you 5-star reviews and more calls, {CTA}',
      'I can redesign your store and double your sales, check my portfolio at {url}',
      'Looking for a virtual assistant? {CHEAP}, available 24/7, {CTA}',
      'Hi there! Would you like more traffic to your site? Reply with your URL for a free audit',
      'We offer logo design, video editing and social media management. Packages {CHEAP}',
      'Your Instagram needs a manager. We grow accounts by 300% in 3 months, {CTA}',
    ],
    { QTY, CHEAP, CTA }),

  spam('bulk-and-reviews', 'service-ads', ['cg-spam.a', 'cg-spam.b'],
    'Services for sending bulk messages and buying fake reviews: mass SMS/e-mail/WhatsApp blasting, paid 5-star reviews, review swaps.',
    [
      'Bulk SMS service: send {QTY} messages {CHEAP}, no filter, {CTA}',
      'Mass WhatsApp marketing tool, reach {QTY} customers a day, {CTA}',
      'Buy 5-star reviews for Amazon, Google and Trustpilot, {FAST}, {CTA}',
      'Get positive reviews for your app, real users, {CHEAP}{END}',
      'We send your ad to {QTY} emails daily, guaranteed inbox, {CTA}',
      'Need Google reviews? {QTY} for {en_amount}. Non-drop, {CTA}',
      'review swap? I leave 5 stars on yours, you leave 5 on mine',
      'Email blaster + lead lists for any niche, {CHEAP}, {CTA}',
      'Telegram group members for sale, {QTY} real members {CHEAP}',
      'auto-DM bot that messages {QTY} people a day for you, {CTA}',
    ],
    { QTY, CHEAP, FAST, CTA, END }),

  spam('shop-blast', 'marketing', ['cg-spam.a', 'cg-other-inappropriate-content.d'],
    'Marketing blasts from shops and brands to people who never asked: sales, codes and offers with links and opt-out lines.',
    [
      '{SHOP}: MEGA SALE 70% OFF everything this weekend only! Shop now at {url}. Reply STOP to opt out',
      'FLASH SALE ⚡ {SHOP} up to {PCT} off, use code {CODE} at {url}',
      'Last chance! Your {PCT} discount at {SHOP} expires tonight. {url}',
      'Hi! {SHOP} has new arrivals just for you 😍 Free shipping over $50: {url}',
      '{SHOP} Black Friday deals are LIVE! Don\'t miss out: {url} Txt STOP to end',
      'Buy 1 get 1 FREE at {SHOP} today only. Show this message in store!',
      'Exclusive member offer from {SHOP}: {PCT} off with code {CODE}. T&Cs apply',
      'You left something in your cart! Complete your order at {SHOP} and get {PCT} off',
      'HUGE clearance at {SHOP}!!! Everything must go. Visit {url} now',
      'Spin the wheel and win up to {PCT} off at {SHOP}: {url}',
      '{SHOP}: 2 pizzas for $15 tonight only, order at {url} or call {phone}',
      'New gym, no joining fee! {SHOP} open day this Saturday, first month {en_amount}. Reply STOP to unsubscribe',
    ],
    { SHOP, PCT: ['20%', '30%', '50%', '70%', '15%', '40%'], CODE: ['SAVE20', 'VIP50', 'FLASH30', 'WELCOME15', 'BF2026'] }),

  benign('creator-growth-talk', 'chat',
    'Creators and users talking about their own follower counts, growth and engagement, warning against buying followers; no offer.',
    [
      'I finally hit {QTY} {METRIC} on {PLATFORM}, thank you all so much!',
      'my {PLATFORM} {METRIC} dropped again, the algorithm hates me lol',
      'never buy followers, they are bots and they kill your engagement',
      'how do you guys grow on {PLATFORM}? I post daily and still get like 50 views',
      'someone offered to sell me followers in my DMs, obviously a scam, reported',
      'consistency is the only thing that worked for my channel honestly',
      'I follow back people I actually know, not random accounts',
      'Just passed {QTY} subscribers, doing a live stream tonight to celebrate',
      'the comments under every post are full of "check my profile" bots now',
      'is it worth paying for {PLATFORM} ads for a small bakery? asking for my mom',
      'my post went viral overnight and I have no idea why 😂',
      'reminder that likes don\'t define your worth',
    ],
    { PLATFORM, METRIC, QTY }),

  benign('marketing-work-talk', 'work',
    'Colleagues and freelancers talking about marketing work: campaigns, SEO reports, newsletters and clients, to each other.',
    [
      'the SEO report for the client is ready, traffic is up 12% this month',
      'can you schedule the newsletter for Tuesday 9am?',
      'our email open rate is 28%, not bad for the holiday season',
      'I need the copy for the Black Friday banner by Friday',
      'client wants more backlinks but we only do white-hat stuff',
      'just finished the website redesign for the dental clinic, they loved it',
      'meeting with the ads team at 3 to review the campaign budget',
      'do we have permission to email these leads? double-check the opt-in',
      'I\'m freelancing as a web designer now, my rates are on my LinkedIn if anyone asks',
      'the A/B test shows the shorter subject line wins',
    ]),

  benign('friend-shares-deal', 'shopping',
    'Friends and family sharing a deal, a discount code or a shop they like with someone they know, in conversation.',
    [
      'there\'s 30% off at {SHOP} this weekend if you still need shoes',
      'use my code {CODE} lol it gives you 20% and me nothing',
      'omg {SHOP} has a sale, want to go Saturday?',
      'I got these for half price at {SHOP}, link: {url}',
      'mom, the blender you wanted is on sale at {SHOP}',
      'did you get the {SHOP} email? buy one get one free on pizza tonight',
      'I unsubscribed from all those shop texts, so annoying',
      'my cart is full but I\'m waiting for Black Friday 😅',
      'found a coupon for the gym, first month free, want to join with me?',
      'that store texted me 5 times today, I\'m blocking them',
    ],
    { SHOP, CODE: ['SAVE20', 'FRIEND15', 'ANNA10', 'WELCOME15'] }),
];
