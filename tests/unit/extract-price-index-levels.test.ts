// A price index in per cent is its rise where it is a rise (居民消费价格指数控制在3.5%以内), but an index on a base of 100 said
// as its value (居民消费价格指数为99.6%) is a level of the index, not a growth of 99.6% (lib/extract/index.ts). Real
// sentences, where each came from beside it.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: "a city's results (cixird.gov.cn/index.php/rd/content?id=373943)",
    input: '城镇登记失业率为2.29%,城乡调查失业率为2.78%;居民消费价格指数为99.6%;人口自然增长率为0.18‰;',
    expect: [{ text: '99.6%', measure: 'level', value: 99.6, ind: '居民消费价格指数' }],
  },
  {
    name: "a city report's news (news.cnnb.com.cn/system/2013/02/22/007636780.shtml)",
    input: '市区居民人均可支配收入达到37902元,农村居民人均纯收入达到18475元,分别增长11.3%和11.8%;居民消费价格指数101.7%。',
    expect: [{ text: '101.7%', measure: 'level', value: 101.7 }],
  },
  {
    name: "a county communiqué's categories (detect-corpus/texts/h7-com-wenxi-2022-bbcode.txt)",
    input: '食品烟酒类价格指数为100.8%;衣着类价格指数为100.0%;居住类价格指数为100.0%;',
    expect: [{ text: '100.8%', measure: 'level', value: 100.8 }],
  },
  {
    name: 'a rise is still a growth (judged/pages7/county-wulian-2013-news.txt)',
    input: '社会消费品零售总额增长17%,居民消费价格指数控制在3.5%以内,',
    expect: [{ text: '3.5%以内', measure: 'growth', value: 3.5 }],
  },
];

describe('a price index on a base of 100', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
