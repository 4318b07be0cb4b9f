// News digests of many places' growth targets (lib/extract/growth-target-passages.ts): once a passage has named the
// GDP growth target, each place's rate given with only the place, 目标 or a time before it is that growth, not a level
// of the place. (A place other than the page's stays in the name, 山西GDP: tests/unit/extract-other-place-names.test.ts;
// here the rows hold what growth it is.) Real sentences of news pages (the search tool's pages corpus), where each came from beside it.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const DIGEST_2021 = '31省份2021年GDP增长目标';

const rows: Row[] = [
  {
    name: 'last year’s and this year’s targets of a place (m.yashenjiaodai.com/article/840/224.html)',
    title: DIGEST_2021,
    input:
      '從31省份公布(bù)的(de)2021年GDP增長目標來看,多個(gè)省份較去年上調,大部分(fèn)省份設定的2021年GDP增速目標在6%以上。\n' +
      '其中,湖北的目標由去年的7.5%左右上調為10%以上;山西目標則(zé)由去年(nián)的6.1%左右上調為8%,廣西的目標則由去年的6%-6.5%上調為7.5%以上。',
    expect: [
      { text: '7.5%左右', measure: 'growth', value: 7.5, ind: 'GDP', kind: 'target' },
      { text: '10%以上', measure: 'growth', value: 10, ind: 'GDP', kind: 'target' },
      { text: '8%', measure: 'growth', ind: 'GDP' },
      { text: '6%-6.5%', measure: 'growth', value: 6, valueMax: 6.5, ind: 'GDP' },
    ],
  },
  {
    name: 'a target and last year’s, place by place (news.sohu.com/20150209/n408867930.shtml)',
    title: '31省份政府工作报告出炉 29省份下调GDP目标',
    input:
      '这三个省份均下调了今年的GDP预期增长目标。其中,广东明确今年GDP增长目标为7.5%左右,比去年的8.5%下降1个百分点;海南今年目标为8%,比去年10%左右下调2个百分点;吉林今年目标为6.5%左右,比去年8%左右下调下调1.5个百分点。',
    expect: [
      { text: '8%', measure: 'growth', ind: 'GDP' },
      { text: '10%左右', measure: 'growth', ind: 'GDP' },
      { text: '6.5%左右', measure: 'growth', ind: 'GDP' },
    ],
  },
  {
    name: 'a place’s target named 天津的目标 (news.sohu.com/20150209/n408867930.shtml)',
    title: '31省份政府工作报告出炉 29省份下调GDP目标',
    input:
      '如,广东GDP目标定为7.5%左右,而去年的目标是8%;天津去年的目标为11%,今年则调整为9%左右;云南去年的目标是11%以上,而今年则调整为8.5%左右。',
    expect: [
      { text: '11%', measure: 'growth', ind: 'GDP' },
      { text: '9%左右', measure: 'growth', ind: 'GDP' },
      { text: '8.5%左右', measure: 'growth', ind: 'GDP' },
    ],
  },
  {
    name: 'the set highest and lowest (news.sohu.com/20150209/n408867930.shtml)',
    title: '31省份政府工作报告出炉 29省份下调GDP目标',
    input:
      '其中,GDP目标下调幅度最大的为辽宁、山西和甘肃,下调幅度均达3个百分点。下调预期之后,西藏设定的目标最高,为12%左右;面临更大转型压力的资源大省黑龙江、辽宁、山西设定的目标最低,均为6%左右。',
    expect: [{ text: '12%左右', measure: 'growth', ind: 'GDP' }],
  },
  {
    name: 'a place alone after the target named (std.stheadline.com/sc/realtime/article/1483393)',
    title: '内地多地公布经济目标 京沪粤望按年升6%',
    input:
      '经济发达省市广东、北京、上海提出,今年的GDP预期目标增长6%以上,福建和广西提出的增长目标是7.5%,山西为8%,海南和湖北更提出超高目标,力争今年GDP目标增长10%以上。',
    expect: [{ text: '8%', measure: 'growth', ind: 'GDP' }],
  },
  {
    name: 'after a rise against last year’s growth (fszi.org/eco/jjlw/2014-02-17/2280.html)',
    title: '2014年全国省级两会',
    input:
      '黑龙江、海南成为今年为数不多“逆势上扬”的两个省份,今年GDP增长目标与去年实际增长相比,黑龙江省上调0.5个百分点,达到8.5%,海南省上调0.1个百分点,达到10%。',
    expect: [
      { text: '8.5%', measure: 'growth', ind: 'GDP' },
      { text: '10%', measure: 'growth', ind: 'GDP' },
    ],
  },
  {
    name: 'places in parentheses, the list run on into the next paragraph (m.gucheng.com/finance/202102/4012894.shtml)',
    title: DIGEST_2021,
    input:
      '具体来看,31省份2021年GDP增长目标为:湖北(10%以上)、海南(10%以上)、西藏(9%以上)、陕西(6.5%左右)。\n\n甘肃(6.5%)、天津(6.5%)、吉林(6%至7%)。',
    expect: [
      { text: '9%以上', measure: 'growth', ind: 'GDP' },
      { text: '6.5%左右', measure: 'growth', ind: 'GDP' },
      { text: '6%至7%', measure: 'growth', ind: 'GDP' },
    ],
  },
  {
    name: 'a rate of its own after the target named stays a level (report-pairs national-2021-chengjun-report.txt)',
    input:
      '经济运行保持在合理区间,各年度视情提出经济增长预期目标,全员劳动生产率增长高于国内生产总值增长,城镇调查失业率控制在5.5%以内,物价水平保持总体平稳。',
    expect: [{ text: '5.5%以内', measure: 'level', ind: '失业率' }],
  },
];

describe('a digest’s places’ growth targets', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});

/** a target cut by points: 下调, 调低 are falls (measure.ts) */
const cuts: Row[] = [
  {
    name: '下调 N个百分点 (news.sohu.com/20150209/n408867930.shtml)',
    title: '31省份政府工作报告出炉 29省份下调GDP目标',
    input: '海南今年目标为8%,比去年10%左右下调2个百分点;吉林今年目标为6.5%左右,比去年8%左右下调下调1.5个百分点。',
    expect: [
      { text: '2个百分点', measure: 'change', value: -2 },
      { text: '1.5个百分点', measure: 'change', value: -1.5 },
    ],
  },
  {
    name: '调低 N个百分点 (fszi.org/eco/jjlw/2014-02-17/2280.html)',
    title: '2014年全国省级两会',
    input: '贵州则以12.5%的预期成为今年GDP增长目标最高的省份;天津调低1.5个百分点成为下调幅度最大的省份。',
    expect: [{ text: '1.5个百分点', measure: 'change', value: -1.5 }],
  },
];

describe('a target cut by points', () => {
  for (const row of cuts) it(rowName(row), () => checkRow(row));
});
