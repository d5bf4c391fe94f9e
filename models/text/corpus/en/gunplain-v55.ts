import { type Family, familyMakers } from '../types.js';

/**
 * Round v55 (file set gunplain-v55, benign letter a): plain, explicit illegal gun offers — the gun named, the price
 * stated, and "for sale", "no paperwork", "cash only", "can deliver", "dm me", "hit my line" right next to it — as real
 * sellers write them in SMS, social posts, DMs and group chats, short and long. The plain forms are in en/drugs.ts (its
 * weapons families), ghostgun-v48 (switches, coded menus, straw purchases, jigs, printed files), gunmarket-v50 (listings
 * dressed as safes and kits, no-FFL private sales, swaps, banned-state mags), streetguns-v50 (slang asks, number
 * shorthand, clean/dirty history, rentals) and bannedweapons-v51 (knives, stun guns, cans, armor-piercing ammo). This set
 * adds what they leave thin: the blunt one-line "Glock 19 for sale, no paperwork" post; rifles and shotguns "cash only no
 * questions"; bare price texts ("strap for sale 400"); delivery and meet-up offers ("I can bring it to you", "drop off
 * tonight"); "hit my line" menus listing several guns with prices; ammo and mags priced by the box and by the piece; group
 * chat restock blasts; replies quoting a price to a buyer; story and status posts ("on deck", "pics in dm"); bundle deals
 * (gun + mags + box of rounds); long classified-style posts that spell out no background check and no records; and quick
 * sales ("need it gone tonight", "first 500 takes it").
 * Benign look-alikes (letter a): licensed dealer listings that state the background check and FFL transfer; hunting-
 * season chat; gun safes, cases and lockboxes for sale with no gun; toy, airsoft, gel and Nerf guns; "Glock" and "strap"
 * in music lyrics talk; news of gun-trafficking arrests and seizures; range memberships; CCW and safety-class sign-ups;
 * nail, glue, heat and massage guns for sale with delivery; home-cooked plates and baked goods with "hit my line / can
 * deliver"; everyday "cash only, no paperwork needed" used-goods posts; and people reporting or warning about gun sellers.
 */

type Slots = Readonly<Record<string, readonly string[]>>;
const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
/** trading firearms, parts, ammunition and armor */
const ARMS = [`${R}.a`, 'aup-8.b', 'aup-8'];
/** firearms traded with conversion devices */
const BUILD = [`${R}.a`, `${R}.b`, 'aup-8.b', 'aup-8'];
/** stolen or defaced firearms */
const ARMS_STOLEN = [`${R}.a`, `${R}.k`, 'aup-8.b', 'aup-8'];

const E = ['', '', '', '🔫', '💯', '👀', '🔥', '🤫', '📦', '💥', '😤', '🧨'];
const GUN = ['Glock 19', 'glock 17', 'G26', 'Glock 43', 'G22', 'P365', 'Sig P320', 'M&P 9', 'M&P Shield', 'Taurus G3', 'Hi-Point', 'Ruger LCP', 'Smith 38 special', 'Beretta 92', '1911', 'Canik TP9', 'XD 45', 'SCCY', 'S&W .40'];
const LONG = ['AR15', 'AR-15', 'AK47', 'AK', 'Draco', 'SKS', 'Mossberg 500', 'Remington 870', '12 gauge pump', 'sawed off', 'Mini 14', 'AR pistol', 'Hi-Point carbine', 'lever action 30-30'];
const SLANG = ['strap', 'blick', 'pole', 'piece', 'tool', 'stick', 'heater', 'burner', 'joint', 'blicky', 'thang', 'glizzy'];
const PAY = ['cash', 'cashapp', 'zelle', 'apple pay', 'chime', 'venmo', 'btc'];
const CT = ['{en_contact}', 'hit my line', 'hml', 'dm me', 'txt {phone}', 'call or text {phone}', 'snap {handle}', 'IG @{handle}', 'tg @{handle}', 'inbox me', 'hmu'];
const PR = ['350', '400', '450', '500', '550', '600', '650', '700', '800', '900', '1200', '1500', '$400', '$550', '$650', '$900'];
const AMMO = ['9mm', '5.56', '7.62x39', '.223', '.40', '.45', '12ga buckshot', '.380', '22lr', 'hollow points'];
const SPOT = ['the gas station', 'the Walmart lot', 'the park', 'the plaza', 'your block', 'the car wash', 'the McDonalds on main', 'the back of the complex'];

const base: Slots = { e: E, gun: GUN, long: LONG, slang: SLANG, pay: PAY, ct: CT, pr: PR, ammo: AMMO, spot: SPOT };

const { fam, ben } = familyMakers({ lang: 'en', harm: 'v55-gunplain', benign: 'v55a-gunplain', slots: base });

const HARM: Family[] = [
  fam('regulated', 'weapons', 'handgun-for-sale-no-paperwork', ARMS,
    'Blunt one-line posts and texts selling a named handgun "for sale, no paperwork, no background check" — an unlicensed firearm sale outside the law.',
    [
      '{gun} for sale, no paperwork',
      '{gun} 4 sale {pr} no papers no questions {ct}',
      'selling my {gun}. no paperwork. {pay} only. {ct}',
      'GLOCK 19 FOR SALE!! no bg check needed {e}',
      'got a {gun} for sale rn, no paperwork no background check, {pr} firm',
      '{gun} for sale. Runs perfect. No papers, no transfer, you walk away with it same day. {ct}',
      'g l o c k for sale no p4perwork {ct}',
      'who tryna buy a {gun}?? {pr} no paper trail',
      'Selling a {gun} with 2 mags. I dont do paperwork or ID so dont ask. {ct}',
      'gl0ck 4 sale 🔫 no pprwrk {pr}',
      '{gun} — {pr} — no background, no receipt, no names',
      'have a {gun} for sale, never registered, no paperwork, cash in hand',
      'anyone want a {gun}? no papers. {ct} {e}',
      'Pistol for sale ({gun}), off paper, {pr}. Serious only, {ct}',
      '{gun} up for grabs no paperwork needed just bring {pay}',
    ]),

  fam('regulated', 'weapons', 'rifle-shotgun-cash-only', ARMS,
    'Rifles and shotguns (AR15, AK, Draco, pump shotguns, sawed-offs) offered "cash only, no questions, no ID" — long guns sold off the books.',
    [
      '{long} cash only no questions',
      '{long} for sale {pr} cash only. no ID no questions asked {ct}',
      'AR15 cash only no questions 💯',
      'got a {long} w/ 30s, cash only, dont ask me nothing',
      'selling a {long} {pr}, cash, no names no paperwork, {ct}',
      '{long} 4 sale. cash. no q\'s. {e}',
      'sawed off 12 for sale {pr} cash only no questions hit my line',
      'Have a {long} I need gone. Cash only, no ID, no questions. I dont wanna know your business and you dont know mine. {ct}',
      'A K for sale c a s h only',
      'shotgun for sale, pump, {pr}, cash only, no background check {ct}',
      'Draco for sale, no bg, cash or {pay}. {ct}',
      'ARRR 15 4 sale, c4sh 0nly, no qs',
      '{long} + sling {pr} cash only no questions no lowballs',
      'Anyone need a {long}? Cash only. Off paper. No questions. {spot} tonight.',
    ]),

  fam('regulated', 'weapons', 'strap-price-bare-texts', ARMS,
    'Bare price texts with slang for a gun ("strap for sale 400", "9 for 5", "blick 350") — short street-sale offers with the price attached.',
    [
      '{slang} for sale {pr}',
      '{slang} 4 sale {pr} {ct}',
      'strap for sale 400',
      'got a {slang} {pr} lmk',
      '{slang} {pr} {e}',
      'need a {slang}? {pr} {ct}',
      'selling {slang} {pr} obo',
      'st.r.a.p 4 s@le {pr}',
      'who want this {slang} {pr} firm',
      'clean {slang} {pr} no bodies {ct}',
      '{slang} on me {pr} hit my line',
      '🔫 {pr} 📲 {ct}',
      'got 2 {slang}s {pr} each or both for 1k',
      'bl1ck 4 sale {pr} no bodies',
    ]),

  fam('regulated', 'weapons', 'can-deliver-meetup', ARMS,
    'Offers to deliver a gun or meet up to hand it over ("can deliver", "drop off tonight", "meet at the gas station") — illegal transfer arranged in person.',
    [
      '{gun} for sale, can deliver',
      'I can deliver the {gun} tonight, {pr}, {pay} or cash',
      'got that {slang}, i can bring it to u. {ct}',
      'delivery available on the {gun} and the {long}, {en_city} area only',
      'meet at {spot}, bring {pr}, I\'ll have the {gun} in a shoebox',
      '{slang} for sale, I deliver, no paperwork {e}',
      'can drop it off to you today. {gun}. {pr}. {ct}',
      'Deliveries all day 🚗 {gun} {long} ammo too {ct}',
      'dont got a ride? i deliver. {slang} {pr} + gas money',
      'd3liv3ry avail on the {gun}',
      'Ill pull up with it. {spot} in 20. bring {pay}',
      'Selling {gun}. Can meet anywhere in {en_city}. Cash on meet, no paperwork, no ID. {ct}',
      'he can deliver the {long} to your crib, {pr}',
      'Meetups only at {spot}. Gun in bag. Money first then you get it.',
    ]),

  fam('regulated', 'weapons', 'hit-my-line-menu-posts', ARMS,
    'Social and status posts listing several guns with prices ("menu", "on deck") and "hit my line" / "dm me" — an open illegal firearms storefront.',
    [
      'MENU 🔥 {gun} {pr} / {long} {pr} / {ammo} box 40 — hit my line',
      'On deck: {gun}, {gun}, {long}. hit my line {e}',
      'whats on deck rn 👇 {gun} {pr}, {long} {pr}, mags 30. {ct}',
      'new menu dropped, {gun}s and {long}s, dm me for prices',
      'hit my line for them {slang}s, prices in the dm',
      '{gun} 5 / {long} 9 / switch 3 — hml',
      'everything on this menu moves today: {gun}, {long}, {ammo} rounds. {ct}',
      'M3NU: gl0cks, dr4cos, 4Rs. hml',
      'Price list — {gun} {pr} | {gun} {pr} | {long} {pr} | mags 25 ea | {ammo} by the box. No paperwork on any of it. {ct}',
      'hit my line if u need a {slang}, got all kinds',
      'glocks 🔫 ARs 🔫 shotties 🔫 dm me',
      'restocked menu, straps + sticks + bullets, {pay} accepted {ct}',
      'on deck {gun} w switch {pr} hml',
      '🔫🔫 menu in bio, hit my line',
    ]),

  fam('regulated', 'weapons', 'ammo-mags-priced', ARMS,
    'Ammunition and magazines sold by the box or piece to anyone ("no ID", "dm me", extended and drum mags priced) — regulated ammunition and magazines traded off the books.',
    [
      '{ammo} for sale {pr} a case no ID',
      'box of {ammo} 40, no ID needed {ct}',
      'selling 30 rd mags 20 each, drums 80, dm me',
      'got {ammo} and {gun} mags, no questions {e}',
      'extended clips for the {gun} 35 each hml',
      '50 ct box of {ammo} 30 bucks, i dont card',
      'a mm o 4 sale, 9s and 5.56, dm',
      'Drum for a {long} 100, 30s for 25, {ammo} by the box. No ID. {ct}',
      'need bullets? {ammo} hollow tips 45 a box. i deliver',
      '1000 rounds {ammo} {pr}, cash, no license needed',
      'mags + ammo for sale for any {slang}, hit my line',
      'Selling my stash of {ammo} and a few 50 rd drums. Dont need ID, dont need a FOID, just {pay}. {ct}',
      'sw1tch + 2 exts {pr}',
      'rounds for sale 🧨 {ammo} {ct}',
    ]),

  fam('regulated', 'weapons', 'group-chat-restock-blast', ARMS,
    'Group-chat and broadcast blasts announcing a gun restock or drop ("just got a batch in", "first come first serve") — illegal guns advertised to a group.',
    [
      'yall just got a batch of {gun}s in, first come first serve',
      '@everyone restock 🔫 {gun} {pr} {long} {pr}, dm me',
      'new shipment landed. pistols and rifles. no paperwork. hit my line',
      'Broadcast: {slang}s back in stock, {pr} and up, {ct}',
      'gc who need a {slang}?? got 3 left',
      'batch just came in from down south, {gun}s brand new in the box, {pr} each, dont play with me',
      'RESTOCKED {e} {gun} / {long} / mags / {ammo}. {ct}',
      'only 2 {long}s left in the drop, grab one before friday',
      'fresh drop 🔫📦 dm to get on the list',
      'Heads up group: Im doing a drop this weekend, {gun}s and a couple {long}s, no IDs taken, cash and {pay}. Reply with what you want.',
      'r3st0ck on the str4ps',
      'who was asking for a {gun}? it came in, {pr}',
      'ay gc, {slang}s for the low, {pr} each, tonight only',
    ]),

  fam('regulated', 'weapons', 'dm-price-quote-replies', ARMS,
    'Replies to a buyer quoting the price and terms for a gun ("550 firm, I can bring it", "yeah its still available, cash only") — an illegal sale being closed in DMs.',
    [
      'yeah the {gun} still available, {pr} firm',
      '{pr} and its yours, no paperwork',
      'i got u on the {slang}, {pr}, where u at',
      'still got it. {gun}, 2 mags. {pr}. cash only. when can u meet',
      'lowest i can do on the {long} is {pr}',
      'bet, {pr} for the {gun}, i can bring it',
      'no i dont need ur ID lol just the money',
      'its clean bro no bodies, {pr} and we good',
      'send {pr} to my {pay} and I pull up with it',
      'Price is {pr} for the {gun}. Comes with a box of {ammo}. I can meet at {spot} around 8.',
      'ya it works, i test fired it yesterday. {pr}',
      'u want the {gun} or the {long}? one {pr} other more',
      'y3a still got the gl0ck, {pr}',
      'if u take both ill do {pr} on the pair',
    ]),

  fam('regulated', 'weapons', 'story-status-posts', ARMS,
    'Instagram, Snapchat and WhatsApp status posts showing a gun for sale ("swipe up", "pics in dm", "whoever wants it") — open firearm sales on social media.',
    [
      'swipe up if u want this {gun} {pr}',
      'story: {gun} for sale, dm me',
      'pics in dm, {gun} and {long} available',
      'who want it 👀🔫 {pr}',
      '{gun} up for sale, first to dm gets it {e}',
      'Status: selling my {slang}, need the bread. {pr}. {ct}',
      'if u seen my story u know, {gun} {pr} hml',
      'posting this once: {long} for sale, no paperwork, {ct}',
      'snap me for pics of the {gun}',
      'link in bio for the menu 🔫',
      'whoever want this {slang} reply to my story',
      'Not gonna post it twice. {gun}, barely shot, {pr}, {en_city}, no paper. Reply to this story if serious.',
      'st0ry got the g1ock on it, dm',
    ]),

  fam('regulated', 'weapons', 'bundle-package-deals', BUILD,
    'Bundle deals of a gun with mags, ammo, a switch or a holster at one price ("everything for 800") — illegal sales of firearms with accessories and conversion devices.',
    [
      '{gun} + 2 mags + box of {ammo} {pr}',
      'package deal: {gun}, holster, 50 rounds, {pr}',
      'everything for {pr}: {long}, sling, 3 mags, {ammo}',
      '{gun} w switch + ext clip {pr} {ct}',
      'bundle 🔫+📦 {pr} no paperwork',
      'buy the {long} get a box of {ammo} free',
      'Full kit: {gun}, laser, 3 mags, 100 rounds. {pr}. Cash only, can deliver. {ct}',
      'pistol + shottie {pr} for both',
      'gl0ck + sw!tch + dr*m {pr}',
      '{slang} package, comes ready to go, {pr} hml',
      'Starter pack for whoever need protection: {gun}, holster, 2 mags and a box. No ID. {ct}',
      '2 pistols + 1 rifle {pr} takes all',
      'deal: {gun} + {long} + all the ammo i got, {pr}',
    ]),

  fam('regulated', 'weapons', 'long-classified-no-check', ARMS_STOLEN,
    'Long classified-, forum- or email-style posts spelling out an untraceable gun sale: no background check, no records, serial removed, out of state fine — detailed illegal firearm offers.',
    [
      'Selling a {gun} in great condition. No background check, no transfer, no records kept. Serial has been taken care of. Out of state buyers fine, I can meet halfway. {pr} cash or {pay}. {ct}',
      'For sale: {long}, lightly used, comes with three magazines and a case. I do not run background checks and I do not need your name. {pr}. Email {handle}@protonmail.com',
      'Private sale, {gun}. I know the rules say go through a dealer, I am not doing that. Cash, no ID, no bill of sale. {ct}',
      'Hello, I have several handguns for sale ({gun}, {gun}) plus a {long}. None of them are registered to me. Serious buyers can text {phone}. No paperwork will be done.',
      'WTS {gun}, numbers filed off, {pr}, no paper, no questions, local or shipped in parts',
      'Posting for a friend: {long} and {gun} for sale, both clean, both off the books. If you are prohibited it does not matter to us. {ct}',
      'Re: anyone selling? Yes. {gun}, {pr}. I ship discreet in a box marked auto parts, no signature, no FFL. {ct}',
      'Selling my {gun} because I am moving. I would rather not go through a dealer so cash only, no ID, no questions. Price {pr}. Located in {en_city}.',
      'FS: {long} + ammo. No BG, no FFL, no 4473. PM.',
      'Subject: firearm available. {gun}, untraceable, never registered. Payment in {pay}. Reply to this email.',
      'Dear buyer, the {gun} is still available. I accept cash at pickup or {pay} in advance, no documents required from either side.',
      'For sale, {gun}. S/N ground off. Will not be asking for anything from you but the money. {pr}.',
      'long post but read it: I got a {gun}, a {long} and like 500 rounds of {ammo}. Selling all of it. No paperwork, no background checks, I dont care where you from. Can deliver within an hour of {en_city}. {ct}',
    ]),

  fam('regulated', 'weapons', 'quick-sale-need-gone', ARMS,
    'Urgent quick-sale offers of a gun ("need it gone tonight", "first 500 takes it", "moving, must sell") — illegal firearm sales pushed on urgency.',
    [
      'need this {gun} gone tonight {pr}',
      'first {pr} takes the {gun}',
      'gotta get rid of this {slang} asap, {pr} or best offer',
      'need money bad, selling {gun} cheap, {ct}',
      'must go today: {long} {pr} no paperwork',
      'first come first serve {gun} {pr} cash {e}',
      'quick sale, {slang} {pr}, dont waste my time',
      'need rent money so the {gun} gotta go, {pr}, can meet at {spot}',
      'n33d it g0ne t0nite, {pr}',
      'Moving out of state next week and cant take it. {gun} for sale, cash only, no papers, first {pr} gets it. {ct}',
      'price drop!! {gun} now {pr}',
      'who got {pr} right now for a {gun}',
      'fire sale on {slang}s, everything must go',
    ]),
];

const BEN: Family[] = [
  ben('shopping', 'licensed-dealer-bg-check-listings',
    'Licensed dealer and gun-store listings with the background check, FFL transfer and ID requirements stated — lawful firearm retail.',
    [
      '{gun} for sale at the shop, {pr}. Background check and valid ID required.',
      'New arrivals: {gun}, {long}. All sales go through NICS, FFL transfer fee $25.',
      'Yes the {gun} is still in stock. You\'ll fill out a 4473 and we run the background check in store.',
      'Used {long} on consignment, {pr}. Must pass background check, pick up at our FFL only.',
      'We do not ship to individuals. Online orders ship to your local FFL for transfer.',
      'Black friday at the store: {gun} {pr} out the door. State permit and ID required.',
      'dm us for availability, all purchases subject to background check and waiting period',
      'Reminder: private sales in this state must go through a licensed dealer. We do transfers for $30.',
      '{ammo} back in stock, ID required at checkout, limit 5 boxes',
      'Can you deliver? No, firearms must be picked up in person after the check clears.',
      'Trade-ins welcome. Bring the gun unloaded, in a case, and your ID.',
      'Our shop is hiring a counter associate, must be 21+ and pass a background check',
      'Paperwork takes about 20 min, bring your CCW permit if you have one to skip the wait',
    ]),

  ben('chat', 'hunting-season-chat',
    'Hunters talking about the season, tags, rifles, shotguns and ammo — lawful hunting chat using the same gun names.',
    [
      'deer season opens saturday, anyone sighting in their {long} this week?',
      'got my tag! bringing the 870 for ducks',
      'what {ammo} yall using for whitetail',
      'dad lent me his 30-30 for opening day, so hyped',
      'Bagged my first turkey with the 12 gauge this morning {e}',
      'anyone got a spot on the lease this year? dm me',
      'need to buy ammo before season, stores are always out of 7mm',
      'Hunter ed class done, license in hand, now I just need a blind',
      'dove shoot at my uncles farm sunday, bring your own shells',
      'the {long} is staying in the safe till elk season lol',
      'Reminder: blaze orange required during rifle season, dont be that guy',
      'hit my line if you want some venison, freezer is full',
      'Sighted in at 100 yards, three shots in a quarter. Ready for the weekend.',
    ]),

  ben('shopping', 'safes-cases-lockboxes',
    'Gun safes, cases, lockboxes and holsters for sale with no gun — lawful accessory sales with "for sale", "can deliver", "cash only".',
    [
      'Gun safe for sale, 24 rifle capacity, {pr}, you haul. Empty obviously.',
      'pistol lockbox for sale, fits a {gun}, 40 bucks, can deliver',
      'Hard rifle case, never used, {pr} cash only',
      'selling my old safe, combo included, {en_city} pickup, need 2 people to move it',
      'Holster for {gun}, kydex, $30. Holster only, no gun.',
      'biometric nightstand safe for sale, dm me',
      'Soft case fits an AR, $25, no paperwork needed lol its a bag',
      'Cable locks free at the police station, dont buy them',
      'Fireproof safe, 800 lbs, {pr}. Buyer arranges delivery.',
      'range bag + ear pro + eye pro, $60 for all',
      'Anyone want a gun cabinet? moving and cant take it, free',
      'Trigger locks for sale in bulk for our safety event',
    ]),

  ben('games', 'toy-airsoft-gel-nerf',
    'Toy, airsoft, gel blaster, BB and Nerf guns for sale or talk — non-firearm toys sharing gun names and sale wording.',
    [
      'airsoft {gun} replica for sale, orange tip on, {pr} obo',
      'gel blaster for sale, kids outgrew it, $20',
      'Nerf guns for sale, bag of 6, cash only',
      'Selling my airsoft AK, electric, two batteries, dm me',
      'water guns on sale at target lol summer ready',
      'bb gun for sale, daisy red ryder, can deliver locally',
      'Airsoft field opens saturday, rentals available, bring eye pro',
      'toy glock for my nephews birthday, is the orange tip required?',
      'splat gun orbeez blaster, $15, pickup',
      'paintball marker + hopper + tank {pr}',
      'anyone trading airsoft mags? I have 3 extra for my {gun} replica',
      'Foam dart blaster lot, 10 guns, 200 darts, $40',
    ]),

  ben('chat', 'glock-strap-lyrics-talk',
    '"Glock", "strap" and "blick" discussed as rap lyrics, songs and memes — music talk, no offer.',
    [
      'that verse where he says glock in my purse got me dead 😂',
      'this song is just "strap" repeated 40 times lmao',
      'who got the lyrics to the new one, the glock 19 line?',
      'the beat goes crazy but the lyrics are all blick blick',
      'Glock in my purse — Lady something? trying to remember the artist',
      'hit my line is a song right?? i keep hearing it on tiktok',
      'rap genius says "strap" means gun in that line, the whole song is about protection',
      'the music video has a glock on a table and that was it, weird',
      'playlist name: no paperwork 🔥',
      'he always raps about sticks and poles lol nobody believes him',
      'the 90s rap with "heater" in every bar >>>',
      'My teacher played a song in class and asked us what glock meant in the hook lol',
    ]),

  ben('news', 'trafficking-arrest-news',
    'News of gun-trafficking arrests, seizures and charges against people who sold guns "with no paperwork" — reporting on crime, not an offer.',
    [
      'Police arrest man accused of selling a Glock 19 on Instagram with "no paperwork"',
      'Feds charge 6 in gun trafficking ring that sold AR-15s for cash in {en_city}',
      'ATF seizes 40 firearms, including Glocks and drum magazines, in a raid',
      'Man sentenced for selling guns through Snapchat, posts said "dm me" and "can deliver"',
      'Prosecutors say the seller advertised "cash only no questions" rifles to buyers',
      'Story: undercover officers bought a pistol from a seller on a group chat, charges followed',
      'News tonight: trafficking pipeline brought handguns up the interstate, three arrested',
      'Report: number of guns sold without background checks online is rising',
      'the guy who was selling straps on his story got arrested, it was on the news',
      'Court documents show he sold {gun}s out of his car',
      'City council hears testimony on illegal gun sales via social media',
      'A man pleaded guilty to dealing firearms without a license after selling dozens of guns through ads',
    ]),

  ben('service', 'range-memberships',
    'Shooting-range membership, lane rental and gun-rental-on-site offers — lawful range services with "dm me", prices and "for sale".',
    [
      'Range memberships for sale, {pr}/year, unlimited lane time',
      'Family membership includes 2 guests per visit, dm us for details',
      'Lane rental $20/hr, gun rental on site, ID and waiver required',
      'Black friday: membership {pr}, includes free {ammo} box',
      'is the range membership worth it? I go like twice a month',
      'Ladies night thursday, free lane with rental gun, must be 21+',
      'New members must complete a safety briefing before shooting',
      'We rent {gun}s and {long}s at the counter, ammo must be bought here',
      'Corporate outing packages available, call {phone}',
      'gift card for the range for his birthday, who sells those',
      'Members get 10% off ammo and free target stands',
      'Outdoor range open sunrise to sunset, 100 yard rifle line',
    ]),

  ben('education', 'ccw-safety-class',
    'Concealed-carry, hunter-safety and first-gun classes advertised with dates and prices — lawful training.',
    [
      'CCW class saturday 9am, {pr}, bring your ID and a {gun} if you have one',
      'First time gun owner class, learn safe storage and the law, dm me to sign up',
      'Hunter safety course this weekend, free for under 18 with parent',
      'Permit class includes range time, rental guns available',
      'ladies only handgun basics, 4 hours, $75',
      'Stop the bleed + home defense seminar, limited seats',
      'Class covers: state carry laws, background checks, and transporting firearms legally',
      'need my ccw renewed, who teaches in {en_city}?',
      'Our instructor is NRA certified, group rates available',
      'Youth shotgun safety day at the club, parents must attend',
      'Signup link for the concealed carry course: {url}',
      'took the class yesterday, learned i was storing my pistol wrong lol',
    ]),

  ben('shopping', 'tool-guns-for-sale',
    'Nail, glue, heat, caulk, spray, staple and massage guns for sale with "can deliver", "cash only", "dm me" — tools, not firearms.',
    [
      'nail gun for sale, framing, {pr}, can deliver',
      'massage gun for sale barely used $60 dm me',
      'Heat gun + glue gun lot, cash only',
      'paint spray gun, Graco, works great, pickup in {en_city}',
      'Staple gun and brad nailer, $40 for both, no lowballs',
      'caulk gun for sale lol $5 somebody take it',
      'Theragun for sale, {pr}, can deliver locally',
      'pressure washer gun + wand, $30',
      'selling my radar gun from baseball coaching, dm me',
      'Label gun, price gun for the shop, cash only',
      'tattoo gun kit for sale, comes with ink, {pr}',
      'Drill, impact and nail gun combo, contractor grade, cash only, no holds',
      'Grease gun for the truck, $15, hit my line',
    ]),

  ben('shopping', 'food-plates-hit-my-line',
    'Home-cooked plates, baked goods and small services sold with "hit my line", "can deliver", "dm me", "on deck" — everyday side hustles.',
    [
      'plates on deck today 🍗 $15, hit my line',
      'Cakes for sale, can deliver, dm me',
      'hit my line for them wings, cash or cashapp',
      'Sunday menu: oxtails, mac, greens $18. I deliver in {en_city}.',
      'Selling candy apples, first come first serve',
      'need your car detailed? hit my line, i come to you',
      'Braids on deck this weekend, dm me to book',
      'lunch plates, cash only, pickup at the church',
      'restock on the banana pudding cups!! dm',
      'Snow cones for sale at the park, $3',
      'I can deliver the pies tonight, {pay} accepted',
      'bundle deal: 2 plates + drink $25',
    ]),

  ben('shopping', 'cash-only-no-paperwork-goods',
    'Used cars, bikes, furniture and electronics sold "cash only, no paperwork needed, no questions" — ordinary private sales sharing the same wording.',
    [
      'dirt bike for sale, no paperwork, off road only, {pr} cash',
      'couch for sale, cash only no questions, just come get it',
      'PS5 for sale, no receipt, {pr}, can deliver',
      'Selling my old car, title in hand, cash only',
      'Trailer for sale, no title needed in this state under 3000 lbs',
      'fridge for sale, cash only, first come first serve, need it gone tonight',
      'iPhone 13, unlocked, {pr}, meet at the police station safe exchange spot',
      'Lawn mower, runs, no paperwork lol its a mower, $80',
      'bike for sale, need it gone asap moving out of state',
      'generator for sale, cash only, no holds, {ct}',
      'puppy for sale, no papers, shots done',
      'selling my boat, no paperwork needed for under 16ft here, {pr}',
    ]),

  ben('police', 'reports-warnings-gun-sellers',
    'People reporting, warning about or asking how to report gun-sale posts, and police appeals — opposing the trade, not offering.',
    [
      'saw someone selling a glock on their story, how do i report that',
      'reported the account posting "AR15 cash only no questions", thats illegal',
      'PSA: those "guns for sale, can deliver" pages are scams AND illegal, dont send money',
      'Police: if you see guns advertised for sale on social media, call the tip line {phone}',
      'my cousin keeps posting straps for sale, im worried he gonna get locked up',
      'Moderators removed the post selling a pistol, please dont post gun sales here',
      'Group rule: no firearms, ammo or mags for sale. You will be banned.',
      'somebody in the gc offered a strap, I left the chat',
      'how do you report a gun sale to the ATF anonymously?',
      'Crime Stoppers: cash reward for info on illegal firearm sales in {en_city}',
      'fake seller took my money for a "glock with no paperwork" then blocked me, lesson learned, reporting him',
      'Mom, stop sharing those gun posts, its a scam page',
    ]),
];

export const families: Family[] = [...HARM, ...BEN];
