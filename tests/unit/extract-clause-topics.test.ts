// The clause reader (lib/extract/clauses.ts): a figure whose own name is a bare head takes the programme the nearest
// clause before it in its sentence names, else its paragraph's label; a sum named only by its payer takes the programme
// it pays for (its sentence's, else its paragraph's heading); a pointer (这项改革) the programme it points to. Rows by
// structure, with rows where it must not fire. Sentences from whole real reports (national 2003, 2009, 2011–2013).
import { describe, expect, it } from 'vitest';
import { programmeOf } from '../../lib/extract/clauses';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'a verb that sets up a programme, its object, then a bare head of it two clauses on (2012)',
    title: NATIONAL,
    input: '2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。',
    expect: [
      { text: '1334万人', indicator: '城镇居民社会养老保险参保' },
      { text: '641万人', indicator: '城镇居民社会养老保险领取养老金' },
    ],
  },
  {
    name: 'a programme set up, how far it reaches said after how it moved (2013)',
    title: NATIONAL,
    input: '建立健全城镇保障性住房制度，覆盖面逐步扩大，2012年底已达到12.5%。',
    expect: [{ text: '12.5%', indicator: '城镇保障性住房覆盖面' }],
  },
  {
    name: 'a glossary label opens the paragraph: its bare heads, in a list too, are the label’s (2012)',
    title: NATIONAL,
    input:
      '5.城镇居民医保：全称城镇居民基本医疗保险。筹资方式以家庭缴费为主，政府给予适当补助。2011年政府补助标准达到每人每年200元，参保人数达到2．2亿，政策范围内住院费用报销比例和开展门诊统筹地区比例分别达到70%和85%。',
    expect: [
      { text: '200元', indicator: '城镇居民医保政府补助标准' },
      { text: '2．2亿', indicator: '城镇居民医保参保人数' },
      { text: '70%', indicator: '城镇居民医保政策范围内住院费用报销比例' },
      { text: '85%', indicator: '城镇居民医保开展门诊统筹地区比例' },
    ],
  },
  {
    name: 'a payer’s sum with no purpose takes the programme its paragraph’s heading pushes on, and so does its multiple (2012)',
    title: NATIONAL,
    input: '大力推进保障性安居工程建设。出台关于保障性安居工程建设和管理的指导意见。中央财政安排资金1713亿元，是2010年的2．2倍。',
    expect: [
      { text: '1713亿元', indicator: '中央财政保障性安居工程资金' },
      { text: '2．2倍', indicator: '中央财政保障性安居工程资金' },
    ],
  },
  {
    name: 'a payer’s spending, the programme it funds set up in the clause before (2011)',
    title: NATIONAL,
    input: '加快实施国家助学制度，财政投入从2006年的18亿元增加到2010年的306亿元。',
    expect: [
      { text: '18亿元', indicator: '财政国家助学投入' },
      { text: '306亿元', indicator: '财政国家助学投入' },
    ],
  },
  {
    name: 'a pointer to a reform said in the sentence before (2003)',
    title: NATIONAL,
    input: '从２０００年起，在安徽等地开展农村税费改革试点。今年中央财政预算用于支持这项改革的资金将达３０５亿元。',
    expect: [{ text: '３０５亿元', indicator: '中央财政预算用于支持农村税费改革的资金' }],
  },
  {
    name: 'a pointer with no noun (此项) to the programme the clause before sets up, its modifiers joined (2008)',
    title: NATIONAL,
    input:
      '建立健全普通本科高校、高等和中等职业学校国家奖学金助学金制度，中央财政此项支出从2006年20.5亿元增加到去年的98亿元，高校资助面超过20%。',
    expect: [
      { text: '20.5亿元', indicator: '中央财政普通本科高校、高等和中等职业学校国家奖学金助学金支出' },
      { text: '98亿元', indicator: '中央财政普通本科高校、高等和中等职业学校国家奖学金助学金支出' },
    ],
  },
  {
    name: 'a fund set up, then the money it amassed (2003)',
    title: NATIONAL,
    input: '建立了全国社会保障基金，已积累资金１２４２亿元。',
    expect: [{ text: '１２４２亿元', indicator: '全国社会保障基金积累资金' }],
  },
  {
    name: 'a payer’s investment after a clause that supports what it is for; spending after a clause that raises it (2012)',
    title: NATIONAL,
    input:
      '支持重点产业振兴和技术改造，中央预算投资安排150亿元，支持4000多个项目。各级政府加大对科技、教育、文化、卫生、体育事业的投入，全国财政支出2．82万亿元。',
    expect: [
      { text: '150亿元', indicator: '重点产业振兴和技术改造中央预算投资' },
      { text: '2．82万亿元', indicator: '财政对科技、教育、文化、卫生、体育事业的支出' },
    ],
  },
  // where it must not fire
  {
    name: 'not a programme in the sentence before, not a label that names no programme',
    title: NATIONAL,
    input: '全面实施城乡居民大病保险。参保人数达到10亿。\n从征收部门来看：参保人数达到3亿。',
    expect: [
      { text: '10亿', indicator: '参保人数' },
      { text: '3亿', indicator: '参保人数' },
    ],
  },
  {
    name: 'not programmes joined in one phrase: the head is of all of them (2009)',
    title: NATIONAL,
    input: '将全国城乡居民分别纳入城镇职工基本医疗保险、城镇居民基本医疗保险和新型农村合作医疗制度覆盖范围，三年内参保率均提高到90%以上。',
    expect: [{ text: '90%以上', indicator: '参保率' }],
  },
  {
    name: 'not a count of things that is no head (青海 2025), not a whole budget’s spending, not a bare investment (2019, 上海 2025)',
    input:
      '出台建设世界级盐湖产业基地规划，制定、修订资源勘探开采、生态环保、智能制造等标准28项。\n积极的财政政策要加力提效。今年财政支出超过23万亿元，增长6.5%。推进重大工程建设，全年完成投资2400亿元。',
    expect: [
      { text: '28项', indicator: '标准' },
      { text: '超过23万亿元', indicator: '财政支出' },
      { text: '2400亿元', indicator: '重大工程投资' },
    ],
  },
];

describe('a bare head, a payer’s sum and a pointer, and the clause topics before them', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});

describe('the programme a clause names', () => {
  const cases: [string, string][] = [
    ['开展新型农村社会养老保险试点', '新型农村社会养老保险'],
    ['城镇居民基本医疗保险试点城市由上年的88个增加到317个', '城镇居民基本医疗保险'],
    ['降低并统一大病保险起付线', '大病保险'],
    ['实施更加积极的就业政策', '就业政策'],
    ['大力推进保障性安居工程建设', '保障性安居工程'],
    ['国家助学制度进一步完善', '国家助学'],
    // none: no programme noun, a programme noun with no name, a phrase that goes on past it, several joined
    ['覆盖面逐步扩大', ''],
    ['实施试点', ''],
    ['提高专项债券可用作项目资本金的比例', ''],
    ['扩大城镇职工和城镇居民基本医疗保险和新型农村合作医疗制度覆盖范围', ''],
    ['建立健全普通本科高校、高等和中等职业学校国家奖学金助学金制度', '普通本科高校、高等和中等职业学校国家奖学金助学金'],
  ];
  for (const [clause, programme] of cases) it(`${clause} → ${programme || 'none'}`, () => expect(programmeOf(clause)).toBe(programme));
});
