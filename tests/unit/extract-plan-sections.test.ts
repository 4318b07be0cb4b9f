// A paragraph that opens on a five-year plan's period (“十四五”时期是…; “十三五”时期是广东发展史上…的五年) opens a section
// over the plan's years (tense.ts REVIEW_MARK): a plan still ahead holds its targets (for its last year; over its years
// where its words sum, average or hold: 年均增长7%以上, 控制在5.5%以内), a plan passed holds its results. Rows are real
// texts from their start to the mention. A heading of the year's targets joined to its other work (今年发展主要目标和
// 下一阶段工作总体部署) opens the year's plans, and so does 新的一年,我们要… after a short review inside them (tense.ts
// PLAN_MARK).
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const PAIRS = 'tests/fixtures/report-pairs/texts';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a plan ahead, opened by its period (“十四五”时期是…): its targets, for its last year or over its years',
    rows: [
      {
        name: 'national 2021: 《纲要草案》…城镇调查失业率控制在5.5%以内;全社会研发经费投入年均增长7%以上',
        input: textUpTo(`${PAIRS}/national-2021-chengjun-report.txt`, '年均增长7%以上'),
        title: '',
        expect: [
          { text: '超过6000万人', kind: 'actual', period: 2020, periodFrom: 2016 },
          { text: '5.5%以内', kind: 'target', period: 2025, periodFrom: 2021 },
          { text: '7%以上', kind: 'target', period: 2025, periodFrom: 2021 },
        ],
      },
      {
        name: 'national 2021: 常住人口城镇化率提高到65%; 森林覆盖率达到24.1%; 能耗和二氧化碳排放分别降低13.5%、18%',
        input: textUpTo(`${PAIRS}/national-2021-chengjun-report.txt`, '降低13.5%、18%'),
        title: '',
        expect: [
          { text: '65%', kind: 'target', period: 2025, periodFrom: null },
          { text: '24.1%', kind: 'target', period: 2025, periodFrom: null },
          { text: '13.5%', kind: 'target', period: 2025, periodFrom: 2021 },
        ],
      },
      {
        name: 'national 2021: the year’s targets after it (今年发展主要预期目标是:国内生产总值增长6%以上)',
        input: textUpTo(`${PAIRS}/national-2021-chengjun-report.txt`, '城镇新增就业1100万人以上'),
        title: '',
        expect: [
          { text: '6%以上', kind: 'target', period: 2021, periodFrom: null },
          { text: '1100万人以上', kind: 'target', period: 2021, periodFrom: null },
        ],
      },
    ],
  },
  {
    family: 'a plan passed, opened by its period (“十三五”时期是…的五年; “十三五”期间,…): its results over its years',
    rows: [
      {
        name: '广东 2021 news: 2020年超过11万亿元,年均增长6%; 地方一般公共预算收入从9367亿元增加到12922亿元、年均增长6.6%',
        input: textUpTo(`${PAIRS}/prov-guangdong-2021-ycwb-targets.txt`, '年均增长8%'),
        title: '',
        expect: [
          { text: '超过11万亿元', kind: 'actual', period: 2020, periodFrom: null },
          { text: '6%', kind: 'actual', period: 2020, periodFrom: 2016 },
          { text: '9367亿元', kind: 'actual', period: 2015 },
          { text: '6.6%', kind: 'actual', period: 2020, periodFrom: 2016 },
          { text: '8%', kind: 'actual', period: 2020, periodFrom: 2016 },
        ],
      },
    ],
  },
  {
    family: 'a heading of the year’s targets joined to its other work (二、今年发展主要目标和下一阶段工作总体部署): the year planned',
    rows: [
      {
        name: 'national 2020: the review (国内生产总值达到99.1万亿元) and, after the heading, 上述2万亿元全部转给地方; 新开工改造城镇老旧小区3.9万个',
        input: textUpTo(`${PAIRS}/national-2020-chengjun-report.txt`, '新开工改造城镇老旧小区3.9万个'),
        title: '',
        expect: [
          { text: '99.1万亿元', kind: 'actual', period: 2019 },
          { text: '2万亿元', kind: 'target', period: 2020 },
          { text: '3.9万个', kind: 'target', period: 2020 },
        ],
      },
      {
        name: 'national 2020: 继续执行去年出台的…政策,新增减税降费约5000亿元 (去年 dates the policy, not the figure)',
        input: textUpTo(`${PAIRS}/national-2020-chengjun-report.txt`, '新增减税降费约5000亿元'),
        title: '',
        expect: [{ text: '约5000亿元', kind: 'target', period: 2020 }],
      },
      {
        name: 'national 2020: 新建高标准农田8000万亩; 居民医保人均财政补助标准增加30元',
        input: textUpTo(`${PAIRS}/national-2020-chengjun-report.txt`, '居民医保人均财政补助标准增加30元'),
        title: '',
        expect: [
          { text: '8000万亩', kind: 'target', period: 2020 },
          { text: '30元', kind: 'target', period: 2020 },
        ],
      },
    ],
  },
  {
    family: 'plans that go on after a short review inside them (一年来,我们…。新的一年,我们要…): the year planned again',
    rows: [
      {
        name: 'national 2010: 一年来,我们大力发展公益性文化事业…。新的一年,我们要… then 试点范围扩大到23%的县',
        input: textUpTo(`${PAIRS}/national-2010-chengjun-report.txt`, '试点范围扩大到２３％的县'),
        title: '',
        expect: [{ text: '２３％', kind: 'target', period: 2010 }],
      },
      {
        name: 'national 2010: 中央财政拟安排保障性住房专项补助资金632亿元,…。建设保障性住房300万套,各类棚户区改造住房280万套',
        input: textUpTo(`${PAIRS}/national-2010-chengjun-report.txt`, '各类棚户区改造住房２８０万套'),
        title: '',
        expect: [
          { text: '６３２亿元', kind: 'target', period: 2010 },
          { text: '３００万套', kind: 'target', period: 2010 },
          { text: '２８０万套', kind: 'target', period: 2010 },
        ],
      },
    ],
  },
];

describeLastMentions(families);
