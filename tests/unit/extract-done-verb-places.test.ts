// The verb of what was done to the things a count counts, read by one reader (done-verb.ts) in both places it stands:
// right before the number (VERB [了] NUMBER CLASSIFIER NOUN) and before the noun the number follows (VERB NOUN NUMBER
// CLASSIFIER), and over a list's items. A verb that changes, takes away, joins or backs things already there is kept
// alone; a verb of making alone is not (its things are new); a run the reader sees only the end of is left. Also the
// things acted on after 对 (对…N件行政法规进行全面清理) and a verb alone after a list's first count. Real sentences of the
// whole reports of the fixtures (chengjun/mybook data/gov_reports1954-2021.txt; real-dev's 2025 provincial reports).
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { sentenceRow as row } from './helpers/real-pages';

const families: Array<{ structure: string; rows: Row[] }> = [
  {
    structure: 'VERB [了] NUMBER CLASSIFIER NOUN: a verb of taking away or joining is kept',
    rows: [
      row('national 2009', '取消和停征100 项行政事业性收费', [{ text: '100 项', indicator: '取消和停征行政事业性收费' }]),
      row('national 2014', '分批取消和下放了416项行政审批', [{ text: '416项', indicator: '取消和下放行政审批' }]),
      row('national 1998', '已经加入1 7 个国际人权公约', [{ text: '1 7 个', indicator: '加入国际人权公约' }]),
      row('national 2003', '又撤销了９个国家行业主管局', [{ text: '９个', indicator: '撤销国家行业主管局' }]),
    ],
  },
  {
    structure: 'guards: a run seen only at its end, or a verb of making alone',
    rows: [
      // (制定 is no verb of this class: the run 制定、修订 read as 修订 alone would cut it)
      row('national 2008', '制定、修订137件行政法规', [{ text: '137件', indicator: '行政法规' }]),
      row('national 2009', '制定或修订了30 件行政法规', [{ text: '30 件', indicator: '行政法规' }]),
      row('national 2018', '新签和升级8个自由贸易协定', [{ text: '8个', indicator: '自由贸易协定' }]),
    ],
  },
  {
    structure: '对 + NUMBER CLASSIFIER NOUN + 进行 + the act: the count counts the things acted on',
    rows: [
      // (a verb alone goes before its object; the adverb of scope, 全面, is no part of it; then the list's verbs alone act on it)
      row('national 2003', '７５６件行政法规进行全面清理', [
        { text: '７５６件', indicator: '清理行政法规' },
        { text: '７１件', indicator: '废止行政法规' },
        { text: '８０件', indicator: '宣布失效行政法规' },
      ]),
      // (a longer act with its own object names them with 的)
      row('Gansu 2025', '对10万名适龄女童进行HPV疫苗补助接种', [{ text: '10万名', indicator: 'HPV疫苗补助接种的适龄女童' }]),
      // guard: after 在 the places are where the act was done, not what it was done to
      row('national 2015', '在100个地级以上城市进行公立医院改革试点', [{ text: '100个', notInd: ['公立医院改革试点的地级以上城市'] }]),
    ],
  },
  {
    structure: 'a verb alone after a list’s first count, over a comma: it acts on the first item’s noun',
    rows: [
      row('national 2003', '共清理涉外规章和有关政策规定２３００件', [
        { text: '８３０件', indicator: '废止涉外规章和有关政策规定' },
        { text: '３２５件', indicator: '修订涉外规章和有关政策规定' },
      ]),
    ],
  },
];

describe.each(families)('the verb of what was done before a count: $structure', ({ rows }) => {
  it.each(rows.map((r) => [r.name ?? '', r] as const))('%s', (_name, r) => checkRow(r));
});
