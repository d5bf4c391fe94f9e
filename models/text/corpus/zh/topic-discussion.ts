import { family, type Family } from '../types.js';

/**
 * Benign discussion of social groups: gender, region, race and nationality, sexual orientation, religion,
 * disability, age and occupation — opinions, disagreement, personal experience, news and objections to prejudice,
 * written without insulting anyone. Comment sections of every forum are full of these; a model trained only on
 * COLDataset and SWSR learns the topic words (河南人, 女权, 黑人, 同性恋) as offence and flags them. These families
 * are the hard negatives that teach the abuse and hate heads the act (an insult, a slur, a generalisation that
 * demeans) instead of the topic.
 */

type Slots = Readonly<Record<string, readonly string[]>>;

const b = (name: string, subtype: 'chat' | 'news', pattern: string, templates: readonly string[], slots?: Slots): Family =>
  family(`zh.benign.${subtype}.topic-${name}`, 'zh', 'benign', subtype, [], pattern, templates, slots);

const REGION = ['河南人', '东北人', '上海人', '广东人', '四川人', '湖南人', '山东人', '新疆人', '北京人', '安徽人', '江西人', '福建人', '温州人', '潮汕人', '湖北人', '贵州人', '甘肃人', '农村人', '城里人', '外地人', '本地人', '北方人', '南方人'];
const PLACE = ['河南', '东北', '上海', '广东', '四川', '湖南', '山东', '新疆', '安徽', '江西', '福建', '潮汕', '湖北', '贵州', '甘肃', '西北', '老家'];
const GOOD = ['热情', '豪爽', '实在', '勤劳', '讲义气', '好客', '踏实', '有礼貌', '很会做饭', '特别能吃苦', '很幽默', '很照顾人'];
const FOOD = ['烩面', '锅包肉', '小笼包', '肠粉', '火锅', '米粉', '煎饼果子', '大盘鸡', '臭鳜鱼', '沙县小吃', '热干面', '酸汤鱼', '手抓饭', '牛肉丸'];
const END = ['', '', '。', '！', '吧', '啊', '～', '🙂', '👍', '[思考]', '…', '？'];
const OPENER = ['', '', '说实话，', '我觉得', '个人觉得', '讲道理，', '理性讨论一下，', '不吵架哈，', '说句公道话，', '楼上说得有点偏了，', '我不太同意楼主，', '看了评论区，', '作为过来人，', '我妈常说，'];

export const families: readonly Family[] = [
  b('gender-equality', 'chat', 'Opinions on gender equality (同工同酬, 家务分工, 彩礼, 生育, 职场): views for or against, stated without demeaning either sex; not sexism.', [
    '{OPENER}男人和女人在职场上应该同工同酬{END}',
    '男女平等不是口号，家务也应该一起分担{END}',
    '{OPENER}女性在职场上确实会遇到生育方面的顾虑，公司应该有更好的制度',
    '彩礼这个问题每个地方习俗不一样，两家商量好就行{END}',
    '我不太认同高价彩礼，但也理解父母的想法',
    '现在很多女生选择不婚不育，这是个人选择，没必要指责',
    '男生也有压力啊，买房买车都压在身上，大家都不容易',
    '{OPENER}女司机和男司机都有开得好和开得差的，跟性别没关系',
    '产假和陪产假都应该延长，带孩子不是一个人的事',
    '女权主义者里面观点也很多样，不能一概而论{END}',
    '我支持女性争取平等的权利，但也希望讨论的时候别互相攻击',
    '全职妈妈也是工作，只是没有工资而已',
    '全职爸爸也挺好的，谁适合带孩子谁带',
    '面试的时候问女生有没有结婚生孩子，这个确实不太合适',
    '{OPENER}性别对立没意义，男女本来就应该互相理解',
    '我们公司领导一半是女性，能力都很强',
    '我是男生，我觉得做饭洗碗本来就该一起做',
    '女生学理工科一样很厉害，我们班第一就是女生',
    '男生当幼师、护士也很正常，不要有刻板印象',
    '{OPENER}结不结婚、生不生孩子，是每个人自己的事{END}',
    '看到这个新闻挺感慨的，希望职场对女性更友好一点',
    '男女之间有差异很正常，但差异不等于谁比谁低',
    '"女生就该温柔"这种话我不太认同，性格每个人都不一样',
    '楼主说的家暴问题很严重，无论男女都应该勇敢报警',
  ], { OPENER, END }),

  b('region-culture', 'chat', 'Talk about people and places of a region (food, dialect, character, hometown pride) and objections to regional stereotypes (地域黑要不得); no demeaning generalisation.', [
    '{REGION}也有好人坏人，地域歧视要不得{END}',
    '{OPENER}一个人好不好跟他是哪里人没关系',
    '我是{REGION}，我们那边的人大多{GOOD}{END}',
    '{REGION}真的{GOOD}，我在那边读书四年很喜欢',
    '去{PLACE}旅游，当地人都{GOOD}，还请我们吃了{FOOD}',
    '{PLACE}的{FOOD}太好吃了，下次还要去',
    '我室友是{REGION}，人特别好，经常给我们带家乡特产',
    '别再拿地域开玩笑了，{REGION}听了也会难受的',
    '网上那些地域黑的段子真的很无聊，每个地方都有优秀的人',
    '{PLACE}方言好难懂哈哈，但是听起来很亲切',
    '作为{REGION}，看到家乡发展越来越好很骄傲{END}',
    '我们公司{REGION}挺多的，大家相处得都很好',
    '{OPENER}以偏概全不可取，不能因为一个新闻就否定一个省的人',
    '{PLACE}人口多，出去打工的人也多，所以新闻里出现得多，很正常',
    '{REGION}和{REGION}的饮食习惯差别好大，一个吃甜一个吃辣',
    '南北方文化差异挺有意思的，比如豆腐脑吃甜的还是咸的',
    '我老公是{REGION}，我是{REGION}，过年回谁家是个问题哈哈',
    '在外地工作的{REGION}不容易，过年能回家就好',
    '{OPENER}所谓的地域特点大多是刻板印象，接触多了就知道了',
    '有人说{REGION}怎么怎么样，我身边的{REGION}完全不是那样',
  ], { REGION, PLACE, GOOD, FOOD, OPENER, END }),

  b('race-nationality', 'chat', 'Neutral discussion of race, ethnicity and nationality (外国人, 黑人, 留学生, 移民, 少数民族): news, experience, objections to prejudice; no slurs and no demeaning claims.', [
    '黑人在美国的处境确实值得关注{END}',
    '{OPENER}不管什么肤色，都应该被平等对待',
    '我在国外留学的时候也遇到过歧视，那种感觉很不好受',
    '我们学校有很多非洲留学生，有个同学中文说得比我还好',
    '外国人在中国工作需要办工作签证，手续挺麻烦的',
    '种族歧视在哪个国家都有，需要大家一起反对',
    '{OPENER}少数民族的文化很丰富，去云南旅游学到很多',
    '我朋友是混血，从小被问"你是哪国人"，她说有点烦',
    '看了那部讲种族问题的电影，挺有感触的',
    '移民政策是个复杂的问题，各国做法不一样',
    '日本人、韩国人、中国人长得像，但文化差别还挺大',
    '我邻居是一对俄罗斯夫妇，人很好，经常一起聊天',
    '{OPENER}评论区有人说外国人都怎么怎么样，这种说法太绝对了',
    '美国的种族冲突新闻看得人心情沉重',
    '维吾尔族的朋友请我吃了手抓饭，太香了',
    '在外企工作，同事来自十几个国家，相处很愉快',
    '学外语最好的办法就是多跟外国朋友聊天',
    '印度的电影越来越好看了，推荐《三傻大闹宝莱坞》',
  ], { OPENER, END }),

  b('lgbt', 'chat', 'Discussion of sexual orientation and gender identity (同性恋, 同性婚姻, 出柜, 跨性别): support, questions, disagreement stated politely; no slurs.', [
    '同性恋是天生的，应该尊重他们的选择{END}',
    '{OPENER}喜欢谁是个人的事，不影响别人就好',
    '我表哥去年出柜了，家里人一开始接受不了，现在好多了',
    '同性婚姻在一些国家已经合法了，国内还有很长的路',
    '我对同性恋没什么看法，朋友里也有，大家相处正常',
    '跨性别者的处境其实挺难的，多一点理解吧',
    '我个人不太能理解，但是我尊重{END}',
    '{OPENER}不支持也没关系，但没必要去骂人家',
    '看了一个纪录片讲同性伴侣养老的问题，挺现实的',
    '我室友是gay，人超级好，还教我化妆哈哈',
    '父母那一代人观念比较传统，需要慢慢沟通',
    '彩虹旗是骄傲月的标志，很多品牌都会换头像',
  ], { OPENER, END }),

  b('religion', 'chat', 'Neutral talk about religions and believers (穆斯林, 基督教, 佛教, 清真, 斋月): customs, questions, objections to prejudice.', [
    '为什么有人觉得穆斯林都是恐怖分子？这是偏见{END}',
    '{OPENER}宗教信仰自由，尊重别人的信仰就好',
    '我同事是穆斯林，我们聚餐都会选清真餐厅',
    '斋月期间白天不吃东西，真的很佩服他们的毅力',
    '我奶奶信佛，每个月初一十五都吃素',
    '圣诞节去教堂听了唱诗班，氛围很好',
    '{OPENER}极端分子不能代表一个宗教的所有人',
    '去西藏看到很多转经的人，很虔诚',
    '基督徒朋友周末要去做礼拜，所以周日约不了',
    '对宗教不了解的话，最好不要乱评论',
  ], { OPENER, END }),

  b('vulnerable-groups', 'chat', 'Respectful talk about people with disabilities, illness, the elderly, rural migrants and service workers (残疾人, 农民工, 外卖小哥, 保洁阿姨); sympathy, news, experience.', [
    '残疾人出行真的很不方便，盲道经常被占',
    '{OPENER}农民工建设了城市，应该被尊重{END}',
    '外卖小哥风里雨里很辛苦，晚一点也别给差评了',
    '保洁阿姨每天那么早就来打扫，我们要多体谅',
    '我爸以前也是农民工，在工地干了二十年',
    '抑郁症是一种病，不是矫情，需要看医生',
    '自闭症的孩子需要更多耐心和专业的帮助',
    '老年人用智能手机确实难，多教教他们',
    '{OPENER}看不起体力劳动者的人，自己也不一定多高贵',
    '坐轮椅的朋友说很多地铁站没有无障碍电梯',
    '听障人士可以用手语交流，我最近在学',
    '快递员、环卫工都是城市里不可缺少的人',
    '胖瘦跟一个人的价值没关系，别再身材羞辱了',
    '乙肝携带者不影响正常工作和生活，就业歧视要不得',
  ], { OPENER, END }),

  b('civil-disagreement', 'chat', 'Forum-style disagreement without insults: replies that contest a view, ask for evidence or leave the discussion politely.', [
    '我不同意你的观点，但尊重你说话的权利',
    '{OPENER}你说的有一定道理，但是忽略了另一方面',
    '楼主能给个数据来源吗？感觉有点以偏概全',
    '这个问题没那么简单，不能非黑即白',
    '大家理性讨论，别上升到人身攻击{END}',
    '我们观点不同，就不继续争了，祝你生活愉快',
    '你这个说法有点绝对了吧',
    '我觉得你误会我的意思了，我不是说所有人',
    '评论区吵得好凶，其实大家说的都有一部分道理',
    '求同存异吧，各退一步',
    '这种话题每次都吵起来，算了不说了',
    '{OPENER}骂人解决不了问题，还是就事论事',
    '举报了几个骂人的评论，希望大家文明发言',
    '你可以不喜欢，但没必要骂人',
    '有人说这种人就是欠骂，我倒觉得好好说他也能听',
  ], { OPENER, END }),

  b('quoting-prejudice', 'chat', 'Users quoting or reporting a stereotype or an insult in order to reject it or complain about it; the quoted words are not aimed at anyone here.', [
    '有人说{REGION}都是骗子，这种地域黑太恶心了',
    '小时候总听人说"女孩子读书没用"，现在看真是荒唐',
    '网上有人骂我们{REGION}，我真的很无语，凭什么一竿子打翻一船人',
    '我被人叫过"乡巴佬"，那时候特别自卑，现在想想没什么',
    '老师在班上说"男生理科天生比女生好"，我当场就不服',
    '看到评论区有人用侮辱性的词骂残疾人，已经举报了',
    '"剩女"这个词本身就带着歧视，能不能别用了',
    '被面试官问"你一个女孩子能出差吗"，我真的哭笑不得',
    '有人在群里发地域黑的段子，我直接退群了',
    '他说同性恋是病，我跟他解释了半天世卫组织早就不这么认为了',
    '别再说"娘炮"这种词了，男生温柔一点有什么问题',
  ], { REGION }),

  b('social-news', 'news', 'News-style sentences about social issues touching groups (性别比例, 就业歧视, 人口流动, 民族政策, 反歧视立法); reporting, not attacking.', [
    '统计显示，今年女性就业率比去年提高了{n}个百分点',
    '新修订的法律明确禁止招聘中的性别歧视',
    '{PLACE}外出务工人员返乡创业的人数逐年增加',
    '联合国发布报告，呼吁各国消除种族歧视',
    '多地出台政策，保障农民工工资按时足额发放',
    '调查显示，超过六成受访者认为职场存在年龄歧视',
    '某公司因招聘广告注明"限男性"被有关部门约谈',
    '{PLACE}举办民族文化节，多个少数民族同台表演',
    '残疾人就业保障金政策调整，企业安置残疾人可享受优惠',
    '专家表示，地域刻板印象会影响年轻人的就业机会',
    '今年高考女生人数首次超过男生',
    '某地开通无障碍公交线路，方便轮椅乘客出行',
  ], { PLACE, n: ['2', '3', '5', '1.5', '4'] }),
];
