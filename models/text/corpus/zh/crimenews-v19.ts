import { family } from '../types.js';
import { FIN, IMPERSONATE, SV, PROMOTE, PAID } from '../policies.js';
import type { Family } from '../types.js';

/**
 * Crime news and anti-fraud talk, round v19 (benign letter e): police notices, court verdicts, 普法 posts, bank and
 * police 反诈 tips, comments under case news, victims telling their story, parents and teachers warning children, quoted
 * scam texts shown as warnings, 反诈 app promotion. Mostly benign (they talk ABOUT fraud, gambling, drugs, guns, sex work
 * and black markets); a few harmful families imitate exactly this form (fake 反诈中心 recovery fee, gambling ad dressed as
 * news, 普法 account selling 消分/征信修复, victim story ending in a recovery-service contact).
 */

type Slots = Readonly<Record<string, readonly string[]>>;
const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
const PURCHASE = ['cg-fraud-or-scams.a'];
const CARDS = ['cg-fraud-or-scams.c', `${R}.k`];
const GUN = [`${R}.a`];

const h = (label: Family['label'], subtype: string, slug: string, policies: readonly string[], pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.${label}.${subtype}.v19-crimenews-${slug}`, 'zh', label, subtype, policies, pattern, templates, slots ? w(slots) : S);
const b = (subtype: string, slug: string, pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.v19e-crimenews-${slug}`, 'zh', 'benign', subtype, [], pattern, templates, slots ? w(slots) : S);

const S: Slots = {
  city: ['杭州', '东莞', '成都', '郑州', '南宁', '温州', '长沙', '合肥', '昆明', '石家庄', '佛山', '徐州'],
  wan: ['3万', '8.6万', '12万', '20余万', '47万', '1.2万', '5000元', '6万多', '30万', '160余万'],
  num: ['12', '37', '5', '108', '23', '9', '64', '200余'],
  yuan: ['199', '299', '500', '888', '1280', '3000', '680', '1500'],
  who: ['我妈', '我爸', '我姥姥', '我同事', '隔壁王阿姨', '我表姐', '我大学室友', '我舅舅', '楼下大爷'],
  m: ['138****5621', '1xxxxxxxxxx', '电话xxxxxxxxxxx', '186＊＊＊＊2234', '177xxxx9031', '微信**********'],
  app: ['国家反诈中心APP', '反诈APP', '国家反诈中心', '96110'],
  scamkind: ['刷单返利', '虚假投资理财', '冒充客服', '冒充公检法', '网络贷款', '杀猪盘', '游戏交易', '冒充领导'],
};
const w = (slots: Slots): Slots => ({ ...S, ...slots });

const harmful: readonly Family[] = [
  h('scam', 'impersonation-authority', 'fake-fanzha-recovery-fee', IMPERSONATE,
    'Poses as 反诈中心/网警 and asks fraud victims to pay a fee (保证金, 解冻费, 立案费) to get their money back; real police never charge.', [
      '您好，这里是{city}市反诈中心，您被骗的{wan}已追回，需缴纳{yuan}元手续费后原路退回',
      '【反诈中心】你的被骗资金已冻结在安全账户，请添加专员{handle}办理退款，逾期视为放弃',
      '被骗的朋友看过来 我们是网警追损组 已帮{num}人追回损失 先交立案费{yuan}',
      '你好 你在{scamkind}平台的损失我们已经立案 要解冻需要先缴纳保证金 微信**********',
      '喂 你好 这边是反诈中心的 那个 你之前被骗的钱 嗯 已经找到了 就是需要你先交一个 那个 资金核验费 交了当天就到账',
      '国家反诈中心通知：您的追回款因账户异常被锁定，请于24小时内支付解冻费{yuan}元至指定账户 {url}',
      '我是{city}公安经侦的张警官 你那笔钱追回来了 但要交百分之十的退赃手续费 你转到这个卡上就行',
      '追回款已到账待发放，请下载{lookalike_url}登记身份信息并缴纳个人所得税',
      '反诈专员：亲 你的案件我们在跟进 先交{yuan}做资金溯源 不交系统无法匹配',
      '网警追损 全国受理 先追后付（仅收少量工本费）联系{phone}',
      '被骗不要怕，官方追回通道 {url} 填写被骗金额即可申请退款，审核费{yuan}',
      '你好这里是反诈中心 你的退款已审批 需要你配合开通一个安全账户把余额转进去验证',
    ]),
  h('scam', 'purchase', 'victim-story-recovery-contact', PURCHASE,
    'Reads as a victim telling her story but ends by recommending a paid 追款/黑客追回 service; the recovery service is the scam.', [
      '我去年被{scamkind}骗了{wan}，报警一直没消息，后来朋友介绍了一个追款老师，三天就追回来了，需要的私我',
      '姐妹们 被骗了别光等警察 我就是找这个团队追回的 {zh_contact}',
      '真实经历：被骗{wan}差点跳楼，幸亏遇到技术大神帮我从平台后台把钱拿回来了，先追回后付费，v：**********',
      '被网赌平台黑了不给出款的看我主页 专业出黑 成功率90%',
      '同样被骗的可以问我 我找的人很靠谱 已经追回一半了 {handle}',
      '说个我家的事，{who}被{scamkind}骗了{wan}，派出所说很难追，后来找了个律师团队，交了{yuan}服务费，钱真回来了。有需要联系{phone}',
      '平台不给提现的 冻结的 审核不通过的 找我们 技术出款 不成功不收费',
      '被骗的钱能追回！！我亲测 加这个老师 {qq}',
      '被骗以后我每天以泪洗面…直到遇见王律师，他们有内部渠道能直接冻结骗子账户，评论区扣1我发你联系方式',
      '嗯 我跟你说 我之前也是被骗 后来 那个 找的追损中心 他们有关系 你加一下 这个号 xxxxxxxxxxx',
    ]),
  h('gambling', 'casino', 'news-post-gambling-ad', PROMOTE,
    'Dressed as a news item about a gambling bust or a winner, but carries a gambling site, invite code or 带单 offer.', [
      '【突发】{city}一男子网上娱乐一晚赢{wan}！平台正规秒到账，同款平台：{url}',
      '警方提醒：不要去小平台赌，要玩就玩大平台，我们是亚洲正规持牌，注册送{yuan}',
      '新闻｜百家乐技巧被曝光，专业团队带你稳赚，加{handle}进群',
      '某地赌场被端了，还在找靠谱场子的兄弟来我们这，线上真人，出款快 {url}',
      '今日头条：网友靠这个APP月入{wan} 下载{lookalike_url} 邀请码8866',
      '【财经快讯】体育投注合法化？懂的都懂 世界杯 足球 篮球 全开 {zh_contact}',
      '法院判了开设赌场罪又怎样 我们服务器在境外 安全 稳 上分找客服',
      '网赌被抓的都是小平台 咱家不一样 十年老站 注册即送 {url}',
      '热点：彩票中奖者分享经验，{num}期稳中，跟单群 {qq}',
      '快讯：棋牌室被查，想玩的别去线下了，线上房卡群 24h有局 微信**********',
    ]),
  h('spam', 'service-ads', 'pufa-account-xiaofen', SV,
    'A 普法/交通安全 account that sells 消分, 代扣分, 驾照代办 behind a legal-education front.', [
      '【交通普法】扣分满12分怎么办？别慌，专业消分，一分{yuan}，不用本人到场，{zh_contact}',
      '普法小课堂：驾照代扣分是违法的哦～但我们有正规渠道帮你处理 私信',
      '驾照快满分的看这里 代消 当天处理 电话xxxxxxxxxxx',
      '讲个法律知识：扣分可以学习减免。嫌麻烦的直接找我 包过 {handle}',
      '违章多了别怕 {city}本地消分 有需要的私聊',
      '律师说法｜记满12分会被降级？想保住驾照扣1，内部名额',
      '消分消分 高速扣分也能处理 一条龙 微信**********',
      '交通法规解读来了！文末福利：免学习消分渠道 {url}',
      '本号长期普及交规，同时提供驾照代办、年审代办、扣分代处理业务',
      '扣6分的 扣9分的 加我 价格美丽',
    ]),
  h('scam', 'loan', 'pufa-credit-repair', FIN,
    'A 普法 or bank-tips account that sells 征信修复, 洗白逾期, 内部删除记录 — paid services that cannot exist.', [
      '征信花了别着急，普法一下：逾期记录其实可以申诉删除，我们有银行内部关系 {zh_contact}',
      '【金融普法】个人征信修复 不良记录消除 当月见效 不成功退款 {phone}',
      '反诈提醒：市面上很多征信修复是骗子！我们是唯一正规持证机构，先咨询后付费',
      '逾期 呆账 查询多 都能修 需要的私信 微信**********',
      '律师团队专业处理征信异议，去除逾期记录，{yuan}起',
      '征信黑了贷不了款？看完这篇你就懂了 文末有内部渠道 {url}',
      '帮你洗白征信 让你重新贷款买房 咨询{handle}',
      '银行不会告诉你的秘密：逾期记录交钱就能删，加我 xxxxxxxxxxx',
      '普法：征信有问题可以依法申诉。实在搞不定的找我们代办，三天出结果',
    ]),
  h('scam', 'phishing', 'fake-fanzha-warning-sms', IMPERSONATE,
    'An SMS written as a 反诈 warning (账户存在风险, 涉嫌洗钱) that sends the reader to a phishing link or a "safe account".', [
      '【国家反诈中心】检测到您的银行卡存在涉诈风险，将于今日冻结，请登录{lookalike_url}解除',
      '【{city}公安】您的身份信息涉嫌洗钱案件，请点击{url}配合核查，否则将被列入失信名单',
      '反诈预警：您近期有一笔可疑转账，为保障资金安全请将余额转入国家安全账户',
      '【反诈提醒】您的医保卡被盗用，回复1转人工处理，或访问{lookalike_url}',
      '尊敬的用户：系统检测到您安装了涉诈APP，需重新实名认证 {url}，逾期停机',
      '【XX银行反诈】你的账户被他人冒用申请贷款，请立即联系专员{phone}注销',
      '您好 这边是反诈中心的 检测到你手机上有诈骗软件 你现在按我说的 打开那个屏幕共享',
      '【国家反诈】您已被列为高危用户，请于24小时内下载官方认证软件：{lookalike_url}',
    ]),
  h('regulated', 'bank-cards', 'bangxin-pufa-card-buying', CARDS,
    'Talks about 帮信罪 like a 普法 post but recruits people to rent or sell bank cards, 对公户, 电话卡.', [
      '普法：帮信罪是明知还出租！你不知道就没事～高价收一类卡，一张{yuan}，{zh_contact}',
      '都说出卡犯法，其实我们是正规流水，不涉诈，收对公户 日结',
      '学生党看过来 手里闲置银行卡别浪费 出租一天{yuan} 安全不判',
      '新闻说卖卡判刑吓人吧 放心 我们只做跑分 不碰黑钱 微信**********',
      '帮信罪科普：只有明知是诈骗才算。我们这边走的是游戏流水，收卡 收手机卡 {handle}',
      '收四件套 卡 U盾 手机卡 身份证复印件 价格好说',
      '你那张不用的卡借我过个账 给你抽点 别听新闻瞎说',
    ]),
  h('regulated', 'weapons', 'gun-news-comment-seller', GUN,
    'A comment under gun-case news that sells 仿真枪/气狗 or parts.', [
      '这种都是买到假货了 要真的找我 气狗 实物拍 {zh_contact}',
      '新闻里那款有现货 私我',
      '判那么重？我这儿发货都走拆件 安全 要的滴滴',
      '看完新闻想入一把的 PCP 秃鹰 有渠道 {handle}',
      '那人是不懂行 找对人就不会被抓 出狗 出配件 微信**********',
      '评论区有要 1:1金属的 可以走闲鱼暗号',
    ]),
  h('sexual', 'solicitation', 'saohuang-news-comment-ad', PAID,
    'A comment under 扫黄 news that advertises paid sex (同城, 上门, 安全不查).', [
      '那家被查了 来我这 安全不查 同城上门 {zh_contact}',
      '扫黄又怎样 我们私人工作室 熟客介绍 {yuan}一次',
      '新闻里的店关了的兄弟 换这家 {city}可约 qq{qq}',
      '要放松的私 全程保密 不在店里 不怕查',
      '被抓是因为去了洗浴中心 找我们 上门服务 电话xxxxxxxxxxx',
      '{city}同城 学生兼职 一条龙 看主页',
    ]),
];

const benign1: readonly Family[] = [
  b('police', 'police-case-notice', 'Police 警情通报 on fraud, gambling or drug cases: numbers arrested, amounts, no offer.', [
    '【警情通报】{city}警方破获一起{scamkind}诈骗案，抓获犯罪嫌疑人{num}名，涉案金额{wan}',
    '近日，{city}公安成功打掉一个网络赌博团伙，现场查获赌资{wan}',
    '警方通报：一男子贩卖毒品被当场抓获，缴获冰毒若干克，案件正在进一步侦办中',
    '{city}警方捣毁一个非法制售仿真枪窝点，收缴枪支{num}支',
    '通报｜{city}某足浴店涉嫌组织卖淫，{num}人被依法刑拘',
    '破获跨境电诈案件，冻结涉案资金{wan}，返还群众{wan}',
    '警方打掉一个帮信团伙，该团伙收购银行卡{num}张用于转移诈骗资金',
    '经查，犯罪嫌疑人李某（男，32岁）以“高额返利”为诱饵，骗取{num}名受害人钱财',
    '目前，犯罪嫌疑人已被依法采取刑事强制措施，案件正在进一步侦办中。',
    '{city}公安：打击电诈 守护钱袋子 今年以来已止付冻结{wan}',
    '抓获非法收购野生动物嫌疑人{num}名，现场查获穿山甲鳞片',
    '本周{city}共接报电信网络诈骗警情{num}起，其中{scamkind}类占比最高',
  ]),
  b('news', 'court-verdict', 'Court verdicts and 判决 reports on fraud, gambling, 帮信, drugs, guns.', [
    '法院一审判决：被告人张某犯诈骗罪，判处有期徒刑{num}年，并处罚金{wan}',
    '{city}中院宣判一起特大网络赌博案，主犯以开设赌场罪获刑七年',
    '大学生出借银行卡获利500元，被判帮信罪，缓刑一年',
    '男子网购仿真枪被认定为枪支，以非法持有枪支罪判处有期徒刑三年',
    '判了！组织他人跨境赌博的王某获刑{num}年',
    '法院认定，被告人明知他人利用信息网络实施犯罪仍提供支付结算帮助，构成帮信罪',
    '贩卖毒品罪 被告人何某 判处有期徒刑十五年 没收个人全部财产',
    '二审维持原判。',
    '老人被骗的养老钱已通过执行程序退赔大部分',
    '本案中，被告人以交友为名诱导被害人投资虚拟币，骗取钱财{wan}，法院以诈骗罪判处',
  ]),
  b('news', 'pufa-explainer', '普法 posts explaining 帮信罪, 开设赌场罪, 非法持枪 etc.; they teach the law and sell nothing.', [
    '什么是帮信罪？简单说就是明知别人搞电诈，还给他提供银行卡、电话卡、支付结算帮助',
    '普法时间：出租出借银行卡，哪怕只拿了几百块好处费，也可能构成帮助信息网络犯罪活动罪',
    '开设赌场罪不仅指线下开赌场，建立赌博网站、当网站代理、拉人头也算',
    '一分钟了解：参与赌博是违法，组织赌博可能是犯罪',
    '法条：《刑法》第三百零三条 以营利为目的，聚众赌博或者以赌博为业的……',
    '问：帮别人收了一笔钱转出去算犯罪吗？答：如果明知是诈骗款，可能构成掩饰隐瞒犯罪所得罪',
    '律师提醒：买卖微信号、QQ号也可能违法',
    '普法｜仿真枪不是玩具，枪口比动能≥1.8焦耳/平方厘米即认定为枪支',
    '容留他人吸毒也是犯罪，不管你自己吸没吸',
    '网络上“消分”“代扣分”都是违法行为，买分卖分双方都要受处罚',
    '征信修复？征信记录只能由金融机构依法更正，所谓“花钱洗白”都是骗局',
    '今天说说跑分：用自己的收款码帮别人收款转账赚佣金，本质就是帮诈骗分子洗钱',
    '非法买卖野生动物及其制品，情节严重的，处五年以上十年以下有期徒刑',
  ]),
  b('finance', 'bank-antifraud-tip', 'Bank 反诈 tips in app pop-ups, SMS and counter notices: what the bank never asks for.', [
    '【{city}银行温馨提示】我行工作人员不会以任何理由向您索要短信验证码，谨防诈骗',
    '温馨提醒：凡是要求转账到“安全账户”的，都是诈骗！',
    '尊敬的客户，近期冒充客服退款诈骗高发，请勿点击陌生链接，如有疑问请拨打官方客服',
    '柜台提示：大额转账前请与家人沟通，如对方自称公检法，请立即挂断',
    '银行不会让你下载会议软件、开屏幕共享',
    '防骗三不：不轻信、不透露、不转账',
    '您的银行卡请勿出租出借，否则可能被纳入惩戒名单，5年内限制非柜面业务',
    '银行提醒：老年朋友取大额现金时，工作人员会多问几句，请理解，这是为了保护您的资金',
    '近期有不法分子冒充我行发送“积分兑换”短信，链接均为钓鱼网站',
    '反诈小贴士：陌生来电说你贷款利率要调整、要注销校园贷的，一律是诈骗',
  ]),
  b('police', 'fanzha-app-promo', 'Police and communities promoting 国家反诈中心APP, 96110 and 反诈宣传 events.', [
    '下载{app}，来电预警、诈骗短信提醒，全家人都装上',
    '接到96110的电话请一定接听，那是反诈民警在提醒你',
    '社区反诈宣传进小区啦！本周六上午9点在小区广场，现场扫码下载{app}送鸡蛋',
    '各位家长：请协助孩子安装{app}，班级统计截图发群里',
    '单位要求每人都装{app}，截图发我，今天下班前',
    '反诈宣传月 | 民警走进{city}某中学开展防范电信诈骗讲座',
    '装了反诈APP后陌生号码会提醒是不是骗子，挺好用的',
    '今天去派出所办身份证，民警顺手帮我装了反诈APP哈哈',
    '这个反诈APP开启来电预警要怎么设置，有没有人教教',
    '96110是全国反诈专线，遇到可疑情况可以直接拨打',
    '【{city}反诈中心】全民反诈，从我做起，扫码关注公众号学习防骗知识',
  ]),
  b('news', 'quoted-scam-warning', 'Someone quotes a scam message only to warn others (收到这种短信别点); the harm is quoted, not sent.', [
    '收到这种短信千万别点！“您的ETC已失效，请点击链接认证”全是假的',
    '大家注意，最近有人冒充快递说“您的包裹丢失，理赔请加客服”，别信',
    '截图给大家看看，什么“刷单一单返10%”，一看就是骗子',
    '我刚接到电话，说我是“{city}公安局”，说我涉嫌洗钱，我直接挂了',
    '又来了又来了 “宝贝，我换号了，加我新微信” 我妈差点信了',
    '这种“您的医保卡被冻结”的短信，别点链接，直接删',
    '提醒：“领导”加你好友让你转账的，先打电话核实！',
    '今天群里有人发“日结兼职 动动手指一天300”，已经踢了，大家别上当',
    '注意看这个链接，xx-bank什么的，是仿冒网站，真正的官网不长这样',
    '有人打电话说我的“百万保障”要扣费，让我关掉，这个是骗子对吧',
    '收到一条短信：“您的积分即将清零，请点击兑换”，各位家里老人注意',
  ]),
  b('family', 'family-group-warning', 'Adults in family and class groups warning parents, elders and kids about scams; caring, no offer.', [
    '爸妈，陌生人打电话说我出事要钱的，一律先打我电话！',
    '@{who} 这种保健品讲座别去了，就是骗钱的',
    '姥姥，电话里说送鸡蛋领礼品的都别去',
    '孩子们注意：游戏里说送皮肤、要扫码的，都是骗子，不许告诉别人家长的手机验证码',
    '妈 你别再往那个理财群里转钱了 那是骗子',
    '再说一遍，任何人让你转账都先问问我',
    '群里长辈注意：最近冒充孙子借钱的电话很多',
    '家长群通知：近期有冒充班主任在群里收资料费的，收费一律以学校通知为准',
    '老师提醒：不要让孩子独自使用家长手机支付，寒假谨防“游戏充值退款”诈骗',
    '同学们，网上说“兼职打字员先交押金”的，全是骗局',
    '我爸差点被冒充公安的骗了，还好银行柜员拦住了，大家回家跟老人说说',
    '老公 你转发给你爸妈看看 这个骗局专骗老年人',
  ]),
];

const benign2: readonly Family[] = [
  b('chat', 'news-comment-scold-scammer', 'Comments under fraud news cursing scammers in general and praising police; anger at no person here.', [
    '骗子不得好死', '抓得好！', '这种人就该判重点', '骗老人的钱，良心被狗吃了', '警察蜀黍辛苦了👍',
    '希望钱都能追回来', '判太轻了', '又是缅北那帮人吧', '骗子真是无孔不入', '点赞{city}警方',
    '天天都有人被骗，还是宣传不够', '被骗{wan}？这得攒多少年啊', '作恶的迟早要还',
    '看到这种新闻我都要转给我妈看一遍', '为民警点赞，为受害者祈祷',
  ]),
  b('chat', 'news-comment-sigh', 'Short sighs and reactions under case news (赌博, 吸毒, 卖卡); people reflecting, not offering.', [
    '赌博害人啊', '十赌九输，还有一个是庄家', '网赌毁一生', '拿几百块钱把自己送进去了，图啥',
    '年纪轻轻的，可惜了', '毒品真的碰不得', '卖卡的学生太傻了', '为了五百块判刑，不值',
    '我一亲戚就是赌光了房子', '看完后背发凉', '这就是贪小便宜的下场', '哎 家里人得多难受',
    '有些人就是不信邪', '珍爱生命，远离黄赌毒', '真是活久见',
  ]),
  b('chat', 'victim-story', 'Victims telling what happened and asking what to do; they describe the harm, the reply is 报警.', [
    '我被骗了{wan}，是{scamkind}，已经报警了，还能追回来吗？',
    '昨天下午接到自称快递的电话，说我包裹丢了要理赔，我按他说的开了屏幕共享，卡里的钱全没了，现在整个人都是懵的',
    '求助：网上认识的男生拉我去一个投资平台，开始能提现，后来充了{wan}就提不出来了，怎么办',
    '刷单被骗了，先给小额返利，后来说要连续做三单才能返，我一共转了{wan}',
    '被骗的钱派出所说已经立案了，就是不知道要等多久',
    '写出来给大家提个醒，我就是太相信“客服”了',
    '今天去反诈中心做笔录，民警说这种案子很多，让我别自责',
    '我妈被人骗买了{wan}的保健品，能退吗',
    '被骗后又有人联系我说能帮追回，要先交钱，我没理，是骗子吧？',
    '真的很后悔 一时贪心 大家千万别碰这种',
    '游戏账号被骗了，说好的交易付了钱对方就拉黑了',
    '有没有人也在这个平台被骗的？一起去报案',
  ]),
  b('chat', 'ask-is-this-scam', 'People asking others whether a message, call or offer is a scam before acting.', [
    '这是骗子吗？', '有人说我中奖了让我交税，真的假的', '这个兼职靠谱吗 要先交{yuan}押金',
    '接到一个电话说我的快递有违禁品，要我配合调查，这是诈骗吧', '帮看看这个链接是不是钓鱼的',
    '闲鱼买家让我去另一个链接收款，是不是有问题', '陌生人加我说是我领导，要我先垫钱，怎么判断',
    '说我的抖音开通了什么会员要扣费，要关掉才行，是骗局吗', '网贷说我要先交解冻金才能放款，正常吗',
    '有人在游戏里说可以低价卖皮肤 走私下交易 能信吗', '一个女的加我聊了半个月，现在让我买她推荐的币……',
  ]),
  b('education', 'teacher-class-warning', 'Teachers and school notices warning students about 校园贷, 刷单, 卖卡, 网赌 and 电信诈骗.', [
    '各位同学，近期有不法分子以“高价收购银行卡”为名诱导学生出租银行卡，请勿参与，后果严重',
    '开学第一课：防范电信网络诈骗',
    '辅导员提醒：校园贷、裸贷、刷单兼职都是陷阱，遇到问题及时找老师',
    '请各班班长统计反诈知识答题完成情况，周五前上报',
    '上周我院一名同学因出借手机卡被公安约谈，请大家引以为戒',
    '同学们寒假打工要找正规渠道，不要交任何押金和培训费',
    '关于开展防范网络赌博主题班会的通知',
    '提醒新生：自称“学长”让你缴学费到个人账户的，全是骗子',
    '游戏交易、追星集资、兼职刷单，是针对学生最常见的三种诈骗',
    '学生手机卡、银行卡不要借给任何人，哪怕是同学',
  ]),
  b('police', 'police-talk-elders', 'Community police and 网格员 talking to elders about 保健品, 养老, 冒充 scams, often in speech style.', [
    '大爷大妈们 今天跟大家说说 这个 打电话说你孙子出事了要钱的 那都是骗子 啊 先给家里人打电话',
    '阿姨 您这个钱先别转 我们是派出所的 您儿子那边我们已经联系了',
    '凡是讲课送鸡蛋 送米面油的 最后都要你买东西',
    '社区提醒：所谓以房养老、高息理财，很多是非法集资',
    '民警上门走访：最近有人冒充社保局说养老金要认证，大家别信',
    '养老钱是保命钱，别轻易投出去',
    '我们社区今天组织老人看反诈小品，笑得不行但都记住了',
    '大妈 那个人说给你办医保卡升级的 你别给他身份证号',
  ]),
];

const benign3: readonly Family[] = [
  b('news', 'drug-case-report', 'News and comments on drug cases, 禁毒 education and 626 禁毒日; no sale.', [
    '6·26国际禁毒日，{city}集中销毁毒品{num}公斤', '禁毒宣传进校园：认识新型毒品，小心“奶茶”“跳跳糖”伪装',
    '警方提示：“聪明药”“减肥药”有的含有毒品成分', '今天带孩子参观禁毒教育基地，孩子说以后绝不碰',
    '缉毒警察是最危险的职业之一，致敬', '新闻说有人把毒品藏在茶叶包装里，太离谱了',
    '禁毒知识竞赛报名开始了，单位每个部门出两个人', '笑气不是玩具，吸多了会瘫痪',
    '戒毒所开放日活动，听戒毒人员讲经历，很震撼', '禁毒社工招募志愿者，有兴趣的联系社区',
  ]),
  b('news', 'gun-case-report', 'Reports and talk about 仿真枪/气枪 cases and 枪支管理; no offer or channel.', [
    '男子网购{num}支仿真枪被判刑，法院：经鉴定属于枪支', '家长注意：给孩子买玩具枪要看清楚，别买能发射硬弹的',
    '警方收缴非法枪支弹药{num}支，集中销毁', '为啥我们国家禁枪？看看国外校园枪击就懂了',
    '摆摊打气球的大妈被判刑那个案子，后来改判了', '玩具枪和仿真枪怎么区分，有懂的吗',
    '非法持有枪支罪，三年起步', '看新闻才知道气枪也算枪支', '枪支管理法规定，禁止任何单位和个人非法制造、买卖、运输枪支',
  ]),
  b('news', 'prostitution-case-report', 'Reports and comments on 扫黄 cases and 卖淫嫖娼 law; no offer.', [
    '{city}警方开展扫黄专项行动，查处涉黄场所{num}家', '嫖娼会被处十日以上十五日以下拘留，可以并处五千元以下罚款',
    '某地足浴店以按摩为名容留卖淫，老板被判刑', '这种新闻每年都有，抓了又开', '男子网上约“上门服务”被骗{wan}，报警后自己也被处罚',
    '警方提醒：所谓“同城交友”“上门按摩”广告，多数是诈骗', '组织卖淫罪是重罪', '看到标题还以为是正规按摩店',
  ]),
  b('news', 'gambling-case-report', 'Reports, comments and 普法 on gambling cases, 世界杯 网赌 warnings, 赌徒 stories.', [
    '世界杯期间警方提醒：网上赌球必输，千万别碰', '一男子网赌输光{wan}积蓄，妻子带孩子离开',
    '{city}破获特大网络赌博案，涉案流水{wan}', '赌博平台后台可以控制输赢，你赢不了的',
    '我一同事赌球欠了一屁股债，现在天天被催', '参与网络赌博的，赌资可以被依法没收',
    '赌徒戒赌第{num}天打卡', '春节期间打麻将小来小去没事，赌资大了就是违法了', '“先让你赢，再让你输”，所有网赌都是这个套路',
  ]),
  b('chat', 'ordinary-phone-call', 'Everyday lines with 打电话, 回电话, 号码 (often redacted), which the model misreads as scam calls.', [
    '到了给我打电话', '刚才谁打我电话没接到', '晚点给你回电话', '快递员电话xxxxxxxxxxx，到了会打给你',
    '我手机号换了，新号138****5621，旧号停了', '师傅，我在东门，你到了打个电话', '电话打不通，是不是没电了',
    '开会呢，一会打给你', '给我妈打了个电话，她说都挺好', '房东电话186＊＊＊＊2234，有事直接打',
    '老王让你回个电话', '物业电话多少啊', '客服电话打了半天都占线',
  ]),
  b('service', 'ordinary-visit-repair', 'Ordinary 上门 repairs, 预约 visits and 到家 services, which share words with sex ads.', [
    '空调师傅明天上午上门安装', '热水器坏了，预约了师傅下午上门', '宽带装机师傅上门了，稍等',
    '上门取件，快递员下午两点到', '家政阿姨每周三上门打扫', '社区医生上门给老人打疫苗',
    '约了开锁师傅，说二十分钟到', '上门维修费{yuan}，配件另算', '有没有{city}靠谱的上门修洗衣机的',
    '今天约了朋友吃火锅', '周末约个球？', '约了牙医周五下午',
  ]),
  b('games', 'ordinary-game-topup', 'Game 充值, 抽卡, 皮肤 talk among players; official top-ups, no trade or gambling.', [
    '今天充了个月卡', '648一发入魂！', '抽了八十抽才出金，非酋本酋', '新皮肤好看是好看，就是太贵',
    '这游戏不充钱也能玩', '官方活动首充双倍，冲了', '充值记得走官方渠道，别找代充', '攒了三个月的原石',
    '限定池歪了😭', '小号也充了个六元',
  ]),
  b('chat', 'ordinary-errand-dai', 'Ordinary 代 errands among friends and neighbours (代取快递, 代买, 代课), not black-market 代办.', [
    '谁能帮我代取个快递，菜鸟驿站的', '明天我请假，你帮我代个班', '帮我代买一杯奶茶，回来转你',
    '校园代取快递，一件两块，宿舍楼下', '今天代课老师人挺好', '我妈让我代她去开家长会',
    '麻烦帮我代签收一下', '帮我带个饭呗', '代我向你爸妈问好',
  ]),
  b('finance', 'ordinary-transfer-talk', 'Everyday 转账, 红包, AA, 收款码 talk between friends and shops.', [
    '钱转你了，查收一下', 'AA一人{yuan}', '收款码发我', '红包收到了，谢谢老板', '房租已转，麻烦开个收据',
    '你那个转账我点了收款', '先垫着，回头转你', '扫这个码付款就行', '微信转账超过限额了，我分两次转',
  ]),
];

const benign4: readonly Family[] = [
  b('police', 'real-96110-call-transcript', 'Speech-to-text of real 96110/民警 calls stopping a fraud: they ask the person to stop transferring, never to pay.', [
    '喂 你好 我这边是{city}反诈中心的民警 那个 你现在是不是在跟人做什么投资 嗯 你先别转钱啊 那是骗子',
    '阿姨 您别挂 我们是派出所的 就是那个 刚才给您打电话说您涉嫌洗钱的那个 是骗子 您千万别去银行转',
    '嗯对 你这个情况 就是典型的刷单诈骗 你不要再充钱了 已经被骗的部分 你来派出所报个案',
    '你好 我们系统预警到你刚刚接了一个境外诈骗电话 他有没有让你下载什么软件 没有是吧 好的 那你记住 不要转账',
    'A：喂 哪位 B：你好 这里是96110 反诈专线 提醒您 最近有人冒充客服 您没有给别人验证码吧 A：没有没有 B：好的 注意防范',
    '就是 我们是公安局的 真的 你可以打110核实 我们不会让你转任何钱 就是提醒你一下',
    '您好 您刚才有一笔转账 我们这边已经帮您止付了 您尽快到附近派出所做笔录',
    '小伙子 你那个网上认识的女朋友 让你充钱的那个平台 是杀猪盘 你听我说 一分钱都别再充',
  ]),
  b('news', 'headline-list-redacted', 'News headlines and 热搜 lines on cases, often with redacted names and numbers.', [
    '男子被骗xx万 警方追回', '#{city}警方通报一起诈骗案#', '女子轻信“高额返利”被骗xxxxx元',
    '热搜：冒充“李某某”直播带货被查', '某地破获特大电诈案 涉案金额x亿元', '老人手机收到xxx开头短信 险些被骗',
    '男子为赚xx元好处费出卖银行卡 获刑', '@{city}发布：谨防“xx保障”扣费诈骗', '大学生网赌欠债xx万 家长崩溃',
  ]),
  b('shopping', 'platform-service-antifraud', 'Shops and platform customer service reminding buyers that they never ask for off-platform payment.', [
    '亲，本店不会以任何理由让您加微信退款哦', '温馨提示：平台客服不会要求您提供银行卡密码和验证码',
    '有人冒充本店客服联系您说订单异常的，请不要理会，以平台消息为准', '理赔都在平台内处理，无需您转账',
    '亲亲 我们发货不用另外付运费的 如有人联系收费请举报', '闲鱼交易请走平台担保，别私下转账',
    '买家注意：收到“退款链接”请先联系官方客服核实',
  ]),
  b('work', 'company-antifraud-notice', 'Company and finance-department notices about fake boss / 冒充领导 scams.', [
    '财务部通知：任何人通过QQ或微信要求转账的，一律电话确认，老板本人也不例外',
    '【重要】近期有人冒充公司领导添加员工好友，请大家提高警惕', '公司反诈培训下午三点，三楼会议室',
    '再次提醒：公司不会通过私人账户收取任何费用', 'HR提醒：收到“入职体检费”“培训费”要求的，不是我们公司发的',
    '刚才那个自称“张总”的号不是张总，已经举报了', '报销流程走OA，不走私聊',
  ]),
  b('chat', 'recovery-scam-warning', 'Victims and police warning that 追款/出黑/征信修复/消分 offers are second scams.', [
    '被骗后联系你说能追回的，百分百是二次诈骗', '所谓的“网警追损”“律师团队包追回”，都是骗子',
    '我就是被骗后又找了“出黑大师”，又被骗了{wan}，别学我', '征信修复都是骗人的，别交钱',
    '花钱消分的，分没消掉，钱没了，驾照也悬', '真正的反诈中心不会收你一分钱', '评论区那些说能追回的全是托，别信',
    '被骗的钱只能通过公安追回，私人机构没有权限冻结账户',
  ]),
  b('lottery-news', 'lottery-draw-news', 'Official lottery draw results and news about winners; no betting service or 带单.', [
    '双色球第{num}期开奖结果公布', '{city}彩民喜中大乐透一等奖，已兑奖', '今晚的体彩你买了吗，我就买了两注玩玩',
    '福彩中心提醒：请到正规彩票站购买，网上私彩不受法律保护', '中奖者戴着卡通头套领奖，哈哈哈',
    '彩票随缘就好，别当投资', '我爸每周买一注，坚持十年了，最多中过两百',
  ]),
  b('chat', 'short-sports-reaction', 'Very short sports reactions (赢了, 稳了, 绝杀), not betting.', [
    '赢了！', '稳了稳了', '绝杀！！！', '这球该进的', '裁判瞎了吧', '下半场看好你', '主场必胜', '太刺激了',
    '今晚谁赢？', '{city}加油', '看球看到凌晨三点', '这比分我猜对了哈哈',
  ]),
  b('chat', 'lawyer-qa-relative-case', 'Relatives asking a lawyer about a family member caught for 帮信, 赌博 or 卖卡; help-seeking, no offer.', [
    '我弟弟借银行卡给朋友，现在被警察叫去了，会判吗', '请问律师，儿子参与网络赌博被抓，我们家属能做什么',
    '老公被以帮信罪刑拘了，退赃能不能从轻', '孩子卖了手机卡，只拿了两百块，学校会开除吗',
    '律师您好，我表哥开麻将馆被查了，算开设赌场吗', '家里老人被骗的钱，法院判了退赔，可是对方没钱怎么办',
    '取保候审需要什么条件？', '律师回复：如果是初犯、情节轻微、积极退赃，可以争取从轻处理',
  ]),
];

export const families: readonly Family[] = [...harmful, ...benign1, ...benign2, ...benign3, ...benign4];
