// Clips for the dashboard's correction tests and screenshots, made the way a reader makes them: pages
// opened in Chromium, figures clipped by keyboard or with "clip all targets". The fixtures hold the
// Taicang 2023 report (its 2023 targets) but no later report; the 2024 review below (a few sentences
// in the shape of the real one) gives the 2023 results, in wordings of its own. No vitest here: the
// screenshots use it too.
import type { Page } from 'playwright-core';
import type { Browser, Site } from './harness';
import { fixture, settled, toolbarButton } from './content-pages';
import { clipByKeyboard } from './popup-helpers';
import { ui } from './closed-ui';

export const REVIEW_2024 = '/taicang-2024-review.html';

const REVIEW_2024_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2024年太仓市政府工作报告</title></head><body>
<div class="crumb">当前位置: 首页 &gt; 政府信息公开 &gt; 政府工作报告</div>
<div class="article"><h1>2024年太仓市政府工作报告</h1>
<div class="content" id="zoom">
<p>各位代表:现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。</p>
<p>一、2023年工作回顾</p>
<p>过去一年,我们坚持稳中求进工作总基调,全市经济运行持续回升向好。全年实现地区生产总值1740亿元,增长5.1%;一般公共预算收入180亿元,增长6.2%;规模以上工业总产值增长7.5%。高新技术产业产值占规上工业产值比重达52.6%,新增上市企业3家,新引进德企55家。</p>
<p>二、2024年主要目标</p>
<p>今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,一般公共预算收入增长5%左右,全社会固定资产投资增长5%,城镇新增就业1万人以上。</p>
</div></div></body></html>`;

/** the pages the harness serves beside the fixtures */
/**
 * The Taicang infographic as a repost that keeps no year: its one card heading the year's targets
 * (2023年<br>经济社会发展的主要预期目标) says 今年 instead, so that nothing on the page dates a figure.
 */
export const NO_YEAR = '/repost/taicang-infographic.html';
const NO_YEAR_HTML = fixture('taicang-2023-infographic.html').replace('2023年<br>', '今年<br>');

export const EXTRA_PAGES = { [REVIEW_2024]: REVIEW_2024_HTML, [NO_YEAR]: NO_YEAR_HTML };

/** open a page and clip its figures by keyboard: [text, kind] */
export async function clipOn(b: Browser, site: Site, page: string, figures: Array<[string, ('target' | 'actual')?]>): Promise<void> {
  const tab = await b.context.newPage();
  try {
    await tab.goto(site.url(page));
    for (const [text, kind] of figures) await clipByKeyboard(tab, text, kind);
  } finally {
    await tab.close();
  }
}

/** open a page and take all its targets with the toolbar's "clip all targets" */
export async function clipAllTargets(b: Browser, site: Site, page: string): Promise<void> {
  const tab = await b.context.newPage();
  try {
    await tab.goto(site.url(page));
    await settled(tab);
    await toolbarButton(tab, 'clip-targets').click();
    // its status says so once every target is clipped (toolbarButton's ui() waits, but for the element only)
    await ui(tab, 'rl-toolbar [role="status"]').waitFor();
    for (const until = Date.now() + 10_000; !(await ui(tab, 'rl-toolbar [role="status"]').textContent())?.includes('个目标'); ) {
      if (Date.now() > until) throw new Error(`"clip all targets" on ${page} said nothing`);
      await tab.waitForTimeout(50);
    }
  } finally {
    await tab.close();
  }
}

/** the dashboard shown afresh, once it has read `n` clips */
export async function dashboardWith(dash: Page, n: number): Promise<void> {
  await dash.reload();
  await dash.locator(`.dashboard[data-clips="${n}"]`).waitFor();
}

/** the target pair of the merge: the 2023 report's target (one wording), the 2024 report's result (another) */
export const PAIR = { target: '高新技术产业产值占比', actual: '高新技术产业产值占规模以上工业产值比重' };

export async function seedPair(b: Browser, site: Site): Promise<void> {
  await clipOn(b, site, 'taicang-2023-report.html', [['52%', 'target']]);
  await clipOn(b, site, REVIEW_2024, [['52.6%', 'actual']]);
}
