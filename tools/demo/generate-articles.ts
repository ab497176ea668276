/**
 * Generates a content directory of realistic Chinese articles, for the
 * search recall fixture and the build benchmark.
 *
 *   node tools/demo/generate-articles.ts --articles 5000 --out /tmp/bench-content [--seed 1]
 *
 * It copies every non-article collection of content/ (settings, topics,
 * columns, uploads, …) into <out>, then writes N articles of about 1,500
 * characters each: 55% health education, 35% news, 10% letters, spread over
 * topics, columns, audiences, tags and the years 2019–2026. Each body has
 * headings, lists, a <Callout type="tip"> and a <KeyPoints> box. The same
 * seed gives the same files byte for byte, so benchmarks compare like with like.
 * Build the result with CONTENT_DIR=<out> (and OUT_DIR/ASTRO_CACHE_DIR in /tmp).
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Collections whose files this script writes; everything else in content/ is copied. */
const ARTICLE_FOLDERS = ['health', 'news', 'letters'];
const NEWS_SOURCES = ['本站', '报纸', '电视台', '广播电台', '政府网站', '新媒体'];
const TARGET_CHARS = 1500;

/** mulberry32: a small, fast, seedable generator; plenty for picking sentences. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Picker {
  one<T>(list: readonly T[]): T;
  some<T>(list: readonly T[], n: number): T[];
  int(min: number, max: number): number;
  chance(p: number): boolean;
}

function createPicker(random: () => number): Picker {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return {
    int,
    chance: (p) => random() < p,
    one: (list) => list[Math.floor(random() * list.length)]!,
    some: (list, n) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.min(n, copy.length));
    },
  };
}

/** What is said about one health topic. */
interface TopicBank {
  titles: string[];
  tags: string[];
  audiences: string[];
  sections: { heading: string; sentences: string[] }[];
  listItems: string[];
  tips: { title: string; text: string }[];
  keyPoints: string[];
  sources: { title: string; url: string }[];
}

const NHC = { title: '国家卫生健康委员会', url: 'https://www.nhc.gov.cn/' };
const CDC = { title: '中国疾病预防控制中心', url: 'https://www.chinacdc.cn/' };
const WHO = { title: '世界卫生组织', url: 'https://www.who.int/zh' };

const TOPICS: Record<string, TopicBank> = {
  'vector-control': {
    titles: ['夏季防蚊灭蚊，预防登革热', '人人动手除四害，清除病媒生物孳生地', '翻盆倒罐清积水，伊蚊无处藏身', '家庭灭蟑螂的正确方法', '老鼠防制小知识：堵洞、断粮、投药', '登革热的症状与就医提示', '病媒生物防制达标，从每个小区做起', '雨后积水要及时清理'],
    tags: ['登革热', '除四害', '病媒生物', '灭蚊', '伊蚊', '积水'],
    audiences: ['residents', 'elderly', 'children', 'public-venues'],
    sections: [
      { heading: '登革热是怎么传播的', sentences: ['登革热是由登革病毒引起、经伊蚊叮咬传播的急性虫媒传染病。', '在我国，传播登革热的主要是白纹伊蚊，俗称“花斑蚊”，白天活动，叮咬高峰在日出后和日落前。', '登革热不会在人与人之间直接传染，只有被带毒的伊蚊叮咬后才可能感染。', '伊蚊喜欢在小型积水中产卵，一个瓶盖大小的积水就足以孳生蚊幼虫。', '从蚊卵发育到成蚊，夏季只需要七到十天，所以清除积水要每周至少一次。'] },
      { heading: '哪些地方容易孳生蚊子', sentences: ['花盆托盘、废旧轮胎、饮料瓶、竹筒、假山水池和楼顶排水沟都是伊蚊常见的孳生地。', '家中的水生植物要每五到七天换一次水，换水时要把瓶壁和根部冲洗干净。', '小区里闲置的泡沫箱、废弃的盆罐要及时清理，不能清理的要翻转倒扣。', '建筑工地的积水坑和地下室积水也是蚊虫孳生的重点场所，施工单位要安排专人巡查。', '雨后是清除积水的关键时机，居民出门看一看、倒一倒，就能消灭大量蚊幼虫。'] },
      { heading: '四害防制的基本方法', sentences: ['“四害”指老鼠、蚊子、苍蝇和蟑螂，它们会传播鼠疫、流行性出血热、痢疾、登革热等多种疾病。', '防制四害以环境治理为主，化学防治为辅，关键是清除孳生地、切断食物来源。', '灭鼠要做到堵洞、断粮、投药三结合，毒饵要放在专用毒饵站内，防止儿童和家禽误食。', '苍蝇喜欢在垃圾和粪便中孳生，垃圾要袋装、桶盖要盖严、垃圾房要日产日清。', '蟑螂喜欢温暖潮湿、有食物残渣的缝隙，厨房要保持干燥清洁，可使用胶饵灭蟑。', '病媒生物密度控制水平是创建省级卫生城市的重要考核指标，需要全社会共同参与。'] },
      { heading: '出现症状怎么办', sentences: ['登革热典型症状是突起高热、剧烈头痛、眼眶痛、肌肉和关节疼痛，部分病人出现皮疹。', '从登革热流行地区旅行回来两周内出现发热，要及时到正规医院就诊，并主动告知旅行史。', '发病后要防蚊隔离，挂蚊帐休息，避免再被蚊子叮咬后传染给家人和邻居。', '不要自行服用阿司匹林等药物退热，以免加重出血倾向，一定要遵医嘱治疗。'] },
    ],
    listItems: ['每周至少清理一次家中和房前屋后的积水', '花盆托盘不留积水，水培植物勤换水', '外出穿浅色长袖衣裤，裸露皮肤涂抹驱蚊剂', '安装纱门纱窗，睡觉使用蚊帐', '垃圾袋装、桶盖盖严，防止苍蝇孳生', '发现鼠洞及时堵塞，食物密闭保存', '厨房水槽和下水道口保持干燥清洁'],
    tips: [{ title: '翻盆倒罐有窍门', text: '清理积水时，把容器翻转倒扣，瓶口朝下，不能倒扣的用沙土填平，就不会再积水。' }, { title: '驱蚊剂怎么选', text: '选择含避蚊胺、埃卡瑞丁或驱蚊酯的驱蚊产品，儿童使用前请看清说明书上的适用年龄。' }, { title: '毒饵要放在毒饵站里', text: '灭鼠毒饵要投放在专用毒饵站内并做好警示标识，防止儿童、宠物误食。' }],
    keyPoints: ['登革热经伊蚊叮咬传播，不会人传人', '清除积水是防蚊最有效的办法', '四害防制以环境治理为主', '从流行地区回来后发热要及时就医并告知旅行史', '毒饵必须放在毒饵站内'],
    sources: [CDC, NHC, { title: '全国爱国卫生运动委员会办公室', url: 'https://www.nhc.gov.cn/wjw/aiguo/' }],
  },
  'tobacco-control': {
    titles: ['二手烟没有安全水平，室内公共场所禁止吸烟', '戒烟什么时候都不晚', '控烟从家庭做起，让孩子远离二手烟', '电子烟同样有害健康', '无烟单位建设指南', '科学戒烟，拨打戒烟热线', '世界无烟日：拒绝第一支烟', '吸烟与慢性阻塞性肺疾病'],
    tags: ['控烟', '二手烟', '戒烟', '无烟单位', '电子烟'],
    audiences: ['residents', 'students', 'employers', 'public-venues', 'pregnant'],
    sections: [
      { heading: '烟草的危害', sentences: ['烟草烟雾中含有七千多种化学物质，其中数百种有害，至少六十九种是已知的致癌物。', '吸烟会导致肺癌、慢性阻塞性肺疾病、冠心病、脑卒中等多种疾病，是可以预防的主要死亡原因。', '二手烟同样危害健康，没有所谓的安全暴露水平，通风和空气净化都无法完全消除危害。', '孕妇吸烟或吸入二手烟，会增加早产、低出生体重和胎儿发育异常的风险。', '儿童吸入二手烟容易患哮喘、中耳炎和呼吸道感染，还会影响肺功能发育。'] },
      { heading: '公共场所控烟规定', sentences: ['根据本市控烟规定，室内公共场所、室内工作场所和公共交通工具内禁止吸烟。', '医疗机构、学校和托幼机构的室外区域也全面禁止吸烟。', '禁止吸烟场所的经营者和管理者应当设置明显的禁烟标识，并安排人员劝阻吸烟行为。', '对在禁止吸烟场所吸烟且不听劝阻的，由相关部门依法予以处罚。', '创建省级卫生城市要求公共场所控烟工作达标，无烟党政机关建设全覆盖。'] },
      { heading: '怎样成功戒烟', sentences: ['戒烟越早越好，任何年龄戒烟都能获益，戒烟一年后冠心病风险可下降一半。', '戒烟时可能出现烦躁、失眠、注意力不集中等戒断症状，一般在两到四周内逐渐减轻。', '设定戒烟日期，告诉家人和朋友，清理家中的香烟、打火机和烟灰缸，有助于坚持下去。', '全国戒烟热线400-888-5531和公共卫生服务热线12320可以提供免费戒烟咨询。', '医院戒烟门诊可以提供专业评估和药物治疗，成功率明显高于单靠毅力戒烟。'] },
      { heading: '电子烟不是安全的替代品', sentences: ['电子烟的烟液中含有尼古丁，尼古丁具有很强的成瘾性，对青少年大脑发育有害。', '电子烟产生的气溶胶含有重金属、甲醛等有害物质，同样会让周围的人被动吸入。', '禁止向未成年人销售电子烟，学校周边不得设置电子烟销售网点。'] },
    ],
    listItems: ['室内公共场所一律不吸烟', '在家不吸烟，保护家人尤其是孩子', '劝阻他人吸烟时语气平和、说明规定', '想戒烟时拨打戒烟热线或到戒烟门诊就诊', '单位设立控烟监督员，张贴禁烟标识', '不向未成年人出售烟草制品和电子烟'],
    tips: [{ title: '烟瘾来了怎么办', text: '烟瘾一般只持续几分钟，可以喝杯水、深呼吸、嚼无糖口香糖或起身走一走，帮自己度过这几分钟。' }, { title: '怎样劝阻吸烟', text: '先礼貌提醒对方这里禁止吸烟，指一指禁烟标识；对方不听劝阻时，可以拨打热线反映。' }],
    keyPoints: ['二手烟没有安全水平', '室内公共场所禁止吸烟', '任何年龄戒烟都能获益', '电子烟同样有害，不能向未成年人销售'],
    sources: [WHO, NHC, { title: '中国疾病预防控制中心控烟办公室', url: 'https://www.chinacdc.cn/' }],
  },
  'waste-sorting': {
    titles: ['生活垃圾分类投放指南', '厨余垃圾怎样分类投放', '有害垃圾包括哪些', '可回收物：让资源循环起来', '垃圾分类从我做起', '小区垃圾分类定时定点投放', '过期药品属于什么垃圾', '大件垃圾和装修垃圾怎么处理'],
    tags: ['垃圾分类', '厨余垃圾', '可回收物', '有害垃圾', '其他垃圾'],
    audiences: ['residents', 'elderly', 'children', 'students'],
    sections: [
      { heading: '生活垃圾分为四类', sentences: ['本市生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类。', '可回收物主要包括废纸、塑料、玻璃、金属和织物，投放时要尽量保持清洁干燥。', '有害垃圾包括废电池、废灯管、过期药品、废油漆桶和杀虫剂容器等，需要单独投放。', '厨余垃圾是指剩菜剩饭、瓜皮果核、菜叶菜帮等易腐烂的生活废弃物。', '其他垃圾是指除上述三类以外的生活垃圾，如卫生纸、烟蒂、陶瓷碎片和一次性餐具。'] },
      { heading: '生活垃圾分类投放要点', sentences: ['厨余垃圾要沥干水分后再投放，装厨余垃圾的塑料袋要投入其他垃圾桶，做到“破袋投放”。', '有害垃圾投放时要注意轻放，易破损的废灯管要连同包装一起投放，防止汞泄漏。', '纸箱要拆开压平，饮料瓶要倒空清洗，方便回收利用。', '小区实行定时定点投放，居民在规定时间把垃圾分好类送到投放点。', '分类投放点设有垃圾分类督导员，居民不清楚如何分类时可以现场询问。'] },
      { heading: '垃圾分类为什么重要', sentences: ['做好垃圾分类，可以减少垃圾填埋和焚烧量，节约土地资源，减少环境污染。', '一吨废纸回收后可以再造好纸约八百公斤，相当于少砍十七棵大树。', '有害垃圾混入其他垃圾，会污染土壤和地下水，危害人体健康。', '生活垃圾分类工作开展情况是创建省级卫生城市市容环境卫生考核的内容之一。'] },
    ],
    listItems: ['厨余垃圾沥干水分、去除包装后投放', '废电池、废灯管、过期药品投入有害垃圾桶', '纸箱拆开压平，饮料瓶倒空压扁', '卫生纸、烟蒂、陶瓷碎片属于其他垃圾', '大件垃圾预约上门回收，不随意堆放', '装修垃圾袋装后堆放在指定地点'],
    tips: [{ title: '分不清怎么办', text: '拿不准属于哪一类的垃圾，可以先投入其他垃圾桶，或者询问小区的垃圾分类督导员。' }, { title: '过期药品别乱丢', text: '过期药品属于有害垃圾，请带着包装投放到有害垃圾收集容器或药店的回收箱。' }],
    keyPoints: ['生活垃圾分为四类', '厨余垃圾要沥干水分、破袋投放', '有害垃圾单独投放', '可回收物保持清洁干燥'],
    sources: [{ title: '住房和城乡建设部', url: 'https://www.mohurd.gov.cn/' }, NHC],
  },
  'food-safety': {
    titles: ['食品安全五要点', '生熟分开，预防食物中毒', '夏季谨防细菌性食物中毒', '野生蘑菇不要采、不要买、不要吃', '餐饮从业人员健康证须知', '剩饭剩菜怎样保存', '农贸市场选购食品小窍门', '学校食堂食品安全管理'],
    tags: ['食品安全', '食物中毒', '生熟分开', '餐饮卫生', '健康证'],
    audiences: ['residents', 'food-workers', 'students', 'public-venues'],
    sections: [
      { heading: '食品安全五要点', sentences: ['世界卫生组织提出的食品安全五要点是：保持清洁、生熟分开、烧熟煮透、在安全的温度下保存食物、使用安全的水和原材料。', '处理食物前和处理生肉、生海鲜后都要用流动水和肥皂洗手。', '切生食和熟食的刀具、砧板要分开，盛放生熟食物的容器也要分开。', '肉类、禽类、蛋类和海产品要烧熟煮透，中心温度达到七十摄氏度以上。', '熟食在室温下存放不宜超过两小时，冰箱冷藏也不是保险箱。'] },
      { heading: '餐饮单位的卫生要求', sentences: ['餐饮服务单位要持有效的食品经营许可证，从业人员要取得健康证明后才能上岗。', '餐饮从业人员每年要进行健康检查，患有腹泻、发热、皮肤化脓等疾病时要暂停接触直接入口食品的工作。', '后厨要做到“三防”，即防蝇、防鼠、防尘，设施完好并正常使用。', '餐具要做到一洗、二清、三消毒、四保洁，消毒后的餐具放入保洁柜存放。', '创建省级卫生城市期间，市场监管部门对餐饮单位开展量化分级管理和明厨亮灶建设。'] },
      { heading: '出现食物中毒怎么办', sentences: ['食物中毒常见症状有恶心、呕吐、腹痛、腹泻，严重时会出现脱水和休克。', '发现多人在同一餐后出现类似症状，要立即停止食用可疑食物，尽快到医院就诊。', '保留剩余食物和呕吐物，方便医生诊断和疾控部门调查。', '误食野生毒蘑菇后可能有几个小时的“假愈期”，症状缓解也要坚持就医。'] },
    ],
    listItems: ['处理食物前后都要洗手', '生熟食品分开存放和加工', '肉蛋禽烧熟煮透', '剩饭剩菜尽快冷藏，食用前彻底加热', '不采、不买、不吃野生蘑菇', '购买预包装食品看清生产日期和保质期'],
    tips: [{ title: '冰箱不是保险箱', text: '冷藏室温度应在零到四摄氏度之间，熟食和生食分层存放，熟食放上层，生食放下层。' }, { title: '健康证要按时办', text: '餐饮从业人员的健康证明有效期一年，到期前要及时复查换证。' }],
    keyPoints: ['保持清洁、生熟分开、烧熟煮透', '熟食室温存放不超过两小时', '从业人员持健康证明上岗', '出现食物中毒症状及时就医'],
    sources: [WHO, { title: '国家市场监督管理总局', url: 'https://www.samr.gov.cn/' }, CDC],
  },
  'drinking-water': {
    titles: ['二次供水设施卫生管理', '家里的自来水能直接喝吗', '水箱清洗消毒每年至少两次', '停水后恢复供水要先放水', '饮用水安全小常识', '桶装水饮水机怎样清洁', '农村饮用水安全', '水质出现异常怎么办'],
    tags: ['饮用水', '二次供水', '水质', '水箱清洗'],
    audiences: ['residents', 'elderly', 'public-venues', 'employers'],
    sections: [
      { heading: '什么是二次供水', sentences: ['二次供水是指把城市公共供水经储存、加压后，再经管道供给用户的供水方式，高层住宅多采用这种方式。', '二次供水设施包括水箱、水池、水泵和管道，管理不善容易造成水质二次污染。', '二次供水设施的管理单位要持有卫生许可，直接从事供管水的人员要取得健康证明。', '水箱要加盖加锁，通气孔和溢流管要有防护网，防止蚊虫、老鼠和杂物进入。'] },
      { heading: '水箱清洗消毒', sentences: ['二次供水水箱每半年至少清洗消毒一次，清洗后要经检测合格才能恢复供水。', '清洗消毒要由具备资质的专业单位进行，并在小区公告栏公示清洗时间和水质检测结果。', '居民发现自来水浑浊、有异味或有异物时，可以向物业和供水部门反映，也可以拨打12320卫生热线咨询。', '生活饮用水水质应符合国家生活饮用水卫生标准，卫生健康部门定期开展水质监测。'] },
      { heading: '家庭用水小常识', sentences: ['自来水要烧开后饮用，不喝生水。', '长时间不在家或停水后重新供水，最初流出的水可能有铁锈和沉积物，先放水几分钟再使用。', '饮水机要定期清洗消毒，桶装水开封后尽量在一周内喝完。', '净水器的滤芯要按说明书及时更换，否则反而会滋生细菌。'] },
    ],
    listItems: ['不喝生水，自来水烧开再喝', '停水后恢复供水先放水几分钟', '水质异常及时向物业和供水部门反映', '饮水机每季度清洗消毒一次', '净水器滤芯按时更换'],
    tips: [{ title: '怎样看水质公示', text: '小区二次供水的清洗消毒记录和水质检测报告应当张贴在公告栏，居民可以随时查看。' }],
    keyPoints: ['水箱每半年至少清洗消毒一次', '管水人员持健康证明上岗', '水质异常及时反映', '不喝生水'],
    sources: [NHC, { title: '生活饮用水卫生标准（GB 5749）', url: 'https://www.nhc.gov.cn/wjw/pyl/' }],
  },
  'infectious-disease': {
    titles: ['秋冬季流感预防指南', '接种流感疫苗，保护自己和家人', '手足口病的预防', '诺如病毒感染怎么办', '人感染H7N9禽流感防控知识', '肺结核的症状与免费治疗', '学校传染病防控要点', '狂犬病暴露后怎么处理'],
    tags: ['传染病', '流感', '疫苗接种', 'H7N9', '手足口病', '结核病'],
    audiences: ['residents', 'elderly', 'children', 'students', 'pregnant'],
    sections: [
      { heading: '流感的预防', sentences: ['流感是由流感病毒引起的急性呼吸道传染病，主要通过飞沫传播，也可以通过接触被污染的物品传播。', '每年接种流感疫苗是预防流感最有效的手段，六十岁以上老人、慢性病患者和儿童是优先接种人群。', '流感高发季节要勤洗手、常通风，尽量少去人群密集的场所，必要时佩戴口罩。', '出现发热、咳嗽、咽痛等症状要及时就医，儿童生病后应居家休息，不带病上学。'] },
      { heading: '禽流感的防控', sentences: ['人感染H7N9禽流感主要是接触感染的活禽或其污染的环境引起的，目前尚无持续人传人的证据。', '不要购买和宰杀来源不明的活禽，尽量购买冰鲜禽肉。', '接触禽类后要用肥皂和流动水洗手，禽肉和蛋类要煮熟煮透。', '从事活禽养殖、宰杀和销售的人员出现发热和呼吸道症状时，要及时就医并说明职业史。'] },
      { heading: '肠道传染病的预防', sentences: ['手足口病多见于五岁以下儿童，主要症状是发热和手、足、口腔等部位出现皮疹或疱疹。', '诺如病毒感染常在学校、托幼机构和养老机构引起聚集性疫情，主要表现为呕吐和腹泻。', '饭前便后洗手、喝开水、吃熟食，是预防肠道传染病的基本方法。', '托幼机构和学校要落实晨午检制度，发现病例及时隔离并报告。'] },
      { heading: '结核病与狂犬病', sentences: ['咳嗽、咳痰两周以上或痰中带血，要警惕肺结核，及时到结核病定点医院检查。', '我国对肺结核患者提供免费的检查和抗结核药物，坚持规范治疗绝大多数可以治愈。', '被狗、猫等动物咬伤或抓伤后，要立即用肥皂水和流动清水交替冲洗伤口十五分钟，并尽快接种狂犬病疫苗。'] },
    ],
    listItems: ['按时接种疫苗', '勤洗手，用肥皂和流动水洗足二十秒', '咳嗽、打喷嚏时用纸巾或肘部遮挡口鼻', '室内每天开窗通风', '生病后居家休息，不带病上班上学', '不吃生的或半生的禽肉和蛋'],
    tips: [{ title: '哪里可以打流感疫苗', text: '各社区卫生服务中心和乡镇卫生院的预防接种门诊都可以接种流感疫苗，接种前可以电话预约。' }, { title: '咨询热线', text: '对传染病防治有疑问，可以拨打公共卫生服务热线12320咨询。' }],
    keyPoints: ['接种疫苗是预防传染病最有效的手段', '勤洗手、常通风、咳嗽礼仪', '有症状及时就医', '不接触来源不明的活禽'],
    sources: [CDC, NHC, WHO],
  },
  'chronic-disease': {
    titles: ['高血压的自我管理', '少盐少油，健康饮食', '糖尿病患者的饮食与运动', '每天运动半小时', '老年人定期测血压', '认识脑卒中的早期信号', '健康体重，从控制腰围开始', '慢性病患者免费健康管理服务'],
    tags: ['高血压', '慢性病', '糖尿病', '合理膳食', '运动'],
    audiences: ['residents', 'elderly', 'employers'],
    sections: [
      { heading: '认识高血压', sentences: ['高血压是最常见的慢性病之一，诊断标准是在未使用降压药的情况下，非同日三次测量收缩压不低于一百四十毫米汞柱或舒张压不低于九十毫米汞柱。', '很多高血压患者没有明显症状，只有测量血压才能发现，所以成年人每年至少测量一次血压。', '长期血压升高会损害心、脑、肾和血管，导致冠心病、脑卒中和肾功能衰竭。', '高血压患者要遵医嘱长期服药，不能凭感觉自行停药或减药。'] },
      { heading: '健康生活方式', sentences: ['成年人每天食盐摄入量不超过五克，烹调油不超过二十五到三十克。', '少吃咸菜、腊肉和加工食品，多吃新鲜蔬菜和水果，可以帮助控制血压。', '每周进行至少一百五十分钟中等强度的身体活动，如快走、游泳、骑自行车和打太极拳。', '戒烟限酒、保持健康体重和规律作息，对预防慢性病都很重要。', '室外空气污染严重、PM2.5浓度较高的日子，老年人和慢性病患者应减少户外运动。'] },
      { heading: '社区健康管理服务', sentences: ['社区卫生服务中心为辖区内的高血压和二型糖尿病患者提供免费的健康管理服务。', '签约家庭医生后，医生会定期随访，测量血压血糖，调整用药并提供生活方式指导。', '六十五岁以上老年人每年可以在社区卫生服务中心免费进行一次健康体检。', '脑卒中的早期信号可以用“中风120”来识别：一看脸是否对称，二查手臂能否平举，零听说话是否清楚，有异常立即拨打120。'] },
    ],
    listItems: ['每天食盐不超过五克', '每周运动至少一百五十分钟', '成年人每年至少测一次血压', '遵医嘱长期规律服药', '戒烟限酒，保持健康体重', '签约家庭医生，定期随访'],
    tips: [{ title: '家庭自测血压', text: '测血压前安静休息五分钟，坐位测量，袖带与心脏保持同一水平，早晚各测一次并记录下来。' }, { title: '限盐勺用起来', text: '一个限盐勺通常是两克，一家三口每天用盐不超过五勺，咸菜、酱油里的盐也要算进去。' }],
    keyPoints: ['高血压常常没有症状，要定期测量', '每天食盐不超过五克', '遵医嘱长期服药', '社区提供免费健康管理'],
    sources: [NHC, { title: '中国营养学会《中国居民膳食指南》', url: 'https://www.cnsoc.org/' }, CDC],
  },
  'mental-health': {
    titles: ['学会调节情绪压力', '关注老年人的心理健康', '青少年心理健康：家长能做什么', '睡不好怎么办', '抑郁不是软弱，可以治疗', '心理援助热线为你倾听', '职场压力的自我调适', '产后情绪低落要重视'],
    tags: ['心理健康', '情绪', '睡眠', '心理援助', '抑郁'],
    audiences: ['residents', 'elderly', 'students', 'pregnant', 'employers'],
    sections: [
      { heading: '情绪压力的信号', sentences: ['长时间心情低落、兴趣减退、容易疲劳，持续两周以上，可能是抑郁的表现。', '焦虑常表现为过度担心、坐立不安、心慌出汗和入睡困难。', '压力本身并不可怕，适度的压力可以让人保持专注，但长期过大的压力会影响身心健康。', '老年人退休后生活节奏改变，子女不在身边，容易出现孤独和失落情绪。'] },
      { heading: '自我调适的方法', sentences: ['保持规律作息，每天固定时间起床和睡觉，午睡不超过半小时。', '坚持适量运动，散步、慢跑和广场舞都能帮助释放压力、改善情绪。', '多和家人朋友交流，把烦恼说出来，本身就是一种有效的减压方式。', '学习腹式呼吸和肌肉放松训练，紧张时慢慢吸气、缓缓呼气，重复几次。', '减少睡前使用手机的时间，卧室保持安静、黑暗和适宜的温度。'] },
      { heading: '什么时候需要专业帮助', sentences: ['情绪问题持续存在、影响工作学习和生活时，要及时到医院精神心理科或心理咨询门诊就诊。', '抑郁症是一种常见的疾病，通过心理治疗和药物治疗，大多数患者可以明显好转。', '全国心理援助热线12356提供免费的心理咨询服务，接听时间为每天全天。', '发现家人有轻生念头时，不要让他独处，立即陪同就医或拨打急救电话。'] },
    ],
    listItems: ['规律作息，保证睡眠', '每天适量运动', '多与家人朋友交流', '学习放松训练', '情绪问题持续两周以上及时就医', '拨打心理援助热线寻求帮助'],
    tips: [{ title: '睡前放松小练习', text: '躺下后从脚趾开始，依次绷紧再放松身体各部位的肌肉，同时配合缓慢的呼吸，有助于入睡。' }],
    keyPoints: ['情绪低落持续两周以上要重视', '规律作息和运动有助于调节情绪', '抑郁可以治疗', '需要时拨打心理援助热线'],
    sources: [NHC, { title: '国家精神卫生项目办公室', url: 'https://www.ncmhc.org.cn/' }],
  },
  hygiene: {
    titles: ['正确洗手七步法', '咳嗽礼仪，文明健康', '居家环境清洁小窍门', '公共场所卫生管理要求', '健康素养66条解读', '不随地吐痰，从我做起', '农贸市场环境卫生整治', '背街小巷卫生死角清理'],
    tags: ['洗手', '环境卫生', '健康素养', '咳嗽礼仪', '公共场所'],
    audiences: ['residents', 'children', 'students', 'public-venues', 'food-workers'],
    sections: [
      { heading: '正确洗手', sentences: ['正确洗手是预防传染病最简单、最有效的方法之一。', '洗手要用流动水和肥皂或洗手液，揉搓时间不少于二十秒。', '七步洗手法可以记成口诀“内、外、夹、弓、大、立、腕”，依次清洁手心、手背、指缝、指背、拇指、指尖和手腕。', '饭前便后、外出回家、接触垃圾后、照顾病人前后都要洗手。'] },
      { heading: '文明卫生习惯', sentences: ['咳嗽、打喷嚏时用纸巾或手肘遮住口鼻，用过的纸巾投入垃圾桶。', '不随地吐痰、不乱扔垃圾、不在公共场所吸烟，是每个市民应有的文明习惯。', '家庭要经常开窗通风，每天通风两到三次，每次不少于三十分钟。', '毛巾、牙刷等个人用品不与他人混用，被褥衣物要勤洗勤晒。'] },
      { heading: '公共环境卫生', sentences: ['公共场所经营单位要持有卫生许可证，从业人员持有效健康证明上岗。', '宾馆、美容美发、游泳场所的公共用品用具要一客一换一消毒。', '农贸市场要划行归市、排水通畅，每天收市后清扫冲洗，活禽区与其他区域分开。', '背街小巷、城中村和城乡结合部是环境卫生整治的重点，需要居民和社区共同维护。', '提升居民健康素养水平，是创建省级卫生城市健康教育工作的核心目标。'] },
    ],
    listItems: ['用流动水和肥皂洗手二十秒', '咳嗽打喷嚏遮挡口鼻', '每天开窗通风', '不随地吐痰，不乱扔垃圾', '个人用品不混用', '公共用品一客一换一消毒'],
    tips: [{ title: '洗手时间怎么数', text: '洗手时在心里唱两遍《生日快乐歌》，差不多就是二十秒。' }, { title: '健康咨询', text: '遇到健康问题，可以拨打12320卫生热线，由专业人员解答。' }],
    keyPoints: ['洗手要揉搓二十秒以上', '咳嗽礼仪保护他人', '经常开窗通风', '公共用品一客一换一消毒'],
    sources: [NHC, CDC, { title: '中国公民健康素养——基本知识与技能', url: 'https://www.nhc.gov.cn/xcs/' }],
  },
};

/** Things every topic can say: the campaign, hotlines, participation. */
const GENERIC_SENTENCES = [
  '创建省级卫生城市是一项民生工程，目的是改善城市环境卫生，提高市民健康水平。',
  '创卫工作需要全社会共同参与，每一位市民都是城市卫生的建设者和受益者。',
  '市创建省级卫生城市指挥部办公室设立创城投诉热线，受理群众反映的环境卫生问题。',
  '发现卫生死角、乱堆乱放和病媒生物孳生地，可以拨打市长公开电话12345反映。',
  '有健康问题需要咨询的市民，可以拨打12320卫生热线，由专业人员提供解答。',
  '社区卫生服务中心定期开展健康讲座和义诊活动，欢迎居民参加。',
  '街道和社区通过宣传栏、广播和微信公众号普及健康知识，提高居民健康素养。',
  '良好的卫生习惯要从小养成，家长要以身作则，带动孩子讲卫生、爱清洁。',
  '老年人是健康教育的重点人群，子女可以帮助父母学习和掌握基本的健康知识。',
  '各单位要落实门前三包责任制，保持门前环境整洁有序。',
  '志愿者深入小区和背街小巷，开展环境卫生整治和健康知识宣传。',
  '健康是幸福生活最重要的指标，也是城市文明程度的重要体现。',
];

const NEWS_BANK: Record<string, { titles: string[]; sentences: string[]; headings: string[] }> = {
  campaign: {
    titles: ['全市创建省级卫生城市推进会召开', '创卫工作进入迎检冲刺阶段', '各街道开展创卫集中整治行动', '市领导督导检查创卫工作', '创卫技术评估反馈问题整改情况通报', '城区农贸市场提升改造完成', '老旧小区环境卫生整治全面启动', '创卫工作季度考核结果公布'],
    headings: ['工作部署', '进展情况', '下一步安排', '存在的问题'],
    sentences: ['会议总结了前一阶段创建省级卫生城市工作情况，部署了下一阶段重点任务。', '各街道、各部门要对照创卫标准逐项自查，建立问题清单、责任清单和整改清单。', '会议要求，要把创卫工作与老旧小区改造、背街小巷整治和农贸市场提升结合起来。', '截至目前，全市已完成背街小巷整治一百二十余条，清理卫生死角三千多处。', '各推进组实行周调度、月通报制度，对工作滞后的单位进行约谈。', '省级技术评估组将对市容环境卫生、病媒生物防制、食品安全和健康教育等方面进行暗访。', '市创卫办将加大督查力度，确保各项指标在迎检前全部达标。', '市民对创卫工作的知晓率和支持率是考核的重要内容，各社区要加强入户宣传。', '生活垃圾分类、控烟和除四害工作同步推进，取得阶段性成效。'],
  },
  exposure: {
    titles: ['曝光：部分小区垃圾清运不及时', '背街小巷卫生死角问题整改跟踪', '曝光：餐饮店后厨卫生不达标', '占道经营问题突出，相关部门已介入', '工地扬尘治理不力被通报', '农贸市场活禽区卫生问题曝光', '曝光问题整改情况回头看', '室内公共场所吸烟现象仍然存在'],
    headings: ['发现的问题', '整改要求', '整改结果'],
    sentences: ['近日，创卫督查组在暗访中发现，部分小区垃圾桶满溢，周边地面污水横流。', '督查人员发现，个别餐饮店后厨防蝇防鼠设施缺失，餐具消毒记录不全。', '部分背街小巷存在乱堆乱放和卫生死角，群众反映强烈。', '相关街道已责令责任单位限期整改，并将整改情况向社会公布。', '对整改不到位的单位，将在全市范围内通报批评并追究责任。', '经复查，曝光问题已全部整改到位，群众满意度明显提高。', '欢迎广大市民继续通过创城投诉热线和市长公开电话12345反映问题。', '执法人员依法查处了在室内公共场所吸烟且不听劝阻的行为。'],
  },
  'health-education': {
    titles: ['健康讲座走进社区', '义诊活动受到居民欢迎', '健康教育进校园活动启动', '世界无烟日主题宣传活动举行', '全民健康生活方式宣传月活动开展', '爱国卫生月活动全面展开', '登革热防控知识宣传进小区', '中医药健康知识讲座举办'],
    headings: ['活动现场', '居民反响', '后续安排'],
    sentences: ['社区卫生服务中心的医生为居民讲解了高血压、糖尿病等慢性病的防治知识。', '活动现场，医务人员为居民免费测量血压、血糖，并提供用药咨询。', '讲座结束后，居民纷纷表示学到了实用的健康知识，希望多举办这样的活动。', '工作人员向居民发放了健康教育宣传册和控油壶、限盐勺等健康支持工具。', '活动围绕“人人参与创卫，共建健康家园”的主题，普及病媒生物防制和垃圾分类知识。', '学校通过主题班会、手抄报和知识竞赛等形式，引导学生养成良好的卫生习惯。', '健康教育是创建省级卫生城市的重要内容，居民健康素养水平要达到考核要求。', '下一步，各社区将每月至少举办一次健康讲座，覆盖更多居民。'],
  },
  volunteers: {
    titles: ['志愿者清理卫生死角', '周末志愿服务活动走进老旧小区', '青年志愿者开展控烟劝导', '文明劝导志愿者上岗', '志愿者入户宣传垃圾分类', '“创卫志愿红”活跃在大街小巷', '巾帼志愿者参与环境整治', '志愿服务时长表彰大会召开'],
    headings: ['活动内容', '志愿者风采', '如何参与'],
    sentences: ['志愿者们手拿扫帚、铁锹和垃圾袋，清理楼道杂物和绿化带里的白色垃圾。', '在老旧小区，志愿者帮助居民清理房前屋后的积水容器，消除蚊虫孳生地。', '青年志愿者在公交站台和商场入口开展控烟劝导，提醒市民室内公共场所禁止吸烟。', '志愿者挨家挨户发放垃圾分类宣传单，现场演示厨余垃圾破袋投放的方法。', '一位参加活动的退休教师说，能为创卫出一份力，自己感到很有意义。', '市民可以通过志愿服务平台报名参加创卫志愿服务，志愿服务时长将被记录。', '本次活动共组织志愿者两百余人次，清理垃圾十余吨。', '志愿者还为行动不便的老人提供上门健康咨询和生活帮助。'],
  },
};

NEWS_BANK['radio'] = {
  titles: ['广播健康讲座：夏季如何预防登革热', '广播健康讲座：高血压患者的日常管理', '广播健康讲座：科学戒烟有方法', '广播健康讲座：垃圾分类你做对了吗', '广播健康讲座：秋冬季呼吸道传染病预防', '广播健康讲座：老年人的心理调适'],
  headings: ['讲座文字稿', '听众问答', '收听方式'],
  sentences: ['各位听众朋友，大家好，欢迎收听本期健康讲座。', '今天我们请到了市疾控中心的专家，和大家聊一聊这个话题。', '有听众打进热线问，家里老人血压忽高忽低，该怎么办。', '专家建议，先在家里规范测量并记录血压，复诊时把记录带给医生看。', '本节目每周六上午九点在市广播电台健康频道播出，也可以在网站上收听回放。', '如果您有健康方面的问题，欢迎拨打节目热线参与互动。', '节目的文字稿同步发布在本网站，方便听力不好的朋友阅读。'],
};

const LETTER_BANK = {
  titles: ['致全市居民的一封公开信', '创建省级卫生城市倡议书', '致广大家长的一封信', '爱国卫生运动倡议书', '控烟倡议书', '垃圾分类倡议书', '致全市经营业主的一封信', '除四害倡议书'],
  issuers: ['AA市创建省级卫生城市指挥部', 'AA市爱国卫生运动委员会', 'AA市卫生健康委员会', 'AA市教育局', 'AA市城市管理局'],
  sentences: ['亲爱的市民朋友们：为改善城市环境，提升市民健康水平，我市正在全力创建省级卫生城市。', '创建卫生城市，人人都是参与者，人人都是受益者。', '我们倡议：从自身做起，从身边小事做起，不随地吐痰，不乱扔垃圾，不在公共场所吸烟。', '积极参与爱国卫生运动，清理房前屋后的卫生死角，清除积水，消灭蚊蝇孳生地。', '自觉做好生活垃圾分类，厨余垃圾沥干水分后投放，有害垃圾单独投放。', '文明经营，不占道经营，落实门前三包责任制。', '餐饮业主要严格落实食品安全主体责任，从业人员持证上岗。', '家长朋友们要教育孩子养成勤洗手、讲卫生的好习惯。', '发现影响环境卫生的问题，请拨打创城投诉热线或市长公开电话12345。', '让我们携手行动，共建整洁、优美、健康、文明的美好家园！'],
};

const REVIEWERS = ['市疾控中心 主任医师 张某', '市人民医院 副主任医师 李某', '市卫生健康委员会 健康教育科 王某', '市中心医院 主任医师 刘某', '市妇幼保健院 主任医师 陈某', '市疾控中心 副主任医师 杨某'];
const AUTHORS = ['市创卫办', '本站记者', '城区街道办事处', '市融媒体中心', '市卫生健康委员会', '市城市管理局', '团市委'];

interface Article {
  folder: 'health' | 'news' | 'letters';
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/** A day between 2019-01-01 and 2026-10-31, so every article is already published. */
function pickDate(p: Picker): Date {
  const start = Date.UTC(2019, 0, 1);
  const end = Date.UTC(2026, 9, 31);
  return new Date(start + p.int(0, Math.floor((end - start) / 86_400_000)) * 86_400_000);
}

/**
 * Paragraphs of two to four sentences until they reach about `target`
 * characters. Sentences are dealt from a shuffled deck, so one article
 * repeats a sentence only once the deck runs out.
 */
function fillParagraphs(p: Picker, sentences: readonly string[], target: number): string[] {
  const paragraphs: string[] = [];
  let deck: string[] = [];
  let length = 0;
  while (length < target) {
    const para: string[] = [];
    for (let i = p.int(2, 4); i > 0; i--) {
      if (deck.length === 0) deck = p.some(sentences, sentences.length);
      para.push(deck.pop()!);
    }
    paragraphs.push(para.join(''));
    length += paragraphs.at(-1)!.length;
  }
  return paragraphs;
}

function yamlValue(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (typeof item === 'object' && item !== null) {
          const [first, ...rest] = Object.entries(item);
          const lines = [`${indent}- ${first![0]}: ${JSON.stringify(first![1])}`];
          for (const [k, v] of rest) lines.push(`${indent}  ${k}: ${JSON.stringify(v)}`);
          return lines.join('\n');
        }
        return `${indent}- ${JSON.stringify(item)}`;
      })
      .map((line) => `\n${line}`)
      .join('');
  }
  return ` ${typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) ? value : JSON.stringify(value)}`;
}

/** YAML frontmatter; strings are JSON-quoted (valid YAML), dates left bare. */
export function toMdx(article: Article): string {
  const lines = Object.entries(article.frontmatter).map(([key, value]) => `${key}:${yamlValue(value, '  ')}`);
  return `---\n${lines.join('\n')}\n---\n\n${article.body.trim()}\n`;
}

function healthArticle(p: Picker, n: number, topicId: string): Article {
  const bank = TOPICS[topicId] ?? TOPICS['hygiene']!;
  const date = pickDate(p);
  // Reviewed before publication; older articles were re-reviewed in 2026, so none is overdue.
  const rereview = Date.UTC(2026, 0, 1);
  const reviewedAt = date.getTime() >= rereview + 20 * 86_400_000 ? addDays(date, -p.int(1, 20)) : addDays(new Date(rereview), p.int(0, 300));
  const sections = p.some(bank.sections, p.int(2, 3));
  const perSection = Math.floor((TARGET_CHARS - 350) / sections.length);
  const parts: string[] = [p.some([...bank.sections.flatMap((s) => s.sentences), ...GENERIC_SENTENCES], 2).join('')];
  parts.push(`<KeyPoints>\n\n${p.some(bank.keyPoints, 3).map((k) => `- ${k}`).join('\n')}\n\n</KeyPoints>`);
  sections.forEach((section, i) => {
    parts.push(`## ${section.heading}`);
    parts.push(...fillParagraphs(p, [...section.sentences, ...p.some(GENERIC_SENTENCES, 2)], perSection - 40));
    if (i === 0) parts.push(p.some(bank.listItems, p.int(3, 5)).map((item) => `- ${item}`).join('\n'));
  });
  const tip = p.one(bank.tips);
  parts.push(`<Callout type="tip" title="${tip.title}">\n\n${tip.text}\n\n</Callout>`);
  parts.push(`## 温馨提示\n\n${p.some(GENERIC_SENTENCES, 3).join('')}`);
  const title = p.one(bank.titles);
  return {
    folder: 'health',
    id: `gen-health-${String(n).padStart(5, '0')}`,
    frontmatter: {
      title: p.chance(0.5) ? title : `${title}（${date.getUTCFullYear()}年）`,
      date: isoDay(date),
      summary: `${p.one(bank.sections).sentences[0]!.slice(0, 150)}`,
      tags: p.some(bank.tags, p.int(1, 3)),
      topic: topicId,
      audiences: p.some(bank.audiences, p.int(1, 3)),
      sources: p.some(bank.sources, p.int(1, 2)),
      reviewedBy: p.one(REVIEWERS),
      reviewedAt: isoDay(reviewedAt),
      nextReviewDue: isoDay(addDays(reviewedAt, 365 * p.int(1, 2))),
    },
    body: parts.join('\n\n'),
  };
}

function newsArticle(p: Picker, n: number, columnId: string, topicIds: readonly string[]): Article {
  const bank = NEWS_BANK[columnId] ?? NEWS_BANK['campaign']!;
  const topic = TOPICS[p.one(topicIds)] ?? TOPICS['hygiene']!;
  const date = pickDate(p);
  const sentences = [...bank.sentences, ...p.some(topic.sections.flatMap((s) => s.sentences), 6), ...p.some(GENERIC_SENTENCES, 3)];
  const parts: string[] = [`${date.getUTCMonth() + 1}月${date.getUTCDate()}日，${p.one(bank.sentences)}${p.one(bank.sentences)}`];
  for (const heading of p.some(bank.headings, p.int(2, 3))) {
    parts.push(`## ${heading}`);
    parts.push(...fillParagraphs(p, sentences, 480));
  }
  parts.push(p.some(topic.listItems, 3).map((item, i) => `${i + 1}. ${item}`).join('\n'));
  parts.push(`<KeyPoints title="要点回顾">\n\n${p.some(topic.keyPoints, 3).map((k) => `- ${k}`).join('\n')}\n\n</KeyPoints>`);
  const tip = p.one(topic.tips);
  parts.push(`<Callout type="tip" title="${tip.title}">\n\n${tip.text}\n\n</Callout>`);
  return {
    folder: 'news',
    id: `gen-news-${String(n).padStart(5, '0')}`,
    frontmatter: {
      title: p.one(bank.titles),
      date: isoDay(date),
      summary: p.one(bank.sentences).slice(0, 150),
      tags: p.some([...topic.tags, '创卫'], p.int(1, 3)),
      column: columnId,
      source: p.one(NEWS_SOURCES),
      author: p.one(AUTHORS),
    },
    body: parts.join('\n\n'),
  };
}

function letterArticle(p: Picker, n: number): Article {
  const date = pickDate(p);
  const title = p.one(LETTER_BANK.titles);
  const topicSentences = p.some(Object.values(TOPICS).flatMap((t) => t.sections.flatMap((s) => s.sentences)), 12);
  const parts = [LETTER_BANK.sentences[0]!];
  parts.push(...fillParagraphs(p, [...LETTER_BANK.sentences.slice(1), ...topicSentences], 1100));
  parts.push(`## 我们倡议\n\n${p.some(Object.values(TOPICS).flatMap((t) => t.listItems), 5).map((item, i) => `${i + 1}. ${item}`).join('\n')}`);
  parts.push(`<KeyPoints>\n\n- 人人参与创卫，共建健康家园\n- 发现问题请拨打12345\n\n</KeyPoints>`);
  parts.push(`<Callout type="tip" title="联系我们">\n\n${p.one(GENERIC_SENTENCES)}\n\n</Callout>`);
  parts.push(p.one(LETTER_BANK.sentences.slice(-1)));
  return {
    folder: 'letters',
    id: `gen-letter-${String(n).padStart(5, '0')}`,
    frontmatter: {
      title,
      date: isoDay(date),
      summary: LETTER_BANK.sentences[1]!,
      tags: p.some(['创卫', '倡议', '公开信', '爱国卫生'], 2),
      kind: title.includes('倡议') ? '倡议书' : '公开信',
      issuer: p.one(LETTER_BANK.issuers),
    },
    body: parts.join('\n\n'),
  };
}

/** The N articles of a seed: pure, so tests can check them without touching disk. */
export function generateArticles(count: number, seed: number, topicIds: readonly string[], columnIds: readonly string[]): Article[] {
  const p = createPicker(createRandom(seed));
  const articles: Article[] = [];
  for (let n = 1; n <= count; n++) {
    const roll = p.int(1, 100);
    if (roll <= 55) articles.push(healthArticle(p, n, p.one(topicIds)));
    else if (roll <= 90) articles.push(newsArticle(p, n, p.one(columnIds), topicIds));
    else articles.push(letterArticle(p, n));
  }
  return articles;
}

const idsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      from: { type: 'string', default: 'content' },
    },
  });
  const count = Number(values.articles);
  if (!values.out || !Number.isInteger(count) || count < 1) {
    console.error('用法: node tools/demo/generate-articles.ts --articles N --out <目录> [--seed 1] [--from content]');
    process.exit(2);
  }
  const from = resolve(values.from);
  const out = resolve(values.out);
  if (out === from) throw new Error('--out must not be the source content directory');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory() && !ARTICLE_FOLDERS.includes(entry.name)) cpSync(join(from, entry.name), join(out, entry.name), { recursive: true });
  }
  const topicIds = idsIn(join(out, 'topics'));
  const columnIds = idsIn(join(out, 'columns'));
  for (const folder of ARTICLE_FOLDERS) mkdirSync(join(out, folder), { recursive: true });
  const articles = generateArticles(count, Number(values.seed), topicIds, columnIds);
  for (const article of articles) writeFileSync(join(out, article.folder, `${article.id}.mdx`), toMdx(article));
  console.log(`已生成 ${articles.length} 篇文章到 ${out}(种子 ${values.seed})`);
}

if (import.meta.main) main();
