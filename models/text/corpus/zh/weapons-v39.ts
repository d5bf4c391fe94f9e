import { family, type CorpusLabel, type Family } from '../types.js';

/**
 * Round v39 (file set weapons-v39, benign letter g): the weapons trade seen from around the goods — how a sale is
 * drip-fed, proven, vouched for, paid for, promoted, dressed up as legal and wound down. The plain forms are in earlier
 * sets: arms-v15 (ammo slang, PCP 焦耳, 拆件分寄, 水弹→钢珠 kits, 电击器+催泪 bundles), arms2-v17 (打猎群 long guns, 3D
 * files, 电棍 as 手电筒), gunknife-v22 (仿真枪 钢珠 upgrades, 气瓶/泵 parts, 雷管 for 炸鱼), weapons3-v24 (狗/铁/家伙 code
 * talk, wanted posts, 改装 courses, blade dropship agents), poaching-v27 (气枪/鸟枪 for birds), weaponcode-v29 (户外用品/宠物狗
 * covers, 担保 and 口令 etiquette, 分批发货), weaponsreg-v31 (收藏/渔具/汽配/五金/矿用 category covers), huntgear-v33 (狗枪,
 * 猎弩 consumables) and weaponx-v37 (SKU-coded split listings, dead drops, buy-back and rental, reviews and 售后, 代改
 * workshops, 雷管 for 鱼塘/采石, 超国标 电击器, 催泪 group buys, 3D file drops, blade flash sales, 狩猎 gift boxes, 求购 in
 * off-topic groups). This set adds what they leave thin: parts released one a day over a week (今天上管 明天上扳机,
 * 连载第N天, 集齐一套); sellers' 发货 photos, 打包视频, 快递单墙 and 签收截图 as proof; 担保/中介/信誉帖 vouches and
 * "我替他作证" from other buyers; payment cover (只收U, 分笔转账 备注写茶叶, 礼品卡/点卡, 换收款码, 他人代付); real guns sold
 * under shooter-game names (吃鸡同款 98K/M416/AWM 实物, 空投箱, 不是皮肤); 团购 of 气狗, 弩 and 钢珠弹弓 in 赶海, 露营,
 * 自驾 and 打猎 trip groups with a 团长; unlicensed 私人靶场/农家乐 打靶 that sell the guns afterwards; machine shops taking
 * gun-part orders 来图加工 不问用途 (offer only); 海外代购 of 电击枪, 甩棍, 胡椒喷雾, 蝴蝶刀 and 弩 拆件入境; fake legality
 * (持枪证/狩猎证 代办 配枪, 备案号, 运动员证挂靠, 收藏证); 风紧 清仓/跑路价 clear-outs; and 招代理/一件代发 networks for 气狗,
 * 电棍, 喷射器 and 刀. Sale, offer, proof and request only: no line says how to make, convert, assemble or use anything.
 * Benign look-alikes (letter g): licensed shooting ranges and 射击 clubs, 水弹/软弹 toy shops within the rules, kitchen and
 * camping knives within the law (代购, 清仓, 代理, 实名寄递), archery lessons bought in 团购, police amnesty and 举报
 * notices that name these very tactics, military-history and war-film talk (98K, 汉阳造, 道具), airsoft players discussing
 * the law, 五金店 and 机加工 shops doing lawful work, licensed fireworks shops, licensed quarry 爆破 notices, self-defence
 * classes, and 吃鸡/三角洲 loadouts — the same words (上新, 发货, 担保, 只收现金, 团长, 代购, 清仓, 代理, 证, 靶场, 98K)
 * used innocently. A share of templates is written redacted (x, X, * or ＊), spaced, or in traditional characters.
 */

type Slots = Readonly<Record<string, readonly string[]>>;
type BSub = 'chat' | 'service' | 'shopping' | 'education' | 'work' | 'police' | 'games';

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
/** guns, air guns, parts, ammunition, crossbows */
const GUN = [`${R}.a`, 'aup-8.b'];
/** gun-part machining offered as a service */
const PARTS = [`${R}.a`, 'aup-8.b', 'aup-2.i'];
/** electroshock weapons, batons, sprays and controlled knives brought in from abroad */
const IMPORT = [`${R}.k`, `${R}.a`, 'aup-2.i'];
/** guns sold with forged or fake licences */
const LICENCE = [`${R}.a`, 'cg-fraud-or-scams.b.2'];
/** agent networks for guns, blades and incapacitating gear */
const AGENT = [`${R}.a`, `${R}.k`, 'aup-8.b'];

const CT = ['{zh_contact}', '{zh_contact}{zh_contact_id}', 'v：{handle}', '薇 ＊＊＊＊＊＊＊＊', 'Q {qq}', '扣扣xxxxxxxxx', '电话1xx xxxx xxxx', '私', '看头像', 'tel {phone}', '飞机 @{handle}', 'V同号'];
const PRICE = ['120', '188', '260', '380', '460', '680', '880', '1280', '1880', '2600', 'xxx', '*百', '1k5'];
const N = ['2', '3', '5', '6', '8', '10', '12', '20', '30'];
const PLACE = ['粤西', '桂南', '湘中', '赣北', '闽东', '黔南', '川北', '鲁南', '冀东', '豫西', '皖北', '滇南'];
const AREA = ['东站', '老城区', '开发区', '城北', '高速口', '南环', '镇上', '县城', '工业园', '码头'];
const E = ['', '', '', '🔥', '👌', '🤫', '😏', '✅', '📦', '👇'];
const CAL = ['4.5', '5.5', '6.35', '6mm', '8mm'];
const DIST = ['二十米', '三十米', '五十米', '30m', '50m', '七八十米'];
const EXP = ['中通', '韵达', '极兔', '德邦', '物流专线', '客车带货', '同城跑腿'];
const BIG = ['2000', '3000', '5000', '6800', '1w'];
const SMALL = ['50', '80', '100', '200', '300'];
const LB = ['30', '40', '80', '120', '150', '175'];
const NICK = ['老周', '阿强', '老K', '大刘', '东哥', '山猫', '阿飞', '老鬼'];

const base: Slots = { ct: CT, price: PRICE, n: N, place: PLACE, area: AREA, e: E, cal: CAL, dist: DIST, exp: EXP, big: BIG, small: SMALL, lb: LB, nick: NICK };

const fam = (label: CorpusLabel, subtype: string, slug: string, policies: readonly string[], pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.${label}.${subtype}.v39-weapons-${slug}`, 'zh', label, subtype, policies, pattern, templates, { ...base, ...(slots ?? {}) });

const ben = (subtype: BSub, slug: string, pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.v39g-weapons-${slug}`, 'zh', 'benign', subtype, [], pattern, templates, { ...base, ...(slots ?? {}) });

const DAY = ['2', '3', '4', '5', '6', '7'];
const PCT = ['5个点', '一成', '8%', '3%'];
const GAMEGUN = ['98K', 'M416', 'AWM', 'M24', 'AKM', '沙鹰', 'Kar98', 'SKS'];
const GAME = ['吃鸡', '和平精英', '三角洲', 'CF', 'CS'];
const ABROAD = ['美国', '泰国', '日本', '德国', '越南', '土耳其'];
const DATE = ['本月底', '6月30日', '年底', '12月31日', '国庆前'];

const HARM: Family[] = [
  fam('regulated', 'weapons', 'daily-drip-serial-parts', GUN,
    'Sellers\' moments, channels and group posts that release an air gun or gun one part a day — 今天上管 明天上扳机, 连载第N天, 预告, 集齐一套送狗粮, 上周那件配今天这件 — so no single post shows a whole weapon: trading in guns and gun parts through serialised split listings.',
    [
      '今日上新：管子{n}根 明天上扳机组 后天上瓶 想凑一套的别错过',
      '连载第{day}天 今天是“心脏” 前面几天的还有少量',
      '预告📢 周三上尾托和瞄 周五上豆子 一周凑齐',
      '昨天的管子已经抢完 今天扳机 {price} 老规矩私',
      '集齐七天的送一罐狗粮 缺哪天补哪天{e}',
      '上周一那件配今天这件 就是完整的 懂的自己对',
      '每天只发一个件 别问整把 整把不卖',
      '本周排期：周一 枪管 / 周二 机匣 / 周三 扳机 / 周四 气瓶 / 周五 铅弹 {ct}',
      'Day{day}：阀体 今天的链接只挂两小时',
      '朋友圈每晚八点更新一个“零件” 跟满一周你就懂了',
      '断更两天 风紧 周末继续 上次更到第{day}天',
      '补货：第二天那个扳机组又到了{n}个 之前没抢到的私',
      '说下规矩：我这里不卖整的 每天在朋友圈放一样东西 周一管 周二机匣 周三扳机 周四瓶 周五豆子 一周凑一套 每样单独付款单独发 不同快递不同日期到 收齐了自己看着办 别问我怎么弄 我只卖五金配件 有人问为什么这么麻烦 因为整把发图一发就封 拆开发谁也说不出什么 想跟的先私我报名 满十个人开始本周连载 {ct}',
      '明 天 上 扳 机',
      '今天这件单买没用 配前面{day}天的才有用',
      '周更：本周上“长的” 下周上“短的” 老客户优先锁单',
      '今日份已更 管子{cal}口径 {price} 手慢无',
      '這週連載第{day}天 今天是瓶 私',
      '上x管 下x扳x 每天一个 懂的蹲',
    ],
    { day: DAY }),

  fam('regulated', 'weapons', 'shipping-proof-moments', GUN,
    'Sellers posting 发货 photos, 打包视频, 快递单墙 and buyers\' 签收截图 as proof that air guns, ammunition, crossbows or 电棍 arrive unseen — 今日发货N单, 外面看不出来, 零查扣 — advertising a running weapons trade through its shipping record.',
    [
      '今日发货{n}单 全国各地 外包装一律五金配件 👇图',
      '打包到凌晨两点 明天统一走{exp} 收到的兄弟吱一声',
      '发货实拍 盒子里是啥你们猜 反正外面看不出来',
      '快递单又贴满一面墙 这个月第{n}批 零查扣',
      '[图片][图片][图片] 今天的狗都送走了 粮明天发',
      '拆分打包视频发群里了 管和瓶不同箱 自己看',
      '签收截图 {zh_city}的兄弟已到 一路顺风{e}',
      '发货照片发你了 单号{digits4}xxxx 三天到',
      '又是爆单的一天 仓库就我一个人 弩一箱一箱往外搬',
      '每一单都拍打包视频 给你留证 放心下',
      '很多新朋友问靠不靠谱 直接上图：这是这周的发货记录 一共{n}单 全部拆开寄 外面写工艺品 每一单都有单号可查 到现在没有一单被扣 没收到的包补 想要的抓紧 下周停发一周避风 另外收到货的兄弟麻烦拍个签收截图发我 我打码后放相册 给后面的新人看 这个月已经攒了一百多张 全是真实签收 没有一张是P的 {ct}',
      '刚发走 铅弹{n}盒 气瓶两个 电棍一根 单子上不写真名',
      '发 货 了 打 码 图 看 朋 友 圈',
      '實拍發貨 鋼珠彈弓加鋼珠 今天寄出',
      '昨天发的客户已经收到 试射视频都回传了 劲很足',
      '截图为证 单号全打码 只留后四位 xxxx',
      '放心 每单都是我亲手包的 三层泡沫 开箱都认不出是啥',
      '今天发x单 狗x粮x 全部到齐',
    ]),

  fam('regulated', 'weapons', 'escrow-vouch-middleman', GUN,
    '担保, 中介 and vouching around weapon deals — 群主担保 holds the money, 保证金 deposited with a 管理, 信誉帖, other buyers posting "我在他那拿过, 我替他担保", warnings about impostors of a known seller — building trust for trading in guns, ammunition, crossbows and 电棍.',
    [
      '走群主担保 钱先打群主 收货确认再放款',
      '我在这行{n}年了 群里老人都能作证',
      '@{nick} 帮我说句话 你在我这拿过两把狗',
      '保证金{price}押在管理那 跑路了你们找他',
      '第三方中介 抽{pct} 双方都放心 {ct}',
      '认准本人 最近有人冒充我卖狗 收了钱不发',
      '老客户推荐才接 推荐人要担保 出了事他负责',
      '谁能给作个证 上个月在他那拿的弩 到了没',
      '交易记录截图 三年没出过事 不信的别来',
      '他靠谱 我在他那拿过电棍和喷子 都到了 我替他担保',
      '防骗公告：本人只有这一个号 所有交易必须走群主担保 你把钱打给群主 我发货 你收到验完 群主再放款给我 中间有任何问题群主判 冒充我的那几个号已经挂在群相册了 看清头像和ID再付款 被骗了别来找我 另外担保费按成交价百分之五收 买家出 老客户复购免担保费 有纠纷先截图聊天记录再@群主 私下吵的一律不管',
      '中介费我出 只要你敢走担保',
      '信誉帖：本人出铅弹一年 零差评 欢迎监督{e}',
      '担 保 交 易 老 规 矩',
      '這位兄弟我擔保 貨真 拿過三次',
      '新人没担保的先付全款 有担保的可以先货后款',
      '昨天在{nick}那拿的狗粮到了 靠谱 给他顶一下',
      '给{nick}作证：气瓶和管子都收到了 跟描述一样',
    ],
    { pct: PCT }),

  fam('regulated', 'weapons', 'payment-cover-channels', GUN,
    'How sellers of guns, ammunition, 电棍, crossbows and 3D gun files want to be paid so the money trail hides the goods — 只收U, 分几笔红包, 备注写茶叶/配件, 礼品卡/点卡, 每单换收款码, 别人的卡, 拼单代付 — arranging payment for a weapons sale.',
    [
      '只收U 其他不收',
      '转账分三笔 备注写茶叶 别写别的',
      '不走支付宝 现金或者京东卡',
      '收款码每单一换 付之前先问我要新的',
      '红包转 一个两百 转够为止',
      '游戏点卡也行 面值对上就发 {ct}',
      '货到付款？不可能 这个东西没人敢货到付款',
      '转账备注别写“枪”“弩” 写五金或者空着',
      '用你朋友的卡转 别用自己的',
      '付款方式：U / 礼品卡 / 现金快递 三选一',
      '定金{price} 尾款发货后付 截图发我',
      '说一下付款：一 不收对公不收信用卡 二 微信支付宝只收红包 单个别超两百 分几天转 三 大额只走U 地址私发 四 备注一律写“配件”或者不写 写了别的我不发货 都是为了大家好 风控了谁都跑不掉 上次有个兄弟在备注里写了东西名 钱被冻了货也没发成 两头吃亏 别学他',
      '钱打到这张卡上 户名不是我 别问',
      '只 收 现 金',
      '付款後截圖 備註寫零件 私',
      '拼单代付也行 随便拍个东西 金额对上就发',
      '电棍加喷射器一起{price} 只收U 不开票',
      '文件{price}一套 U结算 到账发网盘和解压码',
      '支付宝被风控了 换个号再转 千万别提东西名',
    ]),

  fam('regulated', 'weapons', 'game-name-real-goods', GUN,
    'Real air guns, replicas and shotguns sold under shooter-game names — 吃鸡同款 98K/M416/AWM 实物, 不是皮肤, 能响, 空投箱到了, 三角洲同款 金属的 — the game name as hook and cover for trading in guns.',
    [
      '{gamegun}实物 不是皮肤 能打{cal} {price}',
      '{game}同款{gamegun} 实体的 气动 能上钢珠 私',
      '想把游戏里的AWM带回家吗 实物到手能响',
      '三角洲同款 全金属 打{dist}没问题 {ct}',
      '空投箱到了🎁 里面是啥你懂 一箱一把',
      '游戏里压枪厉害？来玩真的 气动98K 现货',
      '不是水弹不是软弹 {game}同款真能打的',
      '出一把“M24” 现实版 带镜 {price}',
      '老六专用 实体喷子 近距离一发 懂的私',
      '皮肤不卖 卖实物 沙鹰一比一 能上豆子',
      '玩了五年吃鸡 一直想要把真的 后来找到这家 98K一比一 全金属 能上{cal}的铅弹 拉栓手感跟游戏一模一样 {dist}打易拉罐一枪一个 想要同款的兄弟私我 我给你推老板 报我名字便宜{small} 老板那边还有M416和AWM的实体版 全金属 价格不一样 具体问他',
      '快递到了 M416实体 比游戏里还沉{e}',
      '吃 鸡 同 款 实 物 能 响',
      '喫雞同款 實物 98K 私',
      '平底锅没有 98K有 真的那种',
      '刚下一局就想下单 真的那把{gamegun} 谁有渠道',
      '装备箱上架 三级头不卖 卖狗 懂的来',
      '{game}里的{gamegun} 现实版xxx元 能打xx米',
    ],
    { gamegun: GAMEGUN, game: GAME }),

  fam('regulated', 'weapons', 'trip-group-airgun-tuangou', GUN,
    '团购 and 接龙 for 气狗, 铅弹, 弩 and 钢珠弹弓 run by a 团长 in 赶海, 露营, 自驾, 越野车队 and 打猎 trip groups — to shoot 海鸟, 野鸭 and 野兔 on the trip, handed out before and collected after — selling guns to a group.',
    [
      '赶海群团购 气狗{n}把起 打海鸟野鸭 团长统一发',
      '下周自驾去草原 团长带几把 打野兔 要的接龙',
      '赶海顺便打鸭子 谁要一起拼把高压的',
      '露营团福利 团购弩 {price}一把 进山用',
      '接龙：1.{nick} 大狗一把 2.阿杰 狗粮两盒 3.',
      '打猎群本月团购 铅弹{cal} 一百发起 满{n}份开团',
      '赶海的兄弟们 滩涂上鸟多 带把气的比带网强',
      '团长说这次去{place} 每人配一把 回来统一收',
      '钓鱼群有人组团买钢珠弹弓 打水鸟 算我一个',
      '越野车队公告：周末进山 “家伙”自备 没有的找队长团 {ct}',
      '各位群友 国庆赶海加打猎五日游报名开始：包车包住 晚上篝火 白天赶海 傍晚去芦苇荡打野鸭 家伙由团长统一提供 不想租的可以直接团购 比外面便宜{small} 名额{n}个 接龙写名字和要几把 出发前一天分发 回程不带走的统一回收 上次去的兄弟一晚上打了十几只 回来分着吃了 这次想多打点的可以多团一盒铅弹 团长一起带',
      '团购到了 在团长家车库 自己来领 群里别说领啥',
      '拼 团 气 狗 赶 海 用',
      '趕海團 團購氣槍 私團長',
      '上次团的那批弩还有吗 新进群的想补一把',
      '打猎群接龙 夜视 气瓶 铅弹一起拼 {e}',
      '赶海不带把“喷子” 等于白去',
      '露营群第{n}期团购：弹弓+钢珠 营地打鸟 团长包邮到营地',
    ]),

  fam('regulated', 'weapons', 'unlicensed-range-sell', GUN,
    'Unlicensed 私人靶场, 农家乐 and 山庄 shooting offered with real or high-powered guns — 不用证, 不登记, 按发收钱, 团建实弹 — and the guns sold to customers afterwards (打完可以带走, 淘汰的教练枪): trading in guns through illegal ranges.',
    [
      '私人靶场 真家伙 {price}打{n}发 不用证',
      '农家乐后山打靶 气的火的都有 玩够了可以带走一把',
      '会员卡充{big} 送一把“练习用”的 带回家',
      '我们这不是正规靶场 所以能玩真的 懂的来',
      '团建项目：实弹打靶 无需登记 {place}山里',
      '打完喜欢可以买 场地价 比外面便宜',
      '靶场内部转让 二手“教练枪” {price}',
      '周末包场{n}人 打靶加烧烤 枪我们出 弹按发算',
      '没有证也能玩 场子是熟人开的 不拍照不发圈',
      '靶场出一批淘汰的气狗 会员优先',
      '给大家推荐个地方：{place}山里一个农庄 老板私下弄了个打靶场 有气的也有火的 按发收钱 {price}十发 不要身份证不登记 玩得好老板还会问你要不要带一把回去 价格好商量 去之前先加他 别直接去 他那周末人多 平时去人少 能多打几轮 {ct}',
      '打 靶 真 的 不 登 记',
      '私人靶場 實彈 可帶走 私',
      '体验完想要同款？前台问老板',
      '山庄打活靶 放鸡打鸡 {price}一次 枪也能卖',
      '这里打的不是BB弹 是铅的 打完能买{e}',
      '场子不对外 熟人带 一次最多三个',
      '靶x 真x 可带x 价私',
    ]),

  fam('regulated', 'weapons', 'cnc-machining-to-order', PARTS,
    'Machine shops, 车床 and 数控 workers offering to make gun and air-gun parts to a buyer\'s drawing — 来图加工 不问用途, 晚上接私单, 管件/阀体/气室/消音 written as 汽配 or 五金, 做完删图 — offering the manufacture of gun parts as a service (offer and price only, no method).',
    [
      '机加工 来图定制 不问用途 管件 阀体 {ct}',
      '车床师傅接私活 “特殊管件” {price}一根 图你出',
      '精密加工 小批量 你懂的那种件 发图报价',
      '厂里下班后接单 不走账不开票 做好寄你',
      '“消音器”能做 图发来 面单写汽配',
      '什么图都接 钱到位就行 不问不看不留底',
      '加工厂老板：上次那批“气室”做好了 {n}个 明天发',
      '数控代工 金属件 做过这行的都知道我 {place}',
      '扳机组订做 起订{n}套',
      '按图做 只收现金 做完图纸当面删',
      '本人在{place}有个小加工厂 白天做正规单 晚上接私单 你们那种图我见多了 管 座 簧 阀都能做 一件起做 精度放心 做好拆开寄 面单写五金配件 图纸和聊天记录做完就删 价格按件算 先付一半 老客户介绍的优先排单 新客户要先看聊天记录 确认不是来钓鱼的 {ct}',
      '加 工 特 殊 件 私',
      '來圖加工 不問用途 金屬件 私',
      '朋友的厂能做枪管 外面找不到的那种 要的私{e}',
      '打印件不结实？寄来我给你换成钢的 同尺寸',
      '{cal}的管子 定做 {price}一根 不问',
      '五金厂接外单：图纸上的东西不管是啥 都按汽配出货',
    ]),

  fam('regulated', 'weapons', 'overseas-daigou-weapons', IMPORT,
    '代购 and 海外直邮 of weapons banned at home — 电击枪 with probes, 执法款 甩棍, 警用浓度 胡椒/催泪喷雾, 开刃 蝴蝶刀, 弩 and 瞄/消音 parts — 包清关, 拆件入境, 报体育用品/零件, 塞行李带回: trading in regulated weapons by smuggling them in.',
    [
      '{abroad}代购 电击枪 带探针那种 包清关 {price}',
      '{abroad}回来带的甩棍 执法款 三节 还剩{n}根',
      '代购胡椒喷雾 警用浓度 拆件入境',
      '欧洲直邮 蝴蝶刀 开刃 小包海关不查',
      '代购弩 国外款 分开报关 弩身报体育用品 弦另寄',
      '海外仓发货 瞄 消音 管 分三个包裹 都报零件',
      '代购群接单：电击器 甩棍 喷射器 都是国外货 国内买不到',
      '台湾带过来的 气的 跟团回来顺手捎',
      '港澳代购 防身喷雾 小瓶装 过关塞行李箱{e}',
      '代购说明：本群所有货都是国外正规店买的 在当地合法 但国内属于管制 所以走特殊渠道：小件塞行李带回 大件拆开走集运 报关写体育用品或五金 被扣了补发一次 第二次不补 电击枪 甩棍 胡椒喷雾 弹簧刀都有 下单先付全款 每周三截单 周五统一采购 到货两到三周 {ct}',
      '代 购 电 击 枪 包 清 关',
      '美國代購 甩棍 電擊器 私',
      '求代购 国外那种大功率的 多少钱都行',
      '集运被扣了一个包 剩下的到了 甩棍没事 喷雾没了 补发排队中',
      '那边的朋友带的{cal}豆子 一盒{price}',
      '下个月去{abroad} 接代购 电击枪 喷雾 刀 提前报单',
      '直邮甩棍 合金钢 一甩就开 {price}含税 包过关',
    ],
    { abroad: ABROAD }),

  fam('regulated', 'weapons', 'licence-bundle-claim', LICENCE,
    'Sellers who dress a gun sale up as legal with a fake or bought licence — 持枪证/狩猎证 代办 配枪, 送证, 备案号, 运动员证挂靠, 收藏证, 协会名义配枪, 有证才卖真的 — selling guns together with forged licensing.',
    [
      '猎枪加持枪证一条龙 {price} 办好合法',
      '送狩猎证 拿证打猎 谁查都不怕',
      '我们的气狗有备案号 合法的 放心买',
      '有证的来 没证的我帮你办 {n}天出证',
      '持枪证代办 包过 配枪一起发',
      '证是真的 系统里查得到 枪随证走',
      '运动员证挂靠 挂上就能合法持枪 {price}一年',
      '合法渠道 不是黑货 有手续 {ct}',
      '射击俱乐部会员证 有了就能把枪带回家 懂吧',
      '狩猎许可加猎枪 打包价 {place}地区',
      '很多人怕买了犯法 跟你说清楚：我们这边是有手续的 先给你办一个狩猎协会会员证和持枪证 证下来以后枪以协会名义配给你 合法持有 谁查都能拿出证来 全套{price} 包括证 枪 一百发子弹 {n}个工作日出证 名额有限 先交定金 已经有二十多个老板办下来了 证和枪都在手上 有人查就把证一亮 比你自己偷偷买安全多了 {ct}',
      '持 枪 证 代 办 配 货',
      '持槍證 代辦 配槍 私',
      '没证不卖真的 有证就卖 证我这也能办',
      '证件加家伙 一起拿 便宜{small}',
      '办个收藏证 能打的也算收藏 合法合规{e}',
      '持x证 x天出 配x 私',
    ]),

  fam('regulated', 'weapons', 'heat-clearance-sale', GUN,
    'Clear-out sales of weapons when the heat is on — 风声紧 清仓, 跑路价, 隔壁被查了, 老板进去了, 年底收摊, 以后不做了 — dumping 气狗, 铅弹, 弩, 电棍, 管制刀具 and leftover 雷管 at low prices: trading in weapons in a hurry.',
    [
      '风声紧 清仓 气狗{n}把 打包价{price}',
      '店要关了 库存全出 弩 刀 电棍 先到先得',
      '避风头 最后一批 以后不做了',
      '跑路价 狗粮一箱{price} 不议',
      '隔壁被查了 手上的货赶紧出 便宜',
      '不玩了 全套出 狗加粮加瓶加瞄 {price}',
      '清库存 弹簧刀三棱刀几十把 批走',
      '老板进去了 剩下的货我帮他处理 {ct}',
      '年底收摊 雷管剩{n}发 低价',
      '最后三天 过了全销毁 要的抓紧',
      '最近查得太严 朋友圈好几个做这个的都没了 我也不想冒险了 手上剩的一次清掉：气的{n}把 弩两把 电棍一箱 铅弹若干 打包{price} 拆开也卖 只要现金 只要同城 下周这个号就注销 想要的赶紧 之前在我这拿过的老客户优先 报上次的单号 {ct}',
      '清 仓 狗 粮 便 宜 出',
      '收攤清倉 氣的 弩 私',
      '急出急出 家里人发现了 必须今天出',
      '货压手里了 亏本出 原价{big} 现在{price}',
      '转行了 工具全出 懂的来{e}',
      '清x 气x x把 弩x把 全x',
    ]),

  fam('regulated', 'weapons', 'agent-distribution-recruit', AGENT,
    '招代理 and 分销 networks for 气狗, 弩, 电击器/电棍, 甩棍, 催泪喷射器 and 管制刀具 — 一件代发, 代理价, 素材和发圈文案, 层级折扣, 加盟费送样品, 只发私圈 — recruiting resellers to trade in weapons.',
    [
      '招代理 一件代发 气狗 弩 电击器 你只管发圈',
      '代理价{price} 零售你自己定 利润全归你',
      '每天给你发素材 打码图 文案都写好了',
      '0囤货0风险 发货我来 你收钱就行',
      '总代招分销 电棍 喷射器 甩棍 层级越高拿货越便宜',
      '在家也能做 发发朋友圈 防身器材月入过万',
      '代理群每天更新话术：别说枪 说“户外器材”',
      '加盟费{price} 送一套样品 样品能打',
      '我带的代理上个月出了{n}单 你也可以',
      '代理要求：只加熟人 不发公开平台 出事不牵连上级',
      '诚招{zh_city}及周边代理：产品有气动类 弓弩类 防身类 刀具类 全部厂家直发 代理不用压货 客户下单你转给我 我直接发到客户手上 外包装不写品名 你赚差价 群里每天发新素材和发圈文案 图都打过码 新代理送样品一套 只发私圈不上平台 上个月新来的代理一周就回了本 做得好的还能升总代 自己带团队 {ct}',
      '招 代 理 一 件 代 发 私',
      '誠招代理 彈簧刀 甩棍 電擊器 一件代發',
      '你朋友圈这么多人 不做点啥可惜了 跟我卖“户外”',
      '代理等级：铜牌八折 银牌七折 金牌六折 刀和电棍一个价',
      '今天又来了{n}个新代理 素材群已拉{e}',
      '招x理 气x 弩x 电x 一件x发',
    ]),
];

const BEN: Family[] = [
  ben('service', 'licensed-range-club',
    'Licensed shooting ranges and 射击 sport clubs — 公安许可, 实名登记, 教练全程, 枪不出馆, 会员卡, 团购体验券, 飞碟和气步枪 training — explaining that guns stay in the range and are never sold: lawful sport.',
    [
      '射击俱乐部会员卡 充值送课时 所有枪支不出馆',
      '靶场需持身份证登记 教练全程陪同 {price}二十发',
      '射击馆团建 体育部门备案 可开发票',
      '本馆枪支由公安统一管理 用完入库 不外借不转让',
      '打完想买枪？抱歉 国内个人不能买 我们也不卖',
      '气步枪十米项目训练 周二周四晚上',
      '射击队招成年业余队员 教练有注册资格',
      '飞碟射击体验 每人{n}发 先签安全协议',
      '营业执照和公安许可证挂在前台 进门就能看到',
      '第一次去射击馆 手抖得厉害 教练一直在旁边',
      '【会员须知】本射击馆为经公安机关许可的射击运动场所，入场须实名登记并接受安检，射击全程由持证教练陪同，枪支弹药由专人保管、统一出入库，严禁将任何枪弹带离场馆，严禁枪口对人。会员卡仅限本人使用，不得转借。饮酒者谢绝入场，身体不适请提前告知教练。场馆从不对外出售、出租枪支，凡自称本馆员工私下卖枪的均为诈骗，请报警。',
      '周末带爸妈去射击馆 他们说比当年民兵训练还好玩',
      '运动员等级证是体育部门发的 不是持枪证 别被骗了',
      '团购券：射击体验{price} 含护目镜和耳罩',
      '靶纸可以带走做纪念 弹壳不行',
      '今天十发打了八十几环 教练说姿势还要练',
    ],
    { price: ['99', '168', '198', '260', '380'] }),

  ben('shopping', 'toy-blaster-shop-daily',
    '水弹, 软弹 and foam toy-gun shops within the rules — 每日上新, 发货实拍, 清仓, 招代理 for toy shops, 3C 认证, 橙色枪口, 检测报告 below the 1.8 line, and a flat refusal to modify — the seller words used for real toys.',
    [
      '今日上新：软弹枪两款 3C认证 枪口橙色标识',
      '水弹枪今日发货{n}单 全部合格品 检测报告随箱',
      '打包视频：每把出厂都测过 远低于国家标准',
      '清仓 去年款软弹枪 {price}包邮',
      '吃鸡同款M416 软弹版 塑料的 玩具而已 别期待太多',
      '招代理：玩具店供货 正规厂家 资质齐全',
      '亲 我们不提供任何改装 改了就违法 也不保修',
      '发货图：纸箱里是泡沫枪和软弹 放心',
      '水弹要泡四小时 不泡打不出去',
      '连发款明天上 今天先上单发款',
      '这款动能多少？客服：检测报告在详情页 远低于1.8',
      '买家秀：爷俩在院子里打了一下午 全是笑声',
      '玩具枪一律带橙色枪口 到手别拆别涂',
      '本店只卖符合国家标准的玩具枪：水弹 软弹 泡沫弹三类 每个型号都有第三方检测报告 详情页可查 不卖钢珠 不卖任何金属弹丸 不接改装咨询 问这些的一律拉黑 发货走普通快递 包装写玩具',
      '软弹补货了 一百发{price}',
      '玩 具 枪 包 邮',
    ],
    { price: ['19.9', '29', '39', '59', '89'] }),

  ben('shopping', 'knife-shop-daigou-clearance',
    'Kitchen and camping knives within the law sold with 代购, 清仓, 招代理, 发货实拍 and 实名寄递 — 日本代购厨刀 with duty paid, 德国刀具清仓, 露营折刀 合规刃长, and sellers refusing 弹簧刀: ordinary knife trade.',
    [
      '日本代购厨刀 三德刀 牛刀 正规报关 含税{price}',
      '刀具年底清仓 {price}一套 菜刀剪刀削皮刀',
      '露营折刀 刃长合规 今日发货{n}单 实名寄递',
      '招厨具代理 菜刀砧板套装 一件代发',
      '刀具快递要实名 还要开箱验视 请理解',
      '代购的刀到了 海关收了税 正规走的',
      '瑞士军刀 发货实拍 小红盒一个个排好',
      '弹簧刀不卖 不代购 别问了',
      '刀具国际快递限制多 寄国外的建议别寄',
      '砍骨刀补货了 昨天没拍到的可以拍了',
      '给老妈代购的菜刀 她说比家里那把好用太多',
      '本店代购说明：只代购厨房刀具和合规的户外折刀，全部走正规跨境渠道、依法缴税，到货后国内实名寄递；刃长超标的、弹簧的、开刃匕首一律不接，问了也不回。',
      '木柄水果刀 {price} 送刀套',
      '露营装备清仓 折刀 工兵铲 头灯 打包出',
      '磨刀石和菜刀一起拍 满{small}包邮',
    ],
    { price: ['39', '68', '128', '268', '399'], small: ['59', '99', '199'] }),

  ben('education', 'archery-lesson-groupbuy',
    'Archery lessons bought and organised in groups — 团购体验课, 团长接龙, 馆内提供的弓, 低磅数 for beginners, 射箭协会 等级考试, 护臂/护指 ordered together — sport teaching with 弓, 箭, 磅 and 团购.',
    [
      '射箭体验课团购 团长接龙 周六下午两点',
      '射箭馆新学员接龙：1.小王 2.阿May 3.',
      '第一节课学站姿 弓是馆里的 {lb}磅',
      '团购价{price}四节课 含器材',
      '射箭协会等级考试 这次考过三级了',
      '弓不外借 下课放回弓架',
      '弩不属于射箭运动 我们不教也不卖',
      '练了一个月 十八米终于能上靶了',
      '教练是国家级裁判 讲得很细',
      '馆里团购的护臂护指到了 前台领',
      '【招生】成人射箭班开课：零基础入门，每期八节，教练一对四，弓箭器材馆内提供，练习区有防护网；团购满五人每人减{small}，团长免费。报名请在群里接龙写姓名和可上课时间。',
      '复合弓体验了一次 就想报长期班',
      '团长说下周加一节比赛课',
      '射箭比赛报名截止周五 协会官网报',
      '自己买弓先问教练 磅数别太大',
    ],
    { lb: ['14', '18', '20', '24', '26'], price: ['199', '299', '399', '460'], small: ['30', '50', '80'] }),

  ben('police', 'amnesty-report-notice',
    'Police amnesty, 收缴 and 举报 notices that name this set\'s tactics — 赶海 and 打猎 groups buying 气枪, 代办持枪证 scams, 海外代购 电击枪/甩棍, 清仓跑路价 posts, 私人靶场, 招代理 — telling people to hand in, not to buy, and where to report.',
    [
      '【{zh_city}公安】非法枪爆物品收缴通告：{date}前主动上交的可依法从宽',
      '赶海季提醒：用气枪打海鸟违法 发现请举报',
      '网上“代办持枪证”都是骗局 个人不可能通过中介办证',
      '举报网上贩卖枪支配件 查实有奖',
      '民警提醒：所谓“海外代购电击枪”“直邮甩棍” 入境即违法 买家同样担责',
      '朋友圈“清仓”“跑路价”卖气枪的 请截图举报',
      '打猎群 露营群里团购枪支的 均涉嫌违法 群主也要担责',
      '派出所开放日：收缴的仿真枪 电击器 管制刀具集中展示后销毁',
      '家里有老土枪的 可联系社区民警上门收',
      '私人靶场无证经营 已依法取缔 涉案枪支{n}支',
      '上交一把弩 民警开了回执 没罚款',
      '【反诈提示】近期有人在网上以“招代理、一件代发”为名销售气枪、电击器、管制刀具，另有人冒充“射击俱乐部”兜售“持枪证+枪支”套餐。上述行为均违法，请勿参与，发现线索请拨打110或到就近派出所举报，经查证属实的将按规定给予奖励，举报人信息严格保密。',
      '今日集中销毁收缴枪支{n}0余支 管制刀具千余把',
      '机加工企业注意：承接不明用途的管件图纸须核实 可疑的立即报警',
      '提醒：以游戏名称“98K”“M416”为噱头销售实物枪的 一律依法查处',
    ],
    { date: DATE }),

  ben('chat', 'military-history-film',
    'Military-history and war-film talk — 98K as the German Kar98k, 汉阳造, 三八大盖, 军博 exhibits, 道具组 and 后期特效, 民兵 memories — the same gun names as history and entertainment.',
    [
      '98K本来是二战德军的制式步枪 毛瑟厂的',
      '电影里M1加兰德换弹那一声“叮” 太经典了',
      '军事博物馆新展区 全是抗战时期的步枪',
      '剧组说片里的枪都是不能击发的道具 开枪镜头是后期做的',
      '姥爷说他当民兵时打靶用的是半自动',
      '看完纪录片才知道三八大盖为啥叫三八大盖',
      '历史课讲火药 四大发明之一 老师讲得很有意思',
      '展柜里那支汉阳造 保存得真好',
      '编剧说片里的兵器都是按史料复原的',
      '抗战剧手榴弹扔那么远 不科学',
      '很多人是玩了吃鸡才知道98K 其实它在二战里是德军的主力步枪 枪机设计后来影响了很多国家 博物馆里那支是缴获的 枪托上还有刻字 讲解员说每一件背后都有故事 出来的时候我爸在那支枪前面站了好久 说他小时候听爷爷讲过',
      '战争片看多了 耳朵嗡嗡的',
      '军迷群今天在聊甲午海战',
      '那部片子爆破戏是实拍的 特效公司持证操作',
      '周末去军博 带上我爸 他最爱看老枪',
    ]),

  ben('chat', 'airsoft-law-discussion',
    'Airsoft, 水弹 and 真人CS players talking about the law with this set\'s words — 代购气动的入境即违法, 清仓跑路价 posts reported, 群主不做担保, 团购只团门票, 代办持枪证 is a scam — warning each other, not trading.',
    [
      '台湾代购气动的？别想了 入境就是违法',
      '群里有人发“清仓跑路价” 我直接举报了',
      '水弹场团购门票 不团购枪',
      '有人问能不能担保买配件 群主说本群不做任何配件交易',
      '国外airsoft合法 国内1.8是红线 别对标',
      '吃鸡同款的水弹是玩具 能打钢珠的就不是了',
      '我们场的装备都有检测报告 每月复测一次',
      '看到“代办持枪证”的都是骗钱 个人根本办不下来',
      '买正规店的 别信朋友圈代理',
      '水弹被邻居以为是真的 解释了半天',
      '场地新规：只用场地提供的镭战枪',
      '有人说打猎群团购气狗 去了就是进去',
      '真人CS周末{n}人 AA 场地在{area}',
      '分享个案例给新人：有人在群里看到“赶海团购气枪” 觉得便宜就拼了一把 结果到货第二天派出所就上门了 鉴定超标 判了 所以再说一遍 玩水弹就在正规场地玩 任何改装 代购 团购的都别碰 真想玩大的就去正规射击馆 花钱买个安心 别为了省几百块把自己搭进去',
      '那个卖“空投箱”的号被封了 活该',
    ]),

  ben('work', 'hardware-machining-shop',
    '五金店 and 机加工 shops doing lawful work — 今日上新 tools, 来图加工 法兰/轴套/汽配 with 发票 and 资质, 喷枪/射钉枪 for renovation, 钢管 by the metre, 清仓 — and shops that check drawings and refuse anything controlled.',
    [
      '五金店今日上新：电钻 角磨机 扳手套装',
      '机加工接单：法兰 轴套 齿轮 来图报价 开正规发票',
      '车床师傅招学徒 包吃住',
      '射钉枪到货 装修师傅来拿 要登记',
      '钢管四分六分都有 按米卖 可以帮切',
      '五金店清仓 工具一律八折',
      '数控加工 小批量汽配零件 资质齐全',
      '五金店发货：水管配件已分两箱寄出',
      '接单前要看图纸和用途 涉及管制物品的一律不接',
      '订单多 车间晚上加班到十点',
      '喷漆喷枪到货 刷墙的师傅来看看',
      '气瓶要检测合格才能充 过期的不给充',
      '代购进口扳手 德国的 正规报关',
      '本厂承接各类机械零件加工：轴类、盘类、法兰、非标件，来图来样均可，签合同开增值税发票；客户须提供零件用途说明，凡疑似枪支零件或管制器具部件的图纸一律拒接并向公安报告。',
      '师傅 这批轴套下周三能交吗',
    ]),

  ben('shopping', 'fireworks-licensed-preorder',
    'Licensed fireworks retail points taking 预订 and 团购 through 接龙, 到店自提 only, no 快递 or 代购, unsold stock returned to the wholesaler rather than 清仓 — 烟花, 炮, 药量 in lawful trade.',
    [
      '烟花预订接龙 到店自提 持证经营',
      '团长统一去零售点提货 别让人代寄 烟花不能快递',
      '有人问能不能代购外地烟花 不行 只能在本地零售点买',
      '零售许可证号贴在门口 可以拍照',
      '元宵后剩的烟花按规定退回批发企业 不搞清仓甩卖',
      '小区团购烟花 一户限两箱 自提时带身份证',
      '这家烟花店今年开到正月十五',
      '礼花弹是专业燃放的 零售点不卖 别找了',
      '冷焰火婚庆用 {price}一对 室内安全',
      '烟花店老板说药量都按国标 没有加大的',
      '【预订须知】本零售点持有烟花爆竹零售许可证，仅销售合格产品；预订请接龙写姓名和品类，除夕前两天到店自提，不提供快递、同城配送和代购；请在允许燃放的区域和时段燃放。',
      '烟花放完的空箱子记得浇水再扔',
      '今年县里划了燃放区 终于能放了',
      '接龙+1 要一箱组合烟花 小的',
      '烟花店电话打不通 可能太忙',
    ],
    { price: ['68', '98', '128', '168'] }),

  ben('work', 'licensed-quarry-blast-notice',
    'Licensed quarries, 民爆 companies and construction firms on blasting — 爆破作业单位许可, 雷管实名编码, 领用退库, 押运, 振动监测, 村民说明会, 鱼塘承包户 notified — with 雷管/炸药/爆破 words in lawful work.',
    [
      '【{place}石料有限公司】本周爆破时间每天下午四点 警戒区禁止进入',
      '民爆公司配送车到了 押运员两人 当面清点',
      '雷管一发一码 实名登记 领多少退多少',
      '当天没用完的炸药必须退库 谁也不能带走',
      '爆破振动监测点设在村口 数据每天公示',
      '村民说明会：采石场爆破对鱼塘的影响 请承包户来参加',
      '爆破作业单位许可证年检通过',
      '安全员：听到三声长哨再进场',
      '公司招持证爆破员 五险一金',
      '无人机巡查警戒区 发现有人立即停爆',
      '各位乡亲：因公路改扩建需要，施工方将委托具有爆破作业资质的单位在{place}路段实施控制爆破，每次爆破前一小时广播通知，鸣哨清场，爆破物品由民爆公司当日配送、当日清退，请大家配合，鱼塘和房屋如有影响可到项目部登记，我们会请第三方机构评估，按标准补偿。施工期间如发现有人私下兜售雷管、炸药，请立即报告项目部或派出所。',
      '爆破推迟 等雨停了再说',
      '爆破员考证培训下月开班',
      '今天爆破很顺利 振动值在标准以内',
      '有村民问能不能顺便帮他炸一下鱼塘里的石头 项目部说不行 让他自己找有资质的公司报批',
    ]),

  ben('education', 'selfdefence-course-promo',
    'Self-defence classes sold and promoted openly — 团购, 招生, 教练资格证, 女子防身, 企业安全培训 — that teach escape and calling for help and tell students not to buy 电击器, 甩棍 or 喷射器.',
    [
      '女子防身课团购 {price}四节 周末上课',
      '防身课不卖任何器械 有人推销电击器甩棍别理',
      '课上教的是脱身 不是打架',
      '防身馆招教练 要有资格证',
      '防狼报警器到了 合法的 一拉就响',
      '企业安全培训：夜班员工怎么应对冲突',
      '教练说甩棍喷射器很多都是管制的 买了反而违法',
      '第三节课练的是被抓住头发怎么挣脱',
      '防身课和急救课一起报 打八折',
      '同事团购了防身课 一起去 有伴不尴尬',
      '【招生】成人防身课程：以脱身、报警、保护自己为核心，不教攻击，不推荐也不销售任何器械；课程共八节，每节九十分钟，持证教练授课，公司团体报名有优惠。',
      '跆拳道馆成人班 晚上七点半',
      '防身最好的工具是手机和警惕心',
      '上完课才知道以前那些“防身神器”多半违法',
      '教练超耐心 推荐闺蜜来了👍',
    ],
    { price: ['299', '399', '600', '880'] }),

  ben('games', 'shooter-loadout-talk',
    'Shooter-game loadouts and trading within the game — 吃鸡/三角洲/CF 配装, 98K, M416, AWM, 空投, 装备箱, 皮肤 bought only on the official platform — the game names with no real goods.',
    [
      '我的吃鸡配装：M416加98K 三级头三级甲',
      '三角洲新赛季 这套配装哪个好',
      '空投里出了AWM 爽翻',
      '皮肤交易只走官方平台 私下担保的都是骗子',
      '喷子近战无敌 远了就是烧火棍',
      '装备箱开出金皮了 运气爆棚',
      '98K一枪倒 爽',
      '{gamegun}配八倍镜 还是六倍压着用',
      '今天沙漠图 落地捡了把喷子',
      '老六蹲厕所 被我一枪带走',
      '{game}新版本把{gamegun}削了 伤害掉了一截 以后配装得改 我现在主玩M762加Mini14 远近都能打 大家有更好的搭配吗',
      '开黑缺一个 会压枪的来',
      '装备箱里那套吉利服 求换',
      '平底锅挡子弹 真的救了我一命哈哈',
      '枪械皮肤上新了 官方商城有',
    ],
    { gamegun: GAMEGUN, game: GAME }),
];

export const families: Family[] = [...HARM, ...BEN];
