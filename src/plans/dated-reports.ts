import { capitalize } from './agency-list.js';
import { VERB_RE } from './agency-names.js';
import { stripMarks } from './document.js';
import { applyDeadline, deadlinePhraseIn } from './duty-deadline.js';
import { type DutyBase, emptyDraft } from './draft-base.js';
import type { DraftTask, ReadContext } from './types.js';

/**
 * A duty's reports due once, on a day (rule «dated-report»), beside the rows duty.ts reads from its
 * cycles: «…; báo cáo UBND tỉnh trước ngày 15/12/2026», «… tham mưu Giám đốc Sở báo cáo … trước ngày
 * 10/8/2026», «… trước ngày 20/12/2026 và trước ngày 20/5/2027».
 */

/** Adds the rows of a duty's reports due once, on a date (rule «dated-report»). */
export function withOneOffReports(
  drafts: DraftTask[],
  text: string,
  hasCycleReports: boolean,
  base: DutyBase,
  ctx: ReadContext,
): DraftTask[] {
  const dated = oneOffReports(text, base, ctx);
  if (!hasCycleReports && dated?.only) return dated.drafts;
  if (!dated) return drafts;
  // Beside cycles («… hằng tuần (thứ Sáu) và báo cáo kết quả … trước ngày 20/3/2026») a dated clause
  // is a row of its own unless a cycle already gave a report that date.
  const reported = new Set(drafts.filter((d) => d.kind === 'report').map((d) => d.deadline));
  return [...drafts, ...dated.drafts.filter((d) => d.deadline === null || !reported.has(d.deadline))];
}

/**
 * Rule «dated-report»: «Tổ chức đánh giá kết quả thực hiện; báo cáo UBND tỉnh trước ngày
 * 15/12/2026», «Hoàn thành, báo cáo kết quả Ủy ban nhân dân tỉnh trong tháng 11/2025»: a report due
 * once, on a date with its year, is a row of its own beside the duty it closes (the duty keeps the
 * date). A report with no date («báo cáo theo quy định») is not.
 */
function oneOffReports(text: string, base: DutyBase, ctx: ReadContext): { drafts: DraftTask[]; only: boolean } | null {
  const plain = stripMarks(text);
  // Rule «advise-to-report»: «…; tổng hợp kết quả tuyển sinh, tham mưu Giám đốc Sở báo cáo UBND tỉnh
  // trước ngày 10/8/2026» reports through the leader the office advises; a report clause opens at its
  // gathering («…; tổng hợp kết quả thực hiện, báo cáo tại phiên họp …»).
  const starts = [...plain.matchAll(REPORT_START)].map((m) => m.index ?? 0);
  if (starts.length === 0) return null;
  const drafts: DraftTask[] = [];
  let opening: DraftTask | null = null;
  // «… báo cáo … trong tuần đầu tiên của tháng 3/2026; báo cáo kết quả cả năm trước ngày
  // 15/12/2026»: each dated report clause is a row of its own.
  for (const [k, at] of starts.entries()) {
    // A clause runs to the next «báo cáo» («… hằng tuần (thứ Sáu) và báo cáo kết quả … trước …»).
    const clause = plain
      .slice(at, starts[k + 1])
      .replace(/^[;,]?\s*(?:và\s+)?/u, '')
      .split(/;\s/u)[0]
      ?.replace(/[.;,\s]+$/u, '');
    if (!clause) continue;
    const phrase = deadlinePhraseIn(clause, ctx);
    // «… trước 16 giờ hằng ngày và báo cáo tổng hợp khi kết thúc đợt rét»: a later clause due at an
    // event is a report of its own, with no date to compute (rule «event-report»). «báo cáo đột xuất
    // khi có dịch», «… khi có yêu cầu» are no schedule: nothing to remind, no row.
    const event =
      k > 0 && phrase === '' && !/đột xuất|khi có (?:yêu cầu|phát sinh)|khi cần(?: thiết)?/u.test(clause)
        ? clause.match(/((?:ngay\s+)?(?:sau\s+)?khi\s+[^,;.]{3,80})$/u)?.[1]
        : undefined;
    if (event) {
      drafts.push(reportDraft(clause, capitalize(event), base, ctx));
      continue;
    }
    // Rule «report-rounds»: «Báo cáo kết quả … trước ngày 20/12/2026 và trước ngày 20/5/2027» asks for
    // a report by each day: a row for each.
    const rounds = roundDays(clause);
    if (rounds.length >= 2) {
      for (const day of rounds) {
        const draft = reportDraft(clause, capitalize(day), base, ctx);
        if (draft.deadline !== null && !drafts.some((d) => d.deadline === draft.deadline)) drafts.push(draft);
      }
      continue;
    }
    if (phrase === '' || !/\d{4}/.test(phrase)) continue;
    const draft = reportDraft(clause, phrase, base, ctx);
    if (draft.deadline !== null && draft.recurrence === '' && !drafts.some((d) => d.deadline === draft.deadline)) {
      drafts.push(draft);
      if (opening === null && !plain.slice(0, at + 1).includes(';')) opening = draft;
    }
  }
  if (drafts.length === 0) return null;
  // «Báo cáo kết quả … trước ngày 10/3/2026», «Tổng hợp kết quả …, báo cáo UBND tỉnh trước …»:
  // a duty that only reports is its report rows alone (the first one reads as the whole duty).
  const only = onlyGathers(plain.slice(0, starts[0]));
  // A duty that only reports reads as a whole in its first row; a later clause keeps its own words.
  // (Only a row of the first «;» clause: «Tổng hợp …, báo cáo nhanh … hằng ngày; báo cáo kết quả …
  // trước ngày 06/5/2026» keeps the later clause's own words; «… hằng tháng và báo cáo tổng kết trước
  // ngày 15/10/2026» is still the first.)
  if (only && opening) opening.content = capitalize(plain.trim());
  return { drafts, only };
}

/** A report row in the clause's own words, due when `when` says. */
function reportDraft(clause: string, when: string, base: DutyBase, ctx: ReadContext): DraftTask {
  const draft: DraftTask = { ...emptyDraft(base, capitalize(clause)), kind: 'report' };
  applyDeadline(draft, when, ctx);
  return draft;
}

const REPORT_START =
  /(?:^|[;,]\s*|\s+và\s+)(?:(?:tổng hợp|tổng kết|sơ kết)[^;,.]{0,80},\s*)?(?:tham mưu\s+[^;,.]{2,60}?\s+)?báo cáo\s/giu;

/** The days of a report clause's rounds, «trước ngày X … và trước ngày Y»; [] when it names one. */
function roundDays(clause: string): string[] {
  const days = [...clause.matchAll(/(?:trước|chậm nhất(?: là)?)\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4}/giu)];
  const first = days[0];
  if (days.length < 2 || first === undefined) return [];
  // The rounds are one list: «và» or «,» between them, no other clause.
  const between = clause.slice(first.index + first[0].length, days[days.length - 1]?.index);
  return /\svà\s|,/u.test(between) && !/;/u.test(between) ? days.map((d) => d[0]) : [];
}

/** What may stand before «báo cáo» in a duty that does nothing but report. */
// («Tổng hợp kết quả thực hiện của các sở, ngành, địa phương, tham mưu UBND tỉnh báo cáo …»: what is
// gathered may list its sources with commas.)
const REPORT_ONLY = /^\s*(?:(?:định kỳ\s+)?tổng hợp(?:\s+(?:kết quả|tình hình|số liệu)[^;]{0,100})?)?[\s,;]*$/iu;

/**
 * The words before the report only gather what is reported («Tổng hợp kết quả thực hiện của các sở,
 * ngành, địa phương»): no piece after a comma opens with work of its own («…, đề xuất phương án …»).
 */
function onlyGathers(before: string): boolean {
  if (!REPORT_ONLY.test(before)) return false;
  return (
    before
      .split(',')
      .slice(1)
      // («…, khó khăn, vướng mắc, đề xuất, kiến nghị» lists nouns; «…, đề xuất phương án …» is work.)
      .every((piece) => VERB_RE.exec(` ${piece.trim()}`)?.index !== 0 || piece.trim().split(/\s+/u).length <= 2)
  );
}
