// Indicator names, round names23: a page that ends its sentences on an ASCII point (a PDF's copy on wanglu.net:
// 比上年增长 12.4%.其中税收收入 81.45 亿元): the point after words or a rate and before words ends the sentence, so the
// next figure's name starts after it (其中 and 全年 are then left off as at any sentence's start, and the sentence
// before, 产业结构持续优化, is no part of the name). Real sentences of an unseen page (its address given) and of the
// fixtures; each named row failed before the rule.
import { describe, it } from 'vitest';
import { checkRow, type Row, rowName } from './helpers/engine';

// https://www.wanglu.net/thread/t12-2001-0.html (相城区 2017 communiqué, a PDF's text)
const XIANGCHENG =
  '全年实现一般公共预算收入 90.00 亿元,比上年增长 12.4%.其中税收收入 81.45 亿元,比 上年增长12.9%, 税收收入占一般公共预算收入的比重达90.5%, 比上年提高 0.5 个百分点. 全年一般公共预算支出 67.89 亿元, 比上年增长 20.3%.其中城乡公共服务支出 48.19 亿元,比上 年增长 20.9%,城乡公共服务支出占一般公共预算支出的比重 达71.0%. 产业结构持续优化.全区第三产业增加值 353.34 亿元,占 地区生产总值比重为 49.5%';

const rows: Row[] = [
  {
    input: XIANGCHENG,
    expect: [
      { text: '81.45 亿元', indicator: '税收收入' },
      { text: '67.89 亿元', indicator: '一般公共预算支出' },
      { text: '48.19 亿元', indicator: '城乡公共服务支出' },
      { text: '353.34 亿元', indicator: '第三产业增加值' },
      { text: '49.5%', indicator: '第三产业增加值占地区生产总值比重' },
      // (a decimal point is no stop)
      { text: '90.00 亿元', indicator: '一般公共预算收入' },
    ],
  },
];

describe('an ASCII point between words ends a sentence', () => {
  for (const r of rows) it(rowName(r), () => checkRow(r));
});
