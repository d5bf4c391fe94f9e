import { family } from '../types.js';
import { FIN, JOB, ACQ, TL, NUDE } from '../policies.js';
import type { Family } from '../types.js';

/**
 * Group notices and announcements, round v18 (benign letter e): 业主群, 家长群, 公司群, 社区团购, 兴趣群, 同学群, 工作群,
 * 群规/踢人, temple, church and volunteer groups, amateur leagues. Real groups post money, contact and action words all
 * day (缴费, 接龙, 扫码, 转账, 手机号); a few harmful families use the same notice form for a fake 群主 fee to a personal
 * QR, 刷单 recruitment, a gambling app as 群福利, 私烟, a paid adult group, so the model learns the offer, not the form.
 */

type Slots = Readonly<Record<string, readonly string[]>>;
const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
const GAMB = ['cg-gambling.a'];
const TOBACCO = [`${R}.c`];
const CHARITY = ['cg-fraud-or-scams.a'];

const b = (slug: string, subtype: string, pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.v18e-notices-${slug}`, 'zh', 'benign', subtype, [], pattern, templates, slots ? { ...S, ...slots } : S);
const h = (label: 'scam' | 'gambling' | 'regulated' | 'sexual' | 'spam', subtype: string, slug: string, policies: readonly string[], pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.${label}.${subtype}.v18-notices-${slug}`, 'zh', label, subtype, policies, pattern, templates, slots ? { ...S, ...slots } : S);

const S: Slots = {
  bld: ['3栋', '5号楼', '12幢', '二期', '7单元', 'B区', '18栋2单元', '东区', '1号楼'],
  day: ['明天', '本周六', '周日', '下周一', '12月3日', '本周五', '后天', '这周末'],
  tm: ['8:00-12:00', '上午9点到下午5点', '14:00-18:00', '早上7点半', '晚上8点', '9:30', '下午3点'],
  amt: ['50', '80', '100', '120', '150', '200', '260', '300', '35', '68'],
  mask: ['138****5621', '139xxxx0087', '1xxxxxxxxxx', '电话xxxxxxxxxxx', '186＊＊＊＊2234', '135****0912', '0xx-xxxxxxx'],
  name: ['王老师', '李姐', '张经理', '小陈', '物业刘管家', '赵会长', '周队', '孙阿姨', '班长', '吴主任'],
  cls: ['三年级二班', '一(3)班', '五年级4班', '初二7班', '大班', '高一12班'],
  place: ['小区东门', '南门岗亭', '物业服务中心', '菜鸟驿站旁', '3号楼架空层', '社区活动室', '会所一楼'],
  co: ['公司', '咱们部门', '财务部', '行政部', '人事', '项目组'],
};

const benignA: readonly Family[] = [
  b('property-fee', 'service', 'Property managers in 业主群 reminding owners to pay 物业费 through the app or at the service centre; an official channel, no personal account.', [
    '【缴费提醒】{bld}业主您好，2027年度物业费已开始收取，可在物业APP或服务中心前台缴纳，开具正规发票。',
    '物业费可以在小程序上交，也可以来{place}刷卡，不收现金哦', '各位业主，物业费年缴9.5折，截止{day}', '物业费交了吗家人们',
    '请各位业主认准物业公司对公账户，任何个人收款码都不是物业的，有疑问打前台{mask}',
    '{name}：已交费的业主请忽略本条，未交的麻烦抽空处理一下，谢谢理解', '停车费月卡续费请到岗亭办理，线上也可以',
    '物业费单价多少来着', '一平2块2，电梯房', '@全体成员 本季度公摊水电明细已贴在各单元大堂，请查看',
    '收据丢了的可以到前台补打', '交了，APP上能看到缴费记录', '今年物业费涨没涨？', '催费的电话已经打了三遍了😂',
  ]),
  b('water-power-cut', 'service', 'Notices of planned water, power or gas interruptions with times and the service desk number.', [
    '【停水通知】因管道维修，{bld}{day}{tm}停水，请提前储水。', '{day}停电，电梯暂停使用，不便之处敬请谅解',
    '停水了吗？我家没水了', '刚问了物业，{tm}恢复供水', '燃气公司{day}入户安检，家里请留人，工作人员佩戴工牌，不收任何费用',
    '来水了来水了', '供水恢复后先放一会儿水，前几分钟有点黄', '温馨提示：停电期间请关闭家中大功率电器，来电后再打开',
    '有问题打物业值班电话{mask}', '又停水？上周不是刚修过', '二次供水水箱清洗，{day}{tm}暂停供水',
    '停水停电通知都会发在群里和单元门口，大家留意一下',
  ]),
  b('parcel-locker', 'service', 'Group chatter about 快递柜, 驿站 pickup codes, lost and misdelivered parcels.', [
    '谁拿错我快递了，{bld}的，取件码对不上', '快递柜满了，快递员放驿站了', '丰巢超时要收费了，快去拿',
    '驿站{tm}营业，晚上取件的注意时间', '有人帮我看下快递柜里有没有一个蓝色大箱子吗', '我的快递显示签收了但是没找到😭',
    '{place}新装了一组快递柜，免费存12小时', '取件码发你了，顺手帮我拿一下呗', '大件放门卫室了，自己去搬',
    '谁的生鲜快递在驿站门口放了一上午了，快来拿', '快递小哥电话{mask}，找不到的可以直接问他', '谢谢邻居帮忙收快递🙏',
  ]),
  b('class-fee-official', 'education', 'Teachers and 家委会 collecting 班费, 资料费, insurance through the school\'s official payment platform with receipts.', [
    '各位家长：本学期教辅资料费{amt}元，请通过学校统一缴费平台缴纳，不接受个人转账，请勿扫陌生二维码。',
    '班费明细已公示在群文件，每一笔都有小票，有疑问可以私聊家委会', '{cls}家长注意：学生意外险自愿购买，在教育局指定平台办理',
    '收到，已在平台缴费', '缴费截止{day}，未交的家长请抓紧', '学校从来不会通过微信私人收款，大家警惕冒充老师的',
    '{name}：伙食费已经开通线上缴费，入口在学校公众号', '请问平台交完有没有电子发票？', '有的，缴费记录里可以下载',
    '家委会本学期支出：绿植{amt}元，运动会水{amt}元，余额结转下学期', '交了', '已缴费，孩子姓名xxx',
  ]),
  b('parent-jielong', 'education', 'Parents\' 接龙 for pickup, activities, forms and sign-ups in a class group.', [
    '#接龙 {day}春游，参加的家长接龙\n1. 朵朵妈妈\n2. 乐乐爸爸', '3. 小宇妈妈 参加', '接龙：已完成寒假作业打卡的',
    '请还没接龙的家长尽快，{tm}统计', '{name}：收到请回复，谢谢配合', '收到', '收到，谢谢老师', '已接龙✅',
    '家长会{day}{tm}，在{cls}教室，请接龙确认是否参加', '需要延时服务的接龙，不收费',
    '安全教育平台作业还有8位家长没完成，请抓紧', '孩子今天发烧请假一天，谢谢老师',
  ]),
  b('school-uniform', 'education', 'Orders and sizes for 校服 through the school supplier, with sizes and delivery.', [
    '校服征订开始了，一套夏装{amt}元，在校服平台自主下单，自愿购买', '尺码表发群里了，按身高选，偏大一码',
    '孩子140cm穿哪个码？', '150的码，留点余量', '校服到了，放学时在校门口领', '校服尺码不合适的，{day}前可以统一调换',
    '冬季校服是自愿订的吧？', '{name}：校服费走学校官方平台，收据会发到家长手机', '我家孩子的校服外套丢了，谁捡到了麻烦告诉我',
    '校服上记得写名字，容易拿错', '补订校服的直接联系校服厂售后{mask}，学校公众号有',
  ]),
  b('reimburse-notice', 'work', 'Company group notices about 报销, invoices, 工资条 and payroll dates.', [
    '@所有人 本月报销单{day}前交财务，过期顺延下月', '报销需要正规发票，抬头税号看群公告', '工资条已发到邮箱，有问题找人事',
    '这个月工资几号发？', '{co}通知：本月工资{day}发放，节假日顺延', '差旅报销要附行程单，打车票记得开电子发票',
    '发票抬头写错了还能报吗', '重开一张吧，财务不收', '报销审批在OA上走，不要私下找财务', '个税APP记得确认专项附加扣除',
    '工资条里的餐补怎么少了', '这月请了两天假扣的', '报销到账了 感谢财务小姐姐',
  ]),
  b('overtime-notice', 'work', 'Work group notices about overtime, shifts and weekend duty.', [
    '{day}全员加班，晚饭公司订，打车可报销', '加班申请记得在系统里提交，不提交算不了调休', '今晚谁值班？',
    '项目上线，{tm}开会，大家准时', '周六加班的接龙一下，方便订餐', '收到', '调休单交了吗',
    '{name}：辛苦大家了，这周结束给大家放一天假', '加班费按劳动法1.5倍算，明细见工资条', '我周日有事，能换个班吗',
    '又加班😩', '今天准点下班！', '值班表已更新，请查看群文件',
  ]),
  b('teambuild-aa', 'work', 'Team-building, 聚餐 and outing notices with AA costs and transfer to the organiser colleague.', [
    '{day}团建，去郊区烧烤，公司出大头，个人AA{amt}元，群收款里交一下', '团建地点投票：1.露营 2.密室 3.农家乐',
    '聚餐AA，人均{amt}，已经发群收款了', '已付', '我开车，能带三个人', '团建不参加的跟{name}说一声',
    '上次团建的照片传群相册了', 'KTV包厢订好了，{tm}集合', '酒水自带哈，别喝多了', '年会抽奖名单出来了，恭喜恭喜🎉',
    '这次团建费用明细：场地、大巴、餐费，多退少补',
  ]),
  b('community-groupbuy', 'shopping', 'Neighbourhood 团购 leaders posting 接龙, 自提点, pickup times and payment via the mini-program.', [
    '【今日团购】赣南脐橙10斤{amt}元，接龙下单，{day}到货，{place}自提', '#接龙 草莓3斤装\n1. {bld}王\n2. 1-502',
    '小程序下单，到货群里通知', '自提点在{place}，{tm}取货', '团长，我的鸡蛋少了一盒', '已补，明天来拿',
    '不满意包退，找团长', '付款走小程序，不要私下转账哈', '今天的菜很新鲜👍', '还有没有多的？我想要一份',
    '截单了，明天再开', '牛奶到了，没取的抓紧，冷藏有限', '1-802 +1',
  ]),
  b('running-club', 'chat', 'Running club notices: routes, meet times, race sign-ups and small AA costs.', [
    '周六晨跑，{tm}在{place}集合，配速6分，10公里', '马拉松报名开始了，官网报名，别找代报', '跑完一起吃早餐，AA',
    '今天谁去？', '我去 +1', '跑团队服定制，一件{amt}，要的接龙报尺码', '下雨取消，改下周',
    '新人第一次来可以吗？能跟上吗', '可以的，有慢速组', '拉伸很重要，别跑完就走', '今天PB了！开心',
  ]),
  b('fishing-photo-club', 'chat', 'Fishing and photography group notices with outings, car-pooling and AA costs.', [
    '{day}去水库夜钓，拼车的报名，油费AA', '黑坑一天{amt}块，要去的提前说', '摄影采风{day}出发，包车AA，每人约{amt}',
    '今天爆护了🐟', '空军了😂', '日出机位在东边山坡，{tm}到', '三脚架谁有多的借我一个',
    '采风照片截止{day}前交群主，评选月度最佳', '饵料推荐一下', '下周有没有人去拍银杏',
    '{name}组织的活动，费用明细都在群公告，多退少补',
  ]),
  b('alumni-reunion', 'chat', 'Classmate groups organising reunions with AA costs, 红包 and catching up.', [
    '毕业十周年聚会定在{day}，地点{place}附近的酒店，人均AA{amt}', '报名的接龙，带家属的备注',
    '班长收钱了，群收款发了', '已转班长', '好久不见啊老同学', '我来晚了，发个红包赔罪🧧', '谢谢老板！',
    '抢到0.01😂', '手气最佳发下一个', '聚会照片发群里了', '谁有班主任的新电话？', '{name}结婚了，大家随份子吗',
    '当年坐我后面的那个现在在哪', '明年再聚！',
  ]),
  b('work-contact-qr', 'work', 'Work group notices sharing a colleague\'s 手机号, a meeting QR, sign-in codes and attendance.', [
    '会议签到二维码，请扫码签到', '{name}手机{mask}，对接找他', '新同事入群了，大家欢迎', '欢迎欢迎👏',
    '这个是培训的腾讯会议号，{tm}开始', '扫码进项目群，群二维码7天有效', '访客登记二维码贴在前台了',
    '有问题直接打我电话{mask}', '供应商联系方式整理在表格里了', '打卡机坏了，今天手动登记',
    '{co}通讯录更新了，请核对自己的电话', '二维码过期了，再发一个',
  ]),
  b('group-rules', 'chat', 'Group rules and admins announcing removal of advertisers, 踢人 and warnings.', [
    '【群规】1. 禁止发广告、链接、二维码 2. 禁止拉人 3. 违者直接踢', '已踢，发广告的', '刚才那个发兼职的已移出群聊，大家别加他',
    '私加群成员推销的一律踢', '群里不要发与小区无关的内容', '请修改群名片：楼号+门牌号', '改了', '改好了 {bld}',
    '本群不收任何费用，要钱的都是骗子', '禁言一天，屡教不改的踢', '谁拉的这个人？一进来就发广告',
    '群主辛苦了', '群内请勿刷屏，有事私聊',
  ]),
  b('temple-church', 'chat', 'Temple, church and fellowship groups with services, volunteer sign-ups and donations only at the official office.', [
    '本周日主日崇拜{tm}，欢迎弟兄姊妹带朋友来', '法会{day}举行，随喜功德请至寺院功德处，开具收据，群内不收任何款项',
    '团契聚会改到{day}晚上', '阿弥陀佛🙏', '感恩🙏', '奉献请在教会奉献箱或财务处，不要转给任何个人',
    '需要义工帮忙打扫，接龙', '诵经班{tm}开始', '有人问斋饭要不要钱，不要钱的', '平安夜活动排练，唱诗班请准时',
    '有冒充师父在网上募捐的，大家注意，本寺从不私下化缘',
  ]),
  b('volunteer', 'chat', 'Volunteer groups posting shifts, sign-ups and donation drives through registered charities.', [
    '{day}社区义诊志愿者招募，{tm}，接龙报名', '捐衣活动：旧衣物请送到{place}，统一交给慈善总会',
    '志愿时长已录入平台，请查看', '明天谁值班？', '我可以', '献血车{day}在{place}，有意愿的可以去',
    '善款通过公益平台公开募捐，每笔可查', '环保小队周六捡垃圾，手套和袋子我们准备', '辛苦大家，今天服务了{amt}位老人',
    '志愿者马甲到了，来拿',
  ]),
  b('league-registration', 'chat', 'Amateur football, basketball and badminton leagues posting registration fees, schedules and payment to the association.', [
    '业余篮球联赛报名开始，每队报名费{amt}0元，对公账户缴纳，开票', '赛程表出来了，{day}{tm}第一场',
    '羽毛球周赛，场地费AA，一人{amt}', '球衣号码报一下', '我要10号', '下周打哪个队？', '裁判费由协会统一支付',
    '替补不够，谁能来？', '赢了！🏀', '今天输了，下场再来', '报名表填好发{name}邮箱', '场地订好了，{place}',
  ]),
  b('repair-notice', 'service', 'Elevator repairs, renovation noise, parking and fire-safety notices in 业主群.', [
    '{bld}电梯{day}维保，{tm}暂停', '装修时间：工作日{tm}，周末禁止电钻', '楼道里别堆杂物，消防检查',
    '谁的车挡住消防通道了，车牌尾号xx，请挪一下', '电瓶车不要推上楼，充电去{place}', '电梯又坏了😤',
    '已报修，物业说下午来', '楼上在装修吗？好吵', '维修师傅上门前会打电话，不收费的项目不会让你付钱',
    '有需要换锁的找物业登记', '感谢物业，修好了',
  ]),
  b('lost-found', 'chat', 'Lost-and-found posts in community and school groups with contact numbers.', [
    '在{place}捡到一串钥匙，放物业了', '谁丢了一只橘猫？在{bld}楼下', '寻狗：泰迪，棕色，有联系{mask}，必谢',
    '孩子水杯丢了，粉色的，写着名字', '捡到一张公交卡', '找到了，谢谢大家🙏', '丢了耳机，可能在篮球场',
    '{name}捡到一个钱包，已交派出所', '谁家的快递落在电梯里了', '有人看到一辆蓝色儿童车吗',
  ]),
  b('pay-methods-real', 'shopping', 'Small shops and group-buy leaders posting payment methods, refunds and receipts openly.', [
    '支持微信支付宝，到店付也行', '付款后截图发群里，方便对账', '退款已原路返回，请注意查收', '收款码就是店里贴的那个',
    '转错了，能退吗', '可以，退你了', '发票需要的私我开', '预售定金{amt}元，到货补尾款，不满意可退',
    '货到付款的备注一下', '今日截单，付款走小程序订单',
  ]),
  b('hongbao-chat', 'family', 'Red packets in family and friend groups for holidays and thanks, not a game.', [
    '新年快乐🧧', '谢谢二舅的红包', '抢到了！', '手慢了😭', '发个红包庆祝一下', '生日快乐，红包收好',
    '红包拿去买奶茶', '老板大气', '又是0.01', '祝大家中秋快乐，发个小红包', '谢谢！恭喜发财',
  ]),
];

const benignB: readonly Family[] = [
  b('health-checkup', 'health', 'Company and community notices about 体检, vaccination and senior health days.', [
    '年度体检{day}开始，凭身份证到体检中心，{co}统一结算', '社区卫生服务站{day}为65岁以上老人免费体检', '空腹去啊，别吃早饭',
    '体检报告出来了，小程序可以查', '流感疫苗到了，要打的预约', '免费测血压，{place}，{tm}', '体检要自己交钱吗？',
    '不用，公司包的', '家里老人行动不便的可以预约上门服务，联系社区{mask}',
    '体检当天带身份证，{tm}前到',
    '报告解读可以约医生，免费',
    '孕妇不要做放射项目，跟前台说',
    '体检套餐升级自愿，自己付差价',
  ]),
  b('tour-group', 'service', 'Tour guides and travel groups posting meet points, times, fees included and contact numbers.', [
    '明早{tm}酒店大堂集合，带好身份证', '导游电话{mask}，走散了打这个', '门票已含在团费里，景区内自费项目自愿',
    '大巴车牌尾号xx，别上错车', '今天行程：上午古镇，下午博物馆', '到了吗？', '还差两位，等五分钟',
    '自由活动{tm}，请准时回车上', '回程高铁票已发群里，请核对',
    '回程航班改到{tm}，群里以这个为准',
    '今晚自由活动，十点前回酒店',
    '有人晕车的坐前排',
    '小费自愿，不强制',
    '大家行李贴好标签',
  ]),
  b('rental-roommate', 'chat', 'Roommates and landlords posting rent, utilities split and move-in notices.', [
    '这个月水电一共{amt}，四个人平摊', '房租{day}交，还是转房东账户', '合租室友有人要续租吗', '网费我交了，大家转我',
    '垃圾轮流倒，这周轮到我', '房东说{day}来修热水器', '押一付三，合同签了', '钥匙放门口鞋柜里了',
    '房东电话{mask}，热水器坏了直接找他',
    '物业费房东交，我们只交水电',
    '这周卫生轮到谁了',
    '网费到期了，一人{amt}，转我',
    '空调遥控器谁拿了',
  ]),
  b('short-acks', 'chat', 'Very short everyday replies in notice threads: 收到, 已交, 好的, +1.', [
    '收到', '已交', '好的👌', '+1', '已付款', '已签到', '已扫码', '明白', '收到谢谢', '交了交了', '我也去', '已转', '已报名',
    '好的老师', '在路上了', '几点集合？', '在哪交？', '谢谢群主',
  ]),
  b('pet-owner-group', 'chat', 'Pet owners\' group notices: dog walking rules, rabies shots, lost pets and group orders.', [
    '遛狗请牵绳，清理粪便', '狂犬疫苗{day}社区集中接种，{amt}元一针，现场缴费有收据', '猫粮团购，接龙',
    '谁家狗半夜一直叫', '小区里发现一只流浪猫，有人能领养吗', '宠物医院电话{mask}，24小时',
    '犬只登记：请到{place}填表，免费发狗牌',
    '谁家猫在{bld}楼道里叫了一晚上，麻烦抱回去',
    '宠物店团购驱虫药，一盒{amt}，小程序付款',
    '今天遛狗看到有人投毒的传言，是真的吗？物业说没有',
    '狗狗走丢了，柯基，戴红项圈，电话{mask}',
    '猫咪绝育补贴，社区登记，医院直接减免',
  ]),
  b('vote-survey', 'chat', 'Groups posting polls, surveys and meeting minutes with QR codes and links.', [
    '业委会选举投票，扫码参与，一户一票', '问卷星链接发群里了，花两分钟填一下', '投票截止{day}', '已投',
    '会议纪要请查看群文件', '满意度调查，匿名的，大家如实填', '电梯改造方案投票结果已公示',
    '投票二维码在单元门口，一户一票，请户主扫码',
    '问卷截止{day}，还有{amt}户没填',
    '业委会选举结果公示，有异议{day}前提出',
    '小程序投票要实名吗？',
    '要的，防止重复投',
    '停车位改造方案两个，请大家选一个',
  ]),
];

const harmful: readonly Family[] = [
  h('scam', 'impersonation-acquaintance', 'fake-admin-qr-fee', ACQ, 'Someone posing as 群主, teacher, 物业 or league organiser posts a notice collecting fees to a personal QR code or account.', [
    '@全体成员 【紧急通知】本学期资料费{amt}元，请家长扫下方二维码缴费，付款后截图发我，名单今晚报学校',
    '各位业主，物业系统升级，本季度物业费请直接转到我个人微信，备注房号，今天截止，逾期停电梯卡',
    '我是{name}，新换的号，{cls}的家长请加我，班费改成私人收款，学校平台暂时关闭',
    '群费每人{amt}，扫码交，不交的今晚清人', '老师通知：校服费扫这个码，学校平台坏了，直接转我',
    '联赛报名费改个人收款，转{name}，尾号xxxx的卡，公账在审计',
    '家长们 扫码交一下{amt}元保险费 平台那个太麻烦 我统一交', '@所有人 交费二维码👇 付完发截图 仅限今天',
    '【物业通知】燃气安全检测费{amt}元/户，扫码支付，不交的下月停气', '我是群主，换号了，以这个为准，班费转这个支付宝****',
    '不要在平台交了 有延迟 直接微信转我 我帮大家统一代缴', '急！！体检费今天截止，扫我码，明天学校要名单',
    '{name}：大家好 聚会定金{amt} 转我个人账户xxxxxxxxxxxxxx 户名x某 别走群收款',
    '喂 是{cls}家长吧 那个 我是班主任 嗯 资料费你直接转我微信就行 学校那边我去交',
  ]),
  h('scam', 'job', 'notice-shuadan', JOB, 'A group notice that is really 刷单/点赞 task recruitment: small tasks, 佣金 paid first, then 垫付.', [
    '【群福利】招聘宝妈兼职，在家手机就能做，点赞关注一单{amt}元，日结，加{name}领任务',
    '群内通知：今日新增兼职名额10个，动动手指每天300+，名额有限，私我', '兼职刷单 不收押金 先做任务再结佣金 {zh_contact}',
    '@全体成员 帮商家提升销量 下单返本金+佣金 一单赚几十 感兴趣扫码进任务群',
    '本群福利：关注抖音号截图一次3元，做满5单有大额任务，先垫付后返本返佣', '招兼职 打字员 手机操作 日入二三百 微信**********',
    '宝妈学生党看过来，时间自由，零门槛，日结，扫码进群领任务', '任务群今晚八点开单，连做三单佣金翻倍，错过等明天',
    '通知：上一期返款已全部到账，新一期接单请找接待员{handle}', '点赞一单2块 速结 有手机就行 vx xxxxxxxxx',
    '群主推荐靠谱副业，给电影评分赚佣金，第一单免费体验', '招聘：网店补单员，垫付{amt}返{amt}+30%佣金，当天返',
  ]),
  h('gambling', 'casino', 'notice-gambling-app', GAMB, 'A group notice pushing a betting or casino app as 群福利: register bonus, 首充送, invite codes.', [
    '【群福利】新用户注册送{amt}体验金，首充100送100，百家乐 真人 体育都有，下载链接{url}',
    '群友专属福利：邀请码xxxxxx，注册即送88，提款秒到', '今晚欧冠，群里统一上车，平台{lookalike_url}，稳红',
    '@全体成员 群福利来了 下载这个APP 每日签到领彩金 可提现', '玩的来 百家乐 一天几千不是梦 扫码下载',
    '本群福利：加{name}领取首充返水50%，输了也能回本', '娱乐城新开 注册送188 流水一倍即可提 {zh_contact}',
    '通知：老平台维护，新地址{url}，余额已同步，群友放心充', '每晚9点群内开奖，下注找管理员，赔率1:9.8',
    '棋牌游戏上分下分找群主，上分比例1比1，秒下', '体育彩推荐，跟单必中，首单不中全额返',
  ]),
  h('regulated', 'tobacco', 'notice-sisiyan', TOBACCO, 'A group notice selling untaxed or smuggled cigarettes (私烟, 免税烟, 越南代工) by the carton.', [
    '【群内福利】免税烟到货，中华一条{amt}，软包硬包都有，包邮到家，要的私聊',
    '私烟批发 一手货源 口粮烟 一条起发 {zh_contact}', '本群专供：越南代工烟，口感一样，价格一半，接龙下单',
    '烟 好烟 便宜 不走快递查 同城面交', '通知：这周到了一批外烟，爆珠多口味，三条包邮，微信**********',
    '华子 一条{amt} 出厂烟 支持验货 不是真的包退', '团购香烟接龙：1. 2条 玉溪 2. 1条 利群',
    '边境货 免税烟 群友价 要的扫码', '原厂口粮 小卖部拿货价一半 量大从优 vx xxxxxxxxx',
    '电子烟 烟弹 私烟 都有 老客户带新客户送一包',
  ]),
  h('sexual', 'nude-content', 'notice-paid-adult-group', NUDE, 'A notice announcing a paid adult group: 福利群, 会员群 with explicit videos and 同城 contacts, for an entry fee.', [
    '【福利群】{amt}元进群，每日更新资源，永久有效，扫码付款自动拉',
    '本群升级VIP会员群，入群费{amt}，小姐姐视频每天更新，不满意退', '成人福利群招人 付费进 懂的来 {zh_contact}',
    '通知：老群被封，新福利群入口{url}，老会员免费，新人{amt}进', '付费群 资源多 各种类型 同城也有 私我',
    '进群费{amt} 有视频 有同城约 先付款后拉群', '懂的来 福利 付费 不白嫖 vx xxxxxxxxx',
    '永久会员群 一次付费终身看 每日更新百部', '群内福利：裸聊主播一对一，充值{amt}起',
    '@全体成员 VIP福利群今晚截止招新，错过再等一个月',
  ]),
  h('scam', 'charity', 'notice-fake-donation', CHARITY, 'A notice in a volunteer, temple or class group collecting donations for a sick child or temple repair to a personal account.', [
    '【爱心捐款】群友家孩子白血病急需手术费，请大家献爱心，扫码转账到孩子妈妈个人账户，不需要走平台',
    '寺院重修大殿，随喜功德请转{name}师父个人微信，功德无量🙏', '紧急求助！本群志愿者家属车祸，大家有钱的出钱，直接转我',
    '捐款统一转我支付宝 我汇总后交给家属 截图别发群里', '教会奉献改为扫码，转执事个人微信，财务处暂停',
    '爱心接龙：1. {name} 200 请转我个人卡 xxxx xxxx xxxx', '功德箱线上版，扫码随喜，越多福报越大，今天截止',
    '为山区孩子募捐过冬棉衣，转我个人账户，名单公示在群文件（稍后发）',
    '群里的{name}家出事了，大家能帮就帮，钱转我，回头给你们看收据',
    '教会弟兄住院，奉献直接转我微信，我来转交',
    '志愿队募集物资款，转我个人支付宝，明天统一采购',
    '一元也是爱，扫这个码，我替孩子谢谢大家🙏',
  ]),
  h('scam', 'investment', 'notice-stock-group', FIN, 'A notice in an ordinary group announcing a free 牛股/理财 group that leads to a fake trading platform.', [
    '【群福利】知名老师免费带单，今日牛股已出，进群领取 {zh_contact}',
    '通知：本群成员可免费进入内部理财群，稳赚不赔，日收益3%', '@全体成员 明天涨停股 想要的私我',
    '内部渠道 新股申购 中签率100% 扫码开户', '跟着老师做 一周翻倍 群里截图都是真实的',
    '数字货币内部消息 群友专享 最低{amt}起投', '理财群开课了 免费听 最后一天 扫码入群',
    '群主分享：跟着我买，上周已经翻了三倍，想上车的私聊',
    '理财讲座免费听，进群送礼品，后面教你开户做外汇',
    '@全体成员 老师今晚直播讲盘，{url}，前{amt}名送内参',
    '本群福利 数字藏品内部认购 稳赚 名额{amt}个',
    '喂 你好 我是那个群里的助理 嗯 老师今天有个票 你先开户 对 先入金{amt}试试',
  ]),
  h('spam', 'traffic-luring', 'notice-group-drop', TL, 'A drive-by notice in a neighbourhood or school group luring members to add a stranger or another group for 福利.', [
    '各位邻居打扰了，加我微信免费领鸡蛋，限前50名 {zh_contact}', '群友福利：扫码进群每天抢红包，不要钱',
    '@全体成员 免费领纸巾，加我好友发你', '打扰一下 家长们 免费领学习资料 加我 微信**********',
    '进群领券 优惠多多 扫码', '有想做副业的加我 免费带', '美容院开业 免费体验 加V预约 {handle}',
    '不好意思打扰大家 点个关注 互粉 {handle}',
    '进群免费领红包封面 {zh_contact}',
    '宝妈福利群 每天免费领纸尿裤 扫码',
    '邻居们 帮忙砍一刀 谢谢 {url}',
    '打扰各位 加我拉你进优惠群 每天九块九秒杀',
  ]),
];

export const families: readonly Family[] = [...benignA, ...benignB, ...harmful];
