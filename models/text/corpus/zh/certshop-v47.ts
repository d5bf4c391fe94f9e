import { type Family, familyMakers } from '../types.js';
import { FORGED } from '../policies.js';

/**
 * Round v47 (file set certshop-v47, benign letter a): trade and professional certificates sold without the exam or the
 * work, 挂证 renting and exam substitutes (regulated · documents). The plain forms are in docs-v11 (remote 代考, 成考
 * "不用考"), docsfake-v33 (证书挂靠 from the company side with fake 劳动合同/社保, 职称 without 评审), paperwork-v43 (科目一
 * 代考 for elders, 健康证 without 体检, 特种作业证 sold on work sites), fakedocs-v46 (医师/护士/教师资格证 可查) and
 * datatrade-v22 (可查 certificates without exams).
 * This set adds: the holder's side of 挂证 (收证 posts in job groups, 挂K prices by 专业, holders offering their own 一建/
 * 二建/注安 for rent, 社保 转过去 人不用去); 借证/租证 by the month for 资质 申报/延续 and single 投标 with someone sent to
 * 开标 and 核查; coded chat (ZS, 证书x, 包Guo, dg证, 不用k) and 叉车证 当天拿; remote-controlled and face-swapped 代考 for
 * 安全员 ABC/三类人员 and 特种作业 machine exams; 建造师/造价/消防 exams sold as 包过 with 考前答案 and 内部渠道; 会计 and
 * 教师/导游/社工 certificates through "内部名额" 直接录入; 健康证 P图 and 代传 to delivery-platform 商家后台; 驾驶证 速成
 * with 考官打点 and 科二/科三 替考; 上岗证 and 培训合格证 printed to order (保安, 消防设施操作员, 食品安全管理员, 养老护理,
 * 物业) with 学时 faked; the "官网可查" promise as the seller's own 查询网站 and screenshots; 劳务/出国劳务 recruiters
 * bundling certificates into the job; and long SMS and forum ads with 回T退订.
 * Benign look-alikes (letter a): accredited training schools with real exams and no 包过, 持证上岗 notices at work sites,
 * 职称评审 announcements, exam-prep groups sharing notes and 押题, HR checking certificates on official sites, news of 挂证
 * crackdowns, holders asking friends whether to 挂证 and being told no, companies hiring real full-time certified staff,
 * 会计/教资 official notices warning of "内部名额" scams, forklift and electrician class schedules, 复审/继续教育
 * reminders, and 车管所 anti-cheating notices with learners' chat. A share of templates is written as senders evade:
 * homophones, pinyin and initials, split characters, redacted x/＊.
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
/** certificates rented to deceive regulators and tender boards */
const GUAZHENG = [...FORGED, 'cg-fraud-or-scams.b'];
/** exam substitutes and leaked answers */
const EXAM = ['cg-fraud-or-scams.d.3', ...FORGED];
/** certificates obtained through paid insiders */
const BRIBE = [...FORGED, 'cg-fraud-or-scams.f'];
/** driving licences by proxy or bribe */
const DRIVE = [`${R}.i`, ...FORGED, 'cg-fraud-or-scams.f'];

const CT = ['{zh_contact}{zh_contact_id}', 'v：{handle}', '薇 {handle}', 'V❤{handle}', '扣{qq}', 'vx＊＊＊＊＊＊', '☎{phone}', '私', '滴滴', '主页有联系方式', '{zh_contact}'];
const CERT = ['电工证', '焊工证', '高处作业证', '叉车证', '制冷证', '登高证', '低压电工证', '熔化焊证', '塔吊证', '安全员C证'];
const E = ['', '', '', '✅', '👇', '🔥', '💯', '📢', '👉'];
const P = ['300', '480', '680', '800', '1200', '1500', '2000', '两千', '3k'];

const base: Slots = { ct: CT, cert: CERT, e: E, p: P };

const { fam, ben } = familyMakers({ lang: 'zh', harm: 'v47-certshop', benign: 'v47a-certshop', slots: base });

const MAJOR = ['一建建筑', '二建市政', '一建机电', '注安', '一级造价', '一消', '二建水利', '监理工程师', '中级职称', 'B证'];
const YEAR = ['1.2w', '2万', '3万5', '8千', '4w', '1万8', '六千'];

const HARM: Family[] = [
  fam('regulated', 'documents', 'guazheng-holder-recruit', GUAZHENG,
    'Recruiting certificate holders to rent out their registration (收证, 挂K, 挂证) in job groups and posts, and holders offering their own 一建/二建/注安 for a yearly fee — 人证分离, 社保 moved to a company the holder never works for, to deceive 住建 regulators.',
    [
      '高价收{major} 挂K一年{year} {ct}',
      '收证 私聊',
      '各位群友打扰了 我们是{zh_city}一家建筑企业 长期合作收{major} 流程很简单：你把证书扫描件和身份证发过来 我们签三年协议 社保转到我们公司 每年年初打款 全程人不用到场 检查有我们应付 {ct}',
      '收证收证 {major} 初始注册的优先 社保转过来就行 人不用去',
      '本人有{major}证 求挂 价高者得 不接全职',
      '【长期收证】一建二建全专业 注安 造价 消防 挂靠一年一结 签合同 比银行利息高 有证的滴滴我 {ct}',
      '有证不挂浪费了 {major} 躺着一年拿{year}',
      '挂K价格表：建筑{year} 市政{year} 机电{year} 需要三年合同 {ct}',
      'gua证 找我 一建 二建 安全员 都收',
      '刚考过二建的兄弟 别急着注册 来我这挂 一年能抵半年工资{e}',
      '证书x 挂 靠 年费 私聊',
      '求问：我有中级职称和一个二建 能同时挂两家吗 | 能 我们帮你安排 社保分开交',
      '退休了证书还有用 {major} 照样能挂 年龄大的也收',
      '收B证C证 挂半年 社保公司交 每月给你转钱 {ct}',
      '你社保现在在哪交的？挂过来要先停掉原单位的 我们有办法让两边不冲突',
      '【收】{major} 注册到{zh_city} 三年{year} 一次付清 人不用到场 证书我们保管',
    ],
    { major: MAJOR, year: YEAR }),

  fam('regulated', 'documents', 'zhengshu-rent-tender-qualification', GUAZHENG,
    'Certificates rented by the month for a company\'s 资质 申报/延续/升级 and for single 投标, with someone sent to 开标 and the 资质核查 as the holder — borrowed credentials used to deceive licensing authorities and tender boards.',
    [
      '有租证的吗',
      '跟您说一下流程哈：证书先寄到我们这边 社保我们这月就给您转 住建核查的时候如果打电话到您那 您就说在我们公司项目上 具体哪个项目我们发给您背熟 开标那天我们另派人带着您的身份证复印件过去',
      '资质延续缺人 急租 安全员C证 x本 短租三个月',
      '投标用 项目经理证 租一次{p} 开标当天有人带身份证到场',
      '证书租赁 按月计费 人社 社保 合同 全套配齐 资质核查有话术 {ct}',
      '升二级资质还差五个中级工程师 有租的吗 价格好说',
      '专门做资质配人：建造师 技术负责人 八大员 技工证 一站式 {zh_city}可上门签',
      '【借证投标】二建+B证 一标{p} 中标另算 人证合一 检查我们派人顶',
      '三类人员ABC 租半年 社保挂我们公司 核查打电话我们的人接',
      '资质动态核查来了 证不够的老板 临时租 一周内到位 {e}',
      '租个{cert}应付一下检查 用完就还',
      '有没有短租消防工程师的 就用两个月 维保资质年检用',
      '老板：下周开标缺个二建机电 你那有吗 | 有 租一次{p} 开标人我给你派',
      'zz配人 证书zu赁 全国 {ct}',
      '技工证 电工焊工 二十本起租 资质申请够用 一年一付',
    ]),

  fam('regulated', 'documents', 'tezhong-coded-sameday', FORGED,
    'Coded short chat selling 特种作业证 and 叉车证 without exams — ZS, 证书x, 包Guo, 不用k, dg证, 当天拿 — the same forged-licence offer written to pass filters.',
    [
      '{cert} 不用k 当天拿 {ct}',
      'ZS要吗',
      '叉车证当天拿 要的滴',
      '电工ZS 焊工ZS 包Guo',
      'dg证 hz证 dg证 可查',
      '证书x 不 用 考',
      '叉ché证 急用的 上午拍照下午拿',
      '{cert} 免k可cha {p}',
      '要ZS的老铁看这里👇 电/焊/高/叉 全有 {ct}',
      '特 种 作 业 证 包 过 ＋V',
      'T种证 不培训 三天 {e}',
      '来个叉车证 多少 | {p} 今天下午给你',
      '不想考试的 {cert} 直接拿 官网能cha 价格美丽',
      'dian工证 han工证 gao处证 一条龙 不用去考场',
      '上岗急 {cert}+叉车证 两本一起 {p} 加急当天',
      '包过包过 不过不收钱 特种证 ➕V',
    ]),

  fam('regulated', 'documents', 'anquanyuan-remote-proxy-exam', EXAM,
    'Exam substitutes for 安全员 ABC/三类人员 and 特种作业 machine exams: 远程控制考试电脑, 替考 with 人脸 passed, 考场有人, 答案同步 — cheating on licensing exams sold as 包过.',
    [
      '代考 私我',
      '流程：考前一天我们远程给你电脑装好软件 考试当天你正常登录 人脸识别你自己过 之后题目我们这边答 你手放键盘上装样子就行 出分九十以上 不过全额退款 已经帮{zh_city}几百个学员过了',
      '安全员C证 远程代考 你坐着就行 电脑我们控制',
      '三类人员考试 包过 人脸识别我们搞定 {ct}',
      '特种作业理论考试 机考 我们有软件 答案实时同步 {p}',
      'ABC证 线上考试 考前装个插件 分数九十以上',
      '安全员考试不会？替考 照片处理过 监考看不出来',
      '考电工证的 理论机考 考前一天加我 考场里有我们的人 {e}',
      '【包过】安全员A/B/C 不过全退 远程协助 不用看书',
      '你开着摄像头坐好 手别动 鼠标我这边点 | 这样真的查不出来？ | 做了几百个了',
      '焊工实操我们找人替你焊 理论远程 两样都包 {ct}',
      'aqy C证 dk 包过 私',
      '考试系统是{zh_city}那边的 漏洞我们知道 包过班{p}',
      '住建安全员考试 线上监考 屏幕共享也能过 我们有虚拟摄像头',
      '补考了三次没过？找我们 一次过 先考后付',
    ]),

  fam('regulated', 'documents', 'jianzaoshi-exam-answers-insider', EXAM,
    '建造师, 造价, 消防工程师 and 职称 exams sold as 包过 with 考前答案, 内部渠道, 改分 and 押金 — leaked exam papers and score fixing sold to candidates.',
    [
      '一建考前答案 内部渠道 考前三小时发 {ct}',
      '二建包过 交押金 出成绩再付尾款',
      '消防工程师 改分 差十分以内都能弄 {p}一分',
      '【内部资料】今年一建真题 考前一晚 准确率百分百 不准退款',
      '造价工程师 包过协议 签合同 不过全退 渠道不方便说',
      '二jian da案 考前 私',
      '去年我就是找他们过的 答案跟真题一模一样 要的我推给你',
      '一消成绩差一点的 可以改 人事考试网查得到新分数',
      '耳机+答案 一建 全科 考场外有人报 {ct}',
      '中级职称考试 包过 成绩直接录 不用去考场',
      '今年一建 答案群 进群费{p} 考前晚上发',
      '有没有二建的渠道 差一科 愿意出钱 | 有 先交定金 出分后补齐',
      '别再刷题了 没用的 一建 包Guo 名额只剩三个 {e}',
    ]),

  fam('regulated', 'documents', 'kuaiji-teacher-insider-quota', BRIBE,
    '会计 (初级/中级会计, 会计证), 教师资格证, 导游证 and 社工证 sold through "内部名额" — 不用考 直接录入系统, 财政/教育局可查, 名额有限 — certificates obtained by paying insiders.',
    [
      '内部名额',
      '姐妹们真心推荐 我初会考了三年都没过 后来朋友介绍了个老师 交了定金 两个月后考试院的系统里就有我的合格记录了 证书也寄到了 现在公司都认 有需要的我可以把老师推给你们 {ct}',
      '初级会计 内部名额 不用考 直接录入 {ct}',
      '教师资格证 今年最后五个内部名额 教育局可查',
      '中级会计职称 不考直接出 财政厅系统能查 {p}定金',
      '会计证 内 部 名 额 私',
      '教资面试过不了？内部名额 直接给你录合格',
      '导游证 社工证 不用考 内部录入 全国联网 {ct}',
      '【名额有限】初会 中会 教资 内部通道 今年截止到月底 先到先得{e}',
      '姐妹们 我表姐在教育局 教资能直接弄 要的私我',
      'kj证 js证 内部渠道 可查',
      '笔试过了面试没过？补个名额 两周出证 不成功退钱',
      '初级会计考了三年没过 最后找人直接录的 查得到 一点问题没有',
      '幼师资格证 内部名额 幼儿园检查用 保真可查 {ct}',
      '中会内部指标 {zh_city}的 只要身份证和照片',
    ]),

  fam('regulated', 'documents', 'health-cert-ps-platform-upload', FORGED,
    '健康证 P图 and 代传 for food-delivery 商家后台 and riders\' apps — 改日期, 换照片, 电子健康证 生成, 平台审核包过 — forged health certificates used to pass platform checks.',
    [
      '美团商家后台健康证 代传 审核包过 {ct}',
      '健康证P图 改日期改照片 {p}',
      '电子健康证生成 扫码显示 平台过审',
      '饿了么要健康证？不体检 直接出电子版 一小时',
      '骑手app健康证过期 帮你重新上传 审核必过{e}',
      '健康证 不用去医院 照片发来 今天出证',
      '外卖店换了员工 健康证来不及办？我们做好直接传后台',
      'jkz p图 代传 私',
      '你们那个健康证是真的吗 | 扫码能出页面 平台就认这个',
      '开店资料一条龙：健康证 食品经营许可 门头照 平台上线包过 {ct}',
      '健康证 不体检 出证 全国 后厨 服务员 保洁 都行',
      '一家店五个人的健康证 打包价{p} 明天全部上传',
    ]),

  fam('regulated', 'documents', 'driving-license-proxy-bribe', DRIVE,
    '驾驶证 sold by proxy and bribe: 科目二/科目三 替考, 考官打点 包过, 快速拿本 七天, 科一 在家考 — driving licences obtained by fraud and bribery.',
    [
      '包拿本 私',
      '跟你说实话 现在驾校那种一步步考太慢了 我们这是一条龙：体检不用去 科一在家考 科二科三考官那边提前打好招呼 你就上车走个过场 前后半个月拿本 费用{p}加上考场那边的红包 先交一半',
      '科目一包过 在家考 {ct}',
      '科二科三 找人替考 人脸对得上 {p}',
      '驾照速成 七天拿本 考官都打点好了',
      '【快速拿证】C1 C2 不用练车 考场有关系 一次过 {e}',
      '科三挂了两次？加钱走关系 考官那边打好招呼',
      'jia照 包过 科1到科4 全包 私',
      '外地人也能办 不用居住证 驾照一周下 {zh_city}',
      '考试那天你只管上车 考官知道你是谁 | 真的假的 | 我们班上周十个全过',
      '科目一 代考 人去了坐着就行 耳机都不用',
      '摩托车驾照 D证 不用考 直接出 {ct}',
      '大车A2 增驾 包过班 价格含红包 {p}',
      '驾校承诺包过 每人多交{p} 给考场的',
      '考不过不要钱 C1包拿本 老司机推荐的 靠谱',
    ]),

  fam('regulated', 'documents', 'shanggang-training-cert-print', FORGED,
    '上岗证 and 培训合格证 printed to order — 保安员证, 消防设施操作员, 食品安全管理员, 养老护理员, 物业 and 电梯 上岗证 — with the training school\'s seal and 学时记录 faked, no class or test.',
    [
      '上岗证 培训合格证 定制 带章 {ct}',
      '保安员证 不用培训 一周出 {p}',
      '消防设施操作员 中级 不考直接拿 消防控制室上岗用',
      '食品安全管理员证 培训合格证 盖章 学时记录一起给',
      '养老护理员证 不用上课 养老院检查用 {ct}',
      '【证件定制】各类上岗证 培训证书 结业证 盖培训机构章 {e}',
      '物业电梯上岗证 批量做 二十本起 {zh_city}',
      '培训学时不够？我们后台直接刷满 合格证照出',
      '上岗zheng 培训he格证 不用去 私',
      '公司要全员培训合格证 人太多来不及？名单发来 章我们盖',
      '你把名字身份证照片发我 上岗证后天寄到工地',
      '持证上岗检查来了 没证的联系 今晚做明早到 {p}',
    ]),

  fam('regulated', 'documents', 'guanwang-kecha-own-site', FORGED,
    'The "官网可查" promise made concrete: the seller\'s own look-alike 查询网站, 二维码 that opens a query page, screenshots of 查询结果 sent as proof, and 录入 prices for 可查 vs 不可查 — forged certificates backed by fake verification.',
    [
      '能查的 放心',
      '很多客户担心买了查不到 我们的证都是录入系统的 证书上有编号和二维码 用人单位扫码会跳转到查询页面 显示姓名 身份证号后四位 发证日期和有效期 跟官网一模一样 需要的话先给你看老客户的查询截图 {ct}',
      '证书可查 查询网址：{lookalike_url}',
      '扫证书上的二维码 直接跳转查询页面 名字照片都有',
      '先给你看查询截图 满意再付款 {ct}',
      '可查版{p} 不可查版便宜一半 你要哪种',
      '录入全国联网系统 {lookalike_url} 输入身份证号就出来',
      '官网可查 不查不要钱 {cert} {e}',
      '老板要是去查 就给他这个网址 {lookalike_url} 显示跟真的一样',
      '证书编号我们生成 查询页面我们维护 永久有效',
      'guan网可cha 保真',
      '你那个证扫了是404 | 服务器维护 换这个链接 {lookalike_url}',
      '所有证书都能查 人社 应急 住建 三个系统都有人录',
      '查询结果截图发你了 姓名 证号 有效期 都对得上 放心 {ct}',
      '网址记好 别发给别人 只给用人单位查 {lookalike_url}',
    ]),

  fam('regulated', 'documents', 'laowu-recruit-cert-bundle', FORGED,
    '劳务 and 出国劳务 recruiters bundling certificates into the job — 无证可代办, 证费从工资扣, 出国焊工证 国际证 包办 — forged licences sold with the job offer in job groups.',
    [
      '【招工】{zh_city}某大型船厂招电焊工 二氧焊 氩弧焊 日结{p}到四百 包吃住 有证直接上 无证的我们统一办理焊工证 电工证 登高证 证费从第一个月工资里扣 人到就能上岗 报名{ct}',
      '招电焊工 日结{p} 没证的可以代办 证费从工资扣',
      '【出国劳务】新加坡 日本 焊工电工 无证可办证 包签证 {ct}',
      '工地招架子工 十人 有证优先 没证公司给你搞定',
      '劳务派遣 叉车司机 无证帮办 三天上岗 {zh_city}',
      '出国劳务国际焊工证 不用考 我们给你出 签证包过',
      '急招电工十名 证件我们办好 你只管来干活 {e}',
      '招聘群的兄弟 想进大厂当叉车工的 没证也行 办证找我',
      '你没有高空证？没事 来了先上班 证我这边弄 一千五从第一个月工资扣',
      'zhao焊工 无z可ban 私',
      '建筑工地 劳务班组 全员上岗证打包 人到证到 {ct}',
      '海外项目 月薪两万 要焊工证 没有的交{p}办证费 包过',
      '有想进厂的吗 电工证 叉车证 入职当天给你',
    ]),

  fam('regulated', 'documents', 'bulk-sms-forum-cert-ad', [...FORGED, 'cg-spam.a'],
    'Long bulk SMS and forum ads for certificates without exams and 挂证 — 【XX教育】 headers, 包过/不用考/官网可查 lists, 挂证 prices and 回T退订 — the forged-certificate trade in mass-message form.',
    [
      '【鼎新教育】电工焊工高处作业叉车证 不用考试 全国可查 一周下证 另收各类证书挂靠 咨询{phone} 回T退订',
      '【考证通】建造师 造价 消防 职称 考证挂证一条龙 价格透明 {url} 退订回T',
      '您好，我司常年高价收购各类建筑证书挂靠，一建二建安全员均可，详询{phone}，拒收请回复R',
      '【职业技能】健康证、上岗证、特种作业证 不体检不考试 当天可取 {phone}',
      '专业办理各类职业资格证书 免考 官网可查 诚信经营十年 有意者联系{ct} 帖子长期有效',
      '各位工友 本人专业办证十年 电工焊工登高叉车 不用去考 全国能查 需要的顶帖留言或私信',
      '【XX培训】初级会计 教资 导游 内部报名通道开启 免考拿证 名额有限 回TD退订',
      '楼主长期办理：特种作业证 安全员ABC 建造师挂靠 职称评定 保真可查 量大从优 {ct}',
      '尊敬的客户：您的证书挂靠年费可上调至{p}元/月 回复1了解详情 回T退订',
      '【证书服务】一站式办理 操作证 上岗证 合格证 职称证 无需考试 {url}',
      '本帖长期有效：出 {cert} 可查 {p}元 需要的跟帖',
      '证书办理 免费咨询 ☎{phone} 电/焊/叉/高/安全员 全国通用',
    ]),
];

const BEN: Family[] = [
  ben('education', 'accredited-school-real-exam',
    'Accredited training schools advertising real courses for 特种作业证, 叉车证 and 安全员证: 理论+实操, 应急管理局统一考试, 不承诺包过 — lawful training that shares the sellers\' words.',
    [
      '电工证培训 周末班 理论+实操 考试由应急管理局统一安排 {phone}',
      '考证咨询',
      '很多学员打电话问能不能包过、能不能不来上课 统一回复一下：特种作业操作证必须参加培训并通过应急管理部门组织的理论和实操考试 本校不代考不包过 外面说当天拿证官网可查的 查的都是假网站 大家别花冤枉钱',
      '本校不承诺包过 不代考 考试不合格可免费补训一次',
      '{cert}报名需带身份证复印件 一寸照四张 初中以上学历证明',
      '【正规培训】焊工 登高 叉车 报名后系统录入 考试合格后官网可查 证书约20个工作日下发',
      '有同学问能不能不来上课直接拿证 不能 学时不够系统不让约考',
      '叉车班下周一开课 五天 考完等通知领证',
      '安全员C证培训 住建厅指定考点 {zh_city}本月考试安排已出',
      '我们是备案的培训机构 外面说不用考的都是假的 别上当',
      '培训费{p} 含教材 含一次考试 补考另交考务费',
      '高处作业证 理论考试机考 实操现场考 两个都过才发证',
      '学员注意：考试需本人人脸识别 代考一律取消成绩',
      '咨询电工证的 先看下自己年龄满18周岁 身体无妨碍从事作业的疾病',
    ]),

  ben('work', 'worksite-chizheng-notice',
    '持证上岗 notices and foremen\'s messages at work sites: 特种作业人员进场报验原件, 官网核验, 无证不得作业 — real safety management using the same certificate words.',
    [
      '【通知】特种作业人员必须持证上岗 明天进场带证书原件报验',
      '各班组长 把电工焊工的证拍照发群里 安全部逐个上官网核验',
      '查证了 没证的今天不许上脚手架 {cert}没有的先去做普工',
      '项目部提醒：证书过期的不算 请尽快复审',
      '叉车司机注意 无证驾驶叉车一经发现罚款并清退',
      '安全员C证在有效期内的 报给资料员登记',
      '今天监理来查 持证上岗 每个人证挂胸前',
      '焊工老李的证下个月到期 记得去复审 别耽误干活',
      '新进场工人先做三级安全教育 考试合格才能上岗',
      '电工证核验：应急管理部特种作业操作证查询 输身份证号就能看',
      '谁的高处作业证是网上买的 自己主动说 查出来直接清退 还要报警',
      '持证上岗不是形式 出了事故没证的全责',
    ]),

  ben('news', 'zhicheng-review-announcement',
    '职称评审 announcements and applicants\' talk: 人社局 申报通知, 材料 and 业绩 requirements, 公示期, 评审结果 — the official process the sellers claim to bypass.',
    [
      '关于开展{zh_city}2024年度工程系列中级职称评审工作的通知',
      '申报人须在规定时间内通过人社网上办事大厅提交材料 逾期不予受理',
      '评审结果公示期为5个工作日 对公示有异议的可实名反映',
      '凡弄虚作假的 一经查实撤销职称 三年内不得申报',
      '今年中级职称要求论文一篇 继续教育学时满90 我还差点',
      '职称评审通过了！熬了五年 公示出来了',
      '单位推荐名单已出 请申报人核对个人信息',
      '初级职称认定不用评审 符合学历和年限条件的直接申报认定',
      '副高的评审答辩下周二 材料还得再改改',
      '职称证书查询：人社厅官网-职称证书查询 输入姓名证书编号',
      '问下大家 职称评审材料里的业绩证明要盖单位章还是项目章',
      '评审费{p}元 由单位统一缴纳',
    ]),

  ben('education', 'exam-prep-group-notes',
    'Exam-prep groups sharing notes, 真题 after the exam, 押题 from teachers and jokes about 包过 — studying for 一建, 会计, 教资 and 安全员 honestly.',
    [
      '一建 管理 高频考点整理 发群文件了 大家自取',
      '初级会计 刷题打卡第30天 实务还是好难',
      '老师押的题今年中了三道 哈哈哈',
      '教资面试试讲模板 谁要 我共享出来',
      '二建真题回忆版 考完大家一起对一下',
      '求个包过的方法 | 包过的方法就是每天刷三小时题',
      '安全员C证考试题库 三百道 背熟了基本能过',
      '这次一消太难了 感觉要挂 明年再战',
      '造价案例最后一题大家算出来多少',
      '打卡群规则：每天发学习时长截图 连续缺卡三天踢出',
      '我用这个app刷{cert}的题 模拟考都九十多了',
      '考前别焦虑 真题做三遍 错题本看两遍 稳过',
    ]),

  ben('work', 'hr-verify-cert-official',
    'HR and project managers checking candidates\' certificates on official sites (应急管理部查询, 中国人事考试网, 全国建筑市场监管公共服务平台, 学信网) and asking for originals — real verification that uses 可查 and 证书 words.',
    [
      '候选人的一建证书 我在全国建筑市场监管平台查了 注册单位对得上',
      '请把焊工证原件带来 我们要上应急管理部网站核验',
      '会计证现在叫初级会计职称 可以在全国会计资格评价网查',
      '他给的查询网址不是官网 域名很奇怪 我们不录用了',
      '教师资格证请在中国教师资格网查询后截图存档',
      '入职材料：身份证 学历 职业资格证 均需提供原件核对',
      '叉车证扫码出来是特种设备作业人员证查询 对得上',
      'HR小课堂：证书查验一定要用官方网站 别点对方发来的链接',
      '张工的二建注册在另一家公司 要先办变更才能入职',
      '我们招电工 必须能在官网查到证 网上买的一律不要',
      '核验结果已反馈 证件真实有效 可以安排入职',
      '这份健康证编号在卫健委系统查不到 请本人到社区医院重新体检',
    ]),

  ben('news', 'guazheng-crackdown-news',
    'News and official notices of 挂证 crackdowns: 住建部 专项整治, 社保比对 人证分离, 注册撤销, 企业资质降级 — reporting and warnings, not offers.',
    [
      '挂证整治',
      '记者从{zh_city}住建局获悉 今年以来通过社保、个税数据与注册信息比对 共清查“挂证”人员{num}名 对出借证书的注册人员撤销注册 对使用挂证人员申报资质的企业依法处理 并提醒持证人员切勿出借证书',
      '住建部开展工程建设领域专业技术人员职业资格“挂证”等违法违规行为专项整治',
      '通过社保数据比对 查出人证分离注册人员{num}名 注册一律撤销',
      '{zh_city}通报一批挂证案例 涉事企业资质被降级',
      '挂证被查 个人三年内不得再次注册 还要记入不良信用',
      '新闻：警方破获一起伪造特种作业证案 现场查获空白证书上千本',
      '某企业以租借证书方式申请资质 被撤销资质并罚款',
      '提醒：出借证书属于违法行为 证书持有人同样要担责',
      '这两年挂证基本没人敢了 社保一查一个准',
      '央视曝光：网上售卖电工证 所谓官网可查是假网站',
      '安全员证书“挂靠”问题突出 住建部门开展核查',
      '多地严打考试作弊 一建考场查获作弊设备',
      '一男子花钱买健康证 被市场监管部门处罚',
    ]),

  ben('chat', 'holder-asks-guazheng-told-no',
    'Certificate holders asking friends and forums whether to 挂证 and being told no, or declining recruiters — everyday talk using 挂证/挂K words against the trade.',
    [
      '有人加我说收二建 一年给一万二 能挂吗',
      '不挂 谢谢',
      '说个亲身经历 去年有个中介天天打电话让我把一建挂到他们公司 一年给两万 我差点就答应了 后来问了我们单位的总工 他说现在住建和社保数据是比对的 人证分离一查就出来 注册撤销还上黑名单 想想还是算了 老老实实在本单位注册',
      '别挂 现在社保联网 查出来证都废了',
      '刚考过一建 天天有人打电话问挂不挂 烦死了',
      '我直接回他不挂 谢谢 然后拉黑',
      '挂证这事别碰 我同事被撤销注册了 三年不能用',
      '考证是为了自己用的 不是为了挂K赚钱',
      '问：我人在甲公司上班 证挂乙公司 合法吗 | 不合法 这就是人证分离',
      '老婆问我为啥不把证挂出去 我说那是违法的',
      '二建证就注册在现在的单位 老老实实干 还能评职称',
      '每天五个电话收证 我都说已经注册了',
      '要不是政策严了 挂证确实好赚 现在算了',
      '前几年挂K一年好几万 现在都不敢了',
    ]),

  ben('work', 'company-hire-real-certified',
    'Companies hiring real full-time certified staff for their 资质 and projects: 二建/安全员 全职, 社保在本单位, 需驻场, 不接受挂证 — genuine job posts with the same vocabulary.',
    [
      '招聘：二级建造师（市政） 全职 需驻场 社保本单位缴纳 不接受挂证',
      '公司资质升级 招一建机电全职 待遇面议 {zh_city}',
      '急招持证电工两名 需官网可查 五险一金',
      '项目部招安全员 持C证 有施工经验优先',
      '叉车司机 有证 两班倒 月薪{p}+',
      '本公司只招全职持证人员 中介勿扰',
      '招造价员 有二级造价证优先 能长期驻场',
      '招聘焊工 持焊工证 入职体检 试用期三个月',
      '资质维护需要注册人员 只要真正在岗的',
      '我们项目经理必须本人到岗 住建天天抽查考勤',
      '要求：持有效{cert} 证件在有效期内 能接受出差',
      '工地招人 有证的日薪高一百 没证的先做普工 公司可以安排培训去考',
    ]),

  ben('education', 'kuaiji-jiaozi-official-warning',
    '会计 and 教资 official notices and candidates\' talk: 报名通知, 准考证打印, 成绩查询, and 财政厅/教育考试院 warnings that there is no "内部名额" — the same words used to warn, not to sell.',
    [
      '2025年度全国会计专业技术初级资格考试报名通知',
      '考试院提醒：所谓“内部名额”“免考拿证”均为诈骗 请勿轻信',
      '考试院提醒',
      '教资笔试准考证打印入口已开放 请考生及时打印',
      '初级会计成绩出了 终于过了 不用再考第三年了',
      '财政厅声明：会计资格证书只能通过考试取得 未委托任何机构代办',
      '有人说能帮我弄教资内部名额 我问了学校老师 说是骗子',
      '中级会计报名条件：大专毕业满5年 本科满4年',
      '教资面试成绩查询：中小学教师资格考试网',
      '导游证考试报名下周截止 同学们抓紧',
      '社工证今年考试时间提前了 注意时间',
      '家人们 千万别信网上不用考的会计证 我姐被骗了{p}',
      '教资认定需要体检 带上身份证去指定医院',
    ]),

  ben('education', 'class-schedule-forklift-electrician',
    'Class schedules, fees and 领证 timelines at forklift, electrician and 上岗证 training classes, and trainees\' chat — real courses where 当天拿 is explained as impossible.',
    [
      '叉车培训班本周六开班 理论三天 实操两天 考试后约一个月领证',
      '问：叉车证能当天拿吗 答：不能 要考试 合格后系统出证',
      '低压电工复审班 下周二上课 带上旧证',
      '保安员证培训 公安备案 考试合格后发证',
      '食品安全管理员培训 线上课程 考试通过打印合格证',
      '消防设施操作员 初级 培训考试周期约两个月',
      '实操考试那天记得穿劳保鞋 戴安全帽',
      '老师说这期叉车班有三个人没过 下月补考',
      '养老护理员培训 人社补贴 考取证书后可申请培训补贴',
      '我今天考完焊工实操了 焊缝老师说还行 等成绩',
      '培训费可以开发票 公司报销',
      '学员群：{cert}证书到了 明天上午来学校领',
    ]),

  ben('service', 'renewal-review-reminder',
    '证书复审, 继续教育 and 换证 reminders from training centres, apps and colleagues: 到期前申请, 学时本人线上完成, 延期 rules — legitimate renewals that share 到期/换新/学时 words.',
    [
      '【提醒】您的特种作业操作证将于{num}天后到期 请及时申请复审',
      '焊工证六年一复审 期间无违章可申请延期',
      '二建继续教育 本人登录平台学满学时 才能延续注册',
      '电工证复审需提交健康证明和安全培训记录',
      '会计继续教育每年90学时 线上课程 自己看完就行',
      '证书过期超过一年的 需重新培训考试',
      '安全员证延期 单位统一报名 下周交材料',
      '健康证一年一换 今年的体检约好了',
      '叉车证到期了 去培训学校复审一下 半天就完事',
      '继续教育视频不能倍速 要老老实实看',
      '提醒同事：职称证电子版可以在人社APP下载',
      '复审合格后新证有效期顺延 证号不变',
    ]),

  ben('police', 'dmv-anti-cheat-learners',
    '车管所 and police notices on 科目考试 anti-cheating (人脸识别, 替考 查处, 包过 scam warnings) and learners\' chat about 科二/科三 — same words, no offer.',
    [
      '车管所提醒：驾考全程人脸识别 替考一经发现取消成绩 一年内不得申请',
      '科三过了',
      '家人们 今天科三终于过了 之前有人加我说交钱考官打招呼保过 我差点信了 还好教练拦住说那都是骗子 老老实实练了二十多个小时 一把过 拿本的感觉太好了',
      '科目三挂了 下周补考 紧张',
      '警方提示：网上“驾照包过”“考官打点”都是骗局',
      '科二倒车入库终于过了 教练说我稳',
      '驾校说包过是指补考费包含 不是真的保证过',
      '{zh_city}警方查处一起驾考替考案 三人被拘留',
      '科一模拟考九十八 明天正式考',
      '考场监控全覆盖 作弊设备一律没收',
      '我妈六十了想考驾照 报了个老年班 慢慢练',
      '有人说能花钱买驾照 教练说别信 那是诈骗',
      '约考排到下个月了 只能等',
      '科四在家能考吗 | 不能 要去考场 人脸识别的',
    ]),
];

export const families: Family[] = [...HARM, ...BEN];
