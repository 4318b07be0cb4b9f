// The database: clips and the reports they came from, in IndexedDB through Dexie. Opened by the
// background (for content scripts, which cannot reach the extension's IndexedDB) and by the
// extension's own pages. Every schema change is a new version here, with its upgrade, and a test
// that opens the previous version's data and finds it all (tests/unit/db-migrations.test.ts).
// Versions already shipped are never edited: a profile may hold any of them.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Clip } from '../clip/clip';
import type { RegionLevel } from '../model/region';
import type { ReportType } from '../detect/metadata';
import type { ReaderAlias } from '../compare/reader-aliases';
import { derive, reportLevel } from '../clip/derive';

export interface ReportRow {
  /** page URL without fragment */
  url: string;
  title: string;
  region: string | null;
  regionPath: string[];
  regionLevel: RegionLevel | null;
  year: number | null;
  type: ReportType | null;
  /** ms since epoch: first and last time a clip was made on it */
  firstSeen: number;
  lastSeen: number;
  /** the fields the reader corrected for the whole page: applied to the clips made on it later too */
  readerSet?: Array<'region' | 'year' | 'type'>;
}

/** a page that holds a report the reader clipped at another address: its clips are that report's */
export interface MirrorRow {
  /** page URL without fragment */
  url: string;
  /** the URL the report's clips are stored under */
  sameAs: string;
  /** ms since epoch */
  foundAt: number;
}

export const DB_NAME = 'report-lens';

/** the stores of each version, kept whole: a test builds old databases from them */
export const STORES = {
  1: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period]',
    reports: 'url, region, year, type',
  },
  // rows of the comparison are indicator × measure; reports are listed by level
  2: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
  },
  // the same stores; keys folded across more wordings (lib/compare/aliases.ts), levels read off fuller paths
  3: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
  },
  // the reader's aliases (lib/compare/reader-aliases.ts) and reports' other addresses; clips gain optional fields (the reader's
  // corrections beside the engine's reading, a note, tags) that need no index and no upgrade
  4: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    // pages found to hold a report already clipped at another address (lib/db/mirrors.ts)
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold names wrapped in a year or target words (中国2016年GDP, GDP预期目标), 能耗强度,
  // and urban and rural incomes as lists name them (城镇居民收入)
  5: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold 进出口总值, 万元生产总值能耗, 规模工业增加值, R&D spelled out (研究与试验发展经费支出占生产总值比重),
  // drop a quote's ellipsis, a headline's label before a colon and a region's name before place or verb words (重庆预计GDP)
  6: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold 广义货币 and 广义货币M2, and one budget line planned and spent (中央财政三农投入)
  7: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys drop an adverb before 预计 (仍预计全市GDP)
  8: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold the retail price index's names (零售物价, 商品零售价格…) and 工农业生产总值 into 工农业总产值
  9: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold the deficit's, the revenue's, the investment plan's and the long-term bonds' names, drop 预定,
  // and read 物价 by the figure's year
  10: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold the budget revenue's name before 2014 (一般预算收入) and the incomes' shorter names, and keep the
  // rural net income of the years up to 2013 a row of its own
  11: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold the unemployment rate's yearly mean (城镇调查失业率均值) and a city's long name for the R&D ratio
  12: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  13: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold 固定资产投资额, GDP目标定, a news page's 该市/该省 and a preposition before a known name
  14: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold 地方生产总值, 实际吸收外资, three names of the R&D ratio, and drop a list's 预期性指标/约束性指标
  15: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; a key keeps a place other than the clip's region (驻马店GDP on a 郑州 clip: 驻马店地区生产总值)
  16: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold the R&D ratio named with neither 支出 nor 投入 (研发经费占地区生产总值比重)
  17: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
  // the same stores; keys fold 进出口贸易总额 into 进出口总额
  18: {
    clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period], [indicatorKey+measure]',
    reports: 'url, region, year, type, regionLevel',
    aliases: 'id, to',
    mirrors: 'url, sameAs',
  },
} as const;

export const DB_VERSION = 18;

/** what clips and reports store that is computed from their other fields, computed afresh */
async function rederive(tx: Transaction): Promise<void> {
  await tx
    .table('clips')
    .toCollection()
    .modify((c: Clip) => {
      Object.assign(c, derive(c));
    });
  await tx
    .table('reports')
    .toCollection()
    .modify((r: ReportRow) => {
      r.regionLevel = reportLevel(r);
    });
}

export class ReportLensDb extends Dexie {
  clips!: EntityTable<Clip, 'id'>;
  reports!: EntityTable<ReportRow, 'url'>;
  aliases!: EntityTable<ReaderAlias, 'id'>;
  mirrors!: EntityTable<MirrorRow, 'url'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(STORES[1]);
    // Version 2 keys indicators by measure too (经济增长 is GDP growth), spells 规上 out, and reads
    // region levels off the division codes (太仓市 is county-level): re-derive what clips store.
    this.version(2).stores(STORES[2]).upgrade(rederive);
    // Version 3 folds more wordings of one indicator (调查失业率, 研发经费支出占比): re-key the clips.
    this.version(3).stores(STORES[3]).upgrade(rederive);
    // Version 4 adds the reader's aliases and reports' other addresses; the reader's data stays as it
    // was, and keys fold more infographic labels (就业城镇新增就业): re-derive what clips store.
    this.version(4).stores(STORES[4]).upgrade(rederive);
    // Version 5 folds more wordings of known indicators (lib/compare/indicator-key.ts): re-key the clips.
    this.version(5).stores(STORES[5]).upgrade(rederive);
    // Version 6 folds more names of known indicators (lib/compare/aliases.ts): re-key the clips.
    this.version(6).stores(STORES[6]).upgrade(rederive);
    // Version 7 folds more names of known indicators (lib/compare/aliases.ts): re-key the clips.
    this.version(7).stores(STORES[7]).upgrade(rederive);
    // Version 8 drops an adverb before 预计 from keys (lib/compare/indicator-key.ts): re-key the clips.
    this.version(8).stores(STORES[8]).upgrade(rederive);
    // Version 9 folds the retail price index's names and 工农业生产总值 (lib/compare/aliases.ts): re-key the clips.
    this.version(9).stores(STORES[9]).upgrade(rederive);
    // Version 10 folds the deficit's and the plan's names (lib/compare/aliases.ts), drops 预定: re-key the clips.
    this.version(10).stores(STORES[10]).upgrade(rederive);
    // Version 11 folds the budget revenue's and the incomes' older names (lib/compare/aliases.ts) and drops a region's
    // lead-in and a target's verb clause from keys (lib/compare/indicator-key.ts): re-key the clips.
    this.version(11).stores(STORES[11]).upgrade(rederive);
    // Version 12 folds the unemployment rate's yearly mean, 国内GDP and a long name of the R&D ratio (lib/compare/aliases.ts):
    // re-key the clips.
    this.version(12).stores(STORES[12]).upgrade(rederive);
    // Version 13 drops a list's label before a dash (…主要预期目标——地区生产总值) and folds 万元地区生产总值二氧化碳排放量 into the CO2
    // intensity (lib/compare/indicator-key.ts, aliases.ts): re-key the clips.
    this.version(13).stores(STORES[13]).upgrade(rederive);
    // Version 14 folds 固定资产投资额 into 全社会固定资产投资, and drops GDP目标定's 目标定, a news page's 该市/该省 and a 对 or 将
    // before a known name from keys (lib/compare/aliases.ts, indicator-key.ts): re-key the clips.
    this.version(14).stores(STORES[14]).upgrade(rederive);
    // Version 15 folds 地方生产总值, 实际吸收外资 and three names of the R&D ratio (全社会研发费用占GDP比重…), and drops a list's
    // 预期性指标是/约束性指标为 before a known name from keys (lib/compare/aliases.ts, indicator-key.ts): re-key the clips.
    this.version(15).stores(STORES[15]).upgrade(rederive);
    // Version 16 keeps a place other than the clip's region in its key (驻马店GDP on a 郑州 clip is 驻马店地区生产总值, not
    // 郑州's 地区生产总值; lib/compare/indicator-key.ts): re-key the clips.
    this.version(16).stores(STORES[16]).upgrade(rederive);
    // Version 17 folds the R&D ratio named with neither 支出 nor 投入 (研发经费占地区生产总值比重, 研发经费占GDP比重) into
    // 研发经费投入强度 (lib/compare/aliases.ts): re-key the clips.
    this.version(17).stores(STORES[17]).upgrade(rederive);
    // Version 18 folds 进出口贸易总额 into 进出口总额 (lib/compare/aliases.ts): re-key the clips.
    this.version(18).stores(STORES[18]).upgrade(rederive);
  }
}
