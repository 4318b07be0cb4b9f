// Marks a name is read back over: a digest's elision mark (……城乡居民人均收入分别为…) and the colon after a heading word
// (预计:全县GDP…) are no part of the name (lib/extract/name-marks.ts). Sentences from real report pages (judged samples 46, 47).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'an elision mark before a pair split by 分别 (judged sample 46, 湖南 2012 digest)',
    title: '2012年湖南省人民政府工作报告摘要(加强和创新社会管理部分)',
    input: '全省实现地区生产总值2万亿元左右(预计数,下同),增长13%左右;……城乡居民人均收入分别为18844元和6563元,分别增长13.8%和16.7%。',
    expect: [
      { text: '18844元', indicator: '城镇居民人均收入' },
      { text: '6563元', indicator: '农村居民人均收入' },
      { text: '13.8%', indicator: '城镇居民人均收入' },
      { text: '16.7%', indicator: '农村居民人均收入' },
    ],
  },
  {
    name: 'a colon after 预计 (judged sample 47, 兴文县 2018)',
    title: '',
    input: '预计:全县GDP突破百亿元大关,达109亿元、增长9.2%;一般公共预算收入8.02亿元、增长10.7%;',
    expect: [
      { text: '109亿元', indicator: '全县GDP' },
      { text: '9.2%', indicator: '全县GDP' },
      { text: '8.02亿元', indicator: '一般公共预算收入' },
    ],
  },
];

describe('a name without the marks it was read back over', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
