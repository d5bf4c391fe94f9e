import { type Family, familyMakers } from '../types.js';
import { FORGED } from '../policies.js';

/**
 * Round v50 (file set acctshop-v50, benign letter c): black-market accounts, refunds and fraud services in English, as
 * sellers, resellers and buyers write them in DMs, Telegram shops, Discord servers, forum threads and comment spam. The
 * plain forms are in en/drugs.ts (leaked-accounts, otp-sim-services, cc-dumps, bank-logs-cashout, fullz) and fullz-v48
 * (IDs, card autoshops, flips, KYC'd accounts, lookups, SIM swaps, breach posts). This set adds what they leave thin:
 * "lifetime" and shared-login streaming accounts (Netflix, Spotify, Disney+, Max) with warranties and "don't change the
 * password" rules, aged and verified social media accounts and PVA/ad accounts, cracked software keys and carded
 * licences, discounted gift cards that are carded or from stolen balances, "refund method" guides (DNA, FTID, empty box,
 * partial), refund-as-a-service with store lists and fee percentages, bank drops and "dead hyped" accounts, OTP bots sold
 * as subscriptions with their command syntax, stolen loyalty points and airline miles (cheap flights booked on hacked
 * rewards accounts), email:password combo lists, ULP and stealer-log clouds, "methods" packs and "fraud bibles" for
 * sale, and fake receipts, FTID labels and claim paperwork.
 * Benign look-alikes (letter c): family plan sharing and extra-member fees, official gift-card promotions, legitimate
 * refunds and returns, account recovery through official help, moving miles and points between one's own accounts,
 * student software licences, security researchers and admins discussing breaches and combo lists, password-manager and
 * 2FA advice, warnings about account-shop scams, legit game-key bundles and giveaways, fraud-prevention work talk, and
 * ordinary bank notices about dormant accounts and direct deposit.
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
const DATA = ['cg-fraud-or-scams.d.2', `${R}.j`, 'aup-8'];
const TAKEOVER = ['cg-account-security.d', 'cg-fraud-or-scams.a.4', `${R}.j`, 'aup-8'];
const CARDS = ['cg-fraud-or-scams.d.1', `${R}.j`, 'aup-8'];
const LAUNDER = [...CARDS, 'cg-fraud-or-scams.c'];
const REFUND = ['cg-fraud-or-scams.b', 'cg-fraud-or-scams.a.4', `${R}.j`];
const TUTORIAL = [`${R}.j`, 'cg-fraud-or-scams.b', 'aup-8'];
const PIRACY = ['cg-intellectual-property-infringement', 'cg-fraud-or-scams.d', `${R}.j`];
const PAPERS = [...FORGED, `${R}.k`, 'aup-8'];

const E = ['', '', '', '🔥', '💯', '✅', '⚡', '🤫', '👀', '💸', '📦', '🎁'];
const CT = ['{en_contact}', 'tg @{handle}', 'tele: {handle}', 'telegram {handle}', 'discord {handle}#{digits4}', 'DM 📩', 'ig @{handle}', 'shop: {url}', 'autobuy {url}', 'session id in bio'];
const PAY = ['BTC', 'LTC', 'USDT', 'cashapp', 'c@shapp', 'crypto only', 'PayPal F&F', 'ltc/btc', 'XMR'];
const STREAM = ['Netflix', 'Netflix 4K', 'Spotify Premium', 'Disney+', 'Max', 'Hulu', 'Crunchyroll', 'YouTube Premium', 'Prime Video', 'Paramount+', 'DAZN', 'ChatGPT Plus'];
const SOCIAL = ['IG', 'Instagram', 'TikTok', 'Twitter/X', 'Facebook', 'Snapchat', 'Reddit', 'Gmail PVA', 'FB ads', 'Discord', 'YouTube channel'];
const STORE = ['Amazon', 'Walmart', 'Best Buy', 'Apple', 'Target', 'eBay', 'Nike', 'Home Depot', 'Costco', 'Zara', 'Uber Eats', 'DoorDash'];
const AIR = ['Delta SkyMiles', 'United MileagePlus', 'AA miles', 'Avios', 'Marriott Bonvoy points', 'Hilton Honors points', 'Southwest points', 'Starbucks stars', 'IHG points', 'Emirates Skywards'];

const base: Slots = { e: E, ct: CT, pay: PAY, stream: STREAM, social: SOCIAL, store: STORE, air: AIR };

const { fam, ben } = familyMakers({ lang: 'en', harm: 'v50-acctshop', benign: 'v50c-acctshop', slots: base });

const HARM: Family[] = [
  fam('regulated', 'data', 'lifetime-streaming-accounts', TAKEOVER,
    'Hacked and "lifetime" streaming accounts sold cheap — shared logins, private profiles, warranty and replacement rules, "don\'t change the password" — stolen credentials resold as a product.',
    [
      '{stream} lifetime acc $5 🔥 {ct}',
      'selling {stream} + {stream} accounts, 1 year warranty, replacement if it stops working',
      'lifetime {stream} for $8?? yes really. dont change the email or password or warranty is void',
      'N3tfl1x premium 4 screens $3/month, private profile, {pay}',
      'restock: {stream} / {stream} / {stream} — autobuy {url}, delivered instantly as email:pass',
      'RULES: 1 profile only, do NOT change pin, do NOT log out other devices. break it = no replacement',
      'why pay $22 a month lol i got {stream} for {en_amount} lifetime, hmu',
      'S p o t i f y premium on ur own email, upgrade in 5 min, no family invite needed {e}',
      'if the acc dies just send the order id in the ticket channel and we swap it',
      'Reseller panel open: buy {stream} accs at wholesale, resell on your own page, {ct}',
      'need {stream} cheap? cracked ones are $1, private ones $4, {pay} only',
      'hey saw u asking for disney plus in the group, i sell them $6 lifetime, want one?',
      '📺 {stream} 🎵 {stream} 🎬 {stream} all for $15 bundle, warranty 6 months, vouches pinned',
      'these are hits from a checker so some get reset by the owner, thats why the warranty',
      'Bulk 100x {stream} accounts = $40. Fresh, tested today.',
      'ACCOUNT SHOP 🛒 {stream} | {social} | {air} | {store} — all in one bot, /start → pick → pay {pay} → delivered in chat',
      'vouch: got my {stream} acc, worked first try, A+ seller',
    ]),

  fam('regulated', 'data', 'aged-verified-social-accounts', TAKEOVER,
    'Aged, verified and "OG" social media accounts, PVA e-mails and ad accounts for sale — often stolen or farmed, sold with cookies, 2FA backup codes and original e-mail — trading in hijacked or fake identities.',
    [
      'aged {social} accounts 2016-2019, with followers, original email included {ct}',
      'selling verified {social} w/ blue check, full access + OG mail, {en_amount}',
      'OG 4 letter {social} handles, pulled fresh, {pay}',
      'PVA accounts bulk: {social} 1k pcs, phone verified, cookies + user agent included',
      'Aged FB ads accounts with $250 limit, BM verified, no restrictions, ready to run',
      'need an aged {social} to get around the new account limit? got u, $12 each',
      '{social} acc w 40k real followers, niche fitness, full email swap after payment',
      'v3r1f13d {social} accs 4 sale 👀 msg me',
      'comes with 2FA backup codes, recovery email and the original creation date screenshot',
      'we sell {social} + {social} + {social} aged stock, replace within 24h if locked',
      'who\'s buying old {social} accounts with history? i got like 300 from a log',
      'Drop your budget and niche, I will find you a matching aged {social} page. {ct}',
      'rare 3 char @ available, pulled it myself 😏 best offer by tonight',
      'a g e d  a c c s {social} {e}',
      'warranty 48h, after that not our problem if {social} bans it',
      'looking for a reliable acc plug, not a ripper pls. need aged {social} x5',
    ]),

  fam('regulated', 'data', 'cracked-keys-carded-licences', PIRACY,
    'Cracked software keys, carded or stolen licences and "lifetime" activations for Windows, Office, Adobe, antivirus and game launchers, sold far below price — pirated or fraudulently bought licences.',
    [
      'Windows 11 Pro keys $2, Office 2021 lifetime $5, instant delivery {ct}',
      'adobe CC full suite on YOUR account, 1 year, {en_amount}, works till they catch it lol',
      'Steam keys at 70% off, bought with... let\'s say other people\'s money 😂',
      'selling cracked keys for Photoshop, Premiere, After Effects + activator',
      'w1nd0ws k3ys bulk, retail keys from carded orders, dont resell on ebay',
      'Lifetime ChatGPT and Canva Pro on a shared team, $10, {pay}',
      'antivirus keys 3 years 5 devices $4, they get revoked sometimes but I replace',
      'need an autocad license for uni? dont pay autodesk, i got edu keys from a leak',
      'key + crack + loader in one zip, no virus trust, {url}',
      'Xbox Game Pass ultimate 12 months $15, codes from stolen cards so redeem fast',
      'all keys are gray market / carded, no refunds if microsoft blocks it',
      'JetBrains all products pack license, shared, {ct}',
      'k e y s  f o r  s a l e win/office/adobe {e}',
      'I can activate any software remotely via anydesk, $20 per PC',
    ]),

  fam('regulated', 'bank-cards', 'carded-gift-cards', CARDS,
    'Discounted gift cards and e-gift codes obtained by carding or from stolen balances — 50–70% off face value, "redeem fast", "no chargebacks yet" — cashing out stolen card data.',
    [
      '{store} gift cards 60% off face value, e-codes sent in 10 min {ct}',
      'selling $500 {store} gc for $180, {pay}, redeem same day',
      'carded {store} egift cards, fresh batch, use them quick before they get flagged',
      'G1FT C4RDS 🎁 {store} {store} {store} at half price, dm',
      'got $2k in {store} balance from logs, letting it go for 35%',
      'redeem ASAP these are from a cc and might get locked in 3 days',
      'buy {store} GC with btc at 50% — i card them myself, no middle man',
      'who wants cheap {store} cards? half price, proof of balance before you pay',
      'We convert your CCs into gift cards. You send cards, we send codes, split 50/50',
      'Starbucks, {store} and Visa prepaid codes, $100 face for $40 💸',
      'dont redeem on your main acc, use a fresh one, these cards are hot',
      'gc shop restocked 🔥 {store} / {store} / Steam / Google Play {url}',
      'i need someone to cash out {store} gift cards for me, i pay 20%',
    ]),

  fam('regulated', 'data', 'refund-method-guides', REFUND,
    'Refund "methods" sold or shared as step-by-step fraud — DNA (did not arrive), empty box, partial, wrong item, FTID, chargeback scripts per store — tutorials for false claims against retailers.',
    [
      '{store} refund method 2025, works up to $1,500 per order, $30 {ct}',
      'DNA method: wait 2 days after delivery, open chat, say it never came, ask for refund. ez',
      'selling my empty box method for {store}, step by step pdf + chat scripts',
      'r3fund m3th0d for {store} still working, dm for proof of refunds',
      'Partial method: say 2 of 3 items missing, weight mismatch doesnt matter under $300',
      'FTID method leaked?? nah i still sell the updated one, {pay}',
      'who has a working {store} method rn, paying good',
      'chargeback script: call bank, say unauthorized, never contact the merchant first',
      'method list: {store} DNA, {store} wrong item, {store} damaged, {store} partial — $15 each or $50 all',
      'dont use the same address twice within 30 days, thats how they link you',
      'The method: claim the product arrived broken, send a photo of a smashed one from Google, they refund without return',
      'm e t h o d s for refunds {e} tele in bio',
      'bought the {store} method and got $900 back first try 😭 legit seller',
    ]),

  fam('regulated', 'data', 'refund-service-fee', REFUND,
    'Refund-as-a-service — "we refund your order, you keep the item", store lists with limits, 15–30% fees, order ID and invoice intake — organised false claims against retailers for a cut.',
    [
      'REFUND SERVICE open 🟢 {store} {store} {store}, fee 20% of order total {ct}',
      'u order, we refund, u keep the item. {store} up to $5k. fee after refund',
      'send: order number, invoice, account email, item + price. turnaround 2-5 days',
      'r e f u n d s on {store}, {store}, Apple, fee 25% (30% over $2k)',
      'first order fee upfront for new clients, vouches in the server',
      'got a ps5 free from {store} lol, used the refund service from the discord',
      'Store list updated: {store} (no limit), {store} ($1.5k), Best Buy ($3k), Apple ($4k). Fee 18%',
      'we handle the chat, you dont talk to support at all. keep your acc clean',
      'anyone run a {store} refund service? need a 2k tv refunded',
      'refunding any ordr on {store} 💸 20% fee after success {pay}',
      'we refund food orders too, {store} and {store}, 50% of total',
      'if they ask for the return, dont ship it, we send a label that goes nowhere',
      'Refunder with 800+ vouches, {store} success rate 95%. {ct}',
      'DM me your cart, I tell you if its refundable. Dont order before asking',
    ]),

  fam('regulated', 'bank-cards', 'bank-drops-dead-hyped', LAUNDER,
    'Bank drops, "dead hyped" and "dead fulls" accounts, and drop accounts with online access sold or rented to receive stolen money — accounts opened in others\' names used for cashouts.',
    [
      'bank drops for sale, online access + debit card, {pay} {ct}',
      'dead hyped chime accounts available, already verified, ready for deposits',
      'selling drops: chase, wells, boa, with logins, email access and card mailed',
      'need a drop for a 10k wire, paying 30%, must be aged account',
      'd r o p s 🏦 US + UK, 1 week warranty',
      'dead hyped = someone else opened it with dead fulls, nobody will come asking 😂',
      'Renting drops for ACH, cashout within 24h, you get 40%',
      'fresh dead hyped accs w/ routing + account number, {en_amount} each',
      'we open a drop in any name you send us, fullz required, 3 days',
      'looking for people with clean bank accounts to receive transfers, easy {en_amount} a week',
      'uk drops with sort code, monzo starling revolut, {pay}',
      'got 5 drops left, high limit, zelle enabled 💸 first come first serve',
      'drop accounts for payroll deposits, "job" cover story included',
      'my drop just got locked, anyone got a new one for tonight? paying well',
    ]),

  fam('regulated', 'data', 'otp-bot-subscription', TAKEOVER,
    'OTP bots sold as subscriptions — Telegram bots that call victims as their bank and capture one-time codes, with command syntax, voice scripts, modes and weekly prices — account takeover as a service.',
    [
      'OTP bot 🤖 {en_amount}/week, custom voice, any bank, {ct}',
      '/call 1{digits4}555 chase — bot calls them as chase fraud dept and grabs the code',
      'modes: bank, paypal, apple pay, coinbase, amazon, cashapp. spoofed caller ID included',
      'new otp b0t out, 90% capture rate, free trial 3 calls',
      'script: "Hello this is the {store} fraud prevention team, please enter the code we just sent to block this purchase"',
      'best bot for grabbing 2fa codes on {social}, lifetime sub $300',
      'ur otp bot keeps failing on the voice part, anyone got a better one?',
      'subscriptions: 1 day $25 / 1 week $90 / 1 month $250. pay {pay}',
      'code captured: 784231 ✅ — thats what u see when it works. dm to buy',
      'o t p  g r a b b e r {e} works uk & us',
      'we also sell the source code for the bot, host it yourself, {url}',
      'pair it with logs and u can drain the account in minutes',
      'Telegram OTP bot with custom caller name, SMS + voice, auto language detect. Weekly access. {ct}',
    ]),

  fam('regulated', 'data', 'stolen-points-miles', TAKEOVER,
    'Stolen loyalty points and airline miles sold or spent — hacked rewards accounts, flights and hotels booked at 50–70% off with others\' points, points for sale in bulk — account theft cashed out as travel.',
    [
      '{air} for sale, 100k = $300, transferred to any name',
      'cheap flights 🛫 i book on my {air} accs, you pay 40% of the ticket {ct}',
      'hotel bookings at 60% off using {air}, check-in under your name',
      'selling hacked {air} accounts with 250k+ balance, {pay}',
      'cracked a bunch of rewards accs from a combo, who wants {air}',
      'f l i g h t s half price business class, dont ask where the miles are from',
      'I book your trip with points from logs. Book 48h before so the owner doesnt notice',
      'starbucks accs with 800+ stars $4 each lol',
      'loyalty points shop: {air}, {air}, gas station rewards, grocery points. bulk discount',
      'need a {en_city} to Cancun round trip? 70% off, booking agent on tele',
      '{air} accounts w/ status, use the lounge, book award seats, $50',
      'points get drained fast so redeem same day, no refunds',
      'travel agent "service" — all bookings paid with stolen points, tickets are real tho',
    ]),

  fam('regulated', 'data', 'combo-lists-stealer-clouds', DATA,
    'E-mail:password combo lists, ULP (url:login:pass) files, stealer-log clouds and checker configs sold or shared — stolen credentials traded in bulk for account takeover.',
    [
      'fresh combo list 5M lines email:pass, private, {pay} {ct}',
      'HQ combos for {stream} and {store}, 80% valid, $10 per 100k',
      'ULP cloud subscription, 2TB logs daily update, {en_amount}/month',
      'selling stealer logs: cookies + saved passwords + autofill, sorted by country',
      'c0mb0 l1sts gaming / streaming / shopping, dm',
      'checker config for {store} + proxies, hits go straight to your channel',
      'private combo from a 2025 db, not public yet, 1 buyer only',
      'mail access combos (imap working) $20 per 10k',
      'who has fresh US combos? my last batch was recycled trash',
      'logs cloud 🔥 free tier with 3 days delay, VIP gets them live. {url}',
      'email:pass | country | checked date. sample on request',
      'dumped another shop today, 900k users, combo ready tonight',
      'c o m b o s {e} 10m lines',
      'Buying fresh mail:pass for banks and crypto exchanges, paying per valid',
    ]),

  fam('regulated', 'data', 'methods-fraud-bibles', TUTORIAL,
    'Fraud "methods", method packs, "sauce" and fraud bibles sold or advertised — carding, cashout, account opening and refund tutorials with mentorship — selling cybercrime know-how.',
    [
      'fraud bible 2025 edition, 300+ methods, $25 {ct}',
      'selling methods: cashapp, paypal, gc cashout, bank drop opening. beginners welcome',
      'the sauce 🥫 works every time. $100 and i teach u 1 on 1',
      'method pack includes: carding guide, BINs list, cashout spots, refund scripts, {pay}',
      'mentorship program — make $5k in your first week or your money back, dm "method"',
      'm3th0ds for sale, nothing outdated, updated weekly',
      'who selling the real fraud bible not the leaked 2019 garbage',
      'I will teach you how to open bank accounts with fullz, 2 hour call, {en_amount}',
      'fresh method for {store}, $50 sauce, no reselling',
      'VIP channel: new method every day, tutorials, tools, {url}',
      'im not gatekeeping anymore, 4 methods for $40 this weekend only',
      'f r a u d  b i b l e pdf {e}',
      'tap in if u want the method, i posted proof of cashout in my story',
      'beginner pack: what is a BIN, how to use socks5, how to pass 3DS, {ct}',
    ]),

  fam('regulated', 'documents', 'fake-receipts-ftid-claims', PAPERS,
    'Fake receipts, receipt generators, FTID and fake return labels, and forged police or damage reports sold to back false refund and insurance claims — forged paperwork for fraud.',
    [
      'receipt generator for {store}, Apple, StockX, Goat — looks 1:1 {ct}',
      'FTID labels $15 each, tracking shows returned but the box never arrives',
      'need a fake {store} receipt for a warranty claim? $10, any date any item',
      'selling police report templates for lost/stolen claims, editable pdf',
      'r3c3ipts for any store 🧾 dm',
      'fake damage report + photos pack for insurance claims, {pay}',
      'we make return labels that scan as dropped off, perfect for refunds',
      'custom invoice with your name, any amount, for {store} price matching or claims',
      'E-receipt maker subscription, 40 brands, {url}',
      'who can make me a best buy receipt from last year, need it for a claim',
      'proof of purchase docs for resellers 😉 stockx, nike, {store}',
      'carrier "lost package" letter template, signed, $25',
      'f t i d  available 📦 all carriers',
    ]),

];

const BEN: Family[] = [
  ben('family', 'family-plan-sharing',
    'Family plans, extra-member fees and splitting subscriptions among relatives and housemates — the same streaming and "share an account" words in ordinary household use.',
    [
      'can u add me to the spotify family plan? ill send u my $3 every month',
      'Netflix is charging for extra members now, mum wants to add me for $7.99',
      'who still owes me for {stream} this month 👀',
      'I made a profile for you on the Disney+ account, the password is on the fridge',
      'splitting {stream} with my roommates, works out at $4 each',
      'dad changed the netflix password again and didn\'t tell anyone 😂',
      'Your family plan invite: {en_name} invited you to join their household. Accept in the app.',
      'is it allowed to share a {stream} family plan with my sister who lives in another city?',
      'cancelling Hulu, nobody watches it. keeping Max for the football',
      'Can you log out of my account on the TV at your place? I hit the device limit.',
      'our household plan covers 6 people, grandma included, she only uses it for audiobooks',
      'lifetime subscription deals are never actually lifetime, we just use the yearly one',
      'ok i paid the family plan for the year, you guys owe me {en_amount} total',
    ]),

  ben('shopping', 'official-gift-card-promos',
    'Official gift-card sales and store promotions — bonus cards, holiday deals, discounted cards at warehouse clubs, gifting codes — gift cards and discounts used legitimately.',
    [
      'Buy a $100 {store} gift card, get a $15 bonus card. In stores and online through Sunday.',
      'costco sells {store} gift cards at like 20% off, worth it if you shop there anyway',
      'Your e-gift card from {en_name} has arrived 🎁 Redeem at checkout.',
      'What do you get a teacher? I always do a {store} gift card',
      'Holiday deal: $50 gift card for $40 when you join rewards',
      'Reminder: our staff will never ask you to pay with gift cards.',
      'got a {store} gc for my birthday and spent it in 10 min lol',
      'Gift card balance: $23.40. Check your balance anytime on our website.',
      'half price gift cards at the restaurant for black friday!! buy $50 pay $25',
      'can i use two gift cards on one {store} order?',
      'Corporate gifting: send branded e-gift codes to your team in bulk.',
      'the grocery store gives 4x fuel points on gift cards this week',
      'Gift cards are non-refundable and cannot be exchanged for cash except where required by law.',
    ]),

  ben('shopping', 'legit-refunds-returns',
    'Real refunds, returns and delivery claims — return windows, missing parcels reported honestly, refund timelines — the refund vocabulary in genuine customer use.',
    [
      'my {store} package says delivered but it\'s not here, reported it and they\'re sending a new one',
      'Your refund of $64.99 has been issued. Allow 3-5 business days for it to appear.',
      'returned the shoes at the store, refund went straight back to my card',
      'how long does {store} take to refund after you drop off a return?',
      'Return window: 30 days from delivery. Items must be unused with tags attached.',
      'the box arrived crushed and the lamp was broken, support refunded me after i sent photos',
      'they sent the wrong colour so i printed the return label and dropped it at the post office',
      'Partial refund processed for the missing item in your order.',
      'is there a restocking fee on opened electronics at {store}?',
      'finally got my money back for the cancelled flight after 6 weeks',
      'Refund request received. A specialist will review it within 48 hours.',
      'just a tip, keep the tracking receipt when you send a return back',
      'the refund method will match your original payment method',
      'filed a claim with the carrier for the lost parcel, they paid out the insured value',
    ]),

  ben('service', 'account-recovery-help',
    'Account recovery and hacked-account help through official channels — recovery forms, ID checks, "never share your code" — account and 2FA words from the victim\'s and support\'s side.',
    [
      'my insta got hacked and they changed the email, anyone know how to get it back?',
      'Use the official recovery form at the help centre. We will never DM you to recover your account.',
      'got my {social} back!! the selfie video verification actually worked',
      'Someone tried to log in to your account from a new device. If this wasn\'t you, secure your account now.',
      'dont pay those "recovery experts" in the comments, they\'re scammers. go through support',
      'Your verification code is {code}. Do not share this code with anyone, including our staff.',
      'lost my phone and my authenticator, luckily i saved the backup codes',
      'my netflix got used by someone in another country, changed the password and signed out all devices',
      'How do I recover an old Gmail I made in 2012? I still know the password but not the phone',
      'Account recovery request received. We\'ll email you within 2 business days.',
      'hacked account PSA: check your email forwarding rules, mine had one set up',
      'i got locked out of {stream} after too many wrong passwords lol',
      'if anyone gets a weird link from my account, dont click, I was hacked. sorted now',
    ]),

  ben('finance', 'miles-points-own-accounts',
    'Moving airline miles and hotel points between one\'s own accounts, transfer partners, pooling within a household, and award bookings — points and miles talk that is legitimate.',
    [
      'transferred my chase points to {air}, booked two business seats for the honeymoon',
      'Household pooling lets up to 5 members combine points at no cost.',
      'can I move my {air} into my husband\'s account for the trip?',
      'the transfer bonus is 30% this month, good time to move points to the airline',
      'Your points transfer to {air} is complete.',
      'booked a free night with points, hotel was lovely',
      'miles expire after 24 months of no activity, just buy a coffee on the card to keep them',
      'got 80k miles from the sign up bonus, cheapest way to fly to {en_city}?',
      'Reminder: points can only be transferred to accounts in your name or an eligible household member.',
      'flights half price with points if you book the saver fares early',
      'my mum gave me her {air} for my birthday trip, she added me as a family member',
      'Statement: you earned 2,340 points this month.',
      'anyone know if starbucks stars roll over? i have 800 sitting there',
    ]),

  ben('education', 'student-software-licences',
    'Student and education licences, free edu tiers and legitimate software discounts — keys, licences and "lifetime" words in lawful use.',
    [
      'Office 365 is free with your university email, just sign in on the portal',
      'adobe student pricing is like 65% off the first year, verify with your school',
      'GitHub Student Pack gives free JetBrains licences, apply with your .edu',
      'Autodesk has free educational licences for students and teachers, renew every year',
      'bought a lifetime licence for the PDF editor years ago, still works',
      'where do I find my windows product key after upgrading?',
      'Your license key has been sent to your email. Activate it within 30 days.',
      'software sale this week: 40% off creative apps for students and teachers',
      'is a cheap windows key from a random website legit? (pls just use the official store)',
      'Lab computers have Photoshop installed, you don\'t need your own licence for the course.',
      'my student discount on {stream} runs out after graduation 😭',
      'Volume licensing for schools: contact our education team for pricing.',
      'free alternatives: GIMP instead of Photoshop, LibreOffice instead of Office',
    ]),

  ben('news', 'security-research-breaches',
    'Security researchers, admins and journalists discussing breaches, combo lists, stealer logs and OTP-bot takedowns — the same trade words in reporting, analysis and defence.',
    [
      'Researchers found a 2-billion-line combo list circulating; most entries are recycled from older breaches.',
      'we saw a spike in credential stuffing on our login page last night, turned on rate limiting',
      'Police shut down an OTP bot service used to steal codes from bank customers.',
      'interesting talk on how stealer logs are sold, the ULP files make takeover trivial',
      'our threat intel team monitors markets for our customers\' accounts and forces resets',
      'Report: refund fraud groups cost retailers billions a year, with services advertised openly on Telegram.',
      'ran our user emails against the breach list, 3% reused leaked passwords',
      'the "fraud bible" is mostly outdated junk according to researchers who analysed it',
      'New paper on how "dead hyped" bank accounts are opened with stolen identities.',
      'Security advisory: attackers are selling aged social accounts to run ad fraud. Review your ad account access.',
      'threat briefing tomorrow: gift card fraud, carding trends, account takeover',
      'hibp added another breach this week, check your email',
      'Journalist here looking to speak with people whose loyalty points were stolen',
    ]),

  ben('chat', 'password-manager-advice',
    'Password managers, unique passwords, 2FA and passkeys — advice that uses "combo", "email:password", "leaked" and "OTP" innocently.',
    [
      'use a password manager, every site a different password, then a combo leak doesn\'t matter',
      'turn on 2FA with an app, not SMS, and never read the code to anyone who calls you',
      'my email:password from an old forum was in a leak, changed it everywhere',
      'Passkeys are rolling out: sign in with your face or fingerprint, no password to steal.',
      'what password manager do you all use? bitwarden or 1password?',
      'if someone calls saying they\'re your bank and asks for the OTP, hang up',
      'stop reusing the same password with a 1 at the end lol',
      'Tip: your password manager can warn you when a saved password appears in a known breach.',
      'set up backup codes and print them, saved me when my phone died',
      'the combo of a long passphrase and 2fa is enough for most people',
      'family tech day: put grandpa\'s passwords into the manager and set up recovery contacts',
      'Security check: 4 of your saved passwords are reused. Change them now.',
    ]),

  ben('police', 'account-shop-scam-warnings',
    'Warnings from police, platforms and users about cheap account sellers, refund services, gift-card offers and fake "lifetime" deals — mentioning the trade to warn, not to sell.',
    [
      'PSA: those "lifetime Netflix $5" accounts are stolen, they die in a week and you\'re funding hackers',
      'Police warning: adverts offering gift cards at half price are scams or stolen cards.',
      'anyone selling a "refund service" in this group gets banned, report them to mods',
      'Don\'t buy aged accounts. They get banned, and you could be buying someone\'s hacked profile.',
      'my cousin paid for a "method" on telegram and got blocked instantly. pure scam',
      'Fraud alert: criminals are recruiting people to open bank accounts for "easy money". This is money laundering.',
      'Mod note: posts selling accounts, keys or "methods" will be removed.',
      'If someone offers you cheap flights booked with points, the points are likely stolen.',
      'just got a DM offering spotify premium for $3 lifetime, reported',
      'Consumer advice: never give your bank details to be a "drop", you can be prosecuted.',
      'warning to everyone: fake receipt sites steal your card when you pay',
      'seen a lot of OTP bot ads in replies today, please report instead of clicking',
    ]),

  ben('games', 'legit-game-keys-bundles',
    'Game keys, bundles, giveaways and console subscriptions bought from official stores — "keys", "cheap", "codes" and "accounts" in ordinary gaming talk.',
    [
      'humble bundle this month has 8 steam keys for $12, worth it',
      'giveaway time 🎁 3 winners get a Steam key, like and retweet',
      'redeem your key in the Steam client: Games > Activate a Product',
      'game pass is on sale for $1 the first month on the official store',
      'my old account from 2012 still has all my skins, nostalgia',
      'Your pre-order code is ready. Redeem it on your console before launch day.',
      'trading duplicate keys with friends is fine, selling them on sketchy sites isn\'t',
      'is the steam summer sale still on? need cheap games for the weekend',
      'anyone got a spare beta key? happy to swap for my extra one',
      'bought a digital code at the shop, cheaper than the eshop price',
      'The creator gave out 50 free keys to the stream chat, I got one!',
      'dont share ur account password with "boosters", they stole my friends account',
    ]),

  ben('work', 'fraud-prevention-work',
    'Fraud analysts, chargeback teams and retail support staff at work — refund abuse, carding, drop accounts and OTP phishing discussed in order to stop them.',
    [
      'flagged 40 orders today that looked like refund abuse, same address different names',
      'Our chargeback team needs the delivery photo and signature for every DNA claim over $500.',
      'job posting: fraud analyst, experience with card testing and account takeover patterns',
      'we had a wave of gift card purchases with stolen cards, blocked the BIN range',
      'customer says she never got the parcel, GPS shows the driver at the door, escalate',
      'Training today: spotting mule and drop accounts in new applications.',
      'the FTID scam is why we weigh every return before refunding now',
      'AML team closed 12 accounts this week that were receiving transfers from multiple victims',
      'shift handover: 3 ATO cases, all reset, customers notified',
      'we are rolling out a new rule for refund claims without a return scan',
      'Loss prevention meeting at 2 about the receipt fraud at the downtown store.',
      'anyone else on trust & safety seeing OTP bot calls targeting our customers?',
    ]),

  ben('finance', 'bank-notices-dormant-deposit',
    'Ordinary bank notices and questions — dormant or inactive accounts, direct deposit setup, second checking accounts, verified business accounts — the "drop", "dead" and "verified account" words innocently.',
    [
      'Your account has been inactive for 12 months. Log in or make a transaction to keep it active.',
      'how do i set up direct deposit for my new job? they need routing and account number',
      'opened a second checking account just for bills, makes budgeting easier',
      'the bank closed my dormant savings and mailed me a cheque',
      'Your business account is now verified. You can accept payments.',
      'my phone is dead and i need to pay rent, can you send it from the joint account?',
      'Deposit received: $1,240.00 from payroll.',
      'drop-off at the branch: night deposit box is on the left of the door',
      'is it weird to have accounts at 3 different banks? one for savings one for spending',
      'Reminder: we will never ask you to move money to a "safe account".',
      'my grandma\'s account needs a power of attorney before i can help with it',
      'unclaimed property search found $86 from an old account of mine lol',
    ]),
];

export const families: Family[] = [...HARM, ...BEN];
