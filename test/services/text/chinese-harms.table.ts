/**
 * Messages written by hand for the table test of the Chinese (and some English) harms: not from any
 * data set and not from the training corpus (models/text/corpus), so the test measures what the models
 * learned, not what they saw. Each harmful message names the category its verdict must carry; the
 * look-alikes use the same words innocently and must stay `allow`.
 */
export interface TableRow {
  readonly text: string;
  /** Verdict category expected (review or block), or null: must be allowed. */
  readonly category: string | null;
  readonly note?: string;
}

/** The messages quoted in the issue that asked for these heads (judged as a new user would). */
export const ISSUE_MESSAGES: readonly TableRow[] = [
  { text: '兼职刷单，日结300元，在家就能做，有意者加V：abc8899', category: 'scam' },
  { text: '澳门新葡京线上娱乐城，首充送100%，百家乐真人荷官，注册网址 www.xpj888.com', category: 'gambling' },
  { text: '您好，我是京东金融客服，您的白条利率过高需要注销，否则影响征信，请下载会议软件配合操作', category: 'scam' },
  { text: '我是你们公司王总，明天上午来我办公室一趟，先加我新的微信，有事情交代', category: 'scam' },
  { text: '【中国移动】尊敬的客户，您的积分即将清零，请点击 http://10086-jf.cc 兑换现金红包', category: 'scam' },
  { text: '你这个傻逼，滚出去，全家死光', category: 'harassment' },
  { text: '同城约炮，美女裸聊一对一，私信看照片', category: 'sexual' },
];

export const HARMFUL: readonly TableRow[] = [
  // spam: traffic luring and paid promotion
  { text: '需要涨粉的朋友看过来，抖音快手小红书粉丝点赞播放量都能做，价格美丽，详情私我', category: 'spam' },
  { text: '本群禁止发广告！要推广的先找群主，另外有需要宝妈副业的戳我头像', category: 'spam' },
  { text: '【优品汇】双十二狂欢，全场低至1折，再送50元无门槛券，戳 t.cn/A6x9Qz 回T退订', category: 'spam' },
  { text: '专业代发朋友圈广告、微信群推广，一条只要5块，量大从优，联系扣扣 2837461950', category: 'spam' },
  // scams
  { text: '招聘手机打字员，不限时间地点，每天两小时，日入200以上，先交80元资料费即可上岗', category: 'scam' },
  { text: '宝妈在家就能做的兼职，给商家点赞关注一单3元，做完立马结算，想做的滴滴我', category: 'scam' },
  { text: '老师带单三个月翻了五倍，今天最后一天进VIP群，名额有限，跟着老师稳赚不亏', category: 'scam' },
  { text: '亲爱的，这个平台我舅舅在里面做技术，有漏洞可以稳赚，你先充五千试试，赚了我们就结婚', category: 'scam' },
  { text: '无抵押无担保，黑户也能下款，最高20万，放款前只需交一笔保证金证明还款能力', category: 'scam' },
  { text: '这里是市公安局刑侦支队，你的身份证涉嫌一起洗钱案，请立刻把资金转入安全账户配合调查，不得告诉家人', category: 'scam' },
  { text: '妈，我手机掉水里了这是新号，同学住院急需两万块手术费，你先转到这个卡上，别打我原来的电话', category: 'scam' },
  { text: '【ETC服务】您的ETC卡已失效，请尽快登录 etc-renzheng.top 重新认证，逾期将停止使用', category: 'scam' },
  { text: '您在我店购买的衣服检测出甲醛超标，我们给您三倍理赔，请加客服微信，把您的银行卡号和验证码发过来', category: 'scam' },
  // gambling
  { text: '世界杯滚球开盘了，注册就送88彩金，日返水1.2%，提款秒到，网址私聊', category: 'gambling' },
  { text: '时时彩计划群，专业老师每期必出号，跟对计划一天回本，进群费用58', category: 'gambling' },
  { text: '红包扫雷群招人，一元起抢，踩雷赔1.5倍，群主担保，24小时有人', category: 'gambling' },
  { text: '线上棋牌斗牛炸金花，上分下分找我，输赢随时提现，新人首充送20%', category: 'gambling' },
  // sexual solicitation
  { text: '本地学生妹兼职，可上门可到店，快餐600包夜1500，照片真实，加我看照片', category: 'sexual' },
  { text: '寂寞吗？小姐姐一对一视频陪聊，尺度你定，先付款后开视频', category: 'sexual' },
  { text: '出售福利视频合集，几百G资源网盘打包，50元一套，要的私聊', category: 'sexual' },
  // regulated goods and black-market trade
  { text: '高价收购银行卡，一张给800，要带U盾和手机卡，当天结算', category: 'regulated-goods' },
  { text: '专业办理各类证件，身份证驾驶证毕业证都能做，和真的一样，可以上网查', category: 'regulated-goods' },
  { text: '出实名手机卡和微信号，老号稳定不封，批量有优惠，接码也做', category: 'regulated-goods' },
  { text: '冰糖和叶子都有，货纯，同城可以送，外地走快递包装保密', category: 'regulated-goods' },
  { text: '正规医院合作代孕，包成功可选男女，费用分期，联系李主任', category: 'regulated-goods' },
  // weapons
  { text: '出售各种型号气枪仿真枪，配件子弹都有，全国发货，要的加我', category: 'weapons' },
  // harassment and threats
  { text: '你个脑残废物，说话跟放屁一样，赶紧滚蛋吧', category: 'harassment' },
  { text: '你这种人不得好死，出门就被车撞死', category: 'harassment' },
  { text: '你给我等着，明天放学我带几个兄弟过去，打断你的腿', category: 'violence' },
  { text: '再敢多说一句我就拿刀砍死你', category: 'violence' },
];

export const INNOCENT: readonly TableRow[] = [
  { text: '你好，我是京东客服，您反馈的快递破损问题已经处理好了，新货明天送到，给您添麻烦了' , category: null },
  { text: '银行客服打电话说我信用卡账单出了，提醒我月底前还款，我差点忘了', category: null },
  { text: '警方提醒：凡是自称公安让你把钱转到安全账户的都是诈骗，请大家转告家里老人', category: null },
  { text: '我们公司王总今天来视察了，下午全体开会，记得带上周报', category: null },
  { text: '领导刚在群里说明天放假一天，大家好好休息', category: null },
  { text: '房贷批下来了，利率比去年低了不少，征信好真的很重要', category: null },
  { text: '我想查一下自己的征信报告，去人民银行网点就可以打吗？', category: null },
  { text: '暑假想找个兼职，奶茶店招人，时薪20，有一起的吗', category: null },
  { text: '我表妹在肯德基做兼职，周末两天，挺累的', category: null },
  { text: '今晚体彩大乐透开奖，我买了两注，中了请大家吃饭哈哈', category: null },
  { text: '过年在家和爸妈打麻将，输了三十块钱，开心', category: null },
  { text: '昨晚的欧冠太精彩了，梅西那个进球绝了', category: null },
  { text: '相亲对象人挺好的，我们约了周末一起去看电影', category: null },
  { text: '医生说我这个情况要先去妇科做个检查，别太担心', category: null },
  { text: '这款洗面奶真的好用，双十一囤了三瓶', category: null },
  { text: '加我微信吧，以后方便联系，我的号就是手机号', category: null },
  { text: '我在闲鱼上卖了个二手自行车，八成新，有需要的邻居可以看看', category: null },
  { text: '笑死我了，我真是个傻子，钥匙又忘在家里了', category: null },
  { text: '气死我了，外卖又送错了', category: null },
  { text: '他在群里骂我傻逼，我该怎么回他比较好', category: null },
  { text: '吃鸡新出的枪太强了，今晚一起开黑吗', category: null },
  { text: '下周去派出所办身份证，需要带户口本吗', category: null },
  { text: '我银行卡丢了，得去柜台挂失补办', category: null },
  { text: '营业厅办了个新手机卡，套餐一个月39', category: null },
  { text: '医生开的药一天三次，饭后吃，别忘了', category: null },
  { text: '新闻说警方破获了一个贩毒团伙，缴获冰毒十几公斤', category: null },
  { text: '姐姐去医院做试管婴儿，终于成功了，全家都很开心', category: null },
  { text: '砍价群帮我砍一刀，谢谢大家', category: null },
  { text: '双十一秒杀抢到了，太开心了', category: null },
  { text: '这部剧杀青了，期待播出', category: null },
  { text: '群里发红包了，快抢，祝大家新年快乐', category: null },
  { text: '中国移动的套餐改了，流量比以前多了', category: null },
  { text: '我的快递显示已签收，可是我没收到，等下问问快递员', category: null },
  { text: '明天早上九点开会，别迟到', category: null },
  { text: '宝宝今天第一次叫妈妈了，太感动了', category: null },
  { text: '最近股票跌得厉害，还是不要追高了', category: null },
  { text: '兄弟，晚上一起吃烧烤吗', category: null },
  { text: 'Thanks for your order! Your package will arrive on Tuesday.', category: null },
  { text: 'Mum can you send me the recipe for your lasagne?', category: null },
  { text: 'Poker night at mine on Friday, bring snacks', category: null },
];

/**
 * A second, wider table written on 2026-11-30 for the areas added after the first: group-run gambling, black-market
 * task recruiting and account services, refund-recovery and free-gift scams, innuendo and resource spreading,
 * flame-baiting. Judged as a set (the share caught and the share of look-alikes flagged), like the hidden
 * evaluation the project is measured on; the misses are listed when the test fails.
 */
export const HARMFUL_WIDER: readonly TableRow[] = [
  // gambling run in groups and on hidden sites
  { text: '28计划群今晚继续，跟着群主下，一期一结，上下分找财务', category: 'gambling' },
  { text: '百家乐红蓝稳定打法，庄闲跟我买，日赚两千不是梦，进群私聊', category: 'gambling' },
  { text: '扫雷群招人，群主包赔，抢到雷号按1.8倍赔，秒上分秒下分', category: 'gambling' },
  { text: '老哥们新站开了，体育电竞都能下，首存送38%，地址发评论区了', category: 'gambling' },
  { text: '今晚世界杯我下了两万大小球，赢了带大家吃饭，平台靠谱要链接的私', category: 'gambling' },
  // black-market tasks and account services
  { text: '招打字员，抄小说一千字二十元，一单一结，手机就能做，学生宝妈优先', category: 'scam' },
  { text: '出实名老号，微信抖音都有，可换绑，需要的飞机联系，量大优惠', category: 'regulated-goods' },
  { text: '收银行卡，一套四件一千二，当天结算，走货不走人，有意私聊', category: 'regulated-goods' },
  { text: '征信花了贷不到款？专业征信修复，逾期记录可以洗白，包下款', category: 'scam' },
  { text: '手机号出租接码，一个验证码三块，躺着赚钱，详细加我', category: 'regulated-goods' },
  // scams: recovery, free gifts, investment
  { text: '某某金融已立案，投资人可以加群登记追回本金，先交200元材料费', category: 'scam' },
  { text: '周年庆福利，关注就送价值899的耳机，只需支付19.9元邮费，数量有限先到先得', category: 'scam' },
  { text: '免费领限定皮肤！把游戏账号密码和收到的验证码发给客服，十分钟到账', category: 'scam' },
  { text: '内部消息，这只股票下周必涨三个板，进群跟老师操作，免费诊股', category: 'scam' },
  { text: '您好，我是银行年检专员，您的账户需要年审，否则将被冻结，请按提示共享屏幕操作', category: 'scam' },
  // sexual: solicitation, resources, innuendo
  { text: '寂寞的哥哥看过来，全套服务，可上门，36D身材，价格私聊', category: 'sexual' },
  { text: '吃瓜群开车了，某网红完整版视频，上车发你网盘链接', category: 'sexual' },
  { text: '出自己穿过的原味丝袜，可定制，懂的来', category: 'sexual' },
  { text: '有没有同城的小哥哥，今晚想找个床伴，不谈感情', category: 'sexual' },
  { text: '看你这照片就想把你按在床上干一整晚', category: 'sexual' },
  // abuse and flame-baiting
  { text: '你这种没妈教的东西也配在这说话？滚回你的垃圾堆', category: 'harassment' },
  { text: '某省人就是骗子多，出门在外离他们远点，全是小偷', category: 'harassment' },
  { text: 'nmsl，脑子被驴踢了吧你个废物', category: 'harassment' },
  { text: '普信男都该滚出地球，又丑又穷还自信', category: 'harassment' },
  // the same harms in traditional characters (Taiwan and Hong Kong users, and senders dodging simplified filters)
  { text: '線上娛樂城首儲送百分百，百家樂真人荷官，註冊就送彩金', category: 'gambling' },
  { text: '兼職刷單，日結三百，在家就能做，有意者加賴', category: 'scam' },
  { text: '同城約炮，一夜情不負責，私訊看照片', category: 'sexual' },
  // the same harms in 火星文: rare look-alike characters and split characters (莪 for 我, 亻尝 for 偿)
  { text: '莪茬酒店 鈳丄門 紅包伍佰 私聊', category: 'sexual' },
  { text: '纟勺 会 亻尝 同城 快餐 三佰', category: 'sexual' },
  // the same harms with emoji and symbols inside the words (约🔥炮, 百★家★乐)
  { text: '真✨人✨荷官 百🎲家🎲乐 首💰充就送彩金 注👉册链接私我', category: 'gambling' },
  { text: '同城约🔥炮 学生妹上❤门 快💋餐二百 包夜六百', category: 'sexual' },
  { text: '出★售 银行卡四★件★套 手机卡实名 一手货源', category: 'regulated-goods' },
];

export const INNOCENT_WIDER: readonly TableRow[] = [
  { text: '我今年28岁了，还没想好要不要去加拿大读研', category: null },
  { text: '周六团购车厘子，要的在群里接龙，一箱68元', category: null },
  { text: '小时候最喜欢玩电脑上的扫雷，现在还记得怎么玩', category: null },
  { text: '今天A股开盘大跌，我的基金又绿了', category: null },
  { text: '公司财务说这个月报销下周一统一打款', category: null },
  { text: '周末去德州玩了两天，扒鸡真的好吃', category: null },
  { text: '商场的抓娃娃机太坑了，投了五十个币一个没抓到', category: null },
  { text: '新开的游戏活动，登录七天送限定皮肤，官方公告里有写', category: null },
  { text: '老师，这是今天课上讲的资料，网盘链接我发群里了', category: null },
  { text: '下雨了，出门记得带伞', category: null },
  { text: '好馋火锅啊，下班一起去吃吧', category: null },
  { text: '这家足浴店的技师手法很专业，肩颈按完舒服多了', category: null },
  { text: '女生的内衣尺码怎么选？有没有姐妹推荐一下', category: null },
  { text: '有人知道跑分是什么吗？学校群里有人招，感觉不靠谱', category: null },
  { text: '银行发短信说我的信用卡可以提额了，在官方app里申请就行', category: null },
  { text: '南方人和北方人过年习俗真的差很多，我们那边吃汤圆', category: null },
  { text: '我真是个笨蛋，又把伞落在地铁上了', category: null },
  { text: '这家餐厅服务太差了，菜也难吃，不会再来了', category: null },
  { text: '微信账号被封了，按照官方流程申诉，两天就解封了', category: null },
  { text: '警方提醒：所谓免费领皮肤要账号密码的都是骗子', category: null },
  { text: '週末和家人去夜市吃小吃，蚵仔煎真的很好吃', category: null },
  { text: '銀行打電話提醒我信用卡帳單要繳了，還好沒忘記', category: null },
  { text: '莪茬公司加班 今晚吥回來吃飯', category: null },
  { text: '妳恏 莪想問一下 快遞到菿哪了', category: null },
  { text: '今天约🔥了闺蜜去吃火锅😋 开心到飞起✨', category: null },
  { text: '周末带娃去公园放风筝🪁 天气超好☀️ 大家周末愉快🌹', category: null },
];

/** Trade in laundering and protected wildlife, named with the terms of the lexicon. */
export const TERM_TRADE: readonly TableRow[] = [
  { text: '高价收卡跑分，一天一结，四件套齐全的直接私聊', category: 'scam' },
  { text: '专业洗钱通道，USDT承兑，量大从优，飞机联系', category: 'scam' },
  { text: '出售穿山甲鳞片 纯野生 货到付款 加微信详谈', category: 'regulated-goods' },
];

/** News, warnings and everyday talk with the same terms: must stay `allow`. */
export const TERM_NEWS: readonly TableRow[] = [
  { text: '新闻：某地警方打掉一个跑分洗钱团伙，涉案金额上亿', category: null },
  { text: '反诈中心提醒，出借银行卡帮人走账可能涉嫌洗钱，后果很严重', category: null },
  { text: '动物园新来了一只穿山甲宝宝，好可爱', category: null },
  { text: '看了个纪录片，讲穿山甲为什么被走私，太惨了', category: null },
];

/**
 * Black-market kinds the black-market head does not name itself: its rule cites the general item, and the lexicon's
 * kind terms, where the head sees a trade, add the kind's own item (tobacco, driving points, enhancement products) or rule (surrogacy).
 */
export const KIND_TRADE: readonly (TableRow & { readonly rule: string })[] = [
  { text: '正品外烟代购，整条烟包邮到家，量大从优，微信私聊', category: 'regulated-goods', rule: 'text.regulated.tobacco-trade' },
  { text: '香烟一手货源 云霄代工 批发价出 加v', category: 'regulated-goods', rule: 'text.regulated.tobacco-trade' },
  { text: '驾驶证分不够的找我，专业顶分，价格实惠，私信', category: 'regulated-goods', rule: 'text.regulated.driving-offences' },
  { text: '代处理违章 扣分不用本人到场 一分150 联系微信', category: 'regulated-goods', rule: 'text.regulated.driving-offences' },
  { text: '美国原装伟哥 壮阳 持久 私密发货 一盒三百 加微信', category: 'regulated-goods', rule: 'text.regulated.enhancement-products' },
  { text: '瘦身药 月瘦二十斤 不节食 招代理 V信私聊', category: 'regulated-goods', rule: 'text.regulated.enhancement-products' },
  { text: '代孕套餐 包成功 可选性别 全程保密 加微信详聊', category: 'regulated-goods', rule: 'text.regulated.surrogacy-trade' },
  { text: '借腹生子 找靠谱的妈妈 费用面谈 vx私聊', category: 'regulated-goods', rule: 'text.regulated.surrogacy-trade' },
];

/** Everyday talk with the same kind terms: must stay `allow`. */
export const KIND_TALK: readonly TableRow[] = [
  { text: '超市门口有人问我要不要买烟，我说戒了', category: null },
  { text: '驾照分被扣光了，下周去车管所学习重考', category: null },
  { text: '老公体检完医生说少喝酒，伟哥这种药别自己乱买', category: null },
  { text: '减肥药都是智商税，还是管住嘴迈开腿', category: null },
  { text: '新闻说某地查处了一个代孕中介，太离谱了', category: null },
  { text: '我和老公在做试管，医生说国内不允许选性别', category: null },
];
