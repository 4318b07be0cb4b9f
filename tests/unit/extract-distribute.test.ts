// A list of names that 分别 gives a list of values (lib/extract/distribute.ts): the words the items share, and where
// they share none.
import { describe, expect, it } from 'vitest';
import { distribute } from '../../lib/extract/distribute';

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
