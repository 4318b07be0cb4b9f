// Another place's growth in brackets beside a figure's own (同比增长7.5%(全市11.1%); 增速比全省平均水平(17.3%)和全国
// (11.4%)分别高…): a growth of the place's same figure, given to compare, not a level of the page's own; what follows goes
// on with the page's figure (lib/extract/bracket-comparisons.ts). Real sentences of statistics pages, where each came from.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'the city’s rate in brackets after a county’s (www.jiaxian.gov.cn/contents/53925/438435.html)',
    title: '',
    input:
      '(一)全县规模以上工业增加值同比增长7.5%(全市11.1%),较去年同期回落0.9个百分点,六县市排名第五;其中,当月规模以上工业增加值同比增长9.9%。\n(四)全县一般公共预算收入完成4.61亿元,同比增长1.6%(全市2.6%),六县市排名第五。',
    expect: [
      { text: '11.1%', ind: '全市规模以上工业增加值', measure: 'growth', value: 11.1 },
      { text: '0.9个百分点', ind: '规模以上工业增加值', notInd: ['全市'], measure: 'change' },
      { text: '2.6%', ind: '全市一般公共预算收入', measure: 'growth', value: 2.6 },
    ],
  },
  {
    name: 'the province’s and the nation’s rates, each after its place (news.xna8.com/mz/201507/35261.html)',
    title: '',
    input:
      '1至6月,全市固定资产投资完成232.88亿元,同比增长34.5%,增速 比全省平均水平(17.3%)和全国(11.4%)分别高17.2、23.1个百分点,增速居全省第一。\n全市规模以上工业增加值97.89亿元,同比增长9.1%,比全省(7.4%)和全国(6.3%)分别高1.7 、2.8个百分点,增幅居全省第四。',
    expect: [
      { text: '17.3%', ind: '全省固定资产投资', measure: 'growth' },
      { text: '11.4%', ind: '全国固定资产投资', measure: 'growth' },
      { text: '7.4%', ind: '全省规模以上工业增加值', measure: 'growth' },
      { text: '6.3%', ind: '全国规模以上工业增加值', measure: 'growth' },
    ],
  },
];

describe('another place’s growth in brackets', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
