// Indicator families found reading the old whole national work reports (1987–2001) of the judged samples
// (tests/fixtures/judged/pages19, pages20: chengjun/mybook data/gov_reports1954-2021.txt, see their manifests),
// tested on real sentences of those reports (the report and year named in each row's name). Each row failed before
// its fix.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { sentenceOf } from './helpers/real-pages';

const J = 'tests/fixtures/judged';
const FILES: Record<number, string> = {
  1987: `${J}/pages19/national-1987-chengjun.txt`,
  1988: `${J}/pages20/national-1988-chengjun.txt`,
  1992: `${J}/pages20/national-1992-chengjun.txt`,
  2001: `${J}/pages19/national-2001-chengjun.txt`,
  2002: `${J}/pages18/national-2002-chengjun.txt`,
  2018: 'tests/fixtures/report-pairs/texts/national-2018-chengjun-report.txt',
};
/** the 2025 Fujian work report of ../shared/eval/real-dev/reports */
const FUJIAN_2025 = '../shared/eval/real-dev/reports/prov-fujian-2025.txt';

/** a row of one sentence of the national report of `year` that says `phrase`, read without a title */
const row = (year: number, phrase: string, expect: Row['expect']): Row => ({
  name: `national ${year}: ${phrase}`,
  input: sentenceOf(FILES[year], phrase),
  title: '',
  expect,
});

interface Family {
  family: string;
  rows: Row[];
}

const families: Family[] = [
  {
    family: 'a topic said alone opens a sentence of year values: it names each figure',
    rows: [
      row(1988, '农民人均纯收入，１９８２年为', [
        { text: '２７０元', indicator: '农民人均纯收入' },
        { text: '４６３元', indicator: '农民人均纯收入' },
        { text: '８．６％', indicator: '农民人均纯收入' },
      ]),
      row(1988, '城镇居民人均生活费收入，１９８２年为', [
        { text: '４９４．５元', indicator: '城镇居民人均生活费收入' },
        { text: '６．３％', indicator: '城镇居民人均生活费收入' },
      ]),
    ],
  },
  {
    family: 'a year or a modal between a name and its verb is no part of the name',
    rows: [
      row(2001, '国家外汇储备2000年底达', [
        { text: '1656亿美元', indicator: '国家外汇储备' },
        { text: '920亿美元', indicator: '国家外汇储备' },
      ]),
      row(1988, '我国粮食生产必须争取', [{ text: '５０００亿公斤', ind: '粮食', notInd: ['必须'] }]),
    ],
  },
  {
    family: 'a figure named only by a comparison word is of the thing the figure before measured',
    rows: [
      row(1987, '大大低于１９８５年', [
        { text: '７．３％', indicator: '全民所有制单位基本建设投资' },
        { text: '４４．６％', indicator: '全民所有制单位基本建设投资' },
      ]),
    ],
  },
  {
    family: 'a count named by the body that made it counts the noun after it, made by that body',
    rows: [
      row(1987, '国务院制定和颁布了５９项', [
        { text: '１１项', indicator: '全国人大常委会审议通过的法律' },
        { text: '５９项', indicator: '国务院制定颁布的行政法规' },
      ]),
    ],
  },
  {
    family: 'the noun after a figure cut at 的 or a verb inside it is the whole clause after (not after a preposition)',
    rows: [
      row(1987, '２４个跨地区的', [{ text: '２４个', indicator: '跨地区的横向经济联合网络' }]),
      row(2001, '继续发行1500亿元长期建设国债', [{ text: '1500亿元', indicator: '长期建设国债' }]),
      row(2002, '今年拟发行１５００亿元长期建设国债', [{ text: '１５００亿元', indicator: '长期建设国债' }]),
      {
        name: 'fujian 2025: 加大对10个试点县的支持力度',
        input: sentenceOf(FUJIAN_2025, '加大对10个试点县的支持力度'),
        title: '',
        expect: [{ text: '10个', indicator: '试点县' }],
      },
    ],
  },
  {
    family: 'a product of one character opening its clause is the name, not the item before',
    rows: [
      row(1992, '钢突破７０００万吨', [
        { text: '１．３９亿吨', indicator: '石油' },
        { text: '突破７０００万吨', indicator: '钢', qualifier: 'above' },
      ]),
    ],
  },
  {
    family: 'a bare head (总产值) after a first clause that says its subject grew: the subject’s head',
    rows: [row(1992, '工业生产增长较快', [{ text: '百分之十四点二', indicator: '工业总产值', measure: 'growth' }])],
  },
  {
    family: 'a measure’s change and what the figure is counted as are no part of its name',
    rows: [
      row(1988, '化肥生产能力增加标准肥', [{ text: '１５００万吨', indicator: '化肥生产能力' }]),
      row(2018, '耕地轮作休耕试点面积增加到', [{ text: '3000万亩', indicator: '耕地轮作休耕试点面积' }]),
    ],
  },
];

describe.each(families)('national family: $family', ({ rows }) => {
  it.each(rows.map((r) => [r.name ?? '', r] as const))('%s', (_name, r) => checkRow(r));
});
