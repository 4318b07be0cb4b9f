// Region families of the sixth round, from the misses of the detection corpus's holdout7 (measured before them:
// region 16/21): one table per family, each row real lines of a real page (its file named), read without a page
// title; the guards are real lines the rule must leave as they were.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';

interface Row {
  /** where the lines come from */
  source: string;
  text: string;
  region: string | null;
  regionPath?: string[];
}

function table(rows: Row[]): void {
  it.each(rows)('$source → $region', ({ text, region, regionPath }) => {
    const d = detect(text, { title: '' });
    expect(d.region).toBe(region);
    if (regionPath) expect(d.regionPath).toEqual(regionPath);
  });
}

describe('a repost’s placeholder for the name it cut (某市) is no region', () => {
  table([
    {
      source: 'h7-rep-luohe-2022-51gongwen (its opening)',
      text: '某市2022年政府工作报告(19)\n政 府 工 作 报 告\n——二○二二年二月二十二日在 X市第七届人\n民代表大会第八次会议 X市X市长 秦保强\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请\n予审议,X 市政协委员提出意见。',
      region: null,
    },
    // a name the table lacks, 某某新区, is still the name given (tests/unit/metadata.test.ts)
    { source: 'metadata.test: a name the table lacks', text: '某某新区2024年政府工作报告\n各位代表:', region: '某某新区' },
  ]);
});

describe('the government the speaker speaks for gives the level (我代表x镇人民政府): a province its leader visited is not it', () => {
  table([
    {
      source: 'h7-rep-town-2022-wnwk',
      text: '2022年x镇政府工作报告各位代表:现在,我代表x镇人民政府向大会报告工作,请予审议,并请列席会议的同志提出意见。一、2021年工作总结及过去五年工作回顾2021年是中国共产党建党一百周年,也是开启全面建设社会主义现代化新征程、向第二个百年奋斗目标进军的第一年。在县委、县政府和镇党委的坚强领导下,在镇人大的监督支持下,我们认真贯彻落实党的十九大和十九届历次全会精神以及习近平总书记考察山东重要讲话指示精神,紧紧团结和依靠全镇人民',
      region: null,
    },
  ]);
});

describe('a committee and government that do the work (衡阳县委、政府全面贯彻…) are the region’s own; under whose lead it is done, its parent', () => {
  table([
    {
      source: 'h7-com-hengyang-county-2022-body',
      text: '2022年是党的二十大召开之年,也是全面实施"十四五"规划的关键之年。衡阳县委、政府全面贯彻落实省市各级工作部署,坚持"稳中求进"的工作总基调,持续巩固经济发展基础,把稳增长放在首要位置,县域经济和社会发展保持总体平稳、稳中提质的态势。\n一、综合\n初步核算,全年实现地区生产总值(GDP)420.77亿元,同比增长5.2%。',
      region: '衡阳县',
      regionPath: ['湖南省', '衡阳市', '衡阳县'],
    },
    // the guard of tests/unit/metadata-rules.test.ts: the province's committee the city works under
    {
      source: 'rep-shenzhen-2009-mislabeled',
      text: '年是极不寻常、极不平凡的一年。全市人民在党中央、国务院、广东省委、省政府和市委的正确领导下,坚持以邓小平理论和“三个代表”重要思想为指导。',
      region: null,
    },
  ]);
});

describe('a town the speaker speaks for, by the name it gives (我代表白鹤镇人民政府), after a list of other towns’ reports', () => {
  table([
    {
      source: 'h7-rep-baihe-town-2023-compilation-wnwk',
      text: '1、XX镇2023年政府工作报告汇编(35篇)目录1.2023年白鹤镇政府工作报告 2.2023年冲蒌镇政府工作报告 3.2023年凤岗镇政府工作报告 4.2023年杭垓镇政府工作报告 2023年白鹤镇政府工作报告各位代表:现在,我代表白鹤镇人民政府,向大会作政府工作报告,请予审议,并请列席人员提出意见。一、2022年工作回顾过去一年是极具挑战、极其不易的一年。',
      region: '白鹤镇',
    },
    // a town's page cut before its name says none
    { source: 'h6-rep-town-section-trad-mingyanjiaju', text: '在此,我代表鎮人民政府,向所有關心', region: null },
  ]);
});

describe('a work report titled by its year alone (2014年政府工作报告全文(双语)) is the nation’s, unless it speaks as a region', () => {
  table([
    {
      source: 'h7-rep-national-2014-part2-bilingual-hxen',
      text: '正文\n2014年政府工作报告全文(双语)\n保障群众基本生活。实施大学生就业促进计划,应届高校毕业生绝大部分实现就业。加强农村转移劳动力就业服务和职业培训,对城镇就业困难人员进行就业援助。\n推进养老保险、社会救助制度建设,城乡低保标准分别提高13.1%和17.7%,企业退休人员基本养老金水平提高10%。新开工保障性安居工程660万套,基本建成540万套,上千万住房困难群众乔迁新居。',
      region: '全国',
    },
    {
      source: 'h6-rep-helingeer-2011 (its title and review, without the delivery line)',
      text: '2011年政府工作报告\n“十一五”时期,是我县发展历程中极不平凡的五年。五年来,在市委、市政府和县委的正确领导下,我们团结带领全县各族人民,深入落实科学发展观。',
      region: null,
    },
    {
      source: 'metadata.test: 自治区 alone is no name',
      text: '政府工作报告\n各位代表:\n现在,我代表自治区人民政府,向大会报告工作,请予审议。',
      region: null,
    },
  ]);
});
