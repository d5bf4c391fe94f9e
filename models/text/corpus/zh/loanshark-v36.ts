import { family, type CorpusLabel, type Family } from '../types.js';
import { DOXX, FIN, SV, THREAT } from '../policies.js';

/**
 * Round v36 (file set loanshark-v36, benign letter b): loan ads and loan scams as they reach people in chat, SMS and
 * comments. The earlier files hold the plain forms: loans-v12 (714高炮/砍头息 apps, 套路贷 押金 and 阴阳借条, 口子 groups and
 * one-line 口子 comments, 空放, collateral photos, 代还 agents, 爆通讯录 and collector violence and abuse), loancard-v23
 * (解冻金 chat turns, 刷流水 call transcripts, 黑户大额 工本费, fake 提现失败 support, 包下卡, 债务优化 group notices),
 * finblack-v32 (套现, 空卡垫还 dialogues, shill comments, 助贷 brokers' 公关费, 停息挂账 teams, POS 养卡), debtcoll-v23 (打断腿,
 * 上门, contacts SMS, P图, ID posts, 拉群), scam-v5 and svcscam-v22 (bank-card loan offers, 贷款解冻金). This set adds
 * what they leave thin: loan agents' 朋友圈 下款战报 and 转发返点 posts, 信用卡代还/提额/套现 flyers, door stickers and OCR'd
 * cards (spam · service-ads); robocall transcripts, 开屏/弹窗 and in-game ads for 黑白户都能下/不看征信/秒批 loans; 备用金
 * and 应急金 dropped into 小区, 老乡 and 工友 groups with a red packet and a hand-off to a 专员; fake 放款通知书, contract
 * clauses, 验资证明 and 监管函 demanding 手续费/解冻金/保证金/验资 before 下款; 站内信 activation and quota-raise tricks
 * (激活, 解锁, 提额 for a 充值 or 会员费); the lender's own 砍头息 terms sheets (借款确认单, 续期费, 平账); 以贷养贷 and 债务
 * 重组 pitches to people who posted in 负债/上岸 groups; onboarding that demands 通讯录, ten 紧急联系人, family-group
 * screenshots and a 手持身份证 script video (scam · loan); countdown ultimatums before 爆通讯录 and sending the borrower's
 * photos and video to contacts (harassment · doxxing-threat); and 暴力催收 threats left in public channels (comments,
 * 外卖 notes, 点评, 业主群) and written as escalating 催收流程 notices (threat · violence). No real people, numbers or links.
 * Benign look-alikes (letter b): banks' and licensed lenders' real loan notices pointing to the official app, friends
 * asking about 房贷/车贷/公积金贷, friends lending money, polite bank 还款提醒, real court notices checked through 12368,
 * 征信 questions, LPR and 消费贷 rate news, police warnings that quote the scam scripts, complaints about high interest
 * on a legitimate card, 分期 at a shop, 验资/保证金/激活/解冻/通讯录 in business use, and very short everyday lines about
 * 额度, 还款 and 借钱. A share of templates is written redacted (x, X, * or ＊).
 */

type Slots = Readonly<Record<string, readonly string[]>>;
type BSub = 'chat' | 'finance' | 'service' | 'news' | 'police' | 'shopping' | 'work';

const CT = ['{zh_contact}{zh_contact_id}', 'v：{handle}', '薇 {handle}', 'vx：xxxxxxxx', '微信＊＊＊＊＊＊＊', 'Q {qq}', '扣扣{qq}', '☎{phone}', '电话1xx xxxx xxxx', '{zh_contact}', '经理v {handle}', '➕V {handle}', 'v同号'];
const APP = ['乐意借', '金橙分期', '速e贷', '好运来钱包', '青禾借款', '云朵花', '快鹿钱包', '鑫融通', '随心周转', '米粒应急'];
const AMT = ['3000', '5000', '8000', '1万', '2万', '3w', '5万', 'x万', '一万五', '2＊＊＊＊'];
const WAN = ['5', '10', '20', '30', '50', '80', 'xx'];
const FEE = ['299', '598', '880', '1280', '1999', '2600', 'xxx', '1＊＊＊', '三千二', '六百八'];
const N = ['3', '5', '6', '8', '12', '十几'];
const PCT = ['10%', '15%', '20%', '30%', '5个点', '两成'];
const E = ['', '', '', '💰', '🔥', '✅', '👉', '💯', '🧧', '⚡'];
const BANK = ['工行', '建行', '农行', '招行', '中行', '交行', '邮储', '浦发', '广发', '中信', 'xx银行'];
const MONTHLY = ['1268', '2316', '3450', '896', '4120', '1835'];
const DD = ['5', '8', '10', '15', '20', '25', '28'];

const base: Slots = { ct: CT, app: APP, amt: AMT, wan: WAN, fee: FEE, n: N, pct: PCT, e: E, bank: BANK, monthly: MONTHLY, dd: DD };

const fam = (label: CorpusLabel, subtype: string, slug: string, policies: readonly string[], pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.${label}.${subtype}.v36-loanshark-${slug}`, 'zh', label, subtype, policies, pattern, templates, { ...base, ...(slots ?? {}) });

const ben = (subtype: BSub, slug: string, pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.v36b-loanshark-${slug}`, 'zh', 'benign', subtype, [], pattern, templates, { ...base, ...(slots ?? {}) });

/** ads for card cash-out and repayment services */
const CARDSVC: readonly string[] = [...SV, 'cg-sale-or-transfer-of-regulated-goods-or-services.k', 'cg-fraud-or-scams.d.1'];

const RATE = ['0.6', '0.8', '1', '1.2', '千六', 'x'];
const SIG = ['【融e通】', '【金橙普惠】', '【速享金服】', '【惠民应急】', '【鑫融助贷】', '【安信金融】'];
const KT = ['借5000到手3200', '借3000到手1800', '借2000到手1300', '借1万到手6500', '借8000到手5200', '借x千到手x千'];
const CUT = ['三成', '30%', '四成', '35%', '两成半', 'x成'];
const OD = ['3%', '200', '300', '千分之五十', '借款额的5%'];
const GOT = ['3200', '1800', '6500', '5200', '2600', 'xxxx'];
const DAYS = ['7天', '14天', '6天', '10天', '15天'];
const CNT = ['236', '318', '154', '402', '289', '1xx'];
const CLOCK = ['8点', '10点', '12点', '九点半', '6点'];
const HRS = ['3', '5', '6', '12', '24'];
const D = ['5', '7', '10', '15', '30'];

const HARM: Family[] = [
  fam('spam', 'service-ads', 'agent-moments-report', SV,
    'Loan agents\' (助贷中介, 贷款经理) 朋友圈 and group posts — 今日下款战报, 征信花/负债高/黑白户都能做, 转发推荐有返点, 全国可做, 不成功不收费 — unsolicited loan-brokering ads that funnel readers to a private contact and an unlicensed broker.',
    [
      '今日战报📣 第{n}单 {zh_city}客户 征信花 负债{n}家 成功下款{wan}万 需要的老板私我{e}',
      '又是忙碌的一天 下款三单 房抵 车抵 信用贷都能做 不成功不收费 {ct}',
      '【下款喜报】恭喜{zh_surname}先生 网贷逾期过三次 依然批下{wan}万🎉🎉 信我的都上岸了',
      '朋友圈不常发 发就是干货：黑户白户 征信花 大数据花 都有对应方案 全国可做 {ct}',
      '转发本条朋友圈 成功推荐客户下款 返点{pct}',
      '早安☀️ 新的一天 有资金需求的老板随时滴滴 秒回',
      '客户刚到账的截图[图片] 不信的自己看 需要的加我',
      '做贷款八年 只做一件事：帮你拿到钱 不看征信 不看负债 不看流水 有身份证就能咨询',
      '本周额度还剩最后{n}个名额 要的抓紧 过了这周政策就收紧了',
      '有没有急用钱的朋友 我这边渠道多 能帮一个是一个',
      'dk 全国 私',
      '企业主看过来：税贷 发票贷 流水贷 {wan}-{wan}万 不成功不收费 👉{ct}',
      '今天又有一个被银行拒了三次的客户 我这边两天给他搞定了{wan}万 没有办不下来的贷款 只有不会包装的资料 有需要的私聊 看到秒回 周末也在线',
      '晚安🌙 明天继续为大家下款💪 {ct}',
      '你身边要是有缺钱的朋友 推给我 下款了请你吃饭+现金感谢',
      '[转发]【助贷服务】上班族 个体户 宝妈 自由职业 都能做 最快2小时到账 联系我 {ct}',
      '【长文慎入】很多人问我做贷款靠不靠谱 我说说我这一年：帮{n}百多个客户拿到资金 有被银行拒了五六次的 有网贷逾期还在催收的 有征信查询一页纸都写不下的 最后都下来了 我不敢说百分百 但你的情况只要还有一点点空间 我就能给你找到渠道 不成功一分钱不收 成功了按比例收服务费 想试试的直接加我 {ct} 备注朋友圈 周末照常办理',
    ]),

  fam('spam', 'service-ads', 'card-service-flyer', CARDSVC,
    'Flyers, door stickers, elevator and 外卖 cards (often OCR\'d) advertising 信用卡代还, 垫还, 提额, 取现/套现 and 养卡 at a 费率 with a phone or WeChat — ads for illegal card cash-out and repayment services.',
    [
      '信用卡 代还 垫还 提额 套现 费率低至{rate} 全城上门 {ct}',
      '【专业代还】空卡可还 当天还当天出 不收其他费用 电话1xx xxxx xxxx',
      '各大银行信用卡 代还 取现 养卡 提额 一对一服务 {zh_city}可上门 秘密办理',
      '门缝里塞的小卡片：信 用 卡 代 还 ☎ 1xx＊＊＊＊＊＊＊＊',
      '出卡 提额 垫还 找我 {ct}',
      '卡满了还不上？我们垫钱帮你还 还完刷出来 只收{rate}个点手续费',
      '代还信用卡 额度变现 白条 月付 免押金 秒到 微信同号',
      '[图片文字] 信用卡业务 ①代还 ②提额 ③办大额卡 ④POS机 联系：{zh_surname}经理 {phone}',
      '专业养卡 提额 一个月涨{n}千 不成功不收费',
      '电梯广告：资金周转难？信用卡代还 最低费率 诚信经营 扫码加好友',
      '信用卡要还款了手头紧？帮你垫付 还完马上刷出给你 一次一结 {zh_city}本地当面办 安全保密 长期合作的客户费率更低 {ct}',
      '代 还 套 现 秒 到',
      '外卖袋里夹的：急用钱？信用卡额度套出 费率{rate} 加v {handle}',
      '刷卡套现 各种卡都能刷 到账快 支持额度变现 {ct}',
      '家人们 谁的信用卡下个月要还 找我 垫还 不伤卡',
      '（OCR）诚信代还 各类信用卡 空卡垫还 取现 手续费低 联系人：李 1＊＊ ＊＊＊＊ ＊＊＊＊',
    ],
    { rate: RATE }),

  fam('scam', 'loan', 'robocall-popup-ad', FIN,
    'Robocall transcripts, 开屏/弹窗 pop-ups, video and in-game ads for 网贷 promising 黑户白户都能下, 不看征信, 秒批, 百分百下款, sending the listener to 按1, a download link or a private agent — promises no licensed lender makes, the door to fee-first and usurious lenders.',
    [
      '您好 这里是{app}贷款中心 您有一笔{wan}万元的额度待领取 黑户白户都能下 不看征信 如需办理请按1',
      '【弹窗】恭喜！您已获得{amt}元借款额度 不查征信 3分钟到账 立即领取>>',
      '喂您好 打扰一下 我们这边是做无抵押贷款的 不看征信 不看负债 您近期有资金需求吗 嗯 有的话我加您微信发资料',
      '看广告领金币→【借钱找{app}】秒批秒到 逾期也能借 点击下载 {url}',
      '您的手机号已被评定为优质客户 可申请{wan}万信用额度 免审核 回复1办理',
      '视频插播广告：征信不好？被拒了？来{app} 百分百下款 不下款赔你钱！',
      '喂 嗯 先生您好 就占用您一分钟 我们是正规机构 利息比银行低 征信花了也能做 您方便的话我让经理加您',
      '【语音通知】尊敬的用户 您的借款额度即将失效 黑白户均可 秒批 详情按0转人工',
      '不看征信 不查大数据 身份证就能借 秒批秒到 点击领取{amt}',
      '刷视频刷到的：负债高？征信花？没关系！{app}专为征信不好的人设计 黑户也能借 通过率98%',
      '您好 您之前在我们平台注册过 现在系统给您开放了{amt}额度 不看征信 今天有效 我这边加您微信给您操作一下',
      '开屏广告 5秒后跳过｜急用钱？{app} 无视黑白 最高{wan}万',
      '黑白都下 秒批 {url}',
      '[系统推送] 您的好友也在用{app}借钱 不看征信 3秒出额度 点击查看您的额度>',
      '喂喂 听得到吗 嗯 我们{zh_city}本地做信贷的 黑户也有办法 只要您有身份证 今天就能拿到钱 好吧 我加您 您通过一下',
      '你好 这边是某某金融 你的额度已经出来了 {amt} 不用看征信的 啊对 你要的话点短信里那个链接下个app',
    ]),

  fam('scam', 'loan', 'emergency-fund-group-drop', FIN,
    '备用金 / 应急金 / 周转金 offers dropped into neighbourhood, 老乡, 工友 and 宝妈 group chats (often after a red packet) or sent as signed SMS, moving members to a private WeChat "专员" or "顾问" to "领取" — the hand-off that opens advance-fee loan fraud.',
    [
      '打扰群里各位了 发个红包🧧 有急用钱的朋友 我这边有备用金{amt} 不查征信 私我',
      '@所有人 工友们 月底工资没发的 可以先领应急金 {amt}以内当天到 找我',
      '{sig}尊敬的用户 您的备用金{amt}元已到账待领取 请添加专员微信{handle}领取 回T退订',
      '宝妈们 家里急用钱又不好意思跟老公开口的 应急金了解一下 私聊 保密',
      '老乡群的兄弟 急用钱别找亲戚借了 应急金 3分钟下款 加我{ct}',
      '群主别踢 就说一句 需要周转金的私我 {amt}-{wan}万',
      '应急金 5000 不看征信 加我领',
      '{zh_city}本地 应急备用金 当天可领 只需身份证 详询{ct}',
      '您有一笔应急金待领取 领取截止今晚24点 加客服微信 {handle}',
      '业主群的邻居们好 我是做金融的 小区里谁家要是临时周转不开 找我 备用金 利息很低 都是邻居 给大家优惠',
      '（撤回了一条消息）备用金需要的私',
      '{sig}您的备用金已开通 可用额度{amt} 领取请联系专属顾问 {ct}',
      '兄弟们谁急用钱 我这有个备用金渠道 我自己刚领了{amt} 加这个专员就行 {handle}',
      '📢 应急金限时发放 仅限本群 前{n}名 无需审核 私信群成员“小金”领取',
      '发了个88的红包 大家抢一下 顺便说下 有需要备用金的 {amt}起 身份证就能办 不上征信 群里不方便说 加我',
      '急用钱的滴滴 备用金秒到',
    ],
    { sig: SIG }),

  fam('scam', 'loan', 'fake-loan-document-fee', FIN,
    'Fake 放款通知书, 借款合同 clauses, 验资证明, 解冻单 and 人民银行/监管 "告知函" sent as images or text, stating that a 手续费, 解冻金, 保证金, 公证费 or 验资款 must be paid before 下款 — forged paperwork fronting advance-fee loan fraud.',
    [
      '【放款通知书】借款人：{zh_surname}＊＊ 借款金额：{amt}元 审核状态：已通过 放款前需缴纳借款金额{pct}的风险保证金 缴纳后30分钟内放款',
      '合同第七条：乙方应在放款前向甲方指定账户缴纳手续费{fee}元，放款后随首期还款退还。你签的时候没看吗',
      '【征信中心告知函】借款人{zh_surname}某某：因您填写的银行卡信息有误，资金已被监管冻结，请于24小时内缴纳解冻金{fee}元',
      '验资证明：为核实借款人还款能力 需将{amt}存入监管账户 验资完成后连同借款一并返还 验资账户见下方',
      '这是我们公司的营业执照和放款凭证 你看 钱已经在放款通道里了 就差你的保证金',
      '[图片：盖红章的“放款确认函”] 您好 您的借款已通过终审 请按函件要求于今日17:00前缴纳公证费{fee}',
      '监管账户资金解冻单｜冻结原因：流水不足｜解冻方式：缴纳{fee}元解冻金至指定账户｜注：逾期未缴纳将上报征信',
      '合同你也签了 公证书也出了 现在不交手续费就是违约 违约金是借款金额的30%',
      '这是您的借款合同电子版 {url} 请查看第12条关于“首期预付”的约定 预付{fee}后系统自动放款',
      '财务部回执：您的放款已出库 因银行卡户名不一致被拦截 请缴纳账户修正费{fee}',
      '放款单号{code} 状态：待缴费 缴费项目：验资款/保证金 金额：{fee}',
      '不是我们要收你的钱 是监管要求 文件我都发你了 上面有公章的',
      '尊敬的借款人您好，根据《借款合同》及相关监管规定，为防范恶意骗贷，借款人需在放款前完成还款能力验证。您的验证金额为{amt}元，请转入我司财务监管账户，验证完成后该款项将与借款本金一同发放至您的收款账户。请于今日内完成，逾期视为自动放弃借款并承担违约责任。',
      '保证金收据已开好 你转了就给你',
      '函件已下发 请按要求缴纳 过时不候',
    ]),

  fam('scam', 'loan', 'activation-quota-trick', FIN,
    'App 站内信, 系统消息 and "客服" lines saying a loan account is 未激活 or its 额度 is 冻结/锁定/临时, and that 激活, 解锁 or 提额 needs a 充值, 会员费, 余额验证 or a "刷额度" transfer first — quota-raise and activation tricks that take the applicant\'s money.',
    [
      '【系统消息】您的借款账户状态：待激活。激活条件：绑定银行卡余额≥授信额度的20%并完成验证',
      '您的额度{amt}已冻结 原因：账户未激活 请充值{fee}激活后即可提现',
      '亲 您现在的额度是{amt} 开通黄金会员可提额到{wan}万 会员费{fee} 提额后可退',
      '额度没有激活是提不出来的 激活很简单 你往账户里存{fee} 系统检测到资金就自动激活了',
      '恭喜您获得提额资格🎉 原额度{amt}→{wan}万 完成“额度确认”需支付{fee}元手续费',
      '您好 您的账户被判定为“沉睡账户” 需要重新激活 激活费{fee} 激活后额度恢复',
      '提额秘诀：先往钱包充值{fee} 系统判断你有还款能力 额度马上就上去了 我们好多客户都这么提的',
      '客服：您这个是临时额度 需要转成固定额度才能提现 转换要交{fee}的服务费',
      '激活失败 原因：余额验证金额不足 请补充{fee}后重试',
      '你账户里那{amt}就是你的 只是锁着 解锁码要买 {fee}一个',
      '站内信｜【重要】您的授信额度将于今日23:59失效 立即激活保留额度 激活需预存首期还款{fee}元',
      '亲 您想提额的话 我这边可以帮您申请内部通道 但是要您配合刷一下额度 就是转{fee}进来再转出去',
      '您的账户等级：普通 可借{amt}｜升级至尊VIP 可借{wan}万 秒到｜升级费用{fee}',
      '激活码发你了 但要先付激活费',
      '您好 您的借款额度已生成 但银行卡未做“四要素激活” 需向激活账户转入{fee}元验证金 验证成功后原路退回',
      '提额 激活 解冻 一条龙 先交费',
    ]),

  fam('scam', 'loan', 'kantou-terms-sheet', FIN,
    'The lender\'s own terms as sent to borrowers — 借款确认单 tables, voice notes and chat replies where 砍头息 is cut upfront (借5000到手3200), 7/14-day terms, 续期费, 平账 through another app, 阴阳借条 and open-ended daily 逾期费 — usurious 套路贷 terms presented as normal.',
    [
      '借款确认｜{kt}｜期限：{days}｜到期应还：借款全额｜续期：付{fee}顺延{days}｜逾期：每日{od}',
      '砍头{cut} 到手就是这么多 嫌少别借',
      '你借的是{amt} 到手少是因为扣了服务费 审核费 风控费 合同上都写了',
      '{kt} {days}后还原额 这个是行规 哪家都这样',
      '到期还不上可以续 续一次{fee} 续期不算逾期 不上征信 放心',
      '借条写两万 实际给一万二 剩下的是利息提前扣了 你按时还就没事',
      '语音转文字：喂 那个 你那个钱 到手三千二 七天后还五千 嗯 逾期一天加两百 你要是同意我现在就打',
      '平账的意思就是 你从我们另一个app再借一笔 把这边还上 手续我们帮你弄',
      '利息不叫利息 叫服务费 这样合同上好看',
      '先息后本 第一周利息直接扣 {kt}',
      '合同签{amt} 你到手六成 按时还我们不为难你 晚一天 违约金就按合同签的算',
      '我们这是“快借快还”模式 {days}一期 砍头{cut} 续期费{fee} 懂的都懂 不懂的去问你朋友',
      '（转发的放款短信）您的借款已到账{got}元 其中服务费xxx元 技术服务费xxx元 应还{amt}元 还款日：{days}后',
      '周转 砍{cut} 周还',
      '新客第一笔{kt} 还款记录好了第二笔给你提额 第二笔到手更多 一般我们都是这样一笔一笔做上去的 做满五笔就是老客户了 到时候砍头也少一点',
      '逾期费每天{od} 不封顶 你自己算',
      '规矩先跟你讲清楚：第一 {kt} {days}一期 到期还借款全额；第二 到期还不上可以续 续一次{fee} 续期费不抵本金；第三 逾期第一天开始每天{od} 满三天转外访；第四 借条按借款全额写 到手多少跟借条没关系；第五 想平账的 我们合作的app可以再借一笔来还 同意就回1 身份证照片和通讯录授权发过来 今天就放',
    ],
    { kt: KT, cut: CUT, od: OD, got: GOT, days: DAYS }),

  fam('scam', 'loan', 'debt-restructure-dm', FIN,
    '以贷养贷 and 债务重组/债务整合/上岸 pitches sent to people who posted about debt in 负债 and 上岸 groups, forums and comment threads — a "fellow debtor" story or a "规划师" offering to merge or roll over all debts for a 服务费, 垫资费, 定金 or course fee.',
    [
      '看到你在上岸群里说欠了{n}家 我之前比你还惨 后来找了个做债务重组的老师 现在只剩一笔 月供降了一半 要我推给你吗',
      '负债吧那个帖子是你发的吧 别硬扛了 我们这边可以帮你把所有网贷整合成一笔 分{n}期 先签约交个服务费就开始',
      '以贷养贷也是有技巧的 按我给你的顺序撸 先撸大额后撸小额 一个月就能把窟窿填平 教程{fee}',
      '兄弟 你那种情况我见多了 不要再自己拆东墙补西墙 交给专业的来 垫资还款 还完再帮你下新额度',
      '债务重组 三步上岸：①提交负债清单 ②支付方案费{fee} ③等待平台减免 我们跟{n}家平台有合作',
      '你好 我也是负债人 在这个群里潜水很久了 最近找到一个办法 已经上岸 有点不好意思说 私聊吧',
      '看你评论说每个月光利息就要还好几千 我们可以帮你做债务优化 整合成银行低息贷款 {ct}',
      '以贷养贷不丢人 丢人的是逾期 我这有{n}个新口 今天帮你撸出来先把明天到期的那笔还上',
      '上岸训练营第{n}期 教你停息 债务重组 以贷养贷正确姿势 报名费{fee} 名额有限',
      '你在帖子里说撑不下去了 别这样 我当初也是 后来是一个重组机构帮了我 他们能跟平台谈 你加一下这个顾问 {handle} 就说我介绍的',
      '我们先帮你垫资还掉这个月的 再帮你在银行做一笔大额置换 垫资费按天算',
      'hi 负债的朋友 私我 有路',
      '整合负债 一笔还清 月供减半 先付定金',
      '别信那些停息挂账的 没用 我们做的是重组 真正能帮你把{wan}万变成一笔{n}年期的 前期就收点材料费',
      '你这个负债结构其实还能做 问题是顺序不对 按我的来 先在这三个口子借出来 把逾期那两家结清 征信就干净了 剩下的交给我',
      '（私信）你好 冒昧打扰 我在“负债上岸交流”那个帖子里看到你的留言 欠了{n}个平台 每天一睁眼就是还款提醒 我太懂这种感觉了 我去年也是这样 差点想不开 后来一个朋友介绍我找了债务规划团队 他们先帮我垫资把逾期的结清 再统一做成一笔低息的 现在每个月只还一笔 你要是想了解 我把顾问推给你 前期要交点方案费 但真的值 {handle}',
    ]),

  fam('scam', 'loan', 'contacts-photo-onboarding', FIN,
    'Lenders and "审核专员" who make 通讯录授权, many 紧急联系人, screenshots of the family and work groups, a 手持身份证 video reading a consent script and photos with parents a condition of 下款 — predatory lending that harvests the material later used to 爆通讯录.',
    [
      '下款前需要授权通讯录 不授权系统不审核 放心 我们不会乱打的',
      '紧急联系人填{n}个 必须有直系亲属 还要有同事 我们会打电话核实',
      '把你家庭群和工作群截图发我 群成员要能看清 这是风控要求',
      '录一段手持身份证视频 念这段话：本人自愿借款{amt}元 按时还款 如有逾期愿意承担一切后果',
      '再拍一张你跟你爸妈的合照 还有你公司门口的照片 审核就过了',
      '你通讯录才三十几个人？不行 要两百个以上的才能批 换个手机号重新申请',
      '微信好友列表截图 从上往下截 截十张',
      '审核专员：资料还差三样 ①通讯录授权 ②支付宝好友截图 ③你老家地址和父母电话',
      '为什么要通讯录？因为我们不看征信 只看你的人际关系 人际关系越广额度越高',
      '不给通讯录权限app打不开的 别问了 其他家也一样',
      '拍张你单位的工牌 领导电话也留一个 不会打的 就是备用',
      '额度要高的话 多加几个紧急联系人 最好填你对象和你领导',
      '视频里要露脸 背景要有你家门牌号 这个是防骗贷',
      '通讯录+定位+相册 三个权限全开 十分钟出额度',
      '朋友圈设成全部可见 我们要看 然后把你跟亲戚的聊天记录截两张',
      '你的资料我看了 还差一个 把你爸妈的身份证照片也发过来 我们做个担保 放心 还完就删',
    ]),

  fam('harassment', 'doxxing-threat', 'blast-countdown', DOXX,
    'A lender\'s ultimatum before exposure: the 通讯录 is "uploaded" with a count and a send time, and the borrower\'s 借款视频, 手持照 and photos will go to parents, spouse, colleagues, the 家族群 and followers — threats to disclose personal data and images to force payment.',
    [
      '你通讯录一共{cnt}人 已经全部导入群发系统 今晚{clock}不还 自动发送',
      '你那段手持身份证念“自愿借款”的视频 剪好了 配上字幕 明天发你公司群',
      '最后{hrs}小时 钱不到账 你的照片做成表情包 你家族群人手一张',
      '你爸电话 你妈电话 你老婆电话 你领导电话 我这都有 你自己选让谁先知道',
      '你相册里那些照片我们都有备份 借款时你授权了的 要不要我挑几张发你朋友圈',
      '短信模板都写好了：“您好，您的亲友{zh_surname}＊＊在我司借款逾期……” 发不发 看你',
      '爆通讯录倒计时⏳ 还剩{hrs}小时',
      '你不是怕你同事知道吗 那就{clock}之前把钱转了 不然明早九点 你们公司前台先收到',
      '你的借款照片、身份证、单位地址 做成“老赖公告” 你老家村口贴一份 你单位贴一份',
      '通讯录第一页 {n}个人 今晚先发这些 明天发第二页',
      '我说到做到 你妈已经收到第一条了 你要是还装死 接下来就是你的亲戚群',
      '拉黑没用 你的联系人我们都存了 换号也没用',
      '把你借款时拍的视频发到你们村的群里 让大家看看你是什么人 你想这样吗',
      '你女朋友还不知道你欠钱吧 她的号我这有 今晚{clock}',
      '照片 视频 通讯录 一样不少 还钱就删 不还全发',
      '已经在你抖音评论区留言了 下一步是把你的照片发给你所有粉丝',
      '{zh_surname}＊＊ 你听好 你借款时候授权的通讯录一共{cnt}个号码 你爸你妈你三个舅舅 你们公司人事 你前同事 全在上面 我已经把你手持身份证的照片 借款视频 还有你欠款的截图打包好了 今晚{clock}之前你不还 我就按通讯录顺序一个一个发 一个都不会漏 发完再建个群把他们全拉进去 你自己想清楚 是丢钱还是丢人',
    ],
    { cnt: CNT, clock: CLOCK, hrs: HRS }),

  fam('threat', 'violence', 'public-channel-threat', THREAT,
    'Collectors leaving threats of violence where the debtor and neighbours will see them — under the debtor\'s short videos and 朋友圈, in 外卖/快递 notes, on the shop\'s review page, in the 业主群 and live-stream chat — 打断腿, 堵门, 让你横着出来 as public warnings.',
    [
      '（评论区）还有心情拍视频？欠的钱什么时候还 再不还 等我找到你 腿给你打折',
      '外卖备注：{zh_surname}＊＊ 钱再不还 下次来的就不是外卖了 是我们的人',
      '快递面单上写的：欠债还钱 不还 下周去你家 你家几口人我们都知道',
      '朋友圈底下留言：玩得挺开心啊 好好玩 回来之后有你好受的 你知道我说的什么',
      '（店铺评价）老板欠钱不还 我们已经知道店在哪了 哪天砸了别怪我们没提醒',
      '业主群里：{zh_surname}＊＊ 你住几栋几单元我们清楚 再躲 就在楼下等你 让你横着出来',
      '直播间弹幕：主播欠钱不还 下播别走 楼下有人等你',
      '在你每个视频下面都留一句 钱不还 见面就动手',
      '贴在你家门上的：限{hrs}小时内还款 否则后果自负 我们不是吓唬你',
      '你抖音定位我看到了 在{zh_city}是吧 兄弟们已经出发了',
      '小红书笔记下面：吃得挺好啊 等我们找到你 你就只能吃流食了',
      '（公司官网留言板）贵司员工{zh_surname}＊＊欠款不还 告诉他 下班路上小心点 我们的人认识他',
      '评论：还有脸晒旅游照？回来那天 机场见 我们带家伙来接你',
      '送到你家的花篮卡片上写的：提前祝贺 不还钱 下一个躺着的就是你',
      '你车停哪个车位我都知道 车窗先给你砸了 人下次',
      '（短视频评论）这个人欠我们钱 大家看清他的脸 他再不出来 兄弟们见一次打一次',
    ],
    { hrs: HRS }),

  fam('threat', 'violence', 'escalation-schedule', THREAT,
    'Collection "流程告知" and 阶段通知 that list escalating steps by days overdue and end in violence — 外访组上门, 特殊处理组, 不保证人身安全, 打残了算你的 — formatted like policy notices so the threat of harm reads as procedure.',
    [
      '【催收流程告知】逾期1天：电话提醒 逾期3天：联系亲友 逾期5天：外访组上门 逾期7天：不保证你的人身安全',
      '你现在是M1 到M2就转外访组了 外访组是什么人你自己打听打听 进去过的都有',
      '阶段通知：今日起转入“特殊处理组” 特殊处理组不打电话 直接上门 上门时发生什么 本公司概不负责',
      '你已进入第三阶段 第三阶段没人跟你讲道理 下次见面就动手',
      '流程是这样的：先礼后兵 礼已经给过了 接下来就是兵',
      '逾期第{d}天 按公司流程 今晚派人到你住址 带什么人带什么东西 不用我多说',
      '外访组明天出发去你老家 到时候你爸妈吓出什么毛病 你自己负责',
      '催收等级：🟢提醒 🟡警告 🔴上门处理 你现在已经是🔴',
      '这是最后一次电话通知 下一次你见到的就是我们的人 打残了算你的',
      '逾期超过{d}天的 公司统一交给“线下团队” 他们收钱的方式你不会喜欢',
      '本周五之前不处理 周六上门 你在家最好 不在家 你家人替你受着',
      '二次告知：已申请线下催收 线下人员已掌握你的住址 单位 车辆信息 请勿心存侥幸 线下处理过程中产生的任何伤害自行承担',
      '按规定我们只能提醒你三次 三次用完了 接下来不归我管 是“那边”的人管 他们下手没轻重',
      '{d}天 最后期限 过了就上门 到时候别求饶',
      '今天电催 明天外访 后天就不是“访”了',
    ],
    { d: D }),
];

const RATE2 = ['3.45', '3.65', '3.85', '4.1', '3.3'];
const LPR1 = ['3.10', '3.00', '3.35', '3.45'];
const LPR5 = ['3.60', '3.50', '3.85', '3.95'];

const BEN: Family[] = [
  ben('finance', 'bank-loan-official-notice',
    'Banks\' and licensed consumer-finance companies\' real loan notices — 审批结果, 放款到账, 利率调整, 合同查阅, 面签 — pointing to the official app, a branch or the hotline, and saying no fee is taken before 放款 and no private WeChat is used; not a scam.',
    [
      '【{bank}】您申请的个人消费贷款已审批通过，额度{amt}元，请登录{bank}手机银行“贷款”栏目确认提款。本行不收取任何放款前费用。',
      '【{bank}】您的贷款已于今日发放至尾号{digits4}账户，首期还款日为下月{dd}日，详情请查看手机银行。',
      '尊敬的客户：您的经营贷利率自下一还款周期起调整为{rate2}%，无需任何操作，如有疑问请致电{bank}客服热线。',
      '【xx消费金融】您的借款合同已生成，可在官方App“我的-合同”中查看。我司不会通过私人微信、QQ联系您，也不会要求转账至个人账户。',
      '温馨提示：贷款审批期间，本行工作人员不会要求您缴纳保证金、解冻金或验资款，请认准官方渠道。',
      '您的房贷提前还款申请已受理，请于预约日携带身份证到开户网点办理。',
      '【{bank}】您的消费贷额度已更新，可在手机银行查看。本短信不含链接，请勿回复陌生号码。',
      '{bank}信贷部：您提交的车贷资料缺少收入证明，请在App内补传或到网点补交，谢谢配合。',
      '贷款结清证明已开具，可在手机银行“电子凭证”中下载，也可到网点打印纸质版。',
      '【{bank}】因系统升级，本周六凌晨2:00-6:00贷款业务暂停，给您带来不便敬请谅解。',
      '您好，您预约的公积金贷款面签时间为本周四上午10点，地点为{zh_city}分行营业部三楼，请携带身份证、户口本、结婚证原件。',
      '持牌消费金融公司提醒：借款请通过官方App，放款前不收取任何费用，年化利率已在借款页面明示。',
      '您的贷款申请未通过，原因可能包括综合评分不足等。您可在3个月后重新申请，本行不提供任何“包装”“内部通道”服务。',
      '【{bank}】您好，您名下贷款将于{dd}日自动扣款{monthly}元，请确保尾号{digits4}账户余额充足。',
      '客户经理{zh_surname}（工号xxxx）：您的抵押贷款已出审批意见，请在App中查看，有问题可拨打支行座机或直接到支行找我。',
    ],
    { rate2: RATE2 }),

  ben('chat', 'friends-mortgage-ask',
    'People asking friends and group members about 房贷, 车贷 and 公积金贷 — repayment methods, rates, approval times, 提前还款 — ordinary personal-finance talk with no offer and no hand-off.',
    [
      '你们房贷是等额本金还是等额本息啊 我纠结死了',
      '公积金贷款最多能贷多少 有人知道{zh_city}的政策吗',
      '问下 车贷走4S店的金融划算还是直接银行贷',
      '我们组合贷 商贷那部分利率降了吗 你们收到通知没',
      '你家当时房贷批了多久 我这都三周了还没下来',
      '想提前还一部分房贷 有必要吗 手里有十来万闲钱',
      '姐 你公积金贷款的时候要不要收入证明啊',
      '车贷三年免息是真的吗 还是把利息算进车价里了',
      '群里有在{bank}办过房贷的吗 客户经理靠谱不 我想找个熟人问问流程',
      '异地公积金能在这边贷吗',
      '我老公说房贷要是每个月还{monthly}压力就太大了 你们觉得月供占收入多少合适',
      'LPR降了 我的房贷是下个月还是明年一月才调啊',
      '买车的时候销售一直劝我做分期 说手续费低 到底怎么算的啊 有懂的帮我看看',
      '公积金贷和商贷差多少利息 谁帮我算算 贷八十万三十年',
      '首套房首付比例现在是多少来着',
      '房贷批下来了！！！请大家吃饭🎉',
      '请教一下群里的大佬 我们看中了一套二手房 总价一百八十万 首付打算出六十万 剩下的想用组合贷 公积金贷满额 剩下的走商贷 中介说商贷那部分他可以帮我们找银行 利率能低一点 但要收一个服务费 这个正常吗 还是我们自己直接去银行问比较好 另外等额本息和等额本金到底怎么选 我俩收入都还算稳定 谢谢大家',
    ]),

  ben('chat', 'friends-lending',
    'Friends, roommates and colleagues lending each other money — asking, transferring, reminding gently, writing a 借条, repaying with thanks — no interest demanded, no threat, nothing for sale.',
    [
      '兄弟 借我两千 下周五发工资就还你',
      '行 转你了 不急 你手头宽裕了再说',
      '上次借你那{amt}还记得吧 不急哈 就是我下个月要交房租 你看月底能不能还我',
      '我这个月也紧 只能借你一千 别嫌少',
      '钱收到了 谢谢啊 我写个借条给你吧',
      '借条就不用了 咱俩谁跟谁 你记着就行',
      '哥们 听说你最近周转不开 我这有五千闲钱 先拿去用 不要利息',
      '还你的钱转过去了 多出来的两百请你喝奶茶',
      '你要借多少 我看看余额宝里还有多少',
      '说真的 借钱可以 但别去网上借那些乱七八糟的贷款 利息吓死人',
      '室友找我借钱 借还是不借 他之前借的三百还没还',
      '我妈说朋友之间借钱最伤感情 但他真的急用 我还是借了',
      '收到 分三个月还我也行 每个月转一点',
      '上回你帮我垫的医药费 今天一起还你 谢了兄弟',
      '我能借你 不过要写个欠条 不是不信你 是我老婆要求的 哈哈',
    ]),

  ben('finance', 'polite-repay-reminder',
    'Polite 还款提醒 from banks and licensed lenders — bill amounts, due dates, 扣款失败, a day or two overdue — directing payment through the official app or branch and offering 协商 through the official hotline, with no threat and no private account.',
    [
      '【{bank}】尊敬的客户，您尾号{digits4}的信用卡本期账单{amt}元，最后还款日{dd}日，可通过手机银行还款。如已还款请忽略。',
      '【xx消费金融】您好，您的借款本期应还{monthly}元，还款日为明天，请确保绑定银行卡余额充足。感谢您的支持。',
      '您的贷款已逾期1天，为避免影响个人信用记录，请尽快通过官方App还款。如有困难可拨打客服热线申请协商。',
      '温馨提示：您本月房贷{monthly}元将于{dd}日扣款。',
      '【{bank}】您好，您的信用卡已出现逾期，请尽快还款。如遇临时困难，可致电本行客服申请个性化分期。本行不会通过私人账户收款。',
      '{zh_surname}先生您好，我是{bank}信用卡中心的客服，提醒您上月账单还有{monthly}元未还，您看这两天方便处理吗？可以直接在手机银行还。',
      '还款提醒：本期最低还款额{monthly}元，全额还款可免利息。',
      '您好，系统显示您的还款尚未到账，可能是跨行转账延迟，如已还款请忽略本提醒。',
      '【{bank}】您的个人贷款已结清，感谢您一直以来的信任。',
      '尊敬的客户，您的车贷本期{monthly}元扣款失败，请于3日内存入足额资金，我行将再次发起扣款。',
      '逾期会产生罚息，也会报送征信，请您务必按时还款。如需帮助，请联系官方客服。',
      '亲，您在本平台的分期还有两期未还，下期还款日{dd}日，可在“我的账单”中提前还款。',
      '您好，这里是{bank}，您的贷款已逾期3天，请您登录手机银行或到网点还款，如有异议可申请复核。谢谢。',
      '还款日快到啦 记得还哦～（{bank}App推送）',
    ]),

  ben('service', 'court-official-notice',
    'Real court notices and procedure in a debt case — 诉前调解, 电子送达, 传票, 支付令, 执行通知 — through 12368, the 人民法院在线服务 platform or mail, with payment to the court\'s own account, and people who checked them; nothing is paid to a private 专员.',
    [
      '【{zh_city}市xx区人民法院】您有一件诉前调解案件，请登录“人民法院在线服务”小程序查看，如有疑问请拨打12368核实。',
      '传票已邮寄到您户籍地址，请按传票载明的时间到庭参加诉讼，逾期不到庭将依法缺席审理。',
      '【法院送达】{zh_surname}＊＊，您涉及的金融借款合同纠纷一案已立案，起诉状副本及应诉通知书已通过电子送达平台送达，请及时查收。',
      '执行通知：请被执行人于本通知送达之日起十日内履行生效判决确定的义务，执行款请缴入本院执行款专户，不接受任何个人账户收款。',
      '调解员：您好，我是xx法院诉调对接中心的调解员，这个案子您可以选择调解，调解协议经法院确认后有强制执行力。您可以先打12368核实我的身份。',
      '支付令：债务人应当自收到本支付令之日起十五日内清偿债务，或者向本院提出书面异议。',
      '收到法院短信 让我去小程序看案件 我先打12368问了 确实是真的 是之前那张信用卡的事',
      '法院不会打电话让你转账到“安全账户”，所有缴费都通过法院专户或诉讼服务平台。',
      '法官助理：您的案件定于下月{dd}日上午九点在第三法庭开庭，需要延期的请提前提交书面申请。',
      '判决书已生效 对方按判决分期还款 每期直接打到法院执行账户 我这边再从法院领',
      '【人民法院】您已被列为被执行人，请尽快履行义务，履行后可申请解除限制消费措施。详情请至本院执行局或登录官方平台查询。',
      '{bank}起诉我的信用卡欠款 法院组织线上调解 最后谈成了分24期还 比我想的好',
      '我们是律师事务所 受{bank}委托处理您的信用卡欠款诉讼事宜 律师函已寄出 您可以通过银行官方客服核实委托关系',
      '书记员：您好，被告已提交答辩状，请在法院在线服务平台查看，证据交换时间另行通知。',
    ]),

  ben('finance', 'credit-report-questions',
    'People asking how 征信 works — where to check it, free queries, whether a late payment or many 网贷 queries show, 异议 for a wrong record, 白户 and 非恶意逾期证明 — honest questions, often doubting 洗白 offers.',
    [
      '征信报告去哪查 是不是只能去人民银行',
      '一年能免费查几次征信啊',
      '我上个月忘了还信用卡 逾期了三天 会上征信吗 会影响明年贷款吗',
      '网贷借了没逾期 征信上会显示吗 查询次数多了有影响吗',
      '你们查过征信吗 在手机银行就能查 还挺方便',
      '征信上有一条不是我的贷款记录 怎么申诉',
      '逾期还清后多久征信才能恢复',
      '想买房 先查一下征信 看看有没有什么问题',
      '征信花了是什么意思 我是不是点了太多借款页面',
      '说能“洗白征信”的都是骗子吧？我同事差点信了',
      '信用卡年费没交 变成逾期了 上了征信 可以找银行开非恶意逾期证明吗',
      '查征信需要带什么 身份证就行吗',
      '公司入职要查征信 这个正常吗',
      '我从来没贷过款 征信是白户 办房贷会不会反而难',
      '帮我看看这个征信报告 “账户状态：正常” 是没问题吧',
    ]),

  ben('news', 'lpr-rate-news',
    'Financial news about LPR, mortgage repricing, 公积金 rates and 消费贷 rate competition and rules — reporting and commentary, no offer and no contact.',
    [
      '最新一期LPR公布：1年期为{lpr1}%，5年期以上为{lpr5}%，与上月持平。',
      '多家银行下调消费贷利率 最低年化利率降至3%左右 但有额度和资质要求',
      '财经快讯：监管部门要求消费贷宣传须明示年化利率，不得诱导过度借贷',
      '5年期以上LPR下调10个基点，存量房贷将在重定价日后调整',
      '专家解读：消费贷利率战背后 银行在争夺优质客户',
      '新闻：部分银行消费贷年化利率“破3” 业内人士提醒理性借贷 资金不得用于购房炒股',
      '本月LPR维持不变 符合市场此前普遍预期',
      '{zh_city}公积金贷款利率下调0.25个百分点 首套房五年以上利率相应调整',
      '监管通报：某网络借贷平台综合年化成本超过24% 已被要求整改',
      '早间财经：LPR连续数月保持稳定 房贷利率处于历史低位',
      '消费贷利率受监管“窗口指导” 多家银行上调至3%以上',
      '数据显示 上季度居民短期消费贷款余额同比增长 信用卡分期手续费率整体下降',
      '记者调查：“低息消费贷”背后的隐藏费用 专家提醒看清年化利率',
      '{bank}宣布调整个人消费贷款利率 新发放贷款执行新利率 存量贷款不受影响',
      '财经观察：本月5年期以上LPR维持{lpr5}%不变，存量房贷利率在重定价日前不会变化。与此同时，多家银行消费贷年化利率在3%上下浮动，但实际能拿到最低利率的多为公积金缴存基数高、单位资质好的客户。专家提醒，借款人应关注贷款合同中的年化利率和还款方式，避免借新还旧、过度负债，消费贷资金不得流入楼市股市。',
    ],
    { lpr1: LPR1, lpr5: LPR5 }),

  ben('police', 'police-script-warning',
    'Police, anti-fraud centre and community warnings that quote the loan-scam scripts — 不看征信秒批, 解冻金, 验资, 备用金专员, 激活额度, 放款通知书, 爆通讯录 — to tell people not to pay or add strangers.',
    [
      '警方提醒：“不看征信 黑户可下 秒批”都是贷款诈骗的话术 正规贷款放款前不收任何费用',
      '反诈中心：凡是放款前要求交手续费、解冻金、保证金、验资款的 一律是诈骗',
      '民警提示：骗子常说“您的银行卡号填错了，资金被冻结，需要交解冻金” 听到这句话请立即挂断',
      '【{zh_city}公安】近期出现冒充“备用金专员”在小区群发红包引流的诈骗 请勿添加陌生人微信',
      '派出所公众号：典型案例｜王女士申请网贷 被要求“刷流水验资” 先后转账3.6万元 钱款全部被骗',
      '提醒家人：任何说“提额要先充值”“激活额度要转账”的 都是骗子',
      '社区反诈宣传：暴力催收、爆通讯录属于违法行为 遇到可报警或向监管部门投诉',
      '警惕“债务重组”“以贷养贷”陷阱：所谓上岸导师收费后就失联',
      '反诈民警讲案例：骗子发来盖着红章的“放款通知书” 看着很正规 其实是P的',
      '借款App要求读取通讯录、相册 要提高警惕 这可能是为后续暴力催收做准备',
      '公安提示：正规金融机构不会通过私人微信放贷，也不会要求转账到个人账户',
      '接到“您有一笔应急金待领取”短信 请勿点击链接 请勿添加所谓专员',
      '今天反诈宣讲 民警念了一段骗子的话术：“您好 这边是贷款中心 您的额度已经出来了 黑白户都能下” 台下大爷们都笑了 说都接到过',
      '国家反诈中心App可以识别诈骗电话 建议大家安装',
      '【反诈小课堂】贷款诈骗的套路一般是这样的：先用“不看征信、黑户可下、秒批”吸引你下载一个陌生App或者加“专员”微信；额度出来后说你银行卡填错被冻结、要交解冻金；交了又说流水不足要验资、要交保证金、要开会员激活额度。记住：正规贷款放款前不收任何费用，凡是先交钱的都是诈骗，遇到请拨打96110咨询。',
    ]),

  ben('chat', 'high-interest-complaint',
    'Complaints about high but lawful interest and fees on a legitimate credit card or bank loan — 分期手续费, 循环利息, 取现 fees, 罚息 — venting or comparing, no offer and no hand-off.',
    [
      '信用卡分期手续费看着才0.6% 实际年化快13%了 坑啊',
      '吐槽一下{bank}信用卡 最低还款之后利息按全额算 太狠了',
      '才晚了一天 罚息加利息一百多 心疼',
      '循环利息日万五 一年下来18% 我再也不用最低还款了',
      '账单分期的时候客服没说清楚年化是多少 我要去投诉',
      '这个月信用卡利息就{monthly} 快赶上我半个月饭钱了',
      '打了{bank}客服 申请减免了一部分利息 态度还行 大家可以试试',
      '银行的消费贷广告写着年化3% 结果给我批的是7.2% 说是综合评分的问题',
      '信用卡取现手续费加利息 用了一次再也不敢了',
      '家人们 分期真的别乱用 我算了一下 一年多付了两千多利息',
      '想把信用卡分期提前还了 结果剩下的手续费还得一次性付 气死',
      '利率是合法的 就是高 怪我自己没算清楚',
      '有没有人跟我一样 被信用卡利息搞得很焦虑 打算这个月全还掉 把卡剪了',
      '银行客服说分期手续费是按初始本金算的 不是按剩余本金 所以实际利率比看起来高',
    ]),

  ben('shopping', 'store-installment',
    '分期 at a shop — electronics, furniture, appliances, a driving school or a gym offering bank-card or store installments, 免息 periods and their fees — buyers and staff talking about a purchase.',
    [
      '店员说这台电脑可以分12期免息 每个月{monthly} 要刷信用卡',
      '家具城搞活动 满一万可以分期 0首付 我有点心动',
      '请问在你们店买手机能用信用卡分期吗',
      '分期的话要不要手续费啊 老板',
      '买冰箱的时候选了6期免息 银行那边自动分的',
      '老板说分期要办他们合作的那个金融 我有点犹豫 怕利息高 直接刷卡算了',
      '导购：这款可以信用卡分期 3期6期免息 12期有手续费 具体以银行为准',
      '医美店让我办分期我拒绝了 还是攒够钱再说',
      '店里分期审批要身份证和银行卡 五分钟就批了 每月自动扣',
      '装修公司说可以走银行装修贷 分五年 我先问问银行',
      '驾校学费能分期吗 一次性交有点吃力',
      '商场收银台：本店支持各大银行信用卡分期，详情请咨询收银员',
      '分期买的电动车 还剩两期就还完了',
      '这个分期是店里自己的还是银行的 要看清楚合同',
      '免息分期买了个吸尘器 其实就是把钱摊开花 哈哈',
    ]),

  ben('work', 'same-words-business',
    '验资, 保证金, 手续费, 激活, 解冻, 额度, 放款 and 通讯录 in their ordinary business and office senses — company registration, 投标保证金, 押金, 社保卡激活, 报销放款, the company 通讯录, thawing food in the canteen — said by colleagues and staff.',
    [
      '注册公司现在是认缴制 不用验资了 你那个老流程过时了',
      '投标保证金明天下午五点前要打到招标代理的对公账户 财务记得弄',
      '新员工的企业微信已经开通 请在通讯录里找到自己的部门',
      '社保卡领到后要去银行激活金融功能 别忘了',
      '冻肉提前一晚拿出来解冻 明天食堂做红烧肉',
      '这笔货款对方说跨行转账有手续费 要不要我们承担',
      '项目额度审批通过了 本季度差旅预算还剩三万',
      '供应商的履约保证金合同到期了 可以申请退回 走一下OA',
      '公司通讯录更新了 离职的人已经删掉 新来的同事补上了',
      '财务：本月报销统一周五放款 请提前提交单据',
      '租房押一付三 退房时房东检查完就退押金',
      '账户被冻结是因为公司地址变更没备案 去银行补材料就解冻了',
      '客户的授信额度用完了 新订单要先款后货',
      '这个月银行承兑汇票贴现手续费比上月高一点',
      '新系统账号激活邮件发大家邮箱了 24小时内有效',
    ]),

  ben('chat', 'short-everyday-lines',
    'Very short everyday lines with this topic\'s words — 下款, 额度, 还款, 利息, 借, 征信, 黑户 (unregistered hukou), 秒批, 通讯录 — in ordinary chat between people who know each other.',
    [
      '房贷下款了吗',
      '额度又降了 烦',
      '月底还信用卡',
      '工资到了 先还花呗',
      '催什么催 明天就还你',
      '秒批？骗子吧',
      '备用金我从来不用',
      '通讯录同步一下',
      '车贷还完了！',
      '利息好高',
      '征信查了 没问题',
      '借我五十 明天还',
      '公积金到账了',
      '黑户？那是户口没上吧',
      '分期还是全款',
      '这个月又超支了',
      '房贷还有二十八年 哭',
      '他又来借钱了',
    ]),
];

export const families: Family[] = [...HARM, ...BEN];
