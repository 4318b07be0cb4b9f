// (A head of a scheme said bare, after a clause that names the scheme, is the clause reader's: clauses.ts.)
// A stage of building said bare after a clause that names a programme of building (its programme read as clauses.ts reads
// every clause's): PROGRAMME(工程|计划) , [aside ,] STAGE
// (继续推进保障性安居工程建设,在确保质量的前提下,基本建成500万套 → 保障性安居工程基本建成).
import { sentenceStart } from '../text/sentence';
import { programmeOf } from './clauses';

/** a stage of building said bare, with the time or adverb of a plan before it: 基本建成, (今年)新开工, 开工, 竣工 */
const STAGE_ONLY = /^(?:今年|年内|全年|当年|明年)?(?:要|再)?((?:基本)?建成|新开工(?:建设)?|开工(?:建设)?|竣工)$/;
/** a programme of building (工程, 计划), whose stages the figures after it count */
const BUILDING = /(?:工程|计划)$/;
/** the clauses a programme is looked for over, back from the figure's */
const MAX_CLAUSES_BACK = 3;
const CLAUSE_STOP = /[,;。!?:\n]/;

/** the stage a figure counts (its name `name`, or the words before it `context`, a bare stage), of the programme a clause
 * before it in its sentence pushes on, none holding a figure (the figure before ends at `after`); `name` otherwise */
export function stageOfProgramme(text: string, opens: number, after: number, name: string, context: string): string {
  const words = name || context;
  const stage = /[成工]$/.test(words) ? STAGE_ONLY.exec(words)?.[1] : undefined;
  if (!stage) return name;
  let end = opens - 1;
  for (let n = 0; n < MAX_CLAUSES_BACK && end >= 1 && text[end] === ','; n++) {
    const begin = sentenceStart(text, end, 40, CLAUSE_STOP);
    if (begin < after) break;
    const read = programmeOf(text.slice(begin, end));
    const programme = BUILDING.test(read) ? read : '';
    // (棚改攻坚计划: what the plan builds is counted, not the plan)
    if (programme) return programme.replace(/(?<=[\u4e00-\u9fff]{2})(?:攻坚|行动)?计划$/, '') + stage;
    end = begin - 1;
  }
  return name;
}
