// Indicator names, round names23: a page's text wrapped inside a phrase, the figure opening its own line after a blank
// one (a PDF or a forum's copy: 年末金融机构各项存款余额\n\n299293万元): the line before, ending on words with no stop, is the
// start of the figure's phrase. Before, the clause walk stopped at the line break and left the figure with no name.
// Real sentences of the fixtures and of an unseen page (its address given); each row failed before the rule.
import { describe, it } from 'vitest';
import { checkRow, type Row, rowName } from './helpers/engine';
import { passage } from './helpers/real-pages';

const row = (path: string, from: string, to: string, expect: Row['expect']): Row => ({ input: passage(path, from, to), expect });

const rows: Row[] = [
  row('tests/fixtures/detect-corpus/texts/h9-com-fenggang-2010-page2-xiaze.txt', '金融业务扩大', '比上年增长38.8%。', [
    { text: '299293万元', indicator: '金融机构各项存款余额' },
    { text: '38.8%', indicator: '金融机构各项存款余额' },
  ]),
  row('tests/fixtures/detect-corpus/texts/h6-rep-national-2019-bilingual-wanglu.txt', '精准脱贫有力推进', '280 万人.', [
    { text: '1386 万', indicator: '农村贫困人口' },
    { text: '280 万人', indicator: '易地扶贫搬迁' },
  ]),
  // https://www.wanglu.net/thread/t12-2001-0.html (相城区 2017 communiqué, a PDF's text)
  {
    input: '全年新增私营企业\n\n6224 户,新增私营企业注册资本 340.02 亿元,分别比上年增长 54.9%和134.4%;',
    expect: [{ text: '6224 户', indicator: '新增私营企业' }],
  },
  {
    input: '年末全区市场主体总量达到\n\n92084 户, 总注册资本超',
    expect: [{ text: '92084 户', indicator: '市场主体总量' }],
  },
];

describe('a figure opening a wrapped line takes its name from the line before', () => {
  for (const r of rows) it(rowName(r), () => checkRow(r));
});
