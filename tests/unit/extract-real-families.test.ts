// Error families found on whole real reports (the hand-judged sample of tests/fixtures/judged and
// reading the extractor's output over ../shared/eval/real-dev/reports). Each row is a real sentence;
// its source is the file of that folder named in the row (prov-*-2025.txt: the 2025 provincial work
// reports, 政府工作报告 delivered in January 2025, so results are for 2024 and targets for 2025).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

interface Family {
  family: string;
  rows: Array<Row & { source: string }>;
}

const T = (region: string) => `2025年${region}政府工作报告`;

const families: Family[] = [
  {
    family: 'a subject shared by two indicators (城镇和农村…分别)',
    rows: [
      {
        source: 'prov-guangxi-2025.txt',
        title: T('广西壮族自治区'),
        input: '民生支出增长6.8%，城镇和农村居民人均可支配收入分别增长4.3%和7.1%，城镇调查失业率5.5%。',
        expect: [
          { text: '4.3%', indicator: '城镇居民人均可支配收入', measure: 'growth' },
          { text: '7.1%', indicator: '农村居民人均可支配收入', measure: 'growth' },
        ],
      },
    ],
  },
  {
    family: 'list bullets and enumerations are not part of the indicator',
    rows: [
      {
        source: 'prov-hunan-2025.txt',
        title: T('湖南省'),
        input: '①补充配置农村义务教育学校电脑30万台，新增省属本科高校学生宿舍床位6万个，线上线下开展家庭教育指导服务和实践活动1万场。',
        expect: [{ text: '30万台', notInd: ['①'], ind: '农村义务教育学校电脑' }],
      },
      {
        source: 'prov-hunan-2025.txt (bullet ● as other reports print it)',
        title: T('湖南省'),
        input: '今年经济社会发展主要预期目标是：\n●地区生产总值增长5.5%左右；\n■地方一般公共预算收入增长2.5%。',
        expect: [
          { text: '5.5%左右', indicator: '地区生产总值', kind: 'target' },
          { text: '2.5%', indicator: '地方一般公共预算收入', kind: 'target' },
        ],
      },
      {
        source: 'prov-guizhou-2025.txt: 第一、二、三产业 is no bullet',
        title: T('贵州省'),
        input: '第一产业增加值增长4.1%。',
        expect: [{ text: '4.1%', indicator: '第一产业增加值' }],
      },
    ],
  },
  {
    family: 'the name of the target is not the indicator: 经济增长 is',
    rows: [
      {
        source: 'prov-henan-2025.txt',
        title: T('河南省'),
        input: '主要预期目标是:经济增长5.5%左右，规上工业增加值增长7%左右，固定资产投资增长7%左右。',
        expect: [{ text: '5.5%左右', indicator: '经济增长', measure: 'growth', kind: 'target', period: 2025 }],
      },
      {
        source: 'prov-hubei-2025.txt (经济增长6％左右), with the target named as in 经济增长预期目标为',
        title: T('湖北省'),
        input: '今年经济增长预期目标为6%左右。',
        expect: [{ text: '6%左右', indicator: '经济增长', measure: 'growth', qualifier: 'about', kind: 'target' }],
      },
    ],
  },
  {
    family: 'a qualifier with a reading inside it (以(yǐ)上) is still read',
    rows: [
      {
        source: 'tests/fixtures/challenge/docs/national-2024-pinyin.txt',
        title: '政府工作報告 2024年',
        input:
          '城(chéng)鎮(zhèn)新(xīn)增(zēng)就(jiù)業(yè)1200萬(wàn)人(rén)以(yǐ)上(shàng)，城(chéng)鎮(zhèn)調(diào)查(chá)失(shī)業(yè)率(lǜ)5.5%左(zuǒ)右(yòu)。',
        expect: [
          { text: '1200萬(wàn)人(rén)以(yǐ)上(shàng)', qualifier: 'above' },
          { text: '5.5%左(zuǒ)右(yòu)', qualifier: 'about' },
        ],
      },
    ],
  },
  {
    family: 'targets under a heading that opens them, wherever the heading stands in its sentence',
    rows: [
      {
        source: 'prov-guangdong-2025.txt',
        title: T('广东省'),
        input:
          '根据省委十三届六次全会暨省委经济工作会议部署，今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；固定资产投资提质提效。',
        expect: [{ text: '5%左右', indicator: '地区生产总值', kind: 'target', period: 2025 }],
      },
      {
        source: 'https://j637.cn/politics/2018lh/2018-03/22/c_1122575453.htm (新华社, traditional, with doubled commas)',
        title: '2018年政府工作報告',
        input:
          '報告共分三部分:一,、過去五年工作回顧,;二、2018年經濟社會發展總體要求和政策取向,;三,、對2018年政府工作的建議。\n報告指出,,2018年發展主要預期目標是:國內生產總值增長6.5%左右,;居民消費價格漲幅3%左右;城鎮新增就業1100萬人以上,,城鎮調查失業率5.5%以內',
        expect: [
          { text: '6.5%左右', indicator: '国内生产总值', kind: 'target', period: 2018 },
          { text: '5.5%以內', indicator: '城镇调查失业率', qualifier: 'below', kind: 'target', period: 2018 },
        ],
      },
      {
        source: 'prov-yunnan-2025.txt (目标建议为), its items set out as bullets on their own lines',
        title: T('云南省'),
        input: '经济社会发展的主要预期目标建议为：\n地区生产总值增长5%左右；\n城镇新增就业45万人以上。',
        expect: [
          { text: '5%左右', kind: 'target', period: 2025 },
          { text: '45万人以上', indicator: '城镇新增就业', kind: 'target', period: 2025 },
        ],
      },
    ],
  },
  {
    family: 'a count before its noun counts that noun, not the verb before it',
    rows: [
      {
        source: 'prov-beijing-2025.txt',
        title: T('北京市'),
        input: '试点推行20家博物馆延时开放，新增15家备案博物馆。',
        // (the judged sample names them 延时开放博物馆: the predicate after the class says which)
        expect: [{ text: '20家', indicator: '延时开放的博物馆' }],
      },
      {
        source: 'prov-chongqing-2025.txt',
        title: T('重庆市'),
        input: '全年有效应对23次强降水和59天高温天气。',
        expect: [{ text: '23次', indicator: '强降水' }],
      },
      {
        source: 'prov-neimenggu-2025.txt',
        title: T('内蒙古自治区'),
        input: '完善草原补奖资金发放机制，在17个旗县开展试点，天然草原草畜平衡指数由23.9%降至10%以下。',
        // (the judged sample: 旗县 alone is wrong, 试点旗县 is what is counted)
        expect: [{ text: '17个', indicator: '开展试点的旗县' }],
      },
      {
        source: 'prov-xinjiang-2025.txt',
        title: T('新疆维吾尔自治区'),
        input: '积极培育战略性新兴产业，开工建设8个算力网重点项目，全疆首个智算中心在克拉玛依建成投用。',
        expect: [{ text: '8个', indicator: '算力网重点项目' }],
      },
      {
        source: 'prov-fujian-2025.txt',
        title: T('福建省'),
        input: '加大对10个试点县的支持力度，打造一批工业强县、产业特色县。',
        expect: [{ text: '10个', indicator: '试点县', kind: 'actual' }],
      },
      {
        source: 'prov-jilin-2025.txt',
        title: T('吉林省'),
        input: '积极推进首发经济，引进培育100个首店，打造5个夜间消费集聚区、20个夜间消费新场景。',
        expect: [
          { text: '100个', indicator: '首店' },
          { text: '5个', indicator: '夜间消费集聚区' },
          { text: '20个', indicator: '夜间消费新场景' },
        ],
      },
      {
        source: 'prov-guangdong-2025.txt',
        title: T('广东省'),
        input: '加强重大项目建设和谋划储备，争取161.4亿元超长期特别国债资金支持。',
        expect: [{ text: '161.4亿元', indicator: '超长期特别国债资金' }],
      },
      {
        source: 'prov-hainan-2025.txt',
        title: T('海南省'),
        input: '石梅湾入选国家级旅游度假区，新增3家国家级夜间文化和旅游消费集聚区。',
        expect: [{ text: '3家', ind: '国家级夜间文化和旅游消费集聚区' }],
      },
      {
        source: 'tests/fixtures/challenge/docs/yiwu-2025-infographic.txt: a label after the number is the next item’s',
        title: '义乌市2025年政府工作报告',
        input: '市场经营主体\n突破120万户\n义乌国际商贸城日均客流\n超21万人次',
        expect: [
          { text: '突破120万户', indicator: '市场经营主体' },
          { text: '超21万人次', indicator: '义乌国际商贸城日均客流' },
        ],
      },
    ],
  },
  {
    family: 'what a count sums up, read off the words around it (found reading whole reports)',
    rows: [
      {
        source: 'prov-jiangxi-2025.txt: 、总数 is the total of the thing before; 5G is no number',
        title: T('江西省'),
        input: '1.02万家企业启动数字化改造，新增22家国家级5G工厂、总数达36家。',
        expect: [
          { text: '22家', ind: '国家级5G工厂' },
          { text: '36家', indicator: '国家级5G工厂总数' },
        ],
      },
      {
        source: 'prov-beijing-2025.txt: 占全国 is the share of the thing before',
        title: T('北京市'),
        input: '北京国际科技创新中心建设成效明显，北京地区获评国家科学技术奖58项、占全国28.7%，高被引科学家达431人次。',
        expect: [{ text: '28.7%', ind: '国家科学技术奖占全国比重' }],
      },
      {
        source: 'prov-beijing-2025.txt: a name in quotes is read whole',
        title: T('北京市'),
        input: '全面推进灾后恢复重建，168项“一年基本恢复”项目全部按期投用，344项“三年全面提升”项目开工建设。',
        expect: [
          { text: '168项', indicator: '“一年基本恢复”项目' },
          { text: '344项', indicator: '“三年全面提升”项目' },
        ],
      },
      {
        source: 'prov-fujian-2025.txt',
        title: T('福建省'),
        input: '城镇新增就业53.1万人，失业人员实现再就业14.3万人，重点群体就业保持稳定。',
        expect: [{ text: '14.3万人', indicator: '失业人员再就业' }],
      },
      {
        source: 'prov-jilin-2025.txt',
        title: T('吉林省'),
        input: '吉林健儿在全国第十四届冬运会上获得62枚金牌、位列金牌榜第2位。',
        expect: [{ text: '62枚', indicator: '金牌' }],
      },
      {
        source: 'prov-neimenggu-2025.txt: a short list before the count names its items',
        title: T('内蒙古自治区'),
        input: '推动肉羊、玉米2个千亿级产业链提质增效。',
        expect: [{ text: '2个', indicator: '肉羊、玉米千亿级产业链' }],
      },
      {
        source: 'prov-shanghai-2025.txt: a total is of the stock, not of the new ones',
        title: T('上海市'),
        input: '新增公园141座、累计达到973座，为“十四五”末建成千座公园城市打下扎实基础。',
        expect: [
          { text: '141座', indicator: '新增公园' },
          { text: '973座', indicator: '公园' },
        ],
      },
      {
        source: 'prov-guangxi-2025.txt: 各 gives the value to every item; 高等 is no 等',
        title: T('广西壮族自治区'),
        input: '新增职业技术大学、高等职业学校各2所。',
        expect: [{ text: '2所', ind: '职业技术大学、高等职业学校' }],
      },
      {
        source: 'prov-shanghai-2025.txt',
        title: T('上海市'),
        input: '第七届中国国际进口博览会圆满成功举办，按一年计意向成交金额800.1亿美元、增长2%。',
        expect: [{ text: '800.1亿美元', indicator: '意向成交金额' }],
      },
      {
        source: 'prov-sichuan-2025.txt: 建设 inside a name',
        title: T('四川省'),
        input: '15个美丽四川建设先行县和7个培育县试点取得成效。',
        expect: [{ text: '15个', indicator: '美丽四川建设先行县' }],
      },
      {
        source: 'prov-yunnan-2025.txt: a list of modifiers before a shared head',
        title: T('云南省'),
        input: '开展6000户特殊困难高龄、失能、残疾老年人家庭居家适老化改造；',
        expect: [{ text: '6000户', ind: '特殊困难高龄、失能、残疾老年人家庭' }],
      },
      {
        source: 'prov-guangxi-2025.txt: 惠及 after a thing is whom it reached',
        title: T('广西壮族自治区'),
        input: '发放社会救助资金118.7亿元、惠及310万人。',
        expect: [
          { text: '118.7亿元', indicator: '社会救助资金' },
          { text: '310万人', indicator: '社会救助资金惠及' },
        ],
      },
      {
        source: 'prov-anhui-2025.txt: a bare head takes the subject before',
        title: T('安徽省'),
        input: '着力稳面积、提单产、增效益，全年粮食播种面积1.1亿亩、产量825亿斤以上。',
        expect: [{ text: '825亿斤以上', indicator: '粮食产量' }],
      },
      {
        source: 'prov-beijing-2025.txt: the next stage of the same thing',
        title: T('北京市'),
        input: '老旧小区改造开工742个、完工548个，启动危旧楼房改建和简易楼腾退20.6万平方米。',
        expect: [{ text: '548个', indicator: '老旧小区改造完工' }],
      },
      {
        source: 'prov-fujian-2025.txt: the noun ends at the separator before the next number',
        title: T('福建省'),
        input: '推动政策落地，累计争取28家中央和国家部委、金融机构出台25份配套支持政策。',
        expect: [
          { text: '28家', indicator: '中央和国家部委' },
          { text: '25份', indicator: '配套支持政策' },
        ],
      },
      {
        source: 'prov-gansu-2025.txt: 消费帮扶 is a noun',
        title: T('甘肃省'),
        input: '东部协作省份和中央定点帮扶单位援助资金38.8亿元、消费帮扶94.9亿元。',
        expect: [{ text: '94.9亿元', indicator: '消费帮扶' }],
      },
      {
        source: 'prov-fujian-2025.txt: 再开发 is a noun',
        title: T('福建省'),
        input: '盘活低效用地，推动低效用地上图入库27.8万亩、实施再开发5.6万亩。',
        expect: [{ text: '5.6万亩', ind: '再开发' }],
      },
      {
        source: 'prov-guangdong-2025.txt: 辆次',
        title: T('广东省'),
        input: '港珠澳大桥车流量增长90%，“港车北上”、“澳车北上”突破450万辆次。',
        expect: [{ text: '突破450万辆次', unit: '万辆次', qualifier: 'above' }],
      },
      {
        source: 'prov-fujian-2025.txt: a level alone borrows the next item’s noun',
        title: T('福建省'),
        input: '投入4.3亿元实施职业技能提升工程，新增5个国家级、60个省级高技能人才培训基地，补贴性培训31.9万人次。',
        expect: [
          { text: '5个', ind: '国家级高技能人才培训基地' },
          { text: '60个', indicator: '省级高技能人才培训基地' },
        ],
      },
      {
        source: 'prov-gansu-2025.txt: short items parallel to the last one’s own part share its head',
        title: T('甘肃省'),
        input: '原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米，分别增长9.3%、7.3%、21.2%。',
        expect: [
          { text: '6640.8万吨', indicator: '原煤产量' },
          { text: '7.3%', indicator: '原油产量' },
          { text: '9.1亿立方米', indicator: '天然气产量' },
        ],
      },
      {
        source: 'prov-guizhou-2025.txt: a stage of the thing before',
        title: T('贵州省'),
        input: '引进纺织服装项目24个、建成投产17个。',
        expect: [{ text: '17个', indicator: '纺织服装项目投产' }],
      },
      {
        source: 'prov-guizhou-2025.txt: an item with its own verb keeps no 新',
        title: T('贵州省'),
        input: '新（改）建农村户厕22.7万户、改圈3.2万户。',
        expect: [{ text: '3.2万户', indicator: '改圈' }],
      },
      {
        source: 'prov-guangdong-2025.txt: 每人每月 is how the sum is counted',
        title: T('广东省'),
        input: '散居孤儿（含艾滋病病毒感染儿童）从每人每月1484元提高到1536元。',
        expect: [
          { text: '1484元', indicator: '散居孤儿' },
          { text: '1536元', indicator: '散居孤儿' },
        ],
      },
      {
        source: 'prov-guangdong-2025.txt',
        title: T('广东省'),
        input: '开发储备超5000个公益性岗位，重点安置大龄、残疾、较长时间失业等就业困难群体。',
        expect: [{ text: '超5000个', indicator: '公益性岗位' }],
      },
      {
        source: 'prov-chongqing-2025.txt',
        title: T('重庆市'),
        input: '累计筹建29万套保障性租赁住房，82个城中村改造项目加力实施。',
        expect: [{ text: '82个', indicator: '城中村改造项目' }],
      },
      {
        source: 'prov-hubei-2025.txt: a measure noun of the projects counted before',
        title: T('湖北省'),
        input:
          '着眼工业经济转型升级，加快国家中部先进算力集群、孝感楚能新能源二期、荆门石化特种油基地等5500个重大项目建设，年度投资7200亿元以上。',
        expect: [{ text: '7200亿元以上', indicator: '重大项目年度投资' }],
      },
      {
        source: 'prov-hainan-2025.txt: 件件 is no part of the noun',
        title: T('海南省'),
        input: '各市县、各部门攻坚克难、奋力推进，确保10件民生实事件件有着落。',
        expect: [{ text: '10件', indicator: '民生实事' }],
      },
      {
        source: 'prov-sichuan-2025.txt',
        title: T('四川省'),
        input: '持续抓好便捷生活行动，推动第4批51项川渝通办事项高效实施。',
        expect: [{ text: '51项', indicator: '川渝通办事项' }],
      },
      {
        source: 'prov-yunnan-2025.txt',
        title: T('云南省'),
        input: '其中，龙头企业占30%。',
        expect: [{ text: '30%', indicator: '龙头企业' }],
      },
      {
        source: 'prov-guangdong-2025.txt',
        title: T('广东省'),
        input: '深化整治形式主义为基层减负，创建示范、评比表彰项目分别压减88.5%、37.5%。',
        expect: [{ text: '88.5%', notInd: ['压'], value: -88.5 }],
      },
    ],
  },
  {
    family: 'counts of the report’s own parts are not mentions',
    rows: [
      {
        source: 'prov-shanghai-2025.txt (重点做好以下工作) and the usual 以下N个方面',
        title: T('上海市'),
        input: '今年要重点做好以下10个方面工作。',
        exactly: [],
        expect: [],
      },
      { source: 'prov-shaanxi-2025.txt', title: T('陕西省'), input: '一年来，主要做了以下7方面工作：', exactly: [], expect: [] },
      { source: 'prov-guangdong-2025.txt', title: T('广东省'), input: '重点抓好8个方面工作：', exactly: [], expect: [] },
      {
        source: 'prov-guangdong-2025.txt: 名词 is no count of people',
        title: T('广东省'),
        input: '附件2 名词解释',
        exactly: [],
        expect: [],
      },
      {
        source: 'prov-shanxi-2025.txt: a count in a set phrase before a quoted name',
        title: T('山西省'),
        input: '我们要牢牢把握一个“根本保证”和五个“必须统筹”的规律性认识。',
        exactly: [],
        expect: [],
      },
      {
        source: 'prov-ningxia-2025.txt: the one of a set phrase (亲如一家), at the end of a quotation',
        title: T('宁夏回族自治区'),
        input: '并在2025年新年贺词中对我区“银川多民族社区居民亲如一家”给予充分肯定。',
        exactly: [],
        expect: [],
      },
      {
        source: 'prov-ningxia-2025.txt: a capacity that names a plant',
        title: T('宁夏回族自治区'),
        input: '全国最大的25万吨煤基乙烯聚合物项目投产、300万吨CCUS碳利用示范项目一期建成、135万吨聚烯烃升级改造项目开工。',
        exactly: [],
        expect: [],
      },
    ],
  },
  {
    family: 'nouns are not cut short by a word that also leads or ends a phrase',
    rows: [
      {
        source: 'prov-xizang-2025.txt',
        title: T('西藏自治区'),
        input: '实施保障性安居工程3.95万套，改造老旧小区118个。',
        expect: [{ text: '3.95万套', indicator: '保障性安居工程' }],
      },
      {
        source: 'prov-xizang-2025.txt',
        title: T('西藏自治区'),
        input: '已建在建电力装机2705万千瓦。',
        expect: [{ text: '2705万千瓦', indicator: '已建在建电力装机' }],
      },
      {
        source: 'prov-henan-2025.txt',
        title: T('河南省'),
        input: '家庭农场27.5万家、农业社会化服务组织12.7万个。',
        expect: [{ text: '12.7万个', indicator: '农业社会化服务组织' }],
      },
      {
        source: 'prov-shanghai-2025.txt',
        title: T('上海市'),
        input: '新增5.5万个电动汽车公共充电桩。',
        expect: [{ text: '5.5万个', ind: '电动汽车公共充电桩' }],
      },
      {
        source: 'prov-yunnan-2025.txt',
        title: T('云南省'),
        input: '经营主体净增48万户、达680万户，企业净增15万户、达157万户。',
        expect: [
          { text: '48万户', indicator: '经营主体' },
          { text: '15万户', indicator: '企业' },
        ],
      },
    ],
  },
  {
    family: '分别 over a list whose items share a head or a subject',
    rows: [
      {
        source: 'prov-chongqing-2025.txt',
        title: T('重庆市'),
        input: '农产品网络零售额、出口额分别增长8.4%、39.8%，乡村旅游经营收入增长8%。',
        expect: [
          { text: '8.4%', indicator: '农产品网络零售额' },
          { text: '39.8%', indicator: '农产品出口额' },
        ],
      },
      {
        source: 'prov-guangdong-2025.txt',
        title: T('广东省'),
        input: '道路交通事故死亡人数下降18.2%、为近10年来最大降幅，生产安全事故起数、死亡人数分别下降17.7%、12.5%。',
        expect: [
          { text: '17.7%', indicator: '生产安全事故起数', value: -17.7 },
          { text: '12.5%', indicator: '生产安全事故死亡人数', value: -12.5 },
        ],
      },
      {
        source: 'prov-shaanxi-2025.txt',
        title: T('陕西省'),
        input: '汽车、有色金属行业增加值分别增长18.1%、16.6%，太阳能电池、集成电路圆片产量分别增长57.2%、36.7%。',
        expect: [
          { text: '18.1%', indicator: '汽车行业增加值' },
          { text: '57.2%', indicator: '太阳能电池产量' },
          { text: '36.7%', indicator: '集成电路圆片产量' },
        ],
      },
      {
        source: 'prov-shanxi-2025.txt',
        title: T('山西省'),
        input: '民营经济和普惠小微贷款余额分别增长13.7%、28.4%。',
        expect: [
          { text: '13.7%', indicator: '民营经济贷款余额' },
          { text: '28.4%', indicator: '普惠小微贷款余额' },
        ],
      },
      {
        source: 'prov-qinghai-2025.txt',
        title: T('青海省'),
        input: '电力总装机突破7100万千瓦，清洁能源、新能源装机占比分别达94.6%、70%。',
        expect: [
          { text: '94.6%', indicator: '清洁能源装机占比' },
          { text: '70%', indicator: '新能源装机占比' },
        ],
      },
      {
        source: 'prov-hainan-2025.txt',
        title: T('海南省'),
        input: '20户及以上自然村千兆光纤和5G网络通达率分别达100%和91.5%。',
        expect: [
          { text: '100%', indicator: '20户及以上自然村千兆光纤通达率' },
          { text: '91.5%', ind: '5G网络通达率' },
        ],
      },
      {
        source: 'prov-ningxia-2025.txt',
        title: T('宁夏回族自治区'),
        input: '社区养老服务设施、乡镇（街道）综合养老服务中心、农村老饭桌覆盖率分别达到90%、60%、35%以上。',
        expect: [
          { text: '90%', indicator: '社区养老服务设施覆盖率' },
          { text: '35%以上', indicator: '农村老饭桌覆盖率' },
        ],
      },
      {
        source: 'prov-shanghai-2025.txt: items with no shared head stay as written',
        title: T('上海市'),
        input: '浦东新区法规、管理措施分别新增4部、10部，累计分别达到22部、31部。',
        expect: [
          { text: '4部', indicator: '浦东新区法规' },
          { text: '10部', indicator: '管理措施' },
        ],
      },
    ],
  },
  {
    family: 'measure and sign words that say something else',
    rows: [
      {
        source: 'prov-shaanxi-2025.txt: 改造提升 is an action, not a rise',
        title: T('陕西省'),
        input: '新建高标准农田252万亩、改造提升43万亩，粮食产量1352.3万吨、再创历史新高。',
        expect: [{ text: '43万亩', measure: 'level', value: 43 }],
      },
      {
        source: 'prov-gansu-2025.txt: a rank that rises by places is a change; prov-chongqing-2025.txt: an upgraded count is no rise',
        title: T('甘肃省'),
        input: '天水经开区、张掖经开区全国排名46位、82位，分别提升6位、49位。整体提升100所学校、50家医院周边环境。',
        expect: [
          { text: '6位', indicator: '天水经开区全国排名', measure: 'change' },
          { text: '100所', indicator: '学校', measure: 'level' },
        ],
      },
      {
        source: 'prov-gansu-2025.txt: 压降 a count',
        title: T('甘肃省'),
        input: '监管口径高风险机构退出10家，融资平台压降94户、下降35.9%。',
        expect: [{ text: '94户', indicator: '融资平台', measure: 'change', value: -94 }],
      },
      {
        source: 'prov-anhui-2025.txt: 压缩 a rate',
        title: T('安徽省'),
        input: '推动“高效办成一件事”改革，上线运行重点事项办理时限压缩69%，提交材料减少60%。',
        expect: [{ text: '69%', measure: 'growth', value: -69 }],
      },
      {
        source: 'prov-shaanxi-2025.txt: a concentration improves by falling',
        title: T('陕西省'),
        input: '西安、咸阳、渭南空气质量持续向好，全省PM2.5浓度同比改善7.9%，重污染天数同比减少6.4天。',
        expect: [{ text: '7.9%', indicator: 'PM2.5浓度', measure: 'growth', value: -7.9 }],
      },
    ],
  },
  {
    family: '计划 inside a name (行动计划) does not make a result a target',
    rows: [
      {
        source: 'prov-chongqing-2025.txt',
        title: T('重庆市'),
        input: '成功入选全国“车路云一体化”应用试点，“便捷超充”行动计划启动实施，充电站实现市域乡镇全覆盖，汽车产业增加值增长26.7%。',
        expect: [{ text: '26.7%', indicator: '汽车产业增加值', kind: 'actual', period: 2024 }],
      },
    ],
  },
];

for (const { family, rows } of families) {
  describe(family, () => {
    it.each(rows.map((r) => [`${rowName(r)} (${r.source})`, r] as const))('%s', (_, row) => checkRow(row));
  });
}
