// A clause that says only where its subject ranks, between a figure and the next: the next figure is that subject's,
// not the figure before's (一般公共预算收入升至全国第4位,增长11.1%: lib/extract/subjects.ts RANKED, read before the
// carry in lib/extract/index.ts). Sentences from real pages, each named.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: '升至全国第4位 (report-pairs/prov-zhejiang-2019-baogaosu-review: 浙江日报 on the 2019 report)',
    title: '2019年浙江省政府工作报告',
    input: '全省生产总值增长7.1%,一般公共预算收入升至全国第4位,增长11.1%,城乡居民人均可支配收入分别增长8.4%和9.4%。',
    expect: [
      { text: '7.1%', indicator: '生产总值' },
      { text: '11.1%', indicator: '一般公共预算收入', measure: 'growth' },
    ],
  },
  {
    name: '其中…跃居世界第一位 (judged sample 25, national 2013 report, chengjun/mybook)',
    title: '2013年政府工作报告',
    input: '进出口总额年均增长12.2%，从世界第三位提升到第二位，其中出口额跃居世界第一位，占国际市场份额比2007年提高2个多百分点。',
    expect: [
      { text: '12.2%', indicator: '进出口总额' },
      { text: '2个多百分点', indicator: '出口额占国际市场份额' },
    ],
  },
  {
    name: 'an amount in words after 增加 is no subject (gold-heldout/docs/province-neimenggu-2013-trad)',
    title: '2013年內蒙古自治區政府工作報告',
    input: '全區生產總值從2007年的6423.2億元增加到2012年的1.6萬億元,增加近萬億元,年均增長15.1%。',
    expect: [{ text: '15.1%', indicator: '生产总值' }],
  },
];

describe('a clause of rank between figures', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
