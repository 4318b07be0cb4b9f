// Indicator names, round names24: the two sides of one flow or stock said as a pair, the second bare after the first
// (生猪存栏…头,出栏…头; 实际利用外资…、内资…): the second takes the first's subject (生猪出栏, 实际利用内资), as 购进价格
// after 工业生产者出厂价格 does. Real sentences of unseen pages (their addresses given) and of the fixtures; each row
// failed before the pairs were added (the bare 出栏, 内资, 复线, 进口, 电耗).
import { describe, it } from 'vitest';
import { checkRow, type Row, rowName } from './helpers/engine';

const rows: Row[] = [
  {
    // https://tjgb.hongheiku.com/xjtjgb/xj2020/23231.html (左云县 2020 communiqué)
    input:
      '全年猪牛羊肉总产量3776吨,增长3.4%。其中,猪肉产量1632吨,增长4.9%;牛肉产量652吨,增长32.5%;羊肉产量1492吨,下降6.98%。年末生猪存栏12807头,出栏16398头;羊存栏94769只,出栏102266头。牛奶产量3033吨,下降16%。',
    expect: [
      { text: '12807头', indicator: '生猪存栏' },
      { text: '94769只', indicator: '羊存栏' },
      { text: '16398头', indicator: '生猪出栏' },
      { text: '102266头', indicator: '羊出栏' },
    ],
  },
  {
    // tests/fixtures/judged pages43: city-zhuhai-2013.txt
    input: '预计实际利用外资14.5亿美元、内资188亿元,分别增长8.2%和37.3%。',
    expect: [
      { text: '188亿元', indicator: '实际利用内资' },
      { text: '37.3%', indicator: '实际利用内资' },
    ],
  },
  {
    // tests/fixtures/judged pages35: national-2000-chengjun.txt
    input: '增加铁路新线1423公里、复线643公里；城市基础设施建设和环境保护整治明显加快，许多城市面貌发生了较大变化；',
    expect: [{ text: '643公里', indicator: '增加铁路复线' }],
  },
  {
    // tests/fixtures/detect-corpus h13-com-changshan-2007-page3-xiaze.txt
    input: '2007年外贸进出口总额8059万美元,比上年增长40.6%,其中外贸出口7844万美元,增长38.8%,进口215万美元,增长3.1倍。',
    expect: [{ text: '215万美元', indicator: '外贸进口' }],
  },
  {
    // tests/fixtures/detect-corpus h8-rep-longgang-2014-body-lg.txt
    input: '资源能源消耗明显下降,万元GDP水耗下降12%、电耗下降7%;',
    expect: [{ text: '7%', indicator: '万元GDP电耗' }],
  },
];

describe('the second side of a pair takes the first side subject', () => {
  for (const r of rows) it(rowName(r), () => checkRow(r));
});
