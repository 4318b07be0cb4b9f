// A communiqué reports a year; it sets no targets. A page whose body reads like one (比上年增长… three times, no
// speaker) but sets out the year's targets (…全年经济增长的预期目标是…) is news of a meeting or a report, and is
// read as such: its results are last year's, its targets this year's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { detect } from '../../lib/detect/detect';

const CORPUS = join(import.meta.dirname, '../fixtures/detect-corpus/texts');

// http://dplcry.cn/news/zjjnews_149602.html (a city paper's news of a high-tech zone's economic meeting, 2019;
// traditional script as the page shows it)
const ZHANGJIAJIE =
  '本報(bào)訊2月25日,張家界高新區(qū)召開2019年經(jīng)濟(jì)工作暨黨風(fēng)廉政建設(shè)、安全生產(chǎn)工作會(huì)議。副市長李傳榮參加會(huì)議。\n' +
  '2018年,張家界高新區(qū)全面落實(shí)新發(fā)展理念,深入實(shí)施“對(duì)標(biāo)提質(zhì)、旅游強(qiáng)市”戰(zhàn)略和“11567”總體思路,取得一系列新進(jìn)展、新成績。' +
  '全年技工貿(mào)總收入同比增長37.94%,完成規(guī)模工業(yè)增加值同比增長11%,完成固定資產(chǎn)投資同比增長16.55%,工業(yè)稅收同比增長57.15%,' +
  '全年申報(bào)發(fā)明專利同比增長208.33%,新認(rèn)定國家高新技術(shù)企業(yè)7家同比增長133.33%,完成高新技術(shù)產(chǎn)業(yè)主營業(yè)務(wù)收入同比增長37.41%。' +
  '2019年,張家界高新區(qū)全年經(jīng)濟(jì)增長的預(yù)期目標(biāo)是實(shí)現(xiàn)技工貿(mào)總收入增長30%,規(guī)模工業(yè)增加值增長10%,固定資產(chǎn)投資增長15%,' +
  '一般公共預(yù)算收入增長10%;申報(bào)認(rèn)定國家高新技術(shù)企業(yè)6家,高新技術(shù)企業(yè)占規(guī)模企業(yè)比例達(dá)到30%,規(guī)模高新技術(shù)產(chǎn)業(yè)增加值增長15%。\n';

describe('a page that sets the year’s targets is no communiqué', () => {
  it('news of a zone’s economic meeting (dplcry.cn zjjnews_149602): not typed a communiqué', () => {
    expect(detect(ZHANGJIAJIE).type).not.toBe('statistical-communique');
  });

  it('its results are 2018’s, its targets 2019’s', () => {
    const at = (surface: string, from = 0) => {
      const m = extract(ZHANGJIAJIE).find((x) => x.text === surface && x.start >= ZHANGJIAJIE.indexOf(surface, from));
      return m && { kind: m.kind, period: m.period };
    };
    expect(at('37.94%')).toEqual({ kind: 'actual', period: 2018 });
    expect(at('16.55%')).toEqual({ kind: 'actual', period: 2018 });
    const targets = ZHANGJIAJIE.indexOf('預(yù)期目標(biāo)');
    expect(at('30%', targets)).toEqual({ kind: 'target', period: 2019 });
    expect(at('6家', targets)).toEqual({ kind: 'target', period: 2019 });
  });

  it.each([
    // guards: communiqués' bodies without their titles stay communiqués
    'com-county-2015-qdndz-body.txt',
    'com-county-2021-body.txt',
  ])('%s stays a communiqué', (file) => {
    expect(detect(readFileSync(join(CORPUS, file), 'utf8')).type).toBe('statistical-communique');
  });
});
