import { describe, expect, test } from 'vitest';
import { divisionPath, isKnownName, regionLevel, regionSortKey, resolveRegion, shortNames } from '../../lib/model/region';

const names = (path: string[]) => resolveRegion(path)?.ancestors.map((a) => a.name) ?? null;

describe('resolveRegion: level and parents from the division codes', () => {
  test.each([
    // path, level, code, ancestors
    [['太仓市'], 'county', '320585', ['全国', '江苏省', '苏州市']],
    [['吴中区'], 'county', '320506', ['全国', '江苏省', '苏州市']],
    [['江苏省', '苏州市', '吴中区'], 'county', '320506', ['全国', '江苏省', '苏州市']],
    [['苏州市'], 'city', '320500', ['全国', '江苏省']],
    [['江苏省'], 'province', '320000', ['全国']],
    [['北京市'], 'province', '110000', ['全国']],
    [['重庆市'], 'province', '500000', ['全国']],
    [['北京市', '海淀区'], 'county', '110108', ['全国', '北京市']],
    [['仙桃市'], 'county', '429004', ['全国', '湖北省']],
    [['东莞市'], 'city', '441900', ['全国', '广东省']],
    [['广西壮族自治区'], 'province', '450000', ['全国']],
    [['延边朝鲜族自治州'], 'city', '222400', ['全国', '吉林省']],
    [['吉林市'], 'city', '220200', ['全国', '吉林省']],
    [['吉林省'], 'province', '220000', ['全国']],
    [['太仓'], 'county', '320585', ['全国', '江苏省', '苏州市']],
    // short names: an autonomous region's without its people's name, a prefecture's with or without 州
    [['广西'], 'province', '450000', ['全国']],
    [['宁夏'], 'province', '640000', ['全国']],
    [['新疆'], 'province', '650000', ['全国']],
    [['内蒙古'], 'province', '150000', ['全国']],
    [['延边'], 'city', '222400', ['全国', '吉林省']],
    [['延边州'], 'city', '222400', ['全国', '吉林省']],
    [['彭水'], 'county', '500243', ['全国', '重庆市']],
    [['锡林郭勒盟'], 'city', '152500', ['全国', '内蒙古自治区']],
    [['东乌珠穆沁旗'], 'county', '152525', ['全国', '内蒙古自治区', '锡林郭勒盟']],
    // banners by the contractions their own reports use (科右中旗 2023 计划报告, tests/fixtures/metadata 69)
    [['科右中旗'], 'county', '152222', ['全国', '内蒙古自治区', '兴安盟']],
    [['察右后旗'], 'county', '150928', ['全国', '内蒙古自治区', '乌兰察布市']],
    [['土左旗'], 'county', '150121', ['全国', '内蒙古自治区', '呼和浩特市']],
    [['阿左旗'], 'county', '152921', ['全国', '内蒙古自治区', '阿拉善盟']],
    [['阿里地区'], 'city', '542500', ['全国', '西藏自治区']],
    [['香港特别行政区'], 'province', '810000', ['全国']],
    [['全国'], 'national', '000000', []],
    [['国务院'], 'national', '000000', []],
  ] as const)('%j → %s %s', (path, level, code, ancestors) => {
    const r = resolveRegion([...path])!;
    expect(r.level).toBe(level);
    expect(r.code).toBe(code);
    expect(r.ancestors.map((a) => a.name)).toEqual(ancestors);
  });

  test('a name several regions share is told apart by the parents the report names', () => {
    const alone = resolveRegion(['鼓楼区'])!;
    expect(alone.code).toBeNull();
    expect(alone.level).toBe('county');
    expect(resolveRegion(['江苏省', '南京市', '鼓楼区'])!.code).toBe('320106');
    expect(names(['福建省', '福州市', '鼓楼区'])).toEqual(['全国', '福建省', '福州市']);
    expect(names(['徐州市', '鼓楼区'])).toEqual(['全国', '江苏省', '徐州市']);
  });

  test('a name the table lacks falls back to its suffix and keeps the parents it names', () => {
    const r = resolveRegion(['江苏省', '苏州市', '某某新区'])!;
    expect(r.code).toBeNull();
    expect(r.level).toBe('county');
    expect(r.ancestors.map((a) => a.name)).toEqual(['全国', '江苏省', '苏州市']);
    expect(regionLevel(['某某市', '某某县级市'])).toBe('county');
    expect(regionLevel(['某某自治州'])).toBe('city');
    expect(regionLevel([])).toBeNull();
  });

  test.each([
    [['广西'], ['广西壮族自治区']],
    [['太仓'], ['江苏省', '苏州市', '太仓市']],
    [['吴中区'], ['江苏省', '苏州市', '吴中区']],
    [
      ['福建省', '鼓楼区'],
      ['福建省', '福州市', '鼓楼区'],
    ],
    [
      ['重庆市', '渝中区'],
      ['重庆市', '渝中区'],
    ],
    [['黔东南苗族侗族自治州'], ['贵州省', '黔东南苗族侗族自治州']],
    [['国务院'], ['全国']],
    [['鼓楼区'], null],
    [['某某新区'], null],
  ] as const)('divisionPath(%j) → %j: the full names the table gives, largest first', (path, expected) => {
    expect(divisionPath([...path])).toEqual(expected);
  });

  test('short names are known by one division each', () => {
    expect(isKnownName('广西')).toBe(true);
    expect(isKnownName('自治区')).toBe(false);
    const shorts = shortNames();
    expect(shorts.get('重庆')).toEqual({ name: '重庆市', level: 'province' });
    expect(shorts.get('太仓')).toEqual({ name: '太仓市', level: 'county' });
    // 鼓楼 names a district in several cities, 吉林 both a province and a city
    expect(shorts.has('鼓楼')).toBe(false);
    expect(shorts.has('吉林')).toBe(false);
  });

  test('sort keys put the nation first, then each province followed by its cities and counties', () => {
    const paths = [['吴中区'], ['全国'], ['太仓市'], ['浙江省'], ['苏州市'], ['江苏省'], ['杭州市'], ['某某区']];
    const sorted = [...paths].sort((a, b) => regionSortKey(resolveRegion(a)).localeCompare(regionSortKey(resolveRegion(b))));
    expect(sorted.map((p) => p[0])).toEqual(['全国', '江苏省', '苏州市', '吴中区', '太仓市', '浙江省', '杭州市', '某某区']);
  });
});
