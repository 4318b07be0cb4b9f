// Indicator names, round names21: a clause or an owner said before a count with 的 (中央环保督察交办的34项问题): the count
// counts the noun after it, and the name keeps the clause (the clause alone, 年初确立, is a verb with no noun). Real
// sentences of the fixtures (judged samples, real-dev, national reports); each named row failed before the rule, the
// rows that keep a name as it was guard its bounds.
import { describe, it } from 'vitest';
import { checkRow, type Row, rowName } from './helpers/engine';
import { sentenceOf } from './helpers/real-pages';

const row = (path: string, phrase: string, expect: Row['expect']): Row => ({ input: sentenceOf(path, phrase), expect });

const rows: Row[] = [
  row('tests/fixtures/judged/pages40/province-hainan-2016.txt', '完成年初确立的80项', [
    { text: '80项', indicator: '年初确立的重点改革事项' },
  ]),
  row('tests/fixtures/judged/pages46/province-sichuan-2012-cntv.txt', '纳入省规划的103个', [
    { text: '103个', indicator: '纳入省规划的一般受灾县重建项目' },
  ]),
  row('../shared/eval/real-dev/reports/prov-gansu-2025.txt', '省委确定的339项', [{ text: '339项', indicator: '省委确定的重点改革任务' }]),
  row('../shared/eval/real-dev/reports/prov-neimenggu-2025.txt', '年初承诺的33项', [{ text: '33项', indicator: '年初承诺的民生实事' }]),
  row('tests/fixtures/judged/pages41/national-1955-chengjun.txt', '该厂生产的三百八十台', [
    { text: '三百八十台', indicator: '该厂生产的钻床' },
  ]),
  row('tests/fixtures/judged/pages29/national-1983-chengjun.txt', '原来低产贫困的二百四十多个县', [
    { text: '二百四十多个', indicator: '原来低产贫困的县' },
  ]),
  // (not where the words before 的 are counted themselves: the count is of a part of them, named after it)
  row('tests/fixtures/judged/pages37/province-shanghai-2011.txt', '在内的246个官方参展者', [{ text: '246个', indicator: '官方参展者' }]),
];

describe('a clause said before a count with 的 names what the count counts with it', () => {
  for (const r of rows) it(rowName(r), () => checkRow(r));
});
