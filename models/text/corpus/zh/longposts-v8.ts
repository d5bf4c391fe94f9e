import { family, type CorpusLabel, type Family } from '../types.js';

/**
 * Round v8, long posts (80–400 characters) in which the harm is embedded inside otherwise ordinary text: a 朋友圈 life
 * update that ends with a 回血 group invite, a long "测评" of an app that is a casino, a match analysis that ends in 跟单,
 * a hometown story with a 棋牌 group, a long 红包接龙 group notice; a travel diary / business-trip thread recommending a
 * 会所 with price and contact, a long "emotional" DM that ends in selling private videos; a job-hunting story pitching
 * 收卡/跑分, an insomnia or diet "experience" post advertising a drug channel, a 考证 story that sells certificates, a
 * 宝妈副业 post renting out SIM cards, an operator's "growth notes" selling customer data, an outdoor diary selling 狗粮.
 * Benign look-alikes (letter a): equally long posts with the same words used innocently — crackdown news analysis, real
 * game and lottery-store reviews, match analysis, a spa/足疗 travel diary, 收卡 scam warnings, medicine experiences,
 * job-hunting stories, community notices, exam prep, real side hustles, data-analyst notes, archery clubs.
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const fam = (label: CorpusLabel, subtype: string, name: string, policies: readonly string[], pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(label === 'benign' ? `zh.benign.${subtype}.v8a-${name}` : `zh.${label}.${subtype}.v8-lp-${name}`, 'zh', label, subtype, policies, pattern, templates, slots ?? {});

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
const PROMOTE = ['cg-gambling.c', 'cg-gambling.b'];
const PAID = ['cg-offering-or-requesting-sexual-behavior-for-compensation.a'];
const NUDE = ['cg-offering-or-requesting-sexual-behavior-for-compensation.d', 'cg-nudity.ii.h'];
const LAUNDER = ['cg-fraud-or-scams.c', `${R}.k`];
const SELL = [`${R}.d`];
const FORGED = ['cg-fraud-or-scams.b.2'];
const SIM = [`${R}.k`, 'cg-fraud-or-scams.d.2'];
const LOOKUP = [`${R}.j`, 'cg-violation-of-personal-data-privacy', 'cg-fraud-or-scams.d.2'];
const GUN = [`${R}.a`];

const CITY = ['东莞', '长沙', '成都', '重庆', '昆明', '南宁', '厦门', '西安', '郑州', '杭州', '佛山', '三亚'];
const NAME = ['阿杰', '老周', '小胖', '强哥', '燕子', '阿飞', '东子', '小鱼', '大刘', '彬彬', '浩子', '婷婷'];
const MONEY = ['300', '500', '800', '1000', '2000', '5k', '1w', '两千', '三千'];
const CONTACT = ['{zh_contact}', '{zh_contact}', 'V：{handle}', 'Q{qq}', '主页有联系方式', '私信我拿链接', '评论区扣1我私你', '纸飞机{handle}'];
const DAY = ['今天', '周末', '昨晚', '这两天', '最近', '前几天'];
const EMO = ['😂', '🤣', '😭', '🙏', '✌️', '💰', '🔥', '😏', ''];

const H1: Family[] = [
  fam('gambling', 'casino', 'life-update-ends-in-huixue-group', PROMOTE,
    'A 朋友圈/feed life update (kids, cooking, commute, gym, rent) that turns into "how I paid it off": a platform or group where the writer 回血/上岸, with an invite code or contact at the end.',
    [
      '{day}带娃去公园 小家伙玩疯了{emo} 回来路上顺便把这个月房贷交了 说实话半年前我还在为钱发愁 后来朋友拉我进了个群 每天跟着老师下几把 现在基本稳定 一天几百块零花 想了解的{contact}',
      '早上六点起来健身 中午自己做了个减脂餐 下午陪老婆逛了会街 平平淡淡的一天～ 有人问我最近怎么不上班了 其实就是找到个副业 手机上玩玩 每天收益{money}左右 不藏私 想跟的私聊 名额有限',
      '搬家第三天 终于收拾完了{emo} 新房子采光超好 说一句心里话 去年这时候我欠了十几万 差点想不开 是{name}带我进的那个平台 三个月全部上岸 现在给大家一个机会 邀请码{handle} 注册送88',
      '分享一下今天的晚饭 红烧肉+清炒时蔬 老公说比饭店还好吃😋 最近心情好是因为手气好 哈哈 群里今晚还开 有兴趣一起玩的{contact} 小玩怡情 别上头',
      '周末回老家看了爸妈 给他们换了个新冰箱 以前想都不敢想 这两年一直在外面打工存不下钱 直到接触了这个 每天晚上{n}点准时开 跟着计划走 月入过万真不是吹 {contact}',
      '又是加班的一天 地铁上刷到很多人说赚钱难 我以前也是 后来明白了 打工只能糊口 我现在下班后玩两把 输了算娱乐 赢了当奖金 这个月已经{money}了 平台正规 秒提 想玩的我拉你',
      '第一次晒单 本来不想发的 但确实要感谢这个群 之前输了{money}心态炸了 群里导师带着回血 今天全回来还多了一点 需要的兄弟姐妹看主页 只帮有缘人',
      '今天天气真好☀️ 带狗去河边跑了一圈 顺便跟大家说下 很多朋友问我怎么那么闲还有钱花 其实就是每天花半小时在一个小游戏上 押大小那种 有技巧 懂的来{contact}',
      '跟闺蜜喝了下午茶 她问我最近换的包哪来的 嘿嘿 不是男朋友送的 是自己玩出来的 {name}介绍的平台 首充就送 想一起的姐妹扣1 不懂的我教',
      '人到中年 上有老下有小 压力大到睡不着 去年在朋友推荐下找到一条路子 不用投资太多 几百块起步 现在每个月稳定多出一份工资 有同样处境的朋友 可以私信聊聊 不强求',
      '新车提了🚗 全款 感谢自己的坚持 也感谢带我的老师 三个月前我还是个负债的人 现在想通了 机会只给敢试的人 群号在评论区 进群备注朋友圈',
      '【日常】早起打卡 读书半小时 做早餐 送孩子上学 然后打开那个app 跟一把计划 一上午收工 剩下的时间都是自己的 这种生活谁不想要 {contact}',
    ],
    { day: DAY, emo: EMO, contact: CONTACT, money: MONEY, name: NAME, n: ['8', '9', '10', '11'] }),

  fam('gambling', 'casino', 'fake-app-review-casino', PROMOTE,
    'A long "测评/种草" review of an app or mini-game (UI, 提现速度, 客服) that is a casino: 真人视讯, 百家乐, 电子, 体育, 充值返水, written as a neutral product review with a download link.',
    [
      '【真实测评】用了一个月的{app}说说感受：界面简洁 没有乱七八糟的广告 充值秒到 提现最快三分钟 最多一次提了{money}没卡 真人那块的荷官都是高清直播 百家乐和龙虎都有 返水每天自动到账 缺点是晚上人多有点卡 总体推荐 下载{url}',
      '测评博主第一次推非官方app 先说结论：可以玩 {app}我试了体育和电子两块 体育盘口比某些大平台还全 电子游戏爆率正常 客服24小时 最重要的是出款正常 新人首存送{pct} 感兴趣的看置顶',
      '很多粉丝问{app}靠不靠谱 今天统一回复 我自己小号玩了两周 存了{money} 中间提了三次 都在十分钟内到账 游戏种类：真人 棋牌 捕鱼 彩票 体育 一应俱全 风控不严 不会乱冻账户 要玩的走我链接有额外彩金',
      '这款{app}被我挖到了 表面是个休闲小游戏合集 其实里面能充值能提现 大转盘 水果机 押庄闲 玩法很多 我一晚上从两百玩到一千二 当然也有输的时候 理性娱乐 链接放评论',
      '说一下我用过的几个平台对比：A家出款慢 B家乱扣流水 只有{app}最稳 返水1.2% 代理还有佣金 玩了三个月没出过问题 想长期玩的选它就对了 {contact}',
      '【开箱】新出的棋牌app{app} 画面很舒服 斗地主 炸金花 牛牛都有 房卡模式朋友开局 也可以匹配 金币能换现 我上周换了{money}到支付宝 不多 但是真的能提 可以试试',
      '作为一个玩了五年的老玩家 给大家推荐{app} 理由：1.亚洲牌照（他们自己说的） 2.USDT和银行卡都能充 3.提款无上限 4.VIP返水高 5.客服不推诿 缺点：需要翻墙 注册地址私信',
      '安利一个宝藏app {app} 每天签到送彩金 刮刮乐 大转盘 还有真人百家 我本来是冲着签到去的 结果玩上瘾了 目前净赚{money} 姐妹们冲',
      '{app}体验报告：UI 8分 速度 9分 出款 10分 活动 9分 总评 推荐 适合下班后放松一下 小赌怡情 首存100送38 邀请码{handle}',
      '不是广告 纯分享 这个{app}我用了半年 从来没遇到过不给提款的情况 真人视讯是菲律宾那边实拍 比那些电子的靠谱 想了解的私信 我发你注册链接',
      '认真写一篇{app}的长评：朋友推荐下载的 一开始以为是骗子 试了五十块居然提出来了 后来慢慢加到几千 里面的龙虎斗规律我摸得差不多了 有兴趣的可以交流 {contact}',
      '最近很火的{app}到底能不能玩？我替大家试了 充了{money} 玩了三天 现在余额翻了一倍 提现已到账截图在图二 别问 问就是真的',
    ],
    { app: ['乐玩盒子', '星耀娱乐', '金沙小游戏', '多乐城', '凯旋app', '悦享棋牌', '云顶plus', '欢聚岛'], money: MONEY, pct: ['38%', '50%', '100%', '88元'], contact: CONTACT }),

  fam('gambling', 'betting', 'match-analysis-ends-in-gendan', PROMOTE,
    'A long football/basketball match analysis (form, injuries, tactics, 盘口 movement) that ends by selling or giving a 推荐/方案 and inviting readers to 跟单 on a betting site or a paid group.',
    [
      '周末{team}主场迎战{team2} 先看状态：{team}近五场三胜一平一负 主力中卫伤愈复出 {team2}客场表现一般 已经连续三场丢球 盘口方面 初盘主让半球 现在升到半一 水位下调 机构明显看好主队 我的方案：主让半一 {money}起 想跟的进群 群里有更多内部单',
      '今晚NBA {team}对{team2} 背靠背作战体能是大问题 加上核心球员轮休 大分盘开在225.5 我倾向小分 这周我的单子7红1黑 胜率在那摆着 想跟单的加我 {contact} 不收费 只要注册用我的链接',
      '【赛前分析】{team}vs{team2} 历史交锋{team}占优 近期两队都有伤病 但{team}替补深度更好 欧赔主胜1.85 亚盘平半 数据模型给出主胜概率62% 今晚实单已出 上了{money} 群内公布 跟不跟自便',
      '说真的 看球不下注等于白看 今天给大家写个深度分析 {team}这赛季控球率联赛第二 但转化率很低 {team2}擅长防反 所以我判断这场进球不会多 小2.5 稳 已经在平台下了 新朋友注册送{pct} 入口私信',
      '分析了三个小时的比赛 给粉丝们送福利 {team}让一球 {team2}大2.5 二串一 赔率3.4倍 我自己下了{money} 红了截图 黑了我请大家吃饭 想跟的看主页群',
      '{team}这场必须拿分 保级压力大 主帅赛前发布会态度强硬 而{team2}已经提前锁定欧战 下周还有杯赛 大概率轮换 所以机构开出的平手盘有诱盘嫌疑 我选主队 老规矩 方案在群里 进群费{money}',
      '连续更新第{n}天 昨天的单子全红 有些兄弟跟着赚了不少 今天的重点场次是{team}对{team2} 具体分析就不多说了 懂球的都知道 想要稳胆的私我 本周会员价{money}',
      '写给刚入门的球迷：看球要看数据 比如{team}的主场胜率 {team2}的客场失球数 然后对照盘口变化 就能找到价值 我们团队每天出三场精选 有兴趣可以来体验 首周免费跟单',
      '今晚欧冠焦点战{team}vs{team2} 两队都是攻强守弱 上半场大1就值得搏 全场看大3 我在{app}已经下注 赔率比官方体彩高不少 想玩的用我的邀请码',
      '比赛分析：{team}中场核心停赛 这是致命打击 {team2}近期士气高涨 我给出的推荐是客队受让半球 信心指数五星 本场实单{money} 跟单的兄弟评论区报数',
    ],
    { team: ['阿森纳', '曼城', '利物浦', '国米', '尤文', '多特', '皇马', '巴萨', '湖人', '勇士', '凯尔特人', '山东泰山'], team2: ['热刺', '切尔西', '那不勒斯', '罗马', '莱比锡', '马竞', '掘金', '太阳', '上海申花', '毕尔巴鄂'], money: MONEY, contact: CONTACT, pct: ['38%', '50%', '100%'], n: ['12', '23', '37', '58'], app: ['某宝平台', '星耀体育', '金球网'] }),

  fam('gambling', 'chess-cards', 'hometown-story-card-group', PROMOTE,
    'A nostalgic hometown/holiday story (过年打牌, 麻将, 亲戚) that ends inviting readers into an online 棋牌/麻将 group played for money (上下分, 房卡, 一元一分, 群主抽水).',
    [
      '小时候过年最期待的就是一家人围在一起打麻将 奶奶坐庄 爸爸算账 妈妈在旁边嗑瓜子 现在大家各在一方 很久没凑齐了 想念那种热闹 所以建了个群 线上打 {rule} 大家下班了来搓两把 {contact}',
      '老家的规矩 正月里不打牌不算过年 今年没回去 在出租屋里有点冷清 好在有个麻将群 每晚都有局 {rule} 上下分找群主 秒上秒下 有兴趣的来 人多热闹',
      '我爸打了一辈子跑得快 退休后在手机上也天天玩 前阵子他被拉进一个群 说是{rule} 一晚上能赢一两百 我一开始担心 后来自己也玩了 确实挺有意思 需要的私聊我拉你 都是正规房卡',
      '在外漂了八年 最怀念的是楼下小卖部门口的牌桌 大爷们边打边吵 现在我们几个老乡搞了个线上的 斗地主 牛牛 炸金花都有 {rule} 群主靠谱 缺人 {contact}',
      '今天整理老照片 翻出一张二十年前全家打牌的合影 感慨万千 现在我们家族群里每晚开一局 外人也可以来 {rule} 输赢当天结 不欠账',
      '春节回不去的老乡们 咱们家乡话麻将群开了 {city}玩法 红中癞子 {rule} 有人带 新人也能玩 进群先交押金{money}',
      '想起外公教我打牌的样子 他说牌品就是人品 现在我自己开了个小群 朋友之间玩玩 {rule} 抽水很低 只为热闹 想来的评论扣{n}',
      '疫情那几年天天在家 全靠线上麻将续命 现在那个群还在 人挺多的 {rule} 每天中午晚上两场 有兴趣加群主{contact} 备注老乡',
    ],
    { rule: ['一元一分', '五块一番', '十块底 封顶三百', '房卡开局 群主上下分', '五毛一分 输赢微信结', '一百起上分'], contact: CONTACT, city: CITY, money: MONEY, n: ['666', '1', '麻将'] }),

  fam('gambling', 'red-packet', 'long-group-notice-hongbao-rules', PROMOTE,
    'A long group notice (群公告) with friendly welcome, group rules and then the money game: 红包接龙, 扫雷 尾数, 牛牛红包, 发包金额/赔率/抽水, 上分找管理.',
    [
      '【群公告】欢迎新进群的朋友！本群为{city}同城交友娱乐群 请大家文明聊天 禁止发广告 禁止私加好友 每晚八点开始红包游戏 {game} 发包{money}起 中雷赔{odds} 有问题找管理 祝大家玩得开心',
      '📢公告：1.进群改备注 城市+名字 2.不准骂人 3.每日{time}红包接龙 {game} 4.发包金额统一{money} 5.抽水3%用于群活动 6.不到账找群主 以上 违者踢',
      '各位群友晚上好 今天是本群成立一周年 感谢大家一路陪伴 为了庆祝 今晚红包雨加码 {game} 尾数中雷一赔{odds} 群主额外补贴 新人拉人进群奖励{money} 冲冲冲',
      '群规（必看）：本群以聊天交友为主 娱乐为辅 {game} 每个包{money} 十包一轮 连中三次奖励 禁止刷屏 禁止截图外传 上下分私聊财务 财务微信只有一个 认准',
      '亲们 群内红包游戏规则更新：{game} 赔率调整为一赔{odds} 发包人自定雷号 抢到尾数一样的自动赔付 机器人统计 不接受赖账 新人第一次可免押 老规矩晚上九点开',
      '本群是宝妈互助群 平时分享育儿经验 晚上大家放松一下玩玩红包 {game} 不大 一包{money} 图个乐 想加入的姐妹找群主审核',
    ],
    { city: CITY, game: ['扫雷', '牛牛', '接龙', '埋雷', '抢庄', '尾数单双'], money: ['10', '20', '50', '100', '200'], odds: ['1.5', '1.8', '2'], time: ['20:00', '21:00', '晚八点'] }),
];

const H2: Family[] = [
  fam('sexual', 'solicitation', 'travel-diary-huisuo-recommend', PAID,
    'A travel diary / 攻略 (food, sights, hotel) that slips in a 会所/SPA/"特色服务" recommendation with 全套, 一条龙, price and 技师 contact — paid sex dressed as a tourism tip.',
    [
      '{city}三天两晚攻略来了 第一天吃了本地早茶 第二天去了古镇 晚上重点推荐一家{place} 技师年轻漂亮 {svc} 价格{price} 男士懂的 报我名字打折 {contact}',
      '出差顺便在{city}玩了两天 美食没什么好说的 网上都有 说个网上没有的 酒店附近有个{place} 看着正规 进去了才知道有隐藏项目 {svc} {price} 服务到位 想去的私我要地址',
      '【{city}男士旅行指南】吃：夜市烧烤 住：江边酒店 玩：{place} 全套{price} 妹子可选 有学生兼职 环境干净 安全不查 需要技师微信的评论区扣1',
      '第一次来{city} 被朋友带去了一个地方 {place} 说实话开了眼界 {svc} 从头到尾一个多小时 才{price} 比我们那边便宜太多 下次还来 想知道具体位置私信',
      '游记Day3：上午爬山累得半死 下午回酒店休息 晚上叫了{place}的上门 {svc} 小姐姐很温柔 {price}包夜 旅途的疲惫一扫而空 老司机都懂 联系方式{contact}',
      '分享一下{city}自由行 景点人太多 体验一般 倒是住的那个酒店楼下有家{place}值得一去 不是普通按摩 是带{svc}的 {price}起 前台小姐姐会推荐 说是朋友介绍就行',
      '自驾游第五站{city} 路过一个高速服务区附近的小镇 晚上找地方放松 本地人推荐了一家{place} 价位{price} {svc} 性价比超高 兄弟们路过可以去',
      '一个人的旅行也可以很精彩 在{city}的最后一晚 我约了一个{place}的技师 {svc} 全程很贴心 {price} 想要她联系方式的朋友 {contact}',
      '男生去{city}一定要做的三件事：1.吃一次火锅 2.看一次夜景 3.去一次{place} 一条龙{price} 全程有人接待 包房 有需要私我',
      '在{city}住了一周 把当地会所都体验了一遍 做个排名：第一名{place} 技术好颜值高 {svc} {price} 第二名服务一般 第三名就别去了 具体店名私聊',
    ],
    { city: CITY, place: ['养生会所', '水疗中心', 'SPA馆', '足浴城', '商务会所', '私人工作室', '桑拿'], svc: ['全套', '一条龙', '带大保健', '可以加钟做特殊的', '莞式服务', '可以出台', '冰火两重天'], price: ['688', '888', '1288', '1500', '999', '两千'], contact: CONTACT }),

  fam('sexual', 'solicitation', 'long-dm-companion-offer', PAID,
    'A long private message that opens with small talk and a sad or sweet life story, then offers paid companionship with sex (陪睡, 包夜, 上门, 快餐/过夜 prices, 先付定金).',
    [
      '哥哥你好呀 看你主页挺有意思的就加你了 我是{city}本地的 今年刚毕业 现在在一家公司做文员 工资不高 房租压力大 所以偶尔出来兼职 {svc} 快餐{price} 过夜{price2} 可以先视频验证 只接干净的哥哥哦',
      '在吗 冒昧打扰 我是上次群里那个{name} 最近家里出了点事 急需用钱 不想借网贷 所以想问问你需不需要人陪 {svc} 价格好商量 {price}就行 我人很干净 你可以来我这边也可以我过去',
      '晚上好呀 一个人在{city}出差很无聊吧 我刚下班 可以陪你吃个宵夜聊聊天 如果你愿意 后面也可以{svc} 全程不催 {price} 先转一半定金 到了再付剩下的',
      '你好 我是朋友介绍来的 知道你是老板人很好 我自己情况简单说下：单亲 带个孩子 白天上班晚上有空 可以陪你{svc} 不图多 {price}一次 希望长期',
      '小哥哥 谢谢你刚才点赞 其实我是做私人陪伴的 包括逛街吃饭和{svc} 在{city}一般都在酒店见面 {price}起 包夜{price2} 要照片的话先发个红包',
      '嗨 我看到你在附近的人里 距离才1.2公里 我是兼职学姐 今年23 身高165 今晚有空 {svc} {price} 可以来你住的地方 定金{dep}先付 防止放鸽子',
    ],
    { city: CITY, name: ['小雅', '琪琪', '安安', '糖糖', '小雪', '欣欣'], svc: ['陪睡', '上门服务', '包夜', '啪啪', '做全套', '过夜'], price: ['500', '600', '800', '1000'], price2: ['1500', '2000', '2500'], dep: ['100', '200', '300'] }),

  fam('sexual', 'nude-content', 'blogger-diary-sells-private-set', NUDE,
    'A long "blogger life" post (fitness, dance, cosplay, diary of a model) that ends selling explicit content: 福利视频, 私房无码, 会员群, 原图 packages with prices.',
    [
      '健身第{n}天打卡 体脂降到19%了 好多粉丝说想看练后的身材 正常的平台发不了 我在{plat}做了个私密合集 {content} 月费{price} 想看的私信拿链接 成年人才可以哦',
      '今天拍了一组新的cos 造型师小姐姐太厉害了 公开版已经发了 还有一套{content}只在会员群 {price}永久 每周更新 有兴趣戳我',
      '做舞蹈博主三年了 一直在亏钱 平台限流 实在撑不住了 决定开一个{content}的付费频道 尺度比平时大很多 {price}/月 不喜勿喷 喜欢的支持一下',
      '最近好多人问我为什么不更新了 其实是搬家了 新家布置好了拍了一组居家照 {content} 原图{count}张 打包{price} 私我 只卖给真心喜欢的',
      '模特日记：今天接了个品牌拍摄 很累但开心 晚上回来给老粉录了个{content} 放在{plat} 老规矩{price} 付费后自动发链接',
      '毕业旅行回来了 在海边拍了很多好看的 普通的发微博 另外有{content}合集 {count}P+{vcount}V {price} 需要的直接付款备注邮箱',
    ],
    { n: ['30', '100', '365'], plat: ['电报群', '某付费平台', '小号', '私密相册'], content: ['私房无码', '福利视频', '原图不打码', '大尺度私拍', '一对一视频', '真空版'], price: ['68', '99', '199', '288'], count: ['80', '120', '200'], vcount: ['5', '12', '20'] }),

  fam('regulated', 'bank-cards', 'job-story-pitches-shouka-paofen', LAUNDER,
    'A long job-hunting / unemployment story (layoffs, 找工作难, 负债) whose happy ending is renting out bank cards or running 跑分/走流水 for a "team", with daily pay and a contact.',
    [
      '被裁员第{n}个月 投了两百多份简历 没人要 房贷车贷压着喘不过气 后来一个老同学拉我做{job} 只要提供{card} 每天坐在家里就有收益 一天{money} 当天结 现在也在招人 {contact}',
      '说说我这半年的经历吧 从工厂出来后一直找不到合适的 送外卖跑了两个月 累到腰疼 后来在群里看到有人收{card} 一张{price} 我家里人的卡加起来有五张 一下子缓了口气 有需要的可以问我',
      '35岁找工作真的太难了 面试官看到年龄就摇头 好在我找到一个不用看年龄的活 {job} 手机操作 时间自由 日结 要求就是有{card} 不违法 放心 想做的{contact}',
      '刚毕业 实习工资两千五 在{city}根本活不下去 室友介绍我做{job} 不用坐班 每天几个小时 有{card}就能做 一个月多赚{money} 分享给跟我一样难的同学',
      '家里欠债 老婆要离婚 那段时间天天想不开 感谢{name}哥带我做{job} 现在每天几百流水佣金 债还了一半 需要的兄弟私我 卡越多赚越多 不满18不要',
      '真心分享：我不炒股不网贷 就靠{job}养家 原理很简单 平台需要{card}走账 我们提供 按流水抽佣 千分之五到百分之一 正规团队 包安全 {contact}',
      '宝妈一枚 带娃没法上班 一直在找能在家做的 终于找到了 {job} 只需要{card}和手机 每天抢单 佣金秒到 已经做了三个月 稳定 想做的姐妹来',
      '今天辞职了 不是冲动 是因为副业收入已经超过工资了 做的是{job} 需要{card} 不懂的我手把手教 名额有限 只带自己人',
    ],
    { n: ['三', '五', '八'], job: ['跑分', '码商', '走流水', '卡商', '代收代付', '挂U'], card: ['一类卡', '银行卡', '对公账户', '支付宝和微信实名号', '四件套', '网银U盾'], money: ['300-800', '五百起', '1000+', '两三百'], price: ['800', '1500', '2000', '3000'], contact: CONTACT, city: CITY, name: NAME }),

  fam('regulated', 'drugs', 'experience-post-drug-channel', SELL,
    'A long "my experience" post (insomnia, anxiety, weight loss, study pressure, 派对) that recommends a prescription-only or illegal substance bought without prescription, with coded names and a seller channel.',
    [
      '失眠三年的人来分享下 试过褪黑素 泡脚 冥想都没用 后来朋友给了我几颗{drug} 第一晚就睡了八个小时 医院开要看精神科还限量 我现在找的渠道不用处方 {price}一板 包邮 需要的{contact}',
      '考研那段时间压力巨大 注意力完全集中不了 后来室友推荐了{drug2} 吃完一下午能刷三套题 真的是神药 国内医院根本开不到 我找的海外代购 有需要的私聊 不多说',
      '产后瘦身经验贴：节食没用 运动没时间 最后是一个姐妹给的{diet} 一个月掉了十五斤 副作用是心跳快一点 不过能接受 渠道私信 {price}一瓶',
      '说说我的抑郁经历 看了好多医生 药吃了副作用大 后来在一个群里接触到{drug3} 整个人都轻松了 不是成瘾那种 放心 偶尔用用 有兴趣的可以{contact} 低调',
      '周末去了一个派对 朋友带了点{drug3} 说实话体验很特别 音乐都变得好听了 第二天也没什么不舒服 有人问哪里搞 我这有靠谱的 {price}/份 同城可面交',
      '长期夜班的朋友看过来 我做了十年夜班 身体早就垮了 后来有人给了我{drug2} 精神头一下来了 现在离不开 这东西正规渠道买不到 我有稳定货源 {contact}',
      '健身党经验分享：自然训练三年到瓶颈 后来上了{roid} 三个月围度涨了一圈 很多人谈药色变 其实科学使用没问题 需要的私信 提供周期方案',
      '作为一个焦虑症患者 真心推荐{drug} 医院开一次只给一周的量 太麻烦了 我找到一个不要处方的卖家 量大优惠 私我拿联系方式',
    ],
    { drug: ['阿普唑仑', '三唑仑', '佐匹克隆', '安定', '蓝精灵', '小蓝片'], drug2: ['聪明药', '利他林', '阿德拉', '莫达非尼', '提神片'], drug3: ['叶子', '蘑菇', '笑气', '小糖果', '飞叶', '邮票'], diet: ['西布曲明', '减肥胶囊（进口的）', '泰国小黑瓶', '三无燃脂丸'], roid: ['类固醇', '蛋白同化', '口服大力', '针剂周期'], price: ['200', '350', '500', '800'], contact: CONTACT }),
];

const H3: Family[] = [
  fam('regulated', 'documents', 'career-story-sells-certificates', FORGED,
    'A long career/exam story (考了三次没过, 升职需要学历, 找工作被卡证书) that ends offering certificates, diplomas or licences without exams: 学信网可查, 包过, 内部渠道, 免考拿证.',
    [
      '工作第六年 升主管卡在学历上 自考考了两年没过 心态崩了 后来部门的{name}悄悄告诉我一个渠道 {doc} {check} 不用考试 一个月出证 我已经拿到了 想办的私我 {price}',
      '分享一下我换工作的经历 之前一直因为没有{doc}被拒 后来托人办了一个 {check} 面试直接过了 工资涨了三千 真的 证书就是敲门砖 需要的可以找我 {contact}',
      '考{doc}考了三次 每次差几分 第四次不想考了 找了个机构 交{price} 包拿证 {check} 说实话比自己熬夜刷题省心太多 有同样需求的朋友 评论区扣1',
      '在工地干了十年 想转岗做管理 公司要求有{doc} 我初中毕业哪考得过 一个工友介绍的 {check} 全程不用露面 半个月到手 现在当上了小组长 需要的老乡找我',
      '宝妈重返职场真的难 简历石沉大海 HR都要{doc} 后来我想通了 花{price}办了一个 {check} 第二周就入职了 有需要的姐妹私聊 不骗人',
      '留学没读完回国 家里人都以为我毕业了 压力很大 最后找人做了一套{doc} {check} 认证都能过 现在在外企上班 谁也不知道 有类似情况的可以联系我',
      '本人人力资源从业者 见过太多人被学历卡住 所以这两年也帮朋友们对接一些资源 {doc} {check} 价格透明 {price} 不成功不收费 {contact}',
    ],
    { name: NAME, doc: ['本科学历', '电工证', '教师资格证', '建造师证', '会计证', '驾驶证', '毕业证学位证', '健康证'], check: ['学信网可查', '官网可查', '终身可查', '内部渠道录入', '包过免考'], price: ['6800', '1.2w', '3500', '8000'], contact: CONTACT }),

  fam('regulated', 'sim-cards', 'side-hustle-post-rents-sim', SIM,
    'A long 副业/宝妈/学生 side-hustle post that recommends renting out or selling one\'s own phone numbers, SIM cards and real-name accounts (出租手机卡, 收实名号, 接码, 挂机) for daily pay.',
    [
      '分享一个我做了半年的小副业 适合宝妈和学生 不需要本钱 只要你有{sim} 插到对方给的设备上挂机就行 一张卡一天{money} 自己有几张就挂几张 每天自动到账 想了解的{contact}',
      '大学生兼职分享：之前做过发传单 奶茶店 都很累 现在找到一个躺赚的 出租{sim} 每个月{price} 对方说是用来做推广的 不会影响我自己 有需要的同学私我',
      '在家带娃两年 终于找到了能做的事 收{sim} 我自己不用的旧号拿去卖了 一个{price} 后来身边亲戚的卡也收来转出去 赚差价 有兴趣一起做的姐妹看过来',
      '说个冷门副业 接码 就是你手机收到验证码转发给对方 一条{money} 一天几十条 不用动脑 手机卡越多越好 需要的话私信 带你入门',
      '退休老人也能做的赚钱项目 手机卡出租 一个号一个月{price} 签个协议 安全放心 我爸妈的老人机卡都租出去了 补贴家用 {contact}',
      '我是怎么从负债到月入过万的？很简单 收{sim} 转给需要的工作室 一手货源 一张利润{money} 现在身边很多人都找我 需要上家的私',
      '学生党副业：把你不用的{sim}拿出来 我们统一收 一张{price} 实名认证过的优先 当天结 不需要你做任何事',
    ],
    { sim: ['手机卡', '电话卡', '实名手机号', '微信号', '抖音实名号', '物联卡', '老号'], money: ['30', '50', '80', '15', '5'], price: ['100', '150', '200', '300'], contact: CONTACT }),

  fam('regulated', 'data', 'growth-notes-sells-customer-data', LOOKUP,
    'A long operator/sales "growth experience" post (获客难, 转化率, 私域) that sells customer data: 精准客户资料, 手机号数据, 业主信息, 新生儿信息, 实时轨迹, 查档, 开房记录.',
    [
      '做销售八年 总结一句话 获客才是王道 以前我们团队天天扫街发传单 一个月开不了几单 后来换了思路 买{data} 电话直接打 成交率翻了三倍 我这边有稳定渠道 {count}条起 需要的同行{contact}',
      '干货分享：教培机构怎么招生？家长群？地推？都太慢 我们用的是{data} 按区域按年级筛选 名字电话都有 一个暑假招满了 资源可以分享 价格私聊',
      '做装修的朋友看过来 最难的就是找客户 我有{city}今年交房的{data} 姓名 电话 房号 一个小区{price} 新鲜的 已经帮很多同行接单了',
      '说说私域运营的心得 前期最关键的是种子用户 我的做法是直接买{data} 导入企微批量加 通过率30% 很多人问渠道 我这边代查代找 {contact}',
      '讨债经验分享：对方失联怎么办 走法院太慢 我都是找人查{data2} 一般两三天就能出结果 位置 住址 通话 都能查 需要的私我 收费看难度',
      '保险从业五年 最想告诉新人的是：别陪聊 直接上{data} 高净值客户 资产 车辆 一应俱全 我自己用的渠道可以介绍 一份{price}',
      '婚介所老板的真心话 客户从哪来？买{data} 单身 年龄 收入 都能筛 我们一年成交两百多对 全靠这个 资料可以转让 {contact}',
    ],
    { data: ['精准客户资料', '手机号数据', '业主信息', '新生儿家长信息', '车主名单', '贷款客户数据', '学生家长名单'], data2: ['实时定位', '开房记录', '户籍信息', '通话记录', '名下资产'], count: ['1000', '5000', '1万'], price: ['500', '800', '2000'], city: CITY, contact: CONTACT }),

  fam('regulated', 'weapons', 'outdoor-diary-sells-airgun', GUN,
    'A long outdoor/hunting/fishing diary (进山, 打猎, 野营) that recommends and sells air guns, 仿真枪, crossbows, 钢珠 or ammunition (狗粮) with coded words and delivery.',
    [
      '周末进山露营 夜里听到野猪的声音 吓得一晚没睡好 回来后下决心入了一把{gun} 威力够 {range}没问题 卖家是老玩家 走物流分开发 需要的私我要链接 {contact}',
      '打猎日记：秋天是山鸡最肥的时候 今天和{name}跑了三个山头 收获两只 用的是{gun} 很多人问哪买的 正规渠道肯定买不到 我有熟人 整枪配件都有 {price}起',
      '钓鱼佬的第二爱好 就是玩{gun} 在水库边打打易拉罐 很解压 配套{ammo}也一起出 懂的来 不懂的别问 同城面交',
      '分享一下我的户外装备清单：帐篷 睡袋 头灯 还有一把{gun}（防身用）现在很多人出去玩都带 这个不好买 卖家联系方式{contact} 说是朋友介绍的',
      '野营第{n}次 终于把装备配齐了 最贵的就是这把{gun} 全金属 后坐力很真实 配了{ammo}两盒 有兴趣的兄弟可以聊 有货',
      '山里猎户大叔告诉我 现在猎野兔都用{gun} 声音小威力大 他那有门路 我也入了一把 {price} 发顺丰拆件 想要的老哥评论区回复',
    ],
    { gun: ['气狗', 'PCP', '秃鹰', '猎枪', '仿真枪（能打钢珠）', '弩', '打鸟神器'], range: ['五十米', '三十米打穿木板', '百米内'], ammo: ['狗粮', '铅弹', '钢珠', '弩箭'], price: ['2800', '3500', '4500', '6000'], name: NAME, n: ['8', '12', '20'], contact: CONTACT }),
];

const B1: Family[] = [
  fam('benign', 'news', 'gambling-crackdown-analysis', [],
    'Long news analysis or commentary on online gambling crackdowns: 跨境赌博, 跑分洗钱 cases, 百家乐 apps, 红包扫雷 groups, verdicts and police advice — the same words, reported.',
    [
      '近日{city}警方破获一起特大跨境网络赌博案 涉案金额{amount} 据了解 该团伙以“回血群”“带单老师”为名 在朋友圈发布生活化内容吸引受害人 再诱导其下载所谓的娱乐app进行百家乐、龙虎斗等赌博 警方提醒：不存在稳赚不赔的“计划” 遇到请及时报警',
      '【深度】为什么网赌总让人“先赢后输”？记者调查发现 多数境外平台后台可以随意调整赔率和风控 新人首充送彩金、返水等都是诱饵 一旦充值金额变大 就以“流水不足”“账户异常”拒绝提现 专家建议 发现身边人沉迷应尽早干预',
      '从红包扫雷到棋牌房卡 网络赌博的形式一直在变 {city}检察院近日通报的案例中 群主以“宝妈互助群”名义建群 晚上组织红包接龙 抽水获利{amount} 最终以开设赌场罪被判处有期徒刑三年',
      '读者来信：我老公沉迷网上的“体育竞猜” 说是跟着老师跟单 输了二十多万 怎么办？律师回复：境外网站投注不受法律保护 赌债不受法律保护 可以收集证据向公安机关举报 同时建议家人寻求心理干预',
      '世界杯期间 各地公安发布预警：谨防以“赛事分析”“内部推荐”为名的赌球诈骗 这些账号通常先免费发几场分析 建立信任后拉人进群收取会员费 或者引导到境外平台下注 切勿轻信',
      '评论：打击跑分平台 才能斩断网赌的资金链 近年来破获的案件显示 大量大学生、宝妈被“躺赚”“日结”等话术诱骗出租银行卡 成为洗钱工具 最终被追究帮信罪 一张卡换来的可能是前科',
      '网友热议：棋牌app到底算不算赌博？律师解释 如果只是娱乐积分不可兑现 一般不构成 但如果存在上下分、金币回收换现 就涉嫌开设赌场 提醒家长关注老人手机里的“麻将群”',
      '今年以来 全国公安机关共侦破跨境赌博及相关犯罪案件{n}起 抓获犯罪嫌疑人数万名 其中不少是通过短视频、直播间、朋友圈“晒生活”引流的 用户在刷到“月入过万 手机就能做”时一定要多个心眼',
    ],
    { city: CITY, amount: ['2.3亿元', '八千余万元', '1.6亿元', '四百余万元'], n: ['1.7万', '9000余', '2.4万'] }),

  fam('benign', 'games', 'real-app-game-review', [],
    'Genuine long reviews of apps and games (休闲小游戏, 棋牌 with no cash-out, official lottery apps, 签到 apps) that mention 充值, 提现, 刮刮乐, 大转盘 innocently — sometimes warning about in-app spending.',
    [
      '【测评】最近玩的{app} 是个休闲消除类小游戏 画风清新 关卡设计有难度梯度 广告有点多 可以充值去广告 一个月{money} 不算贵 缺点是后期卡关严重 逼氪倾向明显 总体7分',
      '用了一个月的记账app 说说感受：界面简洁 自动识别微信支付宝账单 提现到银行卡那部分指的是它的理财功能 我没用 只记账的话完全免费 推荐给月光族',
      '欢乐斗地主玩了十年的老玩家说两句 现在的版本活动太多了 什么大转盘、每日签到、刮刮乐 其实都只是欢乐豆 不能换钱 玩个开心就好 别花太多钱买记牌器',
      '给爸妈装了个麻将游戏 {app} 纯单机 不联网不充值 老人打发时间正好 我妈现在每天自己跟电脑打四圈 比刷短视频强',
      '测评几款走路赚钱app：说是能提现 实际上攒几个月才几块钱 广告看到吐 结论：别指望赚钱 当作运动记录用还行',
      '官方体彩app上线后 很多朋友问能不能在线买彩票 目前还是得去实体店 app只能查开奖和找网点 网上那些能充值买彩的都是假的 别上当',
      '【卡牌游戏深度评测】{app}的抽卡概率公示得很清楚 SSR 1.5% 保底90抽 这次新角色强度一般 不建议大额充值 月卡党足够 玩了半年没氪多少也能混',
      '最近沉迷一个钓鱼小游戏 每天签到、转盘抽奖、开宝箱 完全停不下来 但要说一句 游戏内充值设计很会抓人心理 我这个月已经充了{money} 得控制一下了',
    ],
    { app: ['开心消消乐', '指尖麻将', '星露谷', '原神', '江南百景图', '桃源深处', '宝可梦大集结'], money: ['30', '68', '128', '328'] }),

  fam('benign', 'chat', 'match-analysis-no-betting', [],
    'Long genuine match analyses and fan posts (form, injuries, tactics, 赔率 as quoted by media) with no betting invitation; fans argue, predict for fun, or bet a meal among friends.',
    [
      '周末{team}主场对{team2} 写点个人看法：{team}近五场三胜一平一负 主力中卫伤愈复出 防线应该稳一些 {team2}客场一般 但反击很快 我猜2比1 纯属球迷瞎猜 大家觉得呢',
      '今晚NBA {team}对{team2} 背靠背加上核心轮休 估计打得很难看 不过年轻人有机会上场也挺好 期待一下新秀的表现',
      '【赛后复盘】{team}这场输在中场 控球率六成但射正只有三脚 {team2}的防反打得太漂亮了 主帅的换人也很迷 下半场六十分钟才换人 评论区聊聊',
      '看了一晚上球 {team}终于赢了 跟室友打的赌赢了 他明天请我吃火锅哈哈 这赛季能不能进前四就看接下来这三场了',
      '写给刚入坑的球迷：看球可以看数据 比如预期进球xG、压迫强度、传球成功率 这些比比分更能反映真实实力 推荐几个数据网站 自己慢慢琢磨 很有意思',
      '欧冠焦点战{team}vs{team2} 博彩公司开出的赔率主胜1.9 新闻里都在说这是五五开的比赛 我个人更看好客队 毕竟经验更丰富 不管谁赢 希望是场好球',
      '球迷群里每周组织竞猜 猜对比分的积一分 赛季结束积分最高的 大家凑钱请他吃饭 玩了三年了 图个乐 这周我猜{team}1比0',
    ],
    { team: ['阿森纳', '曼城', '利物浦', '国米', '皇马', '湖人', '勇士', '山东泰山'], team2: ['热刺', '切尔西', '那不勒斯', '马竞', '掘金', '太阳', '上海申花'] }),

  fam('benign', 'chat', 'hometown-mahjong-nostalgia', [],
    'Nostalgic long posts about family mahjong and card games at New Year, small stakes among relatives mentioned in passing, online mahjong with friends for fun, or worries about an elder\'s gambling.',
    [
      '小时候过年最期待的就是一家人围在一起打麻将 奶奶坐庄 爸爸算账 妈妈在旁边嗑瓜子 现在大家各在一方 很久没凑齐了 今年终于全员回家 又打了一晚上 输了二十块也开心',
      '老家的规矩 正月里不打牌不算过年 今年在出租屋过 几个老乡约着用微信小程序开了个房间 不赌钱 就图个热闹 打到凌晨两点',
      '我爸退休后天天在手机上打跑得快 我有点担心 特意检查了一下 是不能充值提现的那种 只有欢乐豆 那就随他吧 总比出去跟人赌强',
      '今天整理老照片 翻出一张二十年前全家打牌的合影 外公外婆都还在 感慨万千 那时候一毛钱一局 输赢也就几块钱 大家笑得特别开心',
      '求助：我妈最近被拉进一个{city}麻将群 说是一元一分 每晚都打 输了好几千了 怎么劝她退出？这种群是不是违法的？',
      '想起外公教我打牌的样子 他说牌品就是人品 输了不急 赢了不狂 这句话我到现在都记得 今天带孩子回去 也教他认了麻将牌',
    ],
    { city: CITY }),

  fam('benign', 'chat', 'community-group-notice-hongbao', [],
    'Long ordinary group notices (小区业主群, 班级群, 公司群, 宝妈群) with rules, welcome words and holiday 红包 rain, 接龙 for orders, or explicit bans on gambling games.',
    [
      '【群公告】欢迎新入群的业主！本群为{city}某小区业主交流群 请大家改备注为楼栋+房号 禁止发广告 禁止红包扫雷等任何形式的赌博 违者直接移出 物业电话见群文件',
      '📢公告：1.进群改备注 2.不准骂人 3.每天团购接龙晚八点截止 4.付款请直接付给团长 5.有问题私聊 谢谢配合',
      '各位家长晚上好 本周五下午开家长会 请接龙报名 接龙格式：孩子姓名+家长姓名 另外班费已经收齐 明细在群文件',
      '亲们 春节快乐！为了感谢大家一年的支持 今晚八点群主发红包雨 人人有份 手慢无～ 另外提醒：群里发现有人拉大家玩扫雷红包 已踢 大家不要参与',
      '公司群通知：年会抽奖环节改为线上 每人发一个拼手气红包 最佳手气的同事获得额外奖品 请大家准时在线',
      '宝妈互助群群规：本群只分享育儿经验和闲置转让 禁止拉人做兼职刷单 禁止红包游戏 有人私加你推荐“副业”的请截图给群主',
    ],
    { city: CITY }),

  fam('benign', 'chat', 'travel-diary-real-spa', [],
    'Long travel diaries and reviews of real spas, 足疗, 温泉 and massage shops (techniques, price lists, hygiene), and posts warning that a "会所" had hidden services or was a scam.',
    [
      '{city}三天两晚攻略来了 第一天吃了本地早茶 第二天去了古镇 晚上去了一家足疗店 技师手法很专业 按完整个人都松了 价格{price} 还送了果盘 推荐给走了一天路的姐妹',
      '出差顺便在{city}泡了个温泉 酒店自带的 有十几个汤池 中药池最舒服 晚上还做了个精油SPA 女技师力道刚好 就是有点贵 {price}',
      '避雷！{city}火车站附近那家所谓的“养生会所” 进去就推销办卡 按摩五分钟就问要不要加项目 我直接走了 大家出门在外别乱进小店',
      '一个人的旅行 最后一晚犒劳自己做了个泰式按摩 技师是从清迈学的手艺 拉伸做得特别到位 一个半小时{price} 睡得超香',
      '男生去{city}一定要做的三件事：1.吃一次火锅 2.看一次夜景 3.去老字号澡堂搓个澡 十几块钱 大爷手法一流 地道得很',
      '自驾游第五站 腰疼得不行 在当地找了家盲人按摩 老师傅一摸就知道我腰椎有问题 按了四十分钟 {price} 比大城市实惠多了',
      '在{city}住了一周 把附近的按摩店都体验了一遍 做个排名：第一名是中医推拿 手法专业 第二名是足浴 环境好 第三名服务一般 就别去了',
    ],
    { city: CITY, price: ['98', '138', '198', '268', '388'] }),

  fam('benign', 'dating', 'long-dm-honest-intro', [],
    'Long genuine private messages: a first hello on a dating app, a friend asking to borrow money honestly, a 陪诊/陪玩 or 家政 service quoting prices — intimate tone, no sex offer.',
    [
      '哥哥你好呀 看你主页也喜欢爬山就加你了 我是{city}本地的 今年刚毕业 在一家公司做文员 平时周末喜欢徒步和拍照 想找个能一起出去玩的朋友 不急着谈 先聊聊看？',
      '在吗 冒昧打扰 我是你初中同学 最近家里出了点事 想问你能不能先借我两千 下个月发工资就还 不方便也没关系 我理解的',
      '你好 我是做陪诊服务的 看到你在群里问 我这边可以陪老人去医院挂号、取药、做检查 半天{price} 全天翻倍 有正规合同 需要的话可以电话沟通',
      '晚上好呀 一个人在外地出差很无聊吧 我也在这边 要不要一起吃个宵夜？就在你酒店附近 吃完各回各家 哈哈',
      '小哥哥 谢谢你刚才帮我点赞 我是游戏陪玩 主要陪王者上分 一局{price} 不满意不收钱 有空可以来找我开黑',
      '嗨 我在相亲app上看到你资料 我们好像在同一个区 我今年28 做老师的 性格比较慢热 如果你也是认真找对象的 可以加个微信慢慢聊',
    ],
    { city: CITY, price: ['15', '20', '150', '200'] }),
];

const B2: Family[] = [
  fam('benign', 'police', 'shouka-scam-warning-post', [],
    'Long warnings, confessions and police posts about 收卡, 跑分, 出租银行卡/手机卡 and 帮信罪: "my cousin rented out his card", campus anti-fraud notices, 断卡行动 explainers.',
    [
      '被裁员第三个月 找工作的时候差点被骗 一个“招聘”说只要提供银行卡 每天在家就有收益 我留了个心眼去问了派出所 民警说这就是跑分洗钱 卡会被冻结还要坐牢 大家找工作千万小心',
      '说说我表弟的经历 大学时被同学拉去卖银行卡 一张八百 觉得赚了 结果半年后被警察带走 以帮信罪判了六个月 现在工作都找不到 一张卡毁了一个人',
      '【{city}反诈中心提醒】近期发现不法分子在朋友圈、招聘群以“躺赚”“日结”“宝妈副业”等名义收购银行卡、手机卡、微信号 出租出借出售两卡均属违法 已被列入惩戒名单的五年内无法开新户',
      '宝妈群里有人发“挂机赚钱 只要手机卡” 我差点信了 后来查了一下 这叫猫池 你的卡会被拿去发诈骗短信 出了事你就是第一责任人 姐妹们别贪这点小钱',
      '断卡行动科普：1.不出租出借银行卡 2.不替别人走流水 3.不把U盾网银交给别人 4.旧卡不用及时注销 5.遇到高价收卡的直接举报 转给家里的老人看看',
      '今天去银行开卡被盘问了半天 一开始觉得很烦 后来柜员解释说现在很多人被骗去卖卡 所以开户审核很严 理解了 这是保护我们',
      '35岁找工作真的难 但再难也别碰“跑分”“码商”这种东西 我有个前同事做了两个月 账户全冻 现在天天跑派出所配合调查',
    ],
    { city: CITY }),

  fam('benign', 'health', 'medicine-experience-post', [],
    'Long experience posts about insomnia, anxiety, ADHD, weight loss and fitness with prescribed medicine, doctors and warnings against buying drugs online (安眠药, 精神类药物, 减肥药, 类固醇 risks).',
    [
      '失眠三年的人来分享下 试过褪黑素 泡脚 冥想都没用 后来去医院睡眠科 医生开了{drug} 从半片开始 配合认知行为治疗 三个月后慢慢减药 现在能自然入睡了 提醒大家：一定要遵医嘱 别自己网上买',
      '考研那段时间注意力完全集中不了 去医院查出来是ADHD 医生评估后开了药 效果很明显 但这是处方药 网上说的“聪明药”千万别乱买 副作用很大',
      '产后瘦身经验贴：控制饮食+每天快走一小时 半年瘦了二十斤 没吃任何减肥药 姐妹们别信那些进口燃脂丸 很多含西布曲明 伤心脏',
      '说说我的抑郁经历 看了三个医生 第一种药副作用大 换了一种之后慢慢好起来了 吃了一年半 现在在医生指导下停药 想说的是 不要羞于就医 也不要自己乱停药',
      '健身党经验分享：自然训练三年到瓶颈 身边有人劝我上“药” 我查了很多资料 类固醇对肝和内分泌的伤害太大 最后还是选择调整训练计划和饮食 慢一点但安全',
      '派出所来学校做禁毒讲座 才知道现在很多毒品伪装成“小糖果”“邮票”“奶茶粉” 还有笑气 网上说“不上瘾”都是骗人的 同学们在外面别乱吃别人给的东西',
      '长期夜班的朋友看过来 我做了十年夜班 身体早就垮了 后来医生建议我调整作息 补充维生素D 每天晒太阳 睡前不看手机 慢慢好转了 身体才是本钱',
    ],
    { drug: ['右佐匹克隆', '曲唑酮', '阿戈美拉汀', '唑吡坦'] }),

  fam('benign', 'work', 'career-story-real-exam', [],
    'Long career and exam posts: 自考/成考 experience, 考证 study plans, 学信网 verification, HR explaining how fake diplomas are caught, warnings against 包过 agencies.',
    [
      '工作第六年 升主管卡在学历上 自考考了两年终于毕业了 学信网能查到的那一刻哭了 分享下经验：每天早起一小时 真题刷三遍 报班不如自律',
      '考{doc}考了三次 每次差几分 第四次终于过了 经验就是别信那些“包过”机构 交了钱也不会给你证 都是骗子 老老实实刷题',
      '本人人力资源从业者 说一句 现在背调都会查学信网和证书官网 假证一查一个准 查出来直接开除还可能被追责 有想法的千万别走歪路',
      '在工地干了十年 想转岗做管理 去报了{doc}的培训班 晚上下班学 一年考下来了 现在当上了施工员 工资涨了一截 只要肯学 什么时候都不晚',
      '宝妈重返职场 先去考了个{doc} 花了四个月 边带娃边学 考过那天老公给我买了蛋糕 下周就去面试了 加油',
      '留学生回国求职经验：学历认证要在留服中心官网办 大概两周出结果 网上说的“快速认证”“代办学历”都是骗局 别被坑',
    ],
    { doc: ['教师资格证', '电工证', '二建', '会计初级', '健康管理师', '驾照'] }),

  fam('benign', 'work', 'real-side-hustle-post', [],
    'Long side-hustle posts that are legitimate (手工, 摆摊, 家教, 翻译, 二手闲置, 运营兼职), including posts that mention old phone numbers, SIM cards or real-name accounts innocently (注销旧号, 换套餐).',
    [
      '分享一个我做了半年的小副业 适合宝妈 就是做手工发饰 在闲鱼和朋友圈卖 成本十几块 一个卖三四十 一个月能多赚一两千 不多但能补贴家用',
      '大学生兼职分享：做过发传单 奶茶店 家教 最推荐家教 时薪高 还能巩固知识 就是要有耐心 找单可以去学校的勤工助学中心',
      '在家带娃两年 把家里的闲置都整理出来卖了 旧手机、旧衣服、婴儿车 卖了三千多 顺便把不用的两个手机号去营业厅注销了 省了月租',
      '退休老人也能做的事：我爸在社区做志愿者 教老人用智能手机 怎么防诈骗 怎么识别“租手机卡赚钱”的骗局 每天忙得不亦乐乎',
      '说个冷门副业 字幕翻译 英语六级就能接 一分钟视频十几块 平台正规 按时结算 适合时间零碎的人',
      '学生党注意：有人在宿舍楼收手机卡和微信号说一张一百 千万别卖 辅导员说这些卡会被用来诈骗 已经有学长被抓了',
    ]),

  fam('benign', 'work', 'data-analyst-growth-notes', [],
    'Long marketing/growth notes about customer acquisition done legally (私域, 社群, 内容营销, CRM), complaints about leaked personal data and harassment calls, and news of data-sale prosecutions.',
    [
      '做销售八年 总结一句话 获客靠口碑 以前我们团队天天打陌生电话 效果越来越差 后来改做内容 每周写两篇干货 客户主动来问 成交率反而高了',
      '教培机构怎么招生？我们的做法是开免费体验课 家长带孩子来上一节 满意再报名 口碑传口碑 一个暑假招满了',
      '刚交房就接到十几个装修公司电话 连我房号都知道 肯定是信息泄露了 已经打12315投诉 大家有遇到的吗 这种倒卖业主信息的能告吗',
      '新闻：{city}警方打掉一个倒卖公民个人信息团伙 查获新生儿家长信息、车主名单等数据{count}万条 下游多为推销和诈骗团伙 买卖个人信息最高可判七年',
      '说说私域运营的心得 前期最关键的是种子用户 我的做法是从老客户开始 做好服务让他们拉朋友进群 慢但是稳 数据都是自己的 合法合规',
      '保险从业五年 最想告诉新人的是 别买什么“客户资料” 违法不说 打过去全是骂你的 踏踏实实经营朋友圈才是正道',
    ],
    { city: CITY, count: ['30', '120', '800'] }),

  fam('benign', 'chat', 'outdoor-diary-legal-gear', [],
    'Long outdoor, fishing and camping diaries with legal gear (帐篷, 头灯, 工兵铲, 反曲弓 at a club, 防熊喷雾), and posts explaining that air guns and hunting wild animals are illegal.',
    [
      '周末进山露营 夜里听到野猪的声音 吓得一晚没睡好 回来问了护林员 说别乱走 带个强光手电和口哨就行 千万别自己去打 野猪伤人的新闻太多了',
      '分享一下我的户外装备清单：帐篷 睡袋 头灯 炉头 急救包 还有一把折叠锯 捡柴用的 新手第一次露营别买太贵的 先租装备体验一下',
      '钓鱼佬的第二爱好 就是射箭 周末去俱乐部练反曲弓 二十米靶能上九环了 很解压 推荐给大家 有教练 按小时收费',
      '科普：网上卖的“气狗”“打鸟神器”大多达到枪支认定标准 买了就可能触犯非法持有枪支罪 已经有很多人因为买一把网购气枪被判刑 别好奇',
      '野营第十二次 终于把装备配齐了 最贵的是这顶帐篷 三千多 抗风等级高 下次打算去川西 有一起的吗',
      '山里老乡告诉我 现在打野兔是违法的 野生动物保护法管着 他们现在都靠种茶 我买了两斤 味道很好',
    ]),
];

export const families: readonly Family[] = [...H1, ...H2, ...H3, ...B1, ...B2];
