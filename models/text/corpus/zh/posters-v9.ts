import { family, type Family } from '../types.js';

/**
 * Chinese text as it comes out of OCR of images, round v9: casino promo posters (首充/返水 in big slogan words),
 * 转账 screenshots posted as 刷单 proof, 代孕 flyers, fake-ID / 证件 ad cards, "massage" cards, 秒批 loan flyers,
 * fake bank SMS screenshots, QR-code group ads, 红包群 posters, 跑分 recruiting cards, lottery 计划群 banners,
 * 裸聊 APP screenshots, bank-card buying flyers, chat screenshots of 投资导师. OCR noise: lines out of order, look-alike
 * characters (己/已, 末/未, 曰/日), split prices and numbers, stray symbols, watermarks (@xxx 抖音号), UI words
 * (转账 已收款 返回 发送 对方已领取). Hard negatives (letter c) at the end: real shop flyers, menus, event posters,
 * payment screenshots between friends, bank app screens, school notices, ordinary group-chat screenshots, legal
 * lottery shop signs, clinic posters, anti-fraud posters, real job posters, property/gym flyers.
 */

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
const PROMOTE = ['cg-gambling.c', 'cg-gambling.b'];
const PAID = ['cg-offering-or-requesting-sexual-behavior-for-compensation.a'];
const NUDE = ['cg-offering-or-requesting-sexual-behavior-for-compensation.d', 'cg-nudity.ii.h'];
const JOB = ['cg-fraud-or-scams.a.3'];
const FIN = ['cg-fraud-or-scams.a.1'];
const PHISH = ['cg-spam.g', 'cg-account-security.c', 'cg-fraud-or-scams.a'];
const FORGED = ['cg-fraud-or-scams.b.2'];
const BABY = [`${R}.k`, 'cg-human-exploitation.c'];
const CARDS = ['cg-fraud-or-scams.c', `${R}.k`];
const TL = ['cg-spam.a', 'cg-spam.d'];
const SV = ['cg-spam.a', 'cg-spam.b'];

const H = (label: Family['label'], sub: string, slug: string, pol: readonly string[], pattern: string, templates: readonly string[], slots?: Family['slots']): Family =>
  family(`zh.${label}.${sub}.v9-po-${slug}`, 'zh', label, sub, pol, pattern, templates, slots);
const B = (sub: string, slug: string, pattern: string, templates: readonly string[], slots?: Family['slots']): Family =>
  family(`zh.benign.${sub}.v9c-${slug}`, 'zh', 'benign', sub, [], pattern, templates, slots);

const WM = ['@{wmname}', '抖音号：{wmid}', '@{wmname} 抖音', '小红书号 {wmid}', '快手@{wmname}', '@{wmname}的视频', ''];
const WMNAME = ['小鹿爱分享', '阿杰说事', '星辰日记', '糖糖', '老王看世界', '一只橙子', '夜猫子', '大白菜', '木子'];
const WMID = ['88215643', 'dy7x92k1', 'a1236677', '20391884', 'xhs5520131', 'k2k88s'];
const V = ['V', 'v', 'VX', '薇', 'wx', 'V信', '微'];
const NOISE = ['', '|', '·', '丨', '□', '_', '..', '∶', '、', '1', 'l'];
const HOUR = ['09:41', '10:23', '13:05', '14:52', '20:17', '21:36', '22:48', '23:02', '00:15', '11:11'];
const BAT = ['87%', '62', '45%', '100', '23%', '91'];
const RMB = ['298.00', '520.00', '1,280.00', '86.40', '3,600.00', '150.00', '1088.00', '45.00', '12,800.00', '600.00'];

const SL = { amount: ['300', '500', '800', '1000', '2000', '3000', '5000', '1万', '200', '888'], wm: WM, wmname: WMNAME, wmid: WMID, v: V, n: NOISE, hh: HOUR, bat: BAT, rmb: RMB };
const CASINO = ['澳门新葡京', '威尼斯人', '金沙', '永利', '皇冠', '亚洲之星', '太阳城', '银河', 'bet365', '九州'];
const GAMES = ['百家乐', '龙虎斗', '牛牛', '骰宝', '电子', '捕鱼', '体育', '真人视讯', '彩票', '棋牌'];

export const families: readonly Family[] = [
  // ---------------- harmful ----------------
  H('gambling', 'casino', 'casino-promo-poster', PROMOTE,
    'OCR of a casino promo poster: brand slogan, 首充/返水/彩金 offers, game list and a QR code or site; promotes gambling.',
    [
      '{casino} {n} 官方直营 首充{pct}送 {n} 扫码注册',
      '首 充 送 {pct}\n每日返水 无上限\n{games} {games} {games}\n长按识别二维码',
      '{casino}娱乐城 信誉 实力 诚信 大额无忧 秒存秒提 {url}',
      '新会员首存100送{free} {n}真人荷官在线发牌 {games}',
      '官方认证 {casino} 亚洲顶级娱乐平台\n注册即送{free}元体验金\n{wm}',
      '日 赚 过 万 不 是 梦 {games}一把翻身 扫码下载APP',
      '返水{rate} 每曰结算 提款3分钟到帐 {casino}',
      '长按识别二维码 | 加入{casino}VIP群 | 每日彩金红包雨',
      '{games}\n{games}\n{games}\n首充{pct}   {lookalike_url}\n官方唯一指定',
      '十年老品牌 {casino} 全网最高赔率 输了包赔{pct} 客服24h在线',
      '█ {casino} █ 线上{games} 手机就能玩 充值{amount}送{free}',
      '扫 码 领 取 888 彩 金 限时活动 先到先得 {n}{wm}',
      '真人{games} 美女荷官 公平公正 绝无作弊 大额出款专线 {phone}',
      '体育 电竞 真人 棋牌 一站式娱乐\n{casino}\n注册送{free}'
    ],
    { ...SL, casino: CASINO, games: GAMES, pct: ['100%', '50%', '30%', '200%', '38%'], free: ['18', '28', '58', '88', '188'], rate: ['1.5%', '2%', '1.2%', '3%'] }),
  H('gambling', 'red-packet', 'redpacket-group-poster', PROMOTE,
    'OCR of a poster or screenshot advertising 红包扫雷/接龙 gambling groups: 埋雷, 赔率, 抢包, 上分下分.',
    [
      '红包扫雷群 {n} 1.{odds}倍 秒上下分 扫码进群',
      '抢红包 踩雷赔{odds}倍\n5包 6包 7包\n群主在线 上分找我',
      '红包接龙 {amount}起步 尾数定输赢 24小时不停',
      '□{n}对方已领取 [红包] 恭喜发财 大吉大利 雷号{num} 中雷 赔付{amount}',
      '牛牛红包群 诚信群主 押金担保 点位高 长按识别',
      '你的好友邀请你加入群聊「{gname}」扫码进群 群里每天红包雨 抢到就是赚到',
      '{gname} 发包{amount} 埋雷{num} 已领取7/7 {n} 踩雷：{who}',
      '扫雷  接龙  牛牛  禁抢  福利\n{v}:{handle}\n日出万包 信誉第一',
      '红包群招代理 拉人返点{pct} 躺赚 {wm}',
      '上分 下分 找财务 {handle} 满{amount}秒结'
    ],
    { ...SL, odds: ['8', '5', '6', '9'], num: ['3', '7', '0', '5', '8'], gname: ['发财群', '福利 扫雷群', '大吉大利8群', '好运来接龙', '财神到'], who: ['张**', '小*', 'A.阿强', '刘*'], pct: ['30%', '40%', '50%'] }),
  H('gambling', 'lottery', 'lottery-plan-banner', PROMOTE,
    'OCR of banners/screenshots for illegal online lottery 计划群 and 带单: 导师计划, 连红, 倍投, 私彩平台.',
    [
      '{lot}精准计划 {n}导师带单 连红{k}期 扫码进群',
      '今曰计划 第{issue}期 【{ball}】 倍投 稳 {wm}',
      '时时彩 幸运飞艇 北京赛车 极速快三 计划群免费进',
      '跟我买 一天回本 三天翻倍 {lot}包赚不赔\n长按识别二维码',
      '计划员：{teacher}\n本期推荐：{ball}\n下注 {amount}   收益 {rmb}\n已中奖√',
      '{lot} 官方授权 在线投注 最高赔率9.{odd} {lookalike_url}',
      '内部计划 命中率{hit} 不中退款 {v}：{handle}',
      '连中{k}期！晒单 {rmb} 已到帐 想上车的扫码',
      '六合彩 特码 资料大全 内幕消息 一码中特',
      '开奖直播 | 跟单大厅 | 充值 | 提现 {n} 今日盈利 {rmb}'
    ],
    { ...SL, lot: ['幸运飞艇', '时时彩', '快三', 'PK10', '澳洲幸运5', '极速赛车', '六合彩'], k: ['8', '12', '15', '20'], issue: ['20261130-035', '0821', '116', '3345'], ball: ['冠军 3 6 8', '大单', '小双', '龙', '和值12', '5码 02 05 07 09 10'], teacher: ['阿飞老师', '王导师', '彩神', '小七'], hit: ['95%', '98%', '92%'], odd: ['85', '9', '98'] }),
  H('scam', 'job', 'transfer-screenshot-shuadan', JOB,
    'OCR of 转账/收款 screenshots posted as proof of 刷单/点赞 earnings to lure recruits; task scam.',
    [
      '{hh} {bat}\n返回 转账\n已收款\n￥{rmb}\n今天第{k}单 佣金到手',
      '微信支付 {hh} 已收款 ¥{rmb} 收款时间 2026年1l月{d}日 {n} 兼职做单真实到账',
      '宝妈兼职日结 手机就能做 这是今天的收入截图 想做的扫码',
      '对方已收款 ￥{rmb} {n}点赞关注就给钱 一单3-{big}元',
      '转账成功\n￥{rmb}\n{n}{wm}\n做任务{k}单 已结算 还有名额',
      '收入截图 不P图 每天1-2小时 学生宝妈都能做 {v}{handle}',
      '返 回 {hh} 交易详情 ￥+{rmb} 入账 任务佣金 {n}',
      '支付宝 到账{rmb}元 已曰结 垫付单返本金+佣金',
      '群收款 已完成 {k}人已付 今天派单结束 明天继续 接单进群',
      '{hh} 已收款 转账备注：第{k}个任务佣金 {n} 老师说做完联单返{pct}'
    ],
    { ...SL, k: ['3', '5', '8', '12', '20'], d: ['28', '29', '30', '27'], big: ['15', '20', '30'], pct: ['30%', '20%', '50%'] }),
  H('regulated', 'surrogacy', 'surrogacy-flyer', BABY,
    'OCR of 代孕/供卵 flyers: 包成功, 包性别, 试管, overseas clinics, price packages; illegal surrogacy trade.',
    [
      '助孕 {n} 包成功 包性别 包健康 {v}{handle}',
      '试管婴儿 供卵 代怀 一站式服务 成功率{hit} 签约保障',
      '好孕来 {n} 爱心妈妈 高学历卵源 {price}全包',
      '想要宝宝 找我们 不成功全额退款\n长按识别二维码\n{wm}',
      '代 生 包 男 孩 {price} 全程陪护 合法合规海外医院',
      '{country}试管中心 第三代技术 选性别 双胞胎 {phone}',
      '招 爱心妈妈 20-35岁 已婚已育 身体健康 报酬{amount}万 包吃住',
      '助孕套餐：A套餐{price} 包成功 B套餐 包男孩 C套餐 双胞胎',
      '圆您父母梦 {n} 专业团队 隐私保密 扫码咨询'
    ],
    { ...SL, hit: ['99%', '98%', '95%'], price: ['38万', '45万', '58万', '68w', '80W'], country: ['乌克兰', '泰国', '格鲁吉亚', '吉尔吉斯', '美国'] }),
  H('regulated', 'documents', 'fake-id-ad-card', FORGED,
    'OCR of ad cards/stickers for forged documents: 办证, 刻章, 毕业证, 驾照, 身份证, 可查可验.',
    [
      '办 证 刻 章 {phone}',
      '办证 {n} {phone2}',
      '各类证件 学历 驾照 身份证 {n}可查可验 {v}{handle}',
      '毕业证 学位证 学信网可查 {price}包过 非诚勿扰',
      '刻章 发票 证件 {n}快速出证 当天取 {phone}',
      '身份证 一比一 磁性正常 过闸机 {v}{handle}',
      '驾驶证 行驶证 房产证 结婚证 离婚证 各种证件 专业制作',
      '代办{cert} 不用考试 内部渠道 {price} {wm}',
      '□□□□ 证 □□ 章 1{p1} {p2} {p3}'
    ],
    { ...SL, phone2: ['138 **** ** 21', '1 5 9 8 8 2 1 0 3 3 6', '一三八零零一九二七七六'], price: ['3800', '5k', '2000', '1.2w'], cert: ['健康证', '教师资格证', '电工证', '叉车证', '护士证', '建造师证'], p1: ['38', '59', '86', '77'], p2: ['0012', '3321', '9187'], p3: ['6644', '2201', '5039'] }),
  H('sexual', 'solicitation', 'massage-card', PAID,
    'OCR of 小卡片 / "massage" ad cards: 上门, 全套, 兼职, prices and phone; paid sex solicitation.',
    [
      '上门服务 {n} 大学生兼职 {phone}',
      '高端 私人会所 {n} 模特 空姐 白领 {price}起',
      '按摩 推油 全套 {n} 24小时上门 {phone}',
      '同城 美女上门 包夜{price} 快餐{price2} 酒店宾馆均可',
      '寂寞了吗 {n} 温柔体贴 让你放松 {v}{handle}',
      '新到{kind} 身材好 活好 服务一流 {n}{phone}',
      '足浴 SPA 男士养生 特殊服务 {n} 欢迎光临',
      '{city}同城 保真照片 不满意换人 {lookalike_url}',
      '♥性感♥ 上 门 {p1} {p2} {p3} 莞式 一条龙',
      '全 城 最 低 价 {price2} 起 ｜ 美女 ｜ 包 夜'
    ],
    { ...SL, city: ['朝阳', '天河', '南山', '江北', '雨花', '武侯', '西湖'], price: ['1500', '2000', '3000', '1200'], price2: ['300', '500', '600', '800'], kind: ['女大学生', '少妇', '川妹子', '东北妹', '模特'], p1: ['13', '15', '18'], p2: ['8', '2', '7'], p3: ['6600 3215', '2201 9987', '4458 1102'] }),
  H('scam', 'loan', 'loan-flyer-miaopi', FIN,
    'OCR of loan flyers / 小广告: 秒批, 无视黑白户, 不看征信, 先息后本, upfront 手续费; loan scam.',
    [
      '急用钱？{n} 秒批 秒到 {phone}',
      '无视黑白户 不看征信 身份证就能贷 {amount}-{big}',
      '贷款 {n}当天放款 无抵押 无担保 {v}{handle}',
      '秒 批\n额度 {amount}~{big}\n日息低至{rate}\n扫码申请',
      '网贷逾期也能下款 {n} 征信花了没关系 包下款 先交{fee}工本费',
      '【速易贷】恭喜您获得预审额度{big}元 点击{lookalike_url}领取 回T退订',
      '大 额 贷 款 {n} 车贷 房贷 信用贷 企业贷 1{p1}{p2}',
      '学生 上班族 个体户 有身份证就能借 {n} 不成功不收费',
      '下款截图 {hh} 借款成功 ￥{rmb} 已放款至尾号{tail}银行卡',
      '芝麻分550就能下 {n} 无需面签 全程线上 {wm}'
    ],
    { ...SL, big: ['5万', '10万', '20万', '50w'], rate: ['0.02%', '万三', '0.03%'], fee: ['300', '500', '998'], p1: ['3', '5', '8'], p2: ['8 6699 0021', '7 1122 3345', '9 0087 6612'], tail: ['6612', '0831', '2207'] }),
  H('scam', 'phishing', 'fake-bank-sms-screenshot', PHISH,
    'OCR of SMS screenshots impersonating banks/ETC/社保 with a link: 账户冻结, 积分兑换, 认证; phishing.',
    [
      '{hh} {bat} 信息 <返回 106{num}\n【{bank}】您的账户存在异常 将于今日冻结 请点击 {lookalike_url} 解除',
      '【{bank}】尊敬的客户，您的积分{pts}即将清零 请登陆{lookalike_url}兑换现金',
      '【ETC服务】您的ETC卡己失效 请尽快认证 {lookalike_url} 逾期将停用',
      '【{bank}】您的信用卡额度可提升至{big} 登录 {lookalike_url} 完成认证',
      '短信 {hh} 【社保局】您的医保卡末激活电子凭证 请点 {lookalike_url}',
      '你收到的这条是不是真的？截图如下：【{bank}】您尾号{tail}账户支出{rmb}元 如非本人操作请拨{phone}',
      '【{bank}】系统升级 您的U盾即将过期 请访问 {lookalike_url} 重新绑定 发送',
      'iMessage {hh} 您的包裹地址不全无法派送 请在24小时内更新 {lookalike_url}'
    ],
    { ...SL, bank: ['工商银行', '建设银行', '农业银行', '中国银行', '招商银行', '交通银行', '邮储银行'], num: ['95588', '90518822', '10690032', '95533001'], pts: ['12560', '8830', '30210'], big: ['5万', '8万', '12万'], tail: ['3391', '0627', '8812'] }),
  H('spam', 'traffic-luring', 'qr-group-poster', TL,
    'OCR of images whose only purpose is pulling users into a private group/WeChat: 扫码加入, 福利群, 资源群, 长按识别.',
    [
      '扫码加入 {n} 福利群 {wm}',
      '长按识别二维码 加入{group} 每天分享{thing}',
      '群已满 加我拉你 {v}:{handle}',
      '该二维码7天内(12月{d}日前)有效 重新进入将更新 {group}',
      '{group}\n{n}\n扫一扫二维码 加入群聊',
      '私域福利 {n} 只在群里发 评论区看不到的都在这',
      '资源 群 {thing} 免 费 领 {n} 扫码',
      '进群送{gift} 人满即止 长按保存图片识别',
      '更多{thing}请关注 公众号：{pub} {n}{wm}'
    ],
    { ...SL, group: ['宝妈福利群', '薅羊毛群', '副业交流群', '资源分享群', '内部优惠群', '18+福利群'], thing: ['优惠券', '网盘资源', '羊毛线报', '副业项目', '电影资源'], d: ['05', '07', '12'], gift: ['红包', '资料包', '小礼品', '现金'], pub: ['好物省钱侠', '资源君', '线报姐'] }),
  H('regulated', 'bank-cards', 'card-buying-flyer', CARDS,
    'OCR of flyers/screenshots buying or renting bank cards, 对公账户, 收款码 and 跑分 for laundering.',
    [
      '高价收卡 {n} 一类卡 对公户 {v}{handle}',
      '收 银 行 卡 {price}一套 四件套 当天结',
      '闲置银行卡 换钱 {n} 不用本人 安全可靠',
      '跑分 {n} 手机挂机 收款码出租 日入{amount}',
      '租你的收款码 每天躺赚 {n} 只需要收钱转出 佣金{pct}',
      '收对公账户 营业执照 U盾 {price} 长期合作 {wm}',
      '卡农招募 | 工资卡也可以 | 流水越大价格越高 {n}',
      '收微信 支付宝 实名号 {n} 老号优先 {price}/个'
    ],
    { ...SL, price: ['3000', '5000', '8000', '800', '1500'], pct: ['1%', '2%', '3%'] }),
  H('sexual', 'nude-content', 'luoliao-app-screenshot', NUDE,
    'OCR of 裸聊/one-on-one video app screenshots and posters: 视频聊天 付费, 私密相册, 解锁, 金币.',
    [
      '1对1视频 {n} 真人在线 {price}金币/分钟 {wm}',
      '解锁私密相册 {price}钻石 {n} 她正在等你',
      '附近{dist}km 的小姐姐邀请你视频聊天 接听 挂断',
      '寂寞夜晚 {n} 同城美女 视频裸聊 下载{app}',
      '{hh} 视频通话 {n} 付费解锁尺度 充值{amount}送VIP',
      '私人定制视频 {n} 看完再付 {v}{handle}',
      '付费看 {n} 全套写真 原图无码 打包{price}元',
      '主播在线 {n} 私密房 门票{price} 尺度你懂'
    ],
    { ...SL, price: ['30', '50', '88', '99', '199'], dist: ['0.8', '1.2', '2.5', '0.3'], app: ['蜜桃直播', '夜色', '缘来', '甜心聊'] }),
  H('scam', 'investment', 'mentor-chat-screenshot', FIN,
    'OCR of chat screenshots of 投资导师/荐股 groups boasting profits and pulling into a platform; investment scam.',
    [
      '{tname} 老师：今天这只 涨停 跟上的举手 {n} 收益截图 +{rmb}',
      '群聊({k}) {hh} 助理小{x}：明早9点导师内部课 免费 名额有限',
      '恭喜群友 {x}** 跟单获利 {pct} 已提现 {n}',
      '导师带单 {n} 数字货币 合约 稳赚不赔 日收益{pct}',
      '{hh} {tname}：下载这个APP 机构通道 打新必中 {lookalike_url}',
      '截图为证 {n} 本金{amount} 一周变{big} 想改变命运的私我',
      '荐股群 {n} 内幕票 提前布局 明天必拉 长按识别',
      '[图片] 收益 +{rmb} 发送 返回 {n} 老师太牛了 又翻倍了'
    ],
    { ...SL, tname: ['陈教授', '李老师', '王总', '张导师', 'K神'], k: ['386', '495', '212', '500'], x: ['美', '雪', '琪', '王'], pct: ['30%', '15%', '200%', '8%'], big: ['5万', '10万', '30万'] }),
  H('scam', 'prize', 'prize-poster-screenshot', ['cg-fraud-or-scams.a.1', 'cg-spam.d'],
    'OCR of fake prize/lucky-draw posters and screenshots: 中奖通知, 幸运用户, 领取需付邮费/税费.',
    [
      '恭喜您 {n} 成为本期幸运用户 获得{gift}一台 领取请扫码',
      '中奖通知书 {n} 您的账号被抽中二等奖 奖金{big} 需缴纳个人所得税{fee}',
      '{show}节目组 场外抽奖 {n} 恭喜获得 {big} 加{v}领取',
      '周年庆 免费送{gift} 只需付邮费{fee}元 {n}{wm}',
      '幸运大转盘 {n} 100%中奖 已有{k}人领取',
      '抖音官方 粉丝福利 {n} 您被选为幸运粉丝 {lookalike_url}'
    ],
    { ...SL, gift: ['iPhone 17', '苹果笔记本', '电动车', '金条', '扫地机器人'], big: ['18万', '8.8万', '28万'], fee: ['9.9', '29', '3800', '680'], show: ['奔跑吧', '向往的生活', '快乐大本营'], k: ['8962', '12055', '3301'] }),
  H('spam', 'service-ads', 'daifa-service-poster', SV,
    'OCR of service-ad images spammed in comments: 代刷粉, 代发, 点赞 刷量, 业务自助下单, 卡盟.',
    [
      '抖音 快手 小红书 涨粉 {n} 点赞 播放 评论 自助下单',
      '代刷 {n} 1元{k}粉 真人活粉 {v}{handle}',
      '业务大全 {n} 刷钻 刷名片赞 刷会员 秒到',
      '卡盟 {n} 全网最低价 {lookalike_url}',
      '直播间人气 {n} 挂机 上热门 包上首页 {price}/天',
      '全网代发 {n} 朋友圈 社群 贴吧 一条{price} {wm}',
      '网店刷单补单 {n} 提升权重 真实物流 空包',
      '短信群发 {n} 精准客户 {k}万条起 到达率99%'
    ],
    { ...SL, k: ['1000', '500', '10', '5'], price: ['5', '50', '0.1', '200'] }),
  // ---------------- benign look-alikes (letter c) ----------------
  B('shopping', 'shop-flyer', 'OCR of real shop opening/sale flyers with 扫码, 首单, 开业大酬宾: ordinary retail marketing seen in a photo, not spam.',
    [
      '{shop} 盛大开业 {n} 全场{disc}折 进店有礼',
      '开业大酬宾\n{shop}\n地址：{street}{no}号\n扫码关注 首单立减5元',
      '会员日 每周三 {n} 鸡蛋{egg}元/斤 限购2斤',
      '{shop} 转让清仓 最后三天 {n} 全部亏本处理',
      '扫码加入{shop}会员群 每天特价 不刷屏 {n}',
      '新店开张 第二杯半价 {hh}-22:00 {street}{no}号',
      '门口这张海报写的：满{full}减{cut} 活动到本月末 有人去过吗',
      '官方认证 正品保障 {shop} 七天无理由 （拍的商场专柜海报）',
      '{shop}\n营业时间 8:00-21:30\n电话 0{area}-{tel}\n欢迎光临',
      '今曰特价 {n} 西红柿2.98 黄瓜1.5 土豆1.2'
    ],
    { ...SL, shop: ['好邻居便利店', '鲜丰水果', '老街烘焙', '惠民超市', '小马宠物', '晨光文具', '阿芳童装'], disc: ['8', '8.8', '9', '7'], street: ['解放路', '人民路', '中山北路', '建设街'], no: ['12', '88', '205', '31'], egg: ['3.99', '4.5', '3.68'], full: ['100', '200', '99'], cut: ['20', '30', '10'], area: ['371', '551', '731'], tel: ['6688 1234', '8521 0093', '5562 7710'] }),
  B('shopping', 'restaurant-menu', 'OCR of restaurant menus, 扫码点餐 stickers and price boards: prices and split numbers, innocuous.',
    [
      '扫码点餐 {n} 请勿重复下单',
      '招牌菜 {dish} {p}元 {dish} {p}元 {n} 米饭 2元/碗',
      '本店不收现金 请微信支付 {n} 谢谢合作',
      '套餐A {dish}+{dish}+饮料 {p}\n套餐B {dish}+例汤 {p}',
      '外卖电话 1{p1} {p2} 满{full}元免费送',
      '今日特供 {dish} 售完即止 {n}',
      '小份{p} 中份{p} 大份{p} 加料+3',
      '拍了张菜单给你们看 {dish}才{p} 真便宜',
      '长按识别二维码 关注公众号 积分换菜 {n}'
    ],
    { ...SL, dish: ['酸菜鱼', '小炒黄牛肉', '番茄炒蛋', '干锅花菜', '麻辣香锅', '红烧肉', '凉拌木耳', '兰州牛肉面'], p: ['18', '26', '38', '12', '48', '22'], p1: ['38', '59', '77'], p2: ['1234 5678', '0021 3399'], full: ['30', '50', '20'] }),
  B('chat', 'event-poster', 'OCR of community/school/club event posters with 扫码报名, dates and 免费; ordinary events.',
    [
      '{event} {n} 时间：12月{d}日 {hh} 地点：{place} 扫码报名',
      '免费参加 名额有限 {event} 长按识别二维码报名',
      '{place} 周末亲子活动 {n} 手工 绘本 游戏 家长需陪同',
      '第{k}届{event}\n主办：{org}\n报名截止 12月{d}日',
      '朋友发我的海报 {event} 有人一起去吗 门票{p}',
      '社区义诊 免费测血压血糖 {n} {place}门口 {hh}开始',
      '音乐节 {n} 早鸟票{p} 正价{p2} 官方售票平台购买 谨防黄牛',
      '读书分享会 {n} 本期主题《{book}》 扫码进活动群'
    ],
    { ...SL, event: ['跳蚤市场', '校园歌手大赛', '马拉松', '社区运动会', '摄影展', '相亲交友会', '篮球联赛'], d: ['05', '12', '20', '28'], place: ['市图书馆', '万达广场一楼', '体育中心', '阳光社区活动室'], k: ['3', '5', '10'], org: ['团委', '街道办', '学生会', '市体育局'], p: ['80', '120', '0', '199'], p2: ['280', '380'], book: ['活着', '平凡的世界', '三体'] }),
  B('finance', 'friend-payment-screenshot', 'OCR of real 转账/收款 screenshots between friends and family: AA, rent, 红包 — same UI words, no recruiting.',
    [
      '{hh} {bat} 返回 转账 已收款 ￥{rmb} 房租收到了哈',
      '截图给你看 我已经转了 ￥{rmb} 你看下收到没',
      '对方已领取 [红包] 生日快乐 {n}',
      'AA一下 每人{small} 已收款截图发群里了',
      '微信支付 {hh} 已收款 ¥{rmb} 转账备注：{memo}',
      '[转账] ￥{rmb} 待确认收款 {n} 点一下呀 过24小时会退回',
      '爸 钱我转过去了 看下 ￥{rmb} 截图在这',
      '群收款 {k}人已付 还差{x} {n} 聚餐的钱',
      '已收款 ￥{rmb} 谢谢老板 鞋子明天发顺丰'
    ],
    { ...SL, small: ['86', '120', '45.5', '230'], memo: ['11月房租', '奶茶钱', '还你的', '份子钱', '电费'], k: ['5', '6', '8'], x: ['老张', '小李', '阿明'] }),
  B('finance', 'bank-app-screen', 'OCR of genuine bank app screens and real bank SMS (no link): balance, 还款提醒, 交易提醒.',
    [
      '【{bank}】您尾号{tail}卡11月{d}日{hh}支出(消费){rmb}元，余额{bal}元。',
      '{bank} {n} 我的账户 可用余额 {bal} 转账 收支明细',
      '【{bank}】您的信用卡本期账单{rmb}元，到期还款日12月{d}日。',
      '手机银行 {hh} 转账成功 收款人 {name}* 金额 {rmb}',
      '截个图问下 这个{bank}短信说积分快过期 没有链接 应该是真的吧 官方app里看了确实有',
      '【{bank}】您已成功办理定期存款{big} 年利率1.{r}%',
      '交易明细 {n} 工资 +{bal} 房贷 -{rmb} 水电 -{small}',
      '{bank}提醒：请勿向陌生人透露验证码 工作人员不会索要密码'
    ],
    { ...SL, bank: ['工商银行', '建设银行', '农业银行', '招商银行', '邮储银行'], tail: ['3391', '0627', '8812', '5530'], d: ['02', '15', '20', '08'], bal: ['8,652.30', '12,004.18', '356.77', '6800.00'], name: ['张', '王', '刘', '陈'], big: ['5万', '10万', '2万'], r: ['45', '2', '55'], small: ['132.50', '98.00'] }),
  B('education', 'school-notice', 'OCR of school notices and class-group screenshots: 缴费, 家长会, 放假; same 扫码/长按识别 words.',
    [
      '{school}关于{topic}的通知 {n} 各位家长：请于12月{d}日前完成',
      '家长会 {n} 时间：周五{hh} 地点：本班教室 请准时参加',
      '扫码填写学生健康情况 {n} 班主任{teacher}',
      '放假通知 {n} 元旦放假1月1日至3日 注意安全',
      '{topic} 请家长通过学校官方缴费平台缴纳 不要转给个人 谨防诈骗',
      '截图：{teacher}老师：明天带美术工具 {n} 收到请回复',
      '温馨提示 {n} 校门口禁止停车 接送请排队',
      '长按识别二维码 关注{school}公众号 获取最新通知'
    ],
    { ...SL, school: ['实验小学', '第二中学', '阳光幼儿园', '育才中学'], topic: ['校服征订', '春季学费缴纳', '午托报名', '研学活动'], d: ['05', '10', '18'], teacher: ['王', '李', '赵', '陈'] }),
  B('chat', 'group-chat-screenshot', 'OCR of ordinary WeChat group screenshots: chat, 红包 for holidays, 接龙 for events — same UI words, no gambling.',
    [
      '{group}({k}) {hh} {x}：今晚谁去打球 {n} 我：我 发送',
      '{x}发出一个红包 恭喜发财 大吉大利 {n} 你领取了{x}的红包',
      '#接龙 周六聚餐 1.{x} 2.{x} 3.我 {n}',
      '截了个图 我妈在家族群发了{k}个红包 全被秒抢了 哈哈',
      '返回 {group} {n} {x}：[图片] {x}：这猫好胖 哈哈哈',
      '{hh} {x}撤回了一条消息 {n} 我：？？',
      '对方已领取 {n} 今天是老爸生日 群里抢红包抢疯了',
      '{group} {hh} 群公告：本群禁止发广告 发的直接踢'
    ],
    { ...SL, group: ['相亲相爱一家人', '大学室友', '篮球群', '小区业主群', '公司午饭群'], k: ['12', '36', '8', '188'], x: ['老三', '阿丽', '二舅', '小胖', 'Kevin', '妈'] }),
  B('lottery-news', 'lottery-shop-sign', 'OCR of legal 福彩/体彩 shop signs, draw results and 理性购彩 notices; legal lottery, not gambling promotion.',
    [
      '中国福利彩票 {n} 理性购彩 量力而行',
      '热烈祝贺本站中出{lot}二等奖 奖金{big}',
      '体彩 {n} 禁止向未成年人销售彩票',
      '{lot} 第20261{issue}期 开奖号码 {ball}',
      '本站销售：双色球 大乐透 快乐8 刮刮乐 {n}',
      '拍了个彩票店门口 写着 "中国体育彩票 公益体彩 乐善人生"',
      '彩票店贴的告示：本站不接受网络代购 {n}',
      '今天路过彩票站顺手买了注{lot} 2块钱 图个乐'
    ],
    { ...SL, lot: ['双色球', '大乐透', '福彩3D', '七星彩'], big: ['12万', '28万', '8.6万'], issue: ['36', '37', '38'], ball: ['02 08 15 21 27 33+09', '05 11 19 23 30+03 07'] }),
  B('health', 'clinic-poster', 'OCR of real hospital/clinic posters: 生殖中心 (legal IVF), 体检, 中医推拿 — words like 试管/按摩 innocently.',
    [
      '{hosp}生殖医学中心 {n} 不孕不育 试管婴儿 依法开展 严禁代孕',
      '中医推拿 {n} 颈椎 腰椎 肩周炎 医保定点',
      '{hosp} 体检套餐 {n} 入职体检 {p}元 周一至周六',
      '门诊时间 {n} 8:00-12:00 14:00-17:30 挂号请用官方公众号',
      '本院开展试管技术须三证齐全 {n} 国家严厉打击代孕',
      '{hosp}康复科 {n} 针灸 理疗 推拿按摩 预约电话 0{area}-{tel}',
      '健康讲座 {n} 产后修复 地点：门诊三楼 免费参加',
      '拍了医院墙上的海报 打疫苗 {n} 流感疫苗到了'
    ],
    { ...SL, hosp: ['市人民医院', '妇幼保健院', '中医院', '第一附属医院'], p: ['168', '299', '98'], area: ['571', '27', '28'], tel: ['8765 4321', '6611 2389'] }),
  B('police', 'antifraud-poster', 'OCR of anti-fraud/anti-gambling posters by police and banks quoting the scam words to warn.',
    [
      '反诈宣传 {n} 刷单就是诈骗 秒批贷款要交钱的都是骗子',
      '远离赌博 {n} 网络百家乐 红包扫雷 都是违法',
      '民警提醒 {n} 凡是让你下载APP 投资 导师带单的 都是诈骗',
      '不出租 不出借 不买卖银行卡 {n} 断卡行动',
      '国家反诈中心提醒 {n} 银行不会短信发链接让你解冻账户',
      '代孕违法 {n} 办假证违法 发现请举报',
      '{n} 公安局反诈中心 {n} 接到可疑电话请拨96110',
      '看到小区电梯里的海报：收银行卡的都是帮信罪 别贪小钱'
    ], SL),
  B('work', 'job-poster', 'OCR of real job posters: 招聘, 日结 for warehouses/restaurants with address and 面试 — not task scams.',
    [
      '招聘 {n} 服务员{k}名 月薪{sal} 包吃住 店内面试',
      '{co}诚聘 {n} 仓库分拣 日结{day} 需带身份证现场面试',
      '急招 {n} 厨师 配菜 洗碗 {street}{no}号',
      '招暑假工 {n} 年满18周岁 签正规合同 买保险',
      '{co} 社会招聘 {n} 投递邮箱见官网 不收取任何费用',
      '快递站招分拣 {hh}-次日6点 {day}/晚 当天结'
    ],
    { ...SL, k: ['2', '3', '5'], sal: ['4500-6000', '5000+', '6k-8k'], co: ['顺达物流', '美佳超市', '鸿运酒楼', '东方电子厂'], day: ['150', '180', '200'], street: ['解放路', '人民路', '建设街'], no: ['12', '88', '205'] }),
  B('service', 'legit-spa-photo-studio', 'OCR of legit 足疗/按摩 price lists, 证件照 studios and 刻章 shops with 公安备案 — words shared with sex and fake-ID ads.',
    [
      '{spa} 价目表 {n} 足疗{p}元 肩颈按摩{p2}元 正规经营 拒绝黄赌毒',
      '证件照 {n} 身份证照 驾驶证照 签证照 立等可取',
      '公安备案刻章店 {n} 凭营业执照办理 {street}{no}号',
      '盲人按摩 {n} 推拿 拔罐 刮痧 {p2}元/小时',
      '拍证件照 {n} 换底色 精修 {p}元四张',
      '养生馆 {n} 艾灸 泡脚 采耳 会员卡充{full}送{cut}',
      '驾校招生 {n} 科目一到四 包拿证 一人一车'
    ],
    { ...SL, spa: ['康乐足道', '御足堂', '老中医推拿'], p: ['68', '88', '30', '25'], p2: ['98', '128', '60'], street: ['解放路', '人民路'], no: ['12', '88'], full: ['500', '1000'], cut: ['100', '200'] }),
];
