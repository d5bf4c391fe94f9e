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
