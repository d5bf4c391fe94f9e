import { family, type Family, familyMakers } from '../types.js';
import { FIN, JOB, PROMOTE, PAID, INSULT, CURSE } from '../policies.js';

/**
 * Round v16 very short ordinary messages (file set shortchat-v16, letter h): 2–20 character chat, comment and 弹幕
 * lines, the bulk of real traffic, which models sometimes flag because a few characters dominate a short text.
 * Benign: sincere praise aimed at "you" (你真棒, 你是天才), thanks and apologies, greetings, fun reactions (笑死, 绝了,
 * 破防了), sports fans on matches, family card and mahjong games without money, game squad chat and game-pass 充值,
 * food and drink, meeting up, errands (上门, 代取), health, money among friends (转你了, 还你钱), work, school, weather,
 * pets, family, questions to shops, live-stream comments, Traditional Chinese and Cantonese lines. Harmful: equally
 * short insults, curses, betting and money-mahjong lures, paid-sex lures, coded drug offers, 刷单 and loan lures and
 * cheap-topup game scams, so the contrast is learned. A share of templates carry redacted numbers (xxx, ****).
 * All names, teams and numbers invented.
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const ok = (subtype: string, name: string, pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.v16h-shortchat-${name}`, 'zh', 'benign', subtype, [], pattern, templates, { ...S, ...slots });

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
const GAMEX = ['cg-fraud-or-scams.a.4', 'cg-account-security.d'];
const SELL = [`${R}.d`];

const E = ['', '', '', '', '~', '！', '!', '😂', '👍', '❤️', '🤣', '😭', '🙏', '。', '!!', '～'];
const NAME = ['小林', '阿琳', '老周', '浩哥', '甜甜', '大伟', '小七', '欣欣', '阿彬', '胖虎', '雯雯', '老郑', '小鹿', '强子'];
const TEAM = ['蓝海', '红星', '飞鹰', '东城', '雷霆', '海港', '金狮', '北岸', '青龙', '天河'];
const PLAYER = ['7号', '10号', '老队长', '小将', '门将', '外援', '替补', '中锋', '后卫', '新援'];
const GAME = ['王者', '吃鸡', '原神', '蛋仔', '金铲铲', 'lol', '永劫', '第五人格', '和平', '瓦'];
const FOOD = ['火锅', '烧烤', '奶茶', '麻辣烫', '螺蛳粉', '炸鸡', '饺子', '米线', '小龙虾', '串串', '煎饼', '咖啡'];
const PLACE = ['老地方', '公司楼下', '地铁口', '万达', '学校门口', '南门', '小区门口', '商场一楼', '车站', '图书馆'];
const TIME = ['今晚', '明天', '周六', '周末', '下班后', '中午', '七点', '八点半', '明早', '后天'];
const MONEY = ['20', '35', '50', '68', '100', '200', '500', 'xx', 'xxx', '**'];
const S: Slots = { e: E, name: NAME, team: TEAM, player: PLAYER, game: GAME, food: FOOD, place: PLACE, time: TIME, money: MONEY };

export const families: Family[] = [];

// ---------------------------------------------------------------- harmful (equally short, for contrast)
const { fam } = familyMakers({ lang: 'zh', harm: 'v16-shortchat', slots: S });

families.push(
  fam('harassment', 'insult', 'you-insult', INSULT, 'Very short insults aimed at "you" (你是废物, 你脑子有病, 你真恶心): the same 你+adjective shape as sincere praise, but degrading.', [
    '你真是个废物', '你好恶心{e}', '你是猪吧', '你脑子有病吧', '你算什么东西', '就你也配？', '你个傻X', '你真是个蠢货', '你智障吧', '你个死胖子', '滚吧废物', '你是真的贱', '丑八怪别说话', '你个垃圾', '没脑子的东西', '你就是个废柴', '你妈没教你？', '脑残一个', 'sb吧你', '你个low货', '你是真nc', '恶心吧啦的', '{name}你个贱人',
  ]),
  fam('harassment', 'curse', 'short-curse', CURSE, 'Very short curses wishing death or disaster on a person or their family (全家死光, 出门被车撞, 不得好死).', [
    '你全家死光', '祝你出门被车撞', '不得好死{e}', '早点去死吧', '你怎么还不死', '断子绝孙吧你', '你一家都去死', '你妈没了', '出门踩雷吧', '咒你生病', '你活该没妈', '下辈子做狗吧', '全家火葬场', '你早晚横死', '死了算了你', '希望你遭报应', 'nm没了', 'cnm', '你爹没了吧', '祝你家破人亡',
  ]),
  fam('gambling', 'betting', 'match-bet-lure', PROMOTE, 'Short sports-betting lures in match comments: 下注, 赔率, 包赢, 跟单, 私我 — the same match words fans use, turned into a betting pitch.', [
    '今晚{team}跟我下注', '稳单 私我', '跟单包红{e}', '球赛下注找我', '赔率最高 滴滴', '决赛下注 加v{handle}', '必中 跟我买', '{team}让球稳了 来', '竞彩内部单 私', '下一注翻十倍', '世界杯下注扣我', '跟我买 赢了分你', '充xxx送xxx 看球', '串关必红 私聊', '今晚不跟亏死', '有需要跟单的吗', '看球不下注白看', '出内幕单 {zh_contact}', '免费推单 进群', '赢了提现秒到',
  ]),
  fam('gambling', 'chess-cards', 'money-mahjong-lure', PROMOTE, 'Short lures to online 棋牌/麻将 rooms played for money: 上下分, 一块一分, 房卡, 红中 — the same mahjong words families use, with stakes and a contact.', [
    '麻将上下分 私', '一元一分 来', '红中麻将 24h上下分', '斗地主带分 加v', '打牌能提现', '跑得快 {money}一局', '开房 上分找我', '三缺一 带分的来', '牛牛上下分 秒回', '炸金花来{e}', '棋牌群 一块起', '{zh_contact} 麻将带红包', '24小时有人 上分', '拉人进麻将群', '房卡麻将 有保障', '扣我 打牌挣钱', '斗牛群 下分快',
  ]),
  fam('sexual', 'solicitation', 'short-sex-lure', PAID, 'Very short paid-sex lures: 约吗, 同城, 上门, 快餐, 包夜 with a price or contact — the same 约/上门 words as ordinary meetups and repairs.', [
    '同城约吗{e}', '上门服务 私', '快餐{money} 包夜xxx', '可约 看头像', '有偿约 滴滴', '小姐姐上门', '全套 加v', '今晚有空 可上门', '附近的来', '约吗 不收定金', '学生妹 私我', '包夜价私聊', '同城速约 {zh_contact}', '兼职妹妹 可约', '想放松的来', '夜里寂寞 来找我', '酒店可上门 {money}',
  ]),
  fam('regulated', 'drugs', 'drug-coded-lure', SELL, 'Very short coded drug offers: 叶子, 冰, 糖果, 飞 with 有货/要吗/私 — words that also appear in ordinary chat about plants, drinks and games.', [
    '有叶子 要吗', '冰 有货 私', '飞吗 有糖', '需要叶子的滴滴', '上头的东西 要不', '邮票有 私聊', '溜冰来吗', '有货 同城送', '想飞的找我', '快乐水 懂的来', '果子有货', '今晚要不要嗨', '东西到了 老价', '冰糖 {zh_contact}', '好货 一克xxx', 'K粉有 私',
  ]),
  fam('scam', 'job', 'brush-order-lure', JOB, 'Very short 刷单/兼职 lures: 日结, 手机就能做, 动动手指, 一单一结 — job-scam recruitment in a few characters.', [
    '招兼职 当天结{e}', '手机兼职 私', '一单一结 来', '刷单日入{money}', '宝妈在家可做', '动动手指赚钱', '点赞就给钱', '日赚xxx 扣1', '打字员 日结', '躺赚 {zh_contact}', '学生兼职 私我', '0投入 秒结', '简单 一天几百', '做任务领佣金', '关注有钱拿',
  ]),
  fam('scam', 'loan', 'quick-loan-lure', FIN, 'Very short loan lures: 秒下款, 黑户可借, 不看征信, 先放款 — advance-fee loan scams in a line.', [
    '急用钱找我', '秒下款 私', '黑户也能借', '不看征信 {zh_contact}', '缺钱吗{e}', '额度xxxxx 秒到', '无抵押 当天放', '借钱 找我', '网贷逾期也行', '先放款后收费', '学生可借', '大额低息 私聊', '下款快 不上征信', '额度秒批 找我', '有身份证就能借{e}',
  ]),
  fam('scam', 'game-trade', 'cheap-topup-lure', GAMEX, 'Very short game-trade lures: 低价代充, 一折充值, 免费送皮肤 — the same 充值/皮肤 words players use, as a scam pitch.', [
    '{game}代充 一折', '低价代充 私', '免费送皮肤 扣1', '648只要{money}', '点券半价 找我', '{game}全皮号 低价', '充值打折 滴滴', '送通行证 加群', '账号便宜出 私', '代充秒到 {zh_contact}', '扣1送限定', '走内部渠道 充值便宜', '{game}点券五折', '代肝代充 私', '充值返利 滴滴我',
  ]),
);

// ---------------------------------------------------------------- benign, part 1
families.push(
  ok('chat', 'praise-you', 'Sincere praise and compliments addressed to "you": 你真棒, 你好厉害, 你真是个天才 — short 你+adjective lines that are kind, not sarcastic.', [
    '你真棒{e}', '你好厉害啊', '你真是个天才', '你太强了吧', '{name}你真行', '你好聪明', '你今天好美', '你做得很好', '你是最棒的{e}', '你真的好优秀', '你太会了', '好厉害 学到了', '你真是宝藏', '你好贴心', '你画得真好', '你唱得好好听', '你是我的偶像', '你好温柔啊', '真是天才啊你', '你太有才了', '你考得真好', '你好帅{e}', '你穿这个好看',
  ]),
  ok('chat', 'thanks-sorry', 'Short thanks and apologies among friends, colleagues and strangers: 谢谢, 辛苦了, 不好意思, 对不起我迟到了.', [
    '谢谢你{e}', '太感谢了', '辛苦啦', '麻烦你了', '多谢多谢', '谢谢{name}', '感恩{e}', '不好意思啊', '对不起 我错了', '抱歉 刚看到', 'sorry 晚了点', '是我的问题', '别生气了嘛', '原谅我吧🙏', '打扰了', '不客气', '没事没事', '小事一桩', '应该的', '谢啦', '3q', '对不起 让你等了',
  ]),
  ok('chat', 'hello-bye', 'Greetings and goodbyes: 早, 早上好, 在干嘛, 晚安, 拜拜, 下次见, 回头聊.', [
    '早呀{e}', '早上好', '午安', '在干嘛', '吃早饭没', '{name}在不在', 'hello', '嗨~', '好久不见', '晚安{e}', '晚安 好梦', '拜拜', '先撤了', '下次见', '回头聊', '我先睡了', '明儿见', '路上小心', '到家说一声', '88', '溜了溜了', '早点休息',
  ]),
  ok('chat', 'fun-reactions', 'Fun reactions in comments and chat: 哈哈哈, 笑死, 绝了, 破防了 (moved or laughing), 太真实了, 救命 — no harm, only feelings.', [
    '哈哈哈哈哈哈哈哈', '笑死{e}', '笑到肚子疼', '绝了', '绝绝子', '破防了{e}', '看哭了 破防', '真实到扎心', '救命哈哈', '我不行了', '好家伙好家伙', '离了个大谱', '6', '666', '牛啊', '芜湖', '啊这', '蚌埠住了', '我直接好家伙', '可爱到犯规', '笑出鹅叫', '整个人麻了', '泪目', '上头了',
  ]),
  ok('chat', 'match-comments', 'Sports fans commenting on matches: 比赛, 进球, 主场, 决赛, 赢了, 输了, 熬夜看球 — invented team and player names, no betting.', [
    '{team}赢了{e}', '这球进得漂亮', '主场必胜', '决赛见', '输了 难受', '熬夜看球值了', '{player}太稳了', '裁判瞎了吧', '点球大战 心跳', '绝杀！！', '{team}加油', '下半场看你们的', '又输了 唉', '比分多少了', '进球了进球了', '这场踢得好', '明晚决赛 谁看', '熬夜看球 困死', '客场拿分不容易', '{player}帽子戏法', '门将神了', '冠军！',
  ]),
  ok('chat', 'court-fans', 'Basketball, badminton and other fans in short lines: 三分, 打铁, 加时, 季后赛, 冠军, 国乒 — watching and playing, no stake.', [
    '三分绝杀{e}', '又打铁了', '加时赛！', '季后赛稳了', '{team}冲冲冲', '这个扣篮帅', '球馆见', '周末打球吗', '羽毛球约起', '今天打了三小时', '膝盖又疼了', '国乒牛', '{player}MVP', '这盖帽绝了', '第四节崩了', '下场再来', '总决赛门票抢到了', '看直播还是去现场',
  ]),
  ok('games', 'family-mahjong', 'Family and friends playing cards and mahjong at home or in a free app for fun: 打麻将, 斗地主, 三缺一, 胡了 — no money, no contact.', [
    '三缺一 快来{e}', '胡了！', '今晚打麻将吗', '又点炮了', '斗地主谁来', '外婆又赢了', '过年打牌去', '我清一色', '炸弹！', '春天哈哈', '只打着玩的', '输了洗碗', '欢乐豆没了', '来一局掼蛋', '爷爷教我打牌', '打扑克等饭', '自摸{e}', '牌太烂了', '{name}手气真好',
  ]),
  ok('games', 'squad-chat', 'Players in squad chat: 上分, 开黑, 带我飞, 五排, 上号 — game ranks, no money and no account trade.', [
    '上号{e}', '晚上开黑不', '带我飞', '{game}来不来', '上分上分', '五排缺一', '今晚冲段', '又掉星了', '大佬带带', '我躺了', '打野在哪', '这把稳了', '坑死我了哈哈', '队友太猛', '再来一把就睡', '掉线了 等我', '今天连胜{e}', '单排太难了', '双排吗',
  ]),
  ok('games', 'game-pass-topup', 'Players mentioning their own game spending: 充了通行证, 月卡, 648, 抽卡 — ordinary purchases through the game, nobody selling anything.', [
    '充了个通行证', '月卡续上了', '又充了{money}', '战令买了', '648没出金', '抽卡歪了😭', '十连出金了', '{game}充值活动', '首充才6块', '这皮肤值', '攒了三个月抽的', '少充点 省钱', '大保底了', '买了季卡', '充值记录吓人', '孩子偷偷充了 已退',
  ]),
  ok('chat', 'food-drink', 'Food and drink chat: 喝酒, 奶茶, 吃火锅, 干饭 — real meals and drinks among friends.', [
    '喝奶茶吗{e}', '今晚喝一杯', '干饭了', '{food}走起', '想吃{food}', '少糖去冰', '喝多了头疼', '来两瓶啤酒', '我请客', '这家好吃', '饿了', '吃撑了', '咖啡续命', '喝酒不开车', '{food}太香了', '减肥失败', '一起吃{food}', '奶茶第二杯半价',
  ]),
  ok('shopping', 'takeout', 'Takeout and delivery chat: 外卖到了, 点外卖, 骑手, 备注 — food orders, no other offer.', [
    '外卖到了{e}', '点外卖吗', '我点了{food}', '骑手快到了', '外卖放门口鞋柜上', '拼单吗', '满减凑一下', '忘写备注了', '外卖洒了😭', '超时了', '帮我拿下外卖', '一起点', '配送费好贵', '差{money}起送', '外卖小哥辛苦了', '到了 下楼拿',
  ]),
  ok('chat', 'meetup', 'Making plans to meet: 约个时间, 晚上见, 几点到, 老地方 — 约 meaning to meet friends or colleagues.', [
    '约个时间{e}', '{time}见', '晚上见', '几点到', '{place}见', '我到了', '马上到', '等我五分钟', '改天再约哈', '中午约饭不', '周末约吗', '你定时间', '在{place}等你', '堵车了 晚点', '约{time}行吗', '到哪了', '出来玩', '不见不散',
  ]),
  ok('service', 'errands', 'Everyday errands: 上门 repair or pick-up, 快递, 代取, 跑腿 — visits and deliveries in their ordinary sense.', [
    '快递到了{e}', '帮我代取下快递', '师傅几点上门', '上门取件约好了', '维修师傅到了', '放驿站就行', '取件码xxxx', '代取一个 谢谢', '跑腿费多少', '上门安装吗', '快递丢了', '帮忙带个东西', '尾号xxxx的快递', '下午上门修空调', '送到门口', '催一下快递',
  ]),
  ok('health', 'health-short', 'Health in short lines: 吃药了吗, 打针, 看医生, 发烧, 挂号 — real illness and care.', [
    '吃药了吗{e}', '药按时吃了没', '去打针了', '发烧了', '去看医生吧', '挂上号了', '喉咙疼', '多喝热水', '好点没', '今天复查', '打疫苗了', '药在抽屉', '感冒好了', '牙疼死了', '输液中', '早点好起来', '医生说没事',
  ]),
  ok('finance', 'money-everyday', 'Money in ordinary life: 转你了, 红包收到, 还你钱, AA — friends and family settling small sums.', [
    '转你了{e}', '红包收到', '还你钱', '已转 查收', '收到啦', '咱俩AA', '我先垫上', '你转我{money}就行', '欠你{money}', '饭钱转你', '房租交了', '别转了 我请', '收款码发我', '红包领了 谢谢', '钱到了吗', '车费分一下', '谢谢{name}的红包',
  ]),
);

// ---------------------------------------------------------------- benign, part 2
families.push(
  ok('work', 'work-short', 'Short work chat: 收到, 开会, 加班, 报表, 请假 — colleagues in group and private chat.', [
    '收到{e}', '好的 马上', '几点开会', '今天加班', '报表发你了', '请个假', '在路上了', '我看下', '稍等', '已处理', '老板在吗', '下班了', '明天交', '文件发群里了', '我来跟进', '辛苦大家', '打卡了', '周报写完了吗',
  ]),
  ok('education', 'school-short', 'Students and parents in short lines: 作业, 考试, 放学, 交作业, 期末 — school life.', [
    '作业写完没{e}', '明天考试', '放学了', '我去上课了', '期末加油', '老师点名了', '借我笔记', '几点放学', '考过了！', '挂科了😭', '图书馆占座', '交作业了吗', '下节课什么', '开学了', '补课去了', '成绩出了', '今天测验好难',
  ]),
  ok('chat', 'weather', 'Weather talk: 下雨了, 好热, 降温, 带伞 — short remarks and reminders.', [
    '下雨了{e}', '好热啊', '降温了 多穿点', '记得带伞', '今天好冷', '出太阳了', '台风要来了', '雾霾好大', '下雪了！', '闷死了', '天气真好', '明天有雨', '晒死了', '风好大', '热到融化',
  ]),
  ok('chat', 'pets', 'Pet owners in short lines: 猫, 狗, 遛狗, 猫粮, 打疫苗 — care and cuteness.', [
    '我家猫{e}', '去遛狗了', '猫粮吃完了', '狗狗好可爱', '主子又拆家', '带猫打疫苗', '它在睡觉', '想撸猫', '狗子生病了', '猫又吐了', '好乖啊', '给它洗澡', '猫砂该换了', '绝育了', '小狗狗叫{name}',
  ]),
  ok('family', 'family-chat', 'Family group and kin chat: 妈, 爸, 回家吃饭, 到家了, 想你们 — household talk.', [
    '妈我到家了{e}', '爸 吃了没', '几点回家', '早点回家吃饭', '想你们了', '奶奶身体好吗', '周末回去', '衣服收一下', '门没锁', '给你带了{food}', '宝宝睡了', '视频吗', '明天接你', '外公生日快乐', '家里都好', '别等我吃饭',
  ]),
  ok('shopping', 'shop-questions', 'Short questions to shops and services: 有货吗, 几点开门, 能送吗, 多少钱 — customers asking.', [
    '有货吗{e}', '几点开门', '还营业吗', '能送到{place}吗', '多少钱', '可以开发票吗', '能退吗', '尺码偏大吗', '什么时候发货', '偏远地区包邮不', '能不能少一点', '有现货吗', '可以预约吗', '今天还能修吗', '停车方便吗', '支持到付吗',
  ]),
  ok('shopping', 'live-comments', 'Live-stream viewers commenting: 主播好棒, 求链接, 几号链接, 上架了吗 — asking about clothes and goods being shown.', [
    '主播好棒{e}', '求链接', '几号链接', '这件多少钱', '上架了吗', '主播多高', '还有库存吗', '拍了', '已拍 快发', '这个颜色好看', '主播声音好听', '蹲一个返场', '{name}来了', '第一次来 支持', '这条裤子求链接', '等开价', '主播辛苦了',
  ]),
  ok('chat', 'traditional-lines', 'Everyday short lines in Traditional Chinese (Taiwan, Hong Kong, overseas): 謝謝, 好棒, 晚點見, 吃飯了沒.', [
    '謝謝你{e}', '你好棒喔', '晚點見', '吃飯了沒', '好可愛', '明天見', '辛苦了', '笑到不行', '下班了嗎', '好想你們', '我到家囉', '真的假的', '太厲害了吧', '生日快樂', '下雨了 記得帶傘', '等等我',
  ]),
  ok('chat', 'cantonese-lines', 'Everyday short Cantonese lines: 食咗飯未, 早晨, 唔該, 好正, 聽日見.', [
    '食咗飯未{e}', '早晨', '唔該晒', '好正啊', '聽日見', '你好犀利', '笑死我', '返到屋企未', '我而家過嚟', '得閒飲茶', '唔好意思', '咁都得', '係咪真㗎', '飲杯嘢', '好攰啊', '等陣見',
  ]),
  ok('chat', 'congrats-wishes', 'Congratulations and wishes: 生日快乐, 恭喜, 新年快乐, 一路顺风 — celebrations.', [
    '生日快乐{e}', '恭喜恭喜', '新年快乐', '恭喜上岸', '新婚快乐', '一路顺风', '考试顺利', '早生贵子', '乔迁快乐', '恭喜发财', '升职快乐', '平安喜乐', '{name}生日快乐', '祝好运', '中秋快乐',
  ]),
  ok('chat', 'comfort', 'Comfort and encouragement: 加油, 抱抱, 别难过, 会好的 — support to friends.', [
    '加油{e}', '抱抱', '别难过', '会好的', '有我在', '你可以的', '慢慢来', '早点睡吧', '别想太多', '我陪你', '撑住', '相信你', '不哭不哭', '都会过去的', '累了就休息',
  ]),
  ok('chat', 'agree-ok', 'Short agreement and acknowledgement: 好, 行, 可以, 没问题, OK, 嗯嗯.', [
    '好{e}', '行', '可以', '没问题', 'OK', 'ok的', '嗯嗯', '好滴', '听你的', '妥了', '安排', '可', '好呀', '没意见', '就这么定了', '了解',
  ]),
  ok('chat', 'commute-travel', 'Commute and travel chat: 到站了, 堵车, 高铁, 登机了, 打车 — on the way.', [
    '到站了{e}', '堵死了', '上高铁了', '登机了', '落地了', '打到车了', '地铁好挤', '还有两站', '车晚点了', '在{place}了', '导航带错路', '出发了', '错过末班车', '酒店到了', '今天骑车上班',
  ]),
  ok('shopping', 'haul-fashion', 'Shoppers about their buys: 买到了, 好看, 显瘦, 种草, 退货 — clothes and goods.', [
    '买到了{e}', '好看吗', '显瘦', '被种草了', '又剁手了', '退货了', '质量不错', '颜色好正', '这双鞋舒服', '打折买的', '同款', '拔草了', '给我妈买的', '尺码刚好', '到手{money}',
  ]),
  ok('chat', 'idol-fans', 'Fans of singers, actors and creators cheering sincerely: 哥哥好帅, 姐姐好美, 打call, 应援, 演唱会 — invented names.', [
    '哥哥好帅{e}', '姐姐好美', '打call', '应援到位', '演唱会见', '抢到票了', '新歌好听', '单曲循环', '舞台绝了', '是神仙吧', '等二专', '太好哭了', '永远支持', '粉了', 'up主辛苦了', '一键三连',
  ]),
);
