import { type Family, familyMakers } from '../types.js';

/**
 * Round v39 (file set adultprod-v39, benign letter a): adult-product spam (spam · adult-products) in the selling formats
 * the earlier files leave thin. The plain forms are elsewhere: spam.ts, spam-v5 and spam-v7 (male-enhancement ads, adult
 * toys, private-care products), adultprod-v14 (toy group blasts, comment lures, lingerie captions, dolls, 无人店 openings,
 * 隐私发货 SMS, one-level agent recruiting, 种草 notes, try-on livestreams, condoms, massage oils), adultshop-v33 (纯中药 到付
 * SMS, 进口 pill 代购, "加强版", 女用助兴, 无人店 加盟 pitches, OCR flyers, coded emoji, micro-hooks, long testimonials,
 * fake 男科 顾问 DMs, telesales), adult-v36 (private clinics, 丰胸/转阴/增大 claims, 成人售货机 托管, second-hand listings,
 * 0元领 funnels, hotel boxes) and medads-v13 / illegalmed-v28 (unlicensed medicine). This set adds: 团购接龙 and 拼团 posts
 * that sell toys (跳蛋, 飞机杯, 小海豚 as sellers name them), 润滑液 and 情趣内衣 in WeChat groups; 微商 朋友圈 上新/补货
 * captions with 拍下备注 and stock counts; 印度神油-style external oils, 延时喷剂 and 持久湿巾 sold as 外用不伤身; 壮阳/补肾
 * 保健品 with faked 国药准字, 蓝帽子, 备案号 and 专利 plus 三天见效; 微商 before/after 打卡 and 反馈截图 captions for 男科
 * and 私密 products; vlog and diary posts from 成人无人店 owners (日流水, 第N天) that end in 加盟; shops' privacy FAQs and
 * auto-replies (面单写日用品, 驿站, 付款显示百货); tiered 微商 代理 recruitment (一级/总代/联创, 拿货门槛, 推荐奖励);
 * livestream 口播, 小程序 and 口令 links; member SMS blasts (积分到期, 生日礼, 签到, 复购) with 【签名】 and 回T退订; 包裹卡
 * and 好评返现 cards that move buyers to a private WeChat for off-platform adult products; and one scam · purchase family:
 * unordered 到付 保健品 shipments followed by 拒签 threats (违约金, 起诉, 通知家人/单位). Adults only; products, prices and
 * claims as sellers write them, no acts described, no use instructions.
 * Benign look-alikes (letter a): pharmacists answering about 避孕套 and 计生用品, family-planning and sexual-health clinic
 * notices, couples talking plainly about buying condoms, patients asking about 男科 at real hospitals, lingerie and
 * pyjama shops' ordinary ads, e-commerce customer service on 隐私包装 for ordinary goods, news of fines for 保健品 false
 * advertising, men's-health articles, snack and drink 无人售货店, police warnings quoting fake 壮阳药 ads, gift shops and
 * massage-chair ads. A share of templates is written redacted (x, X, * or ＊).
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
/** Selling sex and sexual-enhancement products as unsolicited ads. */
const AD = [`${R}.h`, 'cg-spam.a', 'cg-other-inappropriate-content.d'];
/** The same with false or misleading claims (三天见效, fake licences, before/after). */
const AD_CLAIM = [`${R}.h`, 'cg-other-inappropriate-content.a', 'cg-spam.a'];
/** Blasted into groups and by SMS. */
const BLAST = [`${R}.h`, 'cg-spam.a', 'cg-spam.b'];
/** Business and income pitches built on adult products. */
const BIZ = [`${R}.h`, 'cg-other-inappropriate-content.d', 'cg-other-inappropriate-content.a'];
/** Cash-back cards that pull buyers off the platform. */
const CARD = [`${R}.h`, 'cg-spam.a', 'cg-spam.d'];
/** Goods forced on people by 到付 and threats: a purchase scam. */
const COD = ['cg-fraud-or-scams.a.4', 'cg-other-inappropriate-content.a'];

const CT = ['{zh_contact}{zh_contact_id}', '{zh_contact}', 'v：{handle}', '薇❤{handle}', 'wx：＊＊＊＊＊＊＊', '+V {handle}', '🐧{qq}', '电话1xx xxxx xxxx', '☎{phone}', '私我', '主页有v', 'dd我', 'vx同号1XXXXXXXXXX'];
const TOY = ['跳蛋', '飞机杯', '小海豚', '吮吸器', '震动棒', '小怪兽', '遥控蛋', '名器杯', '按摩棒', '玫瑰小玩具', '口红款震动棒'];
const P = ['9.9', '19.9', '29', '39', '49', '59', '69', '89', '99', '129', '1x9', '＊＊'];
const E = ['', '', '🔞', '🤫', '😏', '💕', '📦', '🔥', '✨', '🌙'];
const N = ['2', '3', '5', '6', '8', '10', '12', '20', '30'];
const NICK = ['A1', '小鱼', '木子', '大壮', '阿飞', '七号', 'CC', '老刘', '橙子', '匿名', 'K', '黑猫'];
const AREA = ['东门驿站', '3号楼快递柜', '北区菜鸟站', '小区门岗', '物业旁边', '地下车库入口'];
const STYLE = ['蕾丝睡裙', '吊带套装', '网纱连体衣', '绑带款', '丝绒睡袍', '透视款'];
const TANG = ['康元堂', '御本草', '仁和济', '雄风阁', '金方坊', '百年春', '圣草源'];
const PROD = ['补肾片', '男士能量胶囊', '玛咖肽片', '鹿鞭丸', '牡蛎精片', '固本丸', '男宝片', '虫草雄丹'];
const PPROD = ['私护凝胶', '紧致精华', '养护凝露', '私密喷雾', '修护套盒'];
const AGE = ['38', '41', '45', '49', '53', '57'];
const MIN = ['30分钟', '40分钟', '半小时', '一个钟', '45分钟', '六十分钟'];
const MONEY = ['8000+', '1.2万', '两万', 'x万', '1w+', '3万多', '1w5'];

const base: Slots = { ct: CT, toy: TOY, p: P, e: E, n: N, nick: NICK, area: AREA, style: STYLE, tang: TANG, prod: PROD, pprod: PPROD, age: AGE, min: MIN, money: MONEY };

const { fam, ben } = familyMakers({ lang: 'zh', harm: 'v39-adultprod', benign: 'v39a-adultprod', slots: base });

const HOSP = ['市一院', '省人民医院', '附属第一医院', '市中心医院', '中医院', '市二院', '省立医院'];
const SHOP = ['夜语', '柔夜', '知心铺子', '悦己生活', '暖夜坊', '私语屋', '半糖夜'];
const MINI = ['夜享好物', '私享小铺', '悦夜生活馆', '柔光小屋', '夜半优选'];

const HARM: Family[] = [
  fam('spam', 'adult-products', 'group-buy-jielong', BLAST,
    '团购接龙 and 拼团 posts in WeChat and 小区 groups selling 情趣用品 (跳蛋, 飞机杯, 小海豚), 润滑液 and 情趣内衣: 团长价, 满N人成团, 截单时间, 接龙写代号, 隐私面单 and 驿站自提 — unsolicited adult-product ads dressed as an ordinary group buy.',
    [
      '#接龙 {toy}团购 团长价{p} 满{n}人成团 隐私发货 1. {nick} x1 2.',
      '拼团拼团 {toy}还差{n}人 差的私我上车 包邮',
      '今晚八点截单 润滑液水溶性{p}两瓶 需要的接龙 不好意思说的直接私我 我帮你写代号',
      '接龙写代号就行 不用写真名 比如"{nick} 小海豚" 发货统一隐私面单',
      '【团长福利】情趣内衣{style} 均码 {p}一套 三套起拼 +团长v {handle}',
      '团购群新品：{toy} {p} 原价2xx 成团后统一发 包装无字',
      '各位群友 本周成人好物团 {toy} / 润滑 / 情趣内衣 有需要的在下面接 不想公开的私聊团长',
      '还差2单成团！！{toy} {p} 快来{e}',
      '接龙 3.{nick} 润滑x2 4.{nick} {toy}x1 5.',
      '水果团结束了 顺便开个成人用品团 跟水果一样自提 外面套黑袋 放心',
      '小区团购 这期团{toy} 自提点在{area} 包好的 看不出来',
      '团长说了 下单的统一编号 不显示名字 {toy}+润滑套餐{p}',
      'ptuan {toy} {p} 私',
      '上次团的{toy}大家反馈不错 第二批来了 接龙开始 截止{zh_time}',
      '拼单省运费 飞机杯/跳蛋/润滑 三样凑满99包邮 跟团的扣1 我私发链接',
      '宝妈团购群发这个合适吗😂 反正是刚需 {toy}{p} 想要的私 别在群里回',
      '群主让发了哈 每周三成人好物团 本周是{toy}和情趣内衣 团长价比某宝低三成 下单不用备注真名 快递单写"日用百货" 驿站取件码发你 不放心的可以先私聊看实拍 接龙格式：序号+代号+数量 截单后统一发货',
    ]),

  fam('spam', 'adult-products', 'moments-restock-caption', AD,
    '微商 朋友圈 and status captions announcing 上新, 补货, 到货 and 清仓 of 情趣用品, 润滑液 and 情趣内衣 — stock counts, 第N批, 拍下备注, 包邮, 九宫格实拍, 屏蔽家人 — adult products advertised to a whole contact list.',
    [
      '到货到货📦 {toy}补货{n}个 上次没抢到的 拍下备注"老客"',
      '今日上新｜{toy}｜{p}｜包邮｜隐私发',
      '九宫格都是实拍 {toy}有粉紫两色 库存就{n}个 先到先得',
      '朋友圈屏蔽了家人 放心点赞😂 新到{toy} 私',
      '早安☀️ 今天也是卖快乐的一天 {toy} 润滑液 情趣内衣 都有现货 下单私我',
      '昨天的单全部发完 没收到的私我查单号 下一批{zh_time}到',
      '第{n}批又空了 下一批预订中 要的扣',
      '【上新】{style} 均码 {p} 拍下备注颜色 包邮 第4张是上身图(已打码)',
      '回购率最高的{toy} 又来了 清仓价{p} 数量不多',
      '客户说"包裹拆开一层又一层" 哈哈 隐私是基本操作 {toy}补货了',
      '深夜上新🌙 {toy} 静音款 合租也放心 {p}',
      '不发广告你们都忘了我是卖啥的😂 成人好物小铺 主页看 私我下单',
      '这条朋友圈三天可见 {toy}{p} 包邮 抓紧',
      'ykq 新到 {toy} 要的d',
      '水溶性润滑液 大瓶装{p} 顺滑不黏 今天到了{n}箱 拍下备注"润"',
      '说个事 最近好多人问我是不是改行了 没有 一直都是卖这个的 只是之前发得少 现在光明正大发 成年人的快乐有啥不好意思的 {toy}、润滑、情趣内衣全部现货 外包装写"日用品" 快递员都不知道 想要的直接私我 不回复的就是在打包',
    ]),

  fam('spam', 'adult-products', 'shenyou-external-delay', AD_CLAIM,
    '印度神油-style external oils, 延时喷剂, 持久湿巾 and 男士外用液 sold as 外用不伤身, 不麻不木, 持久N分钟, 老配方 — potency products pushed to strangers with false duration and safety claims.',
    [
      '印度{oil} 老牌子了 外用不伤身 {min}起步 {ct}',
      '神油 正品 一滴就够 私',
      '延时喷剂 喷完等五分钟 持久{min} 不麻不木 {p}',
      '持久湿巾 一片一次 出差随身带 {p}/盒',
      '男士外用养护液 不吃药 不伤肾 {min}以上 隐私发货',
      '兄弟们 还在吃药？外用的才安全 我这款{oil}用了十年的老顾客都有',
      '神油三件套：喷剂+湿巾+精油 {p} 拍下备注"三件套"',
      '老字号印度神油 进口分装小瓶 {p}一瓶 假一赔十',
      '喷一下 时间翻倍 老婆笑了😂 链接私',
      'yanshi 喷j 外用 不吃药 dd',
      '持久型男士喷雾 第二代 不含那啥(你懂) 效果更稳 {ct}',
      '外用比内服安全一百倍 这是常识 我们的{oil}只作用局部 {min}以上 不满意包退',
      '车友推荐的{oil} 一年回购五六次 {p}',
      '持久小喷瓶 放钱包里都没人发现 {p} 两瓶包邮',
      '时间短？不是病 是没用对东西 延时喷剂外用型 喷完{min} 隐私发货 快递单写"护肤品" {ct}',
      '印du神you 正品 ＊＊元',
      '很多兄弟私信问我神油到底有没有用 我说句实在的 用法对了真有用 这款是老配方 外用 不进血液 不伤肾 我自己用了两年 时间基本能到{min} 以前两三分钟的兄弟反馈都翻了好几倍 一瓶能用三个月 {p}包邮 隐私发货 私我',
    ],
    { oil: ['神油', '延时精油', '持久喷剂', '男士护理液', '印度老油'] }),

  fam('spam', 'adult-products', 'fake-licence-pill', AD_CLAIM,
    '壮阳/补肾 保健品 sold by 微商 and SMS with faked or misused licences — 国药准字, 蓝帽子, 备案号可查, 国家专利, 中科院研发, 三甲医院同款 — and 三天见效/无效退款 promises: unlicensed potency products with deceptive claims.',
    [
      '国药准字 正规渠道 {prod} 三天见效 {ct}',
      '蓝帽子认证 保健食品 补肾壮阳 三天有感觉 一周见效果',
      '备案号可查！不是三无！{prod} 吃三天就知道',
      '{prod}｜国家专利配方｜中科院研发｜三天见效｜无效退款',
      '药监局备案 放心吃 外面那些没批号的别买 {p}一盒',
      '有人问有没有批号 有 国食健字G20xxxxxx 自己去查 {ct}',
      '三天见效 七天巩固 一个月脱胎换骨 {prod}',
      '保健品也能这么猛？有批文的 放心 {ct}',
      '包装上有蓝帽子标志 正规保健食品 壮阳补肾 男人必备',
      '"国药准字"四个字你看清楚 不是固体饮料 不是压片糖果 是正经药 {p}',
      '中科院博士团队研发 获国家发明专利 补肾固精 三天起效 货到付款',
      '别说我没提醒 三天没效果 全额退 有质检报告 有批号 私',
      'gyzz 正品 壮y 三天 dd',
      '【{tang}】国字号补肾产品 三天见效 限时{p} 退订T',
      '三甲医院同款 有批号 不用挂号开药 直接寄到家',
      '很多人怕买到三无 我理解 所以我把资质全晒出来了：营业执照、生产许可证、国药准字批文 九宫格第二排就是 可以对着查 我们这款{prod}是正规药厂出的 不是网上那种贴牌货 吃三天晨起就有变化 一个疗程{p} 不满意拿空盒来退 {ct}',
    ]),

  fam('spam', 'adult-products', 'before-after-checkin', AD_CLAIM,
    '微商 before/after posts for 男科 and 私密 products: 用前/用后 对比图, Day1→Day28 打卡, 客户反馈截图, 好评墙, "从五分钟到四十分钟" — sales posts whose proof is staged testimony; innuendo only.',
    [
      '对比图来了 左边用前 右边用后 28天 {pprod} 效果不说了 自己看',
      '打卡第{n}天 老公说感觉不一样了 {pprod} 私我',
      '客户反馈截图（已打码）："用到第二盒 腰不酸了 时间也长了" {ct}',
      '使用前：{before} 使用后：自己问我要图 🙈',
      'Day1→Day14 每天一条打卡 真实记录 想看全过程的私',
      '又一个好评 大哥{age}岁 吃了{prod}半个月 说像回到三十岁 聊天记录截图在九宫格',
      '用前用后对比太明显了 不敢发朋友圈 私发你看',
      '姐妹产后用了我家{pprod} 前后对比 她老公都问用的啥 同款私我',
      '第7天：有感觉 第14天：明显 第28天：回购三盒 {prod}',
      '不P图 不摆拍 客户自己拍的前后对比 男科问题 信的来',
      '好评墙又满了 {n}位客户的真实反馈 看完再决定',
      '前后对比图 要看的扣1',
      '【反馈】{zh_city}{zh_surname}哥 用前"两三分钟" 用后"半小时起步" 同款套装{p}',
      '又收到一条语音反馈 嫂子发的 说谢谢我 🙏 {prod}真的能改变一个家',
      '同样是男人 为什么他能从五分钟到四十分钟 答案在图里 {prod} 私',
      '给大家看看这位宝妈的28天打卡 第一周说没啥感觉 我让她坚持 第二周开始说干涩少了 第三周她老公主动问她用的什么 第四周直接回购了一整个疗程 我们家{pprod}不是神药 但坚持用一定有变化 对比图和聊天截图都在相册 想看的私我 {ct}',
    ],
    { before: ['两分钟', '没状态', '力不从心', '总说累', '干涩', '松弛'] }),

  fam('spam', 'adult-products', 'unmanned-store-vlog-franchise', BIZ,
    'Vlog, diary and 晒流水 posts from owners of 24h 成人用品无人售货店 — 开店第N天, 凌晨补货, 后台截图, 月入/日流水 — that end in 加盟, 招商群 or 店铺转让 contacts: adult-product franchise spam with income claims.',
    [
      '开成人无人店第{n}天 今日流水{money} 晚上十一点到两点最火 想了解的私',
      'vlog｜凌晨三点去补货 我的成人用品无人店又卖空了 店铺加盟看主页',
      '下班后的副业：一家15平的成人自助店 这个月净赚{money} 想开的评论区扣"开店"',
      '记录一下 无人店开了三个月 回本了 总部给的选址真准 有想做的我拉你进招商群',
      '今天带大家看看我的成人无人店后台 一晚上{n}单 不用守店 躺着收钱 加盟找我',
      '夫妻俩开了两家成人无人店 一家夜市边 一家酒店边 都是总部选的点 {ct}',
      '第二家店选好址了 {zh_city}开发区 24小时营业 这行真的被低估了 想入行的dd',
      '店铺转让/合作 成人用品无人店 设备齐全 带货 月流水{money} 可带加盟',
      '日更｜成人无人店老板的一天：补货 对账 看监控 收钱 ✅ 想加盟的简介有v',
      '别人的副业是跑滴滴 我的副业是开成人无人店 月入{money} 不露脸 不用聊天 评论区问的统一回复：找总部 {ct}',
      '晒一下这个月的流水截图 无人店 成人用品 真香 要加盟码的私',
      '有人说这行不体面 可它挣钱啊 我的无人店单月{money} 你们自己选',
      'chengren wurendian 第{n}天 日入x百 私',
      '新店开业第一晚就出了{n}单 总部运营手把手教 加盟名额{zh_city}还剩俩',
      '很多人问我一个宝妈怎么开起成人无人店的 其实很简单 我找的是全国连锁的品牌 总部负责选址、装修、配货 我只需要每周去补一次货 店面十来平 投资不到十万 第三个月回本 现在每个月稳定{money} 不敢说多好 但比上班强 想了解加盟的在评论区扣1 我把招商经理推给你',
    ]),

  fam('spam', 'adult-products', 'discreet-delivery-faq', AD,
    'Adult shops\' pinned FAQs, auto-replies and DMs built on secrecy — 家人会知道吗, 面单写日用品/文具, 驿站/丰巢自取, 付款显示百货, 聊完删记录, 发到公司像文件袋 — privacy promises used as the selling point of unsolicited adult-product ads.',
    [
      '【常见问题】Q:家人会知道吗？A:外包装纯白 快递单写"日用品" 不写店名 放心下单 {ct}',
      '收件人可以写代号 手机号写你自己的就行 驿站取件家里人看不到',
      '隐私包装三层 快递小哥都猜不到 {toy}{p} 私我',
      '担心被发现？发丰巢快递柜 自己取 包装无任何字样',
      '快递单显示"文具"或"配件" 你选 {toy}现货',
      '自动回复：亲 本店所有成人用品均隐私发货 物流信息不显示商品名 需要的直接下单',
      '聊完记得删聊天记录哦 我们这边也会删 放心买',
      '可以发到公司 包装像文件袋 同事看不出来 {p}包邮',
      '老婆看到快递会不会问？不会 面单写的是"手机壳" 😂 私',
      '支付记录显示"xx百货" 不显示成人用品 放心付款',
      'yinsi 发货 面单无字 私',
      '不想让快递员知道？可以选同城闪送 密封袋 放门口 敲门就走',
      '下单备注"低调" 我们再加一层黑色袋 {toy}/润滑/延时 都可以',
      '隐私保护承诺：1.不打电话 2.不发短信 3.外箱无字 4.面单写日用品 5.付款显示超市 需要成人用品的直接私 {ct}',
      '好多新客户问的都是一个问题：被家里人看到怎么办 我统一回答一下 我们家做了六年 从没出过事 外面是普通纸箱 里面是黑色袋 快递单品名写"居家用品" 寄件人写"xx百货" 到了驿站你报取件码就行 谁也不知道里面是啥 {toy}、润滑液、情趣内衣都是这样发 放心下单',
    ]),

  fam('spam', 'adult-products', 'agent-tier-recruit', BIZ,
    'Tiered 微商 代理 recruitment for 成人用品: 一级代理/总代/联创 price ladders, 首批拿货门槛, 升级奖励, 推荐返利, 团队业绩 and 提车 stories — recruiting sellers for adult products with income promises.',
    [
      '招代理！成人用品 一级代理拿货{d}折 总代{d2}折 门槛{money2}起',
      '代理价格表：零售{p} 一级xx 总代xx 联创私聊',
      '成人用品微商团队招人 0基础 团队教你发圈 每月奖励 {ct}',
      '升级总代送{toy}一箱 本月最后三个名额',
      '一级代理首批拿货3000 二级1000 拿货越多价越低 情趣用品 复购率超高',
      '团队{n}个人 上个月总业绩xx万 我带的代理最高月入两万 想加入私我',
      '不用囤货的代理有 但利润低 想赚大钱的还是建议拿货做总代',
      '招募成人用品合伙人 宝妈/上班族/夜班族 一部手机就能做 素材都给你',
      '代理福利：1.专属素材库 2.隐私代发 3.月度返利 4.年度旅游 情趣用品微商招人',
      'dl招募 qq用品 私',
      '推荐一个代理进来 奖励{money2} 自己不卖光推荐也能赚',
      '这个月又升了两个总代 恭喜！想跟上节奏的 代理门槛今天还是老价格 明天涨',
      '做成人用品微商一年 提了车 不炫耀 只想告诉你 选对产品很重要 {ct}',
      '你卖面膜一单赚十块 我卖{toy}一单赚{p} 还不用讲成分 想做的来',
      '很多人看不起做成人用品微商的 但你算算账：这东西没人好意思去店里买 网上又怕被看到记录 所以熟人朋友圈反而最好卖 我们团队的代理分三级 一级拿货两千 二级五千 总代一万 级别越高折扣越大 还有团队返利 上手有人带 素材每天发 发圈就能出单 想了解的留言"代理"',
    ],
    { d: ['5', '4.5', '6', '五'], d2: ['3', '3.5', '2.8', '三'], money2: ['500', '1000', '2000', '3000', '5k'] }),

  fam('spam', 'adult-products', 'livestream-miniprogram-link', AD,
    'Livestream 口播, 直播预告 and 小程序/口令/二维码 links selling 情趣用品, 延时 and 润滑 — 点小黄车N号, 搜小程序, 复制口令, 直播间专属价, 拍一发三 — adult products sold through live rooms and mini-programs.',
    [
      '直播间{n}号链接 {toy} 今天直播间专属价{p} 下单就发 隐私包装',
      '家人们 点屏幕下方小程序 搜"{mini}" 成人好物都在里面',
      '复制这段口令 打开购物app ￥{code}￥ 延时喷剂直播价',
      '【小程序】{mini}｜情趣用品 24h发货｜扫码进店',
      '主播说不了太细 平台管得严 大家懂的 点小黄车{n}号就行',
      '直播预告：今晚{t}点 成人好物专场 关注主播 进直播间抽{toy}',
      '刚进直播间的家人 左上角点关注 下单备注"主播" 隐私发',
      '搜一搜 小程序"{mini}" 首单立减{n}元 🔞',
      '直播回放看不了？没关系 链接在小程序 {url}',
      '口令红包：￥{code}￥ 打开进店领券 延时/润滑/情趣内衣',
      'zb间 {n}号链接 你懂的 冲',
      '这里不能挂链接 扫我头像二维码进小程序',
      '直播间福利 拍一发三 {toy}+润滑液+延时湿巾 只有三分钟 321上链接',
      '主播口播：这款是我们家的爆款 {toy} 家人们看下单量 今晚直播间直降 不用我多说了吧 懂的都懂 小黄车{n}号',
      '各位家人晚上好 今晚是我们成人好物专场 平台规定不能展示太多 所以大家看包装就行 具体的点小程序"{mini}"看详情页 今晚所有订单隐私发货 面单写"日用百货" 新进直播间的家人先点个关注 十点整抽三位送{toy} 评论区扣"想要"',
    ],
    { mini: MINI, t: ['9', '10', '11', '十'] }),

  fam('spam', 'adult-products', 'member-points-sms', BLAST,
    'Marketing SMS blasts from adult shops with a 【签名】 and 回T退订 dressed as account notices — 积分即将到期, 生日礼包, 签到解锁, 收藏降价, 会员升级, 一键复购, 免费试用只付邮费 — unsolicited adult-product SMS.',
    [
      '【{shop}】您有{n}00积分即将到期，可兑换延时喷剂/情趣礼盒，{url} 回T退订',
      '【{shop}】生日快乐！送您成人好物生日礼包一份，凭此短信领取，隐私配送，拒收请回复R',
      '【{shop}】亲，您已连续签到{n}天，再签一天解锁神秘盲盒（成人版）{url} 退订回T',
      '【{shop}】您的专属客服小{zh_surname}已上线，延时/情趣/计生问题一对一解答，+V{handle} 回TD退订',
      '【{shop}】提醒您：您收藏的{toy}库存仅剩{n}件 {url} 退订回N',
      '【{shop}】老客户专享：夫妻情趣礼盒{p}元 包装严密 到付 回T退订',
      '[{shop}]您的会员等级已升级为"黑金" 享成人用品全场7折 {url} 退订T',
      '【{shop}】夜间特惠23:00-02:00 成人好物第二件半价 戳{url} 回T退订',
      '【{shop}】您有一张{n}元无门槛券今晚24点过期 情趣内衣/玩具可用 回T退订',
      '【{shop}】温馨提示：您上次购买的润滑液可能快用完啦 一键复购{url} 拒收回R',
      '【{shop}】限时秒杀：{toy}{p}元 隐私包装 短信不显示品名 回T退订',
      '{shop}：周末快乐 成人用品满99减50 {url} 回T退',
      '【{shop}】尊敬的用户 恭喜您被抽中"夫妻和谐礼包"免费试用资格 仅需付邮费 {url} 退订回T',
      '【{shop}】会员日｜男士延时系列买一送一｜女士私护系列8折｜{url}｜回T退订',
      '【{shop}】亲爱的会员：本月会员日为您准备了三重惠——1.延时喷剂买二送一 2.情趣内衣满199减80 3.消费即送隐私收纳盒 全部顺丰隐私发货 面单不显示品名 详情戳{url} 回T退订',
    ],
    { shop: SHOP }),

  fam('spam', 'adult-products', 'parcel-card-cashback', CARD,
    '包裹卡, 售后卡 and 好评返现 cards slipped into parcels (often of ordinary goods) that promise cash-back or a free gift for adding the shop\'s WeChat, where the 成人好物 "不方便上架" are sold off-platform — adult-product traffic luring through the parcel.',
    [
      '包裹卡：五星好评截图加客服微信 返现{n}元 再送{toy}一个 {ct}',
      '感谢购买！扫码加店长微信 领5元红包 老客户成人好物内部价',
      '【售后卡】晒图好评返{n}元 加V{handle} 另有"夜间福利"款不方便上架 私发',
      '刮开涂层 领取隐藏福利 加客服微信 报暗号"夜"',
      '你买的是手机壳 但我们还有别的 扫码看看 🤫',
      '亲 这张卡片别扔 扫码进VIP群 群里每周团成人好物 比店里便宜',
      '好评返现+免费领延时湿巾一盒 加微信备注订单号',
      '店铺里不敢上的款 都在店长朋友圈 扫码加 看完再说',
      '包裹里那张小卡片 扫码的都是老客了 润滑液半价',
      '（快递盒里的卡片）平台扣点太高 以后直接找我下单 成人用品全线八折 {ct}',
      '温馨提示：加客服微信可享 1.返现 2.私密新品优先购 3.隐私包邮',
      'hp返现 加v 还有福利款 私',
      '买过袜子的老客户 我们家还有"成年人专区" 扫背面二维码',
      '亲爱的顾客您好 感谢您在本店购物 小店不易 如果满意请给五星好评 截图添加售后客服微信即可领取{n}元红包 另外 客服朋友圈会不定期发一些平台不方便上架的成人好物 全部隐私包装 老客户专享价 不需要的朋友请忽略 谢谢支持',
    ]),

  fam('scam', 'purchase', 'cod-refusal-threat', COD,
    'Unordered or "free trial" 男士保健品 shipped 货到付款, then 拒签 met with threats — 违约金, 录音为证, 失信名单, 物流征信, 律师函寄单位, 通知家属 — a purchase scam that forces payment for potency products by fear and shame.',
    [
      '【{tang}】您订购的男士调理套装已发出 到付{p2}元 拒签将承担往返运费及违约金 请知悉',
      '先生您好 您在我们平台参加了免费领取活动 货已发出 到付{p2} 拒收将录入失信名单',
      '您上次电话里已经同意订购了 有通话录音 现在拒收我们只能走法律程序',
      '您好 您的补肾套装被拒签 已产生违约金{n}00元 三日内不处理将寄送律师函到您单位',
      '（回访）您拒收的那单男士保健品 我们这边会按订单地址再寄一次 同时通知您家人确认订单',
      '我们这边显示是您本人下单的 男性调理产品 地址{zh_city}xx路 您不签收的话 退回来的运费和违约金都要您承担',
      '拒签记录已上传物流征信 以后您网购都会受影响 建议您尽快签收 到付{p2}',
      '别怪我没提醒你 拒收的话我们会把订单详情发到你登记的紧急联系人',
      '您好 这边是{tang}售后法务部 您于x月x日订购的{prod}拒收 我方已保留证据 请于48小时内联系处理 {phone}',
      '免费试用装你领了 正装自动发出 到付{p2} 合同里写了的 不签就是违约',
      '喂 大哥 东西都到您楼下了 您现在说不要 这不合适吧 我们成本都出了 您不签我们就上门找您',
      '短信：尊敬的客户 您的保健品订单因拒签产生纠纷 已转入催收流程 回复1同意签收可免除违约金',
      '您拒收第二次了 我们公司有专门的法务 到时候起诉书寄到你公司 大家都不好看',
      '【物流通知】您有一件到付包裹（男士保健品）待签收 金额{p2}元 逾期未签将按违约处理 详询{phone}',
      '王先生您好 我是{tang}的客服主管 之前您在我们这边咨询过男性调理 当时您说考虑一下 我们专家已经按您的情况配了一个疗程并且发出了 货到付款{p2}元 现在物流显示您拒收 这个药是按您个人体质配的 退回来只能销毁 损失需要您承担 请您今天之内联系我们 否则我们只能按合同走法律途径 同时联系您留的家属电话',
    ],
    { p2: ['398', '598', '680', '980', '1280', '1980', 'x98'] }),
];

const BEN: Family[] = [
  ben('health', 'pharmacist-condom-answer',
    'Pharmacists and pharmacy staff answering questions about 避孕套, 润滑剂, 紧急避孕药 and 计生用品 in an ordinary pharmacy — plain medical advice, sometimes turning away 延时 or 神油 requests; nothing is pushed.',
    [
      '您好 避孕套在收银台右手边货架 有超薄和普通的 都是正规厂家',
      '药店里的计生用品都有批号 放心买 需要的话可以让店员帮你拿',
      '问：紧急避孕药要处方吗 答：不用处方 但要尽早吃 最好问下药师',
      '这款是聚氨酯材质的 乳胶过敏的可以用 价格贵一点',
      '药师提醒：避孕套要看生产日期和有效期 放钱包里磨损的别用',
      '润滑剂我们这有医用的 水溶性 跟避孕套一起用没问题',
      '店里也能扫码自助买 不想当面拿的可以用那个 隐私一点',
      '您问的那个延时喷剂 含药的我们要医生处方才能卖 建议先去医院男科看看',
      '不好意思 您说的那种"印度神油"我们药店没有 也不建议网上随便买',
      '避孕套选大小合适的就行 包装上有标称宽度 拿不准可以问我',
      '短效避孕药要连续吃 第一次用最好先咨询医生 我们药师可以给您讲讲注意事项',
      '计生用品柜台在二楼 社区免费发放的也可以去卫生服务中心领',
      'Q:药店会不会问我买这个干嘛 A:不会的 很正常的商品 就像买感冒药',
      '药店小程序下单也行 送药上门 包装是我们统一的药袋',
      '很多顾客买避孕套的时候不好意思 其实完全没必要 这是很普通的计生用品 我们药店每天卖很多 选的时候注意三点：看有没有医疗器械注册证号 看有效期 看包装有没有破损 不确定规格的可以直接问药师 我们会小声跟你说的',
    ]),

  ben('family', 'family-planning-notice',
    'Community health centres, 妇幼保健院, 计生服务站 and workplaces announcing free contraceptive distribution, 婚检/孕检, HIV testing and adult sexual-health talks — public-service notices.',
    [
      '【社区卫生服务中心】本周四上午免费发放避孕药具 凭身份证领取',
      '计生服务站通知：自助避孕药具发放机已在一楼大厅启用 扫身份证免费领',
      '婚前检查和孕前优生检查免费 请新婚夫妇到妇幼保健院预约',
      '本月"婚育健康"公益讲座 主讲人为市妇幼保健院主任医师 面向成年居民 报名请回复姓名',
      '艾滋病自愿咨询检测门诊 周一至周五开放 免费 保护隐私',
      '【{hosp}】计划生育门诊调整出诊时间 上环取环请提前预约',
      '社区通知：世界避孕日宣传活动 周六在{place}设点 免费咨询 免费领取宣传资料和避孕套',
      '性病门诊就诊完全保密 有问题可以先拨打咨询热线',
      '温馨提示：免费避孕药具仅供个人使用 请勿转卖',
      '妇幼保健院男性生育门诊开诊 检查需提前预约 详情看公众号',
      '发放点换地方了 原来的自助机坏了 新的在卫生院一楼药房旁边',
      '工会通知：职工健康讲座"婚育健康那些事" 本周五下午三点 三楼会议室',
      '计生专干提醒：流动人口可在居住地免费领取避孕药具 不用回户籍地',
      '【{hosp}】男性健康义诊周 泌尿外科、男科专家坐诊 现场免挂号费',
      '各位居民：为保障育龄群众的避孕节育权益 本社区卫生服务中心提供免费避孕药具（避孕套、短效避孕药等） 领取方式：1.工作日到一楼计生服务室 2.24小时自助发放机扫身份证 发放全程保护个人隐私 如有疑问请致电社区卫生服务中心',
    ],
    { hosp: HOSP, place: ['社区广场', '文化活动中心门口', '超市门口', '公园东门', '卫生院门口'] }),

  ben('dating', 'couple-condom-talk',
    'Adult couples talking plainly about buying condoms and choosing contraception — who buys, which brand, online or at the supermarket, allergies — ordinary relationship talk with no offer.',
    [
      '套用完了 你下班路过超市顺便带一盒',
      '我在便利店 要哪个牌子的 超薄那种？',
      '下次买大盒的吧 小盒老是不够 还贵',
      '你别不好意思 我去买 收银员根本不看',
      '网上买更便宜 我加购物车了 你看下这款行不行',
      '我们是不是该聊聊避孕的事了 我不想吃药 还是你戴吧',
      '买套这事不丢人 我俩都成年了 该负责就得负责',
      '超市那个自助收银好 直接扫码就行 哈哈',
      '我对乳胶有点过敏 我们换聚氨酯的试试？药店有',
      '快递到了 就是那个 你放心 外包装啥也看不出来',
      '他每次都说下次买 结果都是我买😂 算了 谁买都一样',
      '买了润滑的 水溶性的 医生说这种对皮肤好',
      '宝 药店买的那盒放哪了 床头柜没找到',
      '婚检的时候医生给了好多宣传册 我们看看 选个适合的避孕方式',
      '跟男朋友聊这个聊了好久 最后决定还是他戴套 我不想长期吃药 他一开始说买的时候尴尬 后来发现药店和超市都有 结账时根本没人在意 现在我们各自包里都放一个 以防万一 成年人之间这种事说开了就好',
    ]),

  ben('health', 'andrology-hospital-ask',
    'Men and families asking about 男科 and 泌尿外科 at real public hospitals — which department, weekend clinics, tests, doctors\' advice, distrust of 包治 ads — seeking care, buying nothing.',
    [
      '男科挂哪个号 泌尿外科还是男科 {hosp}的',
      '医生 我最近总是尿频 是不是前列腺的问题 需要做什么检查',
      '在{hosp}男科看了 医生说是焦虑导致的 开了药 让我别乱买网上的',
      '请问三甲医院男科周末有门诊吗 工作日请不了假',
      '医生说这种情况很常见 不是什么大病 按时复查就行',
      '我爸六十多了夜尿多 想带他去男科 挂专家号还是普通号',
      '网上那种"包治"的千万别去 去公立医院 能用医保',
      '男科门诊的医生都很专业 说话也很注意 不用不好意思',
      '问下 精液常规检查要禁欲几天 需要空腹吗',
      '有没有人在{hosp}看过男科 哪个医生好一点 推荐一下',
      '医生 广告上那个"三天见效"的药 能吃吗 我有点不放心',
      '线上问诊平台 挂的是三甲的男科医生 医生让我线下再做个B超',
      '按医嘱吃了两周 复诊的时候医生说指标好多了 继续观察',
      '挂号的时候护士问我看什么 我说男科 她很自然就给我指了路',
      '分享下我的经历：之前因为那方面问题焦虑了好久 网上搜全是小广告 不敢信 后来鼓起勇气去了{hosp} 挂的男科 医生问得很细 做了几项检查 最后说主要是压力大和作息乱 开了药也给了生活建议 两个月后好多了 有同样困扰的兄弟别拖 去正规医院',
    ],
    { hosp: HOSP }),

  ben('shopping', 'lingerie-pajama-ad',
    'Ordinary lingerie, sports-bra, maternity and pyjama shops advertising comfort, sizes and fabrics — 上新, 拍下备注尺码, 包邮, 直播间链接, 会员日 SMS — with no sexual framing.',
    [
      '秋冬家居服上新 珊瑚绒套装{p2} 拍下备注尺码 包邮',
      '纯棉睡衣 亲肤透气 男女款都有 店铺首页看',
      '新款无钢圈内衣 舒适不勒 A-D杯 {p2}两件',
      '真丝睡裙 送妈妈送自己都合适 礼盒包装',
      '孕妇哺乳内衣上新 前开扣设计 详情私我',
      '运动内衣 高强度防震 跑步健身都能穿 {p2}',
      '直播间{n}号链接 纯棉睡衣套装 今晚直播价',
      '女士内裤五条装 纯棉抗菌裆 {p2}包邮',
      '情侣睡衣 卡通款 冬天穿很暖 款式看主页',
      '大码内衣专柜 试穿不尴尬 有女店员 欢迎到店',
      '换季清仓 家居服全场五折 最后三天',
      '睡衣不起球 洗了二十次还是新的 回购第三套了 店铺链接评论区',
      '隐形内衣 婚纱礼服专用 硅胶材质 透气',
      '【{shop2}家居】会员日全场满200减30 退订回T',
      '我们是一家做了十年的内衣睡衣小店 主打舒适和尺码全 很多客人说买内衣最怕不合身 所以店里有量胸围的服务 网上买的话拍下备注身高体重 客服帮你推荐尺码 不合适七天包退 睡衣全是纯棉和莫代尔 秋冬款今天上新',
    ],
    { p2: ['59', '79', '99', '129', '159', '199'], shop2: ['棉语', '暖阳', '素簡', '云朵'] }),

  ben('service', 'privacy-pack-ordinary',
    'E-commerce customer service explaining 隐私面单, 隐私包装 and 不显示品名 for ordinary goods — gifts, wigs, pregnancy tests, adult diapers, hearing aids, medicine, diet meals — routine service talk.',
    [
      '亲 礼物可以不放价签和发票 包装盒上也不会有价格 放心送',
      '您好 我们这边默认隐私面单 收件人电话中间四位是隐藏的',
      '给老婆的惊喜礼物 外包装能不能不写品名？可以的亲 备注"礼物"就行',
      '亲 假发类商品都是隐私发货 外箱只写"日用品"',
      '验孕棒这类商品会用不透明袋 面单只写"个护用品" 亲放心',
      '成人纸尿裤我们是隐私包装 给老人用的很多顾客都这么要求',
      '您好 助听器我们用普通纸箱发 不显示品名',
      '亲 隐私面单是平台统一的 您的姓名和电话在面单上都打码了',
      '您好 药品类订单统一用密封袋 防止拆封 有问题联系客服',
      '亲 脱毛仪可以放快递柜 下单时备注"放柜子"就行',
      '不好意思亲 您说的"快递单不显示"是指品名吗 我们这边默认只写"服饰"',
      '减肥代餐我们都是普通外包装 不会写减肥字样 亲放心',
      '亲 生日惊喜礼盒可以代写卡片 寄件人也可以不写',
      '收到了 包装很好 确实看不出来是什么 给妈妈的生日礼物保密成功',
      '您好 关于隐私包装说明一下：本店所有订单使用平台隐私面单 您的手机号中间四位加密 外包装为无字纸箱 品名统一写"日用品" 如果是送礼 可以备注不放发票和价签 如需放丰巢或驿站 也可以在下单时备注 有其他需求随时联系客服 亲',
    ]),

  ben('news', 'supplement-fine-news',
    'News and regulator notices on fines and cases against 保健品 false advertising — "三天见效", fake 国药准字, 壮阳 claims in 压片糖果, 直播间 removals, 退一赔三 rulings — reporting, not selling.',
    [
      '市监局通报：某公司宣称其"压片糖果"能"三天见效 补肾壮阳" 被罚款{fine}万元',
      '这家保健品公司在朋友圈宣传"包治百病" 构成虚假宣传 被罚{fine}万',
      '【案例通报】某微商团队销售"男士固体饮料" 宣称具有壮阳功效 经检测含西地那非 负责人被刑拘',
      '某直播间销售"补肾胶囊"夸大功效 平台下架商品并封禁账号',
      '市场监管部门提醒：普通食品不得宣称具有保健功能 保健食品不得宣称治疗疾病',
      '新闻：{zh_city}查处一起保健品虚假广告案 涉案产品宣称"国药准字" 实为食品',
      '"蓝帽子"不等于药品 监管部门：保健食品标签须注明"本品不能代替药物"',
      '广告法规定 保健食品广告不得含有表示功效、安全性的断言或者保证',
      '一保健品店向老人推销"神药" 被罚没{fine}万元 店主称"只是说得夸张了点"',
      '电商平台通报：本季度下架违规宣称"壮阳""延时"功效的商品{n}千余件',
      '法院判决：某公司以"三天见效"虚假宣传销售保健品 需向消费者退一赔三',
      '315曝光：所谓"进口神油"实为小作坊灌装 成本几元卖数百元',
      '{zh_city}市场监管局公布十大虚假广告典型案例 多起涉及保健品和男科',
      '罚单显示 该公司在短视频平台发布的广告中使用"无效退款""根治"等用语',
      '据{zh_city}市场监督管理局消息 近日查处一起保健食品虚假宣传案 当事人通过微信朋友圈和直播间销售一款"补肾"压片糖果 宣称"三天见效""国药准字" 经查该产品为普通食品 所谓批号系伪造 执法部门依据广告法对当事人罚款{fine}万元 并没收违法所得',
    ],
    { fine: ['5', '20', '35', '50', '80', '120'] }),

  ben('education', 'mens-health-article',
    'Men\'s-health articles and doctors\' posts — 前列腺, ED as a treatable condition, 肾虚 myths, PSA screening, exercise, smoking, stress — that send readers to real doctors and warn against 神油 and 三天见效 products.',
    [
      '男性健康科普｜前列腺炎不等于前列腺增生 别被小广告吓到',
      '医生说：勃起功能障碍是可以治疗的疾病 首先去正规医院做评估',
      '熬夜、久坐、酗酒是男性健康的三大敌人 比任何"补肾药"都重要',
      '"肾虚"在中医里不是性功能问题 网上那些肾虚自测大多不靠谱',
      '男人50岁以后 建议定期查PSA 尤其是有家族史的',
      '科普：保健品不能代替药物 "三天见效"的宣传本身就违法',
      '规律运动对男性健康有好处 每周150分钟中等强度运动就够',
      '男性也能打HPV疫苗吗？现在部分地区已经批准男性接种',
      '泌尿科医生：尿频尿急先查尿常规 别自己买药',
      '很多男性不好意思就医 其实男科门诊和看感冒没区别',
      '吸烟伤血管 也包括那方面的血管 戒烟是最好的"壮阳"',
      '心理压力会影响性功能 这时候需要的是休息和沟通 不是神油',
      '健康公众号推文：《男性备孕要提前三个月准备》',
      '体检报告上睾酮偏低怎么办？先别慌 复查 再找内分泌科或男科医生',
      '【男性健康月】很多男性朋友出了问题第一反应是上网搜 然后被各种"纯中药""进口神药"的广告吸引 其实性功能问题往往和高血压、糖尿病、心理压力有关 是身体发出的信号 正确的做法是到正规医院的男科或泌尿外科就诊 在医生指导下用药 不要自行购买来路不明的产品',
    ]),

  ben('shopping', 'snack-unmanned-store',
    '24h 无人售货店, 无人便利店 and vending shelves for snacks, drinks and daily goods — openings, 扫码开门, 补货, refunds, even asking about 加盟 — ordinary retail.',
    [
      '小区门口新开了个无人便利店 扫码开门 零食饮料都有 还挺方便',
      '24小时无人售货店 半夜饿了下楼就能买泡面',
      '无人店的冰柜坏了 饮料都是常温的 在小程序里反馈了',
      '【{store}无人便利】新店开业 扫码关注送矿泉水一瓶 地址{place}',
      '这家无人零食店价格比超市便宜 就是品种少点',
      '无人售货柜里的咖啡居然有现磨的 公司楼下放了一台',
      '扫码开门 拿完关门自动扣款 第一次用有点懵',
      '无人店的摄像头挺多的 别想着不付钱哈',
      '问一下 无人店买错了能退吗 客服电话在门上贴着',
      '夜班下班买个饭团 无人店救了我',
      '我们园区的无人货架 都是自觉扫码付款 诚信经营',
      '无人便利店加盟要多少钱？问了几家 都说得先看选址 我再考虑考虑',
      '老板在群里说 无人店今晚补货 想要什么饮料可以留言',
      '无人店的会员日 零食第二件半价 扫码付款自己拿',
      '我家楼下那个24小时无人售货店真的方便 卖零食、饮料、日用品、速冻饺子 扫码进门 拿了东西在自助收银台一扫就走 晚上加班回来也能买到热饮 唯一的问题是有时候补货慢 热门的饮料经常卖空 在小程序里留言老板第二天就补',
    ],
    { store: ['邻家', '便利蜂', '小蓝盒', '好邻居', '24h鲜'], place: ['幸福路12号', '小区北门', '园区B座一楼', '地铁站C口旁'] }),

  ben('police', 'fake-pill-warning',
    'Police, 反诈中心 and community warnings that quote fake 壮阳药, 神油 and 补肾 ads and the 到付拒签 threats ("三天见效", "国药准字", "不签收要付违约金") to tell people not to buy and to call 110.',
    [
      '【反诈提醒】网上销售的所谓"印度神油""进口伟哥"多为假药 切勿购买',
      '警方提示："三天见效 无效退款"的壮阳药广告 十有八九是骗局',
      '派出所提醒：近期有人冒充"男科专家"电话推销保健品 货到付款后拒收被威胁 请直接报警',
      '公安通报：捣毁一个制售假冒壮阳药窝点 查获"纯中药"胶囊{n}万余粒 经检测含西地那非',
      '转发提醒家里老人：有人打电话说"您订的补肾药到了 不签收要付违约金" 这是诈骗',
      '民警提醒：不要相信朋友圈"国药准字""蓝帽认证"的壮阳产品 可以在药监局网站查批号',
      '社区民警进小区宣传：假壮阳药危害大 心脏病患者误服可能危及生命',
      '警方：所谓"延时喷剂 一喷管几十分钟"的产品 很多含有未标注的麻醉成分',
      '【{zh_city}公安】提醒：收到"您的男士保健品订单已发出 到付xxx元"的短信 未下单请拒收 不用理会威胁',
      '反诈中心：以"隐私发货 不显示品名"为卖点的药品 往往来源不明 购买需谨慎',
      '派出所接到报案 老人被推销"补肾神药"花了两万多 民警提醒子女多关心',
      '网警提醒：别点那些"男人加油站"的链接 很多是钓鱼网站',
      '警方破获一起网络销售假药案 嫌疑人在群里冒充"老中医" 称"祖传秘方 三天见效"',
      '提醒大家 拒签没订过的保健品不会上征信 那些说"拒收就起诉"的都是吓唬人',
      '【警情通报】近期我辖区接到多起类似警情：不法分子以"男科专家""健康顾问"名义打电话推销所谓"纯中药补肾套装" 宣称"三天见效" 以货到付款方式发货 群众拒收后又以"违约金""起诉""通知家人"等话术恐吓 请广大群众注意：未经本人同意寄送的商品可以直接拒收 遇到威胁请拨打110',
    ]),

  ben('shopping', 'gift-shop',
    'Gift shops advertising 永生花, 香薰, 情侣小物, 纪念日惊喜盒 and corporate gifts — 拍下备注祝福语, 不放价签, 可代写贺卡, 同城配送 — ordinary gift retail.',
    [
      '七夕礼物推荐 永生花礼盒{p2} 可刻字 拍下备注祝福语',
      '小店上新了情侣钥匙扣 一对{p2} 包邮',
      '生日礼物不知道送啥？来店里看看 香薰蜡烛、音乐盒、手账本都有',
      '男朋友礼物：皮带、钱包、剃须刀套装 礼盒包装 可代写贺卡',
      '礼品店说的隐私发货是啥意思？就是不放价签哈哈 送人体面',
      '纪念日惊喜盒子 里面放照片和信 定制款私我',
      '520礼盒预定中 口红+香水+小熊 {p2} 截单时间19号',
      '创意礼品店 本周新品：星空投影灯 情侣杯 送女友不踩雷',
      '文创礼物 博物馆联名款 书签冰箱贴 {p2}起',
      '送长辈的话推荐茶具礼盒 店里可以包装 也可以同城送',
      '给老公准备了一个惊喜礼盒 店家包装得超精致 还帮我藏了贺卡',
      '公司年会礼品批量定制 可印logo 量大从优 私聊报价',
      '礼品店老板说 快递单上可以不写品名 这样拆礼物更有惊喜',
      '情人节当天同城配送名额满了 需要的提前一天下单',
      '我们是一家开在{place}的小礼品店 主营手工香薰、定制相册、永生花和情侣小物 很多顾客是给另一半准备纪念日惊喜 所以我们可以帮忙写贺卡、不放价签、指定日期送达 外地朋友可以网上下单 店铺链接在主页 同城两小时可送',
    ],
    { p2: ['39', '52', '99', '131.4', '199', '520'], place: ['老街', '万达二楼', '大学路', '步行街口'] }),

  ben('shopping', 'massage-chair-ad',
    'Massage chairs, neck massagers and foot-spa machines advertised and reviewed as gifts for parents and for tired backs — 零重力, 气囊, 分期, 体验店, 直播间链接 — ordinary appliance ads.',
    [
      '家用按摩椅 零重力 全身气囊 {price} 包送货安装',
      '父亲节礼物 按摩椅给老爸 腰背舒服多了',
      '按摩椅体验店开业 免费试坐二十分钟 地址{place}',
      '商场里的共享按摩椅 扫码十块钱十分钟 逛街累了坐一下',
      '颈椎按摩仪 办公室午休用 {p2}',
      '按摩椅分期免息 十二期 到家安装 私聊客服',
      '【{brand2}按摩椅】年货节直降两千 退订回T',
      '这款按摩椅手法有揉捏、敲击、指压 力度可调 老人也能用',
      '按摩椅占地方吗？我家这款靠墙只要5厘米 挺省地方',
      '足疗机 泡脚按摩一体 给妈妈买的 她说晚上睡得好',
      '按摩椅七天无理由 坐着不舒服可以退 运费我们出',
      '直播间{n}号链接 按摩椅今晚直降 下单送靠垫',
      '二手按摩椅转让 用了一年 九成新 同城自提',
      '腰疼去医院看了 医生说按摩椅只能放松肌肉 不能治病 别被夸大宣传骗了',
      '给爸妈挑按摩椅做了不少功课 分享一下：一看导轨 SL导轨覆盖腰臀 二看气囊数量 三看有没有加热 四看售后上门 我最后选的这款不到五千 到家有师傅安装调试 老爸每天看电视的时候按二十分钟 说比去外面按摩店方便',
    ],
    { price: ['2999', '4999', '6800', '1万出头', '3xxx'], p2: ['129', '199', '269', '3xx'], brand2: ['舒享家', '悦康', '轻松坊', '和颐'], place: ['银泰一楼', '家居城3号馆', '人民路88号', '奥莱B区'] }),
];

export const families: Family[] = [...HARM, ...BEN];
