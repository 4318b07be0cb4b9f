// A plan's news says what it expects with 預期 leading its clause — after the year planned (2018年預期全省生產總值增長…),
// or before a comma (《計劃》預期,2018年…) — and what it plans to cut with 計劃壓減: target words (lib/extract/tense-cues.ts),
// as 预期目标, 预期增长 were. Not 预期寿命 (an indicator). Sentences from a real page: tests/fixtures/report-pairs/texts/
// prov-shandong-2018-925eat-plan-targets-trad.txt (http://www.925eat.com, 山東省2018年國民經濟和社會發展計劃, traditional).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: '2018年預期 leading the clause, on a plan page dated 2018',
    title: '山東省2018年國民經濟和社會發展計劃',
    input:
      '根據《計劃》,2018年預期全省生產總值增長7%以上,服務業增加值占生產總值比重達到50%,城鎮新增就業110萬人,城鎮和農村居民人均可支配收入分別增長8%和8.5%。',
    expect: [
      { text: '7%以上', kind: 'target', period: 2018 },
      { text: '50%', kind: 'target', period: 2018 },
      { text: '110萬人', kind: 'target', period: 2018 },
      { text: '8.5%', kind: 'target', period: 2018 },
    ],
  },
  {
    name: '《計劃》預期, before the year planned',
    title: '山東省2018年國民經濟和社會發展計劃',
    input: '《計劃》預期,2018年全省生產總值增長7%以上,一般公共預算收入增長6.5%,固定資產投資增長8%左右。',
    expect: [
      { text: '6.5%', kind: 'target', period: 2018 },
      { text: '8%左右', kind: 'target', period: 2018 },
    ],
  },
  {
    name: '計劃壓減: a plan to cut',
    title: '山東省2018年國民經濟和社會發展計劃',
    input: '深化供給側結構性改革方面,全年計劃壓減粗鋼355萬噸、生鐵60萬噸、煤炭465萬噸。',
    expect: [
      { text: '355萬噸', kind: 'target', period: 2018 },
      { text: '465萬噸', kind: 'target', period: 2018 },
    ],
  },
];

describe("a plan's 預期 and 計劃壓減", () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
