// A stage of building said bare (基本建成, 新开工, 开工) counts the programme a clause before it in its sentence pushes on
// (lib/extract/programme-head.ts stageOfProgramme), or the thing the figure before named with its stage, after a comma as
// after 、 (item-before.ts); not a programme said in the sentence before, not a clause that is no push of a programme.
// Sentences from whole real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'a programme pushed on, an aside, then its stages (2012)',
    title: NATIONAL,
    input: '继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。',
    expect: [
      { text: '500万套', indicator: '保障性安居工程基本建成' },
      { text: '700万套以上', indicator: '保障性安居工程新开工' },
    ],
  },
  {
    name: 'the force of a programme raised, then a stage with its time; a plan, then what it builds (2014, 2018)',
    title: NATIONAL,
    input: '加大保障性安居工程建设力度，今年新开工700万套以上。启动新的三年棚改攻坚计划，今年开工580万套。',
    expect: [
      { text: '700万套以上', indicator: '保障性安居工程新开工' },
      { text: '580万套', indicator: '棚改开工' },
    ],
  },
  {
    name: 'the thing named with its stage, then another stage after a comma (2012)',
    title: NATIONAL,
    input: '全年城镇保障性住房基本建成432万套，新开工建设1043万套。',
    expect: [{ text: '1043万套', indicator: '城镇保障性住房新开工建设' }],
  },
  {
    name: 'a programme in the sentence before, or a clause that pushes no programme, names no stage',
    title: NATIONAL,
    input: '继续推进保障性安居工程建设。今年开工580万套。提高建设质量，今年开工300万套。',
    expect: [
      { text: '580万套', indicator: '开工' },
      { text: '300万套', indicator: '开工' },
    ],
  },
];

describe('a bare stage and the programme a clause before it pushes on', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
