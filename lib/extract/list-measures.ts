// The measure of each item of a list of values (分别 or n values after n names), where the list's words tell the
// measure of one item only: the rate noun said with the last item, or an item that is itself a price level.
import type { Measure } from '../model/mention';
import type { Quantity } from './quantities';
import { CONSUMER_PRICES } from './reading-words';

interface ItemReading {
  q: Quantity;
  measure: Measure;
  sign: 1 | -1;
  indicator: string;
}

/** a rate of growth named once after the list's last item, before its values: …居民消费价格涨幅分别控制在 */
const RATE_NOUN_OF_LAST = /(?:涨幅|增幅|增速|增长速度|上涨幅度|增长幅度)(?:分别)?(?:控制在|保持在|稳定在|为|达到|在)?$/;
/** an item that is a rate or share itself (失业率, 比重), whose value is its level; a rate of growth is not one */
const LEVEL_RATE = /(?<!增长|增)(?:率|比重|比例|占比)$/;

/**
 * 城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内: the 涨幅 is the last item's, the 失业率's 5% a level;
 * 城镇登记失业率、居民价格消费指数和人口自增率分别控制在4.2%、3%、2.5‰以内: a price level in per cent is its rise.
 * `items` are the readings the list's values went to, after their names were given.
 */
export function measureListItems(text: string, items: ItemReading[]): void {
  if (items.length < 2) return;
  const first = items[0].q.start;
  const rateOfLast = RATE_NOUN_OF_LAST.test(text.slice(Math.max(0, first - 12), first));
  for (const r of items) {
    if (r.q.unitClass !== 'percent') continue;
    if (rateOfLast && r.measure === 'growth' && LEVEL_RATE.test(r.indicator)) {
      r.measure = 'level';
      r.sign = 1;
    } else if (r.measure === 'level' && CONSUMER_PRICES.test(r.indicator)) r.measure = 'growth';
  }
}
