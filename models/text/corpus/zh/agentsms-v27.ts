import { family, type Family } from '../types.js';
import { MK, SV } from '../policies.js';

/**
 * Chinese personal-voice marketing from sales agents, round v27 (letter g): 置业顾问 "我是xx楼盘的小王", insurance
 * agents, car-dealer 销售顾问, 教培 课程顾问, 美容院/健身房 顾问, 装修 业务员, 贷款 业务员, 物流/外贸 业务员 cold-messaging
 * strangers or old contacts, 考虑得怎么样了 follow-ups and holiday greetings that end in a pitch; plain and masked digits.
 * Hard negatives (letter g): the same agents answering a customer who asked, booking confirmations, after-sales
 * follow-up of a purchase the customer made, colleagues' work chat, friends recommending their own agent, short replies.
 */

const S = (sub: string, slug: string, pol: readonly string[], pattern: string, templates: readonly string[], slots?: Family['slots']): Family =>
  family(`zh.spam.${sub}.v27-agentsms-${slug}`, 'zh', 'spam', sub, pol, pattern, templates, slots);
const B = (sub: string, slug: string, pattern: string, templates: readonly string[], slots?: Family['slots']): Family =>
  family(`zh.benign.${sub}.v27g-agentsms-${slug}`, 'zh', 'benign', sub, [], pattern, templates, slots);

const TEL = ['{phone}', '{phone}', 'xxxxxxxxxxx', '1xx****xxxx', '138xxxx5678', '＊＊＊＊＊＊＊＊＊＊＊', '{phone}（微信同号）', '电话xxxxxxxxxxx'];
const NAME = ['小王', '小李', '小陈', '小张', '小刘', '小周', '阿杰', '小美', '小孙', 'Linda', 'Amy'];
const ESTATE = ['xx府', '保利xx', '碧x园·云境', '翡翠xx', 'xx湾', '滨江xx', '万x城', '金x·悦府', 'xx壹号院'];
const CO = ['xx装饰', '美x家装', '金x装饰', '星x整装', '家x宜装饰'];
const BANK = ['xx银行', 'xx信贷', '平x普惠', 'xx金融服务'];
const CAR = ['xx比亚迪', 'xx丰田', 'xx吉利', '广汽xx', 'xx大众', 'xx理想'];
const EDU = ['xx教育', '学x思维', '启x英语', '优x学堂', 'xx书法', '乐x编程'];
const BEAUTY = ['xx美容院', '伊x美学', '悦x皮肤管理', 'xx健身', '超x健身', 'xx瑜伽馆'];
const TRADE = ['xx物流', '顺x国际货代', 'xx外贸', 'xx供应链', 'xx包装'];

const H: Family[] = [
  S('property', 'estate-xiaowang-intro', MK,
    'Property consultant cold message in first person: 我是xx楼盘的小王, 首付/特价房/样板间 — unsolicited pitch to a stranger.',
    [
      '您好，我是{estate}的置业顾问{name}，我们项目最近推出{n}套特价房，首付{dp}万起，有兴趣可以来看看',
      '哥 我是{estate}{name} 您之前留过电话 现在有工程抵款房 比备案价低{n}万 要不要了解下',
      '{zh_surname}先生您好，打扰了，我是{estate}的{name}，本周末样板间开放，到访送{gift}，您看周六还是周日方便？',
      '我是{estate}的小顾问{name}呀～地铁口{area}平三房，总价{p}万，学区房，加我微信发您户型图 {handle}',
      '您好 {estate}置业顾问{name} 最后{n}套 清盘价 电话{tel}',
      '老板好，{name}，{estate}，现房准现房，{dp}万首付上车，有需要随时call我😊',
      '打扰啦，我是之前带您看过{estate}的{name}，现在开发商冲业绩，特价房每平直降{n}千，机会难得，您考虑下？',
      '您好，我是{estate}置业顾问，国庆购房享{n}重礼：送车位、送装修、送物业费，详询{tel}',
      '我是{estate}的{name}，不好意思打扰，我们这边有一套{area}平的边户，业主急售，价格很美丽，您看看？[图片]',
      '{name}@{estate}：新盘认筹中 交{dp}万抵{n}万 {tel} 回T退订',
      '您好，不知道您还记得我吗？我是{estate}的{name}，最近我们小区二期开盘，老业主推荐还有佣金，您身边有朋友买房的话介绍给我呀',
      '喂您好我是{estate}的置业顾问{name}啊就是想问一下您最近有没有买房的打算我们这边有几套特价房',
      '您好我是{name}，{estate}售楼处的，海景房公寓{p}万一套，包租{n}年，年回报6%，欢迎来访',
      '{estate}{name}：哥，最后一天优惠了，过了今天就恢复原价了，真心建议您来看看',
    ],
    { estate: ESTATE, name: NAME, tel: TEL, n: ['3', '5', '8', '10', '2'], dp: ['10', '15', '20', '30', '5'], p: ['89', '120', '168', '2xx', '99'], area: ['89', '98', '115', '128', '143'], gift: ['油一桶', '米面油', '电饭煲', '抽纸一提'] }),

  S('property', 'estate-followup-kaolv', MK,
    'Property agent follow-ups to a stranger or cold lead: 考虑得怎么样了, 房源又涨了, 明天就没了 — pressure pitch.',
    [
      '{zh_surname}姐，上次给您推的那套考虑得怎么样了？今天又有人来看了',
      '哥 房子考虑好了吗 这周不定的话下周涨价{n}千一平',
      '考虑得怎么样啦？{estate}这批特价房就剩{n}套了哈',
      '您好，{name}，之前跟您说的{estate}那套，业主松口了，可以再谈{n}万，您要不要约个时间？',
      '在忙吗 我{name} 那套房还要吗 不要我推给别的客户了',
      '{zh_surname}总，最近楼市回暖，我们项目成交量翻倍了，现在入手正是时候，您啥时候有空过来喝杯茶？',
      '早上好☀️ 我是{estate}的{name}，给您发个最新价格表，首付{dp}万就能上车，错过真的可惜',
      '哥，那天看完房您说回去商量下，家里人怎么说？周末带嫂子一起来看看呗，我给您申请额外折扣',
      '姐，不买也没关系，加个微信以后有好房源第一时间给您推 {handle}',
      '您好，打扰一下，我们{estate}今天搞活动，认购再减{n}万，仅限今天，您看看有没有兴趣',
      '考虑下呗哥 这价真的没有了',
      '{name}又来骚扰您啦😂 这次真有好房，{area}平南北通透，{p}万，看房随时',
    ],
    { estate: ESTATE, name: NAME, n: ['2', '3', '5', '8'], dp: ['10', '20', '15'], p: ['135', '98', '2xx'], area: ['89', '105', '120'] }),
];

const H2: Family[] = [
  S('marketing', 'insurance-agent-personal', MK,
    'Insurance agent pitching a stranger or old classmate in a personal voice: 重疾险, 分红险, 养老年金, 开门红 — unsolicited.',
    [
      '您好，我是{ins}的{name}，最近我们有款重疾险，{age}岁每年只要{p}元，保{n}种重疾，要不要给您做个方案？',
      '老同学好久不见！我现在在{ins}做保险规划，开门红产品这个月就停售了，给你留了个名额',
      '姐 我{name} 最近新出一款年金险 交{n}年领终身 比存银行划算多了 有空聊聊？',
      '{zh_surname}哥，您孩子的教育金准备了吗？{ins}少儿年金现在投保送{gift}，我给您算算？',
      '您好打扰了，我是保险顾问{name}，看到您朋友圈小孩刚出生，恭喜！新生儿医疗险{p}元一年，需要的话私我',
      '【{ins}{name}】3.8%增额终身寿 最后{n}天 停售倒计时 {tel}',
      '亲，百万医疗险一年几百块，大病小病都能报，我是{ins}的{name}，给您发个链接看看？{url}',
      '在吗？我现在做保险了，新人需要冲业绩😭 不用多，买个意外险{p}一年支持下呗',
      '您好，我是之前给您打过电话的{ins}{name}，上次说的养老规划方案做好了，您什么时候方便我上门讲讲？',
      '{ins}理财型保险 年化收益稳定 保本保息 比余额宝高 限额{n}万 {tel}',
      '喂您好我是{ins}的那个{name}啊就是想跟您介绍一下我们最新的一款分红险嗯收益比较稳您看方便听我说两分钟吗',
      '重疾险 医疗险 意外险 一对一免费规划 {name} {handle}',
    ],
    { ins: ['xx人寿', '平x保险', '太x洋xx', '中x人寿', 'xx保险'], name: NAME, tel: TEL, age: ['30', '35', '28'], p: ['1xx', '2xx', '3xx', '99', '199'], n: ['3', '5', '10'], gift: ['儿童手表', '保温杯', '体检卡'] }),

  S('marketing', 'car-sales-consultant', MK,
    'Car dealer sales consultant messaging leads who never asked: 试驾, 置换补贴, 月底冲量, 最低价 — first-person pitch.',
    [
      '您好，我是{car}的销售顾问{name}，月底冲量，{model}直降{n}万，今天来店还送全险，您看什么时候方便过来？',
      '哥，我{name}，{car}的，上次您来试驾那款现在国补加厂补能省{n}万多，要不周末再来看看？',
      '您好，{car}{name}，本周末试驾有礼，到店送{gift}，订车再抽{n}千元油卡 {tel}',
      '新车上市！{model}首付{dp}万开回家，{name}给您申请内部价，加我微信{handle}',
      '打扰了老板，我是{car}{name}，我们店这个月任务还差{n}台，价格可以做到全市最低，真心的',
      '您好，您的旧车可以置换吗？{car}置换补贴{n}千，免费评估，{name}{tel}',
      '月底最后两天！{model}裸车价再降，{name}等您来',
      '哥 考虑得咋样了 那台白色的还有一台现车 别人在问了',
      '喂你好我是{car}的那个{name}嘛就是之前您在网上留过电话问车价的对吧我们这个月有个活动想跟您说一下',
      '{car}售后{name}：新车0首付，36期0息，不看征信，{tel}',
      '您好呀 我是{name}～{car}新能源专场 电车{model}落地{p}万 送家充桩 要不要来试驾',
    ],
    { car: CAR, name: NAME, tel: TEL, model: ['新款SUV', 'x系轿车', '秦PLUS', '卡罗x', '星x L'], n: ['1', '2', '3', '5'], dp: ['1', '2', '3'], p: ['9.98', '12.8', '15.x'], gift: ['行车记录仪', '脚垫一套', '加油卡'] }),

  S('marketing', 'edu-course-consultant', MK,
    'Education 课程顾问 cold messages to parents: 试听课, 名额, 家长您好我是xx老师 — pitch of paid courses to people who did not ask.',
    [
      '家长您好，我是{edu}的课程顾问{name}老师，孩子暑假有安排吗？我们{subj}体验课{p}元{n}节，名额有限',
      '{zh_surname}妈妈您好，我是{edu}的{name}，上次孩子试听表现很好，现在报名年课可以打{n}折哦，您考虑一下',
      '您好，这边是{edu}，孩子{subj}成绩怎么样？我们免费给孩子做一次学情测评，您看周几有空？',
      '宝妈您好～{edu}春季班开始报名啦，{subj}小班课，前{n}名送教材礼包，需要的话回我哈',
      '家长您好我是{edu}的老师，您上次领的{subj}资料包用了吗？我们有直播课{p}元{n}节，要不要给孩子试试',
      '{edu}：{subj}一对一辅导 提分不满意退费 课程顾问{name} {tel}',
      '姐，我{name}，上次说的{subj}班还有最后{n}个名额，过了周五就恢复原价了哦，孩子的事不能等呀',
      '考虑得怎么样了家长？{edu}这个价格真的只到本周',
      '喂家长您好我这边是{edu}的课程老师啊就是想问下孩子现在几年级了嗯我们这边有个免费的{subj}测评课',
      '成人学历提升 专升本 自考 {edu}老师{name} 包过 {tel}',
      '您好，我是{edu}的规划老师，孩子升学需要提前规划，我们有{subj}冲刺营，可以加我微信详细聊 {handle}',
    ],
    { edu: EDU, name: NAME, tel: TEL, subj: ['数学思维', '英语', '编程', '书法', '口才', '作文', '物理'], p: ['9.9', '19.9', '49', '99'], n: ['3', '5', '8', '2'] }),

  S('marketing', 'beauty-gym-consultant', MK,
    'Beauty salon and gym 顾问 messages to strangers or lapsed members: 体验卡, 皮肤管理, 私教课, 办卡 — unsolicited.',
    [
      '亲爱的您好，我是{shop}的美容顾问{name}，店庆期间皮肤管理体验价{p}元，送{n}次补水，您什么时候有空来呀～',
      '美女你好～我是{shop}的{name}，看你好久没来了，这个月会员充{p}送{n}次项目，很划算哦',
      '您好，{shop}私教{name}，免费给您做一次体测，现在私教课{n}节{p}元，练完不满意退',
      '小姐姐 我{name} {shop}新店开业 年卡{p} 前{n}名送私教体验课 名额快没了',
      '{shop}：光子嫩肤 水光针 新客体验价{p} 顾问{name} {tel}',
      '姐，{name}呀，之前送您的体验卡快过期了，这周来用掉吧，顺便给您介绍下我们新的抗衰项目',
      '哥你好 健身吗 {shop} 月卡{p} 楼下就是 加我 {handle}',
      '您好我是{shop}的会籍顾问，您之前在商场填过体验单，送您{n}天免费体验，哪天方便过来？',
      '亲，三八节特惠！{shop}产后修复+盆底肌{p}元{n}次，{name}给你留位置',
      '在吗姐姐 我们店新到了一批进口仪器 效果超级好 免费给您做一次要不要来试试呀💕',
      '喂你好这边是{shop}的啊我们店现在有个活动嗯就是免费体验一次面部护理您看这周有空吗',
    ],
    { shop: BEAUTY, name: NAME, tel: TEL, p: ['99', '199', '1999', '69', '2xxx'], n: ['3', '5', '10', '12'] }),

  S('service-ads', 'renovation-salesman', SV,
    'Renovation company salesmen messaging new-home owners: 免费量房, 全包报价, 业主群 — unsolicited.',
    [
      '您好，{estate}的业主吧？我是{co}的家装顾问{name}，我们在您小区已经装了{n}户，免费上门量房出图',
      '业主您好，{co}{name}，您家交房了吧，全包{p}元/平，先装修后付款，可以去样板间参观',
      '您好打扰，{co}的，您家房子装修了吗？本月签单送全屋家电',
      '哥，我是{co}{name}，您小区{n}号楼有我们的在建工地，随时可以带您去看看工艺',
      '{estate}业主福利：{co}整装{p}/㎡ 拎包入住 {tel}',
      '喂您好是{estate}的业主吗我是{co}的设计师助理啊就是想问一下您家房子装修了没有',
      '您好，{co}设计师{name}，免费帮您做个效果图，不满意不收钱，方便加个微信吗{handle}',
      '上次给您报的价考虑得怎么样啦？这个月签可以再送个全屋定制衣柜',
      '局部翻新 厨卫改造 防水补漏 {co} {name} {tel}',
      '业主您好 我们{co}在{estate}搞团购 {n}户起团 价格直降 要不要拉您进群',
    ],
    { estate: ESTATE, co: CO, name: NAME, tel: TEL, p: ['599', '799', '899', '1xxx'], n: ['3', '12', '20', '8'] }),

  S('service-ads', 'loan-salesman', SV,
    'Loan salesmen cold messaging: 我是xx银行信贷经理, 额度, 低息, 急用钱 — unsolicited loan ads in a personal voice (no fee scam).',
    [
      '您好，我是{bank}的信贷经理{name}，我们有款信用贷，年化{r}%起，最高{n}万，需要的话可以了解一下',
      '老板好，我{name}，{bank}的，企业经营贷利率下调了，有需要资金周转的话随时找我 {tel}',
      '您好，公积金满{m}个月的话可以贷{n}万，纯信用，{bank}{name}',
      '需要资金吗？{bank}{name}，房抵车抵信用贷都能做，当天审批 {tel}',
      '哥，我是之前帮您办过卡的{name}，现在我们行有个{r}厘的产品，名额有限，您要不要？',
      '喂你好我是{bank}的客户经理啊我们这边现在有一款低息的信用贷款嗯就是看您这边有没有资金需求',
      '有社保有公积金的朋友，{bank}额度{n}万起，{r}%，随借随还，私聊{name}',
      '您好，打扰了，{bank}{name}，您的贷款预审额度已出，{n}万，回1了解',
      '生意周转找{name} 大额低息 {tel}',
      '节后用钱多吗？{bank}{name}给您推荐一款低息贷，加微{handle}',
    ],
    { bank: BANK, name: NAME, tel: TEL, r: ['3.2', '3.5', '2.8', '3'], n: ['20', '30', '50', '100'], m: ['6', '12'] }),
];

const H3: Family[] = [
  S('service-ads', 'logistics-trade-salesman', SV,
    'Logistics, freight-forwarding and B2B trade salesmen cold-messaging businesses: 专线, 运费报价, 工厂直供 — unsolicited.',
    [
      '老板您好，我是{trade}的业务员{name}，我们做{route}专线，价格比同行低{n}成，有货要发可以找我',
      '您好，{trade}{name}，海运拼箱/空运/双清包税，到{route}时效{d}天，需要报价随时联系 {tel}',
      'Hi老板，我{name}，{trade}，看到贵司在做外贸，我们提供工厂直供{goods}，价格好商量，加个微信？{handle}',
      '您好，请问贵公司有物流需求吗？{trade}整车零担都可以，{name}{tel}',
      '老板打扰了 {goods}源头工厂 支持一件代发 业务{name}',
      '喂您好老板我是{trade}的{name}啊就是想问问贵公司现在发货用的哪家物流我们这边价格有优势',
      '{trade}：{route}专线 {p}元/公斤 门到门 业务{name} {tel}',
      '您好，之前联系过的{trade}{name}，最近运价下调了，给您发一份最新报价单看看？',
      '老板节日快乐！我是{trade}的{name}，有{goods}采购需求随时找我，质量价格都有保障',
    ],
    { trade: TRADE, name: NAME, tel: TEL, route: ['美国', '东南亚', '中东', '欧洲', '新疆', '西藏'], goods: ['纸箱', '编织袋', '五金件', '电子元件', '服装面料'], n: ['1', '2', '3'], d: ['7', '12', '15'], p: ['1x', '2x', '8'] }),

  S('marketing', 'holiday-greeting-pitch', MK,
    'Holiday greetings from agents that end in a pitch: 中秋快乐…我们xx活动, 新年祝福+开门红 — marketing disguised as a greeting.',
    [
      '中秋快乐！我是{trade}的{name}，感谢您一直以来的关注，节日期间{item}特惠，欢迎来询价',
      '新年好🧧 {name}给您拜年啦！祝您新的一年事事顺意，另外我们{item}开门红活动正在进行，有需要随时找我',
      '{zh_surname}姐，国庆快乐呀～我是{trade}{name}，节日特惠只有这几天，给您留了名额哦',
      '端午安康！{trade}{name}提醒您：{item}节日直降，{tel}',
      '元旦快乐！新年新气象，{trade}{name}给您送福利：{item}低至x折，回T退订',
      '春节快乐！感谢过去一年的支持，{name}祝您阖家幸福。新年{item}方案已更新，方便的话我发给您看看？',
      '母亲节快乐！给妈妈一份保障吧，{trade}{name}为您推荐{item}',
      '七夕快乐～单身的朋友也要对自己好一点，{trade}{item}限时特惠，找{name}',
      '祝您冬至快乐 吃好饺子 我是{trade}的{name} {item}年终冲量 价格好谈',
      '{name}祝您节日快乐！我们{trade}{item}活动最后{n}天，错过再等一年',
    ],
    { trade: ['xx楼盘', 'xx人寿', 'xx4S店', 'xx装饰', 'xx教育', 'xx美容院', 'xx银行'], item: ['特价房', '养老年金', '购车', '全包装修', '寒假班', '年卡', '信用贷'], name: NAME, tel: TEL, n: ['2', '3'] }),

  S('marketing', 'old-contact-sudden-pitch', MK,
    'Old contacts or a once-served customer suddenly pitching: 好久不见…我现在做xx, 帮我冲个业绩 — unsolicited sales in a friendly voice.',
    [
      '好久不见！最近怎么样？我现在在做{biz}，有需要的话照顾下生意呀',
      '老同学，我是{name}，你还记得我吗？我现在做{biz}，你家里人有需要的话可以找我',
      '在吗？我换工作了现在做{biz}，这个月还差{n}单转正，能不能帮帮忙😭',
      '哈喽～之前在你家楼下{old}那个{name}呀，我现在自己出来做{biz}了，老客户给你最低价',
      '叔叔阿姨好，我是{name}，现在做{biz}，给老邻居打个折',
      '亲 我是之前卖你{old}的{name} 现在做{biz}了 加个新号吧 {handle}',
      '兄弟，最近在搞{biz}，收益不错，有空了解下？',
      '嗨 我{name} 打扰一下 我现在做{biz} 朋友价 需要随时说',
    ],
    { name: NAME, biz: ['保险', '房产中介', '装修', '汽车销售', '少儿英语', '美容院', '贷款', '健身私教'], old: ['水果店', '奶茶店', '手机', '衣服'], n: ['2', '3', '5'] }),
];

const B1: Family[] = [
  B('service', 'estate-agent-replies-asker', 'A property consultant answering a customer who asked: price lists, viewing times, documents — requested information, not spam.',
    [
      '{zh_surname}先生您好，您问的那套{area}平的户型图发您了，总价{p}万，首付按三成算',
      '好的哥，周六上午十点售楼处见，到了给我打电话',
      '您刚问的物业费是{fee}元/平，车位另算',
      '姐，您要的{estate}交房时间是明年6月，合同上写着的',
      '收到，我跟经理申请一下看能不能再优惠，有结果第一时间告诉您',
      '{area}平那套已经卖掉了哈，同楼层还有一套朝东的，您要不要看看图片',
      '您好，按您说的预算{p}万，我筛了三套，看哪套合适，我安排看房',
      '哥网签资料带身份证户口本结婚证原件就行，银行流水我们再约',
      '是的，学区是xx小学，您放心，我把教育局的划片文件也发您',
      '明白，您不着急，慢慢考虑，有问题随时问我',
      '已按您要求改到下午三点看房，钥匙在我这',
      '您问的贷款利率现在是3.x%，具体以银行审批为准',
      '好的',
    ],
    { estate: ESTATE, area: ['89', '98', '120', '135'], p: ['150', '200', '88', '3xx'], fee: ['2.5', '3.2', '1.8'] }),

  B('service', 'booking-confirmation-sms', 'Booking confirmations the customer made: 看房/试驾/试听/到店 appointment reminders, masked or generated numbers.',
    [
      '【{shop}】您已成功预约{dt}{svc}，地址{addr}，如需改期请回复，谢谢',
      '{zh_surname}女士您好，您预约的{svc}时间为{dt}，顾问{name}将在门口接待您',
      '您好，您的试驾已确认：{dt}，请携带驾驶证，联系人{name} {tel}',
      '预约成功！{dt} {svc} 订单号xxxxxxxx',
      '提醒：您明天有{svc}预约，如不能到场请提前告知',
      '【{shop}】您的课程已排好：每周六上午9:00-10:30，首课{dt}',
      '您好，上门量房的师傅明天下午两点到，电话{tel}',
      '预约已取消，期待下次为您服务',
      '您好，已帮您预留{dt}下午的时段，到店报手机尾号xxxx即可',
      '收到您的预约，{name}会准时在售楼处等您',
    ],
    { shop: ['xx汽车', 'xx教育', 'xx美容院', 'xx家装', 'xx售楼处'], svc: ['看房', '试驾', '试听课', '皮肤护理', '量房', '体测'], dt: ['x月x日14:00', '明天上午10点', '周六下午', '{zh_time}'], name: NAME, tel: TEL, addr: ['xx路xx号', 'xx广场x楼'] }),

  B('service', 'after-sales-followup-purchase', 'After-sales follow-up of something the customer bought: 保养提醒 for the car they bought, insurance claim progress, course feedback, renovation acceptance.',
    [
      '{zh_surname}先生您好，您的车已经跑了五千公里了吧，首保记得来做，免费的',
      '姐，您家的防水已经做完闭水试验了，明天可以验收，有问题随时跟我说',
      '您好，您上次的理赔材料已经提交，预计{n}个工作日到账',
      '家长您好，这是孩子本周的课堂反馈：作业完成得很好，下周记得带练习册',
      '您好，您购买的保单已生效，电子保单发您邮箱了，请注意查收',
      '哥，新车用着怎么样？有啥问题随时找我',
      '您好，交房后有任何质量问题都可以找物业报修，我这边也可以帮您协调',
      '您办的年卡已经激活了，私教课记得提前一天预约哦',
      '师傅说您家橱柜的台面下周二上门安装，您看家里有人吗？',
      '您好，回访一下上次的护理有没有不舒服？有的话及时联系我们',
      '这是您家的装修保修卡，两年内水电问题免费上门维修',
      '您的续保提醒：保单{dt}到期，需要续的话跟我说，不需要就忽略',
    ],
    { n: ['3', '5', '7', '10'], dt: ['x月x日', '下个月15号', '{mon}月底'], mon: ['3', '6', '9', '12'] }),

  B('work', 'sales-colleagues-chat', 'Colleagues in a sales office talking about leads, quotas and customers — work chat, not a pitch to a stranger.',
    [
      '今天到访{n}组，成交一套',
      '这个月业绩还差两单，愁死了',
      '@{name} 三号楼那个客户回你了没',
      '经理说明天早上八点半开早会，别迟到',
      '那个{zh_surname}姐又来看房了，你接一下我在带客户',
      '客户嫌贵，说考虑一下，估计悬了',
      '各位明天周末到访多，大家提前把样板间收拾下',
      '谁有上周的到访登记表？发我一份',
      '我下午请假，我的客户来了帮我接待下谢谢',
      '今天打了一百多个电话，嗓子哑了😂',
      '月底冲刺，大家加油💪',
      '刚那个客户说他朋友在我们这买过，你查下是谁的老带新',
      '试驾车钥匙谁拿了？客户在等',
      '课程顾问群通知：下周起续费政策调整，具体看文件',
    ],
    { n: ['5', '8', '12', '3'], name: NAME }),

  B('chat', 'friend-recommends-agent', 'A friend recommending the agent they themselves used, because the other asked: 我买房找的那个小王挺靠谱 — personal advice, not an ad.',
    [
      '你不是要买房吗，我当时找的{name}挺靠谱的，我把他微信推给你',
      '我家装修就是{co}做的，用了两年没出问题，你可以去问问',
      '我保险是找我表姐买的，你要的话我问问她',
      '那个4S店的销售{name}人挺好，不坑人，你报我名字',
      '我家孩子在{edu}上的，老师挺负责，就是有点贵',
      '健身的话我那个私教还行，你要试试我问他有没有空',
      '我买车那会儿那个销售给了最低价，名片发你',
      '要贷款的话别找乱七八糟的，去银行柜台问最稳',
      '我朋友在做中介，你要租房可以问他，不收你中介费',
      '他家的美容师手法很好，我去了好几年了',
      '找{name}就行，说是我介绍的',
    ],
    { name: NAME, co: CO, edu: EDU }),

  B('chat', 'short-replies-to-agents', 'Short everyday replies to sales agents: 好的我考虑下, 不需要谢谢, 已经买了 — the customer\'s side.',
    [
      '好的 我考虑下',
      '不需要，谢谢',
      '不用了谢谢',
      '已经买了',
      '暂时不考虑',
      '我再想想',
      '好的，周末过去看看',
      '行 到时候联系',
      '谢谢你啊，我跟家里商量下',
      '不好意思最近没这个打算',
      '收到，辛苦了',
      '我已经在别家办了',
      '嗯嗯好',
      '价格再便宜点我就定了',
      '麻烦别再打电话了谢谢',
      '请问怎么退订',
    ]),
];

const B2: Family[] = [
  B('shopping', 'customer-asks-agent', 'The customer writing first to an agent or shop: asking for a price, a trial class, a viewing — the request, not an ad.',
    [
      '你好，{estate}现在还有{area}平左右的房子吗？',
      '请问试驾需要预约吗',
      '您好，孩子{g}年级，{subj}有适合的班吗？多少钱一节？',
      '我想问下你们健身房年卡多少钱',
      '你好 我想给我爸妈买个医疗险 有推荐的吗',
      '老板，发{route}的货怎么算运费？大概{w}公斤',
      '你们装修全包大概多少一平？{area}平的房子',
      '周末能去看样板间吗？几点开门',
      '您好，上次说的那个价格还有效吗？我想定了',
      '皮肤管理的体验价是多少？需要提前约吗',
      '请问信用贷利率多少？我有公积金',
      '想了解下{car}那款电车，落地价大概多少',
    ],
    { estate: ESTATE, area: ['90', '100', '120'], g: ['三', '五', '初二'], subj: ['数学', '英语', '编程'], route: ['广州', '美国', '成都'], w: ['50', '200', '30'], car: CAR }),

  B('chat', 'agent-greeting-no-pitch', 'Holiday greetings from an agent to a client they served, with no offer, or ordinary people\'s festival greetings.',
    [
      '{zh_surname}姐中秋快乐！感谢这一年的信任，祝您阖家团圆',
      '新年快乐！祝您和家人身体健康，万事如意🧧',
      '哥，国庆快乐，出去玩注意安全',
      '端午安康～',
      '祝您生日快乐！{name}',
      '过年好！给您和叔叔阿姨拜个年',
      '春节快乐！去年多亏您照顾，今年也请多关照',
      '冬至快乐，记得吃饺子',
      '元旦快乐 新年新气象',
      '祝老师教师节快乐！谢谢您对孩子的耐心',
    ],
    { name: NAME }),

  B('chat', 'complain-about-sales-calls', 'People complaining about or discussing agents\' calls and messages in posts and comments — victims describing spam, not sending it.',
    [
      '一天接了五个卖房的电话，我的号码到底被卖了多少次',
      '刚看完一次房，现在每天都有人问我考虑得怎么样了，烦',
      '有没有办法屏蔽那些装修公司的电话？交房后手机就没消停过',
      '保险推销真的太多了，我都不知道怎么拒绝老同学',
      '笑死，4S店销售问我车考虑得怎么样了，我都买了半年了',
      '小区业主群天天有人加我说是设计师，是不是物业泄露的信息',
      '教培机构的课程顾问隔三差五打电话，孩子才上幼儿园啊',
      '健身房销售真的是我见过最能说的人😂',
      '求推荐一个能拦截推销电话的app',
      '接到自称xx银行信贷经理的电话，问我要不要贷款，这种是真的吗？',
      '我现在接到陌生电话第一句就是：不买房不贷款不装修不买保险',
    ]),

  B('work', 'agent-training-and-job', 'Sales job ads and training posts inside the trade: 招置业顾问, 新人培训, 话术分享 — ordinary work posts.',
    [
      '招聘置业顾问{n}名，底薪{s}+提成，有经验优先，简历发邮箱',
      '新人培训第三天，今天学了怎么介绍户型',
      '分享一个跟进客户的小技巧：别天天问考虑得怎么样了，客户会烦',
      '课程顾问岗位要求：大专以上，沟通能力强，能接受周末上班',
      '做销售三年了，最大的感受是真诚最重要',
      '4S店招聘销售顾问，五险一金，地址{zh_city}xx区',
      '今天被客户拒绝了十几次，还是要调整心态',
      '保险代理人考试通过了！明天正式上岗',
      '有没有做外贸业务员的，开发客户一般用什么方法？',
    ],
    { n: ['3', '5', '10'], s: ['3000', '4000', '5000'] }),
];

const B3: Family[] = [
  B('finance', 'loan-officer-application-progress', 'A bank loan officer updating a customer on the loan the customer applied for: missing documents, approval, signing — requested service.',
    [
      '{zh_surname}先生，您的房贷资料还差近六个月的银行流水，麻烦补一下',
      '您好，您申请的经营贷已审批通过，额度{n}万，明天上午来行里面签',
      '贷款已放款，请注意查收，首次还款日是下月{d}号',
      '姐，征信报告我看了没问题，等评估报告出来就能进审批',
      '您好，抵押登记已办完，他项证在我这，您有空来取',
      '您的提前还款申请已受理，{d}号扣款，卡里记得留足',
      '收到，资料齐了，我今天就提交',
      '您好，您咨询的公积金贷款需要连续缴存{m}个月以上，您目前符合',
      '放款前银行会打电话核实，是{bank}的座机，您正常接就行',
    ],
    { n: ['30', '50', '80'], d: ['5', '10', '20'], m: ['6', '12'], bank: BANK }),

  B('service', 'logistics-shipment-update', 'A logistics or trade contact updating a customer about a shipment the customer booked, or a supplier confirming an order.',
    [
      '{zh_surname}总，您的货已经装柜了，柜号xxxxxxx，预计{d}天到港',
      '您好，您那票货清关资料还缺装箱单，麻烦今天发一下',
      '货到{route}了，明天派送，收件人电话确认下是{tel}吗',
      '老板，您订的{goods}已经生产完了，尾款结一下我们就发',
      '报价单已发邮箱，您看下有问题随时说',
      '提单已出，电放了',
      '不好意思，这周船期延误了两天，到港时间改到{d}号',
      '好的，按您说的改成送货上门，运费不变',
      '样品今天寄出，单号xxxxxxxxxxxx',
    ],
    { d: ['7', '12', '20', '25'], route: ['洛杉矶', '雅加达', '迪拜', '成都'], goods: ['纸箱', '五金件', '面料'], tel: TEL }),

  B('education', 'class-group-notice', 'Teachers and 教培 staff messaging the class the families already enrolled in: schedule, homework, cancellations.',
    [
      '各位家长，本周六{subj}课照常，请孩子带好练习册',
      '明天台风停课一次，课时顺延，补课时间另行通知',
      '@{zh_surname}妈妈 孩子今天作业忘交了，明天记得带',
      '家长们好，下周三家长会，地点在302教室，请准时参加',
      '本次测验成绩已发到各位家长私信，有问题可以找我',
      '课程剩余{n}节，需要续费的家长周末前告诉我，不续也没关系',
      '请假的同学记得看回放',
      '孩子最近进步很大，继续保持👍',
      '温馨提示：明天降温，孩子多穿点',
    ],
    { subj: ['数学', '英语', '书法', '编程'], n: ['2', '4', '6'] }),
];

export const families: readonly Family[] = [...H, ...H2, ...H3, ...B1, ...B2, ...B3];
