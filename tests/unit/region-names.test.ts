import { describe, expect, it } from 'vitest';
import { regionName } from '../../lib/i18n/regions';
import { describeReport, setPageLang } from '../../lib/words';

describe('a region in the reader’s language', () => {
  it.each([
    ['全国', 'China'],
    ['广东省', 'Guangdong'],
    ['广东', 'Guangdong'],
    ['北京市', 'Beijing'],
    ['内蒙古自治区', 'Inner Mongolia'],
    ['广西壮族自治区', 'Guangxi'],
    ['新疆维吾尔自治区', 'Xinjiang'],
    ['宁夏回族自治区', 'Ningxia'],
    ['香港特别行政区', 'Hong Kong'],
    ['陕西省', 'Shaanxi'],
    ['山西省', 'Shanxi'],
    // a city as the report wrote it, even one named as its province is
    ['吉林市', '吉林市'],
    ['深圳市', '深圳市'],
    ['浦东新区', '浦东新区'],
  ])('%s in English is %s', (region, english) => {
    expect(regionName(region, 'en')).toBe(english);
  });

  it('is as written in Chinese', () => {
    expect(regionName('广东省', 'zh')).toBe('广东省');
    expect(regionName('全国', 'zh')).toBe('全国');
  });

  it('names the card’s report in the page’s language', () => {
    const d = { region: '广东省', year: 2024, type: 'work-report' as const, title: null };
    setPageLang('en');
    try {
      expect(describeReport(d)).toMatch(/^Guangdong · /);
    } finally {
      setPageLang('zh');
    }
    expect(describeReport(d)).toMatch(/^广东省 · /);
  });
});
