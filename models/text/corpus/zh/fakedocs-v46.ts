import { type Family, familyMakers } from '../types.js';
import { FORGED } from '../policies.js';

/**
 * Round v46 (file set fakedocs-v46, benign letter c): forged documents and certificates (regulated · documents) in the
 * documents, settings and buyer requests the earlier sets leave thin. The plain forms are in docs-v11 (代扣分 groups, paid
 * 落户, fake 房产证/结婚证, 成考 "不用考"), docsfake-v33 (seals, receipts by the book, medical claim papers, 职称, 挂靠,
 * visa agent files, comment hooks), datadocs-v39 (civil-status papers, 请假全套, 学法减分 代学, 流水 定制), hackdocs-v41
 * (sellers' menus, 学信网可查 degrees, 代开发票, passports, buyers' 求 posts for services) and paperwork-v43 (代年审, 健康证
 * without 体检, 特种作业证, 离职证明, 积分落户, insider 加急, 鉴定 reports, 灵活用工 虚开).
 * This set adds: coded 学历提升 ads (ban证, 办Z, bz, 包拿证, 不用考 不用上课) dressed as 成考/自考 enrolment; overseas
 * degrees sold with 留服认证 可查; buyers' own requests (贴吧, 群聊, 闲鱼-style 求) for 毕业证, 病假条, 公章, 流水 and their
 * haggling; 户口 changed by insiders (改年龄, 改名, 双户口, 迁户 with 红包 to the 户籍民警); 无犯罪记录证明 for people with
 * records (签证, 网约车, 入职, with 公证/认证); 刷流水 and 走账 that cycle money through an account plus 收入证明 for 房贷,
 * 车贷 and 签证; 不动产权证 made to order with a scannable QR for 民间抵押 and 资产证明; 结婚证/离婚证 for 限购 and 拆迁
 * and to show a partner; passports and 出境 for people under 限制出境/失信/边控; 医师/护士执业证 and 教师资格证 sold
 * "卫健委/教育局可查"; 吊销 licences restored and 醉驾 records erased; and 病历/诊断书 made for 保外就医, 取保, 缓考 and
 * 体测免测. Harmful families cite FORGED first and, where it fits, the bribery, driving-offence or fraud item.
 * Benign look-alikes (letter c): real 成人高考/自考/国开 from accredited schools, real 留服认证 online, 学信网 verification
 * help for HR and friends, lost 户口本/身份证 补办 and legal 改名 at the 派出所, applying for a real 无犯罪记录证明, office
 * talk on invoices and 报销, one's own 流水/收入证明 for a loan or visa, licensed 工商注册 代办 agencies, 驾照 扣分 and
 * 吊销 rules explained, consulates' visa checklists, 民政局 marriage and divorce registration, and 教资/护考/执业医师 prep.
 * A share of templates is written as senders evade: homophones, pinyin and initials, split characters, redacted x/＊.
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
/** forged papers used to obtain a benefit from a third party (school, employer, bank, embassy, city) */
const BENEFIT = [...FORGED, 'cg-fraud-or-scams.b'];
/** papers obtained through insiders paid off: bribery */
const BRIBE = [...FORGED, 'cg-fraud-or-scams.f'];
/** driving-offence records traded */
const DRIVE = [`${R}.i`, ...FORGED];
/** statements and income faked for lenders */
const LENDER = [...FORGED, 'cg-fraud-or-scams.b', 'cg-other-criminal-acts.b'];

const CT = ['{zh_contact}{zh_contact_id}', '{zh_contact}', 'v：{handle}', 'vx：xxxxxxxx', '薇 {handle}', '➕V {handle}', 'Q{qq}', '🐧{qq}', '☎{phone}', '私聊', '主页有v', 'dd我', '威❤{handle}'];
const E = ['', '', '', '✅', '🔥', '💯', '👇', '⚡', '🤫', '📄'];
const P = ['300', '500', '800', '1200', '1500', '2000', '3000', '5000', '8000', '8k', '1w', '2w', '3w', 'xxx', '＊＊＊'];

const base: Slots = { ct: CT, e: E, p: P };

const { fam, ben } = familyMakers({ lang: 'zh', harm: 'v46-fakedocs', benign: 'v46c-fakedocs', slots: base });

const HARM: Family[] = [
  fam('regulated', 'documents', 'xueli-tisheng-coded', BENEFIT,
    'Fake 学历提升 ads in code (ban证, 办Z, bz, 包拿证, 不用考 不用上课, 学信网可查 全日制) dressed as 成考/自考 enrolment — a diploma sold without study or exam is a forged credential.',
    [
      '学历提升 包拿证 不用考试 不用上课{e}',
      'bz 全日制 学xin网可查 {ct}',
      '办Z 专本硕都有 快的一个月出 {p}起',
      '成考？自考？都太慢了 我们这个直接拿证 学信网能查 {ct}',
      '【学历提升】无需到校 无需考试 档案 学籍 证书一条龙 价格{p} 不可查的便宜一半',
      '三个月拿本科 ban证 包过 查不到全退',
      '学历不够升职卡你？来找我 不用背书不用考 证到手再付尾款 {ct}',
      '“学历提升”四个字懂的都懂 全日制统招 可查版{p}',
      'bzbz 大专本科 编号可查 私',
      '报名就送学位证 不写论文 不答辩 入学即毕业 仅剩{num}个名额',
      '报个自考？两年起步。走我们“直通车” 考试有人替 证是真的 学信网直接挂上',
      'x信网可查 ＊科 ＊士 加急{zh_time}出',
      '不想考的来 包拿证 {e}{ct}',
      '朋友圈那种学历提升 九成是这个：交钱 等证 不用考 有人问就说“成人教育”',
    ]),

  fam('regulated', 'documents', 'liufu-overseas-degree', BENEFIT,
    'Overseas bachelor and master degrees sold with 留服认证 (教育部留学服务中心) 可查: 不出国, 一年拿证, 认证报告 included — forged foreign credentials passed off as verified.',
    [
      '海外硕士 不出国 留服认证可查 {ct}',
      '英澳美本硕 全套：毕业证 成绩单 认证报告 {p}起',
      '留服认证能扫出来的那种 {zh_time}下单 三周出件',
      '不用雅思 不用出国 一年拿{uni}硕士 回国落户 认证都给你办好',
      '认证报告编号可以在留服官网查 查不到全额退 {ct}',
      'LF认证 可查版 海本海硕 打包价',
      '想拿海归落户的看过来：学位证+成绩单+留服 三件套 {p}',
      '{uni}的证 真钢印 认证 做到你HR挑不出毛病',
      '留学生 挂科拿不到学位的 我们补 认证照样过',
      '海外学历办理 可查 可公证 可双认证 留服+大使馆',
      '不出国也能“留学” 证书认证一条龙 薇 {handle}',
      '留fu认证 ＊＊＊ 加急版 私我报价',
      '要海外硕士的回1 留服能查 价格好说',
    ],
    { uni: ['英国某名校', '澳洲八大', '马来西亚', '韩国', '美国州立', '香港', '泰国', '欧洲'] }),

  fam('regulated', 'documents', 'buyer-request-posts', FORGED,
    'Buyers posting requests to get forged papers — 求办毕业证, 求病假条, 求刻个公章, 求做流水, 求个可查的学位证 — in 贴吧, groups and comment sections, often haggling or asking for 靠谱 sellers.',
    [
      '求个能办证的 靠谱的私我',
      '急需一个本科毕业证 入职要查 学信网能查的 多少钱都行',
      '有没有老哥知道哪里能开病假条 带医院章的 明天要交',
      '求刻章 公司公章加财务章 不用备案的',
      '求做六个月流水 月入两万那种 房贷要用',
      '谁有办证的渠道 推一个 被骗过一次了',
      '贴吧求：专科毕业证 {zh_city}的 价格合适就要',
      '想要个离婚证 不是真离 就给家里人看看 谁能做',
      '求个诊断书 抑郁症的 能请长假那种 {zh_amount}以内',
      '有人办过无犯罪证明吗 我有点“前科” 出国要用 求路子',
      '收一个护士证 能查的 私聊',
      '求带：学信网能查的 价格别太离谱 上次那个要{p}',
      '大佬们 bz哪家靠谱 求推荐 别推骗子',
      '{p}能不能办个房产证 给女方家里看的 不用真的能过户',
      '求购增值税专票 {zh_percent}以内 有的滴滴',
      '在线等 急 哪里能p收入证明 盖章的那种',
    ]),

  fam('regulated', 'documents', 'hukou-age-name-insider', BRIBE,
    'Changing 户口 records through paid insiders — 改年龄, 改出生日期, 改名, 双户口, 迁户 with 红包 to the 户籍民警 — forged civil records obtained by bribery.',
    [
      '户口改年龄 派出所有人 {ct}',
      '想提前退休的 户口本年龄能往上改 {p}一岁',
      '改名字 不用走程序 里面人直接改 三天出新户口本',
      '双户口 两个身份证 两个名字 懂的来',
      '迁户不符合条件？找我 户籍科打点好了 红包另算',
      '身份证年龄改小五岁 考编能用 {ct}',
      '出生日期改一下就能报名了 内部操作 查不出来',
      '户kou 迁 入 {zh_city} 不看社保 不看房 {p}包办',
      '我们跟户籍民警熟 你只管出钱 别的不用管',
      '改民族 改籍贯 高考加分那种 成年人改了也有用 公务员加分',
      'hk改龄 内部 ＊＊＊ 私',
      '给所长递个信封的事 户口当月落 不成退',
      '老人户口年龄改大 养老金早领 先付一半 {ct}',
    ]),

  fam('regulated', 'documents', 'no-crime-cert-record', BENEFIT,
    '无犯罪记录证明 for people with records — 有案底也能开, for 签证, 网约车, 入职, 政审, with 公证/认证 — a forged clearance that deceives employers and embassies.',
    [
      '有案底也能开无犯罪证明 {ct}',
      '无犯罪记录证明 带公证 出国签证专用 {p}',
      '网约车审核卡在无犯罪？我们出的能过 {e}',
      '政审不过的来 无犯罪证明 派出所章 可回访',
      '有过拘留记录 照样给你开干净的 {zh_time}加急',
      '无犯罪证明+海牙认证 一条龙 使馆查不出',
      'wfz证明 带案底可办 私',
      '入职要无犯罪证明 自己开不出来的 找我 派出所有人 盖的是真章',
      '移民材料卡在“无犯罪”这一项？翻译公证认证我们全包 记录的事你别管',
      '犯过事的兄弟 想跑网约车 证明我来搞',
      '无fan罪证明 ＊＊元 三天拿',
      '开出来的跟真的一模一样 区别是你的记录不会出现在上面',
      '打过架留了底 出国被卡 朋友介绍找他 {p}搞定',
    ]),

  fam('regulated', 'documents', 'liushui-zouzhang-income', LENDER,
    '刷流水 and 走账 that cycle money through a buyer\'s account to fake income, plus stamped 收入证明 and 在职证明 for 房贷, 车贷, 信用卡 and 签证 — statements made to deceive lenders and embassies.',
    [
      '刷流水 真实走账 {ct}',
      '月入{zh_amount}的流水给你走出来 银行查的是真的进出',
      '房贷流水不够？我们资金进你卡再转出 循环六个月 {p}',
      '收入证明 在职证明 盖公司章 接回访 {e}',
      '车贷要流水 工资备注“代发工资” 一个月{p}',
      '走账包装 签证存款 十万冻三个月 押金另算',
      'ls定制 备注 工资 年终奖 都能加 私',
      '征信一般流水来凑 我们帮你刷 月均过{zh_amount} 下款率高',
      '公司账户给你打“工资” 你再转回来 手续费{zh_percent}',
      '签证资金证明 五十万走一圈 冻结单真的 回单真的',
      '收入证明要写多少写多少 公司是我们的 银行打电话有人接',
      '刷liu水 走zhang 专业团队 {ct}',
      '流水不好看？不是问题 给我三个月 给你做成年薪三十万',
      '代发工资流水 社保同步 贷款审批专用',
    ]),

  fam('regulated', 'documents', 'property-cert-mortgage-qr', BENEFIT,
    '不动产权证/房产证 made to order with a scannable QR and 不动产登记中心 seal — for 民间抵押借款, 签证资产证明 and showing a partner\'s family — forged property titles.',
    [
      '房产证 带二维码 能扫 {ct}',
      '不动产权证定做 登记中心章 {p}一本',
      '民间借贷抵押用的 房本做出来 放款的看不出来',
      '签证资产证明 房产证复印件+翻译 我们出',
      '扫码显示房屋信息 面积 产权人 都能对上 {e}',
      '给丈母娘看的房本 不过户 不抵押 就看看 {p}',
      '房产证 土地证 旧版新版都能做 私',
      'fcz 定制 可扫 ＊＊＊',
      '想拿房本去抵押 又没房？这个你懂的 {ct}',
      '老版房产证 钢印 水印 防伪线 一比一 交房本抵押走账都行',
      '彩礼谈不拢 拿个房本出来就好说了 我们做',
      '做一本{zh_city}的房本 写你名 三天 顺丰到付',
    ]),

  fam('regulated', 'documents', 'marriage-divorce-purchase-quota', BENEFIT,
    'Forged 结婚证/离婚证 for 限购 and 购房资格, 拆迁 分户 and 补偿, or to show a partner — fake civil-status papers used to obtain benefits or deceive.',
    [
      '离婚证 不用去民政局 {ct}',
      '买二套卡限购？离婚证一做 首套资格到手',
      '拆迁按户分 结婚证离婚证都能出 多分一套是一套',
      '结婚证 钢印 编号 网上能查 {p}',
      '跟女朋友说离了？拿个离婚证给她看 {e}',
      '限购城市 单身证明+离婚证 打包{p}',
      'lhz jhz 都有 可查版私',
      '结hun证 离hun证 加急当天 {ct}',
      '办婚假要结婚证 公司要复印件 我们做个就行',
      '拆迁办只认证件 你拿来什么就是什么 结婚证一本多一个户头',
      '给家里交代用 结婚证 红本 照片P好 {p}',
      '想离离不了？先拿个离婚证应付 真离的事以后再说',
    ]),

  fam('regulated', 'documents', 'exit-ban-passport', BRIBE,
    'Passports and exits sold to people under 限制出境, 失信 or 边控 — 换身份护照, 别人的护照 人脸对上, 内部撤销边控 — forged travel documents and bribery to evade court and police orders.',
    [
      '限制出境也能走 {ct}',
      '失信人员出境 换个身份护照 {p}',
      '被边控的 内部撤销 走正常口岸',
      '护照 真本 别人的身份 脸像就行',
      '法院限高限出境？我们有办法 先出去再说 {e}',
      'hz 换身份 边检能过 私聊',
      '欠债被限 想出去避一避的 一条龙 落地有人接',
      '护照过期 人在黑名单 换个名字的新护照 {p}',
      '走不了正规口岸的 也有别的路 带证件 {ct}',
      '出入境那边有人 限制撤了再加回去 中间给你三天',
      '证件+机票+落地签材料 全包 不问来历',
      '被列失信了护照办不下来？别急 找我 ＊＊＊',
    ]),

  fam('regulated', 'documents', 'practice-license-medical-teacher', BENEFIT,
    '医师/护士执业证 and 教师资格证 sold without the exam, 卫健委/教育局 可查 — forged professional licences that put unqualified people into clinics and classrooms.',
    [
      '护士证 不用考 可查 {ct}',
      '医师资格证 执业证 双证 卫健委官网能查 {p}',
      '教资不想考？直接拿证 教育局可查 {e}',
      '开诊所缺个证 执业医师 我们给你挂上去',
      '护士执业证注册 系统能查到 不过全退',
      '美容院打针需要证？医生证 护士证 都能办',
      'jz证 教资 ＊＊＊ 包过 私',
      '考了三次医师没过？交钱 证到手 单位查得到',
      '药师证 医师证 护士证 一次办齐 打包{p}',
      '教师资格证 小学初中高中都有 面试都不用 {ct}',
      '月子中心要护士证 给员工批量办 优惠',
      '执ye医师 可查 加急 {zh_time}出',
    ]),

  fam('regulated', 'documents', 'license-revoked-restore', DRIVE,
    'Restoring revoked licences and erasing 醉驾/酒驾 records — 吊销 内部恢复, 终身禁驾 撤销, 记录消除, new 驾照 under another name — driving-offence records traded through insiders.',
    [
      '驾照吊销内部恢复 {ct}',
      '醉驾记录消除 不影响考公 {p}',
      '终身禁驾也有办法 换个名字重新拿本',
      '酒驾被吊 不用等五年 车管所有人 {e}',
      '吊销了别急 系统里给你改成“注销” 重新考就行',
      'jz记录 消 ＊＊＊ 私',
      '驾照满分不想学习 直接恢复 {p}',
      '酒驾留了底 想跑货车 证我们给你做 路上查不出',
      '吊了本的司机 新驾照 新档案 {ct}',
      '醉驾判过的 案底能不能消 能 价格私聊',
      '实习期满分吊销了？恢复成正常 分还清零',
      '车管所“内部名额” 恢复驾照 先付一半',
    ]),

  fam('regulated', 'documents', 'medical-bail-sick-records', BENEFIT,
    'Forged 病历, 诊断书 and 住院证明 for 保外就医, 取保候审, 监外执行, court delays, 缓考 and 体测免测 — fake medical papers to escape legal or academic obligations.',
    [
      '保外就医的病历 我们包装 {ct}',
      '取保候审需要诊断书 三甲医院章 {p}',
      '监外执行材料 重病证明 一套{p} 医院回访有人接',
      '开庭想往后拖？住院证明 病危通知 都能做 {e}',
      '大学体测免测证明 医院盖章 私',
      '缓考要诊断书？我们出 辅导员查不出',
      '家里人在里面 想早点出来 病历这块交给我们',
      '诊断书 心脏病 高血压 孕检 想要什么病写什么病',
      'zds 三甲 住院单 ＊＊＊ {ct}',
      '补考 缓考 免修 证明一条龙 附就诊记录',
      '法院要体检报告？给你做一份“不适合羁押”的',
      '病历本 门诊记录 检查单 诊断书 盖章 配套出 {zh_time}要的加钱',
    ]),
];

const BEN: Family[] = [
  ben('education', 'real-chengkao-zikao',
    'Real 学历提升 from accredited schools: 成人高考, 自考, 国开 — exams must be taken, 学信网 shows the record after graduation; enrolment chat and warnings against 包拿证.',
    [
      '成人高考报名开始了 {zh_time}截止 记得带身份证',
      '自考本科要考十几门 一门门过 没有捷径',
      '学历提升我选的国开 要上课交作业 两年半毕业',
      '包拿证的都是骗子 成考也要考试的',
      '学信网能查是毕业以后的事 入学时查的是学籍',
      '{zh_city}成考 今年分数线出来了',
      '自考报名在省教育考试院官网 别找中介',
      '成考函授 周末上课 学费一年{zh_amount}左右',
      '学历提升到底选自考还是成考？各有各的难',
      '我同事去年成考专升本 今年拿到证了 学信网能查',
      '报了个自考 第一门就挂了 学历提升真不容易',
      '成考学校要看是不是教育部备案的 官网都能查',
      '老师问我学历提升 我说先把英语二过了再说',
    ]),

  ben('education', 'liufu-real-verify',
    'Returnees doing real 留服认证 online at the 留学服务中心: 材料, 授权书, 等待时间, 落户 use — ordinary verification of genuine foreign degrees.',
    [
      '留服认证上传材料了 要等二十个工作日',
      '学位证 成绩单 护照出入境记录 留服都要',
      '认证报告下来了 落户材料齐了',
      '留服认证要签授权书 给学校核实用的',
      '网课期间的学位能不能认证？官网有说明',
      '海归落户流程：先留服认证 再去人社网上申请',
      '留服认证查询编号在报告右上角',
      '我的英国硕士认证卡在学校回复 催了一下',
      '认证不是留学中介办的 自己在官网就能申请',
      '留服说要补在读证明 明天发邮件给学校',
      '认证费用三百多 自己办就行',
      '回国找工作 HR让提供留服认证 还好早就办了',
    ]),

  ben('work', 'xuexin-verify-help',
    'HR and friends checking degrees on 学信网 the proper way: 在线验证码, 学历证书电子注册备案表, 学籍 vs 学历 — honest verification help.',
    [
      'HR让我提供学信网在线验证码 怎么生成？',
      '学历证书电子注册备案表 在学信档案里申请',
      '验证码有效期可以选 一个月够了',
      '学信网查不到 可能是2001年以前的 要去做学历认证',
      '帮我妈看下学信网怎么登 她要查自己的成考学历',
      '候选人学历在学信网核验过了 没问题',
      '学籍和学历不一样 在读的只能查学籍',
      '学信网实名注册 手机号换了怎么办',
      '新员工入职：学历核验用学信网报告 别收复印件',
      '我们背调只走学信网官方验证 不接受其他渠道',
      '学信网验证报告打出来 需要盖章吗？不用',
      '朋友问我学信网可查是啥意思 就是学历在官网能核验',
    ]),

  ben('police', 'hukou-reissue-rename',
    'Lost 户口本/身份证 补办 and legal 改名 or 户口迁移 at the 派出所 — materials, waiting times, 临时身份证, 网上预约 — ordinary public services.',
    [
      '身份证丢了 先去派出所挂失 再补办',
      '补办身份证要二十天左右 可以先办临时身份证',
      '户口本丢了 户主带身份证去派出所补',
      '改名要走申请 派出所审核 成年人改名理由要充分',
      '户口迁移 准迁证在迁入地派出所办',
      '{zh_city}户口迁移可以网上预约了 不用排队',
      '身份证出生日期登记错了 要医院出生证明才能改',
      '派出所说改名后学历证书要自己去学校备注',
      '落户材料：房产证 户口本 身份证 结婚证',
      '民警提醒：户口迁移不收任何“加急费” 谁收钱都是骗子',
      '补办户口本首页 户籍室十分钟就好',
      '给孩子上户口 出生医学证明+父母户口本',
    ]),

  ben('service', 'no-crime-cert-apply',
    'Applying for a real 无犯罪记录证明 at the 派出所 or online for a visa, 网约车 or a job — materials, 公证, 认证 — ordinary paperwork.',
    [
      '无犯罪记录证明去户籍地派出所开',
      '出国用的无犯罪证明还要公证和认证',
      '网约车资格证审核 平台会自己查无犯罪记录',
      '现在很多地方网上就能申请无犯罪证明了',
      '单位要无犯罪证明 派出所说要单位出介绍信',
      '移民材料里无犯罪证明有效期一般六个月',
      '海牙认证以后 公证书可以直接用了 不用使馆认证',
      '开无犯罪证明要多久？我这边三个工作日',
      '教师入职要查无犯罪记录 学校统一办的',
      '无犯罪证明可以委托家人代办 要授权书',
      '公证处翻译件做好了 签证材料齐了',
      '派出所开的无犯罪证明 免费的',
    ]),

  ben('work', 'invoice-reimburse-office',
    'Office talk on invoices and 报销: 抬头, 税号, 专票/普票, 电子发票 查验, 差旅 rules — real invoices for real spending.',
    [
      '报销发票抬头要写公司全称 税号别错',
      '专票还是普票？财务说这单开普票就行',
      '电子发票打印出来 签字 贴报销单',
      '出差的酒店发票记得要 不然报不了',
      '发票真伪可以在税务局查验平台查',
      '财务：本月报销截止{zh_time} 过期下个月',
      '客户要开增值税专票 把开票信息发我',
      '打车用的行程单加电子发票 一起交',
      '代开发票可以去税务局窗口办 个人劳务费',
      '发票丢了？找商家重开 或者用记账联复印件',
      '公司团建餐费 发票抬头写错了 让饭店重开',
      '报销流程改了 OA上提交 发票拍照上传',
    ]),

  ben('finance', 'own-statement-income-proof',
    'People getting their own 银行流水 and 收入证明 for a 房贷, 车贷 or visa: 柜台打印, app 下载, HR 开证明, 冻结 for 存款证明 — honest paperwork.',
    [
      '房贷要半年流水 去柜台打印盖章',
      '手机银行可以申请电子流水 发到邮箱',
      '收入证明找HR开 写税前还是税后？',
      '签证存款证明 去银行冻结五万 三个月',
      '工资流水不够 银行说可以加配偶一起还',
      '公积金缴存证明也能当收入证明用',
      '车贷审核打电话到公司 问我是不是在职',
      '流水备注写“工资”的才算 转账的不算',
      '个税app里能看收入纳税明细 贷款也认',
      '在职证明要盖人事章 模板让HR发一下',
      '自由职业没有工资流水 签证就提供存款和纳税证明',
      '银行说征信和流水都没问题 房贷批了',
    ]),

  ben('service', 'gongshang-licensed-agency',
    'Licensed 工商注册 and 代理记账 agencies: 代办营业执照, 刻章 at 公安备案 shops, 税务登记, 地址挂靠 explained honestly — legal 代办.',
    [
      '代办营业执照 三个工作日 全程网办',
      '我们是有资质的代理记账公司 可以查营业执照',
      '公司注册完 公章财务章去备案刻章点刻',
      '注册地址可以用孵化园的 正规挂靠 合同齐全',
      '工商注册代办费{zh_amount} 不含刻章',
      '新公司要去税务局做登记 开票要申请',
      '个体户营业执照自己在网上就能办',
      '代账每月{zh_amount} 包报税 不包开票',
      '法人要本人实名认证 我们不能代替',
      '变更经营范围 走工商系统 一周左右',
      '刻章要带营业执照原件和法人身份证',
      '注销公司比注册麻烦 要先清税',
    ]),

  ben('education', 'driving-points-rules',
    '驾照 扣分, 满分学习, 吊销 and 醉驾 rules explained by drivers, instructors and traffic police — how points and revocation really work.',
    [
      '一个周期12分 扣满要去学习考试',
      '醉驾吊销驾照 五年内不能重新考',
      '学法减分每周期最多减6分',
      '实习期扣满12分 驾照直接注销',
      '闯红灯扣6分 罚款200',
      '酒驾和醉驾不一样 血液酒精含量标准不同',
      '12123上可以看记分周期 什么时候清零',
      '交警提醒：网上说“消分”“恢复驾照”的都是骗局',
      '扣分不能转给别人 买分卖分违法',
      '被吊销以后 满年限了可以重新报驾校',
      '满分学习七天 然后考科目一',
      '我这周期扣了9分 再不注意就要学习了',
    ]),

  ben('service', 'consulate-visa-checklist',
    'Consulates and travellers on visa material checklists: 护照, 照片, 在职证明, 银行流水, 行程, 酒店预订, 无犯罪证明 for long stays — honest preparation.',
    [
      '申根签证材料清单：护照 照片 保险 行程 酒店 流水',
      '领馆官网有最新材料清单 以那个为准',
      '在职证明要写职位 收入 准假日期',
      '日本单次签证 流水要求看领区',
      '学生签证要录取通知书和资金证明',
      '签证中心预约 {zh_time}可以去录指纹',
      '工作签证需要无犯罪证明 公证加认证',
      '自由职业者签证 提供房产证复印件和存款证明',
      '拒签过的要如实填写 隐瞒更麻烦',
      '护照有效期要超过回国日期六个月',
      '签证材料翻译件不用公证 除非领馆要求',
      '美签面签问了我工作和出行目的 五分钟就过了',
    ]),

  ben('family', 'marriage-registry-real',
    '民政局 marriage and divorce registration and family talk around it: 预约, 离婚冷静期, 结婚证 for 婚假, 购房资格 and 限购 policy — real civil status.',
    [
      '民政局结婚登记要提前网上预约',
      '离婚冷静期三十天 过了再去领证',
      '公司婚假要结婚证复印件 领完证拍照给HR',
      '结婚证丢了可以去民政局补领',
      '限购政策说离异两年内按家庭算 别想钻空子',
      '领证那天人超多 520别去',
      '拆迁补偿按户籍人口算 结婚证户口本都要带',
      '爸妈问房产证写谁名字 我们商量好了写两个人',
      '结婚登记照 民政局旁边就能拍',
      '离婚协议要写清楚房子怎么分',
      '首套房认定 要查名下有没有房',
      '我们七夕去领证 提前两周预约的',
    ]),

  ben('education', 'license-exam-prep',
    'People preparing for 教资, 护考 and 执业医师 exams: study plans, 面试, 注册 after passing, 卫健委 lookup of one\'s own licence — the real route to a licence.',
    [
      '教资笔试过了 准备面试 试讲好紧张',
      '护考还有两个月 每天刷题',
      '执业医师实践技能考完了 等笔试',
      '护士执业证注册要单位提交',
      '教资面试结构化问题 多练几遍就好',
      '医师资格证在卫健委官网能查到自己的',
      '教师资格证认定要体检 普通话二乙',
      '三次没过医师 今年再考一次',
      '护考包过班就是多上点课 考不过退部分学费',
      '师范生教资改革了 部分专业免考',
      '药师考试四门 我打算分两年考',
      '考完教资 去教育局现场认定 领证',
    ]),
];

export const families: Family[] = [...HARM, ...BEN];
