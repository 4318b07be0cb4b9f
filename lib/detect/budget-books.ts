// A budget or final-accounts report seen without its title or its address (a later page, a body a site cut out): it is
// built of the government's budget books, each under a numbered heading (1.一般公共预算收支及其平衡情况; (二)政府性基金预算
// 执行情况; 3.国有资本经营收支及其平衡情况; 4.社会保险基金收支…). News of a budget names a book's figures in running text
// (全市一般公共预算收入1714億元), and a unit's or department's accounts count its appropriations (一般公共预算财政拨款收入),
// not the government's books.

/** a heading's number, at a line's head or after a stop: 1. 2、 (一) 三、 */
const NUMBER =
  '(?:^|[\\n。;；:：])[ \\t\\u3000]*(?:\\d{1,2}\\s*[.．、]|[(（][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)';
/** the books, by the names budgets give them (公共财政预算, the name before 2015) */
const BOOK = '(一般公共预算|公共财政预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?)';
/** a book's heading: 一般公共预算收支及其平衡情况, 政府性基金预算执行情况, 全区国有资本经营预算收入 (not a unit's spending
 * alone: 八、政府性基金预算支出决算情况说明, in a department's or a hospital's own accounts) */
const BOOK_HEADING = new RegExp(
  `${NUMBER}\\s*(?:全[省市县区旗州镇乡]|[省市县区旗州]本级|[省市县区旗州]级)?${BOOK}(?:收支|收入|执行|调整)`,
  'g',
);

/** two or more of the government's budget books under numbered headings */
export function budgetBooksHeaded(text: string): boolean {
  const books = new Set<string>();
  for (const m of text.matchAll(BOOK_HEADING)) books.add(m[1].replace(/预算$/, '').replace('公共财政', '一般公共'));
  return books.size >= 2;
}
