// A plan's sum said inside the share of it done (为全年任务740万元的56.6%; 完成预算调整数41616万元的103.56%): the sum is the
// plan of the figure before (a target), the share is that figure's completion rate, and what follows goes on with the
// figure (lib/extract/phrases.ts PLAN_AMOUNT, lib/extract/restated-targets.ts). Real sentences, where each came from.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a town’s half-year revenue against the year’s task (longhui.gov.cn/lhxsmq/jhzj/201312/5389a520fd29454892e83bfcf1600663.shtml)',
    title: '',
    input: '一、经济发展形势较好。截至6月底,全镇财税总收入累计完成419万元,为全年任务740万元的56.6%。',
    expect: [
      { text: '740万元', ind: '财税总收入', notInd: ['完成率'], kind: 'target' },
      { text: '56.6%', ind: '财税总收入完成率', measure: 'level' },
    ],
  },
  {
    name: 'a county’s revenue against its adjusted budget (sjx.gov.cn/xxgk/fdzdgknr/yjsgkpt/zfys/zfys2020/t19700101_2524316.shtml)',
    title: '三江侗族自治县2019年财政预算执行情况和2020年财政预算(草案)的报告',
    input: '⑴地方一般公共财政收入(表一)。2019年,一般公共财政收入43096万元,完成预算调整数41616万元的103.56%,同比增长87.34%。',
    expect: [
      { text: '41616万元', ind: '一般公共财政收入预算', kind: 'target' },
      { text: '103.56%', ind: '一般公共财政收入预算完成率' },
      { text: '87.34%', indicator: '一般公共财政收入', measure: 'growth' },
    ],
  },
  {
    name: 'the sum a task was beaten by is a result (tests/fixtures/judged/pages12/banner-sunite-2023.txt)',
    title: '苏尼特右旗2023年政府工作报告',
    input: '固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%。',
    expect: [{ text: '2.1亿元', kind: 'actual' }],
  },
];

describe('a plan’s sum inside the share of it done', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
