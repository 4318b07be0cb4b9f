// What a list of names shares, as a 分别 list gives each its value (lib/extract/distribute.ts): one-character items that
// are a compound written apart (存、贷款 is 存贷款), a modifier closed by 的 before the items (每万元工业产值的能源和电力
// 消耗), items of one kind whose words after them are said once (鄱阳湖、洞庭湖还湖面积). Rows from real sentences; rows
// where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { distribute } from '../../lib/extract/distribute';
import { sentenceOf } from './helpers/real-pages';

const HAINAN_2010 = 'tests/fixtures/judged/pages37/province-hainan-2010.txt';
const NATIONAL_1989 = 'tests/fixtures/judged/pages31/national-1989-chengjun.txt';
const NATIONAL_2003 = 'tests/fixtures/judged/pages36/national-2003-chengjun.txt';

/** the indicator of the mention whose text is `text` in the sentence of `path` that holds `phrase` */
function nameIn(path: string, phrase: string, text: string): string | undefined {
  return extract(sentenceOf(path, phrase), { title: '' }).find((m) => m.text === text)?.indicator;
}

describe('the names a list of two shares out', () => {
  it.each([
    // a compound written apart: 存、贷款 is 存贷款 (province-hainan-2010)
    ['金融机构存、贷款', 2, ['金融机构存款', '金融机构贷款']],
    // a modifier closed by 的, then the items and the head they share (national-1989)
    ['每万元工业产值的能源和电力消耗', 2, ['每万元工业产值的能源消耗', '每万元工业产值的电力消耗']],
    // items of one kind (…湖), the words after the last said for both (national-2003)
    ['鄱阳湖、洞庭湖还湖面积', 2, ['鄱阳湖还湖面积', '洞庭湖还湖面积']],
    // items of one kind (…居民) before a head they share (prov-fujian-2025)
    ['城镇居民、农村居民人均可支配收入', 2, ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
    // must not fire: each item has its own 的 (city-wuhan-2005, judged pages11)
    ['财政收入占生产总值的比重、税收占财政收入的比重', 2, ['财政收入占生产总值的比重', '税收占财政收入的比重']],
    // as before: the compound said whole, the last taking the first's words, two whole names
    ['金融机构存贷款余额', 2, ['金融机构存款余额', '金融机构贷款余额']],
    ['一般公共预算收入和支出', 2, ['一般公共预算收入', '一般公共预算支出']],
    ['失业率和物价', 2, ['失业率', '物价']],
    // must not fire: 原煤 and 天然气 are not of one kind by their ends; 和 inside a name
    ['原煤、天然气产量', 2, ['原煤产量', '天然气产量']],
    ['出口和进口', 2, ['出口', '进口']],
  ] as Array<[string, number, string[]]>)('%s (%i values) → %j', (phrase, n, names) => {
    expect(distribute(phrase, n)).toEqual(names);
  });
});

describe('in the sentences they come from', () => {
  it.each([
    [HAINAN_2010, '金融机构存、贷款分别增长', '40.1%', '金融机构贷款'],
    [NATIONAL_1989, '能源和电力消耗分别', '５．６３％', '每万元工业产值的能源消耗'],
    [NATIONAL_1989, '能源和电力消耗分别', '５．７５％', '每万元工业产值的电力消耗'],
    [NATIONAL_2003, '鄱阳湖、洞庭湖还湖面积', '８８０平方公里', '鄱阳湖还湖面积'],
  ])('%s: %s', (path, phrase, text, name) => {
    expect(nameIn(path, phrase, text)).toBe(name);
  });
});
