// A figure for when something is done (lib/extract/completion-times.ts): 全部建成后…将为, 在建设完成后…, 项目全部投产后,
// 预计…将达到 — a target whose year is unstated; a year or span said of the completion (…，五年内建成) dates it as usual.
// Rows are real reports read from their start: the national report of 1955 (judged sample 41; chengjun/mybook
// data/gov_reports1954-2021.txt @ 503e0719) and 兴隆台区 2008 (judged sample 11,
// http://m.china-audit.com/mlhd_9uymd43ymq38ccg96p94_1.html).
import { describeLastMentions } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const R1955 = 'tests/fixtures/judged/pages41/national-1955-chengjun.txt';
const XINGLONGTAI_2008 = 'tests/fixtures/judged/pages11/district-xinglongtai-2008.txt';

describeLastMentions([
  {
    family: 'what a completion brings: a target with no year',
    rows: [
      {
        name: '1955: 钢：全部建成后增加的年产能力将为六百一十万吨，五年内增加的年产能力为二百五十三万吨',
        input: textUpTo(R1955, '五年内增加的年产能力为二百五十三万吨'),
        title: '',
        expect: [
          { text: '六百一十万吨', kind: 'target', period: null, periodFrom: null },
          { text: '二百五十三万吨', kind: 'target', period: 1957 },
        ],
      },
      {
        name: '1955: 原煤：全部建成后增加的年产能力将为九千三百一十万吨',
        input: textUpTo(R1955, '原煤：全部建成后增加的年产能力将为九千三百一十万吨'),
        title: '',
        expect: [{ text: '九千三百一十万吨', kind: 'target', period: null, periodFrom: null }],
      },
      {
        name: '1955: 机制糖：全部建成后增加的年产能力将为五十六万吨',
        input: textUpTo(R1955, '机制糖：全部建成后增加的年产能力将为五十六万吨'),
        title: '',
        expect: [{ text: '五十六万吨', kind: 'target', period: null, periodFrom: null }],
      },
      {
        name: '1955: 五年内开始建设的二个重型机器制造厂…，在建设完成后，…每年可以装备一个年产一百六十万吨…',
        input: textUpTo(R1955, '每年可以装备一个年产一百六十万吨'),
        title: '',
        expect: [{ text: '一百六十万吨', kind: 'target', period: null, periodFrom: null }],
      },
      {
        name: '兴隆台 2008: 项目全部投产后,预计销售收入将达到88亿元',
        input: textUpTo(XINGLONGTAI_2008, '预计销售收入将达到88亿元'),
        title: '',
        expect: [{ text: '88亿元', kind: 'target', period: null, periodFrom: null }],
      },
    ],
  },
  {
    family: 'a completion dated in its sentence dates the figure as usual',
    rows: [
      {
        name: '1955: 发电设备：全部建成后增加的年产能力将为八十万千瓦，五年内建成 (1953–1957)',
        input: textUpTo(R1955, '发电设备：全部建成后增加的年产能力将为八十万千瓦，五年内建成。'),
        title: '',
        expect: [{ text: '八十万千瓦', kind: 'target', period: 1957, periodFrom: 1953 }],
      },
      {
        name: '1955: 五年内开始建设的拖拉机制造厂，在第二个五年计划期间建设完成后，…一万五千台 (the second plan, 1958–1962)',
        input: textUpTo(R1955, '每年出产五十四匹马力的拖拉机一万五千台'),
        title: '',
        expect: [{ text: '一万五千台', kind: 'target', period: 1962, periodFrom: 1958 }],
      },
    ],
  },
]);
