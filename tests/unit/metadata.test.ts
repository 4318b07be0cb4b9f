// What a report says about itself, from the places pages say it: the title, a breadcrumb run into
// it, the delivery line, the address, the byline around the article.
import { describe, expect, it } from 'vitest';
import { reportMeta } from '../../lib/detect/metadata';
import { normalize } from '../../lib/text/normalize';

const meta = (text: string, title = '', heading = '') => reportMeta(normalize(text).text, normalize(title).text, normalize(heading).text);

const rows: Array<{ name: string; text: string; title?: string; heading?: string; region: string[]; year?: number | null; type?: string | null }> = [
  { name: 'title with region and year', text: '各位代表:', title: '太仓市2023年政府工作报告 - 太仓市人民政府', region: ['太仓市'], year: 2023, type: 'work-report' },
  { name: 'a breadcrumb run into the title line', text: '巴彦县人民政府网 >> 政务公开 >> 规划计划\n巴彦县2025年政府工作报告\n各位代表:', region: ['巴彦县'], year: 2025 },
  { name: 'city and district, province in parentheses', text: '(江苏省)苏州市吴中区人民政府工作报告(2025年1月6日)\n各位代表:', region: ['江苏省', '苏州市', '吴中区'], year: 2025 },
  { name: 'the congress it was delivered to', text: '政府工作报告\n——2024年1月10日在安远县第十八届人民代表大会第四次会议上\n各位代表:', region: ['安远县'], year: 2024 },
  { name: 'traditional, the congress line', text: '政府工作報告\n——2023年1月15日在四川省第十四屆人民代表大會第一次會議上\n各位代表：國內生產總值增長5%', region: ['四川省'], year: 2023 },
  { name: 'the address', text: '各位代表:\n现在,我代表太仓市人民政府,向大会报告工作,请予审议。', region: ['太仓市'] },
  { name: 'only the byline around the article', text: '今年经济社会发展的主要预期目标是:地区生产总值增长5%左右。', title: '2023年目标任务和主要工作', heading: '2023年目标任务和主要工作\n时间: 2023-01-05 来源: 太仓市人民政府办公室', region: ['太仓市'], year: 2023, type: 'work-report' },
  { name: 'the national report', text: '政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理\n各位代表:', region: ['全国'], year: 2024 },
  { name: 'a communiqué describes its own year', text: '2022年镜湖区经济和社会发展统计公报\n全年全区实现生产总值791亿元', region: ['镜湖区'], year: 2022, type: 'statistical-communique' },
];

describe('report metadata', () => {
  for (const r of rows) {
    it(r.name, () => {
      const m = meta(r.text, r.title, r.heading);
      expect(m.regionPath).toEqual(r.region);
      if (r.year !== undefined) expect(m.year).toBe(r.year);
      if (r.type !== undefined) expect(m.type).toBe(r.type);
    });
  }
  it('a budget report: results of the one year, targets of the next', () => {
    const m = meta('各位代表:', '湖南省2023年预算执行情况和2024年预算草案的报告');
    expect([m.type, m.resultsYear, m.targetsYear]).toEqual(['budget-report', 2023, 2024]);
  });
});
