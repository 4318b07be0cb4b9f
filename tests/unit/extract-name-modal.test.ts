// A modal between who acts and the act a figure counts (将, 可, 可以), a modal or plan word left at a name's end (可能,
// 预定), and the 包括 of what a figure includes (lib/extract/name-modal.ts, name-lead.ts): dropped from the name; not
// where the act makes a noun with 的 (可压缩的投资), not from words that open with 可 (可吸入颗粒物, 可比), not 包括 before
// a scope (包括村办工业). Sentences from whole real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'a subject, 将, then the act and its thing; 可 opening the name (2012)',
    title: NATIONAL,
    input: '预计通过三年行动计划的实施，各地将新建改扩建幼儿园9万多所，可新增园位500多万个，有效缓解“入园难”问题。',
    expect: [
      { text: '9万多所', indicator: '各地新建改扩建幼儿园' },
      { text: '500多万个', indicator: '新增园位' },
    ],
  },
  {
    name: '可以 and 将 before what is saved or spent (1980, 2006)',
    title: NATIONAL,
    input: '轻工业产值的比重提高１％，可以少用标准煤６００万吨。五年内国家财政将投入200多亿元，对乡镇卫生院进行改造。',
    expect: [
      { text: '６００万吨', indicator: '少用标准煤' },
      { text: '200多亿元', indicator: '国家财政投入' },
    ],
  },
  {
    name: 'a modal or a plan word at the end of a name (1980, 1998)',
    title: NATIONAL,
    input: '根据１９８０年计划，积累率可能进一步降到３０％左右。今年全社会固定资产投资预定增长10％或者更多一点。',
    expect: [
      { text: '３０％左右', indicator: '积累率' },
      { text: '10％', indicator: '全社会固定资产投资', measure: 'growth' },
    ],
  },
  {
    name: '包括 with the 将 of what it raises, and 包括 before a part named by its measure (2000, 2003)',
    title: NATIONAL,
    input: '包括将失业保险金水平、城镇居民最低生活保障金水平提高30％；国有及国有控股企业累计筹资7436亿元，包括境外筹资352亿美元。',
    expect: [
      { text: '30％', indicator: '失业保险金水平、城镇居民最低生活保障金水平' },
      { text: '352亿美元', indicator: '境外筹资' },
    ],
  },
  {
    name: 'what can be cut, a measure of its own, keeps its 可; a word that opens with 可 keeps it (1989, 2015)',
    title: NATIONAL,
    input: '全国已经停建缓建固定资产投资项目１８０００个，可压缩今后几年的投资６４７亿元。可吸入颗粒物PM10平均浓度下降7.6%。',
    expect: [
      { text: '６４７亿元', indicator: '可压缩的投资' },
      { text: '7.6%', indicator: '可吸入颗粒物PM10平均浓度' },
    ],
  },
];

describe('a modal or 包括 between a subject and its act', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
