// News of a session, or a digest of the provinces' targets, that names its year only as the one something will be done in
// (为实现上述目标,2021年南京将在十个方面重点发力; 2024年中国全国“两会”将于3月初登场): its targets are that year's, its
// 去年 the year before (lib/detect/page-year.ts, plannedYears). On such a page a target changed from last year's (由去年的
// 7.5%左右上调为10%以上) and one a clause dates to that year (2020年目标为7.5%左右) are the year before's
// (lib/extract/prior-targets.ts, lib/extract/tense.ts). Real pages, with their addresses; lines of a page cut where said.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportMeta } from '../../lib/detect/metadata';
import { normalize } from '../../lib/text/normalize';
import { checkRow, rowName, type Row } from './helpers/engine';

const FIXTURES = join(__dirname, '../fixtures');

// [where the page comes from, its text (empty: the stored file), results year, targets year]
const PAGES: Array<[string, string, number | null, number | null]> = [
  [`${FIXTURES}/report-pairs/texts/city-nanjing-2021-ttzbb-targets.txt`, '', 2020, 2021],
  [
    'https://yx154.com/3198.html',
    '(北京22日综合电)中国地方两会近期开始接力举行,其中经济成长目标受到关注。以各地的政府工作报告来看,目前已公布的目标,普遍设定在5%及以上。\n2024年中国全国“两会”将于3月初登场,全国政协会议及全国人大会议将先后于3月4日及5日登场。全国两会举行前,各省级两会将依例先召开。\n“增强经济回升向好态势”成为今年多个地方政府工作报告的要点,具体呈现在经济成长目标。\n\n北京市第16届人民代表大会第2次会议周日开幕,北京市长殷勇在政府工作报告中提到2024年全北京市经济成长率目标为“5%左右”、城镇调查失业率控制在5%;同日,河北省举行第14届人民代表大会第2次会议,河北省长王正谱在政府工作报告中提出,今年河北的经济成长目标为5.5%左右。\n重庆市长胡衡华在重庆市第6届人民代表大会第2次会议中表示,今年的经济成长率目标为6%。\n15日到16日间,包含广东广州、江苏南京、安徽合肥,在当地的人大会议上提出今年的经济成长目标,分别为“不低于5%”、“5%以上”与“6%左右”。\n',
    2023,
    2024,
  ],
  // (not a page that is no work report: an essay on the second five-year plan, 1958年钢的生产要比1957年翻一番)
  [`${FIXTURES}/detect-corpus/texts/h4-essay-chenyun-second-fyp.txt`, '', null, null],
];

describe('a year said of plans dates a page that names no other', () => {
  it.each(PAGES)('%s', (where, stored, results, targets) => {
    const meta = reportMeta(normalize(stored || readFileSync(where, 'utf8')).text);
    expect([meta.resultsYear, meta.targetsYear]).toEqual([results, targets]);
  });
});

// m.yashenjiaodai.com/article/840/224.html: its first line, then its second (or third), then the line that dates it
const DIGEST_A =
  '從31省份公布(bù)的(de)2021年GDP增長目標來看,多個(gè)省份較去年上調,大部分(fèn)省份設定的2021年GDP增速目標在6%以上。\n其中,湖北的目標由去年的7.5%左右上調為10%以上;山西目標則(zé)由去年(nián)的6.1%左右上調為8%,廣西的目標則由去年的6%-6.5%上調為7.5%以上,新疆的目標則由去年的5.5%左右上調為6.5%左右,海南(nán)的目標則由去年的6.5%左右上調為10%以上。\n四川省的政府工(gōng)作(zuò)報告提到,將加強川渝(yú)協同聯動。全麵落實《成渝地區雙城(chéng)經(jīng)濟圈建設規劃綱要》和聯合實施方案(àn),強化規劃銜接政策對接,出(chū)台四川省4個實施意見、7個專(zhuān)項規劃或行動方案。突出支撐引領,共推重大項目、共建重(chóng)大平台、共抓重大改(gǎi)革、共謀重大政策,協同推動(dòng)交通建設、產業發(fā)展、科技創新、對外(wài)開放、毗鄰合作、生態建設、公共服務等方麵(miàn)取得突破。支(zhī)持川渝兩地市場主(zhǔ)體和社會組(zǔ)織(zhī)加強對接合作,廣泛(fàn)凝聚共識和合力。\n關於2021年的經濟(jì)增長,國際貨幣基(jī)金組織在當地時間1月26日發布的《世界經濟展望報(bào)告》中預計,2021年全球經濟將增長5.5%,中國(guó)經濟(jì)將增長(zhǎng)8.1%。\n';
const DIGEST_B =
  '從31省份公布(bù)的(de)2021年GDP增長目標來看,多個(gè)省份較去年上調,大部分(fèn)省份設定的2021年GDP增速目標在6%以上。\n此外,山東、陝西、貴州、江西、內蒙古等地2021年GDP增長目標均與2020年一致。河北2021年(nián)的增長(zhǎng)目標(biāo)為6.5%,2020年為6.5%左右。湖(hú)南2021年的增(zēng)長目標為7%以(yǐ)上(shàng),2020年目標為7.5%左右。青(qīng)海2021年的增長目標為6%以上,2020年(nián)目標為6%-6.5%。\n關於2021年的經濟(jì)增長,國際貨幣基(jī)金組織在當地時間1月26日發布的《世界經濟展望報(bào)告》中預計,2021年全球經濟將增長5.5%,中國(guó)經濟(jì)將增長(zhǎng)8.1%。\n';

const rows: Row[] = [
  {
    name: 'targets changed from last year’s (m.yashenjiaodai.com/article/840/224.html, lines 1, 2, 5, 6)',
    title: '',
    input: DIGEST_A,
    expect: [
      { text: '6.1%左右', kind: 'target', period: 2020 },
      { text: '8%', kind: 'target', period: 2021 },
      { text: '7.5%以上', kind: 'target', period: 2021 },
    ],
  },
  {
    name: 'last year’s target dated by its clause (m.yashenjiaodai.com/article/840/224.html, lines 1, 3, 6)',
    title: '',
    input: DIGEST_B,
    expect: [
      { text: '7.5%左右', kind: 'target', period: 2020 },
      { text: '6%-6.5%', kind: 'target', period: 2020 },
      { text: '6.5%', kind: 'target', period: 2021 },
    ],
  },
  {
    name: 'last year’s target on a page of 2023 (report-pairs city-zhengzhou-2023-17car-targets.txt)',
    title: '',
    input: readFileSync(`${FIXTURES}/report-pairs/texts/city-zhengzhou-2023-17car-targets.txt`, 'utf8'),
    expect: [{ text: '7.5%', kind: 'target', period: 2022 }],
  },
];

describe('last year’s targets on a page dated by its plans', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
