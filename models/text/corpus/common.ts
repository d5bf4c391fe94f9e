/**
 * Shared slots for corpus templates (a family's own slots take precedence). Values are invented: handles,
 * numbers and domains are random-looking strings, not real accounts; phone numbers use reserved-looking
 * prefixes and random digits generated at expansion time ({phone}, {qq}, {digits4} …; see generate.ts).
 */
export const COMMON_SLOTS: Readonly<Record<string, readonly string[]>> = {
  // contact hand-offs as Chinese senders write them (evasion spellings included on purpose)
  zh_contact: ['加V', '加v', '加VX', '加vx', '加微', '加薇', '+V', '+vx', '➕V', '加威信', '加薇信', '加wx', '加微信', '加扣扣', '加Q', '+q', '加企鹅', '🐧', '私信我', '私我', '滴滴我', '戳我头像', '看我主页', '主页有联系方式', '扫码进群', '进群', '加群'],
  zh_contact_id: ['{handle}', '{qq}', '{handle}', '{phone}'],
  en_contact: ['DM me', 'dm me', 'text me', 'WhatsApp me', 'message me on Telegram', 'hit me up on tele', 'add me on Snap', 'contact us on WhatsApp', 'tg:', 'wa.me/{phone}', 'kik me'],
  // money
  zh_amount: ['300', '500', '800', '1000', '1500', '2000', '3000', '5000', '8000', '10000', '3万', '5万', '10万', '200', '88', '188', '888', '1888', '98', '68'],
  zh_percent: ['10%', '20%', '30%', '50%', '100%', '15%', '8%', '25%'],
  en_amount: ['$200', '$500', '$1,000', '$1500', '$3000', '$5k', '$10,000', '£250', '£1000', '€500', '$50', '$99', '$250/day', '$400 a day'],
  // places
  zh_city: ['北京', '上海', '广州', '深圳', '杭州', '成都', '重庆', '武汉', '西安', '南京', '苏州', '天津', '长沙', '郑州', '东莞', '佛山', '厦门', '昆明', '合肥', '青岛'],
  zh_surname: ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗'],
  zh_time: ['今天', '明天', '今晚', '周末', '下午', '晚上', '这两天', '马上', '现在', '月底'],
  en_city: ['London', 'NYC', 'LA', 'Chicago', 'Toronto', 'Sydney', 'Miami', 'Houston', 'Manchester', 'Dallas'],
  en_name: ['Anna', 'Mike', 'Sarah', 'David', 'Emma', 'James', 'Olivia', 'Daniel', 'Sophie', 'Chris', 'Laura', 'Tom'],
  emoji: ['🔥', '💰', '🎁', '👉', '✅', '💯', '❤️', '😘', '🌹', '⭐', '📱', '💵', '🧧', '👇', '😍', ''],
};
