// A section of the coming year's plans opened by looking ahead to it (展望2024年工作目标🎯) on an essay site's or a news digest's
// page, whose lines name no target word of their own (经济高质量发展,确保GDP增长7%): its figures are that year's targets, not
// results of the year reviewed above it. The rows are a page's paragraphs (the review before the heading stays results).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    // https://www.paiqing-icetech.com/post/23326.html (镇原县2024工作报告, an essay site's repost; its heading line runs into
    // the sentence before it once the page's text is read, after the emoji that end that line)
    name: '展望2024年工作目标 heads 2024’s targets; the review before it stays 2023’s results',
    title: '镇原县2024工作报告',
    input:
      '在这春意盎然的季节里,我们齐聚一堂,共同回顾过去一年的工作成果,展望新的一年发展蓝图,我代表镇原县政府,向大家汇报2024年的工作报告。🌟\n回顾2023年工作成果🏆\n过去的一年,镇原县在县委、县政府的坚强领导下,全县人民团结一心,砥砺奋进,取得了显著的成绩。\n经济发展稳中向好,全县GDP增长6%,财政收入增长5%,城乡居民人均可支配收入分别增长7%和8%。📈\n社会事业全面发展,教育、医疗、文化、体育等社会事业取得长足进步,人民群众获得感、幸福感、安全感不断提升。🎓🏥\n展望2024年工作目标🎯\n2024年,我们将继续深入学习贯彻新时代中国特色社会主义思想,紧紧围绕全面建设社会主义现代化国家这个总目标,努力实现以下目标:\n经济高质量发展,确保GDP增长7%,财政收入增长6%,城乡居民人均可支配收入分别增长8%和9%。📈💪\n基础设施建设提速,投资15亿元,实施一批重点基础设施项目,全面提升全县基础设施水平。🚗🌊',
    expect: [
      { text: '5%', kind: 'actual', period: 2023 },
      { text: '9%', kind: 'target', period: 2024 },
      { text: '15亿元', kind: 'target', period: 2024 },
    ],
  },
  {
    // a news digest's numbered heading of the year's targets over a numbered list with no target word in its lines
    // (tests/fixtures/detect-corpus/texts/h8-news-national-2018-targets-trad-tvbs.txt)
    name: '一、2018年目標 heads the numbered list under it',
    title: '李克強2018年政府工作報告',
    input:
      '中國國務院總理李克強今天在大陸第13屆全國人民代表大會第一次會議上,進行2018年政府工作報告,報告中提出多項今年目標和重點工作。\n根據新華網直播文字,綜合摘要如下;\n一、2018年目標\n1.經濟成長率:國內生產毛額(GDP)年增6.5%左右。\n2.物價:消費者物價指數(CPI)年增3%左右。\n3.就業:城鎮新增就業1100萬人以上,城鎮調查失業率5.5%以內,城鎮登記失業率4.5%以內。',
    expect: [
      { text: '6.5%左右', kind: 'target', period: 2018 },
      { text: '3%左右', kind: 'target', period: 2018 },
      { text: '1100萬人以上', kind: 'target', period: 2018 },
    ],
  },
  {
    // a digest's heading 今年目標 after its part on last year (tests/fixtures/detect-corpus/texts/
    // h9-interp-national-2017-600words-trad-hk01.txt): last year's figures stay results
    name: '二、今年目標 heads the lines under it; the part before stays last year’s',
    title: '【兩會聚焦】六百字極簡版 了解李克強政府工作報告',
    input:
      '《極簡版》綜合出《2017年政府工作報告》要點如下:\n一、去年工作不容易 「十三五」實現良好開局\n全年城鎮新增就業1314萬人。\n全國居民人均可支配收入實際增長6.3%。\n二、今年目標\n國內生產總值增長6.5%左右,在實際工作中爭取更好結果;\n居民消費價格漲幅3%左右;\n單位國內生產總值能耗下降3.4%以上;',
    expect: [
      { text: '1314萬人', kind: 'actual', period: 2016 },
      { text: '6.3%', kind: 'actual', period: 2016 },
      { text: '6.5%左右', kind: 'target', period: 2017 },
      { text: '3%左右', kind: 'target', period: 2017 },
      { text: '3.4%以上', kind: 'target', period: 2017 },
    ],
  },
];

describe('a section opened by looking ahead to the year', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
