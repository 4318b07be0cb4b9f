// Families of the eighth round, from what holdout8 of the detection corpus showed when measured blind (reports
// 24/26, others taken 7/26; region 23/26, type 24/26): one table per family, each row real lines of a real page
// (its file named), and guards: real lines the rule must leave as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { reportOfAnotherBody } from '../../lib/detect/other-bodies';

const CORPUS = join(import.meta.dirname, '../fixtures/detect-corpus/texts');
const read = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

describe("another body's report to the same congress (a court's, a procuratorate's, a standing committee's, an audit) is not the government's", () => {
  it.each([
    {
      source: 'h8-procuratorate-spp-2023-qxxrkj',
      lines: ['最高人民检察院工作报告'],
      head: '各位代表:\n现在,我代表最高人民检察院,向大会报告工作,请予审议',
    },
    {
      source: 'h8-court-spc-npcsc-2017-trad-yestaryl',
      lines: [],
      head: '全国人民代表大会常务委员会:\n根据本次会议安排,我代表最高人民法院报告人民法院全面深化司法改革工作情况,请审议。',
    },
    {
      source: 'h8-audit-shanghai-2018-trad-sanmani',
      lines: [],
      head: '市审计局局长 王建平\n主任、各位副主任、秘书长、各位委员:\n我受市人民政府委托,报告2017年度市级预算执行和其他财政收支的审计情况,请予审议。',
    },
    { source: 'h8-audit-ruyuan-2021-sg', lines: ['审计工作报告'], head: '关于2020年度县级预算执行和其他财政收支的' },
    { source: 'h8-npcsc-inspection-budget-rules-2019-cqrd', lines: ['实施情况的报告'], head: '市人大常委会副主任、执法检查组组长 刘学普' },
  ])('$source', ({ lines, head }) => {
    expect(reportOfAnotherBody(lines, head)).toBe(true);
  });

  it.each([
    // the 1996 final accounts: audited, and made on the government's behalf (h5's)
    {
      source: 'a final-accounts report that was audited',
      lines: ['关于1996年中央决算的报告'],
      head: '现在1996年中央决算已经汇编完成,并经过了国家审计署的审计。我受国务院委托,向本次常委会提出1996年中央决算的报告,请予审查。',
    },
    {
      source: 'h8-bud-dean-2019-final-accounts',
      lines: ['关于德安县2019年财政决算情况的报告'],
      head: '受县人民政府委托,我就德安县2019年财政决算草案报告如下,请予以审议。',
    },
    { source: 'a work report', lines: ['政府工作报告'], head: '各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。' },
  ])('guard: $source', ({ lines, head }) => {
    expect(reportOfAnotherBody(lines, head)).toBe(false);
  });

  it.each([
    'h8-procuratorate-spp-2023-qxxrkj.txt',
    'h8-court-spc-npcsc-2017-trad-yestaryl.txt',
    'h8-audit-shanghai-2018-trad-sanmani.txt',
    'h8-audit-ruyuan-2021-sg.txt',
  ])('%s is not taken', (file) => {
    const d = detect(read(file));
    expect(
      d.reasons.some((r) => r.includes("another body's report")),
      d.reasons.join('; '),
    ).toBe(true);
    expect(d.isReport).toBe(false);
  });

  it.each(['h8-bud-shanghai-2016-trad-gzfuluhua.txt', 'h8-bud-dean-2019-final-accounts.txt', 'h8-plan-yuecheng-2014-sxyc.txt'])(
    'guard: %s is still a report',
    (file) => {
      const d = detect(read(file));
      expect(
        d.reasons.some((r) => r.includes("another body's report")),
        d.reasons.join('; '),
      ).toBe(false);
      expect(d.isReport).toBe(true);
    },
  );
});

interface MetaRow {
  source: string;
  text: string;
  region?: string | null;
  type?: string | null;
}

function table(rows: MetaRow[]): void {
  it.each(rows)('$source', ({ text, region, type }) => {
    const d = detect(text, { title: '' });
    if (region !== undefined) expect(d.region).toBe(region);
    if (type !== undefined) expect(d.type).toBe(type);
  });
}

describe('a town named only by the congress the report was delivered to (在沙沟镇第十六届人民代表大会…)', () => {
  table([
    {
      source: 'h8-rep-shagou-town-2021-yishui',
      text: '政 府 工 作 报 告\n——2021年2月27日在沙沟镇第十六届人民代表大会\n第六次会议上\n沙沟镇镇长 刘彦成\n各位代表:\n现在,我代表镇政府向大会报告工作,请予审议,并请列席人员提出意见。',
      region: '沙沟镇',
    },
    {
      source: 'h8-rep-wuzhen-town-2017-txgov',
      text: '政 府 工 作 报 告\n\n2017年1月9日在乌镇镇第十七届人民代表大会第一次会议上\n\n姚富强\n\n各位代表:\n\n  现在,我代表镇人民政府向大会作工作报告,请予审议,并请列席人员提出意见。',
      region: '乌镇镇',
    },
    // guard: the town's own level word alone names no town (魏庄镇 is named by its government further on)
    {
      source: 'h8-rep-weizhuang-town-2019-ahhy (its delivery line)',
      text: '政 府 工 作 报 告\n2019年2月26日在镇第十四届人民代表大会第三次会议\n各位代表:\n现在,我代表镇人民政府向大会作政府工作报告,请予以审议。',
      region: null,
    },
  ]);
});

describe('a State Council document a local report cites (《国务院关于…的若干意见》) does not make it the nation’s', () => {
  table([
    {
      source: 'h8-rep-baotou-2013-btskw',
      text: '包头市人民政府市长 孙炜东\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协各位委员和其他列席人员提出意见。\n过去五年工作回顾\n五年来,在自治区党委、政府和市委的领导下,紧紧抓住国家实施西部大开发战略的历史机遇,认真落实《国务院关于进一步促进内蒙古经济社会又好又快发展的若干意见》,按照自治区促进优势地区率先发展的要求,坚定信心,攻坚克难。',
      region: '包头市',
    },
    // guard: the nation's own report about its accounts (国务院关于2021年中央决算的报告) is the nation's
    {
      source: 'the NPCSC hearing the State Council’s report',
      text: '国务院关于2021年中央决算的报告\n全国人民代表大会常务委员会:\n受国务院委托,我向全国人大常委会报告2021年中央决算,请审议。',
      region: '全国',
    },
  ]);
});

describe("a report's type is its own name, not a figure's (公共财政预算收入) nor a plan it cites as approved", () => {
  table([
    {
      source: 'h8-rep-longgang-2014-body-lg',
      text: '一、2013年工作回顾\n2013年,我们深入贯彻落实党的十八大和十八届三中全会精神,在市委、市政府和区委的正确领导下,圆满完成了区五届人大二次会议确定的年度工作任务。\n(一)经济平稳健康发展\n1.经济实力不断增强。预计全年实现地区生产总值突破2000亿元,同比增长11%左右;公共财政预算收入130.8亿元,增长8.2%。',
      type: 'work-report',
    },
    {
      source: 'h8-com-rongjiang-2016-body-trad-ilynn',
      text: read('h8-com-rongjiang-2016-body-trad-ilynn.txt'),
      type: 'statistical-communique',
    },
    // guards: a budget report names itself; a plan report's own title is its type
    { source: 'h8-bud-shanghai-2016-trad-gzfuluhua', text: read('h8-bud-shanghai-2016-trad-gzfuluhua.txt'), type: 'budget-report' },
    { source: 'h8-plan-yuecheng-2014-sxyc', text: read('h8-plan-yuecheng-2014-sxyc.txt'), type: 'plan-report' },
  ]);
});

/** the reasons detect gives a corpus text */
const reasonsOf = (file: string) => detect(read(file)).reasons;
const has = (reasons: string[], cue: string) => reasons.some((r) => r.includes(cue));

describe("a communiqué's fixed chapters (一、综合 … 初步核算 … 二、农业) on a page of its body without its title", () => {
  it.each([
    'h8-com-rongjiang-2016-body-trad-ilynn.txt',
    'h8-com-district-2020-body-jmdbq.txt',
    'h7-com-mianchi-2022-body.txt',
    'com-county-2015-qdndz-body.txt',
  ])('%s is built as a communiqué, and taken', (file) => {
    const d = detect(read(file));
    expect(has(d.reasons, 'built as a statistical communiqué'), d.reasons.join('; ')).toBe(true);
    expect(d.isReport).toBe(true);
  });
  // guards: statistical news and a communiqué's news are not built so
  it.each(['h6-news-stats-2018-q1-taihainet.txt', 'h8-stat-gdp-revision-2009-trad-cctv.txt', 'h8-news-shandong-2011-targets-qlwb.txt'])(
    'guard: %s',
    (file) => {
      expect(has(reasonsOf(file), 'built as a statistical communiqué')).toBe(false);
    },
  );
});

describe("a site's title that says 解读 over a report's own page is no interpretation (the report thanks the people for the government)", () => {
  it.each(['h8-rep-sichuan-part5-gkmao.txt', 'h6-rep-zhejiang-2015-part3.txt'])('%s', (file) => {
    const d = detect(read(file));
    expect(has(d.reasons, 'interprets or summarises'), d.reasons.join('; ')).toBe(false);
    expect(d.isReport).toBe(true);
  });
  // guards: interpretations proper still say so
  it.each(['h8-interp-liaoning-2012-fx361.txt', 'h6-interp-2019-drafting-briefing-sina.txt', 'interp-kankanhao-keywords.txt'])(
    'guard: %s',
    (file) => {
      expect(has(reasonsOf(file), 'interprets or summarises')).toBe(true);
    },
  );
});

describe('a page telling how a report is divided (报告共分三个部分) tells about it', () => {
  it.each(['h8-interp-national-2021-bilingual-axdbkk.txt', 'h6-news-weihai-2017-targets.txt', 'h8-news-wuhan-party-congress-yhgssp.txt'])(
    '%s',
    (file) => {
      const d = detect(read(file));
      expect(has(d.reasons, 'how a report is divided'), d.reasons.join('; ')).toBe(true);
      expect(d.isReport).toBe(false);
    },
  );
  // guard: a report's own page, whatever its editor's note says, is read by its own opening (the cue is a frame)
  it('guard: a report that names its own parts keeps its own opening', () => {
    const text =
      '编者按:报告共分三个部分。\n政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员提出意见。一、2015年工作回顾\n过去一年,全市生产总值增长7.5%,一般公共预算收入增长8.2%,城镇居民人均可支配收入增长8%。';
    expect(has(detect(text).reasons, 'how a report is divided')).toBe(false);
  });
});

describe("a model-text page (范文, 模板) whose body is not a report's own", () => {
  it('h8-essay-fanwen-2015-61k is not taken', () => {
    const d = detect(read('h8-essay-fanwen-2015-61k.txt'));
    expect(has(d.reasons, 'model-text page'), d.reasons.join('; ')).toBe(true);
    expect(d.isReport).toBe(false);
  });
  // guards: a report compiled on a model-text site keeps its own opening
  it.each(['h7-rep-hebei-2023-compilation-bangongwenku.txt', 'rep-national-1983-xuexila.txt'])('guard: %s is still a report', (file) => {
    const d = detect(read(file));
    expect(has(d.reasons, 'model-text page')).toBe(false);
    expect(d.isReport).toBe(true);
  });
});
