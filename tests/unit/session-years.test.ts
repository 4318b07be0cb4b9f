// The year of a province's congress session (lib/detect/session-years.ts), the last resort of a page that gives
// no date: what it reads as a province's session, and how often it dates a real page right, measured over every
// provincial report in the fixtures whose delivery line gives its date (the date blanked first).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportMeta } from '../../lib/detect/metadata';
import { provinceSessionYear } from '../../lib/detect/session-years';
import { normalize } from '../../lib/text/normalize';

describe('a province’s congress session', () => {
  // [text, province, year]: sentences of real pages (where each is from)
  const rows: Array<[string, string, number | null, string]> = [
    // report-pairs/texts/prov-fujian-2022-igdzc-targets.txt: the sixth session, an extra one, in the term's fifth year
    ['在福建省第十三届人民代表大会第六次会议上', '福建省', 2022, 'its name, full'],
    ['上海市第十六届人大二次会议1月23日开幕', '上海市', 2024, 'a municipality, 人大 for 人民代表大会'],
    // report-pairs/texts/prov-hebei-2024-hebnews-review.txt: last year's session, then the one it is delivered at
    ['较好地完成了省十四届人大一次会议确定的目标任务。省长王正谱在河北省第十四届人民代表大会第二次会议上', '河北省', 2024, 'the latest'],
    // gold-heldout/docs/province-hunan-2008-spam.txt: the term's first session, whose tasks the five years carried out
    ['本届政府的五年,…全面完成了省十届人大一次会议确定的目标和任务', '湖南省', 2008, 'a term after the session it looks back on'],
    ['较好地完成了省十四届人大一次会议确定的目标任务', '河北省', 2024, 'a year after the session it looks back on'],
    ['自治区十二届人大四次会议1月31日在拉萨开幕', '西藏自治区', 2026, 'the level alone'],
    ['召开省十三届人大二次会议', '山东省', 2019, 'the level after a verb'],
    ['出席十三届人大二次会议的代表', '山东省', 2019, 'no owner'],
    ['海南省六届人大五次会议隆重开幕', '海南省', 2022, 'its own numbering'],
    ['重庆市第五届人民代表大会第四次会议', '重庆市', 2021, 'its own numbering'],
    ['省十三届人大常委会第五次会议', '山东省', null, 'not its standing committee'],
    ['广州市第十五届人民代表大会第一次会议', '上海市', null, 'not a city of another province'],
    ['市十六届人大二次会议', '广东省', null, 'a city’s, on a province’s page'],
    ['湖南省第十四届人民代表大会第二次会议', '广东省', null, 'another province'],
    ['第十四届全国人民代表大会第三次会议', '广东省', null, 'the nation’s'],
    ['内蒙古自治区第九届人民代表大会第四次会议', '内蒙古自治区', null, 'before the terms ran together (2001)'],
  ];
  it.each(rows)('%s (%s) → %s: %s', (text, province, year) => {
    expect(provinceSessionYear(text, province)).toBe(year);
  });

  it('dates a page with no other date by it, and only a province’s page', () => {
    const page = '各位代表:\n现在,我代表省人民政府向省十三届人大二次会议报告工作,请予审议。\n一年来,';
    expect(reportMeta(page, '山东省人民政府工作报告').year).toBe(2019);
    expect(reportMeta(page, '济南市人民政府工作报告').year).toBe(null);
  });
});

const ROOTS = [resolve(import.meta.dirname, '../fixtures'), resolve(import.meta.dirname, '../../../shared')];
const PROVINCES =
  '北京市 天津市 上海市 重庆市 河北省 山西省 内蒙古自治区 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 广西壮族自治区 海南省 四川省 贵州省 云南省 西藏自治区 陕西省 甘肃省 青海省 宁夏回族自治区 新疆维吾尔自治区'.split(
    ' ',
  );
const DELIVERED =
  /((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在([^\n]{0,20}?)第[一二三四五六七八九十]+届人民代表大会第[一二三四五六七八九十]+次会议/;

function* textFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* textFiles(path);
    else if (name.endsWith('.txt')) yield path;
  }
}

describe('provincial reports in the fixtures, their delivery date blanked', () => {
  it('are dated by their session: 70 of 81 as measured, the rest a year ahead (an extra session mid-term)', () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    const behind: string[] = [];
    let dated = 0;
    let n = 0;
    for (const file of ROOTS.flatMap((r) => [...textFiles(r)])) {
      const text = normalize(readFileSync(file, 'utf8')).text;
      const m = DELIVERED.exec(text);
      const province = m && PROVINCES.find((p) => m[2].endsWith(p));
      if (!m || !province || seen.has(text.slice(0, 300))) continue;
      seen.add(text.slice(0, 300));
      n++;
      const blanked = text.replace(m[0], m[0].replace(/^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/, ''));
      const year = provinceSessionYear(blanked.slice(0, 3000), province);
      if (year === Number(m[1])) dated++;
      else wrong.push(`${relative(resolve(import.meta.dirname, '../..'), file)}: ${m[1]} read ${year}`);
      if (year !== null && year < Number(m[1])) behind.push(wrong[wrong.length - 1]);
    }
    console.log(`session years: ${dated} of ${n} provincial reports dated right; not: ${wrong.join('; ')}`);
    expect(n).toBeGreaterThanOrEqual(80);
    expect(dated).toBeGreaterThanOrEqual(70);
    // an extra session only puts the count ahead: none is dated behind its year
    expect(behind).toEqual([]);
  });
});
