// A place named as the sentence's subject, run into the name after it: 云南将力争|GDP, 河北2022年|生产总值, 北京今年|城镇调查
// 失业率 (lib/extract/place-subject.ts). The place is the region, carried apart; a name keeps only the thing measured.
// Sentences from real news pages of reports (tests/fixtures/report-pairs, gold-heldout3/4, detect-corpus).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

/** the page's title (gold-heldout3/manifest.jsonl) */
const ZHENJIANG_NEWS = '“困难比预想的多”,江苏镇江市2018年GDP增长3%';

const rows: Row[] = [
  {
    name: 'place, 将, 力争 (report-pairs/prov-yunnan-2012-wwwk001k-targets-trad, 中新网 2012)',
    title: '',
    input: '李紀恒在《政府工作報告》中提出,2012年,云南將力爭GDP首次突破一萬億元人民幣,全年生產總值增長12%以上。',
    expect: [
      { text: '突破一萬億元人民幣', indicator: 'GDP' },
      { text: '12%以上', indicator: '生产总值' },
    ],
  },
  {
    name: 'place, then the year (report-pairs/prov-yunnan-2013-taiwancn-nbs, 人民日报海外版 2013)',
    title: '',
    input: '云南2012年GDP增速13%居全国第四',
    expect: [{ text: '13%', indicator: 'GDP' }],
  },
  {
    name: 'place, 今年, a modal later (report-pairs/prov-beijing-2024-bg3-targets-trad)',
    title: '',
    input: '北京今年城鎮調查失業率要控制在5%以內的目標。',
    expect: [{ text: '5%以內', indicator: '城镇调查失业率' }],
  },
  {
    name: 'the page’s own city, a year and 预计 (gold-heldout3/docs/city-zhenjiang-2019-news)',
    title: ZHENJIANG_NEWS,
    input: '据镇江广电新闻客户端“一起镇江”报道,镇江2018年预计实现地区生产总值4050亿元,增长3%。',
    expect: [{ text: '4050亿元', indicator: '地区生产总值' }],
  },
  {
    name: 'another city on the page keeps its name (gold-heldout3/docs/city-zhenjiang-2019-news: two of its sentences)',
    title: ZHENJIANG_NEWS,
    input: '据镇江广电新闻客户端“一起镇江”报道,镇江2018年预计实现地区生产总值4050亿元,增长3%。\n扬州2018年预计地区生产总值增长7%左右。',
    expect: [{ text: '7%左右', indicator: '扬州地区生产总值' }],
  },
  {
    name: 'a place that names a thing is kept: no subject word after it (长江经济带)',
    input: '2023年，长江经济带地区生产总值增长5.5%。',
    expect: [{ text: '5.5%', indicator: '长江经济带地区生产总值' }],
  },
];

describe('a place as the subject before a name', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
