// A news headline that announces the year's targets around a figure (lib/extract/headline.ts): named after it
// (…!青岛明确今年发展主要预期目标) or before it (…公布经济目标 京沪粤望按年升6%; 31省份2021年GDP增长目标 湖北超10%), the figure
// is that year's target. Real pages' openings (the search tool's pages corpus), where each came from beside it.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const QINGDAO =
  'GDP增長6%以上!青島明確今年發(fā)展主要預期目標\n4月15日上午,青島市第十七屆人民代表大會第一次會議在市人民會堂隆重開幕。市長趙豪志代表市政府向大會作政府工作報告,報告提出2022年政府主要工作安排。\n2022年是全面落實市第十三次黨代會精神的開局之年。';
const STHEADLINE =
  '内地多地公布经济目标 京沪粤望按年升6%\n\n2021-01-24 21:26\n\n新华社图片\n新华社图片\n\n地方两会近日陆续召开,内地多省市发布政府工作报告,并公布GDP目标,大多超过6%。经济发达省市广东、北京、上海提出,今年的GDP预期目标增长6%以上,福建和广西提出的增长目标是7.5%,山西为8%,海南和湖北更提出超高目标,力争今年GDP目标增长10%以上。';

const rows: Row[] = [
  {
    name: 'the targets named after the figure, 今年 (m.qwerqqqd.com/app/content/2022-04/15/content_23166473.htm)',
    title: 'GDP增長6%以上!青島明確今年發展主要預期目標',
    input: QINGDAO,
    expect: [{ text: '6%以上', kind: 'target', period: 2022, measure: 'growth' }],
  },
  {
    name: 'the targets named before the figure (std.stheadline.com/sc/realtime/article/1483393)',
    title: '内地多地公布经济目标 京沪粤望按年升6%',
    input: STHEADLINE,
    // (its year is the page's: this opening alone names none)
    expect: [{ text: '6%', kind: 'target' }],
  },
  {
    name: 'a year’s targets before a place’s figure, under a site’s menu line (m.gucheng.com/finance/202102/4012894.shtml)',
    title: '31省份2021年GDP增长目标 湖北超10%',
    input: '专题 热点 正文\n\n31省份2021年GDP增长目标 湖北超10%\n\n2020年受新冠疫情影响,几乎所有省份预设的GDP增长目标都没有实现。',
    expect: [{ text: '超10%', kind: 'target', period: 2021 }],
  },
  {
    name: 'a figure its headline dates to the year before stays a result (report-pairs national-2026-hk01-review-trad.txt)',
    title: '兩會｜2025年國內GDP增長5% 今年經濟增長預期目標為4.5%至5%',
    input: ' date 2026-03-05 兩會｜2025年國內GDP增長5% 今年經濟增長預期目標為4.5%至5%\n撰文：盛昀\n',
    expect: [{ text: '5%', kind: 'actual', period: 2025 }],
  },
  {
    name: 'a first sentence that names the targets is no headline (zjknews.com/news/jishixinwen/202202/360193.html)',
    title: '',
    input:
      '央视网消息:截至目前,31个省区市已经全部确定并公布了自己2022年的经济发展目标。记者利用大数据技术对各地2022年政府工作报告进行分析,发现了许多新变化与新趋势。',
    expect: [{ text: '31个', kind: 'actual' }],
  },
];

describe('a headline announcing the year’s targets', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
