// Numbers that are no figure of the report (lib/extract/not-figures.ts): the roll call of the session a
// story reports from, a count that names the group something is ranked in or one of, a person's age and an
// age group. Every row is a real sentence; where it came from is said beside it.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  // the roll call: present, absent, on leave
  {
    name: 'the roll call of a national session (changyuedong.com/politics/2015lh/2015-03/05/c_134039329.htm)',
    input: '各位代表,第十二届全国人民代表大会第三次会议应出席代表2964人,今天的会议出席2907人,缺席57人,出席人数符合法定人数。',
    expect: [],
    exactly: [],
  },
  {
    name: 'the number present, said as 出席人数为 (881903.com/news/amp/local/1631056)',
    input: '人大委員長吳邦國表示,會議出席人數為2939人,符合法定人數, 會議正式開幕。',
    expect: [],
    exactly: [],
  },
  {
    name: 'delegates gathered, and the roll call read out (hk.crntt.com/doc/1071/7/3/7/107173743.html)',
    input:
      '第十四屆全國人民代表大會第四次會議5日上午在北京人民大會堂開幕，近3000名全國人大代表齊聚一堂、共商國是。“第十四屆全國人民代表大會第四次會議，應出席代表2878人。今天的會議，出席2765人，缺席113人，出席人數符合法定人數。”',
    expect: [],
    exactly: [],
  },
  {
    name: 'those who came, 到会 (m.zjsychem.com/news/fujian/gcdt/2018-01-27/2098249.html, 福建日报 on the 2018 session)',
    input: '省十三屆人大實有代表554人,到會543人,符合法定人數。',
    expect: [],
    exactly: [],
  },
  {
    name: 'absent on leave between 应到 and 实到 (gold-heldout4/docs/district-yazhou-2021-wechat.txt)',
    input: '大会应到代表127人,因事因病请假14人,实到代表113人,符合法定人数。',
    expect: [],
    exactly: [],
  },
  {
    name: 'delegates who attended, 实际出席 (judged/pages13/district-baoshan-2019-news.txt)',
    input: '有283名代表应出席会议,276名代表实际出席,出席人数达到法定人数。',
    expect: [],
    exactly: [],
  },
  {
    name: 'delegates gathered (gold-heldout/docs/county-sansui-2011-news.txt)',
    input: '来自县内的162名代表汇聚一堂,庄严履行宪法和法律赋予的神圣职责。',
    expect: [],
    exactly: [],
  },
  {
    name: 'what the delegates handled is counted in 件, and stays (real-dev prov-anhui-2025.txt)',
    input: '自觉接受人大监督、政协民主监督和社会各方面监督，办理省人大代表建议1422件、省政协提案797件。',
    expect: [{ text: '1422件', ind: '人大代表建议' }, { text: '797件' }],
    exactly: ['1422件', '797件'],
  },
  // the group a rank, a part or a member is taken from
  {
    name: 'ranks among the counties of a region (judged/pages39/district-meixian-2016.txt)',
    input: '本级税收从2010年居全省山区五市30个县(市、区)第三位,上升到 2015年居粤东西北74个县(市、区)第二位。',
    expect: [],
    exactly: [],
  },
  {
    name: 'first among the counties, 中继续排名第一 (judged/pages17/county-zezhou-2023-summary.txt)',
    input: '地区生产总值达到556.4亿元,首次突破500亿元大关,总量在全省91个县(市)中继续排名第一;',
    expect: [{ text: '556.4亿元' }, { text: '突破500亿元' }],
    exactly: ['556.4亿元', '突破500亿元'],
  },
  {
    name: 'one of a group (judged/pages39/banner-zhungeer-2016.txt)',
    input: '主要经济指标继续保持全市领先,成为改革开放以来自治区推出的30个典型旗县区之一,县域经济基本竞争力位居全国百强前列。',
    expect: [],
    exactly: [],
  },
  {
    name: 'the products a part of which met the plan (judged/pages41/national-1956-chengjun.txt)',
    input: '在本年的４５种主要工业产品中，有３７种完成了或者超额地完成了计划。',
    expect: [{ text: '３７种' }],
    exactly: ['３７种'],
  },
  {
    name: 'the industries a part of which grew (hoppecoke.com/news/show-379964.html)',
    input: '分行業看,1-2月份,41個大類行業中有37個行業增加值保持同比增長。',
    expect: [{ text: '37個' }],
    exactly: ['37個'],
  },
  {
    name: 'the sectors, a count after the comma (gold-heldout3/docs/stats-region-2024-q3-trad-readings.txt)',
    input: '1-8月份,全區規模以上服務業10個行業門類中,7個行業營業收入實現增長。',
    expect: [{ text: '7個' }],
    exactly: ['7個'],
  },
  {
    name: 'a count that ranks is a figure, its rank after it (real-dev prov-anhui-2025.txt)',
    input: '境内上市公司数量增至184家、居全国第7位。',
    expect: [{ text: '184家', ind: '境内上市公司' }],
    exactly: ['184家'],
  },
  {
    name: 'quarters in a leading group, no rank verb before the count (real-dev prov-gansu-2025.txt)',
    input: '2024年达到1.3万亿元、增长5.8%，增速居全国第3位，连续10个季度保持在全国第一方阵。',
    expect: [{ text: '10个' }],
  },
  // ages
  {
    name: 'a person’s age (gold-heldout4/docs/national-2003-enorth-trad-sidelights.txt)',
    input:
      '5日上午,朱鎔基在十屆全國人大一次會議開幕式上作的政府工作報告,是這位74歲的中國總理代表本屆政府最後一次向全國人民代表大會匯報工作。',
    expect: [],
    exactly: [],
  },
  {
    name: 'age groups name the people counted (detect-corpus/texts/h-com-yunhe-2022.txt)',
    input: '0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。',
    expect: [{ text: '18891人' }, { text: '25594人' }],
    exactly: ['18891人', '19099人', '48951人', '25594人'],
  },
  {
    name: 'life expectancy is a figure (judged/pages44/national-2011-chengjun.txt)',
    input: '促进人口长期均衡发展，人均预期寿命提高1岁，达到74.5岁。',
    expect: [
      { text: '1岁', measure: 'change' },
      { text: '74.5岁', measure: 'level' },
    ],
    exactly: ['1岁', '74.5岁'],
  },
];

describe('numbers that are no figure of the report', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
