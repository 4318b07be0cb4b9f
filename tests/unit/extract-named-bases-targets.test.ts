// Round 7, from judged sample 40 (provincial reports of 2015–2017): a plan's period said as the base of a multiple (是“十一五”
// 時期的2.6倍) is what the figure is compared with, not its years, which the review section's span gives; and a growth target
// set with 确定 (经济增长预期目标确定6%左右) is a growth, as with 为 or 定为. Rows are real texts up to the mention, or
// sentences where the row says so.
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const P40 = 'tests/fixtures/judged/pages40';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a plan’s period as the base of a multiple is no span of the figure',
    rows: [
      {
        name: 'province-neimenggu-2016: 累計完成固定資產投資5.2萬億元,是“十一五”時期的2.6倍,年均增長18%',
        input: textUpTo(`${P40}/province-neimenggu-2016-trad.txt`, '年均增長18%'),
        title: '',
        expect: [
          { text: '2.6倍', period: 2015, periodFrom: 2011 },
          { text: '18%', period: 2015, periodFrom: 2011 },
        ],
      },
      {
        name: 'must not fire: “十一五”期间 said as the figure’s own years',
        input: '“十一五”期间,全市固定资产投资年均增长18%。',
        title: '某市2011年政府工作报告',
        expect: [{ text: '18%', period: 2010, periodFrom: 2006 }],
      },
    ],
  },
  {
    family: 'a growth target set with 确定',
    rows: [
      {
        name: 'province-liaoning-2015 part 4: 经济增长预期目标确定6%左右',
        input: textUpTo(`${P40}/province-liaoning-2015-part4.txt`, '经济增长预期目标确定6%左右'),
        title: '',
        expect: [{ text: '6%左右', measure: 'growth', value: 6 }],
      },
      {
        name: 'must not fire: a rate’s level set with 确定 stays a level',
        input: '城镇登记失业率目标确定为4.5%以内。',
        expect: [{ text: '4.5%以内', measure: 'level' }],
      },
    ],
  },
];

describeLastMentions(families);
