// A change told after a level moved between two years (从2005年的28.02亿元增加到2011年的95.2亿元,增长3.4倍), or against a
// base year by a harvest's verb (比2002年增产11415万吨,增长25%), runs over the years after the base: periodFrom is the base's
// next year (lib/extract/comparison-bases.ts). Real sentences, where each came from beside it.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: "a prefecture's six years, the years said once for a list (xgll.com.cn/xwzx/2012-01/11/content_29281.htm)",
    title: '',
    input:
      '地区生产总值从2005年的28.02亿元增加到2011年的95.2亿元,增长3.4倍,人均生产总值从7738元增加到24715元,增长3.2倍;地方财政一般预算收入从1.39亿元增加到8.6亿元,增长6.2倍;',
    expect: [
      { text: '28.02亿元', period: 2005, periodFrom: null },
      { text: '95.2亿元', period: 2011, periodFrom: null },
      { text: '3.4倍', measure: 'growth', period: 2011, periodFrom: 2006 },
      { text: '3.2倍', measure: 'growth', period: 2011, periodFrom: 2006 },
      { text: '6.2倍', measure: 'growth', period: 2011, periodFrom: 2006 },
    ],
  },
  {
    name: 'grain against a base year, traditional (neijiangzixun.com/2012-11/30/content_415722.htm)',
    input: '報告公布的數據顯示,2011年,全國糧食總產量突破55000萬噸大關,達到57121萬噸,比2002年增產11415萬噸,增長25%,年均增長2.5%。',
    expect: [
      { text: '57121萬噸', period: 2011, periodFrom: null },
      { text: '11415萬噸', measure: 'change', period: 2011, periodFrom: 2003 },
      { text: '25%', measure: 'growth', period: 2011, periodFrom: 2003 },
    ],
  },
];

describe('a change over the years from a base the sentence states', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
