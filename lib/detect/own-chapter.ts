// The place a report's own phrase names: every report of these years closes its plans on 奋力谱写中国式现代化合肥篇章, of its own
// region. A page that names its city nowhere else (csjcs's excerpt of 合肥's 2024 report names 安徽 in 围绕安徽打造“三地一区” and
// 合肥 in 合肥篇章 only) is read as that place's, where the page names no region or only one holding it (report-region.ts).
import { divisionPath, shortNames } from '../model/region';

/** 中国式现代化合肥篇章, 中国式现代化内蒙古新篇章, 中国式现代化美丽新宁夏中卫篇章: the place just before 篇章 */
const OWN_CHAPTER = /现代化([^。\n,，、“”"的]{2,10}?)新?篇章/;

/** the division a page's 中国式现代化…篇章 names, by its full or short name (合肥 → 安徽省/合肥市); null where none */
export function ownChapterPlace(text: string): string[] | null {
  const m = OWN_CHAPTER.exec(text);
  if (!m) return null;
  const shorts = shortNames();
  for (const len of [4, 3, 2]) {
    if (m[1].length < len) continue;
    const tail = m[1].slice(-len);
    const path = divisionPath([shorts.get(tail)?.name ?? tail]);
    if (path) return path;
  }
  return null;
}

/** the chapter's place where it is the page's region made precise: the region read holds it, or none was read */
export function regionByOwnChapter(read: string[], text: string): string[] {
  const own = ownChapterPlace(text);
  if (!own || own[0] === '全国') return read;
  return read.length === 0 || (read.length < own.length && read.every((part, k) => own[k] === part)) ? own : read;
}
