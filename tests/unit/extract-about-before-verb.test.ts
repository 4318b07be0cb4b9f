// "About" said before the verb that links it to its figure, not before the number: 大约增加了两万四千种, 大约损失工业总产值一千亿元,
// 大约多耗电二、三百亿度, 约增长百分之三十三 (lib/extract/qualifier-before-verb.ts), as 约占, 约有 were. Not past a clause
// break or another number. Sentences from whole real national reports (judged samples 38, 41, 45).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: '大约 before a verb with 了 (judged sample 45, national 1964)',
    title: '1964年政府工作报告',
    input: '四年以来，主要工业产品的品种大约增加了两万四千种，比一九五八年到一九六○年大发展时期所增加的品种还多两倍。',
    expect: [
      { text: '两万四千种', qualifier: 'about' },
      { text: '两倍', qualifier: 'exact' },
    ],
  },
  {
    name: '大约 before a verb and its object (judged sample 45, national 1978)',
    title: '1978年政府工作报告',
    input:
      '从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元，钢产量二千八百万吨，财政收入四百亿元，整个国民经济几乎到了崩溃的边缘。',
    expect: [{ text: '一千亿元', qualifier: 'about' }],
  },
  {
    name: '大约 before a verb, then a range in words (judged sample 38, national 1979)',
    title: '1979年政府工作报告',
    input: '据有关部门初步估算，工业交通企业目前一年大约多耗电二、三百亿度，多耗煤几千万吨。',
    expect: [{ text: '二、三百亿度', qualifier: 'about' }],
  },
  {
    name: '约 before a verb of growth, twice in a list (judged sample 41, national 1955)',
    title: '1955年政府工作报告',
    input: '其中：国营商业约增长百分之一百三十三点二，合作社营商业约增长百分之二百三十九点五。',
    expect: [
      { text: '百分之一百三十三点二', qualifier: 'about' },
      { text: '百分之二百三十九点五', qualifier: 'about' },
    ],
  },
  {
    name: '大约 governs the figure right after its verb, not one after another number (judged sample 41, national 1955)',
    title: '1955年政府工作报告',
    input:
      '国营、合作社营、公私合营的企业和文化教育事业、国家机关的工人职员总数共增加大约三百万人，除去由私营转入公私合营和国营企业的工人职员，实增约二百万',
    expect: [{ text: '大约三百万人', qualifier: 'about' }],
  },
];

describe('about, said before the verb of its figure', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
