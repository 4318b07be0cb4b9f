// News pages of a report that give no year but in their headline, stamp or first paragraph (report-pairs held-out
// batch 14): a page stamped in a session's months (January–March) that quotes what 政府工作报告提出 is that year's session
// news; a review heading (过去一年) whose paragraph opens 2022年是…的一年 reviews that year (lib/detect/page-year.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportMeta } from '../../lib/detect/metadata';
import { normalize } from '../../lib/text/normalize';

const TEXTS = join(__dirname, '../fixtures/report-pairs/texts');
const meta = (file: string) => reportMeta(normalize(readFileSync(join(TEXTS, file), 'utf8')).text);

describe('the years of a news page of a report', () => {
  it('光明网 2022-03-05: 政府工作报告提出,今年发展主要预期目标是: (fubaore) → targets of 2022', () => {
    const m = meta('national-2022-fubaore-targets.txt');
    expect([m.year, m.targetsYear, m.resultsYear]).toEqual([2022, 2022, 2021]);
  });
  it('an e-paper: 过去一年 / 2022年是党和国家历史上极为重要的一年。 (hljnews) → results of 2022', () => {
    const m = meta('national-2023-hljnews-review.txt');
    expect([m.year, m.resultsYear]).toEqual([2023, 2022]);
  });
  // a clause's year before a comma names no budget (2023年,天津财税保持较快增长,一般公共预算收入达到…: the year reviewed), so the
  // headline's 2024年GDP预期增长目标 and the session (第十八届人民代表大会第二次会议) date the page (held-out batch 15)
  it('中新网 on 天津 2024 (melab): 2024, not 2023', () => {
    const m = meta('prov-tianjin-2024-melab-targets.txt');
    expect([m.year, m.targetsYear, m.resultsYear]).toEqual([2024, 2024, 2023]);
  });
  // 山西两会上 with its stamp 2016-01-29: the session's news (held-out batch 15, shanxishangren: 中国新闻网)
  it('中国新闻网 on 山西 2016: 正在进行的山西两会上 → 2016', () => {
    expect(meta('prov-shanxi-2016-shanxishangren-targets.txt').year).toBe(2016);
  });
  // a guard: a stamp after the session's months says nothing (a repost put online later)
  it('a stamp in September with 政府工作报告提出 dates nothing', () => {
    const text = readFileSync(join(TEXTS, 'national-2022-fubaore-targets.txt'), 'utf8').replace(
      '2022-03-05 20:52:36',
      '2022-09-05 20:52:36',
    );
    expect(reportMeta(normalize(text).text).year).toBeNull();
  });
});

// pages read blind by the trial20 round (2026-12-07), their openings as stored, each with its address
const SHENZHEN_2017 =
  '市六届人大三次会议开幕,许勤作政府工作报告,GDP目标增速8.5%\n发布时间: 2017-01-14\n来自各界各领域的490多名市人大代表出席会议,履行宪法和法律赋予的神圣职责。\n会议由大会主席团常务主席、执行主席丘海主持。大会主席团常务主席、执行主席郑轲、罗莉、蒋宇扬、刘恩、高振怀、乔家华、石岗参加会议并在主席台就坐。\n市领导戴北方、林洁、杨洪、李小甘、田夫、李建华、张子兴、刘庆生等出席会议,并在主席台就坐。\nGDP增速8.5%是稳中求进的目标\n“深圳质量型发展领先优势更加凸显。”对于2016年深圳的经济发展情况,本次政府工作报告如是评价。经初步核算,2016年本市生产总值超过1.93万亿元,';
const DONGFENG_2011_Q1 =
  '一季度东丰县经济实现跨越式发展\n中国网 china.com.cn 时间: 2011-04-15\n|\n年初以来,吉林省东丰县委、县政府以科学发展观为统领,狠抓税源项目建设,加快城镇化步伐,全力以赴招商引资,扎实推进农业现代化进程,大力实施惠民实事,实现了经济社会健康发展,取得了首季开门红。截至3月末,全县地区生产总值实现19.5亿元,同比增长22.6%;全口径财政收入完成11042万元,同比增长50.7%。其中,地方级财政收入完成7289万元,同比增长63.7%。\n(王玉君 张学刚 吕留洋 记者 李及肃)\n';
const TAICANG_GXQ_2018_H1 =
  '高新区发展态势良好 主要经济指标实现“双过半”\n发布时间:2018-08-10 来源:太仓日报\n8月3日,高新区召开党工委扩大会议暨2018年半年度工作会议。记者从会上获悉,上半年,高新区主要经济指标实现稳健增长,较好实现“双过半”。市委常委、高新区党工委书记王红星出席会议。\n今年上半年';
const FUGU_2012 =
  '●全年實現(xiàn)地區(qū)生產(chǎn)總值450億元\n●縣域綜合實力上升到全國百強縣第67位\n2012年,府谷縣緊緊圍繞“幸福府谷”建設目標,堅持科學發(fā)展,面對嚴峻復雜的經(jīng)濟社會發(fā)展形勢,凝心聚力謀發(fā)展,腳踏實地惠民生,全縣經(jīng)濟社會事業(yè)發(fā)展勢頭強勁,全年實現(xiàn)地區(qū)生產(chǎn)總值450億元,縣域綜合實力上升到全國百強縣第67位。';

describe('the years of pages read as a reader would', () => {
  // the year a clause before the report's name speaks of is no year of the report (对于2016年深圳的经济发展情况,本次政府工作
  // 报告如是评价): the session's news stamped 2017-01-14 is 2017's (http://www.szrd.gov.cn//v2/lvzhi/jdgz/zxgz/content/post_967523.html)
  it('深圳 2017 session news', () => {
    const m = reportMeta(normalize(SHENZHEN_2017).text);
    expect([m.year, m.targetsYear]).toEqual([2017, 2017]);
  });
  // a clause that opens on its year and tells what the whole year achieved, under bullets the normalizer runs into it
  // (http://m.nicastaneda.com/ztbd/2013-02-21/13614097756283.html, traditional, glossed)
  // a release of the year so far (一季度…截至3月末), dated 2011-04-15, is 2011's, not the year before's as an annual
  // communiqué published in April would be (http://xyjj.china.com.cn/2011-04/15/content_4134919.htm)
  it('东丰 2011 first quarter: 2011', () => {
    const m = reportMeta(normalize(DONGFENG_2011_Q1).text);
    expect([m.type, m.year, m.resultsYear]).toEqual(['statistical-communique', 2011, 2011]);
  });
  // a page dated after the first quarter that tells the year so far (发布时间:2018-08-10 … 上半年): its figures are 2018's
  // (https://tcxq.investchn.com/news/detail/id/16119.html: 太仓日报 on the 高新区's half year; trial20's pages)
  it('太仓高新区 2018 half year: results of 2018', () => {
    expect(reportMeta(normalize(TAICANG_GXQ_2018_H1).text).resultsYear).toBe(2018);
  });
  it('府谷 2012: 2012年,…全年實現地區生產總值450億元', () => {
    expect(reportMeta(normalize(FUGU_2012).text).resultsYear).toBe(2012);
  });
});
