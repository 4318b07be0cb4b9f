// A list of names that 分别 gives a list of values (lib/extract/distribute.ts): the words the items share, and where
// they share none.
import { describe, expect, it } from 'vitest';
import { distribute, itemsBeforeSummary } from '../../lib/extract/distribute';

describe('the names of a 分别 list', () => {
  it.each([
    // the last item takes the first's words before its own length
    ['一般公共预算收入和支出', 2, ['一般公共预算收入', '一般公共预算支出']],
    // one-character items before a shared head
    ['金融机构存、贷款余额', 2, ['金融机构存款余额', '金融机构贷款余额']],
    // two whole names: a prefix of one character (失 of 失业率) is no words of a name
    ['失业率和物价', 2, ['失业率', '物价']],
    ['城镇登记失业率、居民消费价格指数和人口自增率', 3, ['城镇登记失业率', '居民消费价格指数', '人口自增率']],
  ] as Array<[string, number, string[]]>)('%s (%i values) → %j', (phrase, n, names) => {
    expect(distribute(phrase, n)).toEqual(names);
  });
});

describe('the items of a list a summarising count closes', () => {
  it.each([
    // a list closed by 等 before its count, the head a price (communique-zhuhai-2013-trad, gold-heldout)
    [
      '食品、烟酒、衣着、家庭设备用品及维修服务、医疗保健和个人用品、娱乐教育文化用品及服务、居住等七类价格',
      [
        '食品价格',
        '烟酒价格',
        '衣着价格',
        '家庭设备用品及维修服务价格',
        '医疗保健和个人用品价格',
        '娱乐教育文化用品及服务价格',
        '居住价格',
      ],
    ],
    // the kind of thing goes with the head
    ['电子信息、绿色建材和装配式建筑两大主导产业产值', ['电子信息产业产值', '绿色建材和装配式建筑产业产值']],
    // must not fire: the count is not the number of items
    ['食品、烟酒、居住等八类价格', undefined],
    // must not fire: no measured head after the count
    ['钢铁、水泥等三大行业', undefined],
  ] as Array<[string, string[] | undefined]>)('%s → %j', (phrase, items) => {
    expect(itemsBeforeSummary(phrase)).toEqual(items);
  });
});
