// A bare head completed by the topic of the clause before it in the same sentence (lib/extract/topic-head.ts): the
// topic said alone or with how it moved, the object of the act the clause names, or the subject of the figure there.
// Sentences from whole real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'a topic, how it moved, then its balance: the words both say once (1994)',
    title: NATIONAL,
    input: '城乡居民储蓄存款大幅度增加，年末存款余额达到１４７６４亿元，增长百分之二十八。',
    expect: [
      { text: '１４７６４亿元', indicator: '城乡居民储蓄存款余额' },
      { text: '百分之二十八', indicator: '城乡居民储蓄存款余额', measure: 'growth' },
    ],
  },
  {
    name: 'the object of the act the clause names, then its standard (2015, 2016)',
    title: NATIONAL,
    input: '完善城乡居民基本医保，财政补助标准由每人每年320元提高到380元。整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元。',
    expect: [
      { text: '320元', indicator: '城乡居民基本医保财政补助标准' },
      { text: '420元', indicator: '城乡居民基本医保财政补助' },
    ],
  },
  {
    name: 'a sector said alone, then its investment (1982)',
    title: NATIONAL,
    input: '煤炭工业建设，五年投资一百七十九亿元，重点用于开发山西煤田。电力工业建设，五年投资二百零七亿元，重点是继续开发黄河上游。',
    expect: [
      { text: '一百七十九亿元', indicator: '煤炭工业建设投资' },
      { text: '二百零七亿元', indicator: '电力工业建设投资' },
    ],
  },
  {
    name: 'the subject of the figure before, then a bare head of it (2015)',
    title: NATIONAL,
    input: '铁路投资要保持在8000亿元以上，新投产里程8000公里以上，在全国基本实现高速公路电子不停车收费联网。',
    expect: [
      { text: '8000亿元以上', indicator: '铁路投资' },
      { text: '8000公里以上', indicator: '铁路新投产里程' },
    ],
  },
  {
    name: 'the system a clause of the sentence sets up, some clauses before the bare head (2013, 2008)',
    title: NATIONAL,
    input:
      '建立健全种粮农民补贴制度和主产区利益补偿机制，补贴标准逐年提高，覆盖范围不断扩大，补贴资金从2007年的639亿元增加到2012年的1923亿元。在全国农村全面推行新型农村合作医疗制度，用两年时间将筹资标准由每人每年50元提高到100元，其中中央和地方财政对参合农民的补助标准由40元提高到80元。',
    expect: [
      { text: '639亿元', indicator: '种粮农民补贴资金' },
      { text: '1923亿元', indicator: '种粮农民补贴资金' },
      { text: '50元', indicator: '新型农村合作医疗筹资标准' },
      { text: '100元', indicator: '新型农村合作医疗筹资标准' },
    ],
  },
  {
    name: 'the object of a clause that enlarges it, before figures that name nothing (1982)',
    title: NATIONAL,
    input: '扩大人工草场面积，计划由一九八○年的三千二百万亩增加到一九八五年的一亿亩。',
    expect: [
      { text: '三千二百万亩', indicator: '人工草场面积' },
      { text: '一亿亩', indicator: '人工草场面积' },
    ],
  },
  {
    name: 'a total is of the stock, not of those newly elected (吉林 2014)',
    input: '新晋“两院”院士5人,总数达到22人。',
    expect: [{ text: '22人', indicator: '“两院”院士总数' }],
  },
  {
    // (a clause that pushes a programme on names it, clauses.ts: 推进重大工程建设 is the topic of the investment after it)
    name: 'a clause that is a state is no topic; one that pushes a programme on is (上海 2025, 1980)',
    input: '推进重大工程建设，全年完成投资2400亿元。到１９８１年寒假毕业，校舍腾不出来，１９８１年招生数仍然安排２７万人。',
    expect: [
      { text: '2400亿元', indicator: '重大工程投资' },
      { text: '２７万人', indicator: '招生数' },
    ],
  },
];

describe('a bare head and the topic of the clause before it', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
