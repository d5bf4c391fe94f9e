import { type Family, familyMakers } from '../types.js';

/**
 * Round v47 (file set wildlife2-v47, benign letter c): protected wildlife and its parts in trade (regulated · wildlife), as
 * sellers, middlemen and buyers write them in chat, live-streams, markets and posts. The plain forms are in earlier files:
 * 穿山甲片/象牙/熊胆/野味 ads in regother-v17; wild songbirds, 野味 restaurants, wild turtle and 娃娃鱼 meat and poaching gear in
 * poaching-v27 and huntgear-v33; 无证 parrots and tortoises, ivory/hawksbill sold as 树脂/牛骨/猛犸 and 野味 接龙 in contra-v36;
 * 炮山甲 for 下奶, 熊胆/犀角粉/麝香 as medicine, 砗磲/红珊瑚/玳瑁, smuggled parrot eggs, 鸟市 生口, snake wine, 赶山 meat and
 * wild-dug orchids in wildlife-v45. This set adds species, markets and codes they leave thin: 虎骨酒/虎骨膏/虎鞭 sold as 老酒
 * with 大猫/HG codes; 古玩城, 鬼市 and 地摊 pieces (豹皮, 虎皮, 犀角杯, 象牙 with a 猛犸 certificate) sold as 老货/传家宝 without
 * 证; 熊掌 banquets in 私房菜 包厢 (毛掌/大掌/前掌); wild 海马/海龙 干货 and 蛇胆 (五步蛇, 眼镜王蛇 生取); 鲨鱼翅 from 鲸鲨/
 * 双髻鲨/姥鲨 (天九翅, 排翅, 牛皮翅); 鹰 and 隼 chicks for 熬鹰 and falconry (黄鹰, 鹞子, 游隼, 猎隼 with 拉鹰/大鸟 codes);
 * live 猕猴/懒猴 pets and 活体 穿山甲; 蜂鸟 and wild-caught 鹦鹉 (野捕, 非人工繁育) on live-streams; 中华鲟 meat and 放流
 * fish caught back, wild 娃娃鱼 passed as 养殖; 野生 甲鱼, 山瑞, 金钱龟 sold as 土货 in 农贸市场 and 朋友圈; wild 海南黄花梨
 * (降香黄檀) 老料 and 越黄 无证 logs; and 恐龙蛋/古生物化石 smuggled out as 石头摆件. Sale, offer, request and use only.
 * Benign look-alikes (letter c): licensed 人工养殖 娃娃鱼 and 鲟鱼 farms with permits and 标识, zoo and rescue-centre posts,
 * museum exhibits, legal antiques and 红木 furniture with certificates, honest imitation materials and dish names (虎皮青椒,
 * 熊掌豆腐, 素鱼翅), nature documentaries, seafood markets selling legal fish, falconry history and airport bird control, pet
 * shops selling 虎皮鹦鹉/玄凤 and the 蜂鸟鹰蛾 mistaken for a 蜂鸟, farmed 甲鱼 and 草龟, fossil rules and replicas, and
 * legal OTC medicine (蛇胆川贝液, 人工虎骨粉). A share of templates is written redacted (x, X, * or ＊), spaced or in initials.
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const R = 'cg-sale-or-transfer-of-regulated-goods-or-services';
const W = 'cg-sale-or-transfer-of-protected-wildlife';
const WILD = [`${W}.a`];
const WILD_USE = [`${W}.a`, `${W}.d`];
const WILD_TAKE = [`${W}.a`, `${W}.b`];
const FOSSIL = [`${R}.k`];

const E = ['', '', '', '🤫', '👇', '📦', '✅', '🔥', '💯', '😏'];
const CT = ['{zh_contact}{zh_contact_id}', 'v：{handle}', '薇❤{handle}', '🐧{qq}', 'vx：xxxxxxxx', 'wx＊＊＊＊＊＊', '绿泡泡 {handle}', '{zh_contact}', '☎{phone}', '电话1xx xxxx xxxx', '私我'];
const PRICE = ['380', '680', '880', '1200', '1800', '2600', '3800', '5800', '8800', '1w2', 'x千'];

const base: Slots = { e: E, ct: CT, price: PRICE };

const { fam, ben } = familyMakers({ lang: 'zh', harm: 'v47-wildlife2', benign: 'v47c-wildlife2', slots: base });

const HARM: Family[] = [
  fam('regulated', 'wildlife', 'tiger-bone-wine-penis', WILD_USE,
    'Tiger bone wine (虎骨酒), 虎骨膏 and 虎鞭 sold as 老酒/补品 with 大猫/HG/老虎 codes, 泡了几十年 stories and 风湿/壮阳 claims: selling an endangered species\' parts and promoting their use.',
    [
      '虎骨酒 老坛 {price}一斤 {ct}',
      '大猫骨泡的 二十年了 风湿腿疼一喝就灵',
      'HG酒 懂的来 不多了 就剩三坛',
      '正宗虎鞭 整根 晒干的 男人的宝 私聊价格{e}',
      '老 虎 骨 膏 熬了七天七夜 贴关节',
      '家里老人留下的虎骨酒 缅甸那边带回来的 有意的私',
      '酒瓶上写的是药酒 里面泡的是啥你懂 {ct}',
      '虎骨一整副 带头骨 {price} 走物流 不走快递',
      '老寨子里收的大猫骨 泡酒用 一公斤起',
      '问：真的假的 答：假一赔十 骨头里有蜂窝眼 牛骨没有',
      'h*g酒 三斤装 送礼倍有面子 {ct}',
      '虎鞭酒 一年只泡两缸 要的提前订 定金{price}',
      '别买那些牛骨冒充的 我这是边境过来的真东西 发视频验',
      '我爷爷那辈传下来的方子 老虎骨头配十几味药材泡酒 风湿骨痛关节炎 喝过的都回头找我 现在骨头难弄了 一年就出这么几坛 想要的加我 {ct} 不议价',
    ]),

  fam('regulated', 'wildlife', 'antique-market-skin-horn-ivory', WILD,
    '古玩城, 鬼市 and 地摊 sellers offering 豹皮/虎皮 rugs, 犀角杯 and ivory carvings as 老货/传家宝/清代 without any 证, or ivory passed off with a 猛犸牙 certificate: trading endangered-species parts under an antique cover.',
    [
      '鬼市今早出了一张豹皮 整张带头 {price}',
      '金钱豹皮 老的 铺床上镇宅 {ct}',
      '清代犀角杯 传家的 没证 所以便宜',
      '老虎皮 整张 七十年代收的 识货的来',
      '象牙筷子一盒 老料 配猛犸证 出门不怕查',
      '犀 角 杯 包老 包真 当面上手',
      '古玩城三楼最里面那家 有豹皮 去了说是老周介绍的',
      'xj杯 明清老件 {price}起 {e}',
      '地摊收的象牙手镯 开了猛犸的鉴定书 转手翻倍',
      '整张虎皮 带爪带牙 老宅翻出来的 私聊看实物',
      '老板你这个杯子是真的犀角吗 | 嘘 小声点 晚上来店里谈',
      'xy雕件 观音 老货 有包浆 证书写的猛犸 {ct}',
      '家里老人走了 留下一张豹子皮和两个犀角杯 不懂行情 有收的老师开个价',
      '周末鬼市摊位号B-{digits4} 四点开摊 豹皮 虎爪 象牙老件都有 天亮前收摊 手机别拍照',
    ]),

  fam('regulated', 'wildlife', 'bear-paw-private-banquet', WILD,
    'Bear paws (熊掌, 毛掌/大掌/前掌) sold dried or served at 私房菜 and 会所 banquets booked through a middleman: trade in a protected species\' parts, with 包厢, 定金 and 熟客 only.',
    [
      '熊掌 整只 带毛 {price}一只',
      '毛掌到了 前掌 干货 {ct}',
      '私房菜 本周有大掌 只接熟客 包厢要提前订',
      '会所新到的熊掌 红烧 一桌{price} 不上菜单',
      '熊 掌 真空包 冻品 走冷链',
      '老板要请客 想弄一道熊掌 有门路的私{e}',
      'xz 发过来了 两只前掌 东北那边的',
      '宴席套餐：熊掌+果子狸+野生甲鱼 8人位 定金{price}',
      '菜单上写的是“红烧猪手” 熟客都懂 {ct}',
      '熊掌怎么发 我这里收来的干掌 教你发制 三天出锅',
      '有没有收熊掌的 朋友从山里带出来四只 一起出',
      '要请领导吃点稀罕的？我这有熊掌 地方隐蔽 不留单 {ct}',
    ]),

  fam('regulated', 'wildlife', 'seahorse-pipefish-snakegall', WILD_USE,
    'Wild-caught 海马 and 海龙 sold as 干货 and 泡酒 料 with 野生大货 claims, and 蛇胆 from wild 五步蛇/眼镜王蛇 sold fresh or 生吞 at stalls for 明目/清火: selling protected species\' parts and promoting their use.',
    [
      '野生大海马 干货 一对{price} {ct}',
      '海龙 刁海龙 野生的 泡酒补肾',
      '海马 海龙 一起泡 男人喝了顶{e}',
      '渔船上直接收的野生海马 不是养殖的小瘦马',
      '五步蛇胆 现取 生吞明目 {price}一颗',
      '眼 镜 王 蛇 胆 新鲜的 冰袋发',
      '蛇胆酒 野生蛇胆泡的 三年老酒 {ct}',
      'HM干 大号 12公分以上 按对卖',
      '摊子上现杀取胆 来了直接吞 清火',
      '野生海龙 整条 带盒装 送礼 {price}',
      '养殖的海马没药效 要就要野生的 我这有渔民直供',
      'sd 五步的 十颗起发 走物流 {ct}',
      '来广西旅游的 夜市后面那家 现场取蛇胆 泡酒也行生吞也行 都是山上抓的野蛇 不是养殖场的',
    ]),

  fam('regulated', 'wildlife', 'shark-fin-protected-species', WILD,
    'Shark fin (鱼翅, 排翅, 天九翅, 牛皮翅) from protected whale sharks, hammerheads and basking sharks (鲸鲨, 双髻鲨, 姥鲨) sold by the 斤 or 副 with 走私/不报关 sourcing: trade in protected marine species.',
    [
      '鲸鲨翅 一副 {price} {ct}',
      '天九翅 大排翅 双髻鲨的 货少',
      '姥鲨翅 整副 挂墙上的那种 收藏级',
      '鱼翅 原翅 不报关的货 比市场便宜一半',
      'JS翅 懂的私 一年就出几副{e}',
      '鲸 鲨 翅 头围一米 带证书？没有 所以这价',
      '船上直接割的 双髻鲨背翅 晒干 按斤 {price}',
      '酒楼要货的找我 天九翅 牛皮翅 长期供',
      '鲨鱼翅 排翅 海关扣过一批 这批走的别的线 放心',
      '问：这是什么鲨 答：别问 大的 你就说要不要',
      '老家渔民捞到一条鲸鲨 翅已经割了 有收的联系 {ct}',
      '【海味批发】本周到货：天九翅3副 鲸鲨翅1副 双髻鲨排翅若干 只做同行 不零售 散客勿扰',
    ]),

  fam('regulated', 'wildlife', 'falcon-raptor-chick-falconry', WILD,
    'Wild 鹰 and 隼 (苍鹰/黄鹰, 雀鹰/鹞子, 游隼, 猎隼, 红隼, 雕鸮) taken from nests or nets and sold as chicks or trained birds for 熬鹰 and falconry, with 拉鹰/大鸟/鹰崽 codes: trade in protected raptors.',
    [
      '黄鹰 新拉的 {price} {ct}',
      '鹰崽 刚出窝 喂熟了好熬',
      '游隼 成鸟 熬好的 能放能回',
      '猎隼 出 价格私聊 懂的人来',
      '鹞 子 两只 秋天拉的 性子烈',
      '大鸟一只 已开食 走大巴 {ct}',
      '红隼雏 掏窝的 三只 {price}一只{e}',
      '熬鹰群 有兄弟出苍鹰的吗 求一只',
      'yz 新货 山里网子拉的 今晚熬',
      '玩鹰的来 雕鸮 小个的 晚上能放',
      '别问证 玩鹰的谁有证 拿了赶紧上手熬',
      '今年秋天拉鹰还行 上了四只黄鹰一只鹞子 自己留一只 剩下的出给兄弟们 已经熬了三天 能上手了 {ct}',
      '中东那边猎隼价高 有出口门路的聊聊',
    ]),

  fam('regulated', 'wildlife', 'live-monkey-loris-pangolin-pet', WILD,
    'Live 猕猴, 懒猴 and 穿山甲 sold as pets or 活体 via live-streams, short videos and chat, with 小猴子/萌宠/CSJ 活的 codes and 大巴/专车 delivery: trade in protected live animals.',
    [
      '小猴子出售 猕猴 三个月 会抱人 {ct}',
      '懒猴 萌宠 夜里活动 {price}',
      '穿山甲活的 两公斤 {ct}',
      'CSJ 活体 不吃东西包换',
      '猴 宝 宝 一只 已打疫苗 包邮不了 走专车',
      '直播间那只小猴子能卖吗 | 能 下播私我',
      '懒猴呆萌 抖音同款 {price}一只{e}',
      '活甲子 山里刚抓的 要养要吃都行',
      '小猕猴 断奶了 会穿衣服 会握手 {ct}',
      '朋友圈卖猴 越南过来的 没证 便宜',
      '想养只猴子 哪里能买到 有门路的带带',
      '家里小猴子长大了不好带 出给有缘人 会用尿布会吃奶瓶 不要问证 没有 价格{price} 自提或大巴',
    ]),

  fam('regulated', 'wildlife', 'hummingbird-wild-parrot-live', WILD,
    'Hummingbirds (蜂鸟) and wild-caught parrots (野捕, 原生, 非人工繁育 鹦鹉, 小葵/和尚/亚马逊 野生) sold on live-streams and 鸟友群 with 进口无证/不要证 claims: trade in protected wild birds outside the licensed breeding system.',
    [
      '蜂鸟 活体 一对 {price} {ct}',
      '真蜂鸟 不是蛾子 南美过来的',
      '野捕鹦鹉 原生态 性子野 便宜处理',
      '非人工繁育的 所以没证 懂的拍',
      '蜂 鸟 包活 空运过来的 {e}',
      '直播间的野生亚马逊 扣“大绿”下播私',
      '山里网的野鹦鹉 红胸的 三只 {ct}',
      'fn 两只 喂花蜜 要的私',
      '原生鹦鹉 不是人工苗 毛色正 价格{price}',
      '蜂鸟能养吗 | 能 我这有 就是贵',
      '野生小鹦鹉一窝 四只 刚掏的 喂奶粉',
      '家人们今天这批是原生的 野外抓回来的 不是繁殖场出来的苗子 没有证没有环 所以价格才这么低 喜欢的扣1 下播挨个私',
    ]),

  fam('regulated', 'wildlife', 'sturgeon-salamander-wild-meat', WILD_TAKE,
    'Chinese sturgeon (中华鲟) meat and 放流 fish caught back, and wild 娃娃鱼 (大鲵) passed off as 养殖 with borrowed 标识 — sold by the 斤, in restaurants and via 冷链: trade in protected aquatic species and acknowledging their illegal taking.',
    [
      '中华鲟 江里捞的 {price}一斤 {ct}',
      '放流的鲟鱼又被我们捞上来了 鱼身上还有标',
      '野生娃娃鱼 溪里摸的 3斤 {ct}',
      '娃 娃 鱼 野的 挂养殖场的牌 放心吃',
      '中华鲟 肉 真空装 冷链发{e}',
      'zhs 一条 二十多斤 来得早能挑',
      '大鲵野生 借了养殖场的标识 查也不怕',
      '饭店要野娃娃鱼的 山沟里有 按斤{price}',
      '今晚江边下网 上来中华鲟就分 想要的先报名',
      'wwy 野货 肉紧 跟养殖的两个味',
      '说是养殖的 其实是山溪里抓的野娃娃鱼 懂的人吃得出来 {ct}',
      '我们村里有人在江里捞到一条中华鲟 一百多斤 已经分了 还剩一截鱼身 想要的联系 不走快递',
    ]),

  fam('regulated', 'wildlife', 'wild-turtle-tuhuo-market', WILD,
    'Wild 甲鱼, 山瑞鳖, 金钱龟, 鹰嘴龟 and 山龟 sold as 土货/野货 in 农贸市场, 朋友圈 and 土特产 groups — 溪里摸的, 不是饲料喂的 — trade in protected wild turtles under a local-produce cover.',
    [
      '野生甲鱼 溪里摸的 {price}一斤',
      '土货山瑞 三斤多 {ct}',
      '金钱龟 野的 老家山塘里抓的',
      '鹰 嘴 龟 野生 一只{price}',
      '土甲鱼 不是饲料鱼 裙边厚 炖汤一绝{e}',
      '朋友圈卖土货：野山龟 野甲鱼 野生黄鳝 要的速度',
      '市场最里面那家有野生山瑞 去了问老板要“山里的”',
      'jqg 老种 野生的 懂的私 {ct}',
      '山瑞鳖 野货 给老人补身子 两只起',
      '表舅在山里收的野龟 金钱龟鹰嘴龟都有 要的说',
      '这不是养殖的 养殖的背是黑的 野生的背是黄的',
      '【土特产群】今天到货：野生甲鱼6只 山瑞2只 野山龟一筐 都是山里人自己摸的 先到先得 {ct}',
    ]),

  fam('regulated', 'wildlife', 'wild-huanghuali-rosewood-log', WILD,
    'Wild 海南黄花梨 (降香黄檀) 老料, 越黄 logs and 大红酸枝 of protected species sold 无证/无砍伐证 with 老房梁/树根 stories and 走私 sourcing: trade in protected plants.',
    [
      '海黄老料 野生的 {price}一斤 {ct}',
      '黄花梨 树头 山里挖的 油性足',
      '越黄原木 十吨 无证 走边境',
      '老 房 梁 拆下来的 海黄 懂的来',
      'HH 野生料 鬼脸多 {e}',
      '降香黄檀 野生 一整棵 根都挖出来了',
      '没有砍伐证 所以便宜 你拿去做手串没人查',
      '村里老人家后山那棵黄花梨 想出 有收的私',
      '野海黄 不是种植的 种植的没油 {ct}',
      '料子到了 海黄三根 越黄一车 只发同行',
      '大红酸枝 交趾黄檀 老挝过来的 无证料 按吨走',
      '海南本地老料 一手货源 野生老树 砍下来放了二十年 手串料 雕件料都有 价格按斤{price} 视频看货',
    ]),

  fam('regulated', 'wildlife', 'fossil-dinoegg-export', FOSSIL,
    'Dinosaur eggs (恐龙蛋), 鱼化石, 古生物 and 重点保护化石 dug and sold, or smuggled abroad as 石头摆件/工艺品 via 国际快递 and 海外买家: illegal trade and export of protected fossils.',
    [
      '恐龙蛋化石 一窝六枚 {price} {ct}',
      '化石出境 报关写石头摆件 没问题',
      '恐 龙 蛋 真的 不是树脂的',
      '山上挖出来的鱼化石 一整板 有老外要',
      'kld 窝蛋 带围岩 私聊',
      '国际快递发化石 拆开写工艺品{e}',
      '古生物化石 海外客户长期收 有货的联系 {ct}',
      '鸟类化石 带羽毛印痕 稀有 不公开卖',
      '刚从工地出来的 蛋化石 有没有人收',
      '化石别走海关 从{zh_city}那边发 {ct}',
      '这批化石是保护级的 国内不好卖 发美国那边拍卖',
      '我们村挖地基挖出一窝恐龙蛋 还没上报 有懂行的老板吗 想出手 价格好谈',
    ]),
];

const BEN: Family[] = [
  ben('work', 'licensed-salamander-sturgeon-farm', 'Licensed 人工养殖 娃娃鱼 (大鲵) and 鲟鱼 farms with 驯养繁殖许可证, 经营利用许可, 专用标识 and 检疫证, selling farmed stock lawfully: the same species words with permits.',
    [
      '本场人工养殖娃娃鱼 证件齐全 每条都有专用标识',
      '养殖大鲵出售 附驯养繁殖许可证和检疫证',
      '杂交鲟 养殖场直供 餐厅批发 开发票',
      '娃娃鱼是子二代的 可以合法上餐桌 有溯源码',
      '鲟鱼籽酱 养殖场自产 出口有CITES证明',
      '参观养殖场：娃娃鱼苗 三龄鱼 种鱼池',
      '客户问能不能吃 人工繁育子二代有标识就能',
      '我们场的鲟鱼都是人工繁育的施氏鲟和杂交鲟 不是中华鲟',
      '办养殖证流程：林业局申请 现场核查 一般两个月',
      '娃娃鱼养殖户注意：下月渔业部门年检 标识和台账准备好',
      '扫码看这条鱼的养殖档案 哪个池子哪年出苗',
      '餐厅进货记得要标识和发票 没有的别收',
      '年底娃娃鱼价格 养殖的三斤规格{price}一斤 带证',
    ]),

  ben('chat', 'zoo-rescue-centre-posts', 'Zoo, rescue and 救护中心 posts: tigers, leopards, monkeys, raptors and pangolins rescued, treated and released (放飞/放归), visitor notes — conservation, nothing for sale.',
    [
      '救护中心放飞了三只红隼 伤好了',
      '动物园的东北虎宝宝满月了 好可爱',
      '今天去看了小猴子 游客别乱喂',
      '野生动物救护站收了一只受伤的游隼',
      '穿山甲放归山林 志愿者一路护送',
      '懒猴被解救后在中心康复 不要买卖野生动物',
      '动物园的金钱豹今天出来晒太阳了{e}',
      '市民捡到的小鹰送到了救护站 谢谢热心人',
      '熊猫馆排队一小时 值了',
      '救护中心开放日 可以看海龟康复池',
      '娃娃鱼科普展在水族馆 小朋友很喜欢',
      '【救护中心月报】本月接收猛禽11只 放飞7只 猕猴2只移交动物园 感谢市民及时报警 发现野生动物受伤请拨打{phone}',
    ]),

  ben('education', 'museum-exhibit-antique', 'Museum exhibits and visits: 犀角杯, 象牙雕, 玳瑁 pieces, 豹皮 and 恐龙蛋化石 behind glass, with guides and exam-style notes — seeing, not buying.',
    [
      '博物馆里那只清代犀角杯真漂亮',
      '故宫的象牙雕 做工太细了',
      '恐龙蛋化石展 在自然博物馆三楼',
      '讲解员说这张豹皮是五十年代的标本',
      '玳瑁梳子 展柜第二排 唐代的',
      '带孩子看恐龙化石 排了半小时队',
      '博物馆周一闭馆 别白跑',
      '犀角杯为什么这么贵？因为现在不能交易了 只能在博物馆看',
      '展览介绍：历代文玩 犀角 象牙 竹木雕刻',
      '河源恐龙博物馆 恐龙蛋数量世界第一',
      '预约了周六的自然博物馆 有一起的吗',
      '看完海洋馆的鲨鱼标本展 才知道鲸鲨有多大',
    ]),

  ben('shopping', 'legal-redwood-furniture-cert', 'Legal 红木 furniture and antiques bought with 发票, 红木国标 names and certificates (刺猬紫檀, 缅甸花梨, 非洲酸枝), 种植 黄花梨 and old furniture with 文物 export paperwork — lawful wood trade.',
    [
      '红木沙发 刺猬紫檀的 有发票有证书',
      '买红木家具认准国标名称 别被“黄花梨”三个字忽悠',
      '种植海黄手串 林场出的 有证',
      '老家具拍卖 附文物鉴定和出境许可',
      '缅甸花梨 大果紫檀 合法进口 报关单齐全',
      '这套酸枝餐桌 厂家给了材质检测报告',
      '红木家具怎么保养？每月打一次蜡',
      '种植黄花梨十年能成材吗 | 心材很少 慢慢等',
      '拍卖行这件老柜子有来源证明 放心举牌',
      '买红木一定要合同写清树种 出了问题好维权',
      '家具城搞活动 非洲酸枝八件套{price}',
      '有人说“海黄”就是海南的 其实还要看是不是降香黄檀 正规店都会写清楚',
    ]),

  ben('shopping', 'imitation-and-dish-names', 'Imitation materials and dish names with the same words: 仿象牙 树脂, 豹纹 clothes, 虎皮青椒, 虎皮鸡爪, 熊掌豆腐, 素鱼翅/仿鱼翅, 海马 as a brand or toy, 虎皮鹦鹉 — ordinary goods and food.',
    [
      '今晚做虎皮青椒',
      '熊掌豆腐 湖北家常菜 好下饭',
      '虎皮鸡爪 卤了一锅',
      '素鱼翅 粉丝做的 口感差不多',
      '豹纹外套 今年又流行了',
      '仿象牙树脂摆件 标得清清楚楚 不贵',
      '婚宴上的鱼翅羹其实是仿翅 大家别当真',
      '海马玩具 宝宝洗澡用的',
      '熊掌饼干 小熊形状的 孩子爱吃{e}',
      '买了个仿玳瑁发夹 醋酸板材的 好看',
      '猴头菇炖鸡 养胃',
      '豹纹地毯 化纤的 好打理',
      '虎皮蛋糕卷 早餐来一块',
      '这个“犀角杯”造型的茶杯是陶瓷的 文创店买的',
    ]),

  ben('chat', 'nature-documentary-talk', 'Nature documentary and science-video talk about tigers, sharks, falcons, hummingbirds, pangolins and sturgeon — viewers\' comments, recommendations and facts.',
    [
      '《地球脉动》里游隼俯冲那段太震撼了',
      '纪录片里蜂鸟悬停 一秒扇五十下翅膀',
      '看了鲸鲨的纪录片 温柔的巨人',
      '推荐《我们的星球》 讲鲨鱼翅那集看哭了',
      '东北虎纪录片 镜头里的雪地太美了',
      '穿山甲纪录片说它们被吃到了极危',
      '中华鲟那期《自然传奇》看完很难受',
      '小时候看动物世界 赵忠祥的声音',
      '海马是爸爸生宝宝 纪录片里说的',
      '懒猴其实有毒 纪录片才知道',
      '求推荐几部关于猛禽的纪录片',
      '昨晚看的纪录片讲熊掌和熊胆贸易 看完再也不想碰那些东西了 大家别买',
    ]),

  ben('shopping', 'seafood-market-legal-fish', 'Seafood markets and fish stalls selling legal fish and shellfish (鲈鱼, 石斑, 带鱼, 养殖鲟鱼, 花蛤), 海鲜 prices, 代加工 — ordinary market talk.',
    [
      '海鲜市场今天石斑便宜',
      '鲟鱼 养殖的 {price}一条 帮杀',
      '带鱼 小黄鱼 花蛤 今早刚到',
      '市场代加工 清蒸 红烧都行',
      '老板 这鲈鱼新鲜吗 | 早上刚捞的',
      '海鲜批发群 明早到货 皮皮虾 螃蟹',
      '鲨鱼肉？市场上那种是养殖的小鲨 还是别吃了吧',
      '休渔期结束 海鲜价格降了',
      '干货店 鱿鱼干 虾米 紫菜',
      '海鲜市场攻略：先逛一圈再买 看秤',
      '渔船回港 海鲜码头一堆人 {e}',
      '晚上去海鲜市场 买两斤蛏子 一条鲳鱼 回家自己做',
    ]),

  ben('education', 'falconry-history-birdcontrol', 'Falconry history and culture (海东青, 清代 鹰猎, 鹰笛), licensed overseas falconry, and airport and vineyard bird control with trained raptors — history and lawful work.',
    [
      '海东青是满族的图腾',
      '清朝皇帝喜欢鹰猎 木兰围场就是打猎的地方',
      '机场用猛禽驱鸟 都是持证的',
      '阿联酋的猎隼有护照 有专门的医院',
      '鹰笛是塔吉克族的乐器 用鹰翅骨做的',
      '读了一本讲中国古代鹰猎的书',
      '驱鸟队招人 负责机场净空 有培训',
      '熬鹰是老北京的玩法 现在违法了',
      '柯尔克孜族的猎鹰文化 非遗',
      '纪录片里驯鹰人跟鹰的感情真深',
      '历史课讲到辽代 海东青贡品',
      '网上看到有人问熬鹰 现在野鹰都是保护动物 别碰',
    ]),

  ben('shopping', 'petshop-budgie-hawkmoth', 'Pet shops selling 虎皮鹦鹉, 玄凤, 牡丹 and other unprotected birds, owners chatting about them, and people mistaking a 蜂鸟鹰蛾 for a 蜂鸟 — ordinary pets and nature.',
    [
      '虎皮鹦鹉一对 宠物店买的',
      '玄凤会吹口哨了',
      '在小区看到蜂鸟了！| 那是蜂鸟鹰蛾 国内没有野生蜂鸟',
      '牡丹鹦鹉 人工繁育的 不用证',
      '鹦鹉店 虎皮玄凤 满月的 可以上手',
      '买鹦鹉前要问清楚是不是保护品种',
      '花园里那个像蜂鸟的其实是蛾子',
      '虎皮鹦鹉怎么教说话',
      '宠物店的小鸟都有检疫 放心',
      '玄凤掉毛正常吗',
      '家里的虎皮下蛋了 {e}',
      '鸟市转了一圈 买了两只珍珠鸟 便宜好养',
    ]),

  ben('family', 'farmed-turtle-market', 'Farmed 甲鱼 and 草龟 bought at markets and farms (外塘, 生态, 养殖证), soup recipes and pets — lawful, not wild-caught.',
    [
      '外塘甲鱼 养殖三年 炖汤',
      '菜市场买了只甲鱼 老板帮杀',
      '草龟 宠物店买的 养了五年',
      '甲鱼怎么处理 先用热水烫',
      '生态甲鱼 养殖场直发 有检疫证',
      '养殖场说的土甲鱼就是外塘散养的',
      '孩子想养乌龟 买了两只草龟',
      '甲鱼汤 加点枸杞',
      '巴西龟不能放生 会破坏生态',
      '过年买了两只甲鱼 {price}元 养殖的',
      '养龟群 晒背灯推荐',
      '市场上野生甲鱼都不能卖 说野生的要么是骗你要么违法 买养殖的就好',
    ]),

  ben('education', 'fossil-rules-replica', 'Fossil rules, finds reported to authorities, 研学 digs and replica or 3D-printed dinosaur models — lawful hobby and education.',
    [
      '挖到化石要上交吗 | 要 联系当地文物或自然资源部门',
      '恐龙蛋模型 树脂的 孩子喜欢',
      '研学营 带孩子体验挖化石',
      '3D打印恐龙骨架 放书房',
      '村民发现恐龙蛋化石 主动上报 受到表彰',
      '化石出境需要审批 别带',
      '地质公园 看三叶虫化石',
      '自然博物馆卖的化石复制品 有说明',
      '孩子的恐龙玩具 霸王龙 三角龙',
      '化石猎人纪录片 讲古生物学家的工作',
      '工地挖出化石 已经停工等专家',
      '古生物化石保护条例规定 重点保护化石不能买卖',
    ]),

  ben('health', 'otc-medicine-artificial', 'Legal OTC medicine and artificial substitutes: 蛇胆川贝液, 人工虎骨粉 (金天格胶囊), 人工麝香, 养殖 海马 in prescriptions — pharmacy and family talk.',
    [
      '咳嗽喝蛇胆川贝液',
      '医生开了金天格胶囊 人工虎骨粉做的',
      '药店买的蛇胆川贝枇杷膏',
      '人工麝香 现在中成药都用这个',
      '中药方里的海马是养殖的 药房有票',
      '蛇胆陈皮 孩子咳嗽能吃吗',
      '骨质疏松 医生推荐金天格',
      '药材市场说海马 海龙都是养殖的 有证',
      '妈 别信那些野生的 药店的合法的就行',
      '川贝枇杷膏和蛇胆川贝液哪个好',
      '说明书写着人工虎骨粉 不是真的老虎',
      '药店阿姨说现在正规药里都用人工的 野生的犯法',
    ]),
];

export const families: Family[] = [...HARM, ...BEN];
