// Metadata families of the sixth round, from the misses of judged sample 14: one table per family, each row a real
// page (its file under tests/fixtures) read without a page title, with the years its delivery line implies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportMeta } from '../../lib/detect/metadata';
import { normalize } from '../../lib/text/normalize';

const FIXTURES = join(import.meta.dirname, '../fixtures');

interface Row {
  /** set/file under tests/fixtures */
  file: string;
  /** [year, resultsYear, targetsYear] */
  years: [number, number, number];
}

function table(rows: Row[]): void {
  for (const r of rows)
    it(r.file, () => {
      const m = reportMeta(normalize(readFileSync(join(FIXTURES, r.file), 'utf8')).text);
      expect([m.year, m.resultsYear, m.targetsYear]).toEqual(r.years);
    });
}

describe('a congress that meets late in the year (November or December) hears a review of that year', () => {
  table([
    // ——2016年11月26日在芷江侗族自治縣第八屆人民代表大會第一次會議上 … 本屆政府任期的四年 … 2016年實現地區生產總值
    // 99.3億元(預計數): no title; the congress meets for 2017
    { file: 'judged/pages14/county-zhijiang-2016-trad-readings.txt', years: [2017, 2016, 2017] },
    // (湖南省)2016年桂阳县人民政府工作报告 … 2016年11月25日在桂阳县第十七届人民代表大会第一次会议上 … 2013年以来: titled by the
    // year it was delivered in, the next year's all the same (since holdout15; the title's year before)
    { file: 'metadata/texts/51-guiyang-2016-report-repost.txt', years: [2017, 2016, 2017] },
    // (湖北省)2020年谷城县人民政府工作报告 … 2020年12月23日在谷城县第十八届人民代表大会第五次会议上
    { file: 'judged/pages13/county-gucheng-2020.txt', years: [2021, 2020, 2021] },
    // 政府工作报告 ——2021年12月18日在萨尔图区第十二届人民代表大会… (2021年地区生产总值预计实现151.7亿元)
    { file: 'detect-corpus/texts/h2-rep-saertu-2021.txt', years: [2022, 2021, 2022] },
    // (湖北省)2017年黄梅县人民政府工作报告 … 2016年12月16日在黄梅县第十六届人民代表大会…: titled by the year it plans
    { file: 'judged/pages14/county-huangmei-2017.txt', years: [2017, 2016, 2017] },
    // 2023年十堰市张湾区政府工作报告 … ——2022年12月27日在张湾区第十届人民代表大会第二次会议上 … 一、2022年工作回顾
    { file: 'metadata/texts/21-zhangwan-2023-work.txt', years: [2023, 2022, 2023] },
  ]);
});

describe('news of a session dated only by its page stamp (a date with its time, January to March) is that year’s', () => {
  table([
    // 内蒙古自治区十三届人大一次会议开幕 布小林作政府工作报告 / 2018-01-24 22:07:23 | 来源:中国网草原频道 (1月24日讯)
    { file: 'metadata/texts/113-neimenggu-2018-work-news.txt', years: [2018, 2017, 2018] },
    // 北京︰今年GDP增長目標為5%左右 / 2025年01月14日 18:20 / …殷勇周二(14日)發表政府工作報告
    { file: 'report-pairs/texts/prov-beijing-2025-oncc-trad.txt', years: [2025, 2024, 2025] },
    // 四川2018年经济总量破4万亿 今年预期目标增长7.5% / 2019年01月14日 11:40 一财网 / 四川省十三届人大二次会议开幕
    { file: 'report-pairs/texts/prov-sichuan-2019-sina-targets.txt', years: [2019, 2018, 2019] },
    // 时间:2025-01-19 13:38:45 … 重庆市第六届人民代表大会第三次会议于1月19日上午在人民大礼堂开幕
    { file: 'report-pairs/texts/prov-chongqing-2025-mzzpw.txt', years: [2025, 2024, 2025] },
    // 2022-01-20 15:35:51 来源:东安县融媒体中心 … 省长毛伟明代表湖南省人民政府所作的《政府工作报告》
    { file: 'report-pairs/texts/prov-hunan-2022-dongannews-targets.txt', years: [2022, 2021, 2022] },
    // 2019年01月28日 星期一 … 应勇作政府工作报告提出今年上海主要预期目标 (a weekday, not a time, after the date)
    { file: 'detect-corpus/texts/news-whb-2019-frontpage.txt', years: [2019, 2018, 2019] },
    // date 2026-03-05 2026年全國兩會人大會議3月5日開幕 (a labelled date)
    { file: 'detect-corpus/texts/h-news-hk01-2026-demand-trad.txt', years: [2026, 2025, 2026] },
    // NEWS.SOHU.COM 2004年02月25日08:07 … 市政府昨日向市十四届人大二次会议作的政府工作报告
    { file: 'judged/pages11/city-chengdu-2004-news.txt', years: [2004, 2003, 2004] },
  ]);
});

describe('news of a session naming the year its targets are for, under a yearless dateline (新华网广州1月12日电)', () => {
  table([
    // 新华网北京3月5日电 温家宝总理5日作的政府工作报告,提出了2012年中国经济的主要预期目标
    { file: 'report-pairs/texts/national-2012-hkwb-targets.txt', years: [2012, 2011, 2012] },
    // 东南网1月11日讯 … 福建将全力做好2023年工作,2023年经济社会发展的主要预期目标是:
    { file: 'report-pairs/texts/prov-fujian-2023-cwan-targets.txt', years: [2023, 2022, 2023] },
    // 新华网广州1月12日电 … 提出广东2023年地区生产总值预期目标为增长5%以上
    { file: 'report-pairs/texts/prov-guangdong-2023-sina-targets.txt', years: [2023, 2022, 2023] },
    // 浙江在线杭州01月16日讯 … 在作关于2011年政府工作主要安排的报告时,他说——
    { file: 'report-pairs/texts/prov-zhejiang-2011-zjol-targets.txt', years: [2011, 2010, 2011] },
  ]);
});

describe('estimates of a year named by its place in a plan (预计在“十二五”开局之年) are of that year', () => {
  table([
    // 新華網杭州12月30日電 剛剛召開的浙江省經濟工作會議透露,預計在“十二五”開局之年,浙江省生産總值31800億元人民幣,增長9%以上
    { file: 'report-pairs/texts/prov-zhejiang-2011-cctv-big5-estimate-trad.txt', years: [2012, 2011, 2012] },
  ]);
});

describe('news of a session telling the year reviewed in a bulleted list after 报告指出:', () => {
  table([
    // 1月23日上午,广东省十四届人大二次会议在广州开幕。…报告指出:\n●2023年广东地区生产总值达到13.57万亿元、增长4.8%
    { file: 'report-pairs/texts/prov-guangdong-2024-freewechat.txt', years: [2024, 2023, 2024] },
  ]);
});

// A review of a national congress's whole term counts it from the term's first session (第十二届全国人民代表大会
// 第一次会议以来的五年): that session dates the term's start, the report closing it is delivered five years on
// (the 2018 report had year 2013 and its targets stood in the 2013 column of the comparison).
describe('a review that counts its term from the first session of a national congress is delivered five years on', () => {
  table([
    { file: 'report-pairs/texts/national-2018-chengjun-report.txt', years: [2018, 2017, 2018] },
    { file: 'detect-corpus/texts/h6-rep-national-2013-bilingual-docpreview.txt', years: [2013, 2012, 2013] },
  ]);
  it('the same review without the page around it (the 2013 report from its review on)', () => {
    const text = readFileSync(join(FIXTURES, 'detect-corpus/texts/h6-rep-national-2013-bilingual-docpreview.txt'), 'utf8');
    const m = reportMeta(normalize(text.slice(text.indexOf('第十一届全国人民代表大会第一次会议以来'))).text);
    expect(m.year).toBe(2013);
  });
  it('a session named otherwise is the session the report is delivered at', () => {
    const m = reportMeta(normalize('——2018年3月5日在第十三届全国人民代表大会第一次会议上\n各位代表:').text);
    expect(m.year).toBe(2018);
  });
});
