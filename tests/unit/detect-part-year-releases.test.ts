// A release on part of the year at hand (今年以来, 前三季度, 上半年, 1-3月, 截至8月底) is that year's: the year its date line,
// its title's month or its first dated clause gives, not the year before, as a communiqué on the whole past year is dated.
// Its figures take that year as their period. Rows are real lines of real pages (address or fixture named); guards are
// real pages the rule must leave as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { extract } from '../../lib/extract';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

describe('a part-year release is the year its date line, its title month or its first dated clause gives', () => {
  it.each([
    {
      source: 'http://finance.hebei.com.cn/system/2016/10/19/017452130.shtml (a date line under the title)',
      text: '前三季度国民经济运行稳中有进、稳中提质\n(2016年10月19日)\n中华人民共和国国家统计局\n今年以来,面对复杂严峻的国内外形势,各地区、各部门在党中央、国务院的坚强领导下,认真贯彻落实新发展理念,积极适应引领发展新常态,坚持稳中求进工作总基调,适度扩大总需求,坚定不移推进供给侧结构性改革,引导良好发展预期,加快培育新动能,国民经济运行总体平稳、稳中有进、稳中提质、好于预期。\n初步核算,前三季度国内生产总值529971亿元,按可比价格计算,同比增长6.7%。',
      year: 2016,
      figure: '529971亿元',
    },
    {
      source: "http://www.zzdanganguan.com/shtml/682/2037/detail_1.shtml (the title's month)",
      text: '每月经济运行简况(2020年3月)\n今年以来,受新冠肺炎疫情的影响,全市经济增长有所放缓。1-3月,实现地区生产总值1028.06亿元,负增长4.2%。分产业看,第一产业增加值88.75亿元,增长2.3%;第二产业增加值438.43亿元,负增长7.6%;第三产业增加值500.88亿元,负增长1.5%。',
      year: 2020,
      figure: '1028.06亿元',
    },
    {
      source: 'http://cqzpit.com/art/2025/7/31/art_6811_2707235.html (2025年上半年, said once)',
      text: '今年以来,在市委、市政府的坚强领导下,全市上下坚定扛牢“走在前、勇争先”使命担当,深入落实省委、省政府决策部署,扎实推进工业经济“头号工程”,有效推动各项宏观政策落地落实,全力以赴拼经济、促发展,全市经济运行呈现稳中向好、进中提质的良好态势,为攻坚下半年奠定了较好基础。\n根据市级生产总值统一核算结果,2025年上半年,bet36体育在线:地区生产总值为3022亿元,按不变价格计算,同比增长6.0%。其中,第一产业增加值286亿元,同比增长3.8%;第二产业增加值1154亿元,增长5.0%;第三产业增加值1582亿元,增长7.1%。',
      year: 2025,
      figure: '1582亿元',
    },
    {
      source: 'https://longhui.gov.cn/lhxsmq/jhzj/201312/5389a520fd29454892e83bfcf1600663.shtml (2013年,我镇… after a table)',
      text: '| 文件名称: | |||\n| 统一登记号: | |||\n| 索引号: | 发文编号: | ||\n| 公开目录: | 公开责任部门: | ||\n| 发文日期: | 公开形式: | ||\n| 生效日期 : | 有效期: | ||\n2013年,我镇以"三敢三创"活动为载体, 紧扣中心,服务大局,扎实推进各项工作有序开展。\n一、经济发展形势较好。截至6月底,全镇财税总收入累计完成419万元,为全年任务740万元的56.6%。其中国税收入70万元,为全年任务的51%;地税收入375万元,为全年任务的71.4%,超额实现财税任务双过半。上半年,我镇规模以上企业完成总产值37395万元,为全年任务的51.9%。',
      year: 2013,
      figure: '37395万元',
    },
    {
      source: 'http://m.hqbet6098.com/zfxxgk/fdzdgknr/tjxx/1651147889510850562.html (2021年上半年, traditional)',
      text: '今年以來,在縣委縣政府的堅強領導下,統籌疫情防控和經濟社會發展,著力穩工業、促消費、抓投資,經濟社會秩序持續加速恢復,上半年全縣主要經濟指標持續向好。\n根據地區生產總值統一核算結果,2021年上半年,全縣生產總值27.54億元,同比增長12.3%,增速高於全市平均水平0.3個百分點,兩年平均增長1.7%,全市排名第七。\n農業生產態勢穩定。上半年,全縣農林牧漁業總產值5.17億元,同比增長9.3%。',
      year: 2021,
      figure: '5.17億元',
    },
    {
      source: 'http://sdjmgb.com/newphoto/news/2016-04/15/content_38250558.htm (介紹2016年一季度…, traditional)',
      text: '中國網訊 記者張若夢 15日上午,國新辦舉行一季度國民經濟運行情況新聞發布會。國家統計局新聞發言人、國民經濟綜合統計司司長盛來運出席發布會,介紹2016年一季度國民經濟運行情況並回答記者提問。據介紹,一季度國內生產總值158526億元,按可比價格計算,同比增長6.7%。',
      year: 2016,
      figure: '158526億元',
    },
    {
      source: 'detect-corpus h9-fiscal-progress-lukou-2015 (截至2015年8月底)',
      text: read('detect-corpus/texts/h9-fiscal-progress-lukou-2015.txt'),
      year: 2015,
      figure: '124241万元',
    },
    {
      source: 'detect-corpus h-news-district-2005-midyear (区人民政府2005年上半年工作总结。今年以来…)',
      text: read('detect-corpus/texts/h-news-district-2005-midyear.txt'),
      year: 2005,
      figure: '31.24亿元',
    },
  ])('$source', ({ text, year, figure }) => {
    expect(detect(text).resultsYear).toBe(year);
    expect(extract(text).find((m) => m.text === figure)?.period).toBe(year);
  });
});

describe('guards: a release on the whole past year keeps the year before its date, a page first naming another year says none', () => {
  it.each([
    {
      source: 'metadata 33-guangze-2017-communique-trad: (2018年3月20日), 全年实现…',
      file: 'metadata/texts/33-guangze-2017-communique-trad.txt',
      year: 2017,
    },
    {
      source: 'detect-corpus h8-com-gansu-2015-acmr: (2016年2月25日), 全年实现…',
      file: 'detect-corpus/texts/h8-com-gansu-2015-acmr.txt',
      year: 2015,
    },
    // 2022年全省地区生产总值… before 2023年上半年: the page's first year is of a whole year
    { source: 'report-pairs prov-sichuan-2023-jingmen', file: 'report-pairs/texts/prov-sichuan-2023-jingmen.txt', year: null },
  ])('$source', ({ file, year }) => {
    expect(detect(read(file)).resultsYear).toBe(year);
  });
});
