// The base a figure is compared with, read into its name: 一般公共预算收入比“十二五”|增长40.2% is named 一般公共预算收入, the
// base (比“十二五”, 比小麦高, 比各项贷款平均增速分别高) no part of the thing (lib/extract/name-compared.ts). A gap to a plan or a
// budget keeps its base (财政比年度预算超收: the overshoot is the thing). Sentences from real reports (judged samples 27, 32, 41, 42).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a growth against a plan period (judged sample 42, 甘肃 2021)',
    title: '甘肃省2021年政府工作报告',
    input:
      '全省地区生产总值由“十二五”末的6557亿元增加到9017亿元,年均增长5.5%。一般公共预算收入比“十二五”增长40.2%。存贷款余额均突破2万亿元。',
    expect: [{ text: '40.2%', indicator: '一般公共预算收入' }],
  },
  {
    name: 'a gap to another crop, twice in one sentence (judged sample 41, national 1955)',
    title: '1955年政府工作报告',
    input:
      '稻米的单位面积产量比小麦高至将近两倍，玉米的单位面积产量比别的杂粮可能增加百分之五十，薯类象红薯、土豆等则比一般杂粮的产量要多五、六倍。',
    expect: [
      { text: '将近两倍', indicator: '稻米的单位面积产量' },
      { text: '百分之五十', indicator: '玉米的单位面积产量' },
    ],
  },
  {
    name: 'a gap to the average, said with 分别 (judged sample 32, national 2015)',
    title: '2015年政府工作报告',
    input: '加大对经济社会发展薄弱环节的支持力度，小微企业、“三农”贷款增速比各项贷款平均增速分别高4.2和0.7个百分点。',
    expect: [{ text: '0.7个百分点', indicator: '“三农”贷款增速' }],
  },
  {
    name: 'a gap to the budget is the thing: kept (judged sample 27, national 2008)',
    title: '2008年政府工作报告',
    input: '去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。',
    expect: [{ text: '7239亿元', ind: '比年度预算超收' }],
  },
];

describe('a name without the base it is compared with', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
