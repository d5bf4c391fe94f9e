import { family, type Family, familyMakers } from '../types.js';
import { FIN, JOB, PHISH, FORGED, TL, MK, PROMOTE, PAID, NUDE, VULGAR, INSULT, CURSE, DOXX, THREAT } from '../policies.js';

/**
 * Round v12 very short lines (file set shortlines-v12, letter a): 3–15 character messages as they appear in comment
 * sections, 弹幕, nicknames, group chats and DMs. Harmful: comment 引流 (看主页/滴滴我/扣1领/来v), 兼职日结 and 稳赚不赔
 * scams, 包过, 上分下分/彩金/菠菜 gambling, 约吗/有偿/看片私 solicitation, crude vulgar lines, 出卡/收号/办证 black-market
 * trade, short insults, curses, 开盒 and short threats. Benign: the short lines real users write all day (哈哈哈, 打卡,
 * 第一, 求链接, 蹲, 催更, 在吗, 晚安, 好的收到, 已转, 多少钱, 私我地址 from a second-hand seller …), many of them
 * sharing a word with a harm. A share of templates carry redacted numbers (xxx, ****). All names and numbers invented.
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const ok = (subtype: string, name: string, pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.v12a-shortlines-${name}`, 'zh', 'benign', subtype, [], pattern, templates, { ...S, ...slots });

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
const FAKE_ENGAGEMENT = ['cg-spam.b', 'cg-spam.a'];
const GAMEX = ['cg-fraud-or-scams.a.4', 'cg-account-security.d'];
const EXAM = ['cg-fraud-or-scams.d.3', 'cg-fraud-or-scams.b.2'];
const CARDS = ['cg-fraud-or-scams.c', `${R}.k`];
const SIM = [`${R}.k`, 'cg-fraud-or-scams.d.2'];
const SELL = [`${R}.d`];

// short contact tails as they appear in comments (slots or redacted forms)
const CT = ['看主页', '主页有', '滴滴我', '私我', '戳头像', '来v', '+v', '➕V', 'v{handle}', 'q{qq}', '扣xxxxxxxxx', 'V:********', '薇xxxxxx', '飞机@{handle}', '简介见', '{zh_contact}'];
const E = ['', '', '', '~', '！', '👇', '💰', '🔥', '✅', '🧧', '😘', '!!'];
const NAME = ['小王', '阿杰', '婷婷', '老李', '张姐', '浩子', '小雨', '大刘', '琪琪', '阿飞', '周哥', '萌萌'];
const MONEY = ['200', '300', '500', '1000', '2000', '3000', '5000', 'xxx', 'xx00', '8k', '1w'];
const S: Slots = { ct: CT, e: E, name: NAME, money: MONEY };

export const families: Family[] = [];

// ---------------------------------------------------------------- harmful
const { fam } = familyMakers({ lang: 'zh', harm: 'v12-shortlines', slots: S });

families.push(
  fam('spam', 'traffic-luring', 'comment-lure-tails', TL, 'Bare comment/弹幕/nickname lines that only steer readers to a profile or contact (看主页, 滴滴我, 戳头像, 来v): traffic luring for unknown offers.', [
    '看主页{e}', '有惊喜看主页', '主页有福利{e}', '想要的滴滴我', '滴滴{e}', '懂的来{ct}', '戳头像有惊喜', '来v{e}', '+v看更多', '私我{e}有好东西', '需要的{ct}', '有缘人{ct}', '看我简介', '简介有彩蛋', '头像有联系', '懂得都懂{ct}', '进群{ct}', '同城{ct}', 'v{handle}', '薇xxxxxxx', '评论区太乱{ct}', '这里看不了{ct}', '完整版{ct}',
  ]),
  fam('spam', 'marketing', 'kou1-freebie', TL, 'Comment bait that asks for 扣1/扣666/点赞 to "领" red packets, materials or gifts; a lure that collects contacts for later spam.', [
    '扣1领红包{e}', '扣1免费领', '扣666领资料', '扣1拉你进群', '扣1送{gift}', '评论扣1私发', '扣1领{gift}', '点赞扣1领', '想要{gift}扣1', '扣个1我发你', '扣1私你{e}', '扣1带你赚', '扣1进福利群', '在的扣1领{money}', '扣1 先到先得', '扣1领取{gift}', '回复1领{gift}',
  ], { gift: ['红包', '资料', '手机', '教程', '皮肤', '会员', '零钱', '福利', '耳机', '网课'] }),
  fam('spam', 'service-ads', 'boost-engagement', FAKE_ENGAGEMENT, 'Short ads for 刷粉/刷赞/互粉/代刷播放 and bought engagement, posted as comments and nicknames.', [
    '互粉必回{e}', '互关秒回', '涨粉私{e}', '刷赞1毛1个', '千粉{money}', '代刷播放{ct}', '真人粉{ct}', '互赞互评', '快速涨粉{ct}', '出千粉号', '刷单量私', '买粉找我', '万粉只要{money}', '点赞评论代刷', '直播间人气{ct}', '抖音涨粉{ct}', '小红书刷赞私',
  ]),
  fam('spam', 'adult-products', 'adult-product-ads', MK, 'Short comment ads for 壮阳/延时/情趣 products that point to a private contact.', [
    '男士持久{ct}', '延时喷剂私', '壮阳药{ct}', '硬不起来{ct}', '情趣用品{ct}', '持久30分钟{e}', '不行的兄弟{ct}', '助勃神器私', '男人加油站{ct}', '时间短滴滴', '老公不行找我', '保密发货{ct}', '金枪不倒{ct}',
  ]),
  fam('scam', 'job', 'job-daily-pay', JOB, 'Short 兼职/日结/手机赚钱 lures in comments, nicknames and group messages: job scams (刷单, 打字员) advertised in a few characters.', [
    '兼职日结{e}', '兼职日结{ct}', '手机兼职{ct}', '日结{money}+', '宝妈兼职{ct}', '学生兼职私', '在家就能做{ct}', '打字员日结', '一单一结{e}', '日入{money}', '动动手指{money}', '躺赚{ct}', '副业私{e}', '点赞赚钱{ct}', '空闲时间赚钱', '招手机兼职', '无门槛日结', '当天结算{ct}',
  ]),
  fam('scam', 'investment', 'sure-profit', FIN, 'Short investment lures: 稳赚不赔, 带单, 导师带飞, 回本: promises of guaranteed returns in a line.', [
    '稳赚不赔{e}', '稳赚{ct}', '带单{ct}', '导师带飞', '跟单回本{e}', '收益翻倍{ct}', '日赚{money}', '本金{money}回{money2}', '亏了找我回本', '老师带你回血', '跟着我吃肉', '稳赚不赔私', '零风险高收益', '内部消息{ct}', '币圈带单{ct}', '翻倍群{ct}',
  ], { money2: ['3000', '5000', '8000', '1w', 'xxxx'] }),
  fam('regulated', 'documents', 'exam-guarantee', EXAM, 'Short 包过/考试答案/代考 lines: paid exam cheating and guaranteed certificates.', [
    '包过{e}', '{exam}包过', '{exam}包过{ct}', '不过退款{e}', '{exam}答案私', '代考{ct}', '{exam}代考', '考前答案{ct}', '包拿证{ct}', '免考拿证', '保过班{ct}', '{exam}真题答案', '不用考直接拿证', '网课代刷{ct}',
  ], { exam: ['四六级', '驾照', '科目一', '会计证', '教资', '雅思', '考研', '专升本', '计算机二级', '电工证'] }),
  fam('scam', 'loan', 'quick-loan', FIN, 'Short loan lures: 黑户可贷, 秒下款, 无视征信 — advance-fee loan scams in a line.', [
    '秒下款{ct}', '黑户可贷{e}', '无视征信{ct}', '急用钱{ct}', '不看征信秒批', '缺钱找我', '当天放款{ct}', '凭身份证贷{money}', '白户可下', '网贷逾期也能下', '免费下款私', '急用钱的扣1', '负债高也能下{ct}',
  ]),
  fam('scam', 'game-trade', 'game-skin-freebie', GAMEX, 'Short game lures: free skins, 代充 at a discount, cheap accounts — game-trade scams in comments and 弹幕.', [
    '免费领皮肤{ct}', '{game}代充{disc}', '{game}低价充值{ct}', '出{game}号{ct}', '皮肤白送{e}', '点券{disc}{ct}', '{game}免费领{ct}', '内部渠道充值', '{game}钻石{disc}', '私我送皮肤', '全皮肤号{money}', '{game}外挂私',
  ], { game: ['王者', '原神', '和平', '蛋仔', '光遇', '第五', 'cf'], disc: ['3折', '5折', '一折', '对折', '2折'] }),
  fam('scam', 'phishing', 'short-phish-sms', PHISH, 'Very short phishing SMS/DM lines with a link: parcel issue, account freeze, prize claim.', [
    '您的快递异常{url}', '账户已冻结{url}', '恭喜中奖{url}', '积分到期{url}', '医保异常点{url}', 'ETC已停用{url}', '你被拍了 {url}', '这是你吗{lookalike_url}', '你照片被人发了{url}', '领补贴{url}', '退款请点{url}', '快递理赔{url}', '中奖了速领{url}',
  ]),
  fam('gambling', 'casino', 'casino-short-ads', PROMOTE, 'Short gambling ads: 上分下分, 彩金, 菠菜, 首充送 — casino recruitment in a comment or nickname.', [
    '上分下分{ct}', '秒上秒下{e}', '首充送彩金', '彩金{money}{ct}', '菠菜招代{ct}', '菠菜{ct}', '正规菠菜{e}', 'bc大额无忧', '真人百家{ct}', '送{money}彩金', '上下分秒到', '大额无忧{ct}', '注册送{money}', '体育菠菜{ct}', '老哥上车{ct}',
  ]),
  fam('gambling', 'red-packet', 'redpacket-groups', PROMOTE, 'Short invitations to 红包扫雷/牛牛/接龙 gambling groups.', [
    '扫雷群{ct}', '红包扫雷{e}', '牛牛群拉人', '接龙群{ct}', '扫雷群进{ct}', '{money}包扫雷', '一包{num}雷', '抢包群{ct}', '红包群缺人{e}', '禁抢群{ct}', '福利群日赚{money}',
  ]),
  fam('gambling', 'lottery', 'lottery-plan-groups', PROMOTE, 'Short 带计划/回血/跟投 lines for illegal lottery and betting groups.', [
    '带计划{ct}', '回血群{ct}', '跟我投{e}', '时时彩带{ct}', '计划群{ct}', '今晚必中{ct}', '跟单上岸{e}', '稳中计划私', '足彩推单{ct}', '{num}连红{ct}', '包中方案{ct}', '上岸群{ct}',
  ]),
  fam('sexual', 'solicitation', 'solicit-short', PAID, 'Very short paid-sex solicitation: 约吗, 有偿, 同城可约, 上门, 全套, with price or contact.', [
    '约吗{e}', '有偿{e}', '有偿约{ct}', '同城可约{ct}', '可约{ct}', '{city}可约', '上门{ct}', '全套{money}', '包夜私{e}', '快餐{money}', '学生妹可约', '约吗 有偿', '空降{city}{ct}', '有偿陪{ct}', '少妇可约{e}', '今晚有空{ct}', '一晚{money}',
  ], { city: ['北京', '上海', '成都', '东莞', '深圳', '长沙', '杭州', '重庆'] }),
  fam('sexual', 'nude-content', 'nude-content-short', NUDE, 'Short offers of porn or nude content: 看片私, 资源私, 福利视频, 裸聊, 原味.', [
    '看片私{e}', '资源私{ct}', '福利视频{ct}', '裸聊{ct}', '视频{money}一部', '私房照{ct}', '原味{ct}', '黄片{ct}', '自拍合集{ct}', '有偿裸聊', '网盘资源{ct}', '成人视频{ct}', '付费看{ct}', '懂的来看{e}',
  ]),
  fam('vulgar', 'explicit', 'crude-short', VULGAR, 'Crude sexual one-liners in comments and DMs (not offers): explicit remarks about a person or act.', [
    '想上你{e}', '屁股真翘想摸', '胸好大想舔', '想睡你', '湿了没', '硬了{e}', '让哥爽一下', '骑我', '一起打炮', '腿真长想玩', '约炮不', '今晚想要你', '看你想撸', '想舔你',
  ]),
  fam('regulated', 'bank-cards', 'card-trade-short', CARDS, 'Short 出卡/收卡/四件套/跑分 lines: trade in bank cards and accounts.', [
    '出卡{ct}', '收卡{e}', '高价收卡{ct}', '收四件套', '四件套{ct}', '收对公{ct}', '跑分{ct}', '出一类卡', '收银行卡{money}一张', '收卡秒结', '承兑{ct}', '收U卡{ct}', '出对公户',
  ]),
  fam('regulated', 'sim-cards', 'account-sim-trade', SIM, 'Short 收号/出号/实名号/手机卡 trade lines: accounts and SIM cards sold for fraud.', [
    '收号{e}', '高价收号{ct}', '收微信号{ct}', '收老号', '出实名号{ct}', '收电话卡{ct}', '收手机卡{money}', '出白号{ct}', '收抖音号{ct}', '实名卡{ct}', '收扣扣号', '出接码{ct}', '收支付宝号{ct}',
  ]),
  fam('regulated', 'documents', 'fake-docs-short', FORGED, 'Short 办证/刻章/假证 lines: forged documents and certificates.', [
    '办证{ct}', '办证{phone}', '刻章办证{ct}', '各类证件{ct}', '办毕业证{ct}', '学历可查{ct}', '办驾照{ct}', '证件齐全私', '办身份证{ct}', '假证{ct}', '学信网可查', '办证xxxxxxxxxxx', '快速拿证{ct}',
  ]),
  fam('regulated', 'drugs', 'drugs-coded-short', SELL, 'Short coded drug offers: 叶子, 冰, 飞行物, 邮票 with contact.', [
    '叶子{ct}', '有叶子{e}', '飞行物{ct}', '冰{ct}', '溜冰{ct}', '有冰私', '邮票{ct}', '上头的{ct}', '笑气{ct}', '需要飞的{ct}', '有货{ct} 懂的来', '麻古{ct}',
  ]),
  fam('harassment', 'insult', 'insult-short', INSULT, 'Short insults aimed at a person in comments and DMs: 傻逼, 脑残, 贱人, 你妈的.', [
    '傻逼{e}', '{you}傻逼吧', '脑残{e}', '{you}脑子有病', '贱人', '死绿茶', '{you}个废物', 'sb', 'nmsl', '你妈的', '丑八怪', '{you}配吗', '滚你妈', '恶心玩意', '肥猪闭嘴', '{you}是真贱', '狗东西',
  ], { you: ['你', '楼主', 'up', '博主', '你这', '主播'] }),
  fam('harassment', 'curse', 'curse-short', CURSE, 'Short curses at a person or their family: 全家死光, 出门被车撞, 不得好死.', [
    '全家死光{e}', '你全家暴毙', '出门被车撞', '不得好死', '{you}妈死了', '祝你早死', '断子绝孙', '死全家', '早点去死', '祝你全家火化', '你坟头草', '出门撞死',
  ], { you: ['你', '楼主', '博主', 'up'] }),
  fam('harassment', 'doxxing-threat', 'doxx-short', DOXX, 'Short threats to expose a person: 开盒你, 人肉你, 挂你, 你住址我有.', [
    '开盒你{e}', '等着被开', '人肉你', '已开盒', '挂你全家', '你住哪我知道', '你电话我有了', '{name}身份证在我这', '你学校我知道', '把你信息全挂', '等着社死吧', '你爸单位我有',
  ]),
  fam('threat', 'violence', 'threat-short', THREAT, 'Short threats of violence against a person: 弄死你, 出门小心, 等着, 砍你.', [
    '弄死你{e}', '等着{e}', '出门小心点', '砍死你', '你给我等着', '见一次打一次', '小心你的腿', '晚上堵你', '打断你腿', '我去找你', '捅死你', '别让我遇到你', '让你躺着出来',
  ]),
);

// ---------------------------------------------------------------- benign
families.push(
  ok('chat', 'comment-reactions', 'Everyday comment-section reactions: 哈哈哈, 第一, 前排, 沙发, 打卡, 来了 — the bulk of short comments.', [
    '哈哈哈{h}', '第一{e2}', '前排{e2}', '沙发', '打卡{e2}', '来了来了', '今日打卡', '第{num}天打卡', '前排留名', '又来了', '好家伙', '绝了{e2}', '笑不活了', '太真实了', '我哭死', '已三连', '支持{e2}', '好看', '太可爱了吧', '学到了', '狠狠共情了', '有被笑到',
  ], { h: ['', '哈哈', '哈哈哈', '😂', '🤣'], e2: ['', '', '！', '~', '🙋', '✋', '👍', '！！'] }),
  ok('chat', 'danmu-lines', 'Everyday 弹幕 lines on video sites: 前方高能, 泪目, 爷青回, 空降 timestamps, awsl.', [
    '前方高能', '泪目{e2}', '爷青回', 'awsl', '空降{mm}:{ss}', '名场面', '来了老弟', '经典永流传', '{num}刷了', '保护好耳朵', '弹幕护体', '这里好燃', '高能预警', '哈哈哈哈哈', '妈妈问我为什么跪着看', '下次一定', '封面骗进来的', '完结撒花',
  ], { mm: ['01', '03', '05', '07', '12', '15'], ss: ['12', '30', '45', '08', '50'], e2: ['', '😭', '！', '…'] }),
  ok('shopping', 'ask-link', 'Comments asking for a link, song, tutorial or item name: 求链接, 蹲, 同求 — same shape as lure tails but requests from viewers.', [
    '求链接{e2}', '蹲{e2}', '蹲一个', '同求', '同蹲', '求bgm', '求歌名', '求教程', '求同款', '衣服求链接', '口红色号求', '求店名', '蹲后续', '求地址 想去', '蹲个链接', '求壁纸原图', '有链接吗', '这是哪家店', '姐妹求{thing}',
  ], { thing: ['链接', '色号', '店名', '滤镜', '教程', 'bgm'], e2: ['', '', '+1', '🙏', '！', '～'] }),
  ok('chat', 'urge-update', 'Viewers and readers urging creators to update: 催更, up快更, 等更新.', [
    '催更{e2}', 'up快更', '等更新', '催更催更', '什么时候更新', '蹲更新', '太太快更', '下一集呢', '坐等下集', '没看够', '更新了吗', '追更打卡', '求更{e2}', '第{num}天催更',
  ], { e2: ['', '！', '🥺', '~', '！！'] }),
  ok('chat', 'dm-greetings', 'Short DM and chat openers and closers: 在吗, 晚安, 早, 到家没.', [
    '在吗{e2}', '在不', '晚安{e2}', '早{e2}', '早安', '到家没', '睡了吗', '干嘛呢', '吃了没', '起了没', '{name}在吗', '到了说一声', '回我一下', '看到回', '明天见', '拜拜啦',
  ], { e2: ['', '', '？', '~', '😴', '🌙', '☀️'] }),
  ok('finance', 'ack-paid', 'Short acknowledgements of payments and tasks: 好的收到, 已转, 已付, 收到谢谢 — money words in ordinary use.', [
    '好的收到{e2}', '收到', '已转{e2}', '已付', '转你了', '钱收到了', '已收款', '已还', '红包收到啦', '谢谢老板', '收到谢谢', '我A你{num}块', 'AA吧', '已转{money}', '转了 查收', '付过了',
  ], { e2: ['', '', '👌', '~', '🙏', '！'], money: ['20', '35', '50', '88', '128', 'xx', 'xxx'] }),
  ok('shopping', 'secondhand-seller', 'Second-hand trade DMs (闲鱼 style): 多少钱, 私我地址, 包邮吗, 可小刀 — 私我 and prices from real sellers and buyers.', [
    '多少钱{e2}', '私我地址', '地址发我', '包邮吗', '还在吗', '可小刀吗', '最低多少', '已拍', '拍了 发货吧', '几成新', '能便宜点吗', '今天能发吗', '单号发你了', '{money}出', '{money}包邮', '自提可以吗', '还能刀吗', '发个实拍',
  ], { e2: ['', '？', '呀', '亲'], money: ['30', '50', '80', '120', '200', 'xx'] }),
  ok('work', 'group-roll-call', 'Group-chat roll calls where people genuinely reply 扣1, +1, 收到: class, work and building groups.', [
    '收到+1', '扣1', '1', '已填', '已交', '明天能来的扣1', '收到请扣1', '接龙 {num}. {name}', '{name} 收到', '到了扣个1', '全员收到', '已阅', '已报名', '+1', '已完成{e2}', '参加的扣1',
  ], { e2: ['', '✅', '👌', '～'] }),
  ok('games', 'game-chat', 'Gamers chatting: 上分, 带我上分, 开黑, 五排, 充了月卡 — 上分/充值 in their game sense.', [
    '上分{e2}', '带我上分', '开黑吗', '五排来人', '来一把', '差一个', '今晚上分', '充了个月卡', '又掉分了', '{game}开黑吗', '速来', '再来一把', '连跪了', '上星耀了', '组队吗',
  ], { game: ['王者', '吃鸡', 'lol', '瓦', '蛋仔', '原神'], e2: ['', '！', '冲', '🔥'] }),
  ok('chat', 'meal-plans', 'Friends arranging meals and outings: 约饭, 约不约, 周末约 — 约 meaning to meet up.', [
    '约饭吗{e2}', '约不约', '周末约{e2}', '约个{food}', '约奶茶', '约电影吗', '今晚约吗 吃火锅', '约球吗', '约个时间', '下周约', '约起来', '改天约', '约拍吗', '约自习',
  ], { food: ['火锅', '烧烤', '奶茶', '日料', '串串'], e2: ['', '？', '！', '~'] }),
  ok('service', 'paid-help', 'Genuine 有偿 errand and help requests in campus and neighbourhood groups: 有偿求, 有偿代取.', [
    '有偿代取快递', '有偿求PPT', '有偿求搬家', '有偿借充电宝', '有偿求笔记', '有偿求打印', '有偿求修电脑', '有偿帮排队', '有偿求早八点名', '有偿求带饭', '有偿求拼车', '有偿求猫粮',
  ]),
  ok('work', 'job-seekers', 'People asking about or posting genuine part-time work: 找兼职, 寒假工, 招服务员.', [
    '找兼职{e2}', '求推荐兼职', '寒假工还招吗', '招服务员', '店里招人', '周末兼职有吗', '家教还缺人吗', '求个暑假工', '招收银员', '面试过了', '兼职到几点', '兼职工资发了',
  ], { e2: ['', '！', '～'] }),
  ok('lottery-news', 'lottery-chat', 'People chatting about their own lottery tickets: 中了5块, 没中, 机选.', [
    '中了5块{e2}', '又没中', '机选一注', '买了两注', '中了个末等', '今晚开奖', '差一个号', '彩票没中', '买着玩', '刮刮乐中了{num}', '守号{num}年了',
  ], { e2: ['', '哈哈', '😂', '😭'] }),
  ok('shopping', 'trade-cards-goods', 'Collectors and resellers of ordinary goods: 出闲置, 出卡牌, 收二手书, 出演唱会票原价 — 出/收 as ordinary trade.', [
    '出闲置', '出卡牌{e2}', '出闪卡', '收二手书', '出演唱会票 原价', '收{thing}', '出{thing}', '出个键盘', '收拍立得', '出谷子', '收吧唧', '出娃', '换卡吗', '出小卡',
  ], { thing: ['二手书', '自行车', '显示器', '考研资料', '电动车'], e2: ['', '～', '！'] }),
  ok('police', 'id-errands', 'People asking about real document errands: 办身份证, 办护照, 办居住证 — 办证 in its lawful sense.', [
    '办身份证要带啥', '办护照去哪', '办居住证要多久', '办证大厅几点开', '补办身份证', '港澳通行证到了', '驾照换证了', '办个社保卡', '户口本带了吗', '健康证办好了',
  ]),
  ok('chat', 'banter', 'Friendly teasing among friends and fans: 憨憨, 狗头, 笑死, 滚去学习 — rude-sounding words used affectionately.', [
    '你个憨憨', '笑死{e2}', '🐶', '狗头保命', '滚去学习', '你真是个小机灵鬼', '傻瓜', '哈哈哈笨蛋', '你是猪吗哈哈', '气死我了哈哈', '服了你了', '我裂开', '离谱', '绷不住了', '菜就多练',
  ], { e2: ['', '😂', '🤣', '哈哈'] }),
  ok('chat', 'death-words-idiom', 'Hyperbole with 死/杀/弄 in everyday talk: 热死了, 困死, 杀疯了, 笑死我了 — no threat to anyone.', [
    '热死了{e2}', '困死了', '累死了', '饿死了', '杀疯了', '笑死我了', '冻死', '吓死我了', '气死了', '尴尬死了', '要死了要死了 作业', '甜死我了', '帅死了', '好吃死了',
  ], { e2: ['', '', '😭', '😵', '！'] }),
  ok('family', 'family-short', 'Short family chat: 妈我到了, 红包收到, 转你了, 回家吃饭.', [
    '妈我到了', '红包收到{e2}', '回家吃饭', '爸我钱够', '今晚不回', '到家了', '药吃了吗', '记得穿秋裤', '周末回', '奶奶好', '给你转了', '别等我', '饭在锅里',
  ], { e2: ['', '谢谢妈', '❤️', '🙏'] }),
  ok('chat', 'nicknames', 'Ordinary nicknames and short bio lines: 小鱼不吃鱼, 干饭人, 佛系更新 — same shape as spam nicknames, no lure.', [
    '小鱼不吃鱼', '干饭人', '佛系更新', '{name}的小号', '夜猫子', '一只咸鱼', '今天也要加油', '不想上班', '吃瓜群众', '路过的网友', '退休了', '摄影爱好者', '考研人', '宝妈一枚', '主页都是猫',
  ]),
  ok('health', 'plants-pets', 'Plant and pet owners using 叶子/冰/飞 innocently: 多肉叶子掉了, 猫吃冰块.', [
    '叶子黄了咋办', '多肉叶子掉了', '绿萝叶子发黄', '猫咪能吃冰吗', '鸟飞走了', '狗狗吐了', '叶子卷了', '冰箱坏了', '茶叶到了', '给猫买了冻干',
  ]),
  ok('family', 'redpacket-group', 'Family and friend groups grabbing red packets: 抢红包, 手气最佳, 发个红包 — 红包 without gambling.', [
    '抢到了{e2}', '手气最佳', '发个红包', '谢谢老板红包', '红包来了', '没抢到', '再发一个', '大家新年快乐🧧', '领了{num}块', '生日红包收到', '手慢了',
  ], { e2: ['', '哈哈', '🧧', '😂'] }),
  ok('finance', 'stock-jokes', 'Retail investors joking in short lines: 又跌了, 回本了, 梭哈, 绿了 — investment words with no offer.', [
    '又跌了{e2}', '终于回本了', '基金绿了', '今天红了', '割肉了', '梭哈了哈哈', '被套了', '满仓踏空', '理财收益{num}块', '韭菜本菜', '不买了 躺平',
  ], { e2: ['', '😭', '🌱', '哈哈'] }),
  ok('education', 'group-invite', 'Classmates and clubs inviting each other to real groups: 进群, 加个微信, 拉你进群 — contact words among acquaintances.', [
    '拉你进班群', '加个微信呗', '进群了吗', '我拉你', '扫码进群 课代表发的', '社团群号xxxxxxxx', '加我 发你作业', '群里通知了', '新生群{num}群', '拉一下{name}',
  ]),
  ok('service', 'delivery-masked', 'Couriers and recipients with masked numbers as in redacted data sets: 取件码, 尾号xxxx, 138****xxxx — no offer.', [
    '取件码x-x-xxxx', '快递到了 尾号xxxx', '到了打我138****xxxx', '外卖放门口', '电话1xxxxxxxxxx 到了打', '房号xxx', '验证码别给别人', '丰巢取件码xxxxxx', '尾号**** 已签收', '骑手到了',
  ]),
  ok('shopping', 'shop-notices', 'Genuine short merchant and customer-service lines: 已发货, 亲在的, 包邮 — 私信/客服 in ordinary use.', [
    '已发货{e2}', '亲 在的', '亲 请稍等', '今天发货', '私信发单号', '客服在吗', '包邮的亲', '退货地址发我', '申请退款了', '已签收', '尺码偏小', '好评返现吗',
  ], { e2: ['', '哦', '～', '亲'] }),
);
