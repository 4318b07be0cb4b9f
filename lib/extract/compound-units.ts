// Units made of two: the work of transport is counted in tonne-kilometres and passenger-kilometres
// (铁路货运周转量…达到11620亿吨公里); read whole, or 亿吨 is taken for the unit and 公里 for the name after it. Plate glass is
// counted in 重量箱 and print in 印张: unread, the amount runs into the next item’s name.
import { words } from './lexicon';

export const COMPOUND_UNITS = words(`
  吨公里 人公里 吨千米 人千米 换算吨公里 标准箱 千瓦小时 重量箱 印张
`);
