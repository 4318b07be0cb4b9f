// A region's administrative level, read off its name and the names it sits in.
import type { RegionLevel } from './clip';

const MUNICIPALITIES = /^(?:北京|上海|天津|重庆)市$/;

export function regionLevel(path: string[]): RegionLevel | null {
  const name = path[path.length - 1];
  if (!name) return null;
  if (name === '全国' || name === '中国' || name === '国务院') return 'national';
  if (/(?:省|自治区|特别行政区)$/.test(name) || MUNICIPALITIES.test(name)) return 'province';
  if (/(?:自治州|地区|盟)$/.test(name)) return 'city';
  if (/(?:县|自治县|旗|区)$/.test(name)) return 'county';
  if (/市$/.test(name)) {
    // a city inside a city (苏州市太仓市) is county-level
    const parent = path[path.length - 2];
    return parent && /市$/.test(parent) && !MUNICIPALITIES.test(parent) ? 'county' : 'city';
  }
  return null;
}
