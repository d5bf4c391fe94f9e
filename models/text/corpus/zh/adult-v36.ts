import { family, type CorpusLabel, type Family } from '../types.js';
import { MK, SV } from '../policies.js';

/**
 * Round v36 (file set adult-v36, benign letter f): adult-product and sexual-health spam at the edges earlier files leave
 * thin. The plain forms are elsewhere: spam.ts and spam-v5 (male-enhancement ads, adult toys, private-care products),
 * adultprod-v14 (toy group blasts, comment lures, lingerie captions, dolls, 无人店 openings, 隐私发货 SMS, condom bundles,
 * massage oils, agent recruiting), adultshop-v33 (纯中药 到付 SMS, 进口 pill 代购, "加强版" pitch, 女用助兴, 无人店 加盟
 * pitches, OCR flyers, coded emoji, micro-hooks, testimonials, fake 男科 顾问 DMs, telesales), medads-v13 and
 * illegalmed-v28 (unlicensed medicine and 医美), sexpromo-v28 (paid content), and the drug files drugsell-v33 /
 * drugcode-v30 (听话水 listings and shop 客服). This set adds: private 男科/妇科 clinics' own ads with 包治, 签约治疗,
 * 无效退款 and 特价手术; the 在线咨询 window and follow-up calls that scare patients into thousand-yuan 特色疗法 (scam ·
 * purchase); 丰胸 oils, creams, patches and 丰胸内衣 with 升杯 claims; 私护凝胶 and 转阴 gels sold as cures for HPV and
 * 炎症 plus 紧致; 增大器, 能量内裤 and 前列腺理疗仪 with sexual-function claims; 会销 讲座 for older men with eggs and
 * 鹿鞭酒 (scam · purchase); 成人售货机 托管 with 月返 and 保底回购 (scam · investment); adult toys listed on second-hand
 * markets under coded titles; 计生用品 "0元领 只付邮费" funnels in groups and comments; pitches to hotels, 民宿, KTV and
 * 网吧 to place 成人自助盒 in rooms; and two regulated · drugs families where 催情水/迷情粉/听话水 are sold for use on
 * someone else — slipped into 情趣用品 price lists, and sold by 情感导师/PUA courses as 助攻水. Adults only; products and
 * claims as the ads write them, no acts described, no use instructions.
 * Benign look-alikes (letter f): pharmacists answering in plain medical words, couples ordering on a known platform and
 * talking delivery, adult sex-education posts, family shopping lists with 计生用品, public-hospital 男科/妇科 notices,
 * health-science and news pieces debunking 壮阳/丰胸/转阴 claims, police warnings about 迷药 and 助攻水, mild jokes among
 * friends, ordinary pharmacy promotions, postpartum 盆底 and 乳腺 care, families steering relatives to a 公立 hospital,
 * and ordinary second-hand listings. A share of templates is written redacted (x, X, * or ＊).
 */

type Slots = Readonly<Record<string, readonly string[]>>;
type BSub = 'chat' | 'service' | 'shopping' | 'education' | 'family' | 'police' | 'health' | 'news';

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
/** Misleading offers and claims (包治, 无效退款, 升杯, 转阴). */
const MISLEAD = 'cg-other-inappropriate-content.a';
/** Sex and sexual-enhancement products sold as unsolicited ads. */
const SEXAD = [`${R}.h`, ...MK];
/** The same with false claims. */
const SEXCLAIM = [`${R}.h`, MISLEAD, 'cg-spam.a'];
/** Private-clinic ads with cure guarantees. */
const CLINIC = [MISLEAD, 'cg-other-inappropriate-content.d', 'cg-spam.a'];
/** Fear-sold treatments and 会销: a cure sold for money. */
const CURE = ['cg-fraud-or-scams.a.4', MISLEAD];
/** Investment fraud around vending machines. */
const CUSTODY = ['cg-fraud-or-scams.a.1', MISLEAD];
/** Drugs sold to incapacitate another person. */
const KNOCK = [`${R}.d`, 'cg-other-criminal-acts.c'];

const CT = ['{zh_contact}{zh_contact_id}', 'v：{handle}', '薇 {handle}', 'vx：xxxxxxxx', '➕V {handle}', '🐧{qq}', '扣扣＊＊＊＊＊＊＊＊＊', '电话{phone}', '☎1xx xxxx xxxx', '私我', 'dd', '主页有联系方式', '绿泡泡 {handle}', '{zh_contact}'];
const E = ['', '', '', '🔥', '💕', '😏', '✅', '👉', '🤫', '💯'];
const PX = ['68', '98', '128', '168', '199', '298', '398', '598', 'x98', '1**', '３９８'];
const N = ['2', '3', '5', '6', '8'];
const ROAD = ['人民路', '建设路', '解放大道', '文化街', '中山北路', '新华路', '长江路', '胜利街'];

const base: Slots = { ct: CT, e: E, px: PX, n: N, road: ROAD };

const fam = (label: CorpusLabel, subtype: string, slug: string, policies: readonly string[], pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.${label}.${subtype}.v36-adult-${slug}`, 'zh', label, subtype, policies, pattern, templates, { ...base, ...(slots ?? {}) });

const ben = (subtype: BSub, slug: string, pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.v36f-adult-${slug}`, 'zh', 'benign', subtype, [], pattern, templates, { ...base, ...(slots ?? {}) });

const CLIN = ['华康男科医院', '圣康男科', '佳美妇科', '丽人女子医院', '民康泌尿专科', '东方男科门诊部', '安和妇产医院', '博济男科'];
const TX = ['射频消融', '微创再生术', '生物电疗', '臭氧冲洗', '中药离子导入', '干细胞修复', '纳米光疗', '靶向热疗'];
const BIG = ['8800', '12800', '6800', '1万6', 'x万', '9千8'];
const BIG2 = ['4680', '5980', '3880', '七千', '2***'];
const TOY = ['跳蛋', '飞机杯', '小海豚', '按摩棒', '吮吸器', '遥控蛋'];
const PX2 = ['298', '398', '580', '688', 'x百', '8**'];
const BRAND = ['夜未眠', '蜜语', '悦享家', '甜蜜盒子', '暖夜', '私享铺'];

const HARM: Family[] = [
  fam('spam', 'adult-products', 'private-clinic-guarantee', CLINIC,
    'Private 男科/妇科 clinics\' own ads, SMS, posters and 公众号 posts promising 包治/根治, 签约治疗 无效退款, 治愈率9x%, 专家坐诊, 免挂号费, 特价 包皮/私密 surgery, posing as 医保定点 — misleading sexual-health advertising pushed unsolicited.',
    [
      '【{clinic}】早泄阳痿 签约治疗 无效全额退款 专家今日坐诊 免挂号费 咨询{phone} 回T退订',
      '男人的难言之隐 {clinic}一次解决 治愈率{rate} 不复发',
      '包治 不好不要钱',
      '{clinic}暑期特惠：包皮手术{px}元全包 微创无痛 当天就能上班 预约{ct}',
      '妇科炎症反复发作？{clinic}专家团队 三天见效 根治不复发 网上预约立减{n}0元',
      '地铁广告：看男科 到{clinic} 医保定点 {n}0年专科老院',
      '【{clinic}】女性私密紧缩术 {px}起 术后即恢复紧致 本月限{n}名 退订回N',
      '前列腺炎不用再天天吃药了 {clinic}引进德国技术 一次治疗 终身受益',
      '公众号推送《男人出现这三个信号要当心》……文末：{clinic}在线挂号 前{n}0名免检查费',
      '阳痿 早泄 不育 {clinic} 先治疗后付款 签协议 疗效写进合同',
      '我院为{zh_city}男科特色专科 已治愈患者{n}万+ 专家号每天限{n}个 ☎{phone}',
      '【健康提醒】{clinic}公益活动进行中：即日起至月底 男性全套检查原价{big}现仅需{px}元 含前列腺 性功能评估等{n}项 主任级专家一对一解读 需要治疗的签约治疗 无效退款 名额有限请提前预约 {phone} 地址：{road}（公交{n}路{road}站下车即到）',
      '男科妇科 就选{clinic} 包 好',
      '早x 阳x 包x 三大男科问题 {clinic}限时特价 x百元搞定',
      '私密整形 隐私保护 术后不影响生活 {clinic}女医生主刀 {ct}',
      '🏥{clinic}｜男科｜包治｜医保可用｜夜间门诊到22点',
      '一针见效 男性功能障碍特色疗法 {clinic}独家 别处做不了',
      '别在公立医院排队三小时看三分钟了 {clinic}专家一对一 半天出结果 当天手术',
    ],
    { clinic: CLIN, rate: ['98%', '99.2%', '97.6%', '九成以上', '9x%'], big: BIG }),

  fam('scam', 'purchase', 'clinic-chat-scare-upsell', CURE,
    'The 在线咨询 (商务通) window, follow-up calls and treatment-room talk of private 男科/妇科 hospitals: a cheap check, then scare lines (影响生育, 会癌变, 老婆那边怎么交代) and pressure to pay thousands for a 特色疗法 the same day, with 特批价 and 分期 — a fraud that sells fear as treatment.',
    [
      '您好 这里是{clinic}在线咨询 我是{zh_surname}医生 请问您哪里不舒服？方便说一下吗',
      '您的情况比较严重 建议今天就来院 拖下去会影响生育的',
      '留个电话吧 专家十分钟内给您回过去 全程保密',
      '检查结果出来了 您这个是慢性的 吃药治不好 得做我们的{tx} 今天做有补贴 原价{big}现在{big2}',
      '先生 您现在不治 以后老婆那边你怎么交代？我是为你好',
      '今天是主任坐诊最后一天 号只剩{n}个了 您现在过来我给您留一个',
      '医生：你这炎症已经很重了 ｜ 我：要多少钱 ｜ 医生：{tx}一个疗程{big} 今天交今天做 医保报不了 但效果有保证',
      '姐 宫颈糜烂不处理是会癌变的 我们的{tx}一次就好 你今天定下来吧',
      '{big}不算贵了 男人这方面的事 花多少都值 可以分期的',
      '别去公立医院了 他们只会给你开药 我们是从根上治',
      '您别犹豫了 我已经帮您申请了院长特批价{big2} 过了今天系统就恢复原价',
      '来院免挂号费 检查只要{px} 查完医生给您定方案 大部分人一次就能好',
      '您的精液检查显示活力低 必须马上做{tx} 不然备孕两年都怀不上',
      '{zh_surname}先生 刚才术中探查发现还有粘连 需要加做一个项目 {big2}元 不做的话前面等于白做 家属在外面吗 赶紧去缴费',
      '【{clinic}】您之前来院检查过 专家会诊认为需要二次巩固治疗 本周复诊享{n}折 回复1预约',
      'hi 还在吗 你这种情况真的不能拖 我见过太多拖成大问题的',
      '我们合作的分期公司当场就能批 每个月才几百块 身体要紧',
      '你这种是顽固型的 普通医院查不出来 只有我们的设备能看到',
    ],
    { clinic: CLIN, tx: TX, big: BIG, big2: BIG2 }),

  fam('spam', 'adult-products', 'breast-enlarge-claims', SEXCLAIM,
    '丰胸 oils, creams, patches, 葛根粉, 丰胸内衣 and massagers pushed to strangers with miracle claims (升两个杯, A变C, 28天不反弹, 二次发育, 老公都惊了), 反馈 screenshots and 隐私发货 — body products sold with sexual appeal and false claims.',
    [
      '丰胸精油 一个疗程升一个杯 不反弹 隐私发货 {ct}',
      '平胸姐妹看过来🙋 {bp}坚持{d}天 A变C 老公都惊了',
      '产后下垂？{bp}让你二次发育 {px}体验装',
      '丰胸不用动刀 涂涂抹抹就变大{e}',
      '反馈来啦 宝妈用了{d}天 从70A到75C 截图为证 想要同款的私我',
      '葛根木瓜丰胸粉 冲水喝 喝出好身材 {px}/罐',
      '丰胸内衣 穿着睡觉就能变大 磁石+远红外 {px}两件',
      '胸小不是你的错 是你没遇到{bp} 主页看反馈',
      '丰x 私',
      '【{brand}】丰胸霜买二送一 {d}天无效退款 隐私包装 拒收回T',
      '说出来不怕大家笑 我以前是飞机场 相亲被嫌弃过 修身的衣服都不敢穿 后来闺蜜推荐了{bp} 每天晚上按摩十分钟 第三周内衣就开始紧了 两个月升了一个半杯 现在老公天天夸 不是广告 需要的私我 我把代理推给你',
      '丰胸按摩仪 高频震动+热敷 刺激二次发育 {px}',
      '胸部丰满 从一瓶{bp}开始💕 代理招募 宝妈首选',
      '不打针 不开刀 不吃激素 纯植物{bp} 自然变大 {ct}',
      '想让他的眼睛移不开吗 {bp}了解一下😏',
      '升 杯 神 器 隐 私 发 货 {ct}',
      '丰胸贴 贴一晚上就有感觉 胀胀的说明在长 {px}十片',
      '罩杯升级计划 {d}天打卡群 群里统一拿货 不瘦身只瘦腰 该大的地方大',
    ],
    { bp: ['丰胸精油', '丰胸霜', '木瓜葛根粉', '丰胸贴', '美胸精华', '挺美乳霜'], d: ['21', '28', '30', '45'], brand: BRAND }),

  fam('spam', 'adult-products', 'gyn-gel-cure-claims', SEXCLAIM,
    '私护凝胶, 抑菌栓, "转阴凝胶", 妇科贴 and 私密喷雾 sold by 微商 and live streams as cures (HPV转阴, 宫颈糜烂, 霉菌 根治, 不用去医院) plus 紧致/粉嫩/老公更爱 — 消字号/妆字号 products pushed as medicine with false sexual-health claims.',
    [
      'HPV阳性的姐妹别慌 用{gp}三个月就转阴 好多姐妹复查都阴了 {ct}',
      '{gp} 消炎+紧致+去异味 一支搞定 {px}',
      '宫颈糜烂不用去医院 {gp}用一用就好',
      '霉菌 滴虫 细菌性 全都能治 {gp}根治不复发 无效退款',
      '私处松弛发黑 用它21天 老公以为你换了个人{e}',
      '械字号备案 医院同款 比医院便宜一半 {gp} 私聊',
      '直播间：姐妹们 这个{gp}我自己用了半年 HPV都转阴了 三号链接 今天买三送二',
      '【{brand}】妇科凝胶会员价{px} 告别炎症 紧致回春 隐私发货 回T退订',
      '转阴套盒 {px}一疗程 复查不阴全额退',
      '{gp} 转阴 私',
      '别再花冤枉钱去医院了 医生只会开药 我们这个是从根上调理 还能紧致',
      '姐妹们分享下我的经历 去年体检查出HPV52阳性 医生说没有特效药 只能等 我焦虑得睡不着 后来群里的{zh_surname}姐给我推荐了{gp} 坚持了两个疗程 复查阴了 而且那方面也紧了 老公都说不一样 我现在自己也在做代理 想要的加我 {ct} 隐私发货',
      '妇科问题找我 不看医生不吃药 {gp}外用 三天见效',
      '产后漏尿 松弛 炎症 三合一{gp} 宝妈必备 {px}',
      '私处粉嫩 紧致如初 一用就知道 {gp}体验装9.9 仅限今天',
      '你的私处在求救❗️异味 瘙痒 松弛 点击了解 {url}',
      'H P V 转 阴 不 是 梦 {gp} 已 帮 {n} 千 姐 妹',
    ],
    { gp: ['私护凝胶', '抑菌栓', '转阴凝胶', '妇科贴', '私密修护凝露', '草本私护栓', '私密喷雾'], brand: BRAND }),

  fam('spam', 'adult-products', 'enlarge-device-claims', SEXCLAIM,
    'Devices and "能量" gear sold with sexual-function miracle claims — 增大训练器/负压器, 能量内裤/磁疗内裤, 前列腺理疗仪, 男士理疗贴 (不吃药不打针, x天看得见变化, 找回雄风, 根治前列腺) — pushed to strangers.',
    [
      '不吃药 不打针 穿上{dev}就行 一个月找回年轻时的状态 {ct}',
      '男士{dev} 物理方法 每天二十分钟 {d}天看得见变化 {px}',
      '前列腺理疗仪 坐着就能治 尿频尿急 那方面不行 一台全解决',
      '石墨烯能量内裤 远红外温养 补肾壮阳 穿着睡觉就行',
      '男士理疗贴 贴肚脐 一晚上精神抖擞 {px}三十贴',
      '增x训练器 隐x发货 x天见效 v*******',
      '兄弟 别信那些药了 伤肝伤肾 物理方法才是王道 {dev}了解一下',
      '德国进口{dev} 医疗级 院线同款 原价{big}限时{px}',
      '中老年男士福音 {dev}一台 老两口关系都好了',
      '我老公五十三了 前列腺一直不好 晚上起夜四五次 那方面也基本没了 上个月在直播间买了这个理疗仪 每天坐半小时 第二周起夜就少了 现在嘛我就不多说了 懂的都懂 需要的找我 我这有内部价',
      '能量内裤 {px}两条 穿一个月不满意退 男人的底气',
      '增大+延时+养护 三合一{dev} 私密发货 快递单写健身器材',
      '🍆📏 {dev} 💪 看主页',
      '用了{dev}的兄弟都回来感谢我 你还在犹豫什么',
      '磁疗内裤 磁石按摩穴位 告别早x {px}',
      '前列腺按摩仪 男人的私人理疗师 {ct}',
      '男人不行不是病 是缺一台{dev} 三十天无效退款',
    ],
    { dev: ['增大训练器', '负压理疗器', '能量内裤', '磁疗内裤', '前列腺理疗仪', '男士理疗贴', '温养护理仪'], d: ['7', '15', '21', '30'], big: ['1980', '2680', '3xxx', '4980'] }),

  fam('scam', 'purchase', 'elderly-seminar-vitality', CURE,
    '会销 for older men and couples: 免费体检/送鸡蛋/旅游 invitations to 健康讲座 on 前列腺 and 夫妻生活, where an "教授" sells 鹿鞭酒/理疗仪/补肾套装 for thousands with cure claims and 今天特价 — overpriced cures sold to the elderly by fear and flattery.',
    [
      '【{org}】叔叔阿姨好 本周六上午九点在{place}举办男性健康公益讲座 到场即送鸡蛋一板 带上老伴一起来',
      '张叔 明天的讲座您一定来啊 北京来的教授专讲前列腺和夫妻生活 讲完还有免费检测',
      '今天讲座现场价 {prod}原价{big} 今天{big2} 买两套送旅游 只限今天',
      '叔叔 您这个情况教授说了 吃三个月{prod} 不光前列腺好了 年轻时候的劲也能回来',
      '免费体检 免费午餐 免费听课 中老年男性专场 名额有限 报名找小{zh_surname} {phone}',
      '阿姨 叔叔那方面不行不是年纪问题 是肾虚 我们这个{prod}能调回来 您给他定一套',
      '上次听课的叔叔们反馈都很好 老王吃了一个月说晚上不起夜了 家里阿姨都笑了',
      '领鸡蛋还送{gift} 只要听两小时课 地址{place}',
      '各位叔叔阿姨 今天请到的是{zh_surname}教授 从事男性健康研究四十年 现场给大家做免费的前列腺和肾功能检测 检测完教授一对一开方 需要调理的可以现场订购{prod} 今天订的享受厂家补贴 三个疗程只要{big2} 还送价值两千的理疗仪一台 这个价格只有今天',
      '叔 别跟孩子说 他们年轻人不懂 钱花在自己身上值',
      '【{org}】老年夫妻生活与健康长寿专场讲座 凭短信领取小礼品 退订回T',
      '{prod} 教授现场开方 降血压 治前列腺 补肾壮阳一步到位',
      '讲座送鸡蛋 男士专场',
      '叔叔您放心 不满意可以退 我们公司在这开了十年了',
      '大爷 您的检测结果是肾阳虚三级 再不调理就……您懂的 今天给您特批{big2}',
      '旅游最后一天参观{prod}生产基地 现场有老中医把脉 买不买全凭自愿',
      '干妈 我是小{zh_surname}啊 这周的课您还来吗 给叔叔留了个好位置 教授说他的问题能治',
    ],
    { org: ['康寿健康会', '夕阳红俱乐部', '长青养生馆', '百岁健康服务中心'], place: ['社区活动室', '{road}会议中心', '老年大学旁边酒店二楼'], prod: ['鹿鞭酒', '海狗丸礼盒', '补肾养生套装', '前列腺理疗仪', '雄蚕蛹胶囊'], gift: ['挂面', '保温杯', '雨伞', '食用油'], big: ['9800', '16800', '2万6', 'x万'], big2: ['5980', '6800', '一万二', '3***'] }),

  fam('scam', 'investment', 'adult-vending-custody', CUSTODY,
    '托管/返利 schemes around 成人用品 售货机 and 无人店 shares: buy a machine for x千, the company places and runs it, fixed 月返 %, 保底回购, 推荐奖励, withdrawals frozen until you buy another — investment fraud dressed as an adult-vending business.',
    [
      '成人售货机托管 一台{inv}元 公司帮你投放运营 每月固定返{pct} 一年回本 {ct}',
      '不用管货 不用找点位 买机器交给我们 躺着拿收益 成人用品复购高',
      '保底收益 三年回购 成人无人售货柜 投资就是这么简单',
      '今天收益到账{small}元 已经是第{n}个月了 这台机器真香 想了解的私',
      '{brand}成人售货机 合伙人计划：买一台送一台 推荐朋友再返{pct}',
      '给大家算笔账 一台成人售货机{inv} 放在酒店和KTV门口 每天卖十单 一单赚三十 一个月就是九千 公司负责补货维护 您拿六成 到手三千以上 三个月回本 合同写保底 不赚钱公司按原价回购 全国已投放{n}千台 名额有限',
      '机器在哪你不用知道 小程序后台每天看流水就行 {url}',
      '托管收益日结 成人用品是刚需 不受经济影响',
      '【{brand}】您的设备No.{code}昨日收益¥{small} 已自动结算至钱包',
      '提现冻结是系统升级 再托管一台新机器就能解冻 这是公司规定',
      '无人成人店股份众筹 一股{inv} 每月分红 门店已经在盈利',
      '姐 别上班了 我去年买了三台成人售货机托管 现在每个月睡觉都在进账',
      '加盟不如托管 不用开店不用露面 没人知道你做成人用品',
      '抢机器啦 本期仅剩{n}台 先付定金锁定点位',
      '成人售货机 托管 月返{pct}',
      '推荐三个人买机器 你自己那台免费 还有团队奖',
      '机器都在高校周边和酒店 流水稳定 每月{n}号准时返 已经连续返了十八个月 从没断过',
    ],
    { inv: ['3980', '6800', '9800', '1万2', '2万', 'x千'], pct: ['8%', '10%', '12%', '15%', '20%'], small: ['86', '132', '97.5', '210', '1xx'], brand: BRAND }),

  fam('spam', 'adult-products', 'secondhand-listing-coded', SEXAD,
    'Adult toys and 延时 products listed on 闲鱼/转转-style second-hand markets under coded titles (成年人的小玩具, 女生快乐源泉, 懂的来, 全新未拆), fake 闲置 stories, 拍下改价 and 站外联系 — adult-product selling disguised as personal listings.',
    [
      '闲置 成年人的小玩具 全新未拆 懂的来 拍下改价',
      '转 {toy} 买错颜色了 一次没用 {px}包邮 隐私发货',
      '标题：女生快乐源泉🤫 描述：不解释 懂的私',
      '这个链接只是占位 真实商品私聊 {ct}',
      '出 延时喷剂 男朋友买多了 还剩{n}瓶 原价xxx 现在{px}',
      '分手了 他留下的{toy}全出 不议价 不问用途',
      '宝贝描述：九成新（其实全新） 成人用品 平台不让发图 站外看实拍',
      '【转转】情趣用品清仓 批量出 {n}0件打包{px} 面交或快递',
      '这个挂不了太久会被下架 要的赶紧 小玩具 静音款',
      '拍这个链接就行 别问是什么 收到就知道了😏',
      '闲置一批成人款 店铺关了清库存 跳蛋 飞机杯 内衣都有 量大从优 v:*******',
      '个人闲置 介意勿拍：当初开网店囤的货 现在不干了 全部低价处理 品类比较多 不方便一一上架 有需要的私信要清单 全部隐私包装 快递单写日用品 同城可当面交易 比网上便宜 诚心要的来',
      '求购贴下回复：你要的我这有 二手平台说不了 加我',
      '“按摩器” 全新 拍前聊 你懂的',
      '转 情侣用品礼盒 收到的礼物用不上 {px} 隐私发货',
      '闲置男士用品 进口的 吃剩半盒 {px} 不退不换',
    ],
    { toy: TOY }),

  fam('spam', 'adult-products', 'free-sample-postage-funnel', SEXAD,
    '计生用品 and 成人用品 "免费领/0元领/只付邮费/试用装" posts blasted in groups and comment sections that collect addresses and contacts, then charge 到付 or push 延时 and 情趣 products — giveaway bait for adult-product sales.',
    [
      '免费领避孕套啦 {n}0只装 只需付{fee}元邮费 隐私发货 {ct}',
      '群福利：计生用品试用装免费送 留下地址电话 私我',
      '0元领情趣小样 包邮 限前{n}0名 评论区扣1',
      '评论区的兄弟们 免费送套套 真的免费 加我备注“领取”',
      '【{brand}】恭喜您获得计生用品免费试用资格 点击填写收货地址 {url} 回T退订',
      '试用装免费 邮费{fee} 到了满意再买正装 延时的 女用的都有',
      '扫码领取 免费计生礼包 隐私包装 每人限一份{e}',
      '业主群打扰一下 我们做计生用品推广的 免费发放 需要的私信报门牌号',
      '宝妈们 产后避孕很重要 免费领取避孕套一盒 {ct}',
      '福利帖：为了推广新品 准备了五百份情侣礼包 每份含超薄避孕套+润滑液+小惊喜 完全免费 只需承担{fee}元快递费 包装无任何字样 想领的评论区回复“要”或者直接加我 {ct} 领完即止',
      '免费领取 只需运费 懂的来 🔞',
      '套套免费领 私',
      '填个问卷就送计生用品一份 问卷链接{url} 填完客服会加你',
      '领了的宝子记得好评 下次还有更好的 小玩具试用装',
      '直播间福利 点关注截图私信 免费寄计生礼盒 到付运费就行',
      '免 费 领 套 只 付 邮 费 {fee} 元 戳 我',
    ],
    { fee: ['6', '9.9', '12', '15', '8'], brand: BRAND }),

  fam('spam', 'adult-products', 'hotel-room-box-placement', [...SV, `${R}.h`],
    'Cold pitches and group blasts to hotel, 民宿, KTV, 足浴 and 网吧 owners to place 成人用品 自助盒/售货柜 in rooms and toilets (免费铺货, 扫码付款, 分成, 情趣房改造) and to buy wholesale 计生/情趣 supplies — unsolicited adult-product business spam.',
    [
      '酒店老板看过来 客房成人用品自助盒 免费铺货 扫码付款 每月给你分成 {ct}',
      '民宿主 床头放一个情趣盒 一晚多赚几十 我们包补货',
      '宾馆计生用品批发 套套 润滑 延时 一次性用品 全部隐私包装 量大从优 {phone}',
      '您好打扰了 我是{brand}的业务员 看到您家酒店在平台评分挺高 想谈谈客房成人用品合作',
      'KTV 足浴 网吧都可以放成人售货机 零投入 只占一平米 {ct}',
      '【{brand}】酒店成人用品一站式供应 情趣房道具 主题房改造 咨询{phone} 退订回T',
      '客房盒子里放什么卖得最好？延时喷剂和套套 数据说话 免费帮你配货',
      '酒店群里发个广告 成人自助盒{n}元一个 零售翻三倍',
      '各位做酒店的朋友 现在住客这类需求很大 但前台卖很尴尬 我们的方案是每间房放一个成人自助盒 住客扫码付款 自动到账 每周派人补货 利润您拿四成 不用进货不用管理 已经合作了{n}00多家酒店 有兴趣的加我看合同 {ct}',
      '主题酒店情趣房改造 一间{big} 房价翻倍 找我们',
      '客房情趣盒 免费铺',
      '老板 您家前台能放个小货架吗 成人用品 卖出去给您返点',
      '钟点房必备 情趣用品盒上新 免费提供陈列架',
      '网吧厕所放一台成人售货机 一个月顶你卖一百箱饮料',
      '各位老板 上次那个自助盒谁家放了 卖得怎么样 我们新出了第二代 带延时和女用款',
      '酒x成x用品 铺货 分x 私聊',
    ],
    { brand: BRAND, big: ['3000', '5800', '8千', 'x千'] }),

  fam('regulated', 'drugs', 'adult-shop-list-spiking', KNOCK,
    '情趣用品 shop blasts, price lists and DMs that slip 催情水/迷情粉/听话水/失身香 in among toys and 延时 products, sold for use on a date or colleague who "won\'t notice" — selling drugs used to incapacitate another person, dressed as adult products (sale talk only).',
    [
      '本店新到：{toy}{px} 延时喷剂{px} 女用催情水{px2}（无色无味 对方不会察觉）{ct}',
      '情趣用品批发 另有“特殊饮品” 约会必备 私聊',
      '价目表 ①情趣内衣 ②飞机杯 ③延时湿巾 ④迷情粉（懂的问）',
      '约会没进展？本店“助兴水”帮你 她自己都不知道为什么 {ct}',
      '你要的那个“水”到了 不是女用助兴液 是另外那种 放心',
      '除了玩具 还有让她听话的 你要不要',
      '情趣店隐藏款 失身香 点上对方就迷糊 {px2}一盒 隐私发货',
      '聚餐 约会 KTV 一瓶搞定 别问为什么 催情水现货',
      '迷情粉 有货 私',
      '新到一批进口货 玩具类照常 另外那个“水”只卖熟客 要的私聊 别在评论问',
      '老客户都知道 我们店除了常规的情趣用品 还有些不能公开上架的东西 比如女用催情粉 听话水 都是进口货 无色无味 不少客户买来约会用 回头率很高 因为平台审核只能私下交易 要的加我小号 {ct} 同城可送 外地快递写化妆品',
      '相亲对象不冷不热？试试这个 保证她主动 {px2}',
      '“女士专用饮料” 约会前备好 她喝了就不一样了 懂的下单',
      '情趣用品+催情药套餐{px2} 约会一条龙',
      'xx水 / 迷x粉 / 催x香 三件套 店内有 私',
      '不是所有助兴都要她配合 这款对方察觉不到 熟人介绍才卖',
    ],
    { toy: TOY, px2: PX2 }),

  fam('regulated', 'drugs', 'pua-coach-aid-water', KNOCK,
    '情感导师/PUA "撩妹课程" and 约会指导 that upsell 助攻水/神水/听话水/迷情香 as the "last step", in course ads, 社群 notices and coach DMs — selling drugs to use on women without their knowledge through dating-coaching spam (sale talk only).',
    [
      '撩妹课程{px}一期 学员专享“助攻水” 约出来就成 {ct}',
      '导师：聊到第三步还不行的 用我们的“神水” 学员价{px2}',
      '情感课毕业礼包：话术手册+约会地点清单+一瓶助攻水',
      '兄弟 技术不够道具来凑 听话水 无色无味 课程群里有渠道',
      '你追她三个月都没用 我教你三天 再加上这个东西 保证拿下',
      'PUA社群公告：新到一批迷情香 学员优先 老规矩小窗导师',
      '很多学员问 为什么按话术走了 最后一步还是不行 其实是缺一个“助攻” 我们跟国外渠道合作的助攻水 无色无味 对方根本察觉不到 只会变得特别主动 学员内部价{px2} 不对外卖 想要的私聊导师 {ct}',
      '别学那些没用的套路了 直接上工具 {px2}包成功',
      '助攻水 学员价 私',
      '约会必胜套装：课程+香水+“饮料伴侣” {px2}',
      '导师语音：约出来之后 剩下的交给那瓶东西 链接我私发你',
      '情感咨询 挽回 脱单 另售特殊助攻产品 懂的来',
      '学员反馈截图：“导师 那个水真管用” 想要同款的私',
      '不会聊天没关系 我们有捷径 一瓶{px2} 学员八折',
      '撩妹大师班第{n}期招生 结业送“秘密武器” 名额{n}0个',
      '有没有兄弟需要 情感导师内部渠道的助攻水 比网上那些靠谱',
    ],
    { px2: PX2 }),
];

const HOSP = ['市第一人民医院', '省妇幼保健院', '市中心医院', '医科大学第二附属医院', '区人民医院'];
const DATE = ['3月12日', '5月8日', '周四', '下周一', '10月21日'];
const PH = ['康民大药房', '百姓仁和药房', '同心堂药房', '仁安大药房', '安康药店'];

const BEN: Family[] = [
  ben('health', 'pharmacist-answers',
    'Pharmacists answering customers in plain medical words about 西地那非/他达拉非 needing a 处方, 紧急避孕药, 私处瘙痒, 延时喷剂 ingredients and 计生用品 — advice and referral to a doctor, not a sale.',
    [
      '西地那非是处方药 要医生开处方才能买 建议先去医院男科看一下',
      '紧急避孕药要在七十二小时内吃 越早越好 不能当常规避孕方法用',
      '您说的瘙痒最好先去妇科查个白带常规 不要自己买洗液冲洗',
      '这个延时喷剂里含利多卡因 是局部麻醉作用 有过敏史的要慎用',
      '阿姨 您说的那种保健品不是药 治不了前列腺 还是让叔叔去医院泌尿科看',
      '避孕套在收银台旁边第二排 有不同型号 看包装上的尺寸',
      '他达拉非和硝酸甘油不能一起用 您父亲在吃心脏药的话一定要先问医生',
      '药师提醒：网上说的纯中药壮阳 很多被查出添加了西药成分 吃之前看清批准文号',
      '短效避孕药每天同一时间吃 漏服了看说明书怎么补',
      '这个问题比较私人 您可以到里面咨询室来 我们小声说',
      '您好 关于您问的早泄问题 首先这不是什么丢人的事 很常见 其次药店能买到的非处方药基本解决不了 网上那些喷剂胶囊有的成分不明 建议您挂泌尿外科或男科 医生会根据情况开药或建议行为治疗 医保也能报一部分',
      '验孕棒早上第一次尿测最准 两条杠建议去医院抽血确认',
      '润滑剂选水溶性的 和避孕套一起用不会破',
      '药店不卖“听话水”这种东西 卖的都是违法的 遇到可以报警',
      '您要的氯雷他定在这 一天一片 吃了可能会犯困',
      'HPV感染大多数一两年内能自己清除 网上说的转阴凝胶没有证据 定期复查就好',
    ]),

  ben('shopping', 'couple-platform-order',
    'Couples buying contraception, lingerie and gifts on a known platform (京东, 天猫旗舰店, 美团买药) and talking about delivery, 隐私面单, 驿站 and returns — ordinary shopping between partners.',
    [
      '老公 套套我在京东下单了 明天到 你记得去驿站拿',
      '天猫那家官方旗舰店默认隐私面单 外面只写日用品 放心',
      '美团买药半小时就到了 顺便买了点布洛芬',
      '快递放驿站了 取件码{code} 你下班顺路拿一下',
      '情人节礼物到了 一套睡衣 别拆 等我回家',
      '我买的是官方旗舰店的 有质检报告 别在那些来路不明的小店买',
      '618囤了两盒 凑满减还送了个收纳盒 哈哈',
      '亲爱的 验孕棒帮我在小程序上下一单 要蓝色盒子那个',
      '包装真的很严实 我妈帮我收的快递都不知道是啥',
      '跟你说 上次在那家店买的润滑液 平台说是正品 但我用着有点过敏 申请售后 客服说拆封了只能补偿优惠券 算了 下次还是去官方旗舰店买 贵点就贵点 至少放心',
      '今晚外卖顺便带一盒计生用品 便利店收银台就有',
      '你说的那个私密洗护我看了评论 好多说刺激 还是别买了',
      '驿站小哥问我是不是买了什么贵重东西 包得太严了😂',
      '内衣买错尺码了 申请换货 明天上门取件',
      '“包装无字”在官方店是默认的吗 详情页好像写着',
      '会员日套套第二件半价 要不要再囤一点',
    ]),

  ben('education', 'sex-ed-post',
    'Adult sex-education posts and talks by doctors, public accounts and NGOs — consent, contraception, 性传播疾病 prevention, myths about 延时/丰胸/紧致 — informing adults without selling anything.',
    [
      '性教育不是教坏人 是教人保护自己 成年人也需要补课',
      '避孕方式对比：安全套 短效药 上环 各自的有效率和注意事项 长图在下面',
      '知情同意是底线：对方喝醉了不等于同意',
      '关于“时间”：医学上对早泄有明确定义 大部分人担心的其实在正常范围',
      '科普｜安全套的正确使用：检查有效期 不要配油性润滑剂',
      '世界避孕日 来聊聊紧急避孕药的三个误区',
      '很多人以为性病只跟“乱来”有关 其实任何没有保护的性行为都有风险 梅毒 淋病 HPV 都可以通过安全套大大降低 有疑虑就去正规医院皮肤性病科或疾控的免费检测点 全程保密 别去电线杆广告上的诊所',
      '性健康讲座：面向新婚夫妇 地点市妇幼保健院三楼会议室 免费参加',
      '丰胸产品为什么没用？乳房大小主要由遗传和脂肪决定 涂抹类产品改变不了',
      '“私密紧致”的真相：产后松弛靠盆底肌训练和正规康复 不是靠凝胶',
      '性别平等课第三讲：如何拒绝 以及如何尊重别人的拒绝',
      '很多男性不好意思去男科 其实医生每天看几十个 很正常',
      '读书会本周讨论《亲密关系》 成年人话题 欢迎报名',
      '长期吃短效避孕药安全吗？绝大多数人可以 但吸烟的35岁以上女性要听医生的',
      '科普号更新：为什么看到“包治”两个字就该警惕',
    ]),

  ben('family', 'shopping-list-family-planning',
    'Family and housemates\' shopping lists and supermarket runs where 计生用品 sit among groceries and daily goods — everyday errands, no ad.',
    [
      '超市清单：牛奶 鸡蛋 卫生纸 洗衣液 套套 垃圾袋',
      '老婆发来的：买酱油 挂面 避孕套 猫砂 别忘了',
      '顺路去楼下便利店买点计生用品 家里没了',
      '盒马下单：水果 面包 冷冻饺子 顺带一盒超薄的',
      '妈 你让我买的暖宝宝 超市卖完了',
      '室友接龙买日用品：纸巾 洗洁精 垃圾袋 还要啥自己补',
      '会员店囤货 避孕套大包装划算 和纸巾放一起了',
      '清单 1.米 2.油 3.洗发水 4.计生用品 5.电池',
      '你去超市的话 收银台旁边那个小架子顺手拿一盒',
      '周末采购清单：蔬菜（西兰花 胡萝卜 土豆）肉（排骨两斤）日用（卷纸 抽纸 洗衣凝珠 牙膏 避孕套）零食（坚果 酸奶）还要去药店买创可贴和维生素 你看还缺啥 补在下面',
      '超市小票：牛奶 面包 计生用品 合计{n}9元',
      '小区门口那家便利店24小时的 半夜也买得到 不用网购',
      '买套的时候碰到同事了 尴尬 互相假装没看见',
      '你买了没 家里那个快用完了 你懂的',
      '拼多多下单了 卫生巾和套套一起凑的满减',
    ]),

  ben('service', 'hospital-appointment-notice',
    'Public-hospital appointment, reminder, result and follow-up notices for 男科/泌尿科/妇科 with the hospital\'s 【签名】, 就诊卡 and 号源 — ordinary service messages that warn against paid 加号.',
    [
      '【{hosp}】您已成功预约{date}上午 男科门诊 {zh_surname}医生 请携带身份证和医保卡提前30分钟取号',
      '【{hosp}】就诊提醒：您预约的妇科门诊将于明天下午2:00就诊 如需取消请提前一天在公众号操作',
      '【{hosp}】您的检查报告已出 可在自助机或公众号查询 如有疑问请复诊',
      '泌尿外科{date}停诊通知：{zh_surname}主任外出学术交流 已预约患者请改约',
      '【{hosp}】宫颈癌免费筛查号源已开放 每日限{n}0个 请在官方公众号预约 免费项目不收任何费用',
      '您好 这里是{hosp}随访中心 您上周做的前列腺手术恢复得怎么样 有不舒服随时回来复查',
      '男性不育专病门诊 每周三下午 门诊楼四楼',
      '【{hosp}】您的精液常规检查已完成 报告可自助打印 请预约医生解读',
      '温馨提示：本院从未委托任何机构电话推销治疗项目 请认准官方预约渠道',
      '产后42天复查请预约妇产科 盆底功能评估同时进行',
      '【{hosp}】尊敬的患者 根据医保新政策 自下月起男科部分检查项目纳入医保报销 具体以收费处为准 预约请通过官方公众号或114 本院不收取任何“专家加号费” 如遇他人以本院名义收费请报警',
      '挂号成功：泌尿外科 普通号 诊室3 序号{n}',
      '您的预约已取消 挂号费将原路退回',
      '【{hosp}】HPV疫苗第二针接种提醒 请于{date}前到预防接种门诊',
      '医生停诊改到下周二了 记得带上次的报告',
    ],
    { hosp: HOSP, date: DATE }),

  ben('news', 'debunk-enhancement-claims',
    'Health-science pieces and news debunking 壮阳, 丰胸, 转阴, 能量内裤 and 包治 claims and reporting enforcement against clinics, 会销 and 托管 schemes — naming the products to warn, not to sell.',
    [
      '辟谣：玛卡 鹿鞭 生蚝都不能“壮阳” 所谓立竿见影的多半偷偷加了西地那非',
      '市场监管局通报：某“纯中药”男性保健品检出他达拉非 已立案调查',
      '丰胸精油能升杯？专家：没有科学依据 含激素的反而有风险',
      '“能量内裤”“磁疗内裤”能治前列腺？别再交智商税了',
      '起底民营男科广告套路：低价检查引流 再层层加价做手术',
      '近日记者调查发现 一些网店以“延时喷剂”“男士湿巾”为名销售的产品实际含有利多卡因等药物成分 却以化妆品或消毒产品备案 专家提醒此类产品可能导致过敏和麻木 购买药品应通过正规药店并查看国药准字批准文号',
      '医生说：HPV没有特效药 所谓“转阴凝胶”属于夸大宣传',
      '老人花三万买“补肾理疗仪” 子女报警 涉案会销团伙被抓',
      '科普：延时喷剂的原理是局部麻醉 并不是“增强能力”',
      '违法宣传“包治不孕不育” 多家民营医院被罚',
      '私密紧致凝胶被曝是妆字号 宣传治疗功效涉嫌违法',
      '男科专家：早泄可以治 但别信“一次根治”',
      '热搜：成人用品售货机托管骗局 投资人血本无归',
      '本报讯 警方捣毁一个网上售卖“听话水”的团伙 检测发现部分为普通饮料 部分含违禁成分',
      '评论：别让壮阳广告塞满老年人的手机',
    ]),

  ben('police', 'knockout-drug-warning',
    'Police and anti-fraud warnings about 迷药/听话水/催情水/助攻水, drink safety at parties and bars, 会销 and 托管 schemes, and how to report — naming the products to protect people.',
    [
      '【{station}】提醒：网上所谓的“听话水”“催情水”多为诈骗 购买使用涉嫌违法犯罪',
      '聚会时饮料别离开视线 感觉头晕乏力马上联系朋友或报警',
      '反诈中心：花钱买迷药被骗的 报警时也要说清楚买来干什么 别抱侥幸',
      '警方提示：凡是以“无色无味”“对方察觉不到”为卖点的产品 都涉嫌违法 请截图举报',
      '派出所进社区 讲防范迷药和酒后遭侵害 地点社区活动中心',
      '【{station}】近期有不法分子在社交平台以“情趣用品”“助兴饮品”为幌子兜售所谓听话水、迷情粉 一方面骗取钱财 另一方面若真含管制成分 购买和使用都将承担刑事责任 请不要好奇 不要购买 发现此类信息请通过平台举报或拨打110',
      '酒吧安全小贴士：自己的酒自己看着调 离开座位回来就换一杯',
      '如果怀疑被下药 尽快去医院抽血尿检 保留证据 立即报警',
      '反诈宣传：“情感导师”卖助攻水 既是诈骗也是犯罪',
      '民警提醒：讲座送鸡蛋 后面往往是几万元的保健品 请子女多关心父母',
      '网警巡查发现一批售卖迷药的账号 已封禁并移交线索',
      '守护女性安全 从拒绝陌生人递来的饮料开始',
      '接群众举报 某情趣用品店暗中销售违禁药品 已依法查处',
      '【{station}】成人售货机“托管返利”是非法集资新变种 请勿投资',
      '看到有人在评论区卖“听话水” 别私聊 直接举报',
    ],
    { station: ['{zh_city}公安', '平安{zh_city}', '{zh_city}反诈中心', '辖区派出所'] }),

  ben('chat', 'mild-friend-jokes',
    'Mild jokes among friends about 肾虚, 枸杞, 中年, 前列腺, 单身 and ads they keep receiving — teasing that names the words without selling or describing anything.',
    [
      '三十岁了 保温杯里泡枸杞 这就是命',
      '你这黑眼圈 肾虚了吧哈哈哈',
      '打了一晚上游戏 腰不行了 老了老了',
      '群里天天收到壮阳广告 我看起来很需要吗',
      '他说要送我“男人加油站” 结果是一箱红牛😂',
      '单身久了 看到情侣秀恩爱就想吐槽',
      '老公说最近要补补 我给他炖了个羊肉汤',
      '你们这些已婚的 聊天注意点 还有单身狗在呢',
      '延时摄影拍了两小时 成片就十秒 笑死',
      '昨天跟老婆逛超市 她往购物车里扔了一盒套套 收银大妈看了一眼说“年轻人注意身体啊” 我脸都红了 老婆在旁边笑到不行 回家路上一直学大妈说话 我决定以后都网上买',
      '腰子是革命的本钱 少熬夜',
      '你这体力爬三楼就喘 还说要跑马拉松',
      '闺蜜送我的生日礼物是一盒面膜和一盒“惊喜” 我还没敢拆',
      '兄弟们 男人过了三十 最好的补品是睡觉',
      '问：结婚纪念日送什么 答：送自己一晚上安静',
      '每次体检医生都说我前列腺有点问题 我才三十二啊',
    ]),

  ben('service', 'pharmacy-promo-ordinary',
    'Pharmacy promotions and member SMS for ordinary medicines and health goods (感冒药, 维生素, 血压计, 计生用品 on member day) with 【签名】 and 回T退订 — legal retail marketing that points to 处方 and 药师.',
    [
      '【{ph}】会员日全场9折 维生素 钙片 感冒药 满99减10 回T退订',
      '【{ph}】流感季 感冒药 退烧药 口罩备货充足 24小时送药上门',
      '{ph}周年庆：血压计 血糖仪第二件半价 欢迎到店',
      '【{ph}】您的积分{n}00分即将过期 可兑换体温计 湿巾等 回T退订',
      '药店门口黑板：今日特价 布洛芬 口罩 计生用品买二送一',
      '【{ph}】处方药需凭处方购买 执业药师在线审方 请放心',
      '【{ph}】尊敬的会员 本月健康节：1.慢病药品会员价 2.免费测血压血糖 3.中药代煎 4.满额送定制药箱 活动时间本月1日至15日 地址{road} 电话{phone} 回T退订',
      '外卖买药满减 感冒灵 维C泡腾片 计生用品都有 30分钟送达',
      '{ph}新店开业 前三天进店送鸡蛋 凭小票领',
      '【{ph}】夏季防暑 藿香正气水 风油精 清凉油会员价 回T退订',
      '药师直播：春季过敏怎么办 评论区提问 只答疑不卖货',
      '医保卡可以在我们店刷 个人账户支付',
      '【{ph}】儿童退烧药到货 请按说明书或遵医嘱用药',
      '避孕套 润滑液 验孕棒 药店都有 价格透明 可以咨询药师',
      '【{ph}】您预订的胰岛素已到店 请凭处方到店取药',
    ],
    { ph: PH }),

  ben('health', 'postpartum-pelvic-breast',
    'Postpartum 盆底康复, 乳腺 checks, 哺乳 and 私密 hygiene discussed with doctors and among mothers — 紧致, 松弛, 胸 and 私密 in their medical sense, often steering away from salon and 丰胸 products.',
    [
      '产后42天复查 医生说盆底肌有点松弛 建议做凯格尔训练 医院也有康复治疗',
      '盆底康复做了十次 医保报了一部分 漏尿好多了',
      '哺乳期胀痛堵奶了 去医院乳腺科通 别找路边的“开奶师”',
      '乳腺彩超报告写结节3类 医生说半年后复查',
      '姐妹们 私处不需要特别的洗液 清水就行 医生说的',
      '生完二胎胸下垂了 医生说很正常 练练胸肌有点用 别信丰胸精油',
      '分享一下产后康复：我顺产 产后三个月咳嗽还漏尿 去了市妇幼的盆底康复中心 先做评估 医生定了电刺激加生物反馈 一共十五次 配合在家做凯格尔 现在基本好了 提醒大家去正规医院 美容院那些“私密紧致”项目别做',
      '妇产科医生说 颜色深浅跟激素有关 不是广告说的“发黑就是有问题”',
      '乳腺科号好难挂 约到下周三了',
      '家用盆底肌修复仪有用吗 还是听医生的在医院做',
      '哺乳文胸选无钢圈的 尺码比孕前大一号',
      '宫颈筛查结果正常 医生说三年后再查',
      '凯格尔训练app 每天十分钟 医生推荐的 免费',
      '月子中心推荐私密项目 我问了医生 说没必要 省了一笔',
      '乳房自检：每月月经结束后一周 平躺用指腹按压',
    ]),

  ben('family', 'legit-hospital-check',
    'Family members helping a husband, father, sibling or friend choose a 公立 hospital for 男科/妇科, spotting private-clinic ads, 包治合同 and 讲座 purchases — everyday family talk about sexual-health care.',
    [
      '老公 你那个问题别再拖了 我帮你挂了市一院泌尿科 周四上午',
      '爸 电视上那个男科医院广告是私立的 别去 我带你去人民医院',
      '你搜出来排第一的那个是广告 看清楚是不是公立三甲',
      '妈说叔叔去了个“专科医院” 花了两万多 我看了单子 好多检查没必要',
      '去正规医院看男科没什么丢人的 我陪你去',
      '我跟我哥说了 网上那个在线咨询的“医生”问完就让你留电话 第二天打来一直催 还说不治会影响生育 这都是私立专科的套路 他听进去了 这周我陪他去了省医男科 医生说就是普通前列腺炎 开了两盒药 几十块钱',
      '老婆让我去看看 我有点不好意思 你能陪我吗',
      '你查一下这家医院是不是医保定点 卫健委官网能查到',
      '老爸听讲座买的理疗仪 我帮他申请退款了 下次去之前跟我说一声',
      '他说在医院签了个“包治合同” 这种合同一般都不靠谱',
      '姐 妇科问题去妇幼 别去那些“女子医院” 好多是私立的',
      '挂号前看清医生职称 官网上都有介绍',
      '家里老人收到男科医院短信 我教他们直接拉黑',
      '我爸前列腺手术做完了 公立医院 医保报了七成 恢复挺好',
      '你别在网上随便买药吃 我约了周末带你去看医生',
    ]),

  ben('shopping', 'secondhand-ordinary-listing',
    'Ordinary 闲鱼/转转-style listings and buyer chats — 全新未拆, 拍下改价, 隐私 packaging, 面交, 不议价 — for clothes, massage guns, beauty devices, books and furniture.',
    [
      '闲置按摩枪 全新未拆 买多了 {px}包邮 拍下改价',
      '转孕妇装 穿过两次 同城面交',
      '出一台美容仪 用过几次 有发票 {px}',
      '全新未拆的睡衣 尺码不合适 便宜出',
      '亲 这个链接是拍前聊的 先问有没有货',
      '不议价 不包邮 介意勿拍',
      '个人闲置 搬家清理：书桌一张 电风扇一台 按摩椅垫一个 都能正常用 只限同城自提 价格写在图上了 打包买再优惠 周末下午都在家 来之前提前说一声',
      '买家问能不能包装严实点 我一般用普通快递袋 外面只写“衣服”',
      '这个卖家好 包装很用心 还写了小卡片',
      '出一套成人自考教材 全新 有笔记 {px}',
      '收到货了 和描述一致 好评',
      '情侣款卫衣 分手了 一件没穿 出',
      '拍下改价 运费到付也可以',
      '闲鱼被骗过一次 现在只走平台交易 不加微信',
      '出婚纱 只穿过一次 婚礼用的 干洗过',
    ]),
];

export const families: Family[] = [...HARM, ...BEN];
