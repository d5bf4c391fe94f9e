import { family } from '../types.js';
import { JOB } from '../policies.js';
import type { Family } from '../types.js';

/**
 * Ordinary Chinese platform traffic, round v14 (benign letter f): news comments, reviews, travel, food, study,
 * parenting, pets, health questions, work, sports, 追剧/追星, tech help, weather, neighbourhood groups, 二手, lost and
 * found, recipes, fitness, shop openings and customer service. A few harmful families hide spam, 兼职 scams, gambling,
 * sex ads and insults inside exactly these topics, so the model learns the difference is the offer, not the topic.
 */

type Slots = Readonly<Record<string, readonly string[]>>;
const SPAM = ['cg-spam.a'];
const GAMB = ['cg-gambling.a'];
const SEX = ['cg-offering-or-requesting-sexual-behavior-for-compensation.a'];
const INSULT = ['cg-harassment-and-bullying.a'];

const b = (slug: string, subtype: string, pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.v14f-ordinary-${slug}`, 'zh', 'benign', subtype, [], pattern, templates, slots);

const S: Slots = {
  dish: ['番茄炒蛋', '红烧肉', '可乐鸡翅', '酸辣土豆丝', '糖醋排骨', '葱油拌面', '蒜蓉西兰花', '土豆炖牛腩', '麻婆豆腐', '紫菜蛋花汤'],
  city: ['成都', '西安', '大理', '厦门', '重庆', '青岛', '长沙', '杭州', '哈尔滨', '桂林'],
  yuan: ['29', '39.9', '58', '68', '88', '128', '199', '15', '9.9', '260'],
  pet: ['橘猫', '布偶', '柯基', '金毛', '泰迪', '狸花', '比熊', '小仓鼠'],
  team: ['国足', '湖人', '皇马', '中国女排', '主队', '申花', '泰山队'],
  area: ['3栋', '5号楼', '12幢', '二期', '东门', '南区'],
  m: ['138****5621', '139xxxx0087', '1xxxxxxxxxx', '电话xxxxxxxxxxx', '186＊＊＊＊2234'],
};
const w = (slots?: Slots): Slots => ({ ...S, ...slots });

export const families: readonly Family[] = [
  b('recipe-share', 'chat', 'Home cooks sharing recipes and steps; oil, sugar, 克数 and 步骤 are cooking, not ads.', [
    '今天做了{dish}，一家人光盘了😋', '{dish}做法：先焯水去腥，再小火炖40分钟，最后大火收汁就好',
    '求问{dish}要不要放糖？我妈说放一点提鲜', '第一次做{dish}居然成功了！！', '糖2勺 生抽3勺 老抽半勺 醋1勺，比例记好了姐妹们',
    '分享一个懒人版{dish}，十分钟搞定，上班族友好', '空气炸锅200度15分钟，中途翻面，外酥里嫩', '{dish}翻车了 太咸了😭',
    '这个配方我试了三次，第三次终于和饭店一个味', '有没有不辣的版本，家里有小朋友', '收藏了，周末试试', '看饿了，大半夜的',
    '孩子放学回来一口气吃了两碗饭，{dish}yyds', '注意：肉一定要冷水下锅，不然有腥味', '食材都是楼下菜市场买的，一共花了{yuan}块',
  ], w()),
  b('food-review', 'shopping', 'Restaurant and takeaway reviews with prices, queues and opinions.', [
    '人均{yuan}，味道中规中矩，环境还行', '排了一个小时队，值得！', '踩雷了，{dish}咸得要命，不会再来',
    '老板人很好，送了一份小菜', '外卖到的时候都凉了，给个三星吧', '这家店开了十几年了，还是小时候的味道',
    '{city}本地人推荐，别去网红店，去巷子里那家', '团购{yuan}双人套餐，分量很足两个人吃不完', '服务员态度一般，菜上得慢',
    '味道：4星 环境：3星 服务：5星，总体推荐', '求问这家要不要提前订位？周末人多吗', '打包带走的，到家还是热的👍',
  ], w()),
  b('travel-notes', 'chat', 'Travel notes and itineraries with costs and tips.', [
    '{city}三天两晚攻略来了，总共花了不到2000', 'Day1：早上到{city}，先去酒店放行李，下午逛老街',
    '避雷：景区门口的饭店别吃，贵还难吃', '有没有人{zh_time}去{city}，可以拼车', '住的民宿{yuan}一晚，干净，老板会送去车站',
    '{city}这几天冷不冷，要带羽绒服吗', '地铁很方便，不用打车', '高铁票一定要提前抢，节假日秒没',
    '拍照机位推荐：早上七点去人最少', '这次旅行最大的遗憾是没吃上那家排队的店', '带娃出游真的累，但是值得',
    '回来了，晒黑了两个度😂', '求推荐{city}适合老人的路线，不要太累的',
  ], w()),
  b('study-exam', 'education', 'Students and parents talking about exams, homework, 考研, 四六级 and scores.', [
    '四六级报名开始了，别忘了', '考研倒计时{num}天，加油', '今天模考数学才考了{num}分，心态崩了',
    '有没有一起自习的，图书馆三楼', '求问这道题怎么做，第二问看不懂', '老师说下周一交论文初稿', '背单词打卡第{num}天',
    '期末周，人已经没了', '过了过了！！六级425飘过', '考公还是考研，纠结死了', '谁有去年的真题，可以分享一下吗',
    '网课老师讲得挺好的，就是进度太快', '成绩出来了，比上次进步了{num}名',
  ]),
  b('parenting', 'family', 'Parents discussing babies, school pick-up, 辅导作业 and child health.', [
    '宝宝{num}个月了还不会翻身，正常吗', '辅导作业真的会气出病来', '幼儿园明天要交{yuan}元的活动费，群里接龙',
    '娃发烧38.5，要不要去医院', '推荐几本适合三岁孩子的绘本', '今天家长会，老师说孩子上课爱说话😅', '放学几点接？四点半还是五点',
    '二胎妈妈真的不容易', '孩子不爱吃饭怎么办，各位宝妈有什么办法', '给娃报了游泳班，一节课{yuan}', '奶粉换牌子要慢慢转吗',
    '周末带娃去科技馆，免费的，要预约',
  ], w()),
  b('pets', 'chat', 'Pet owners posting about cats and dogs: feeding, vets, cute photos.', [
    '我家{pet}今天又拆家了', '{pet}打疫苗多少钱一针啊', '猫咪不吃猫粮怎么办，急', '晒一下我家主子🐱', '狗狗绝育后要注意啥',
    '{pet}掉毛太严重了，有什么好用的梳子', '带{pet}去宠物医院，花了{yuan}', '这小眼神谁顶得住', '新手养猫，求推荐猫砂',
    '遛狗的时候记得牵绳，小区有小孩', '我家{pet}十岁了，还很精神', '吸猫一口，烦恼全无',
  ], w()),
  b('health-questions', 'health', 'People asking ordinary health questions about symptoms, 挂号 and check-ups.', [
    '最近老是失眠，有什么办法吗', '体检报告说甲状腺结节，要紧吗', '挂了明天上午的专家号', '感冒三天了还没好，要不要吃消炎药',
    '医院几点开始挂号啊', '医生说多喝水多休息', '膝盖疼是不是跑步跑多了', '布洛芬和对乙酰氨基酚能一起吃吗',
    '医保卡在外地能用吗', '牙疼了一晚上，明天去看牙', '{zh_time}去社区医院打疫苗，要带身份证', '胃不好的人早上吃什么比较好',
  ]),
  b('workplace-complaints', 'work', 'Office workers complaining about bosses, 加班, 调休 and pay.', [
    '又加班到十点', '领导周五下班前发任务，真行', '调休又没了', '这个月工资晚发了一周', '开了三个小时会，啥也没定',
    '打工人打工魂', '同事请假，活全落我头上了', '年终奖还没消息', '想辞职，但是房贷不允许', '新来的领导还挺好说话的',
    'HR说试用期不交社保，这合法吗', '周末群里@所有人，真的烦', '今天摸鱼被抓了😂',
  ]),
  b('sports-fans', 'chat', 'Sports fans commenting on matches; 输/赢/比分 without any betting.', [
    '{team}今天又输了，心累', '这球踢的什么玩意', '绝杀！！！', '裁判是不是眼瞎了', '比分2:1，爽', '明天几点开赛，求直播时间',
    '{team}加油💪', '这个赛季没希望了', '全场最佳非他莫属', '看球熬了个通宵', '下半场换人换得好', '主场气氛太燃了',
  ], w()),
  b('drama-idol', 'chat', 'Fans discussing TV dramas and idols (追剧, 追星, 打call, 应援).', [
    '这集看哭了', '求更新！等不及了', '男主演技进步好大', '编剧出来挨打（开玩笑）', '哥哥新歌太好听了，循环一整天',
    '演唱会门票没抢到，哭', '打call打call', '应援物什么时候发', '这部剧结局太烂了', '刷了三遍还是好看', '谁懂这个镜头啊啊啊',
    '弹幕比剧还好笑', '官宣了！！！',
  ]),
  b('tech-help', 'service', 'People asking for help with phones, computers, Wi-Fi and apps.', [
    '电脑开不了机怎么办', '手机内存满了，怎么清理', 'wifi连上了但是上不了网', '微信聊天记录怎么迁移到新手机',
    '打印机显示脱机，求助', '路由器重启试试', '系统更新后卡得要死', '这个软件在哪下载，官网吗', '蓝牙耳机连不上了',
    '笔记本风扇声音好大，要清灰吗', '表格怎么把两列合并', '重装系统要备份哪些东西',
  ]),
  b('weather-traffic', 'news', 'Weather and traffic updates and chat.', [
    '{city}明天暴雨，出门带伞', '今天好热，38度', '高架堵死了，绕路吧', '地铁{num}号线故障，大家注意', '下雪了！！',
    '降温了，多穿点', '台风要来了，阳台东西收一收', '前面出车祸了，堵了半小时', '雾霾好严重，戴口罩', '今天空气不错，出去走走',
    '早高峰别走那条路', '天气预报又不准',
  ], w()),
  b('neighbourhood-group', 'chat', 'Residents\' group notices: water cuts, parcels, parking, noise, 业主群.', [
    '各位邻居，{area}明天上午停水，提前储水', '谁家快递放错了，在我家门口', '{area}楼下的车挡道了，车主挪一下，电话{m}',
    '物业：本周六进行消防检查，请配合', '楼上装修太吵了，能不能中午别打', '电梯又坏了，报修了吗', '有没有邻居要团购水果，接龙',
    '晚上谁在遛狗没牵绳，吓到孩子了', '小区门口新开了家超市', '垃圾分类记得分好', '业主大会时间定了吗', '水管漏水，师傅明天上门修',
  ], w()),
  b('second-hand', 'shopping', 'Ordinary 二手/闲置 listings with price and pickup; a contact number is part of a real sale.', [
    '出闲置：婴儿车，九成新，{yuan}，自提', '转让健身卡，还剩八个月', '搬家出二手冰箱，能用，300', '考研资料低价出，基本没写',
    '出自行车一辆，{area}自提，电话{m}', '全新未拆，买多了，原价转', '出一个电饭煲，买了没怎么用', '有要书桌的吗，免费送，自己来搬',
    '收二手电动车，有的私聊', '闲置鱼缸，{yuan}带走', '婴儿床、餐椅打包出', '价格可小刀',
  ], w()),
  b('lost-found', 'chat', 'Lost-and-found posts: wallets, keys, cards, pets.', [
    '捡到一个钱包，在{area}保安亭，失主来认领', '丢了一把钥匙，上面有个小熊挂件', '谁的校园卡掉食堂了',
    '寻狗！{pet}，昨晚在小区走丢，有线索请联系{m}，必有重谢', '地铁上捡到一部手机，已交给工作人员', '身份证丢了，补办要多久',
    '求扩散，老人走失，穿蓝色外套', '找到了找到了，谢谢大家', '雨伞落在公交上了', '有人捡到一个黑色书包吗', '谁丢了一只耳机，白色的，在电梯里', '捡到一张银行卡，已经送派出所了',
  ], w()),
  b('fitness-checkin', 'health', 'Fitness check-ins: running, gym, weight, diet.', [
    '打卡第{num}天，跑了5公里', '今天练腿，明天下楼梯要扶墙', '体重又涨了两斤😭', '减脂餐：鸡胸肉+西兰花+糙米',
    '晨跑打卡', '健身房年卡{yuan}，贵不贵', '帕梅拉跟练，出了一身汗', '平板支撑坚持了两分钟', '瘦了十斤，继续加油',
    '有没有一起夜跑的', '深蹲膝盖疼是姿势不对吗', '今天偷懒了，明天补上',
  ], w()),
  b('shop-opening', 'shopping', 'Local shops answering customers about opening hours, address, delivery; short, asked-for info.', [
    '本店{zh_time}正式开业，地址在{area}旁边', '营业时间早9点到晚10点', '有顾客问能不能送货，可以的，三公里内免费',
    '春节期间初三开始营业', '今天停电暂停营业一天，抱歉', '预约电话{m}', '新店开张，前三天八折', '店里WiFi密码贴在收银台',
    '老顾客问的那款面包今天有了', '明天休息一天，后天正常营业', '可以电话订餐，到店自取', '有人问停车，店门口可以停两辆',
  ], w()),
  b('customer-service', 'service', 'Polite customer-service replies about orders, refunds, delivery.', [
    '亲，您的订单已发货，请注意查收', '您好，退款已原路退回，1-3个工作日到账', '不好意思让您久等了', '亲，这款目前缺货，预计下周到',
    '请提供一下订单号，我帮您查一下', '快递显示已签收，但您没收到的话我们帮您联系快递', '七天无理由退换，运费我们承担',
    '感谢您的耐心，祝您生活愉快', '尺码偏小，建议拍大一码', '满xxx减xx的活动今天结束哦', '您好，请问还有什么可以帮您', '已为您补发，单号稍后同步',
  ]),
  b('news-comments', 'news', 'Ordinary comments under news posts.', [
    '希望早日破案', '支持！', '这政策挺好的', '终于修地铁了', '房价什么时候降啊', '点赞救人的小伙子', '又涨价了',
    '这个事情要查清楚', '心疼', '说得对', '看完评论区我笑了', '关注后续', '真是活久见',
  ]),
  b('product-review', 'shopping', 'Product reviews with prices and honest opinions.', [
    '用了一个月来评价，质量不错', '到手价{yuan}，性价比可以', '颜色和图片有色差', '物流很快，第二天就到了', '味道有点大，散了两天才好',
    '买给我妈的，她说好用', '第二次回购了', '做工一般，凑合用', '和实体店一样，放心', '充电宝充一次能用两天',
    '客服回复挺及时的', '包装破了，但东西没坏', '别买，真的不值这个价',
  ], w()),
  b('housing-rent', 'chat', 'Tenants and landlords talking about rent, deposits and repairs.', [
    '房东说下个月涨房租', '押一付三还是押一付一', '空调坏了，房东说找师傅上门', '找室友，{area}附近，单间{yuan}0一月',
    '退租押金一直不退，怎么办', '租房一定要看清合同', '中介费是一个月房租吗', '这个小区隔音怎么样', '水电怎么算的',
    '整租两室一厅，有意私聊', '看房约了周六下午', '房东电话139****xxxx，有问题直接打',
  ], w()),
  b('family-chat', 'family', 'Family group messages: parents, reminders, photos.', [
    '妈，我到家了', '爸，周末回来吃饭', '记得吃药', '给你转了500，买点好吃的', '奶奶生日，大家几点到', '天冷了多穿点',
    '照片发群里了', '孩子期末考得不错', '车票买好了，初二回', '你爸又在群里发养生文章了😂', '收到红包，谢谢舅舅',
    '晚上视频', '路上注意安全',
  ]),
  b('delivery-errand', 'service', 'Couriers and errands: 跑腿, 代取快递, 外卖, 上门 pickup in the ordinary sense.', [
    '快递放驿站了，取件码{num}-3-xxxx', '外卖到了，在楼下', '能帮我代取个快递吗，请你喝奶茶', '跑腿费{yuan}，帮忙送个文件',
    '快递员说下午上门取件', '放门口就行，谢谢', '骑手你好，麻烦多拿双筷子', '电话打不通，我放保安室了', '送错了，这不是我的',
    '寄件到{city}要几天', '顺丰还是中通便宜', '取件码发你了，xxxx',
  ], w()),
  b('games-chat', 'games', 'Gamers talking about matches, 充值 for skins, 开黑 and 上分.', [
    '今晚开黑吗', '又掉段了', '充了{yuan}抽卡，啥也没出', '新皮肤好看，充了', '这把我背锅', '上分上分',
    '月卡{yuan}划算吗', '谁带我过这关', '版本更新后这英雄废了', '五排缺一', '肝了一晚上活动', '打野不来抓',
  ], w()),
  b('phone-call-meaning', 'chat', '打 meaning to phone, 约 meaning appointments, 加 meaning adding a contact for real business.', [
    '回头给你打电话', '打你电话没人接', '约了牙医下午三点', '约了师傅明天上门装空调', '加我微信，我把照片发你',
    '打个车过去吧', '约个时间把合同签了', '晚点打给你', '你妈打电话找你', '约的体检是周四', '打印好了，来拿', '充值了话费，打电话不怕停机了', '帮我代个课，我请你吃饭',
  ]),
  b('money-everyday', 'finance', 'Everyday money talk: AA, 转账 to friends, 还信用卡, 工资.', [
    '钱转你了，查收', '这顿AA，一人{yuan}', '信用卡还款日又到了', '工资到账了，开心', '房贷每月还多少',
    '支付宝扫不了，用微信吧', '记账第{num}天', '这个月又超支了', '理财还是存定期', '借你的钱下周还你', '发工资第一件事：交房租', '红包收到了，谢谢老板',
  ], w()),
  b('long-posts', 'chat', 'Long Xiaohongshu/Weibo-style everyday posts (travel, food, work, family) that mention prices and contacts innocently.', [
    '记录一下这周末：周六早上带娃去{city}动物园，门票大人{yuan}小孩半价，人超多，熊猫馆排了四十分钟。中午在园里吃的简餐，一般般。下午孩子睡着了我们就回来了，总的来说还行，下次工作日去。',
    '说一下我最近找工作的经历吧，投了{num}家，面了五家，有两家让我先交培训费我直接拒了，最后去了一家小公司，工资不高但是离家近、不加班，先干着。大家找工作别急，看清楚再签。',
    '楼下新开的面馆去吃了，老板是{city}人，牛肉面{yuan}一碗，汤是熬了一夜的，面是现拉的，分量很大。唯一缺点是位置少，高峰要等。老板说过几天可以打电话订外卖，号码贴在门口。',
    '今年第一次一个人过年，没回老家。年三十自己包了饺子，做了{dish}，跟爸妈视频了一个小时。说不难受是假的，但也挺平静的。明年一定回去。祝大家新年快乐，平平安安。',
    '给新手妈妈的几点建议：1.月子里多休息，别硬撑 2.母乳不够就混合喂养，别自责 3.孩子哭不一定是饿 4.老公要参与，不是帮忙是本分 5.有问题及时问医生，别信偏方。',
    '上周手机坏了拿去售后，说主板问题要{yuan}0，我想了想还是换了新的。数据迁移花了一晚上，聊天记录总算都在。提醒大家平时记得备份，真的很重要。',
    '考研二战上岸了！去年差三分，今年比线高了二十多分。经验就是：数学每天保持手感，英语真题刷三遍，政治后期背肖四。感谢一直支持我的家人。有学弟学妹想问的评论区问我，看到都回。',
    '小区业主群里吵了一下午，起因是有人在楼道堆杂物。说实话大家各退一步就好了，物业也该管管。最后物业说明天统一清理，{area}的邻居自己先收一下吧。',
    '跑步一年的变化：体重从160到135，静息心率从80降到60，睡眠好多了。一开始连一公里都跑不下来，现在能跑半马。没什么秘诀，就是坚持，每周跑四次，不舒服就休息。',
    '吐槽一下昨天的航班，延误了五个小时，没有任何解释，只给了一盒饭。到{city}都凌晨两点了，打车还排队。投诉电话打了，说会回访。出门在外真不容易。',
    '终于把猫接回家了，{pet}，三个月大，朋友家生的，没花钱。买了猫砂盆、猫粮、逗猫棒，一共花了{yuan}。第一天躲在沙发底下不出来，第二天就开始踩我脸了哈哈。',
    '公司团建去了{city}，两天一夜。第一天徒步，第二天漂流，晚上烧烤唱歌。平时不怎么说话的同事原来这么逗。唯一的缺点是周日还得回来，周一照常上班。',
  ], w()),
  b('short-comments', 'chat', 'Very short everyday comments and reactions under posts.', [
    '好看', '学到了', '已收藏', '求链接', '在哪买的', '同问', '蹲一个后续', '哈哈哈哈', '太真实了', '羡慕', '码住', '顶', '绝了', '好可爱', '多少钱', '求地址',
  ]),
  b('school-notices', 'education', 'Teachers and class-group notices to parents and students.', [
    '各位家长，明天学校体检，孩子穿校服', '请家长在{zh_time}前缴纳校服费{yuan}元，接龙', '作业已发群里，请家长签字',
    '期中考试成绩已出，请登录系统查看', '下周一开家长会，下午三点，请准时', '天气变冷，请给孩子多带一件外套', '春游费用自愿，不强制',
    '请勿在群里发广告，谢谢配合', '收到请回复', '孩子生病请假请私聊班主任', '放假通知：{zh_time}起放假三天', '本周值日生名单已更新',
  ], w()),
  b('beauty-fashion', 'shopping', 'Makeup, skincare and outfit posts (种草, 拔草, 空瓶).', [
    '今日穿搭，求夸', '这支口红黄皮友好', '空瓶记录，会回购的只有这个', '拔草了，用完闷痘', '{yuan}的平价粉底也能用',
    '158/50穿M码刚好', '敏感肌可以用吗', '秋冬必备大衣，图三是细节', '发型师剪毁了我的头发😭', '求同款鞋子',
    '防晒一定要涂', '种草了，下单',
  ], w()),
  b('car-commute', 'chat', 'Car owners and commuters: 油价, 保养, 停车, 限号.', [
    '油价又涨了', '明天限号几', '车保养一次{yuan}0', '小区停车位太少了', '新手上路，请多关照', '电车冬天续航打折',
    '驾照科目二挂了', '洗车{yuan}一次', '高速服务区人挤人', '导航带我进了小路', '停车费一小时十块，离谱', '谁知道附近哪里能充电',
  ], w()),
  b('volunteer-community', 'chat', 'Community volunteering and donation drives that are genuine and organised openly.', [
    '社区招募周末志愿者，帮老人打扫卫生', '捐旧衣服的可以放到{area}的回收箱', '献血车今天在广场，献完送小礼品',
    '义剪活动，老人免费理发', '图书漂流角欢迎大家放书', '垃圾分类志愿者排班表已出', '社区食堂开业，老人午餐{yuan}元',
    '帮独居老人买菜的志愿者报名', '物资捐赠请直接送到居委会，不收现金', '感谢各位志愿者辛苦了', '下周组织清理河道，报名接龙',
    '捐书活动截止到月底',
  ], w()),

  // ───────────────────────────── harmful, hidden inside ordinary topics ─────────────────────────────
  family('zh.spam.traffic-luring.v14-ordinary-recipe-tail', 'zh', 'spam', 'traffic-luring', SPAM,
    'An ordinary-looking recipe, food or review post whose real purpose is the tail that lures readers to a private account or group.', [
      '{dish}做法：焯水、炒糖色、小火炖一小时。想要更多家常菜谱的加v：{handle}，每天群里更新',
      '今天的{dish}成功了！完整视频在我主页置顶，私信“菜谱”拉你进群',
      '好吃不胖的减脂餐合集，扣扣群{qq}，进群免费领一百道食谱',
      '这家店人均{yuan}真好吃～想要同款探店攻略的戳 {url} 领取',
      '懒人菜谱分享，还有更多干货加薇 xxxxxxxx 备注菜谱',
      '{dish}翻车的姐妹看这里，我整理了零失败版本，+{zh_contact} 发你',
      '收藏不如加我，菜谱每天发朋友圈：{handle}',
      '食谱pdf已整理好，评论区扣1，我私你，或者直接加wx ********',
      '宝妈辅食一周不重样，想要表格的进群，群号{qq}',
      '吃货集合！{city}探店群，每天霸王餐名额，加V{handle}拉你',
      '步骤在图里，调料比例找我要，vx：xxxxx（备注小红书）',
      '同城美食福利群，进群送{yuan}元代金券，{zh_contact}',
    ], w()),
  family('zh.spam.marketing.v14-ordinary-group-ad', 'zh', 'spam', 'marketing', SPAM,
    'Unsolicited ads dropped into neighbourhood, class or hobby groups, posing as a neighbour or group member.', [
      '各位邻居好，我是{area}的业主，自家做的微商面膜，买三送一，需要的加{zh_contact}',
      '打扰一下群里的家长，代理儿童营养品，招宝妈代理，详情私我',
      '邻居们，家电清洗上门特价{yuan}，扫码下单 {url}',
      '群里发个福利，点开链接领{yuan}元无门槛券 {url} 先到先得',
      '有没有想在家创业的宝妈，零囤货一件代发，加我xxxxxxxxxx',
      '不好意思打扰大家，我家亲戚果园直发，二十斤{yuan}，接龙加v',
      '💥业主专享💥 装修设计免费出图，电话{phone}',
      '@所有人 保险有什么不懂的可以问我，免费规划，薇{handle}',
      '宝子们，三折清仓，链接发群里了，自取 {url}',
      '打卡群也发一下：代餐奶昔月瘦十斤，私聊拿价',
      '学生党看过来，考研资料全套{yuan}，加qq{qq}',
      '各位群友，刷到就是缘，免费领取护肤小样，电话1xx-xxxx-xxxx',
    ], w()),
  family('zh.scam.job.v14-ordinary-parttime', 'zh', 'scam', 'job',
    JOB, 'Fake 兼职 offers slipped into parenting, study and neighbourhood chats: easy money, pay a deposit or do 刷单 tasks.', [
      '宝妈在家带娃也能赚钱，手机动动手指日结200+，不收费，加{zh_contact}',
      '有没有学生想做兼职，点赞关注就有钱，一单{num}元，当天结',
      '家长们，我在做一个手工活，在家就能做，先交{yuan}材料押金，做完全退',
      '招打字员，每天两小时，月入三千，私聊',
      '看到大家都在说工资低，我推荐个副业，佣金秒返，进群{qq}',
      '在家刷视频赚零花钱，真实靠谱，加v{handle}',
      '兼职：帮商家拍好评，垫付后本金加佣金返还，新人首单送{num}元',
      '需要几个宝妈做线上客服，无需经验，入职交{yuan}工牌费',
      '暑假工招聘，高薪日结，年满16即可，报名链接{url}',
      '跑步打卡也能赚钱？下载这个app，每天走路换现金，邀请码xxxxxx',
      '考研党空闲时间接单，抄写资料{num}元一页，先付押金领资料',
      '招聘网店刷单员，手机操作，一单一结，有意者联系电话{phone}',
    ], w()),
  family('zh.gambling.betting.v14-ordinary-sports-tip', 'zh', 'gambling', 'betting', GAMB,
    'Betting ads posing as sports-fan comments: match tips that point to a betting site, 跟单 groups.', [
      '{team}今晚必赢，跟我单稳赚，平台{url}',
      '看球不下注等于白看，新用户首充送100%，{lookalike_url}',
      '今晚比分我都算好了，想跟单的进群{qq}',
      '球迷福利：注册就送{yuan}彩金，世界杯全场滚球',
      '别光看了，押一把，赔率1:3，加{zh_contact}带你',
      '主队输了也不亏，对冲方法私聊我，日赚几千',
      '昨晚三串一全中，截图为证，明天的推荐在群里 群号xxxxxxxx',
      '足球篮球都能玩，秒提现，靠谱平台找我{handle}',
      '绝杀那球我赢了八千，平台在这{url}',
      '专业分析师每日推单，胜率90%，跟单返水',
      '看直播顺便下两注，最低10块起，链接私信',
      '欧冠竞猜，充{yuan}送{yuan}，有意者+v',
    ], w()),
  family('zh.gambling.red-packet.v14-ordinary-group-game', 'zh', 'gambling', 'red-packet',
    GAMB, 'Red-packet and 棋牌 gambling pushed inside family, neighbourhood or friends groups as a game.', [
      '周末在家无聊的来玩红包接龙，{num}包起，最小的发下一个',
      '广场舞姐妹们，晚上来玩斗地主，一局{num}块，群号{qq}',
      '麻将群三缺一，线上打，微信结算，加{zh_contact}',
      '扫雷群，尾数踩雷赔1.5倍，进群发{yuan}',
      '宝妈群福利：每晚八点抢红包，抢到最佳手气有奖，充值进群',
      '牛牛群开了，一百起，输赢直接转账',
      '过年亲戚不在身边？线上掼蛋一局{yuan}，来',
      '业主们晚上无聊可以玩这个，押大小，{url}',
      '跑得快群缺人，微信上分下分，找我',
      '红包群，发一百抢一百五，稳赚，拉你进',
      '群主每天发红包，流水返利，进群链接{url}',
      '打卡群也开个小游戏，骰子猜单双，输的发包',
    ], w()),
  family('zh.sexual.solicitation.v14-ordinary-travel-fitness', 'zh', 'sexual', 'solicitation', SEX,
    'Paid-sex offers disguised as travel tips, fitness coaching, massage or city-guide posts.', [
      '来{city}旅游的哥哥，晚上寂寞可以找我，全套{yuan}0，微{handle}',
      '{city}出差的老板，酒店上门服务，学生妹，加{zh_contact}',
      '私教课可以有额外服务，懂的来，价格私聊',
      '{city}攻略：晚上去这家spa，点8号技师，有特殊项目，预约{phone}',
      '同城约，不收定金，见面付款，qq{qq}',
      '健身房认识的小姐姐都在这，一晚{yuan}0，{url}',
      '旅行陪玩，白天导游晚上陪睡，一天两千',
      '按摩上门，男士专享，全身加特服，电话xxxxxxxxxxx',
      '附近的寂寞哥哥看过来，可包夜，照片真人，vx*********',
      '出差住酒店？帮你安排，快餐{yuan}0 包夜{yuan}0',
      '大学城附近兼职妹子，{yuan}0起，加{handle}看照片',
      '旅游团晚上节目：有女生陪，价格另算，想要的私我',
    ], w()),
  family('zh.harassment.insult.v14-ordinary-comment-attack', 'zh', 'harassment', 'insult', INSULT,
    'Insults aimed at a poster in review, recipe, sports or neighbourhood threads.', [
      '就你这手艺还发出来，猪都不吃', '楼主脑子有坑吧，这也叫攻略', '做成这样还好意思晒，废物',
      '{team}的球迷都是一群傻x', '你个死胖子健什么身，丢人', '楼上那个神经病，物业怎么不把你赶出去',
      '这种垃圾店主活该倒闭，脑残', '宝妈？我看是智障吧', '差评那个你是不是没长眼', '{area}那家人素质真低，一家子贱货',
      '滚吧你个蠢货，别在群里丢人', '考这点分还好意思说，猪脑子', '养狗不牵绳的，你就是个畜生',
    ], w()),
  family('zh.spam.traffic-luring.v14-ordinary-comment-bait', 'zh', 'spam', 'traffic-luring', SPAM,
    'Short comment-section bait under ordinary posts: 看我主页, 私我, 互粉, 私信领取.', [
      '想要同款的看我主页', '姐妹私我，有好东西分享', '互粉互赞，回关', '私信领取完整版资料', '想瘦的看我简介',
      '评论区扣1拉你进群', '主页有惊喜', '这个我有更便宜的渠道，私', '想赚钱的点我头像', '求带？加我v{handle}',
      '楼主的同款我这里有，{yuan}包邮，私', '同城的看我动态',
    ], w()),
];
