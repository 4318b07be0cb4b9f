import { describe, expect, test } from 'vitest';
import { regionLevel, regionSortKey, resolveRegion } from '../../lib/model/region';

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

  test('sort keys put the nation first, then each province followed by its cities and counties', () => {
    const paths = [['吴中区'], ['全国'], ['太仓市'], ['浙江省'], ['苏州市'], ['江苏省'], ['杭州市'], ['某某区']];
    const sorted = [...paths].sort((a, b) => regionSortKey(resolveRegion(a)).localeCompare(regionSortKey(resolveRegion(b))));
    expect(sorted.map((p) => p[0])).toEqual(['全国', '江苏省', '苏州市', '吴中区', '太仓市', '浙江省', '杭州市', '某某区']);
  });
});
