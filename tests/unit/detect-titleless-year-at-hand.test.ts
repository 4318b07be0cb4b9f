// News of a session that gives its year only as the year at hand (…今天上午开幕…。2021年是“十四五”开局之年,…): the page is that
// year's, its plans that year's. Not a past year's clause on a page that goes on to a later year, nor a review's opener. Rows are
// real lines of real pages (fixture or stored page named, traditional pages as stored); guards are real lines the rule must leave.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { impliedYears } from '../../lib/detect/page-year';
import { sessionYearAtHand } from '../../lib/detect/year-at-hand';
import { normalize } from '../../lib/text/normalize';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const simplified = (s: string) => normalize(s).text;
/** the page's years as metadata.ts reads them where it names none otherwise: a paragraph on its year, then the year at hand */
const yearsOf = (head: string) => impliedYears(head) ?? sessionYearAtHand(head);

describe('news of a session opening that says its year is the year at hand is that year’s', () => {
  it('report-pairs city-dalian-2021-runsky-targets (天健网), read whole', () => {
    const d = detect(readFileSync(join(FIXTURES, 'report-pairs/texts/city-dalian-2021-runsky-targets.txt'), 'utf8'));
    expect([d.region, d.year, d.targetsYear]).toEqual(['大连市', 2021, 2021]);
  });

  it.each([
    {
      source: 'report-pairs city-dalian-2021-runsky-targets',
      head: '天健网消息(大连新闻传媒集团记者 王煜)大连市第十六届人民代表大会第四次会议今天上午开幕,市长陈绍旺代表大连政府向大会作工作报告。2021年是“十四五”开局之年,也是建党100周年,做好全年工作意义重大。新的一年有啥新目标、新任务?',
      year: 2021,
    },
    {
      // the year it reviews said first (2021年是“十四五”開局之年,成都的成績來之不易), the year at hand after it: the later
      // (http://wwwfh2222.com/news/b/2022-01-24/detail-ikyamrmz6975798.shtml)
      source: 'wwwfh2222.com 成都 2022',
      head: '1月23日,成都市第十七屆人民代表大會第六次會議開幕,會議聽取了成都市長王鳳朝作的政府工作報告,回顧2021年,安排2022年工作。\n\n  2021年是“十四五”開局之年,成都的成績來之不易。以建設踐行新發展理念的公園城市示范區為統領,統籌推進疫情防控和經濟社會發展,成都實現“十四五”良好開局。\n\n  2022年是黨的二十大召開之年,是成都加快實施“十四五”規劃、全面建設成渝地區城市經濟圈和踐行新發展理念的公園城市示范區的關鍵一年。',
      year: 2022,
    },
    {
      // (http://news.chengdu.cn/2023/0221/2328567.shtml: its paragraph opens on the year)
      source: 'news.chengdu.cn 2023-02-21',
      head: '2月21日下午,出席市十八届人大一次会议的各代表团召开全体会议,审议政府工作报告。\n\n2023年是全面贯彻落实党的二十大精神的开局之年,是“十四五”规划承上启下的攻坚之年,也是成都迈步现代化建设新征程的关键之年。',
      year: 2023,
    },
  ])('$source', ({ head, year }) => {
    expect(yearsOf(simplified(head))).toEqual({ targetsYear: year, resultsYear: year - 1 });
  });

  it.each([
    {
      // a review's words said by the report (报告指出,2021年是…开局之年,…。一年来,…), on a page of the 2022 session
      // (http://www.mdx.gov.cn/info/1040/23529.htm)
      source: 'mdx.gov.cn 牟定 2022',
      head: '1月20日,牟定县人民政府县长李永军在作《政府工作报告》时,对2021年及十七届县人民政府工作作了全面回顾,对十八届县人民政府工作目标和主要任务、2022年的主要工作作了安排部署,对切实加强政府自身建设提出了明确要求。\n\n在各级各部门和全县广大人民群众的共同努力下,2021年,牟定县经济社会发展各项目标任务高质量全面完成。\n\n报告指出,2021年是“十四五”开局之年,是中国共产党成立100周年,也是朝着我们党确立的第二个百年奋斗目标进军的开启之年。一年来,我们坚持以习近平新时代中国特色社会主义思想为指导',
    },
    {
      // no session: a commentary on a visit (https://www.dutenews.com/n/article/8681114)
      source: 'dutenews.com 8681114',
      head: '党的十八大以来,习近平总书记先后十多次到东北地区调研、三次召开专题座谈会,为东北振兴发展倾注巨大心血。2025年是“十四五”规划收官之年,从总书记开年足迹可以感到人民领袖对人民群众的深深牵挂',
    },
  ])('guard: $source', ({ head }) => {
    expect(yearsOf(simplified(head))).toBeNull();
  });
});
