/**
 * Messages written for the text-in-image tests (not taken from any training corpus): advertising,
 * scam, gambling, sexual-service and regulated-goods posters of the kind that move into pictures when
 * text filters catch them, and innocent text pictures (menus, signs, book pages, memes).
 */

/** Harmful poster texts, one line per poster line. */
export const HARMFUL_POSTERS: readonly (readonly string[])[] = [
  ['兼职刷单 日结300', '加微信 abc12345', '轻松赚钱 无需押金'],
  ['在家动动手指 日赚五百', '点赞关注就能赚钱', '名额有限 速加V信'],
  ['澳门新葡京 线上娱乐', '注册即送88元彩金', '百家乐 时时彩 天天返水'],
  ['足球世界杯 竞猜下注', '高赔率 提现秒到账', '进群领取内部计划'],
  ['抢红包 扫雷群', '一元一包 包赔', '私聊群主拉你进群'],
  ['无抵押 秒下款', '黑户白户都能贷', '当天放款 利息低'],
  ['内部消息 稳赚不赔', '跟着老师炒股 翻倍收益', '加群免费领牛股'],
  ['高仿名表 一比一复刻', '原厂品质 支持验货', '微信下单 包邮到家'],
  ['办理各类证件 毕业证', '学历证书 全国可查', '联系电话 13800138000'],
  ['同城上门服务', '美女兼职 全套服务', '加QQ 详聊 价格优惠'],
  ['出售迷药 听话水', '无色无味 快递到付', '加微信私聊'],
  ['代开发票 增值税专票', '各行业均可开 真票', '联系微信 fp8888'],
  ['低价出售 微信账号', '实名QQ号 批发', '量大从优 支持担保'],
  ['WIN a FREE iPhone 15', 'Claim your prize now', 'Text WIN to 80086'],
  ['Make $500 a day from home', 'No experience needed', 'DM me on WhatsApp to start'],
  ['Online casino bonus 200%', 'Bet now and win big', 'Free spins every day'],
  ['Cheap Viagra and Cialis', 'No prescription needed', 'Order online today'],
  ['URGENT your account is locked', 'Verify your bank details', 'Click the link to unlock'],
];

/** Innocent text pictures: menus, signs, book pages, memes. None of them should be flagged. */
export const MENUS: readonly (readonly string[])[] = [
  ['今日菜单', '宫保鸡丁 28元', '鱼香肉丝 26元', '麻婆豆腐 18元', '蛋炒饭 12元'],
  ['早餐', '豆浆 3元 油条 2元', '小笼包 12元', '皮蛋瘦肉粥 8元'],
  ['Cafe Menu', 'Latte 4.50', 'Cappuccino 4.20', 'Croissant 2.80', 'Green tea 3.00'],
  ['奶茶店价目表', '珍珠奶茶 15', '芒果冰沙 18', '柠檬红茶 12'],
];

export const SIGNS: readonly (readonly string[])[] = [
  ['安全出口'],
  ['禁止吸烟', 'No Smoking'],
  ['欢迎光临', '营业时间 9:00-21:00'],
  ['小心地滑', 'Caution Wet Floor'],
  ['图书馆', '请保持安静'],
  ['地铁站 2号口', '往前200米'],
  ['请排队上车', '先下后上'],
  ['Welcome to the city museum', 'Open daily 10am to 6pm'],
];

export const BOOK_PAGES: readonly (readonly string[])[] = [
  ['第一章 春天', '春天来了，小河边的柳树发芽了。', '孩子们在草地上放风筝，', '老人们坐在长椅上晒太阳。', '远处的山上开满了桃花，', '空气里都是花香。'],
  ['秋天的果园里，苹果挂满了枝头。', '农民伯伯一边摘果子一边唱歌，', '小朋友们帮着把苹果放进筐里。', '傍晚的时候，大家坐在院子里，', '一起吃着新鲜的水果。'],
  ['Chapter Two', 'The river ran quietly past the old mill.', 'Every morning the baker opened his shop', 'and the smell of fresh bread filled the street.', 'Children walked to school in small groups,', 'talking about the weekend.'],
];

export const MEMES: readonly (readonly [string, string])[] = [
  ['周一早上的我', '还没睡醒'],
  ['When the code compiles', 'on the first try'],
  ['考试前一天', '终于开始复习了'],
  ['我的猫', '又在键盘上睡着了'],
];

/** Chat screenshots of ordinary conversation. */
export const BENIGN_CHATS: readonly (readonly { text: string; mine?: boolean }[])[] = [
  [{ text: '今晚一起吃饭吗？' }, { text: '好啊，七点见', mine: true }, { text: '老地方' }],
  [{ text: '明天的会议改到下午三点' }, { text: '收到，谢谢', mine: true }],
];

/** A chat screenshot carrying an ad. */
export const AD_CHAT: readonly { text: string; mine?: boolean }[] = [{ text: '兼职刷单 日结300' }, { text: '加微信 abc12345' }, { text: '轻松赚钱 无需押金' }];
