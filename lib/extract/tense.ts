// Target or result, and for which year. A report reviews one year and plans the next: its sections
// set the default (过去一年… → results; 今年经济社会发展的主要预期目标… → targets), and words in a
// sentence turn it (力争, 确保, 到2025年 → a target; 去年, 已 → a result).
import type { Kind } from '../model/mention';
import type { ReportMeta } from '../detect/metadata';
import { planYears } from '../detect/five-year-plans';
import { headlinePlanYear } from './headline';
import { averageSinceBase, findSpans, type Span } from './spans';
import { headingBase, planAsBase, PRIOR_YEAR, RATE_FROM_PRIOR, START_LEVEL, startYear, statedBase } from './comparison-bases';
import { planSets, plansTarget } from './plan-target';
import { comparedWithPlan, plannedFigure, wholeSaidAgain } from './planned-figures';
import { priorYearOfList } from './prior-years';
import { statedKind } from './stated-kinds';
import { restatedTarget } from './restated-targets';
import { priorTarget } from './prior-targets';
import { presentFact } from './present-facts';
import { unstatedYears } from './unstated-years';
import { laterYearResult } from './later-year-results';
import {
  clauseBefore,
  fromYearBefore,
  RESULT_CUE,
  REVIEWED,
  TARGET_CUE,
  WEAK_TARGET_CUE,
  wordYear,
  YEAR_IN_SENTENCE,
  YEAR_LEADS,
  YEAR_RELEASED,
  YEAR_SO_FAR,
} from './tense-cues';
import type { Tense } from './tense-cues';
import { comingPlanHeadings, numberedHeadings, sectionsAfterPlans } from './plan-sections';
import { type PlanPart, planPartAt, plannedSpan, runningPlanParts } from './plan-passages';
import { reviewAfterTargets, sectionsAfterReview } from './review-sections';
import { inQuotedTargets } from './quoted-targets';
import { lastAtOrBefore, lastIndexAtOrBefore } from './sorted-search';
import { yearHeadings } from './year-headings';
import { afterCompletion } from './completion-times';
import { yearRunsInSpans } from './year-runs';
import { yearWillParagraphs } from './year-will-paragraphs';
import { paragraphStart, yearOpeningParagraphBefore } from './paragraph-years';
import { sentenceStart } from '../text/sentence';
import { clauseWords, MAX_SENTENCE, QuantitySpans } from './quantity-spans';
import type { Switch } from './section-switch';
import { arabicYears } from '../detect/chinese-dates';
import { PLAN_MARK, PLAN_TARGET_HEADING, PLANNED_YEAR_OPENS, REVIEW_MARK, TARGET_HEADING, TARGET_LIST_MARK } from './section-marks';

/** a section mark counts at the head of a sentence or heading (numbering allowed before it) */
const HEAD_WINDOW = 16;

interface Cue {
  at: number;
  end: number;
  kind: Kind;
  year: number | null;
  /** 争取, 确保, 将: a target word only where no section says otherwise */
  weak: boolean;
}

/**
 * Reads the tense of every quantity of one text. Section marks, cue words, years and sentence
 * breaks are found once, in one pass each; a quantity's tense is then a few binary searches.
 */
export class TenseReader {
  private readonly switches: Switch[] = [];
  private readonly cues: Cue[] = [];
  private readonly years: Array<{ at: number; year: number }> = [];
  /** span words (五年来, "十四五"期间, 2021年以来), ascending */
  private readonly spans: Span[];
  /** offsets of sentence ends (。!?\n), ascending */
  private readonly breaks: Int32Array;
  /** the text, its years in Arabic numerals: old reports write them in words (比一九七八年增长…) */
  private readonly text: string;
  private readonly planParts: PlanPart[];
  private readonly quantitySpans: QuantitySpans;

  constructor(
    text: string,
    private readonly meta: ReportMeta,
  ) {
    text = this.text = arabicYears(text);
    const breaks: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3002 || c === 10 || c === 33 || c === 63) breaks.push(i); // 。\n!?
    }
    this.breaks = Int32Array.from(breaks);
    const planParts = (this.planParts = runningPlanParts(text, meta.resultsYear));
    this.spans = findSpans(text, meta, (at) => planPartAt(planParts, at));
    this.quantitySpans = new QuantitySpans(text, meta, this.spans, this.years);
    if (meta.type === 'statistical-communique') return;
    this.collect(REVIEW_MARK, 'actual');
    this.collect(PLAN_MARK, 'target');
    // where the report's years are known: a year reviewed opens no plans (2000年是…)
    if (meta.resultsYear !== null) this.collect(PLANNED_YEAR_OPENS, 'target');
    this.collect(TARGET_LIST_MARK, 'target', true);
    this.collect(TARGET_HEADING, 'target', true);
    this.collect(PLAN_TARGET_HEADING, 'target', true);
    const headings = numberedHeadings(text);
    this.switches.push(...yearHeadings(text, meta), ...comingPlanHeadings(headings, meta.resultsYear), ...this.planParts);
    this.switches.sort((a, b) => a.at - b.at);
    this.switches.push(
      ...sectionsAfterPlans(headings, this.switches, meta.targetsYear),
      ...sectionsAfterReview(headings, this.switches, meta.targetsYear),
    );
    this.switches.sort((a, b) => a.at - b.at);
    this.switches.push(...yearRunsInSpans(text, this.switches));
    this.switches.sort((a, b) => a.at - b.at);
    this.switches.push(...reviewAfterTargets(text, this.switches, meta.resultsYear));
    this.switches.sort((a, b) => a.at - b.at);
    this.switches.push(...yearWillParagraphs(text, this.switches, meta.targetsYear));
    this.switches.sort((a, b) => a.at - b.at);
    const { resultsYear, targetsYear } = meta;
    const late = resultsYear !== null && meta.year === resultsYear;
    const thisYear = late ? resultsYear : targetsYear;
    const scan = (re: RegExp, kind: Kind, weak: boolean) => {
      re.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
        const year = m.slice(1).find((g) => g && /^\d{4}$/.test(g));
        // 今年 is the year planned (late: at a congress late in its year, the one reviewed, 今年/预计 estimating it); 本世纪末: 2000
        const estimate = kind === 'target' && late && /^(?:今年|预计)/.test(m[0]);
        const y = year ? Number(year) : wordYear(m[0], thisYear, meta);
        // 到2022年 in a 2023 report is not a target, 2023年实现 not a result; but 2020年目标为7.5%左右 quotes that year's target
        if (!estimate && y !== null && kind === 'target' && resultsYear !== null && y <= resultsYear && !/年目标$/.test(m[0])) continue;
        // on a page that gives no year, 由2007年的6423.2亿元增加到2012年的1.6万亿元 is a change between two years it states,
        // which a review tells as a plan would: its 到 alone says neither
        if (kind === 'target' && resultsYear === null && y !== null && /^[到至]/.test(m[0]) && fromYearBefore(text, m.index)) continue;
        if (y !== null && kind === 'actual' && targetsYear !== null && y >= targetsYear && re !== YEAR_SO_FAR && re !== YEAR_RELEASED)
          continue;
        const at = m.index + (m.groups?.lead?.length ?? 0);
        this.cues.push({ at, end: m.index + m[0].length, kind: estimate ? 'actual' : kind, year: y, weak });
      }
    };
    scan(TARGET_CUE, 'target', false);
    scan(WEAK_TARGET_CUE, 'target', true);
    if (resultsYear !== null) scan(YEAR_LEADS, 'target', false);
    scan(RESULT_CUE, 'actual', false);
    scan(YEAR_SO_FAR, 'actual', false);
    scan(YEAR_RELEASED, 'actual', false);
    // at one place a target word outranks a result word: the backward walk meets it first
    this.cues.sort((a, b) => a.at - b.at || (a.kind === 'target' ? 1 : -1));
    YEAR_IN_SENTENCE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = YEAR_IN_SENTENCE.exec(text)); ) {
      const y = Number(m[1] ?? m[2]);
      if (resultsYear === null || y <= resultsYear) this.years.push({ at: m.index, year: y });
    }
  }

  private collect(re: RegExp, kind: Kind, anywhere = false): void {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(this.text)); ) {
      const head = sentenceStart(this.text, m.index, HEAD_WINDOW + 1);
      if (!anywhere && m.index - head > HEAD_WINDOW) continue;
      // 去年年初确定的主要目标: a review of last year's targets, not this year's
      if (anywhere && REVIEWED.test(clauseBefore(this.text, m.index))) continue;
      const year = m.slice(1).find((g) => g && /^\d{4}$/.test(g));
      const y = year ? Number(year) : null;
      // "2022年主要目标任务全面完成" in a review is not the plan
      if (kind === 'target' && y !== null && this.meta.resultsYear !== null && y <= this.meta.resultsYear) continue;
      const plan = m.groups?.plan;
      const span =
        this.spans.find((sp) => sp.at >= m.index && sp.at < m.index + m[0].length) ??
        (plan ? { at: m.index, end: m.index + m[0].length, ...planYears(plan) } : undefined);
      // 今后五年…。在这五年里: a span word of the years to come plans them (or of a running plan's, in the part setting it out)
      const ahead = kind === 'actual' && span && plannedSpan(this.planParts, m.index, span, this.meta.resultsYear);
      const k: Kind = ahead ? 'target' : kind;
      // a plan's targets are for its last year, where they name no other
      const period = y ?? (k === 'target' && span ? span.to : null);
      // 一、过去五年(政府)工作回顾: the heading's second mark goes on in the years its first said (5 mentions of national 2013)
      const before = this.switches.at(-1);
      if (!span && before?.span && before.kind === k && m.index >= before.span.end && m.index - before.span.end <= 2) continue;
      this.switches.push({ at: m.index, kind: k, period, ...(span ? { span } : {}) });
    }
  }

  /** the tense of a quantity starting at `at`; `change`: it is a growth or change (增长, 减少), not a level */
  at(at: number, change = false, end = at): Tense {
    const sentence = sentenceStart(this.text, at, MAX_SENTENCE);
    if (afterCompletion(this.text, sentence, at, end)) return { kind: 'target', period: null };
    // 这八十亿元中,有三十五亿元…: the parts of a figure said again are read as it is
    const whole = wholeSaidAgain(this.text, sentence);
    if (whole) return this.at(whole.start, false, whole.end);
    const own = statedKind(this.text, sentence, at, end, this.read(at, change, end));
    const restated = restatedTarget(this.text, sentence, at, end, own, this.meta.resultsYear);
    const stated = presentFact(this.text, sentence, at, restated, this.meta.resultsYear);
    const quoted = priorTarget(this.text, sentence, at, end, stated, this.meta.targetsYear);
    const listed = unstatedYears(this.text, sentence, at, priorYearOfList(this.text, sentence, at, quoted));
    const read = laterYearResult(this.text, sentence, at, listed, this.meta);
    if (!plannedFigure(this.text, sentence, at)) return read;
    // 比原来设想的六百亿元: over the years of what it is compared with
    const compared = comparedWithPlan(this.text, sentence, at);
    return { ...(compared !== null ? this.read(compared, false, compared) : read), kind: 'target' };
  }

  private read(at: number, change: boolean, end: number): Tense {
    const planned = plansTarget(this.text, at, end) ?? planAsBase(this.text, at) ?? planSets(this.text, at);
    if (planned) return planned;
    const headline = headlinePlanYear(this.text, at, end, this.meta.targetsYear);
    if (headline !== undefined) return { kind: 'target', period: headline };
    if (inQuotedTargets(this.text, at)) return { kind: 'target', period: this.meta.targetsYear };
    const si = lastAtOrBefore(this.switches, at);
    const section = si >= 0 ? this.switches[si] : null;
    const b = lastIndexAtOrBefore(this.breaks, at - 1);
    const start = Math.max(b >= 0 ? this.breaks[b] + 1 : 0, at - MAX_SENTENCE, section && section.at < at ? section.at : 0);
    let kind: Kind = section?.kind ?? 'actual';
    let explicitYear: number | null = null;
    let cueAt = -1;
    // the last cue word of the sentence before the quantity decides
    for (let i = lastAtOrBefore(this.cues, at - 1); i >= 0 && this.cues[i].at >= start; i--) {
      const cue = this.cues[i];
      if (cue.end > at || (cue.weak && section)) continue;
      kind = cue.kind;
      explicitYear = cue.year;
      cueAt = cue.at;
      // 到1992年,力争…: a target word after the year a target cue said keeps that year
      for (let j = i - 1; explicitYear === null && j >= 0 && this.cues[j].at >= start; j--)
        if (this.cues[j].kind === kind && !this.cues[j].weak) explicitYear = this.cues[j].year;
      break;
    }
    // 殷勇表示,2025北京全市地区生产总值5.2万亿元 after a 2026 page's targets: a sentence about a year reviewed reports
    if (cueAt < 0 && kind === 'target' && this.meta.resultsYear !== null && this.yearSaidIn(start, at) !== null) kind = 'actual';
    const from = startYear(this.text, at, section?.span?.to ?? this.meta.resultsYear);
    // (今后五年,计划将…招生人数由1982年的31.5万人增加到…: a start in a year reviewed is its result)
    if (from !== null) return { kind: this.meta.resultsYear !== null && from <= this.meta.resultsYear ? 'actual' : kind, period: from };
    // 从82.5万亿元增加到119.6万亿元 over five years: the first is the level the year before they start (分别由17979元和4931元 too)
    const startLevel = START_LEVEL.test(this.text.slice(Math.max(start, at - 30), at));
    // 1986年同1978年相比,…由3480亿元增加到9380亿元,…增长102%: the start is the base's, the rest the comparison's year's
    const headed = headingBase(this.text.slice(start, at));
    if (headed && startLevel) return { kind, period: headed.base };
    // 分别比1995年增长69%和67%, 1986年同1978年相比,…增长102%: a change against a stated base runs over the years after it
    const base = change ? (statedBase(this.text.slice(start, at)) ?? headed?.base ?? null) : null;
    // …比2002年增长86.5%,年均增长16.9%: the average runs from the base the sentence compared with, not a section's years
    const average = change ? averageSinceBase(this.text, at) : null;
    const found =
      headed || base !== null || average !== null ? null : this.quantitySpans.spanAt(start, at, end, section, change || startLevel);
    // a span word after the cue that dated the sentence governs (…,今年要关停1000万千瓦;五年淘汰落后炼铁产能1亿吨)
    const span = found && (explicitYear === null || explicitYear === found.to || found.at > cueAt) ? found : null;
    if (span && startLevel) return { kind: 'actual', period: span.range ? span.from : span.from - 1 };
    const { resultsYear } = this.meta;
    // 今年…补助标准由20元提高到40元: a plan starts from the level now, the last year's result
    if (startLevel && !span && kind === 'target' && resultsYear !== null) return { kind: 'actual', period: resultsYear };
    // a review's or a communiqué's (由35个增加到100个, 出口依存度由20.7%提高到23.2%): the year before the one reported
    if (startLevel && !span && kind === 'actual' && !section?.carried) {
      const p = explicitYear ?? this.period(kind, start, at, section);
      return { kind, period: p === null ? null : p - 1 };
    }
    // 由87家增加到241家 under a year carried on from a paragraph before: the start's year is unsaid
    if (startLevel && !span && section?.carried && explicitYear === null) return { kind, period: null };
    if (span) {
      // (今后三年,…年均增长8%: years all to come are planned, a cue or none)
      if (resultsYear !== null && span.from > resultsYear) kind = 'target';
      // a result stops at the year reviewed: "十四五"期间 in a 2025 report's review runs to 2024
      const to = kind === 'actual' && this.meta.resultsYear !== null ? Math.min(span.to, this.meta.resultsYear) : span.to;
      // (由于已经连续三年增长速度在百分之十一以上 in a plan: years all reviewed hold results)
      const past = resultsYear !== null && span.to <= resultsYear;
      if (to > span.from) return { kind: past ? 'actual' : kind, period: to, periodFrom: span.from };
    }
    const period = explicitYear ?? this.period(kind, start, at, section);
    // 到本世纪末…达到5000亿公斤,平均每年增产80亿公斤: a target's yearly average runs from the year planned to its year
    const plannedFrom =
      kind === 'target' && explicitYear !== null && /年均|平均每年|每年平均|每年(?:递增|增长)/.test(clauseWords(this.text, start, at))
        ? this.meta.targetsYear
        : null;
    const since = base !== null ? base + 1 : average !== null ? average + 1 : plannedFrom;
    if (since !== null && period !== null && period > since) return { kind, period, periodFrom: since };
    const prior = period !== null && (change ? RATE_FROM_PRIOR : PRIOR_YEAR).test(this.text.slice(Math.max(start, at - 40), at));
    // (今年…将由去年的1076亿元增加到1562亿元: last year's level is a result, under a plan too)
    return prior ? { kind: 'actual', period: period - 1 } : { kind, period };
  }

  /** the last year (one reviewed, or any on a page without years) its sentence says before `at`, or null */
  private yearSaidIn(start: number, at: number): number | null {
    const y = lastAtOrBefore(this.years, at - 1);
    return y >= 0 && this.years[y].at >= start ? this.years[y].year : null;
  }

  private period(kind: Kind, start: number, at: number, section: Switch | null): number | null {
    if (kind === 'target') {
      if (section?.kind === 'target' && section.period !== null) return section.period;
      const known = this.meta.targetsYear ?? (this.meta.resultsYear !== null ? this.meta.resultsYear + 1 : null);
      if (known !== null) return known;
      // a page that does not say its year (a repost, news quoting the report): the year the paragraph of
      // its target list opens with (2024年,四川省经济社会发展主要预期目标是:…; 报告指出,2013年,市政府…。
      // 全市经济社会发展的主要预期目标是:…)
      const from = section?.kind === 'target' ? paragraphStart(this.text, section.at, 300) : start;
      const y = lastAtOrBefore(this.years, at - 1);
      if (y >= 0 && this.years[y].at >= from) return this.years[y].year;
      return yearOpeningParagraphBefore(this.text, this.years, from);
    }
    const y = lastAtOrBefore(this.years, at - 1);
    if (y >= 0 && this.years[y].at >= start) return this.years[y].year;
    if (section?.kind === 'actual' && section.period !== null) return section.period;
    if (this.meta.resultsYear !== null) return this.meta.resultsYear;
    // (去年为9641元) under a heading of a year's plans, on a page that does not say its year: the year before
    return section?.kind === 'target' && section.period !== null ? section.period - 1 : null;
  }
}
