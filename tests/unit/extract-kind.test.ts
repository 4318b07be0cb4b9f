// Kind and period: a report reviews one year and plans the next. Its sections set the default (the
// review → results of the previous year; 主要预期目标 → targets of the report's year), words in a
// sentence turn it (力争, 确保, 到2025年 → a target; 去年 → a result), and the report's year comes from
// its title, the date it was delivered, or its text.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const REPORT_2023 = [
  '各位代表:',
  '现在,我代表太仓市人民政府,向大会报告工作,请予审议。',
  '一、2022年政府工作回顾',
  '过去一年,全年实现地区生产总值1635亿元、增长2%以上。新增高新技术企业300家。',
  '二、2023年目标任务和主要工作',
  '今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,一般公共预算收入增长6%左右。' +
    '去年我市新增省级专精特新企业85家,今年新增高新技术企业200家。到2025年,数字经济核心产业增加值占比达到15%。',
].join('\n\n');

const rows: Row[] = [
  {
    name: 'review → actual of the previous year; targets section → target of the report year',
    title: '太仓市2023年政府工作报告',
    input: REPORT_2023,
    expect: [
      { text: '1635亿元', kind: 'actual', period: 2022 },
      { text: '2%以上', kind: 'actual', period: 2022 },
      { text: '300家', kind: 'actual', period: 2022 },
      { text: '5%左右', kind: 'target', period: 2023 },
      { text: '6%左右', kind: 'target', period: 2023 },
      { text: '85家', kind: 'actual', period: 2022 },
      { text: '200家', kind: 'target', period: 2023 },
      { text: '15%', kind: 'target', period: 2025 },
    ],
  },
  {
    name: 'the same in traditional characters',
    title: '太倉市2023年政府工作報告',
    input: '過去一年,全年實現地區生產總值1635億元、增長2%以上。\n\n今年經濟社會發展的主要預期目標是:地區生產總值增長5%左右。',
    expect: [
      { text: '1635億元', kind: 'actual', period: 2022 },
      { text: '5%左右', kind: 'target', period: 2023 },
    ],
  },
  {
    name: 'the year from the date the report was delivered (no title)',
    title: '',
    input:
      '政府工作报告\n\n——2023年1月3日在太仓市第十七届人民代表大会第二次会议上\n\n各位代表:\n\n一、过去一年工作回顾\n\n全年实现地区生产总值1635亿元。' +
      '\n\n二、今年主要工作\n\n今年经济社会发展的主要预期目标是:地区生产总值增长5%左右。',
    expect: [
      { text: '1635亿元', kind: 'actual', period: 2022 },
      { text: '5%左右', kind: 'target', period: 2023 },
    ],
  },
  {
    name: 'the year from the title in the text (no page title)',
    title: '',
    input: '太仓市2023年政府工作报告\n\n时间: 2023-01-05 16:48 来源: 太仓市人民政府\n\n过去一年,地区生产总值1635亿元。',
    expect: [{ text: '1635亿元', kind: 'actual', period: 2022 }],
  },
  {
    name: "the year from the page's date line",
    title: '',
    input: '时间: 2024-01-05 来源: 某区人民政府\n\n各位代表:过去一年,地区生产总值1635亿元。',
    expect: [{ text: '1635亿元', kind: 'actual', period: 2023 }],
  },
  {
    name: 'a 2025 targets section (Wuzhong style title with the date in parentheses)',
    title: '苏州市吴中区人民政府工作报告(2025年1月6日)',
    input: '2025年主要目标和任务\n\n今年经济社会发展的主要预期目标是:地区生产总值增长5.5%左右。力争新增上市企业2~3家。',
    expect: [
      { text: '5.5%左右', kind: 'target', period: 2025 },
      { text: '2~3家', kind: 'target', period: 2025 },
    ],
  },
  {
    name: 'national report: 主要预期目标',
    title: '2024年国务院政府工作报告',
    input: '今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人以上。',
    expect: [
      { text: '5%左右', kind: 'target', period: 2024 },
      { text: '1200万人以上', kind: 'target', period: 2024 },
    ],
  },
  {
    name: '力争 and 将 turn a sentence into a target outside any section',
    title: '某市2023年政府工作报告',
    input: '力争全年新增高新技术企业100家。全年将新增绿地100公顷。',
    expect: [
      { text: '100家', kind: 'target', period: 2023 },
      { text: '100公顷', kind: 'target', period: 2023 },
    ],
  },
  {
    name: '到2025年 sets the period',
    title: '某市2023年政府工作报告',
    input: '到2025年,数字经济核心产业增加值占地区生产总值比重达到15%。',
    expect: [{ text: '15%', kind: 'target', period: 2025 }],
  },
  {
    name: 'a year in a review sentence sets its period',
    title: '某市2024年政府工作报告',
    input: '过去一年,2022年全市地区生产总值1800亿元,2023年达到2100亿元。',
    expect: [
      { text: '1800亿元', kind: 'actual', period: 2022 },
      { text: '2100亿元', kind: 'actual', period: 2023 },
    ],
  },
  {
    name: 'a statistical communiqué states results of its own year',
    title: '2022年太仓市国民经济和社会发展统计公报',
    input: '初步核算,全年实现地区生产总值1635亿元,比上年增长2.1%。年末户籍人口52.3万人。',
    expect: [
      { text: '1635亿元', kind: 'actual', period: 2022 },
      { text: '2.1%', kind: 'actual', period: 2022 },
      { text: '52.3万人', kind: 'actual', period: 2022 },
    ],
  },
  {
    name: "五年来 reviews a term, then the year's targets",
    title: '某市2023年政府工作报告',
    input: '五年来,全市地区生产总值年均增长6.5%。\n\n今年经济社会发展的主要预期目标是:地区生产总值增长5%左右。',
    expect: [
      { text: '6.5%', kind: 'actual' },
      { text: '5%左右', kind: 'target', period: 2023 },
    ],
  },
  {
    // 力保 (strive to hold) sets a target as 力争 does; the 力 of 财力, 电力 before 保障 or 保供 does not
    name: '力保 turns a sentence to a target, not the 力 of another word',
    title: '北京市2009年政府工作报告',
    input: '各部门、各区县必须力保全市GDP增长9%和地方财政收入增长10%以上的目标。\n\n电力保供有力有序,信访事项一次性化解率97.8%。',
    expect: [
      { text: '9%', kind: 'target' },
      { text: '10%以上', kind: 'target' },
      { text: '97.8%', kind: 'actual' },
    ],
  },
  {
    // news of a budget report (大众日报 via sina, 2021; gold set 4): the year planned opens its clause after 报告提出, and a
    // comma may stand between the year and the revenue it budgets
    name: 'news of a budget: 报告提出,2021年,…收入安排 is the year’s budget',
    title: '我省2020年预算执行情况和2021年预算草案报告提出',
    input:
      '2020年,全省一般公共预算总收入12515.67亿元。\n报告提出,2021年,全省一般公共预算收入安排6888亿元,比上年增长5%;一般公共预算支出安排11793亿元,增长5%。',
    expect: [
      { text: '12515.67亿元', period: 2020 },
      { text: '6888亿元', kind: 'target', period: 2021 },
      { text: '11793亿元', kind: 'target', period: 2021 },
    ],
  },
];

describe('kind and period', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
