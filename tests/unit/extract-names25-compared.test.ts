// A gap of a growth rate to a benchmark named by the growth it is the gap of (lib/extract/gap-subjects.ts): where the
// benchmark is another figure (GDP增速, 全市经济增长, 规模以上工业), a group said by one character (分别高于国、省), or the
// gap follows a word or another figure (但高于全省平均增速, 高于全国…,高于全省…), the name once kept only the comparison
// (高于GDP, 高于国, 增速). Every row is a real sentence, with the page or fixture it comes from.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';

const rows: Array<[source: string, sentence: string, gap: string, name: string]> = [
  [
    'http://m.materials-innovation.com/swzx/tpxw/202212090100268817KT.shtml',
    '其中,工業(yè)增加值實現(xiàn)1207.7億元,同比增長5.3%,高于GDP增速1.1個百分點,是前三季度GDP的主要增長點。',
    '1.1個百分點',
    '工业增加值增速高于GDP',
  ],
  [
    'http://m.materials-innovation.com/swzx/tpxw/202212090100268817KT.shtml',
    '前三季度全市第一產業(yè)同比增長4.7%,高于全市經(jīng)濟增長0.5個百分點。',
    '0.5個百分點',
    '第一产业增加值增速高于全市经济',
  ],
  [
    'http://www.handmsg.com/page/2016/0514/8631699.shtml',
    '上半年,全市第三產業增加值增長7.6%,快于全市經濟增速0.9個百分點。',
    '0.9個百分點',
    '第三产业增加值增速快于全市经济',
  ],
  [
    'https://www.chaoyang.gov.cn/html/CYSZF/202504/0174547732199887.html',
    '第二产业增加值75.4亿元,增长8.5%,全省第5位,分别高于国、省2.6和3.1个百分点,上拉地区生产总值增速2.5个百分点,贡献率46.0%;',
    '2.6',
    '第二产业增加值增速高于全国',
  ],
  [
    'https://www.chaoyang.gov.cn/html/CYSZF/202504/0174547732199887.html',
    '第三产业增加值139.1亿元,同比增长4.4%,全省第8位,分别低于国、省0.9和0.8个百分点,上拉地区生产总值增速2.5个百分点,贡献率44.9%。',
    '0.8个百分点',
    '第三产业增加值增速低于全省',
  ],
  [
    'http://finance.hebei.com.cn/system/2016/10/19/017452130.shtml',
    '前三季度,高技术产业和装备制造业增加值同比分别增长10.6%和9.1%,增速分别比规模以上工业快4.6和3.1个百分点,',
    '4.6',
    '高技术产业增加值增速快于规模以上工业',
  ],
  [
    'http://finance.hebei.com.cn/system/2016/10/19/017452130.shtml',
    '前三季度,高技术产业和装备制造业增加值同比分别增长10.6%和9.1%,增速分别比规模以上工业快4.6和3.1个百分点,',
    '3.1个百分点',
    '装备制造业增加值增速快于规模以上工业',
  ],
  [
    'http://dztj.dezhou.gov.cn/n3100530/n15894766/c16514459/content.html',
    '经省统计局反馈,一季度,全市实现地区生产总值545.0亿元,按可比价格计算,同比增长10.2%,高于全国2.8个百分点,高于全省1.5个百分点,增速居全省第3位。',
    '1.5个百分点',
    '地区生产总值增速高于全省',
  ],
  [
    '../shared/eval/real-dev/reports/prov-beijing-2025.txt',
    '农村居民人均可支配收入增长6.7%左右，增速比城镇居民高2.4个百分点。',
    '2.4个百分点',
    '农村居民人均可支配收入增速高于城镇居民',
  ],
  [
    'tests/fixtures/judged/pages8/prefecture-guoluo-2018.txt',
    '居民消费价格累计同比上涨1.3%,低于全省居民消费价格指数0.2个百分点。',
    '0.2个百分点',
    '居民消费价格增速低于全省',
  ],
  // as before: a gap to a place's rate said right after its growth
  [
    'https://www.chaoyang.gov.cn/html/CYSZF/202504/0174547732199887.html',
    '分产业看,第一产业增加值27.5亿元,增长3.4%,全省第8位,高于全省0.1个百分点,上拉地区生产总值增速0.5个百分点,贡献率9.1%;',
    '0.1个百分点',
    '第一产业增加值增速高于全省',
  ],
];

describe('a gap of a growth rate named by the growth, not by the comparison alone', () => {
  it.each(rows)('%s: %s', (_source, sentence, gap, name) => {
    expect(extract(sentence, { title: '' }).find((m) => m.text === gap)?.indicator).toBe(name);
  });

  it('names the gap after a word and a change of the rate by the growth (http://www.sxi.cn/jjxj/sxsd/jjxsbs/qMFNB3.htm)', () => {
    const sentence =
      '全省30个区实现生产总值2943.45亿元,同比增长7.5%,较上年同期回落0.5个百分点,但高于全省平均增速1.2个百分点,有23个区增速高于全省平均增速。';
    expect(extract(sentence, { title: '' }).find((m) => m.text === '1.2个百分点')?.indicator).toMatch(/生产总值增速高于全省$/);
  });

  it('leaves a gap whose growth is in another sentence unnamed by it (http://dztj.dezhou.gov.cn/n3100530/n15894766/c16514459/content.html)', () => {
    const text = '一季度,第三产业经济增长的贡献率达到为33.5%,较去年同期提高8.7个百分点。拉动GDP增长3.4个百分点,比去年同期提高0.6个百分点。';
    const names = extract(text, { title: '' }).map((m) => m.indicator);
    expect(names.filter((n) => /增速(?:高于|低于|快于)/.test(n ?? ''))).toEqual([]);
  });
});

// The pull and the contribution said after a sector's growth and its gaps: named by the sector, not by the pull's whole
// (上拉地区生产总值增速 was read as a change named 上拉地区生产总值, and the bare 贡献率 after it named by it or by nothing).
const CHAOYANG = 'https://www.chaoyang.gov.cn/html/CYSZF/202504/0174547732199887.html';
const CHAOYANG_SECOND =
  '第二产业增加值75.4亿元,增长8.5%,全省第5位,分别高于国、省2.6和3.1个百分点,上拉地区生产总值增速2.5个百分点,贡献率46.0%;';
const TAIYUAN = 'https://m.ishare.iask.com/f/34RUZdWq8am.html?zzType=newFile';
const TAIYUAN_SECTORS =
  '其中:第一产业增加值19.41亿元,下降4.0%,对GDP增长的贡献率为-0.8%;第二产业增加值475.56亿元,增长10.5%,贡献率为42.8%;第三产业增加值518.41亿元,增长13.2%,贡献率为58.0%。';
const CHANGZHOU = 'https://tjj.changzhou.gov.cn/html/tjj/2014/OPOEMFCL_0730/11767.html';
const CHANGZHOU_ABOVE =
  '1-6月全市限额以上单位完成社零总额484.5亿元,同比增长15.2%,增幅较去年同期提高2.1个百分点,较一季度上升了2.5个百分点,占全部消费品零售总额的54.9%,拉动全市社零总额增长9.6个百分点,对全市社零总额的贡献率由去年的40%上升至63.2%,提升了23.2个百分点。';

describe('a pull and a contribution after a growth named by its thing', () => {
  it.each([
    [CHAOYANG, CHAOYANG_SECOND, '2.5个百分点', '第二产业增加值拉动地区生产总值增长', 'level'],
    [CHAOYANG, CHAOYANG_SECOND, '46.0%', '第二产业贡献率', 'level'],
    [TAIYUAN, TAIYUAN_SECTORS, '42.8%', '第二产业贡献率', 'level'],
    [TAIYUAN, TAIYUAN_SECTORS, '58.0%', '第三产业贡献率', 'level'],
    [CHANGZHOU, CHANGZHOU_ABOVE, '40%', '限额以上单位社零总额对全市社零总额的贡献率', 'level'],
  ])('%s: %s «%s»', (_source, sentence, text, name, measure) => {
    const m = extract(sentence, { title: '' }).find((x) => x.text === text);
    expect([m?.indicator, m?.measure]).toEqual([name, measure]);
  });
});

// A rate that moved 同比 (against the same period a year before) is the rate of the growth before it, as 增速比上年… is
// (it was read as a thing named 增速同比加快).
describe('a rate that moved 同比 named by its growth', () => {
  it.each([
    [
      'tests/fixtures/detect-corpus/texts/h13-com-changshan-2007-page3-xiaze.txt',
      '2007年完成交通运输仓储及邮政业增加值1.8亿元,比上年增长16.3%,增速同比提高3.7个百分点。',
      '3.7个百分点',
      '交通运输仓储及邮政业增加值增速',
    ],
    [
      'https://i.xpaper.net/baowu/news/2889/18010/91034-1.shtml',
      '东北地区企稳回暖,一季度工业增加值增长6.3%,增速同比加快1.4个百分点。',
      '1.4个百分点',
      '工业增加值增速',
    ],
    [
      'http://010baizhang.com/economics/2007-08/07/content_8643578.htm',
      '統計顯示,16城市實(shí)現(xiàn)社會(huì)消費(fèi)零售總額突破7000億元,達到7013億元,占全國(guó)的16.7%,同比增長(zhǎng)15.8%,增速同比加快1個(gè)百分點(diǎn),高出全國(guó)平均水平0.4個(gè)百分點(diǎn)。',
      '1個(gè)百分點(diǎn)',
      '社会消费零售总额增速',
    ],
  ])('%s: %s', (_source, sentence, text, name) => {
    expect(extract(sentence, { title: '' }).find((m) => m.text === text)?.indicator).toBe(name);
  });
});

// A rate moved against an earlier quarter of the year before, or against a list of periods: each value is the same rate's
// (增速较上年四季度提高 was read as a thing named 增速较上年四季度; a list of periods left 增速比 or the bare thing).
describe('a rate moved against earlier periods, each value of the list the same rate', () => {
  it.each([
    [
      'https://www.chaoyang.gov.cn/html/CYSZF/202504/0174547732199887.html',
      '第二产业回升向好,工业增加值同比增长8.0%,增速较上年四季度提高0.9个百分点,拉动经济增长2.0个百分点,占GDP的比重为26.2%;',
      ['工业增加值增速', '工业增加值拉动经济增长', '工业增加值占GDP的比重'],
    ],
    [
      'http://hetj.gov.cn/hbstjj/sj/zxfb/101702088650245.html',
      '2016年,社会消费品零售总额全省实现14364.7亿元,比上年增长10.6%,增速比一季度、上半年和前三季度分别提高了1.1、0.8和0.5个百分点。',
      ['社会消费品零售总额全省增速', '社会消费品零售总额全省增速', '社会消费品零售总额全省增速'],
    ],
    [
      'https://i.xpaper.net/baowu/news/2889/18010/91034-1.shtml',
      '一季度工业增加值同比增长59%,增速比去年三、四季度分别回升0.9个和1个百分点,',
      ['工业增加值增速', '工业增加值增速'],
    ],
  ])('%s: %s', (_source, sentence, names) => {
    const after = extract(sentence, { title: '' }).filter((m) => m.unit === '个百分点' || m.text.includes('26.2'));
    expect(after.map((m) => m.indicator)).toEqual(names);
  });
});
