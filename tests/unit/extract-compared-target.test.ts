// A result compared with the target it was set, restated right after it: 低于|13%左右的预期目标, 超过|8000亿元的预期目标. The
// comparison word compares the result; it does not bound the target (lib/extract/qualifiers.ts), and the target is of the
// thing the result measured, in its measure (lib/extract/index.ts). Sentences from real pages, each named.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: '低于 a target with 左右 (judged sample 26, national 2017 report, chengjun/mybook)',
    title: '2017年政府工作报告',
    input: '稳健的货币政策灵活适度，广义货币M2增长11.3%，低于13%左右的预期目标。',
    expect: [
      { text: '11.3%', kind: 'actual' },
      { text: '13%左右', indicator: '广义货币M2', measure: 'growth', qualifier: 'about', kind: 'target' },
    ],
  },
  {
    name: '低于 in traditional (report-pairs/national-2024-0492-nbs-review-trad: 深圳特区报 on the 2023 communiqué)',
    input: '全國城鎮調查失業率均值為5.2%,比上年下降0.4個百分點,低于5.5%左右的預期目標;',
    expect: [{ text: '5.5%左右', qualifier: 'about', kind: 'target' }],
  },
  {
    name: '超过 a level target (gold-heldout4/docs/national-2019-targets-account-apcreports)',
    input: '2019年,中国铁路固定投资完成8029亿元,超过8000亿元的预期目标;全国完成公路水运投资23451亿元,超过1.8万亿元的预期目标;',
    expect: [
      { text: '8000亿元', indicator: '中国铁路固定投资', qualifier: 'exact', kind: 'target' },
      { text: '1.8万亿元', indicator: '公路水运投资', qualifier: 'exact', kind: 'target' },
    ],
  },
  {
    name: "高于 the congress's target, a growth (judged sample 10, 泾县 2007, http://www.ahjx.gov.cn/OpennessContent/show/1207858.html)",
    input: '财政收入(不含基金)2.01亿元,较上年增长26.4%,高于年初人代会12%的目标14.4个百分点。',
    expect: [{ text: '12%', indicator: '财政收入', measure: 'growth', kind: 'target' }],
  },
];

describe('a result compared with the target restated after it', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
