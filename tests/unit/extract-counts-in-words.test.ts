// A count written in words of a hundred or more before the noun it counts (一百二十个大型项目, 四百多个工业企业) is a figure
// wherever it stands, as one after a verb of making is (新建三个…): no slogan or set phrase counts that many (lib/extract/
// quantities.ts). Smaller counts before a noun stay none without such a verb (两个积极性, a set phrase), and so do
// counts of 几. Sentences from whole real national reports (judged samples 22, 29, 33, 41, 45).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a plan of large projects, after two verbs joined by 和 (judged sample 45, national 1978)',
    title: '1978年政府工作报告',
    input: '在这同时，国家计划新建和续建一百二十个大型项目，其中有十大钢铁基地，九大有色金属基地，八大煤炭基地，十大油气田。',
    expect: [{ text: '一百二十个', value: 120, unit: '个', ind: '大型项目' }],
  },
  {
    name: 'projects built, the count after 的 (judged sample 29, national 1985)',
    title: '1985年政府工作报告',
    input: '国家按合理工期组织建设的一百二十三个大中型项目，工程的进展比较顺利',
    expect: [{ text: '一百二十三个', value: 123, ind: '大中型项目' }],
  },
  {
    name: 'enterprises where a trial ran, with 多 (judged sample 33, national 1982)',
    title: '1982年政府工作报告',
    input: '为了改变这种局面，近三年来，在四百多个工业企业中进行了以税代利的试点，其中有的是全市、县的试点',
    expect: [{ text: '四百多个', value: 400, qualifier: 'above', ind: '工业企业' }],
  },
  {
    name: 'industrial units built with help (judged sample 41, national 1955)',
    title: '1955年政府工作报告',
    input: '苏联帮助我国建设的一百五十六个工业单位，在第一个五年计划期间开始施工的是一百四十五个单位，其他十一个单位',
    expect: [{ text: '一百五十六个', value: 156, ind: '工业单位' }],
  },
  {
    name: 'a small count in words before its noun, no verb of making: a set phrase, no figure (judged sample 22, national 2005)',
    title: '2005年政府工作报告',
    input: '应当按照“全国一盘棋”的战略布局，充分发挥各个地区的优势，调动中央和地方两个积极性',
    exactly: [],
    expect: [],
  },
  {
    name: 'hundreds, 几百: no number (judged sample 45, national 1964)',
    title: '1964年政府工作报告',
    input: '而赫鲁晓夫在一九六○年突然背信弃义地撕毁几百个协定和合同，撤退苏联专家',
    exactly: [],
    expect: [],
  },
];

describe('a count in words of a hundred or more before its noun', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
