// Period and kind families of the thirteenth judged sample (tests/fixtures/judged/pages13, judged before any
// fix and listed at the end of its README): each row is a real page of that folder from its start to the
// mention, read without a title as the sample was.
import { describe, it } from 'vitest';
import { textUpTo } from './helpers/real-pages';
import { checkRow, rowName, type Row } from './helpers/engine';

/** a page of tests/fixtures/judged/pages13 (or of `dir`) from its start to the end of the first place that says `upTo` */
const page = (file: string, upTo: string, dir = 'tests/fixtures/judged/pages13'): string => textUpTo(`${dir}/${file}`, upTo);

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a five-year plan quoted in corner brackets (回顧「十二五」時期) dates the page as one in double quotes does',
    rows: [
      {
        name: '广东 2016 news: the review of 「十二五」 holds results, 今年…主要預期目標 the 2016 targets',
        input: page('province-guangdong-2016-news-trad.txt', '出口總額增長1%以上'),
        title: '',
        expect: [
          { text: '4.60萬億元', kind: 'actual', period: 2010 },
          { text: '68.7%', kind: 'actual', period: 2015 },
          { text: '15%以上', kind: 'target', period: 2016 },
          { text: '9.5%以上', kind: 'target', period: 2016 },
          { text: '1%以上', kind: 'target', period: 2016 },
        ],
      },
    ],
  },
  {
    family: 'on a page that gives no year, a paragraph opening on a year of results carries it into the next paragraphs',
    rows: [
      {
        name: "湖北 2016 news: 2015年這些數據很給力 heads its paragraph; 全省生產總值… after it is 2015's",
        input: page('province-hubei-2016-news-trad-readings.txt', '外貿(mào)出口增長(zhǎng)11%'),
        title: '',
        expect: [
          { text: '241家', kind: 'actual', period: 2015 },
          // (the start of 由87家增加到241家, unsaid before the page was dated by its session, 湖北省十二届人大四次会议: the
          // 十二五 review's base, 2010, read 2014 today; tests/fixtures/judged/README.md, re-judged periods)
          { text: '29550.19億元', kind: 'actual', period: 2015 },
          { text: '8.9%', kind: 'actual', period: 2015 },
          { text: '11%', kind: 'actual', period: 2015 },
        ],
      },
    ],
  },
  {
    family: "after a page's targets, a sentence about a year it reviews reports, that year written with or without 年",
    rows: [
      {
        name: '北京 2026 news (etnet): 殷勇表示，2025北京全市地區生產總值5.2萬億元人民幣，增長5.4%… after the 2026 targets',
        input: page('prov-beijing-2026-etnet-trad.txt', '城鎮調查失業率4.1%', 'tests/fixtures/report-pairs/texts'),
        title: '',
        expect: [
          { text: '5%以內', kind: 'target', period: 2026 },
          { text: '5.4%', kind: 'actual', period: 2025 },
          { text: '4.8%', kind: 'actual', period: 2025 },
          { text: '4.1%', kind: 'actual', period: 2025 },
        ],
      },
    ],
  },
];

for (const { family, rows } of families) {
  describe(family, () => {
    it.each(rows.map((r) => [rowName(r), r] as const))('%s', (_, row) => checkRow(row));
  });
}
