// A plan's sum said right after 计划 (收入计划34,888万元, 支出年初计划202,349万元, 占年度计划15.3亿元) is the plan of
// its year, a target, in a budget's execution report or a review of the half-year too; what was done beside it stays a
// result (lib/extract/restated-targets.ts). Real sentences, where each came from.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a county’s revenue and spending plans in its budget execution report (gcs66.com/document_detail/113496.html)',
    title: '',
    input:
      '(贵州省)关于黔南州长顺县2020年财政预算执行情况及2021年财政预算(草案)报告\n长顺县2020年财政预算执行情况及2021年财政预算(草案)报告\n(2021年3月5日在县第十七届人民代表大会第五次会议上)\n县财政局局长 韦超\n各位代表:\n受县人民政府委托,现将长顺县2020年财政预算执行情况和2021年财政预算(草案)提请会议审议,并请各位政协委员及特邀列席会议的同志提出意见。\n一、2020年财政收支情况\n2020年,在县委的坚强领导下,在县人大的法律监督和县政协的民主监督下,全县财税部门以习近平新时代中国特色社会主义思想为指导,坚决贯彻落实中央、省、州、县经济工作会议精神,坚持以脱贫攻坚坚坚统揽经济社会发展全局。认真履行财政工作职能,积极应对疫情影响和经济下行压力,大力组织财政收入,优化支出结构,财政各项工作顺利推进,财政收支预算执行情况总体较好。\n(一)一般公共预算收支执行情况\n1.一般公共预算收入执行情况。经长顺县第十七届人民代表大会第四次会议审议批准,我县2020年一般公共预算收入计划34,888万元,预算执行过程中,由于新冠肺炎疫情影响和减税降费政策的深入实施,导致财政收入减收,2020年全县一般公共预算收入完成34,264万元,比上年增加61万元,增长0.2%,完成年初预算的98.21%,其中:税收收入完成17,924万元,比上年减少2,956万元,下降14.2%;非税收入完成16,340万元,比上年增加3,017万元,增长22.6%。非税收入占一般公共预算收入比重47.69%,比上年增加8.74个百分点。\n2.一般公共预算支出执行情况。2020年一般公共预算支出年初计划202,349万元,预算执行过程中,通过各部门积极向上争取,上级追加下达各项转移支付资金,财政支出相应增加,一般公共预算支出完成232,940万元。',
    expect: [
      { text: '34,888万元', kind: 'target', period: 2020 },
      { text: '34,264万元', kind: 'actual', period: 2020 },
      { text: '202,349万元', kind: 'target', period: 2020 },
      { text: '232,940万元', kind: 'actual', period: 2020 },
    ],
  },
  {
    name: 'a city’s half-year investment against the year’s plan (xiexiebang.com/a6/2019051516/d577a083066ede01.html)',
    title: '',
    input:
      '一、我市上半年项目建设基本特点\n元至6月,我市完成全社会固定资产投资68585万元,同比增长44.7%,占年度计划15.3亿元的 44.8%;其中市县属完成45389万元,与上年持平。',
    expect: [
      { text: '68585万元', kind: 'actual' },
      { text: '15.3亿元', kind: 'target' },
      { text: '45389万元', kind: 'actual' },
    ],
  },
];

describe('a plan’s sum after 计划', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
