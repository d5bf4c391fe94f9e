import { family, type CorpusLabel, type Family } from '../types.js';

/**
 * Round v14: harms written in colloquial written Cantonese (嘅/咗/喺/冇/揾/畀/佢/嘢/唔該) as Guangdong and Hong Kong
 * users write them in WhatsApp/WeChat groups, LIHKG/高登-style forums, IG DMs and SMS: 揾工/兼職 task scams,
 * 賭波/外圍/網上賭場 ads, 一樓一/鳳姐/叫雞 solicitation, 粗口 aimed at a person and 冚家鏟 family curses, threats,
 * 財務公司/私貸 loan scams, 引流 spam, 水貨/假貨 deposits that vanish. Benign look-alikes (letter b): 飲茶, 返工/收工,
 * 食飯未, banter with swearing not aimed at anyone, football talk without betting, real job ads, real 財務 advice,
 * family group 傾偈. Written for vigil; no real people, numbers or links.
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const fam = (label: CorpusLabel, subtype: string, name: string, policies: readonly string[], pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.${label}.${subtype}.v14-cantonese-${name}`, 'zh', label, subtype, policies, pattern, templates, slots);
const ok = (subtype: string, name: string, pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.v14b-cantonese-${name}`, 'zh', 'benign', subtype, [], pattern, templates, slots);

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
const JOB = ['cg-fraud-or-scams.a.3'];
const PROMOTE = ['cg-gambling.c', 'cg-gambling.b'];
const PAID = ['cg-offering-or-requesting-sexual-behavior-for-compensation.a'];
const INSULT = ['cg-harassment-and-bullying.d', 'cg-cyberbullying.f'];
const CURSE = ['cg-harassment-and-bullying.c', 'cg-cyberbullying.a'];
const THREAT = ['cg-violence-and-threats.a', 'aup-2.a'];
const LOANSCAM = ['cg-fraud-or-scams.a.1'];
const TL = ['cg-spam.a', 'cg-spam.d'];
const FAKE_GOODS = ['cg-counterfeit-goods', `${R}.c`];

const AREA = ['旺角', '深水埗', '觀塘', '荃灣', '元朗', '屯門', '沙田', '佐敦', '油麻地', '天河', '越秀', '荔灣', '番禺', '東莞'];
const HKD = ['300', '500', '800', '1200', '1500', '2000', '3000', '5000'];
const WA = ['WhatsApp', 'WA', 'wts', 'TG', 'Telegram', 'IG', '微信', 'wechat', 'signal'];
const END = ['', '', '', '！', '。', '🤣', '😂', '🙄', '…', '!!', '👍', '😅'];
const TEAM = ['曼聯', '利物浦', '阿仙奴', '車路士', '曼城', '熱刺', '皇馬', '巴塞', '拜仁', '祖雲達斯'];
const NAME = ['阿明', '阿詩', '阿強', 'May', 'Ken姐', '陳生', '肥仔', '阿Lam', '細佬', '表姐', 'Jason', '阿芬'];
const S: Slots = { area: AREA, hkd: HKD, wa: WA, end: END, team: TEAM, nm: NAME };

export const families: Family[] = [];

// ---------------------------------------------------------------- harmful
families.push(
  fam('scam', 'job', 'like-task-parttime', JOB,
    'Cantonese 兼職 task scams: 喺屋企 like/follow/review tasks paid daily, then a 墊付/升級 task that needs the worker\'s own money first.',
    [
      '喺屋企用手機就做得，日賺{hkd}蚊，有興趣加{wa}',
      '揾兼職？畀like畀follow一單$5，日結，唔使經驗',
      '你好呀 我係{nm}，我哋公司請網上兼職，每日兩三個鐘，日薪{hkd}起，想了解可以{wa}我{end}',
      '唔使見工唔使返公司！！做埋家務都得，點讚任務日結，{zh_contact}',
      '頭三單係試做，即刻出糧畀你睇，之後嘅團隊任務要先墊{hkd}，完成即退本金加佣金30%',
      '師奶學生都啱，一部手機搞掂，個個月多幾千零用，撳{url}登記',
      '兼職啱啱開咗位，今日報名仲有開工獎金$88，名額唔多，快啲揾我',
      '做咗任務冇即時出到糧係因為你未完成連單，再充多一次{hkd}就可以一次過提返晒',
      '【急聘】網店刷評論員 喺屋企做 時薪$150 聯絡 {phone}',
      'hi 我喺IG見到你profile 想問你有冇興趣做網上兼職？好簡單嘅 收入穩定',
      '兼職日賺xxx 加Whatsapp +852 xxxx xxxx 了解',
      '我之前都係失業 而家靠呢份兼職一個月揾多兩萬 你試吓啦 {handle}',
      '幫手畀五星好評，一單佣金$8-$15，即做即結，冇按金（之後升級VIP先要交）',
      '唔好諗咁多啦，公司好正規嘅，你墊咗錢系統自動退返，唔會蝕',
    ], S),
  fam('scam', 'job', 'overseas-highpay', JOB,
    'High-pay overseas/”跑數” job lures in Cantonese: 泰國/柬埔寨 客服 or 市場推廣 jobs with flights paid, no experience, big monthly pay.',
    [
      '泰國高薪客服 月薪3萬起 包食包住包機票 唔使經驗',
      '有冇朋友想去{country}做嘢？做網上客服，月入四五萬，公司畀機票',
      '請人！外地數據錄入員 識打中文就得 月薪HK$35000 簡單 {wa}私我',
      '想翻身嘅就嚟，海外市場部請人，底薪加佣，三個月就儲到首期',
      '我表哥喺{country}做咗半年 已經揸靚車 而家公司仲請緊人 你有興趣我幫你引薦',
      '去{country}做酒店公關 日結{hkd}美金 包食宿 即日出發 聯絡{phone}',
      '唔使英文 唔使學歷 去{country}坐寫字樓打字 月薪xxxxx起 名額有限',
      '護照準備好 機票公司出 落地有人接 你淨係帶人去就得',
    ], { ...S, country: ['泰國', '柬埔寨', '緬甸', '杜拜', '馬來西亞', '菲律賓'] }),
  fam('gambling', 'betting', 'waiwei-football', PROMOTE,
    'Cantonese 外圍 football betting ads: 賭波 with better odds than 馬會, 信用戶口, 讓球/大細, 回水, agents on WhatsApp.',
    [
      '外圍波 賠率高過馬會 信用開戶 {wa}',
      '今晚{team}主場 讓半球 食正 我哋外圍有得落 回水1%',
      '賭波揾我 全場 半場 角球 波膽 乜都有 即時到數',
      '想賭波又唔想畀馬會抽水？外圍信用戶口 月尾先埋數 {zh_contact}',
      '仲喺馬會落？我哋呢度大細1.95 過關仲多 新客首注送$500',
      '世界盃開咗新盤 信用額{hkd}起 輸咗月尾先找 唔使即時畀錢',
      '有料派：{team}今晚穩食 跟我落 輸咗包退 加{handle}',
      '外圍收注 波 馬 NBA 都有 WhatsApp +852xxxxxxxx',
      '兄弟 上次嗰個外圍已經執咗 我有個新嘅 賠率仲靚 即時結算',
      '落注最低$50 冇上限 賠率比馬會高5% 出糧快',
      '專業波經團隊 每日免費貼士 入群{url}',
      '今季入咗三十幾萬 因為跟啱人 想知點做就揾我{end}',
    ], S),
  fam('gambling', 'casino', 'online-casino-ad', PROMOTE,
    'Cantonese online casino / 百家樂 ads: 網上賭場, 真人荷官, 首存送, 即時出款, aimed at HK and 廣東 users.',
    [
      '網上真人百家樂 首存送100% 出款三分鐘到',
      '唔使去澳門都玩到 手機開枱 真人荷官 24小時 {url}',
      '新會員註冊即送$188 百家樂 骰寶 老虎機 啱晒收工玩',
      '輸咗每日返水1.2% 贏咗即刻出 冇上限 {zh_contact}',
      '搵錢咁難 不如試吓手氣 網上娛樂城 充{hkd}送{hkd}',
      '我啱啱喺呢個平台贏咗四萬幾 出款好快 連結喺呢度 {lookalike_url}',
      '賭場VIP代理招募 佣金50% 拉人就有錢收',
      '正規菲律賓牌照 唔會黑錢 放心玩 加{wa}開戶',
      '百家樂跟單群 跟住老師落 今日已經贏咗七鋪',
      '轉數快/FPS 即存即玩 最低$100 網址私訊',
    ], S),
  fam('sexual', 'solicitation', 'yilouyi-ad', PAID,
    'Cantonese paid-sex ads: 一樓一 / 鳳姐 / 上門 offers with area, price, 新到 girls and contact, as posted in forums and groups.',
    [
      '{area}一樓一 新到靚女 {hkd}全套',
      '新貨到 {area}地鐵站行兩分鐘 學生妹feel 唔使book即到',
      '上門服務 港九新界 {hkd}一個鐘 {wa}搵我',
      '想放鬆吓？{area}有工作室 身材正 樣靚 服務好 留{wa}畀你',
      '鳳姐介紹群 每日更新相 有價錢有地址 入群{url}',
      '今晚得閒？我喺{area}酒店 {hkd}包過夜 唔好講價',
      '新人開張 半價 全套{hkd} 快餐{hkd2} 限今日',
      '叫雞唔使去深圳 {area}都有 質素高 聯絡{phone}',
      '兄弟想搵嘢玩 私我 有相有真人 唔係騙局',
      '按摩有特別服務 加錢就得 {area} 電話xxxx xxxx',
    ], { ...S, hkd2: ['300', '400', '500', '600'] }),
  fam('harassment', 'insult', 'cukau-at-person', INSULT,
    'Cantonese 粗口 insults aimed at one person in a comment or group: 仆街, 戇鳩, 廢柴, on9, 低能, 扑你個頭 directed at a named or addressed user.',
    [
      '{nick}你個仆街',
      '{nick}戇鳩咗呀 講咁多廢話',
      '你係咪on9㗎 咁都唔明{end}',
      '廢柴一條 返屋企食屎啦你',
      '{nick}個樣衰到核爆 仲敢出嚟po相',
      '低能仔 你老母生你出嚟浪費米',
      '成日喺group度發癲 正一痴線佬 {nick}收皮啦',
      '你把口臭過屎坑 講嘢唔使腦 仆街',
      '咁都要問 你個腦係咪畀狗食咗',
      '{nick}死肥仔 冇人鍾意你 自己照吓鏡啦',
      '扑你個頭 垃圾',
      '你真係人渣 同你做同事係我人生最大污點',
      '{nick}你老母呀 仲講',
    ], { ...S, nick: ['樓上', '@{handle}', '{nm}', '你', 'ching', '師兄', '巴打', '絲打'] }),
  fam('harassment', 'curse', 'hamgaachaan-family', CURSE,
    'Cantonese family curses at a person: 冚家鏟, 死全家, 仆街冚家, wishing the person and their family dead or ruined.',
    [
      '冚家鏟',
      '{nick}你冚家鏟 一家死晒佢',
      '你咁做嘢 冚家都唔得好死',
      '仆街仔 你全家出門畀車撞',
      '騙我錢嗰個{nick} 冚家富貴 死全家',
      '你老豆老母生你出嚟真係報應 成家人都係垃圾',
      '祝你冚家今晚食飯食到噎死',
      '你哋呢啲黑心老闆 冚家剷 生仔冇屎忽',
      '{nick}記住 你咁樣對人 你啲仔女都會有報應',
      '死全家呀 仲要喺度扮好人',
    ], { ...S, nick: ['樓上', '@{handle}', '{nm}', '呢個業主', '嗰個店主'] }),
  fam('threat', 'violence', 'canton-threat', THREAT,
    'Cantonese threats of violence against a person: 斬你, 揾人隊冧你, 知你住邊, waiting downstairs, over debts, neighbours or online fights.',
    [
      '我知你住邊 聽日落樓小心啲',
      '再講多句 我揾人隊冧你',
      '{nick}你有種就出嚟 {area}等你 唔斬死你唔姓{sur}',
      '欠錢唔還？你屋企門口啲紅油睇到未 下次就唔係油咁簡單',
      '你再搞我條女 我帶幾個兄弟上你公司',
      '收工等你 睇吓你行得出嚟未',
      '我已經影低你車牌 你小心啲',
      '你屋企人返學返工邊條路我都知 你自己諗',
      '畀我見到你 一定打到你入醫院',
      '三日內唔找數 斬手指',
      '你報警都冇用 我隨時揾到你',
    ], { ...S, nick: ['你', '{nm}', '@{handle}', '樓下', '隔籬屋'], sur: ['陳', '李', '張', '黃', '何'] }),
);

families.push(
  fam('scam', 'loan', 'caamou-private-loan', LOANSCAM,
    'Cantonese loan scams: 財務公司/私人貸款 offering 免TU/免入息證明 loans that need an upfront 手續費, 保證金 or 解凍費 before release.',
    [
      '免TU 免入息證明 即日批核 最快一個鐘過數',
      '黑名單都借到！私人貸款 {hkd}至50萬 {wa}',
      '唔使睇信貸記錄 破產都得 先交手續費$800 即刻放款',
      '你好 你申請嘅貸款已經批咗 但係因為你銀行戶口資料有誤 要交解凍金{hkd}先可以過數',
      '卡數還唔切？我哋幫你清晒 之後每月供少少 加{wa}傾',
      '財務公司直批 唔使抵押 唔使擔保人 利息平過銀行 電話xxxx xxxx',
      '學生 主婦 自僱都借得 三分鐘網上申請 {url}',
      '先畀保證金證明你有還款能力 批咗之後連本退返畀你',
      '急錢？今日申請今日拎 唔使見面 {zh_contact}',
      '最後一步：要你轉{hkd}去公司戶口做流水 系統先會放款',
      '你嘅額度已經升到$80000 聯絡專員 {phone} 領取',
    ], S),
  fam('spam', 'traffic-luring', 'canton-yinlau', TL,
    'Cantonese 引流 spam in comments and groups: 私我/入群/睇profile, 免費貼士/著數群, links and handles dropped under unrelated posts.',
    [
      '想揾著數入群 {url}',
      '有興趣私我',
      '睇我profile有驚喜',
      '唔好再喺度嘥時間 加{wa}教你點樣月入過萬',
      '免費送優惠券 每日更新 撳bio條link',
      '呢個群好多料 股票 炒幣 兼職都有 入嚟睇吓 {handle}',
      '想知點瘦咗二十磅？DM我攞秘方',
      '留言「想要」我私訊你',
      '香港著數群 日日有免費嘢攞 WhatsApp xxxxxxxx 入群',
      '{nm}：我用咗呢個方法賺咗第一桶金 詳情喺{url}',
      '幫我撳個link助力吓 畀你$20紅包',
      '跟住老師學投資 免費入群 名額只剩10個 {zh_contact}',
    ], S),
  fam('scam', 'purchase', 'shuiho-deposit', FAKE_GOODS,
    'Cantonese fake/grey-goods purchase scams: 水貨/原單/正貨 at impossibly low prices, deposit or full payment first, goods never sent or fake.',
    [
      '原單正貨 {item} 專櫃價一折 要就快',
      '{item}水貨 保證正 先過數 聽日寄',
      '日本直送{item} 淨係收${price} 落訂50%先',
      '專櫃同款 原廠尾單 睇唔出分別 {wa}訂',
      '轉數快過咗數 我即刻寄順豐 唔好擔心 好多客都回頭',
      '你要嘅{item}已經到貨 但要補運費同關稅{hkd}先放得',
      '公司倒閉清貨 {item}全新未開封 $1xxx 先到先得',
      '絕對正貨 假一賠十 唔好問咁多 要就落訂',
      '訂金唔退 貨期大約兩星期 到時通知你（之後 block 咗）',
      '演唱會飛 {item}都有 原價轉讓 先畀錢後寄飛',
    ], { ...S, item: ['iPhone', 'Switch', 'LV手袋', '勞力士', 'Dyson風筒', 'AirPods', 'PS5', '奶粉', '波鞋'], price: ['388', '1280', '980', '2500', '688'] }),
);

// ---------------------------------------------------------------- benign
families.push(
  ok('chat', 'yamcha-sikfaan', 'Everyday Cantonese chat about 飲茶, 食飯未, 返工/收工; no harm at all.',
    [
      '食咗飯未',
      '聽朝飲茶？',
      '收工未呀',
      '今日返工好攰 想早啲瞓',
      '{nm} 聽日十點{area}酒樓等 我book咗枱',
      '阿媽叫你今晚返嚟食飯 有老火湯',
      '我喺地鐵站 等我五分鐘',
      '唔該幫我叫多個蝦餃燒賣',
      '今日落大雨 記得帶遮{end}',
      '我啱啱收工 行緊過嚟 你哋食住先',
      '得閒飲茶 唔好又放飛機',
      '你哋想食咩 我去買外賣',
      '今個禮拜六有冇人得閒行山',
      '佢話遲啲到 塞車',
    ], S),
  ok('chat', 'banter-mild-swear', 'Friends\' banter with mild swearing not aimed at anyone: 頂/𨳒 about weather, work, a lost match.',
    [
      '頂 又塞車',
      '今日熱到癲 on9咁熱',
      '屌 部電腦又hang機',
      '仆街 我又唔記得帶鎖匙',
      '哈哈哈你好撚好笑',
      '老細今日又加嘢畀我 好想死 笑',
      '戇居居咁排咗成個鐘先知排錯隊 我自己都笑',
      '我真係廢柴 又瞓過龍',
      '收工啦收工啦 頂唔順',
      '今晚又要OT 柒頭',
      '你咪玩啦 笑到我肚痛🤣',
    ], S),
  ok('chat', 'football-no-bet', 'Football talk in Cantonese without betting: results, lineups, 睇波 plans.',
    [
      '今晚{team}踢邊隊',
      '琴晚{team}輸到喊 後衛真係冇眼睇',
      '邊度有得睇波 去酒吧定屋企',
      '個前鋒今季入咗十幾球 真係勁',
      '我覺得{team}今季冇得爭標 中場太弱',
      '星期六約埋班兄弟踢五人 {area}球場',
      '個球證今晚偏晒心 好嬲',
      '終於贏返場 開心到飲多兩罐',
      '今晚兩點幾先開波 聽朝返工死梗',
    ], S),
  ok('work', 'real-job-ad', 'Genuine Cantonese job ads: company, duties, hours, salary range, apply by email or in person; no deposit, no task money.',
    [
      '【請人】{area}茶餐廳 請樓面 時薪$65 有意請親臨',
      '補習社請兼職導師 教小學中英數 時薪$120-$180 請寄CV',
      '物流公司請倉務員 五天工作 月薪$17000起 有MPF 有勞保',
      '我公司請緊admin 有冇朋友想揾工？唔使經驗會教 返工喺{area}',
      '暑期工：超市理貨員 需要做夜班 有興趣可以網上申請',
      '酒樓請點心師傅 經驗兩年以上 薪金面議',
      '幼稚園招聘教學助理 需持有相關學歷 有意者請電郵申請',
      '想問吓有冇人知道邊度請兼職？我下個月放暑假',
      '見工注意：正規公司唔會叫你先交錢 大家小心',
    ], S),
  ok('finance', 'real-caamou-advice', 'Real personal-finance talk in Cantonese: 供樓, 卡數, 借錢要小心, 儲錢 tips, bank loans through proper channels.',
    [
      '卡數最好每個月還清 唔好淨係還min pay',
      '想問私人貸款邊間銀行息口平啲？',
      '借錢前記得睇實際年利率 APR 唔好淨係睇月平息',
      '有人叫你先交手續費先放款 一定係騙案 唔好信',
      '供樓壓力大 但係都要留返半年使費做緊急備用',
      '我阿爸成日話 唔好借財務公司啲錢 息口貴',
      '儲錢方法：出糧第一日自動轉三成去另一個戶口',
      '今年加息 我諗住轉按 有冇人有經驗',
    ], S),
  ok('family', 'family-group-chat', 'Family WhatsApp group 傾偈 in Cantonese: greetings, meals, health, photos of grandchildren.',
    [
      '早晨 各位',
      '嫲嫲今日覆診 醫生話血壓穩定咗',
      '星期日返阿公度食飯 大家幾點到',
      '{nm}生日 我訂咗蛋糕 記得出份子',
      '細路今日第一日返學 好乖冇喊',
      '天氣凍 大家記得着多件衫',
      '阿媽我今晚唔返嚟食飯 收工同同事食',
      '有冇人經過超市幫手買包米 唔該',
      '姨媽寄咗臘腸返嚟 邊個要',
    ], S),
  ok('chat', 'complaint-not-curse', 'Cantonese complaints and victims asking about scams, quoting insults to report them; no harm aimed at anyone.',
    [
      '有冇人收過話兼職畀like就有錢嘅訊息？係咪騙案',
      '琴日有人WhatsApp我話外圍賭波 我即刻block咗',
      '我阿媽畀人呃咗訂金 買水貨奶粉冇寄 點算',
      '呢間餐廳服務真係差 等咗成個鐘',
      '有人喺group度鬧人冚家鏟 admin可唔可以踢佢走',
      '收到短訊話我貸款批咗要交解凍費 應該係假嘅',
      '報咗警 警察話呢類揾工騙案好多',
    ], S),
);

families.push(
  ok('service', 'soengmun-repair', 'Cantonese repair and service visits: 上門 維修/冷氣/水喉, 預約時間, 師傅 contact; 上門 here is a real service.',
    [
      '師傅聽日幾點上門？',
      '冷氣唔凍 想約師傅上門睇吓 {area} 幾時得閒',
      '你好 我係維修師傅 約咗聽日下晝兩點上門整熱水爐 到時打畀你',
      '上門清洗冷氣 窗口機$380 分體機$480 預約請致電xxxx xxxx',
      '水喉漏水 管理處話搵師傅上門要收$500 正唔正常',
      '送貨師傅大約三點到 唔該屋企要有人',
      '寬頻上門安裝 時段揀咗朝早 記得留人',
      '唔該晒師傅 整得好快',
      '電錶讀數：XXXX度 如有疑問請致電客戶服務熱線',
    ], S),
  ok('shopping', 'real-secondhand', 'Honest Cantonese second-hand and 代購 posts: condition, price, 面交 at MTR, no prepayment pressure.',
    [
      '放二手Switch 九成新 有盒 $1500 {area}地鐵站面交',
      'BB衫 穿過一兩次 平放 $20一件',
      '日本代購 每週五截單 貨到先付款 有單據',
      '有冇人收舊書 免費送 自取',
      '部iPhone用咗兩年 電池87% 有花 $2xxx 可以試機先畀錢',
      '想問呢個價錢買{item}貴唔貴',
      '面交為主 唔寄 唔議價 謝謝',
      '呢間藥房啲奶粉係水貨定行貨？有冇人知',
    ], { ...S, item: ['iPhone', 'Switch', 'Dyson風筒', 'AirPods', 'PS5', '波鞋'] }),
  ok('lottery-news', 'marksix-chat', 'Cantonese chat about 六合彩 results and 賽馬 news as news or a small legal flutter; no betting service offered.',
    [
      '今晚六合彩攪珠 頭獎估計八千萬',
      '琴晚又冇中 繼續做人',
      '阿爸每個禮拜都買一注六合彩 當係希望',
      '新聞話今期頭獎有人獨中',
      '今日跑馬地夜馬 天氣好好 去睇吓熱鬧',
      '如果中咗六合彩你會點使？',
      '賭博害人 要有節制 有需要可以揾戒賭熱線',
    ], S),
  ok('health', 'real-massage-physio', 'Genuine 按摩/物理治療/跌打 talk in Cantonese: sore back, bookings, prices; 按摩 without any sexual offer.',
    [
      '膊頭好痛 想揾間跌打館 有冇推介',
      '{area}邊度有好嘅腳底按摩',
      '物理治療一次$600 保險包唔包',
      '聽日約咗按摩 放鬆吓',
      '中醫話我濕氣重 要針灸幾次',
      '阿媽腰骨痛 有冇上門物理治療師介紹',
      '按完個背舒服好多 師傅手勢好好',
    ], S),
  ok('games', 'game-topup-chat', 'Cantonese gamers talking about 充值, 抽卡, 組隊; in-game money only, no gambling site.',
    [
      '今晚打機 組隊？',
      '我充咗$78月卡 抽到SSR',
      '呢隻game課金好傷 唔充都玩到',
      '便利店買點數卡充值 係咪最安全',
      '打完呢局就瞓 聽朝要返工',
      '你條友又送頭 哈哈',
      '新角色好強 抽唔抽',
    ], S),
);

const AUTH = ['cg-fraud-or-scams.a.1', 'cg-fraud-or-scams.a'];
const FIN = ['cg-fraud-or-scams.a.1'];
const NUDE = ['cg-offering-or-requesting-sexual-behavior-for-compensation.d', 'cg-nudity.ii.h'];
const DOXX = ['cg-harassment-and-bullying.e', 'cg-sharing-of-personal-data-without-consent.b'];

families.push(
  fam('gambling', 'lottery', 'waiwei-marksix', PROMOTE,
    'Cantonese 外圍六合彩 / 私彩 ads: better payouts than 馬會, 特碼, 包中 tips, agents taking bets by message.',
    [
      '外圍六合彩 特碼1賠48 信用落注',
      '今期特碼包中 入群睇料 {url}',
      '馬會賠得少 我哋外圍特碼賠多一倍 {wa}',
      '六合彩內幕消息 每期三個號碼 準確率九成 收費$388',
      '私彩日日開 唔使等星期二四六 手機落注 即開即派',
      '{nm}：跟住師傅買特碼 我上期中咗四萬 你都得',
      '今晚截數前落注 WhatsApp xxxxxxxx',
      '平碼 特碼 生肖 單雙 全部有得玩 最低$10',
    ], S),
  fam('scam', 'impersonation-authority', 'hk-official-call', AUTH,
    'Cantonese impersonation of officials: 入境處/警務處/衞生署/內地公安 callers saying the victim is involved in a case and must transfer money to a "safe account".',
    [
      '你好 呢度係入境處 你嘅身份證涉及一宗案件 請按9同職員聯絡',
      '我係{city}公安局 你個銀行戶口涉嫌洗黑錢 要即刻配合調查 唔好同屋企人講',
      '你嘅包裹入面搵到違禁品 轉駁去警方處理 請保持通話',
      '為咗證明你清白 要將戶口啲錢轉去監管戶口 調查完會退返',
      '【衞生署】你有一份未處理嘅檢測記錄 請喺24小時內登入{lookalike_url}更新資料',
      '陳先生 你涉及跨境洗錢案 案件編號XXXXXXXX 請即刻加辦案人員{wa}',
      '呢個係保密調查 你唔可以掛線 唔可以話畀任何人知 包括你屋企人',
      '稅局通知：你有一筆退稅$2,xxx未領取 請點擊連結填寫銀行資料',
    ], { ...S, city: ['廣州市', '深圳市', '上海市', '北京市'] }),
  fam('scam', 'investment', 'chaogu-group', FIN,
    'Cantonese investment-group scams: 炒股/炒幣 teachers, 內幕貼士, guaranteed returns, moving members onto a fake trading app.',
    [
      '港股老師免費派貼士 上星期帶大家賺咗30% 入群{url}',
      '我哋有內幕消息 呢隻細價股下星期會升三倍 快啲入貨',
      '跟我炒幣 穩賺唔蝕 每日回報5%',
      '新股認購名額得返幾個 要用我哋嘅APP先認購到 {lookalike_url}',
      '老師話今日係最後上車機會 入金{hkd}起 聽日就翻倍',
      '你嘅帳戶盈利已經到$xx,xxx 提款前要先交兩成稅',
      '退休人士都啱 保本保息 年回報36% {zh_contact}',
      '{nm}姐：跟咗老師三個月 我已經還晒樓按 你都快啲入嚟',
    ], S),
  fam('sexual', 'nude-content', 'canton-sell-clips', NUDE,
    'Cantonese sales of nude content and paid video chat: 裸聊, 自拍片, 會員群 with price and contact.',
    [
      '裸聊 $200半個鐘 真人 {wa}',
      '自拍片賣 一套$100 轉數快 畀錢即send',
      '香港女仔私影 會員群月費$300 入群{url}',
      '寂寞？同我視像傾吓 畀少少禮物就show畀你睇',
      '新片上架 私我攞目錄',
      '成人群 日日更新 掃碼入會 {handle}',
    ], S),
  fam('harassment', 'doxxing-threat', 'canton-kaaidai', DOXX,
    'Cantonese 起底 threats: threatening to publish a person\'s address, workplace, photos or phone number to shame them.',
    [
      '{nick}我已經起咗你底 聽日放上網',
      '你喺{area}邊間公司返工我都知 要唔要我post埋出嚟',
      '再講我就將你啲相同電話號碼貼晒上連登',
      '你老婆個IG我都搵到 你自己睇住嚟',
      '起你底好簡單 你住{area}邊座我都查到',
      '畀我知你真名 我就打去你公司話你知',
    ], { ...S, nick: ['你', '{nm}', '@{handle}', '樓上'] }),
);

families.push(
  ok('dating', 'yeuk-sikfaan', 'Cantonese friends and couples arranging dates and meals: 約食飯, 睇戲, 見家長; no offer of paid sex.',
    [
      '星期五約埋佢食飯 你嚟唔嚟',
      '我同男朋友今晚睇戲 聽日先覆你',
      '第一次約會去邊度食好？',
      '佢約我聽日飲咖啡 好緊張',
      '今晚同{nm}食日本嘢 遲啲返',
      '新年要見家長 應該買咩手信',
    ], S),
  ok('news', 'police-warning', 'Cantonese anti-scam warnings from police and news: describing job, loan and 水貨 scams so people can avoid them.',
    [
      '警方提醒：網上兼職要求先墊錢 九成係騙案',
      '新聞話有女子買演唱會飛畀人呃咗兩萬',
      '防騙視伏：唔好隨便撳陌生短訊條link',
      '入境處唔會打電話叫你轉錢 接到呢類電話即刻掛線',
      '有疑問可以打防騙熱線查詢 唔好自己過數',
      '今年首季電話騙案損失金額創新高',
    ], S),
  ok('work', 'office-notice', 'Cantonese workplace group notices: 返工/收工 times, OT, meetings, leave; 返工 and 出糧 used literally.',
    [
      '聽日九點開會 大家準時',
      '今個月25號出糧',
      '有冇人可以同我換更',
      '聽日打風 如果掛八號就唔使返工',
      '我請咗聽日假 有嘢WhatsApp我',
      'OT記得填表 月尾截',
    ], S),
);

families.push(
  ok('education', 'school-parents', 'Cantonese parents and students about 返學, 補習, 功課, exams; ordinary school talk.',
    [
      '聽日默書 溫咗未',
      '補習老師話佢數學進步咗',
      '家長會改咗星期四下晝三點',
      'DSE仲有兩個月 好驚',
      '有冇人知學校幾時派成績表',
      '個仔話唔想返學 點算好',
    ], S),
);
