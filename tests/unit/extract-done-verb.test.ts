// The verb of what was done, said once before a count or a list of counts (lib/extract/done-verb.ts): every item
// keeps it, verbs joined by 和/、 whole; the verb alone is never a name. Sentences from whole real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'a run of two verbs before a list of counts, each before its noun (河北 2014)',
    input: '河北中医学院组建完成,新建改建17所县级医院、260所乡镇卫生院和1.4万个村卫生室,城市社区卫生服务中心基本实现全覆盖。',
    expect: [
      { text: '17所', indicator: '新建改建县级医院' },
      { text: '260所', indicator: '新建改建乡镇卫生院' },
      { text: '1.4万个', indicator: '新建改建村卫生室' },
    ],
  },
  {
    name: 'verbs joined by 和, a subject and a time before them (2015)',
    title: NATIONAL,
    input: '国务院各部门全年取消和下放246项行政审批事项，取消评比达标表彰项目29项、职业资格许可和认定事项149项，再次修订投资项目核准目录。',
    expect: [
      { text: '246项', indicator: '取消和下放行政审批事项' },
      { text: '29项', indicator: '取消评比达标表彰项目' },
      { text: '149项', indicator: '取消职业资格许可和认定事项' },
    ],
  },
  {
    name: 'a verb with its adverb after a modal, the name read as the verb (1994)',
    title: NATIONAL,
    input:
      '调整农业生产结构，发展多种经营，国家准备重点扶持５００个商品粮大县、１５０个优质棉大县，建设一批各具特色的高产优质高效农业示范区；',
    expect: [
      { text: '５００个', indicator: '重点扶持商品粮大县' },
      { text: '１５０个', indicator: '重点扶持优质棉大县' },
    ],
  },
  {
    name: 'a run whose last verb the name kept (新建 of 改造和新建), over each item (2008)',
    title: NATIONAL,
    input:
      '国家安排资金改造和新建1.88万所乡镇卫生院、786所县医院、285所县中医院和534所县妇幼保健院，为1.17万个乡镇卫生院配备了医疗设备，农村医疗卫生条件明显改善。',
    expect: [
      { text: '1.88万所', indicator: '改造和新建乡镇卫生院' },
      { text: '786所', indicator: '改造和新建县医院' },
      { text: '534所', indicator: '改造和新建县妇幼保健院' },
    ],
  },
  {
    name: 'an item named before its count takes the whole run, not its first verb (2017)',
    title: NATIONAL,
    input: '新建高速铁路投产里程超过1900公里，新建改建高速公路6700多公里、农村公路29万公里。',
    expect: [
      { text: '6700多公里', indicator: '新建改建高速公路' },
      { text: '29万公里', indicator: '新建改建农村公路' },
    ],
  },
  {
    name: 'a shut-down before the capacity counted (2007)',
    title: NATIONAL,
    input: '二是坚决淘汰落后生产能力。“十一五”期间，关停5000万千瓦小火电机组。',
    expect: [{ text: '5000万千瓦', indicator: '关停小火电机组' }],
  },
  {
    name: 'two verbs before a noun and its count, and the next item (黑龙江 2025)',
    input: '修复治理退化草原11.5万亩、历史遗留矿山9.5万亩。',
    expect: [
      { text: '11.5万亩', ind: '退化草原' },
      { text: '9.5万亩', indicator: '修复治理历史遗留矿山' },
    ],
  },
  {
    name: 'the stages after the first item of a list are of its thing, not of its verb (河北 2014)',
    input: '全省开工建设保障性住房22.5万套、竣工22.4万套、分配入住18.1万套。',
    expect: [
      { text: '22.5万套', indicator: '开工建设保障性住房' },
      { text: '22.4万套', indicator: '保障性住房竣工' },
      { text: '18.1万套', indicator: '保障性住房分配入住' },
    ],
  },
  {
    name: 'a stage said after its thing with an adverb (基本建成, 新安排) is part of the name, and the next stage is of the same thing (2013, 2015)',
    title: NATIONAL,
    input:
      '今年城镇保障性住房基本建成470万套、新开工630万套，继续推进农村危房改造。今年保障性安居工程新安排740万套，其中棚户区改造580万套，增加110万套，把城市危房改造纳入棚改政策范围。',
    expect: [
      { text: '470万套', indicator: '城镇保障性住房基本建成' },
      { text: '630万套', indicator: '城镇保障性住房新开工' },
      { text: '740万套', indicator: '保障性安居工程新安排' },
      { text: '580万套', indicator: '棚户区改造' },
    ],
  },
  {
    name: 'a lone 建成 or 改造 is left as it was: a reader takes the thing with or without it (甘肃, 河南 2025)',
    input:
      '义务教育增补学位2.8万个，建成教师周转宿舍1335套。实施城市更新项目3910个，改造城中村416个、老旧小区1459个，统筹改造一批老日街区、厂区。',
    expect: [
      { text: '1335套', indicator: '教师周转宿舍' },
      { text: '416个', indicator: '城中村' },
      { text: '1459个', indicator: '老旧小区' },
    ],
  },
  {
    name: 'a verb at the end of the noun after the count is no verb before it (2014)',
    title: NATIONAL,
    input: '全面完成1.5万座小型水库除险加固，新解决农村6300多万人饮水安全问题。',
    expect: [{ text: '1.5万座', indicator: '小型水库除险加固' }],
  },
];

describe('the verb of what was done, said once before a count or a list', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
