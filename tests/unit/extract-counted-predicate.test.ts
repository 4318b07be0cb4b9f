// A count whose class is said bare, with what the counted things did or underwent after it in its clause:
// [count][class noun][predicate] → predicate的class (place-counts.ts). The class is a bare head (no room for a
// modifier: 博物馆, 成果, 公路) or a class of places or people; the predicate is the rest of the clause where the phrase
// reader ends the noun, holding no figure. Real sentences of the whole reports the fixtures hold (real-dev's 2025
// provincial reports, the national reports of chengjun/mybook data/gov_reports1954-2021.txt). Rows where it must not
// fire: a manner of going on with work, a list closed by 等 that names the things, 分别, a verb alone. Also counts
// inside 包括…在内的 (count-names.ts, counted.ts).
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { sentenceOf, sentenceRow as row } from './helpers/real-pages';

const families: Array<{ structure: string; rows: Row[] }> = [
  {
    structure: 'a bare head, then what the things did: the predicate says which are counted',
    rows: [
      row('Beijing 2025', '20家博物馆延时开放', [{ text: '20家', indicator: '延时开放的博物馆' }]),
      row('Guangdong 2025', '12家医院位列', [{ text: '12家', indicator: '位列国家公立综合医院百强的医院' }]),
      row('Shandong 2025', '35项成果获得', [{ text: '35项', indicator: '获得国家科学技术奖的成果' }]),
      row('Qinghai 2025', '7条公路建成通车', [{ text: '7条', indicator: '建成通车的公路' }]),
      row('Neimenggu 2025', '8种矿产完成', [{ text: '8种', indicator: '完成“十四五”增储任务的矿产' }]),
      // (after a preposition of place: the pilot is what the places are counted by)
      row('Neimenggu 2025', '在17个旗县开展试点', [{ text: '17个', indicator: '开展试点的旗县' }]),
    ],
  },
  {
    structure: 'a class of people or firms with a predicate the phrase reader ends the noun at (在…, 稳定…)',
    rows: [
      row('Beijing 2025', '近3.3万名工作人员', [{ text: '近3.3万名', indicator: '在副中心办公的工作人员' }]),
      row('Guangdong 2025', '4386万异地务工人员', [{ text: '4386万', indicator: '稳定就业的异地务工人员' }]),
      row('national 2010', '游牧民实现了定居', [{ text: '９．２万户', indicator: '实现定居的游牧民' }]),
    ],
  },
  {
    structure: 'guards: the predicate does not say which are counted, or is no predicate',
    rows: [
      // a manner of going on with work says how all of them are worked on
      row('Jiangsu 2025', '16家高水平医院建设加速推进', [{ text: '16家', indicator: '高水平医院' }]),
      row('Sichuan 2025', '54个产业链攻关项目加快推进', [{ text: '54个', indicator: '产业链攻关项目' }]),
      // all of a class named whole did it: the predicate says of all of them (a stock class is still told apart: 省, 县)
      row('Ningxia 2025', '100项重点水利工程项目全部开工', [{ text: '100项', indicator: '重点水利工程项目' }]),
      // a list closed by 等 names the things already
      row('Hainan 2025', '等33个信息化项目投入使用', [{ text: '33个', indicator: '信息化项目' }]),
      // 分别: each of a list did its own
      row('Ningxia 2025', '3项成果分别在', [{ text: '3项', notInd: ['分别在联合国气候变化大会的成果'] }]),
      // a verb alone, with nothing done to or by them said
      row('national 2007', '有4.1亿农民参加', [{ text: '4.1亿', notInd: ['参加的农民'] }]),
      // the work a verb before the count acts on, said as a noun (推进…项目建设)
      row('Guizhou 2025', '5个页岩气项目建设', [{ text: '5个', indicator: '页岩气项目' }]),
    ],
  },
  {
    structure: '为 + NUMBER CLASSIFIER CLASS + 免费/无偿 + any act, to the clause end: those it was done for (count-names.ts)',
    rows: [
      row('Gansu 2025', '为21.5万名城乡妇女免费开展', [{ text: '21.5万名', indicator: '免费开展“两癌”检查的城乡妇女' }]),
      row('Gansu 2025', '为10323名低保困难老年人', [{ text: '10323名', indicator: '免费实施白内障手术的低保困难老年人' }]),
      // guard: an act longer than the window read is not cut short (…增生症和新生儿听力障碍筛查)
      row('Guangdong 2025', '为超73万名新生儿免费提供', [
        { text: '超73万名', notInd: ['免费提供先天性甲状腺功能减低症、蚕豆病、苯丙酮尿症、先天性肾上腺皮质增生症的新生儿'] },
      ]),
    ],
  },
  {
    structure: 'counts inside 包括…在内的 WHOLE: each item is of the whole, and the count after 在内的 counts the whole',
    rows: [
      {
        name: 'Shanghai 2011: 包括190个国家、56个国际组织在内的246个官方参展者',
        input: sentenceOf('tests/fixtures/judged/pages37/province-shanghai-2011.txt', '包括190个国家'),
        expect: [
          { text: '190个', indicator: '官方参展者中的国家' },
          { text: '56个', indicator: '官方参展者中的国际组织' },
          { text: '246个', indicator: '官方参展者' },
        ],
      },
    ],
  },
];

describe.each(families)('a count defined by the predicate after its class: $structure', ({ rows }) => {
  it.each(rows.map((r) => [r.name ?? '', r] as const))('%s', (_name, r) => checkRow(r));
});
