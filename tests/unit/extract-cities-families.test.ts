// Indicator families found reading city, district and county reports and communiqués of the search
// tool's stored public pages (round 4, item 3), each a table of real sentences as the pages print them
// (the address of each page in the row). Every row failed before its fix.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { passage, sentenceOf } from './helpers/real-pages';

interface Family {
  family: string;
  rows: Array<Row & { source: string }>;
}

const ZHUHAI_2011 = 'http://xiaomonv0755.com/tjgb/19gd/24000.html (珠海 2011 communiqué, traditional with readings)';
const SHANGYU_2013 = 'https://www.shangyu.gov.cn/art/2022/8/17/art_1229069022_59055663.html (上虞区 2013 communiqué)';
const YANTIAN_2012 = 'https://m.777doc.com/doc-3021092.html (盐田区 2012 work report)';
const XINING_2016 = 'https://guanchang.qwyd.net/zhengfugongzuobaogao/141404.html (西宁市 2016 work report)';
const HANZHONG_2017 = 'https://www.gongwensou.com/zhengfubaogao/29349.html (汉中市 2017 work report)';
const XUNYANG_2011 = 'https://www.wnwk.com/doc/630156.html (浔阳区 2011 work report, 〝〞 quotes)';
const SHANWEI_2013 =
  'http://www.023dajian.cn/shanwei/zwgk/jcxx/tjsj/tjfx/content/post_551075.html (汕尾市 1-11月 2013 analysis, traditional)';
const ZHUHAI_2003 = 'http://m.xiaomonv0755.com/tjgb/11zj/1349.html (a city’s 2003 communiqué, traditional)';
const ABAGA_2022 =
  'http://m.shh-meidi.com/shuzishizhi/nianjian/neimengguniajian/2022juan/mengshiqixianshiqu1/2024-08-23/31920.html (阿巴嘎旗, a yearbook of 2022, traditional)';
const SUNITE_2022 = 'http://benet-wh.com.cn/gongzuozongjie/a/2564.html (苏尼特左旗 2022 work report)';
const COUNTY_2021_BX = 'http://bx2200.com/tjgongbao/huadong/2022-05-07/322_3.html (a county’s 2021 communiqué)';
const COUNTY_2022_BX = 'http://bx2200.com/tjgongbao/db/6988_2.html (a county’s 2022 communiqué)';
const TAIXING_2010 = 'http://www.abcjf.cn/html/news/taixing/2010/0113/19034.html (泰兴市 2010 work report’s figures, traditional)';
const FINANCE_2021 = 'tests/fixtures/judged/pages5/county-2021-communique-finance.txt';
const PINGYUAN = 'https://shandong-chorography.org/database/d00/section/25/article/331/ (平原县, a yearbook entry, traditional)';
const CAIDIAN_2020 = 'http://caidian.cjyun.org/p/479.html (蔡甸区 2020 work report, summary)';
const YINGSHAN_2022 = 'http://www.weimomishe.com/doc/7177670e2df41966a (营山县 2022 communiqué, traditional)';
const MIANCHI_2022 = 'https://mianchi.gov.cn/pageView/subArticle.html?lmid=24281&rlmid=24278&wzid=1400573 (渑池县 2022 communiqué)';

const families: Family[] = [
  {
    family: 'a list of subjects, each with its own figure, named before one verb and noun (分别实现…)',
    rows: [
      {
        source: `${ZHUHAI_2011}: 香洲、金灣和斗門三個行政區分別實現地區生產總值…,分別增長…`,
        title: '',
        input:
          '分區(qū)域看,香洲、金灣和斗門三個行政區(qū)分別實現(xiàn)地區(qū)生產總值863.48億元、351.27億元和188.49億元,分別增長10.8%、14.2%和9.0%。',
        expect: [
          { text: '863.48億元', indicator: '香洲地区生产总值' },
          { text: '188.49億元', indicator: '斗门地区生产总值' },
          { text: '14.2%', indicator: '金湾地区生产总值', measure: 'growth' },
        ],
      },
    ],
  },
  {
    family: 'a long list of goods, set apart by 、 with 和 and 及 inside items, shares the head after the last',
    rows: [
      {
        source: `${ZHUHAI_2011}: 食品、煙酒、衣著、家庭設備用品及維修服務、…、居住的價格分別上漲…`,
        title: '',
        input:
          '全年居民消費價格總水平上漲5.0%。其中,食品、煙酒、衣著、家庭設備用品及維修服務、醫(yī)療保健和個人用品、娛樂教育文化用品及服務、居住的價格分別上漲10.5%、2.0%、2.4%、2.3%、5.7%、2.5%和3.7%;交通和通信的價格下跌0.6%。',
        expect: [
          { text: '10.5%', indicator: '食品价格' },
          { text: '2.0%', indicator: '烟酒价格' },
          { text: '2.3%', indicator: '家庭设备用品及维修服务价格' },
          { text: '5.7%', indicator: '医疗保健和个人用品价格' },
        ],
      },
    ],
  },
  {
    family: 'a contribution to growth after a sector’s figures is the sector’s',
    rows: [
      {
        source: `${ZHUHAI_2011}: 第一產業增加值37.70億元,增長3.2%,對GDP增長的貢獻率為0.7%`,
        title: '',
        input:
          '其中,第一產業(yè)增加值37.70億元,增長3.2%,對GDP增長的貢獻率為0.7%;第二產業(yè)增加值786.42億元,增長14.4%,對GDP增長的貢獻率為69.5%;',
        expect: [
          { text: '0.7%', indicator: '第一产业对GDP增长的贡献率' },
          { text: '69.5%', indicator: '第二产业对GDP增长的贡献率' },
        ],
      },
    ],
  },
  {
    family: 'a rate’s gap to a named place’s average (增幅高出绍兴平均) is of the thing before',
    rows: [
      {
        source: `${SHANGYU_2013}: 增长9.0%,增幅高出绍兴平均0.5个百分点`,
        title: '',
        input: '据初步核算,2013年上虞地区生产总值达624.98亿元,按可比价计算,增长9.0%,增幅高出绍兴平均0.5个百分点居绍兴第二位。',
        expect: [{ text: '0.5个百分点', indicator: '上虞地区生产总值增幅高出绍兴平均', measure: 'change' }],
      },
    ],
  },
  {
    family: 'a milestone, or growth, said of a subject in the clause before its figures (…台阶,从2006年的…增至…)',
    rows: [
      {
        source: `${YANTIAN_2012}: 本区生产总值先后跨越两百亿元、三百亿元台阶,预计2011年达到316亿元`,
        title: '',
        input: '本区生产总值先后跨越两百亿元、三百亿元台阶,预计2011年达到316亿元,比2006年增长85.7%;',
        expect: [
          { text: '三百亿元', indicator: '本区生产总值' },
          { text: '316亿元', indicator: '本区生产总值' },
        ],
      },
      {
        source: `${YANTIAN_2012}: 辖区税收收入总额连续跨越三个“十亿元”台阶,从2006年的19.8亿元增至2011年的48.6亿元`,
        title: '',
        input:
          '辖区税收收入总额连续跨越三个“十亿元”台阶,从2006年的19.8亿元增至2011年的48.6亿元;财政一般预算收入实现翻倍增长,从2006年的8.8亿元增至2011年的20.2亿元;',
        expect: [
          { text: '19.8亿元', indicator: '辖区税收收入总额' },
          { text: '48.6亿元', indicator: '辖区税收收入总额' },
          { text: '8.8亿元', indicator: '财政一般预算收入' },
          { text: '20.2亿元', indicator: '财政一般预算收入' },
        ],
      },
      {
        source: `${YANTIAN_2012}: 盐田港区集装箱年吞吐量三次跨越千万标箱,2011年达1030万标箱`,
        title: '',
        input: '盐田港区集装箱年吞吐量三次跨越千万标箱,2011年达1030万标箱,港口物流业增加值占GDP比重达29%,',
        expect: [{ text: '1030万标箱', indicator: '盐田港区集装箱年吞吐量' }],
      },
    ],
  },
  {
    family: 'a growth, or a contribution, after a share is of the thing whose share was said',
    rows: [
      {
        source: `${CAIDIAN_2020}: 财政用于民生支出达59.12亿元,占一般公共预算支出的77.5%,增长11.7%`,
        title: '',
        input: '财政用于民生支出达59.12亿元,占一般公共预算支出的77.5%,增长11.7%。',
        expect: [{ text: '11.7%', indicator: '财政用于民生支出', measure: 'growth' }],
      },
      {
        source: `${YINGSHAN_2022}: 民營經濟增加值…,占GDP的比重為59.6%,對GDP增長的貢獻率為41.6%`,
        title: '',
        input: '全年民營經(jīng)濟增加值155.6億元,比上年增長1.7%,占GDP的比重為59.6%,對GDP增長的貢獻率為41.6%。',
        expect: [{ text: '41.6%', indicator: '民营经济对GDP增长的贡献率' }],
      },
    ],
  },
  {
    family: 'a negative value inside a list of values (38.7%、-4.3%和65.6%) keeps its sign and its place',
    rows: [
      {
        source: `${YINGSHAN_2022}: 三次產業對經濟增長的貢獻率分別為38.7%、-4.3%和65.6%`,
        title: '',
        input: '三次產(chǎn)業(yè)對經(jīng)濟增長的貢獻率分別為38.7%、-4.3%和65.6%。',
        expect: [
          { text: '-4.3%', indicator: '第二产业对经济增长的贡献率', value: -4.3 },
          { text: '65.6%', indicator: '第三产业对经济增长的贡献率' },
        ],
      },
    ],
  },
  {
    family: 'a middle dot for the decimal point (1·8%)',
    rows: [
      {
        source: `${MIANCHI_2022}: 医疗保健类价格上涨1·8%`,
        title: '',
        input: '分类别看,医疗保健类价格上涨1·8%,食品烟酒类价格上涨1.1%,交通通信类价格上涨2·9%,衣着类价格下降1.0%,',
        expect: [
          { text: '1·8%', indicator: '医疗保健类价格', value: 1.8 },
          { text: '2·9%', indicator: '交通通信类价格', value: 2.9 },
        ],
      },
    ],
  },
  {
    family: 'words run into a name that are no part of it: a communiqué’s topic word, a ratio’s last number, a year without 年',
    rows: [
      {
        source: 'http://www.weimomishe.com/doc/4707670e24b9aab08 (中江縣 2022 communiqué, traditional): 人口年末常住人口94.9萬人',
        title: '',
        input: '人口年末常住人口94.9萬(wàn)人,比上年末增加0.1萬(wàn)人,其中城鎮(zhèn)人口41.4萬(wàn)人,鄉(xiāng)村人口53.5萬(wàn)人。',
        expect: [{ text: '94.9萬(wàn)人', indicator: '常住人口' }],
      },
      {
        source: 'https://tjgb.hongheiku.com/xjtjgb/xj2020/41104.html (中江县 2022 communiqué): 粮食全年农作物播种面积324.3万亩',
        title: '',
        input: '粮食全年农作物播种面积324.3万亩,比上年增长3.6%,其中:粮食作物播种面积221.0万亩,增长2.0%。',
        expect: [{ text: '324.3万亩', indicator: '农作物播种面积' }],
      },
      {
        source: `${MIANCHI_2022}: 三次产业结构为9.2:51:39.8 (no full stop) then 全年居民消费价格总水平…`,
        title: '',
        input: '三次产业结构为9.2:51:39.8\n全年居民消费价格总水平比上年上涨1.4%。',
        expect: [{ text: '1.4%', indicator: '居民消费价格总水平' }],
      },
      {
        source: 'report-pairs prov-beijing-2026-etnet-trad.txt: 殷勇表示，2025北京全市地區生產總值5.2萬億元人民幣',
        title: '',
        input: '殷勇表示，2025北京全市地區生產總值5.2萬億元人民幣，增長5.4%、高於全國0.4個百分點，',
        expect: [{ text: '5.4%', indicator: '北京全市地区生产总值' }],
      },
    ],
  },
  {
    family: 'a rate that moved against a named year (增速比2021年减低…个百分点) is of the thing before',
    rows: [
      {
        source: `${MIANCHI_2022}: 规模以上工业增加值增长7.2%,增速比2021年减低2.2个百分点`,
        title: '',
        input: '其中,规模以上工业增加值增长7.2%,增速比2021年减低2.2个百分点。',
        expect: [{ text: '2.2个百分点', indicator: '规模以上工业增加值增速', value: -2.2 }],
      },
    ],
  },
  {
    family: 'a comparison with two places, or with a named year, is no name (分别高于全国全省…; 一产占比较2010年下降…)',
    rows: [
      {
        source: `${XINING_2016}: 地区生产总值年均增长13.7%,分别高于全国全省5.9和2.9个百分点,是2010年的1.8倍`,
        title: '',
        input: '地区生产总值年均增长13.7%,分别高于全国全省5.9和2.9个百分点,是2010年的1.8倍。',
        expect: [
          { text: '2.9个百分点', indicator: '地区生产总值' },
          { text: '1.8倍', indicator: '地区生产总值' },
        ],
      },
      {
        source: `${HANZHONG_2017}: 三次产业结构为17.8:42.8:39.4,一产占比较2010年下降3.9个百分点`,
        title: '',
        input: '三次产业结构为17.8:42.8:39.4,一产占比较2010年下降3.9个百分点,二产、三产占比分别上升3.7、0.2个百分点。',
        expect: [{ text: '3.9个百分点', indicator: '一产占比', value: -3.9 }],
      },
    ],
  },
  {
    family: 'a crop’s 总产 after its area is the crop’s',
    rows: [
      {
        source:
          'https://nextlevelartsconsulting.com/bhb/5954_2.html (a county work report of 2023): 全年粮食种植面积61.57万亩,预计总产34.93万吨',
        title: '',
        input: '严格落实粮食安全责任,全年粮食种植面积61.57万亩,预计总产34.93万吨,实现稳中有增。',
        expect: [{ text: '34.93万吨', indicator: '粮食总产' }],
      },
    ],
  },
  {
    family: 'a count of projects that went on well (…等58个重点项目进展顺利) names the projects, not how they went',
    rows: [
      {
        source: 'https://qiantufanwen.com/8877.html (泽州县 2023 work report, summary): 58个重点项目进展顺利,全年完成投资141.6亿元',
        title: '',
        input: '58个重点项目进展顺利,全年完成投资141.6亿元;争取上级资金20.2亿元;签约项目79个,总投资290.5亿元。',
        expect: [
          { text: '58个', indicator: '重点项目' },
          { text: '141.6亿元', indicator: '重点项目投资' },
        ],
      },
    ],
  },
  {
    family: 'a multiple of the last five-year plan’s end, quoted with 〝〞 as some pages print them, is of the thing before',
    rows: [
      {
        source: `${XUNYANG_2011}: 全区完成生产总值249.1亿元,是“十五〞期末的1.9倍`,
        title: '',
        input:
          '“十一五〞期末,全区完成生产总值249.1亿元,是“十五〞期末的1.9倍,年均增长15%;完成社会消费品零售总额107.5亿元,是“十五〞期末的2.5倍,年均增长20%;',
        expect: [
          { text: '1.9倍', indicator: '生产总值' },
          { text: '2.5倍', indicator: '社会消费品零售总额' },
        ],
      },
      {
        source: `${XUNYANG_2011}: “十一五〞期间共完成固定资产投资178亿元,是“十五〞期间的5.1倍`,
        title: '',
        input: '“十一五〞期间共完成固定资产投资178亿元,是“十五〞期间的5.1倍,年均增长45.6%。',
        expect: [
          { text: '178亿元', indicator: '固定资产投资' },
          { text: '5.1倍', indicator: '固定资产投资' },
        ],
      },
    ],
  },
  {
    family: 'a list of things the clause before says went up or down, then 分别 their values',
    rows: [
      {
        source: `${SHANWEI_2013}: 國有企業、集體企業和外商及港澳臺投資企業增長較快,分別增長13.2%、17.1%和12.5%`,
        title: '',
        input: '從經(jīng)濟類型看,國有企業(yè)、集體企業(yè)和外商及港澳臺投資企業(yè)增長較快,分別增長13.2%、17.1%和12.5%;',
        expect: [
          { text: '13.2%', indicator: '国有企业' },
          { text: '12.5%', indicator: '外商及港澳台投资企业' },
        ],
      },
      {
        source: `${SHANWEI_2013}: 僅有食品類、煙酒及用品、醫療保障和個人用品類上漲,分別上漲4.1%、0.1%和3.4%`,
        title: '',
        input: '從八大類消費價格看,僅有食品類、煙酒及用品、醫(yī)療保障和個人用品類上漲,分別上漲4.1%、0.1%和3.4%,',
        expect: [
          { text: '4.1%', indicator: '食品类价格' },
          { text: '3.4%', indicator: '医疗保障和个人用品类价格' },
        ],
      },
    ],
  },
  {
    family: 'a bare measure after a clause that says what grew (其中房地产开发投资继续快速增长,完成投资…)',
    rows: [
      {
        source: `${SHANWEI_2013}: 其中房地產開發投資繼續快速增長,完成投資24.89億元`,
        title: '',
        input:
          '1-11月累計,全市完成固定資產(chǎn)投資488.17億元,增長12.9%。其中房地產(chǎn)開發(fā)投資繼續(xù)快速增長,完成投資24.89億元,增長161.0%;',
        expect: [
          { text: '24.89億元', indicator: '房地产开发投资' },
          { text: '161.0%', indicator: '房地产开发投资' },
        ],
      },
      {
        source: `${SHANWEI_2013}: 增速比上月累計回落0.3百分點`,
        title: '',
        input: '1-11月累計,全市完成規(guī)模以上工業(yè)增加值230.34億元,同比增長8.8%,增速比上月累計回落0.3百分點。',
        expect: [{ text: '0.3百分點', indicator: '规模以上工业增加值增速', value: -0.3 }],
      },
      {
        source: `${SHANWEI_2013}: 1-11月居民消費價格指數上漲1.2%`,
        title: '',
        input: '1-11月居民消費價格指數(shù)上漲1.2%。',
        expect: [{ text: '1.2%', indicator: '居民消费价格指数' }],
      },
    ],
  },
  {
    family: 'a range of falls written larger end first (下降4.4%至3.3%之间); a price per square metre',
    rows: [
      {
        source: `${ZHUHAI_2003}: 衣著類、…、交通和通信類下降4.4%至3.3%之間; 市區商品房價格全年平均每平方米5756元`,
        title: '',
        input:
          '衣著類、家庭設備用品及維修服務類、醫療保健類、交通和通信類下降4.4%至3.3%之間。市區商品房價格全年平均每平方米5756元,其中住房價格每平方米5097元,分別比上年上漲6.8%和8.1%。',
        expect: [
          { text: '4.4%至3.3%', value: -4.4, valueMax: -3.3, measure: 'growth' },
          { text: '5756元', indicator: '市区商品房价格' },
          { text: '5097元', indicator: '住房价格' },
        ],
      },
    ],
  },
  {
    family: 'words before a name that are no verb of it: 年实现 (a yearbook’s), 发放 before 扶持资金 (a compound noun)',
    rows: [
      {
        source: `${ABAGA_2022}: 年實現地區生產總值43.3億元`,
        title: '',
        input: '年實(shí)現(xiàn)地區(qū)生產(chǎn)總值43.3億元,按可比價(jià)格計(jì)算,增長(zhǎng)9.8%。',
        expect: [{ text: '43.3億元', indicator: '地区生产总值' }],
      },
      {
        source: `${SUNITE_2022}: 累计发放扶持资金368万元`,
        title: '',
        input: '实施蒙古马、苏尼特双峰驼保护工程,累计发放扶持资金368万元,养殖规模稳定在2万匹、5000峰左右。',
        expect: [{ text: '368万元', indicator: '扶持资金' }],
      },
    ],
  },
  {
    family: 'parts of a count under 其中 that name only how they differ from the whole (男/女, 城镇/农村) or where it is counted',
    rows: [
      {
        source: 'pages5 county-2021-communique.txt: 年末户籍人口210084人。其中,男108374人,女101710人',
        title: '',
        input: passage('tests/fixtures/judged/pages5/county-2021-communique.txt', '年末户籍人口', '女101710人'),
        expect: [
          { text: '108374人', indicator: '男性户籍人口' },
          { text: '101710人', indicator: '女性户籍人口' },
        ],
      },
      {
        source: `${COUNTY_2021_BX}: 享受政府最低生活保障的居民为2.42万人次,其中城镇0.17万人次、农村2.25万人次`,
        title: '',
        input: '全年享受政府最低生活保障的居民为2.42万人次,其中城镇0.17万人次、农村2.25万人次。',
        expect: [
          { text: '0.17万人次', indicator: '城镇享受政府最低生活保障的居民' },
          { text: '2.25万人次', indicator: '农村享受政府最低生活保障的居民' },
        ],
      },
      {
        source: `${COUNTY_2021_BX}: 全县专任教师8229人,其中,普通中学2741人、小学3057人…; 普通中学38所,在校学生2.95万人`,
        title: '',
        input:
          '全县共有中等职业学校5所,在校学生0.51万人。普通中学38所,在校学生2.95万人,其中高中9所,在校学生1.23万人;初中29所,在校学生1.72万人。小学48所,在校学生4.48万人。幼儿园149所,在园幼儿3.42万人。特殊教育学校1所,在校学生206人。全县专任教师8229人,其中,普通中学2741人、小学3057人、幼儿园2000人、特殊教育学校21人。',
        expect: [
          { text: '2.95万人', indicator: '普通中学在校学生' },
          { text: '3.42万人', indicator: '幼儿园在园幼儿' },
          { text: '2741人', indicator: '普通中学专任教师' },
          { text: '21人', indicator: '特殊教育学校专任教师' },
        ],
      },
      {
        source: `${COUNTY_2022_BX}: 医疗机构核定编制床位1225张,其中,二级医院499张、精神专科医院50张…`,
        title: '',
        input:
          '医疗机构核定编制床位1225张,其中,二级医院499张、精神专科医院50张、一级综合医院84张、民营医院80张、乡镇卫生院477张、中医院19张、妇幼保健站10张、村卫生室6张。',
        expect: [{ text: '499张', indicator: '二级医院床位' }],
      },
      {
        source: 'guard: pages5 county-2021-communique-finance.txt: 卫生技术人员…,其中执业医师和执业助理医师…,注册护士2018人',
        title: '',
        input: sentenceOf(FINANCE_2021, '注册护士2018人'),
        expect: [{ text: '2018人', indicator: '注册护士' }],
      },
    ],
  },
  {
    family: 'a verb of cutting (削减) after a list of two, each its own',
    rows: [
      {
        source: `${TAIXING_2010}: 二氧化硫排放量和化學需氧量分別削減3013噸和1498噸`,
        title: '',
        input: '萬元GDP能耗下降5%,二氧化硫排放量和化學需氧量分別削減3013噸和1498噸,國家環境保護模范城市創建工作通過省級考核。',
        expect: [{ text: '1498噸', indicator: '化学需氧量', value: -1498 }],
      },
    ],
  },
  {
    family: 'a section’s two industries run into its first sentence',
    rows: [
      {
        source: `${PINGYUAN}: 工業和建築業 規模以上工業企業281家`,
        title: '',
        input: '工業和建築業 規模以上工業企業281家,實現增加值80億元,增長19.7%,其中',
        expect: [{ text: '281家', indicator: '规模以上工业企业' }],
      },
    ],
  },
  {
    family: 'a project’s investment named with its stage (落地总投资…的…项目) is of the project after it',
    rows: [
      {
        source: 'https://laobiganzi.top/133153.html (上杭县 work report): 引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目',
        title: '',
        input: '常青新能源一期项目顺利实现投产,引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目;',
        expect: [{ text: '21.18亿元', indicator: '宁德时代新型锂盐研发生产项目总投资' }],
      },
    ],
  },
];

for (const f of families) {
  describe(f.family, () => {
    for (const row of f.rows) it(row.source, () => checkRow(row));
  });
}
