import { family, type CorpusLabel, type Family } from '../types.js';
import { HARASS_SEX, INSULT } from '../policies.js';

/**
 * Round v37 (file set harasssex-v37, benign letter d): sexual harassment and crude sexual messages aimed at one adult
 * person (label vulgar, subtype explicit, catalogue items HARASS_SEX and VULGAR-type language), and abuse of a person
 * with sexual insults (label harassment, subtype insult). The plain forms are in earlier rounds: crude DMs to strangers,
 * colleagues, riders and streamers, body-photo demands and repeated messages after "stop" (sexdm-v19), crude talk in
 * work, friend and dorm groups (crudetalk-v24, crudetalk-v29, lewdtalk-v22, vulgarchat-v34), crude comments under
 * photos and live streams (lewd-v16, crudecomment-v35, crudelive-v31), hints to women who serve customers and slurs in
 * quarrels (lewdhint-v32), slut-shaming and sexual insults (misogyny-v26) and non-sexual abuse in private disputes
 * (dmabuse-v16). This set adds what they leave thin: a boss's or supervisor's late-night messages that tie crude
 * remarks to 转正, 绩效, 加薪, 排班 and 出差同房; recruiters and "HR" on job apps asking for 三围, 泳装照 and evening
 * interviews in hotels; crude remarks sent through the channels left after a block (转账备注, 好友申请验证, 红包留言,
 * 邮件, 歌单名, 换号短信); users harassing 客服, 话务员 and 售后 agents in support chats; 预约备注 and 点评 that single
 * out and sexualise a named staff member (美甲师, 技师, 家政, 前台, 私教); drivers (网约车, 顺风车, 代驾, 货拉拉) who
 * message a passenger after the trip from the order's number; 私照 demands wrapped in a pretext (验证真人, 交换, 看诚意,
 * 看相, 体态评估, 网恋); "想你的身体"-style messages from exes, old dates and old classmates; 开黄腔 @-aimed at one member
 * of adult course, alumni, 驾校, 研究生 and 年会 groups; crude, mocking replies to a woman who complains of harassment
 * or 偷拍 (targeting a victim); insults claiming a woman's job or results were 睡来的; and refusals answered with sexual
 * slurs. Adults only; crude remarks, propositions and slurs as senders write them, never a described act.
 * Benign look-alikes (letter d): couples' mild affectionate messages (想你, 你的身体好点没), polite compliments on
 * looks and outfits, bosses' ordinary late-night work messages (转正材料, 出差各自一间, 绩效面谈), HR notices on
 * anti-harassment rules, school, 驾校 and training-course conduct notices, victims quoting what they were sent to ask
 * for help, polite dating-app openers, fitness and fashion comments about clothes, sizes and training, medical
 * questions about the body, friends joking about dates without crude words, customer-service chats, and drivers'
 * pickup messages, 预约备注, 点评 and 转账备注 that stay ordinary. A share of templates is written redacted (x, X, * or ＊).
 */

type Slots = Readonly<Record<string, readonly string[]>>;
type BSub = 'chat' | 'service' | 'work' | 'education' | 'dating' | 'health';

const E = ['', '', '', '😏', '🤤', '😘', '👀', '🥵', '😈', '🙈', '嘿嘿', '🤭'];
const EB = ['', '', '', '😊', '👍', '🥰', '✨', '哈哈', '🌹', '🙏', '💪', '😄'];
const NAME = ['小琪', '雯雯', '晓蕾', '佳怡', '梦瑶', '小敏', '静静', '露露', 'Lily', 'Amy', '思思', '婷婷', '阿玲', '欣然'];
const NAME2 = ['小雅', '芳芳', 'Coco', '阿青', '诗涵', '美玲'];
const BOSS = ['王总', '李经理', '陈主管', '组长', '刘总监', '张总', '店长', '老板', '赵部长'];
const TIME = ['23:48', '凌晨00:37', '凌晨1:15', '半夜十二点', '夜里11点半', '02:06', '凌晨一点多'];
const CITY = ['苏州', '厦门', '青岛', '长沙', '昆明', '合肥', '南宁', '济南', '无锡', '珠海'];
const APP = ['Boss直聘', '智联', '58同城', '猎聘', '前程无忧', '某招聘app'];
const DAPP = ['探探', 'soul', '陌陌', '青藤', '积目', '牵手'];
const AREA = ['万达广场', '高铁站', '滨江小区', '科技园', '人民医院', '大学城', '东门地铁站', '星河湾'];
const N = ['3', '5', '7', '12', '18', '27', '40'];

const base: Slots = { e: E, eb: EB, name: NAME, name2: NAME2, boss: BOSS, time: TIME, city: CITY, app: APP, dapp: DAPP, area: AREA, n: N };

const fam = (label: CorpusLabel, subtype: string, slug: string, policies: readonly string[], pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.${label}.${subtype}.v37-harasssex-${slug}`, 'zh', label, subtype, policies, pattern, templates, { ...base, ...(slots ?? {}) });

const ben = (subtype: BSub, slug: string, pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.v37d-harasssex-${slug}`, 'zh', 'benign', subtype, [], pattern, templates, { ...base, ...(slots ?? {}) });

/** repeated, unwanted sexual contact */
const REPEAT: readonly string[] = [...HARASS_SEX, 'cg-harassment-and-bullying.a'];
/** crude replies that target a victim of harassment */
const VICTIM: readonly string[] = ['cg-harassment-and-bullying.b', ...HARASS_SEX, ...INSULT];
/** insults alleging sexual behaviour */
const SLEPT: readonly string[] = ['cg-cyberbullying.b', ...INSULT, 'cg-harassment-and-bullying.f'];
/** refusal answered with sexual slurs */
const SLUR: readonly string[] = [...INSULT, 'cg-harassment-and-bullying.f', 'cg-harassment-and-bullying.a'];

const CO = ['某传媒', '某文化公司', '一家MCN', '某贸易公司', '某科技', '某会所'];
const HOTEL = ['XX酒店', '全季', '公司楼上的公寓', '快捷酒店', '**大酒店'];
const PAY = ['8k', '1w', '6000', '12k', '1.5w'];
const STAFF = ['美甲师', '技师', '前台', '发型师', '私教', '收银员', '服务员'];
const DRIVER = ['滴滴司机', '顺风车车主', '代驾', '快车师傅', '货拉拉师傅', '出租车师傅'];
const GROUP = ['同学会群', '驾校学员群', '研究生群', '考证班群', 'MBA群', '年会筹备群', '夜校群', '读书会群', '口语班群'];
const SLURW = ['骚货', '贱货', 'b子', '婊子', '公交车', '破鞋', 'sao货', '烂货', '鸡'];

const HARM: Family[] = [
  fam('vulgar', 'explicit', 'boss-leverage-late-night', HARASS_SEX,
    'A boss, supervisor or shop manager messaging a subordinate late at night with crude remarks about her body and propositions tied to 转正, 绩效, 加薪, 排班, 续约 or a shared hotel room on a business trip — sexual harassment that uses power over the job.',
    [
      '{time}了还没睡？想你了 转正的事来我房间聊{e}',
      '小{name} 绩效我还没打 你穿睡衣视频给我看看 心情好就给你A',
      '睡了吗 明天出差就订一间 懂事点 年底名额少不了你',
      '想加薪？简单 陪我一晚 别跟我装',
      '【{time}】{boss}：你今天那条裙子我看了一天 下次别穿打底裤',
      '在吗 刚喝完酒 想你那双腿 聪明的话试用期就不用熬三个月了',
      '我这人直接 你身材我喜欢 留不留得下来看你今晚表现',
      '排班我说了算 周末想休 就来我车上坐坐 就咱俩{e}',
      '老是已读不回？我是你领导 发张睡前照我看看 这点面子都不给',
      'x总：要不是长这样 这岗位轮得到你？晚上来酒店 把"感谢"当面说',
      '{name}，这么晚打扰了。今天开会你坐我对面，我一直在看你，说实话你老公真有福气。项目组下个月定负责人，我心里想让你上，但男人嘛，总得有点动力。周五{city}出差，房间我订好了，就一间，你自己掂量。别跟我扯什么你有家庭，成年人之间的事，你不说我不说，谁知道？你要是不来，下个月的名单上就没你了，我说到做到。早点回复我，我等你到一点。',
      '下季度奖金想要多少？拿你的身子来换 我开价很公道',
      'kpi不达标没关系 陪我喝酒唱歌 再让我抱一下 就达标了',
      '你男朋友能给你升职吗 我能 你自己选',
      '合同续不续 看你今晚来不来 来的话穿少点{e}',
      '宝贝在不在 梦见你躺我办公桌上了 明早早点来 有"工作"安排',
      '{boss}：兼职转全职可以 先让我满意 哪种满意你懂的',
      '这么晚还加班 真乖 来办公室给领导捏捏肩 顺便让我摸摸 明年给你调岗',
    ]),

  fam('vulgar', 'explicit', 'recruiter-interview-harass', HARASS_SEX,
    'Recruiters, "HR" and casting contacts on job apps who ask applicants for 三围, 泳装照 or 内衣照, set interviews at night in hotel rooms, or make the offer depend on "放得开" and being touched — sexual harassment dressed as hiring.',
    [
      '面试前先发张全身照 穿紧身的 我要看身材{e}',
      '你好 我是{co}的HR 岗位要求形象好 发张泳装照 不发不安排面试',
      '简历看了 照片太保守 胸围多少 补上',
      '这岗位要陪客户 放得开吗 让客户摸一下都不行的就别来了',
      '二面改到晚上九点 地点{hotel} 房号到时候发你 穿裙子来',
      '【{app}】招聘者：美女 你这长相做文员可惜了 跟着我工资翻倍 就是晚上要"加班"',
      '我们老板喜欢腿长的 站起来拍一张 别穿丝袜',
      '面试合格了 就差最后一关 单独来见我一次 懂的人自然懂{e}',
      '视频面试 镜头往下调一点 我看看你"气质"',
      '试镜要求：私下先发三张内衣照 导演要看上镜效果',
      '求职者你好，你投的前台岗我们很满意。公司前台就是门面，老板对身材有要求。今晚加我私人微信，发几张生活照，睡衣的也行，老板亲自挑。通过底薪{pay}起，不通过就当交个朋友，别想多。另外提醒一下，我们这行要经常陪客户应酬，穿着要放得开，客户开心了手脚不老实一点也是常事，你要是接受不了现在就说，别到时候装纯洁浪费大家时间。',
      '有男朋友吗 这岗位经常出差 单身的方便 晚上住一起不介意吧',
      '一看就没经验 想要这个offer就别太清高 今晚来我车里谈',
      'HR：身高 体重 三围 三围必须写 不写不给过',
      '你朋友圈那张比基尼的 发我原图 面试直接过',
      '模特兼职日结{pay} 不过得先让我验验货 身材不验不行{e}',
      '入职体检？不用去医院 来我办公室 我亲自给你"检查"',
    ],
    { co: CO, hotel: HOTEL, pay: PAY }),

  fam('vulgar', 'explicit', 'blocked-channel-crude-notes', REPEAT,
    'After being blocked, the sender keeps pushing crude sexual remarks through every channel left — 转账备注 of 0.01 yuan, 好友申请验证消息, 红包留言, email, shared playlists, parcels with notes, new numbers — repeated unwanted sexual contact.',
    [
      '【转账0.01元】备注：拉黑我也没用 想你的屁股',
      '好友申请：别再拒绝了 我只想看你穿睡衣的样子{e}',
      '验证消息：我是你前同事 电梯里你胸口那颗痣 我记得清清楚楚',
      '支付宝转账 ¥0.01 附言：今晚穿黑色的吗',
      '红包留言：收下就当答应陪我一晚',
      '你删了我微信 那我就用转账跟你说话 每天一分钱 一句想你的身体',
      '添加好友附言：骚货 通过一下 有话说',
      '歌单已改名「想睡{name}」 邀请你一起听{e}',
      '钉钉DING（非工作）：你腿真白 加回我',
      '邮件 主题：无题 正文：你屏蔽了所有地方 只剩这里 我想你的身体想疯了',
      '你闲鱼号我也找到了 拍下你那条裙子 备注：穿着送来',
      '【转账】¥5.20 备注：x你',
      '第{n}次好友申请：我不会放弃的 你那身材不给我看太浪费',
      '寄了一盒东西到你公司 卡片上写着：穿上它拍给我 别装',
      '【短信】换第{n}个号了 接一下 就想听你声音 床上那种',
      '拉黑有什么用 你的外卖地址我有 下次备注写 我想你的大腿',
      '网盘分享：「给{name}的」 文件名就一句 今晚等你脱',
      '【某某银行】您尾号{digits4}账户收到转账0.01元 附言：拉黑也没用 想你的腿 回T退订',
    ]),

  fam('vulgar', 'explicit', 'support-agent-harass', HARASS_SEX,
    'Users who turn a customer-service, hotline or 售后 chat into crude sexual remarks at the agent — asking what she wears, her 三围, her private WeChat, "肉偿", trading a good rating for sexual favours.',
    [
      '客服小姐姐声音这么好听 现在穿的什么{e}',
      '别报工号了 我要你私人微信 陪我聊点成年人的',
      '人工客服你是女的吗 是女的我就不投诉 发张照片',
      '退款不急 先说说你三围',
      '【在线客服】用户：你叫{name}是吧 名字这么骚 人肯定也骚',
      '话务员你好 我没事 就想听你喘气',
      '快递丢了你赔不起吧 那就你来赔 肉偿也行',
      '工号{n}号 你叫我一声老公 我马上给五星',
      '你们客服是不是都挑身材好的 开个视频我看看',
      '打了十几次电话就为找你 那个声音甜的 我想跟你睡一觉',
      '我不要机器人，我要刚才那个女客服。她说话嗲嗲的，我一晚没睡着。你转告她：我的问题很简单，她穿什么颜色内衣，说了我就撤诉，不说我天天打，打到她换工作为止。',
      '银行客服也能约吗 你几点下班 我在你们大厅门口等{e}',
      '投诉？行 投诉你声音太勾人 我受不了',
      '小姐姐你们工作服是包臀裙吗 拍一下 拍了就确认收货',
      '售后备注：维修的要是女的就派她上门 东西坏了无所谓 人来就行',
      '机器人听不懂是吧 说直白点 我要找个女的聊骚 转人工',
      '你这客服态度不错 要是晚上也这么"服务"就更好了',
    ]),

  fam('vulgar', 'explicit', 'booking-note-review-staff', HARASS_SEX,
    'Appointment notes and public reviews (预约备注, 大众点评, 美团评价, 追评) that single out a named woman worker — 美甲师, 技师, 家政, 前台, 私教, 服务员 — and sexualise her body or ask the owner to hand her over.',
    [
      '大众点评：环境一般 但{n}号技师腿很长 下次还点她 穿短点更好 五星',
      '预约备注：要那个胸大的{staff} 别的别来',
      '家政预约备注：阿姨要年轻的 穿裙子来打扫 我一个人在家',
      '评价：前台妹子态度好 就是衣服太多了 建议老板换个制服{e}',
      '美发预约：指定女发型师 洗头的时候让她靠近点 你懂',
      '保洁上门备注：最好女的 身材好加钱 打扫完陪我坐会',
      '追评：那个{name}我要了 老板把她微信给我 看她弯腰那下我就知道她想',
      '健身房评价：女教练手法不错 就是不肯加练"床上项目" 四星',
      '差评：美甲师不让摸手 摸一下怎么了 装什么',
      '酒店点评：前台小姐姐很骚 给房卡还冲我笑 可惜没上来{e}',
      '按摩店点评：正规店 可惜了那几个技师的身材 老板考虑开放点',
      '外卖评价：老板娘亲手做的？那下次让老板娘送 晚上送',
      '给个三星吧。菜一般，服务员倒挺养眼，点菜那个穿黑丝的，弯腰倒水的时候我都看见了。老板要是让她专门负责我这桌，我天天来，每次消费{zh_amount}起，她下班愿意跟我出去的话多少钱你开。',
      '预约瑜伽私教：要女老师 课后单独留下 教我点别的',
      '陪诊预约：要漂亮的 穿护士服来 陪完诊陪我',
      '点评：{staff}小姐姐的手好软 不知道别的地方软不软 下次试试',
      '美容院评价：项目一般 冲着{name}去的 她那身材 做什么项目都值',
    ],
    { staff: STAFF }),

  fam('vulgar', 'explicit', 'driver-after-trip-dm', HARASS_SEX,
    'Ride-hailing, 顺风车, 代驾, moving-van and taxi drivers who use the order\'s number to message a woman passenger after the trip with crude remarks about her body and propositions — sexual harassment by a service provider who knows where she lives.',
    [
      '你好 我是刚才送你到{area}的司机 你下车的时候裙子 我看到了{e}',
      '美女 行程结束了 但我还想载你 载到床上',
      '顺风车车主：下次坐副驾 我开慢点 手放你腿上不介意吧',
      '代驾：您喝多了我扶您上楼 身上真香 下次喝醉还叫我',
      '【虚拟号转接】我是那个{driver} 号码存了 一个人住吧 今晚过去陪你',
      '搬家师傅：东西搬完了 你那堆内衣挺好看 哪天穿给我看',
      '姑娘 腿那么白 坐后排可惜了{e}',
      '拼车群：刚拉的那个穿吊带的 我开车都分心 @她 下次还约我的车',
      '{driver}：你的行程我还能看到 明早八点在你小区门口 上车别穿外套',
      'hi，我是昨晚接你的快车司机，车牌尾号{digits4}那个。你上车一直打电话说分手，我都听到了。一个人多寂寞，哥不比他强？你那身材找谁不行，今晚十点我收车，来接你兜风，后座收拾干净了。',
      '货拉拉师傅：跟车的美女 下次坐我腿上 座位费就免了',
      '出租车司机：收你{zh_amount}是正常价 陪我一次的话 以后都免费',
      '下车了还在想你 那个屁股坐过的车垫 今天不想洗了',
      '五星给我 再加个微信 送你一程免费的 车上也行{e}',
      '代驾小哥：姐 下次别让我在楼下等 让我上楼陪你醒酒 你懂的',
      '司机师傅发来：你在后座补妆那会儿 我从后视镜看了你一路 胸型真好',
      '顺风车结束后：手机号我备注了"小骚包" 明天还顺路吗',
      '【某某出行】您的司机给您留言：美女下车走太快了 裙子那么短 下次坐前面 让我看清楚点',
    ],
    { driver: DRIVER }),

  fam('vulgar', 'explicit', 'pretext-private-photo-demand', HARASS_SEX,
    'Demands for 私照 wrapped in a pretext — proving she is real (验证真人), fair exchange (我先发了), sincerity in 网恋, fortune-telling by body, "posture assessment" or online "diagnosis" — pressing an adult for nude or near-nude photos.',
    [
      '聊了三天了 发张私照证明你是真人 不然当你是骗子',
      '我先发了我的 你不回一张就是不尊重我{e}',
      '网恋要坦诚 想看你洗澡前的样子 别的男人看不到的那种',
      '验证一下 拿张纸写我名字 放胸口拍 领口往下拉点',
      '摄影爱好者 想给你修组私房 先发几张素材 布料越少越好修',
      '线上体态评估要内衣照 正面侧面背面 运动内衣不行 挡着看不清',
      '你说喜欢我 那拿出诚意 私照发来 发了我才信',
      '说好的交换 我这都发了 你发个洗完澡的 不发就到处说你玩不起',
      '异地好辛苦 宝 拍一张只给我看的 就今晚 想你的身体了',
      '看相得看全身 穿衣服看不准 私发我 我给你算婚姻',
      '线上问诊：上衣脱了拍个正面 不用挡 我看看气血',
      '不发就说明心里有鬼 正经女人怕什么 发张睡觉穿的',
      '我们都聊了一个月了，你每次都推说不方便。我兄弟的女朋友都会给他发那种照片，就你矫情。我又不给别人看，存加密相册。今晚十二点前发三张，睡裙的也行，不发就说明你根本不爱我，咱们算了。',
      '视频验证太麻烦 发张没穿外衣的自拍 主要看是不是照骗',
      'sz发我 fz qj 只看不传',
      '{dapp}上都是骗子 你要是真人 就拍一张躺床上的 穿少点那种',
      '你私照的尺度 决定我对你认不认真{e}',
    ]),

  fam('vulgar', 'explicit', 'want-your-body-messages', REPEAT,
    'Unwanted "想你的身体"-style messages from an ex, a former date, an old classmate or an acquaintance — often late at night, after she has moved on or married — recalling her body, asking for one night, refusing to take silence as no.',
    [
      '想你的身体了 就今晚 别装不认识我',
      '分手半年了 还是忘不了你身上的味道{e}',
      '听说你结婚了 恭喜 不过你的身体还是我最熟',
      '喝多了 脑子里全是你那晚穿的那件 回我一句',
      '前任也是人 也有需要 周末回{city} 老地方见',
      '你新男友知道你腰上那个纹身是为谁纹的吗 想再看一眼',
      '相亲见过一面那个 记得吗 那天你坐我对面 我一直在想你衣服底下',
      '不想复合 就想睡你 懂？',
      '{time} 想你想得睡不着 想的不是你这个人 是你的身子',
      '【{n}条未读】在吗 在吗 想你 想你的腿 想你的……',
      '老同学 毕业十年没见 你还是那么有料 哪天单独出来 我老婆不在家{e}',
      '我知道你拉黑过我两次，但还是想说：这些年睡过的女人不少，没一个比得上你。我不要复合，你过你的日子，偶尔陪我一晚就行，你老公不会知道，我嘴很严。不回就当你默认了，下周三我去你公司楼下。你那件白色连衣裙还在吗？穿那件来，我最喜欢你穿它的样子，一想到就整晚睡不着。别又拉黑我，拉黑了我就换号，换号了我就去你家楼下等。',
      'xxx 又梦到你了 梦里你没穿衣服 醒来好失落',
      '你朋友圈新照片胖了点 不过我喜欢 摸起来肯定更软',
      '晚安不敢说了 就一句 想抱着你睡 光着的那种',
      '前男友：你现在那个 能让你叫得比我在的时候大声吗',
      '过年回老家碰到你了 你穿那件毛衣 我想了一整个假期 初八回来约一下',
    ]),

  fam('vulgar', 'explicit', 'group-at-one-member', HARASS_SEX,
    '开黄腔 @-aimed at one member in adult course, alumni, 驾校, 研究生, 考证班, MBA and 年会 groups — votes on whose chest is biggest, remarks on her clothes and body, crude questions, in front of everyone she studies or works with.',
    [
      '{group}：@{name} 教练说你倒车入库屁股扭得最好看 大家说是不是{e}',
      '同学会群 @{name} 当年的班花 现在更有料了吧 聚会穿少点',
      '研究生群 @{name} 师姐答辩那条裙子 导师都看直了 哈哈',
      '考证班群：@{name} 每次坐第一排 是不是故意让老师分心',
      '年会群：@{name} 今晚你跳舞 衣服能不能再短点 兄弟们等着',
      '@全体成员 投票：咱们班谁胸最大 候选 @{name} @{name2}',
      'MBA群 @{name} 那次小组作业去你家 你穿睡衣开门那画面 我存脑子里了',
      '毕业十周年群 @{name} 还记得大二你穿的那件白裙子吗，男生宿舍讨论了一整个学期。现在都成年人了，说说怎么了？聚会那天你要还穿白的，我们几个请你喝酒，喝多了谁送你回家就看谁运气了。大家说好不好？赞成的扣1，@{name} 你也表个态，别装没看见，当年你可没这么清高，毕业照里那件低领的谁不记得。',
      '@{name} 群里就你不说话 是不是在被窝里忙别的',
      '实习群 @{name} 新来的有男朋友吗 没有的话咱组单身汉轮流试试',
      '@{name} 你头像那张比基尼 群里人手一张了 建议换个更大胆的{e}',
      '口语班群 @{name} 老师让你练发音 你嘴张那么大 练的什么 懂的都懂',
      '@{name} 别害羞 群里都是成年人 说说你喜欢什么姿势',
      '培训合影出来了 @{name} 站C位是因为胸最挺吧',
      '{group}里 @{name} 昨天你穿瑜伽裤来上课 后排男的都没听讲',
      '@{name} 问你个问题 你老公是不是满足不了你 不然天天在群里晒照',
      '读书会群：@{name} 别读书了 来读读哥的身体',
    ],
    { group: GROUP }),

  fam('harassment', 'insult', 'complaint-crude-replies', VICTIM,
    'Crude, mocking replies to a woman who complains that she was harassed, groped, followed or 偷拍 — blaming her clothes, asking for details or the photos, saying she enjoyed it or is too ugly to be harassed — targeting a victim of sexual harassment with sexual remarks.',
    [
      '就你这长相还有人骚扰？做梦被摸的吧',
      '穿那么短被拍活该 下次拍清楚点 我也想看',
      '说被摸了 摸哪了 详细讲讲 我帮你鉴定{e}',
      '博主这身材 换我也忍不住 不怪他',
      '地铁上被蹭？心里偷着乐吧 装什么受害者',
      '天天喊骚扰 其实就想要男人关注 真有人碰你你比谁都开心',
      '报警？就为一句荤话？你这种女的谁敢要',
      '没照片怎么证明被偷拍 发原片来大家评评理',
      '领导骚扰你说明你有价值 多少人想被骚扰还没机会',
      '把被偷拍那条裙子再穿一次 我们帮你看看是不是真走光',
      '看完了，没什么同情。大半夜一个人穿成那样去酒吧，被人摸一下就发长文挂人，图什么？图流量吧。真那么贞洁就在家待着，别出来勾人。评论区说心疼的男的，不过是想排队睡你罢了。我就不装了，你要真想讨个说法，先把那天穿的照片发出来，让大家看看到底是谁勾的谁，要是露得多，那这骚扰就是你自找的，别再浪费公共资源报警了。',
      '被骚扰了还晒自拍 那人看到又要来了 顺便加我一个',
      '这种帖子越喊越骚 笑死',
      '你这胸被蹭一下也正常 面积大 躲不开{e}',
      '老公都不管 你在这哭什么 是不是就喜欢被陌生人碰',
      '司机夸你腿好看就叫骚扰？玻璃心 说不定你还挺享受',
      '挂人之前先想想 你那身打扮 是不是在邀请',
    ]),

  fam('harassment', 'insult', 'slept-her-way-insult', SLEPT,
    'Insults aimed at a woman (now and then a man) claiming her job, promotion, grades, sales or contract came from sleeping with someone — 睡上去的, 陪睡换来的, 靠身子拿单 — sexual allegations used to demean a person.',
    [
      '升这么快 睡了几个领导？',
      '你那个奖 是在酒店房间里评的吧{e}',
      '@{name} 销冠？靠身子拿的单 谁不知道',
      '新来的主管就是陪老板睡上去的 还好意思给我们开会',
      '论文过得这么顺 导师那张床挺软的吧',
      '你的合同是跪着签的还是躺着签的',
      '别装了 你那个编制 全单位都知道怎么来的',
      '同样的方案我做就被毙 你做就过 因为你能陪甲方过夜',
      '她考核全A 哈哈 裙子短一寸 分数高一档',
      '一个女的三年做到总监，说她靠能力谁信？年会那晚她跟大老板一起离场的事，群里谁没看见。今天还在台上讲什么团队协作，我听着都恶心，你那套"协作"只对老板一个人吧。',
      '律所合伙人？是合"床"人吧',
      '男的也一样 你那个位置是陪富婆换来的 鸭子装什么精英',
      '拿了驾照？教练那几晚没白陪',
      '主播能签大公司 {name}你睡了几个运营',
      '你那业绩 白天一半 晚上一半',
      '店长位置给你？老板娘要是知道你晚上给老板"汇报"什么 你还能站这',
      '别拿什么专业说事 你的专业就是脱',
    ]),

  fam('harassment', 'insult', 'rejection-turned-slurs', SLUR,
    'When a woman turns down an advance — declines a date, a drink, a dance, a WeChat add — the sender flips to sexual slurs and crude contempt (装什么纯, 骚货, 公交车, 谁都能上) in DMs, comments and in person-to-person chats.',
    [
      '不加就不加 装什么纯 {slur}',
      '约你吃饭都不去？给脸不要 早被人玩烂了吧',
      '拒绝我？你也配 {slur}一个',
      '刚才不还冲我笑吗 现在装清高 谁都能上的{slur}',
      '不跳就不跳 穿成那样来酒吧 不就是出来卖的',
      '已读不回？行 全公司都知道你什么货色{e}',
      '嫌我矮？你那身子给谁都行 就不给我？',
      '好心请你喝一杯 甩脸子给谁看 夜场出来的装什么良家',
      '我追你三个月，花了多少钱你心里没数？现在说只把我当朋友，早干嘛去了。你以为你多干净，你前男友早把你那点事说出去了，一个被睡烂的女人还挑三拣四，以后别让我在公司碰到你。我今天就把话放这，你那些照片我手机里还有，哪天我心情不好发到部门群里，让大家看看你们的女神私下是什么样的{slur}，到时候你哭都来不及。',
      '不给号码就算了 你这种 {slur} 一百块都不值',
      '{dapp}上匹配了又不聊 那你上来干嘛 找鸭子吗 装',
      '说了句你好看就拉黑 破鞋脾气还挺大',
      '不就是不想跟我睡 说那么多借口 {slur}',
      '拒绝了我还发自拍 发给谁看 骚给谁看',
      '你等着 我把你照片发群里 让大家看看这个清高的{slur}',
      '相亲不成就说我人品不行？你才是 一看就是被人用过的',
      '呵 挑吧 再挑就是二手的二手了',
    ],
    { slur: SLURW }),
];

const BEN: Family[] = [
  ben('dating', 'couple-mild-affection',
    'Couples\' and spouses\' affectionate messages that stay mild — 想你, 抱抱, 晚安, 你的身体好点没 — between partners who want them; nothing crude, nothing unwanted.',
    [
      '到家了吗 到了说一声 想你了{eb}',
      '今天好累 想抱抱你',
      '晚安宝 明早给你带豆浆',
      '{time}了还不睡 快睡 明天又喊困',
      '出差第三天 好想你 一个人睡酒店的大床好不习惯',
      '想你的声音了 方便打个电话吗',
      '纪念日那家餐厅订好啦 穿你那条蓝裙子 我最喜欢',
      '老婆 下雨了 衣服我收了',
      '异地第100天 还有20天见面 倒计时{eb}',
      '想你 想你做的红烧肉 也想你唠叨',
      '你的身体好点没 药记得吃 多喝热水',
      '想你的身体快点好起来 周末带你去爬山',
      '今天路过我们第一次约会那家店，还在。突然特别想你，想跟你去吃那家酸菜鱼。等你这周忙完，周末回去吃一次好不好？',
      '亲一个 晚安😘',
      '老公今天加班辛苦了 给你留了汤 在锅里',
      '你穿我那件卫衣的样子好可爱 拍张给我看看嘛',
    ]),

  ben('chat', 'polite-compliments',
    'Polite compliments on someone\'s photo, outfit, haircut or wedding pictures — 好看, 气质, 衬你, 得体 — with no sexual remark and no request.',
    [
      '这身好看 颜色很衬你{eb}',
      '新发型很精神',
      '照片拍得真好 光线好舒服',
      '姐姐气质好温柔',
      '今天的妆很自然 口红什么色号',
      '婚纱照太美了 恭喜恭喜{eb}',
      '阔腿裤很有气场 求链接',
      '这条裙子好适合你 上班穿也得体',
      '你笑起来真好看 照片里的状态很好',
      '健身一年变化好大 人看着很精神 佩服',
      '旗袍好配你 毕业典礼穿正合适',
      '西装很合身 面试稳了',
      '看了你的旅行照，每张构图都很讲究，人也拍得自然，不是那种摆拍的感觉。求问用的什么相机？',
      '头像换了？这张很有氛围感',
      '{name}今天的衬衫好好看 在哪买的',
    ]),

  ben('work', 'boss-late-night-work',
    'A boss\'s or colleague\'s late-night messages that are only about work — 方案, 出差 with separate rooms, 转正 paperwork, 绩效面谈, 加薪, 排班 — apologetic about the hour and nothing personal.',
    [
      '{time}了 不好意思打扰 方案明早九点前发我',
      '明天{city}出差 酒店订好了 每人一间 行程发群里了',
      '转正材料周五前交HR 别忘了',
      '绩效面谈约周三下午 准备一下述职',
      '睡了吗？客户临时改需求 明天一早碰一下',
      '辛苦了 今晚早点休息 明天晚点到没关系',
      '加薪的事我跟老板提了 下个月调{eb}',
      '排班表更新了 这周末你休',
      '续签的事HR会找你 别担心 你表现大家都看得到',
      '刚看到你的邮件 这么晚还在改 辛苦 剩下的明天再弄',
      '{boss}：报表有个数对不上 不急 明早看一下',
      '抱歉这么晚发消息，明天上午十点的会改到下午两点，会议室不变，PPT第三页的数据麻烦再核一遍，别的都很好。早点睡。',
      '年会节目报名截止明天 没报的不勉强',
      '出差报销单签好了 放你桌上了',
      '明天下雨 路上注意安全 晚十分钟打卡没事',
      '新人入职培训材料在共享盘 你带一下她',
    ]),

  ben('work', 'hr-anti-harassment-notice',
    'HR and company notices on anti-harassment rules — what counts as sexual harassment, how to report, the hotline or mailbox, protection from retaliation — written for all staff.',
    [
      '【人力资源部】关于防治职场性骚扰的通知 请全体员工学习',
      '公司禁止以转正、绩效、加薪为条件提出任何不当要求 发现请举报',
      '举报渠道：OA-员工关怀-反骚扰专栏 可匿名',
      '下周三下午两点 反性骚扰培训 全员必须参加',
      '出差住宿原则上同性同住或单人间 不得安排异性同住',
      '工作群只讨论工作 禁止发布低俗内容和针对同事的玩笑',
      '【员工手册更新】第七章 反骚扰条款 请签字确认',
      '收到骚扰的同事请保留聊天记录和截图 HR会保密处理',
      '对举报人打击报复的 一经查实予以开除',
      '各部门负责人：非工作时间请避免与下属发送私人性质的消息',
      '根据相关法律规定，用人单位应当采取措施预防和制止性骚扰。本公司设立反骚扰专员两名，邮箱和电话见内网公告，所有投诉将在五个工作日内回复，调查期间当事人可申请调岗或居家办公。骚扰行为包括但不限于：发送带有性暗示的文字、图片或语音，对他人身体和穿着评头论足，以升职、加薪、转正为条件提出不当要求，以及在工作群里针对个人开低俗玩笑。一经查实，将视情节给予警告直至解除劳动合同。',
      '反骚扰热线：内线{digits4} 工作日9:00-18:00',
      '本季度共处理骚扰投诉{n}起 已全部结案 感谢大家的信任',
      '新员工入职须知：什么是性骚扰、怎么拒绝、向谁求助 见附件',
      '门店员工遇到顾客骚扰 可直接拒绝服务并联系店长 公司全力支持',
      '【某某集团】各位同事：反骚扰举报电话和邮箱已更新 详见内网公告 回T退订',
    ]),

  ben('education', 'school-course-conduct-notice',
    'Notices from universities, training schools, 驾校 and course groups on conduct rules — no private contact for personal reasons, no crude content in class groups, how to report harassment by instructors or classmates.',
    [
      '研究生院通知：导学关系行为规范 请导师和研究生共同遵守',
      '驾校学员须知：教练不得私下索要学员私人联系方式和照片',
      '教务处提醒：课程群仅用于教学 禁止发布低俗内容',
      '【考证班】群规：不刷屏 不发广告 不开不当玩笑 违者移出',
      '同学会群公告：大家都是成年人 开玩笑注意分寸 别@人开不合适的玩笑',
      '学校反性骚扰举报邮箱已开通 处理全程保密',
      'MBA项目办：小组作业请在学校公共区域进行',
      '培训机构声明：老师不会以任何理由要求学员发私人照片 遇到请举报',
      '夜校新学期群规：请文明发言 尊重每位同学',
      '各位学员：如在练车过程中遇到教练言语或肢体不当 请拨打投诉电话 {phone}',
      '学生处转发：高校防治性骚扰工作指引。内容包括定义、举报途径、调查流程和对举报人的保护措施，请各学院组织研究生和青年教师学习，本周五前反馈学习情况。各班班主任请在班会上说明：任何人以论文、答辩、推荐信等为条件提出私人要求，或在课程群、同学群里发表针对个人的低俗言论，都可向学院反骚扰专员举报，学院将在保护举报人隐私的前提下依规处理。',
      '口语班提醒：线上课一律在平台教室进行 不接受私下视频',
      '读书会守则第三条：禁止对成员外貌身材评头论足',
      '论文答辩着装要求：正装或整洁便装即可',
      '群主：刚才那条玩笑不合适 已撤回 请大家注意',
    ]),

  ben('chat', 'victim-quotes-ask-help',
    'Victims and their friends describing harassment and quoting what was sent — to ask how to report, keep evidence, or get support; the crude words are quoted, the message asks for help.',
    [
      '领导半夜给我发"来我房间聊转正" 我该怎么办 能报警吗',
      '求助 被拉黑的人一直用转账备注给我发恶心的话 怎么彻底屏蔽',
      '顺风车司机下车后加我微信说我腿白 平台能投诉吗',
      '面试的HR要我发泳装照 这是不是骚扰 该去哪举报',
      '姐妹们 前任一直发"想你的身体" 我已经结婚了 好怕 怎么办',
      '群里有人@我说些下流话 截图都留了 能告他吗',
      '客户在点评里点名说我身材 老板还说是夸我 我该辞职吗',
      '录音和截图都存好了 明天去派出所 有经验的说下流程',
      '做客服的 每天都有人问我穿什么 心态快崩了 大家怎么调节的',
      '说出来不怕丢人：上周在地铁被人蹭，我发帖求助，结果评论里有人说"穿那么短活该"，还有人问我细节。我不明白为什么受害者要被这样对待，想问问有没有律师朋友，这种评论能一起告吗？我已经把那个人的视频交给了警方，评论区的截图也都存了，大概四十多条。现在每天还有人私信骂我，我真的有点撑不住，也想知道怎么申请平台删帖和限制陌生人私信。谢谢大家。',
      '我妹刚入职 主管让她出差住一间 我让她直接拒绝并找HR 对吗',
      '怎么固定证据 聊天记录要公证吗',
      '被拒绝后他骂我"骚货" 还说要把我照片发群里 这算什么',
      '替朋友问：同学会群里有人发投票说谁胸大 她很难受 怎么处理',
      '报警后警察让我写情况说明 有模板吗',
    ]),

  ben('dating', 'polite-app-openers',
    'Polite openers and replies on dating apps and in first DMs — shared interests, a question about a photo\'s place, a plan to meet in public — respectful, and taking no for an answer.',
    [
      '你好 看到你也喜欢爬山 最近去过哪座山{eb}',
      '嗨 你主页那张海边是{city}吗 我也去过',
      '你好 {dapp}上第一次主动打招呼 有点紧张',
      '喜欢你拍的猫 它叫什么名字',
      '周末有空的话 一起喝杯咖啡？人多的那家就行',
      '你的书单好棒 最近在看什么',
      '不好意思打扰 如果你不想聊也没关系 祝你周末愉快',
      '你好 你也是做设计的吗 好巧',
      '看你介绍说会做饭 拿手菜是什么',
      '聊得很开心 要不要交换个微信 不方便也没事',
      '你好呀，我是刚搬来{city}的，平时喜欢跑步和看展，你资料里写喜欢话剧，下个月大剧院有一部挺好的，如果你有兴趣，我们可以各自买票一起去看。',
      '好的 明白 那就不打扰了 祝好',
      '照片里那家火锅店在哪 看着好好吃',
      '你的狗狗好可爱 柯基吗',
      '第一次见面选个你方便的地方 我都可以',
    ]),

  ben('health', 'fitness-fashion-comments',
    'Fitness and fashion talk about clothes, sizes and training — 瑜伽裤 sizing, 运动内衣 support, 深蹲 and 臀桥 form, 显瘦 and 显腿长 — among people asking for or giving practical advice.',
    [
      '深蹲时膝盖别内扣 重心放脚跟',
      '这款瑜伽裤偏小 建议拍大一码',
      '臀桥练完屁股酸是正常的 第二天拉伸一下',
      '跑步一定穿高强度运动内衣 支撑好不晃',
      '梨形身材穿A字裙 显瘦',
      '练背一个月 体态好多了 含胸改善了{eb}',
      '高腰阔腿裤显腿长 小个子也能穿',
      '泳衣买连体的还是分体的 游泳课用',
      '卧推要有人保护 别自己加重量',
      '三围量法：胸围量最高点 腰围最细处 臀围最宽处',
      '教练你好 体测报告显示体脂偏高，我每周能练三次，每次一小时，想问先减脂还是先增肌？饮食上碳水要不要完全断掉？',
      '紧身裤配长款上衣 上班也能穿',
      '这件吊带有胸垫吗 夏天单穿会不会透',
      '私教课一对一 还是团课划算',
      '普拉提和瑜伽哪个更适合久坐腰疼',
    ]),

  ben('health', 'body-medical-questions',
    'Medical questions about the body asked plainly — 乳房硬块, 妇科, 男科, 体检要不要脱衣服, B超 — to doctors, online clinics or friends, for health reasons.',
    [
      '乳房摸到硬块 挂什么科',
      '私处瘙痒 是不是妇科炎症 要查什么',
      '体检要脱衣服吗 有女医生吗',
      '做B超要憋尿吗',
      '男科检查是什么流程 有点紧张',
      '月经推迟十天 没有怀孕 正常吗',
      '医生 腰上长了个包 不疼不痒 要紧吗',
      '产后腹直肌分离 怎么自测',
      '胸口总是闷 心电图正常 还要查什么',
      '线上问诊可以发患处照片吗 会不会泄露',
      '您好，我今年三十二岁，体检报告说乳腺结节3类，医生建议半年复查。想问这种需要吃药吗？平时饮食和作息要注意什么？复查挂乳腺外科还是普外？另外我妈有乳腺病史，这种情况是不是要更警惕一点，需要加做钼靶吗？平时自查的手法网上说法不一，有没有医生能讲一下正确的自查方法和时间，一般是月经结束后一周左右吗？',
      'HPV疫苗多大还能打',
      '甲状腺结节要不要手术',
      '阴道B超和普通B超有什么区别',
      '前列腺炎会影响生育吗',
    ]),

  ben('chat', 'friends-dating-banter',
    'Friends joking about dates, crushes and 相亲 without crude words — teasing about a second date, a rejection laughed off, 脱单 jokes.',
    [
      '你跟那个相亲对象怎么样了 见第二面没',
      '又被拒了 哈哈 我这张脸不配{eb}',
      '姐妹 他约你看电影 肯定有意思',
      '今年脱单目标又失败 明年继续',
      '你那个{dapp}上的 聊了三天还在聊天气？',
      '他给你点了奶茶？稳了稳了',
      '我妈又给我安排相亲 这周第三个',
      '人家说只当你是朋友 那就好好当朋友呗',
      '你俩在一起我第一个磕',
      '他说我很可爱 是不是好人卡',
      '昨天那个约会，他全程聊他的基金，我全程点头，最后AA，走的时候他说下次还约。我说好的，然后回家把他备注改成"基金经理"。姐妹们评评理，这算不算第二次机会？我闺蜜说人家起码准时、礼貌，也没乱说话，比上一个强多了，让我再给一次机会。可我真的不想再听一晚上的基金走势了，要不下次约爬山，看他除了基金还聊不聊别的。',
      '被拒就被拒 又不是世界末日 走 撸串去',
      '他说我穿那件好看 我开心了一整天',
      '单身快乐 谁也别劝我',
      '表白墙上那个说暗恋你的 是不是隔壁组的',
    ]),

  ben('service', 'customer-service-chats',
    'Ordinary customer-service, hotline and 售后 chats — agents\' greetings with 工号, users asking about refunds, parcels and repairs, 转人工, ratings — with 客服小姐姐 used as a polite address.',
    [
      '客服小姐姐你好 我的快递三天没动了',
      '您好 工号{n}为您服务 请问有什么可以帮您',
      '退款已处理 1-3个工作日到账',
      '转人工 转人工 机器人听不懂',
      '售后上门时间约明天上午 师傅会提前电话联系',
      '麻烦帮我改下收货地址 谢谢小姐姐{eb}',
      '好的 问题解决了 给你五星',
      '银行客服您好 信用卡账单日能改吗',
      '不好意思刚才语气冲了 不是针对你',
      '请问还有其他问题吗 祝您生活愉快',
      '您好，您反映的空调不制冷问题已登记，工单号{code}，维修师傅今天下午两点到四点上门，上门前会电话联系，请保持电话畅通。如需改约请回复本条消息。温馨提示：本次维修如在保修期内不收取任何费用，师傅不会要求您私下转账，如有疑问请拨打官方客服热线核实。感谢您的耐心等待，祝您生活愉快。【某某家电服务】回T退订',
      '投诉处理结果满意 谢谢你耐心听我说',
      '话务员你好 我查一下话费余额',
      '你们客服态度真好 下次还买',
      '麻烦开下发票 抬头发你了',
    ]),

  ben('service', 'driver-booking-ordinary',
    'Drivers\' pickup messages, 代驾 and moving arrangements, 预约备注, 点评 and 转账备注 that stay ordinary — including preferences such as 指定女技师 or 要女司机 for comfort — about the service only.',
    [
      '您好 我是{driver} 到{area}门口了 穿红衣服那位是您吗',
      '外卖备注：不要辣 放门口 谢谢',
      '代驾已到 您在哪个包间',
      '点评：美甲师手法很细致 {name}老师很耐心 五星{eb}',
      '预约备注：指定女技师 谢谢',
      '家政预约备注：家里有狗 来之前打电话',
      '转账备注：三月房租',
      '师傅 我在地下车库B2 电梯口等你',
      '搬家师傅：东西都搬完了 您清点一下 有问题打我电话',
      '顺风车：我会准时到 后备箱能放两个箱子',
      '大众点评：前台服务热情 入住很快 房间干净 推荐',
      '行程结束，请为本次服务评价。如遇司机言行不当，可在订单页一键投诉，平台将在24小时内处理并保护您的隐私。',
      '女生晚上打车 可以选女司机吗',
      '红包留言：生日快乐 奶茶钱',
      '追评：第二次来了 还是找{name} 剪得好',
      '陪诊预约：老人腿脚不便 需要推轮椅',
    ],
    { driver: DRIVER }),
];

export const families: Family[] = [...HARM, ...BEN];
