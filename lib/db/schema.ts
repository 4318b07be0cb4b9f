// The database: clips and the reports they came from, in IndexedDB through Dexie. Opened by the
// background (for content scripts, which cannot reach the extension's IndexedDB) and by the
// extension's own pages. Every schema change is a new version here, with its upgrade, and a test
// that opens the previous version's data and finds it all (tests/unit/db-migrations.test.ts).
import { Dexie, type EntityTable } from 'dexie';
import type { Clip, RegionLevel } from '../model/clip';
import type { ReportType } from '../detect/metadata';

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
}

export const DB_NAME = 'report-lens';

export class ReportLensDb extends Dexie {
  clips!: EntityTable<Clip, 'id'>;
  reports!: EntityTable<ReportRow, 'url'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      clips: 'id, indicatorKey, region, period, kind, url, createdAt, [indicatorKey+period]',
      reports: 'url, region, year, type',
    });
  }
}
