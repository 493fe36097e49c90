import { fold } from '#src/domain/text.js';
import type { AgencyLookup } from '#src/domain/agencies/index.js';
import { withAgency } from './agency-slot.js';
import { findStatus, type StatusFound } from './status-words.js';
import { findTaskRef, type TaskRefMatch } from './task-ref.js';
import type { Parsed } from './types.js';

/**
 * The slots of a status update, shared by the rules and the intent model: the status said
 * about now (forecast clauses blanked), the note the user wrote after the task, and the agency
 * reporting it.
 */
/**
 * A plan or a supposition ("dự kiến cuối tháng mới xong", "nếu mai xong", "chắc sang quý 3 … mới
 * xong"): its status words say nothing about now, so the clause is blanked before the status is read.
 * Folded text has lost its commas, so a clause is the marker and the few words after it.
 */
// A clause's words run until one that starts a statement about now ("…, ước đạt 75%").
const TAIL = String.raw`(?:(?! (?:uoc|dat|hien|dang|nhung|con|da|van|tuy)\b) \S+)`;
export const FORECAST = new RegExp(
  String.raw`(?<!\b(?:hon|so voi|theo|nhu) )\b(?:du kien${TAIL}{0,10}|chac (?:la )?(?:phai )?(?:sang|den|toi|cuoi|dau|giua)${TAIL}{0,8} moi${TAIL}{0,3}|gia su${TAIL}{0,5}|(?:toi|em|minh|anh|chi|chung toi) dinh${TAIL}{1,5}|chua chac${TAIL}{0,3}|(?:xong|hoan thanh)(?: \S+){1,3} (?:la|thi) (?:em|toi|minh|anh|chi|ca)\b${TAIL}{0,6}|khi nao${TAIL}{0,6}|sau khi${TAIL}{0,8}|bao gio (?:co|xong)${TAIL}{0,8}|den khi${TAIL}{0,8}|ma (?:xong|hoan thanh)${TAIL}{0,8}|(?:^|(?<= ))neu${TAIL}{0,12}|(?<!\b(?:bat|ve|tu) )(?:sang|den|toi|cuoi|dau) (?:giua |cuoi |dau )?(?:tuan|thang|quy|nam)${TAIL}{0,6} moi${TAIL}{0,3})`,
  'g',
);
/** The text with its forecast clauses blanked (same length, so positions hold). */
export function presentOnly(folded: string): string {
  return folded.replace(FORECAST, (clause) => ' '.repeat(clause.length));
}

/**
 * The status and progress said about a task: after its reference, or right before it ("vẫn chưa
 * làm CB23-50, đang đợi hướng dẫn"), else anywhere in what is said about now.
 */
export function updateStatus(present: string, ref: Pick<TaskRefMatch, 'start' | 'end'>): StatusFound {
  const after = findStatus(present, ref.end);
  const lead = present.slice(Math.max(0, ref.start - 30), ref.start);
  const leading =
    /(?:chua (?:lam|trien khai|bat dau|thuc hien)|da (?:xong|hoan thanh)|dang (?:lam|trien khai|thuc hien))(?: \S+)?\s*$/.test(
      lead,
    )
      ? findStatus(lead)
      : null;
  if (leading?.status) return { ...leading, progress: after.progress ?? leading.progress };
  return after.status !== null || after.progress !== null ? after : findStatus(present);
}

/**
 * The user's own words after the task reference, kept as the update's note. Positions are
 * found on the plain folded text, which keeps the words of the original one for one.
 */
export function noteAfter(original: string): string {
  const plain = fold(original);
  const ref = findTaskRef(plain);
  const cut = ref ? original.slice(originalOffset(original, plain, ref.end)) : original;
  return cut.replace(/^[\s:,.;-]+/, '').trim();
}

/**
 * The agency reporting an update: named before the task ("Sở Tư pháp báo cáo: TN60-05 …"),
 * between the task and its status ("GL24-28 Báo tỉnh đã thực hiện xong"), or as "bên em là
 * …". An agency after the status is a recipient or a cause, not the reporter.
 */
export function reporterOf(parsed: Parsed, text: string, deps: { agencies: AgencyLookup }): Parsed {
  // The task reference's place in the user's own text (folding drops punctuation and spaces).
  const folded = fold(text);
  // A reference said in words ("tê nờ sáu mươi gạch …") is found only once typos are fixed: the
  // reporter is then looked for in the whole text.
  const ref = findTaskRef(folded) ?? { start: folded.length, end: folded.length };
  const refStart = originalOffset(text, folded, ref.start);
  const refEnd = originalOffset(text, folded, ref.end);
  // Who the writer waits on or writes to ("chờ ý kiến của Sở Tư pháp", "gửi Sở Nội vụ") is not the reporter.
  // (Lower case only, and no bare "tu": "Đại Từ", "Sở Tư pháp" are names.)
  const objectsOut = text
    .slice(0, refStart)
    .replace(
      /(?<![\p{L}])(?:của|cua|với|voi|từ|cho|gửi|gui|lên|đến|tới|chờ|thẩm định|tham dinh)(?![\p{L}])[^,.:;]*/gu,
      ' ',
    );
  const before = withAgency(parsed, objectsOut, deps.agencies, false);
  if (before.agency) return before;
  // (No \b: in JavaScript it knows only ASCII letters, and «đơn» opens with one it does not know.)
  const ownUnit = /(?<![\p{L}\p{N}])(?:bên|ben|đơn vị|don vi) (?:em|mình|minh|tôi|toi) là (.+)$/iu.exec(text);
  if (ownUnit?.[1]) {
    const found = withAgency(parsed, ownUnit[1], deps.agencies, true);
    if (found.agency) return found;
  }
  const status = /\b(?:da|dang|chua|xong|hoan|vuong|kho khan|tam|moi|dat|lam)\b/.exec(folded.slice(ref.end));
  // "huyện Phú Lương chúng tôi": the writer's own words after the name are not part of it.
  const between = status
    ? text
        .slice(refEnd, originalOffset(text, folded, ref.end + status.index))
        .trim()
        .replace(/^(?:bên|ben)\s+/iu, '')
        .replace(/\s+(?:chúng tôi|chúng em|chung toi|chung em|bên em|ben em|mình|minh|em|tôi|toi)$/iu, '')
    : '';
  if (between.length >= 3) {
    const found = deps.agencies.resolve(between.replace(/^[\s:,.-]+|[\s:,.-]+$/g, ''));
    if (found.kind === 'match') return { ...parsed, agency: found.agency.name };
  }
  return { ...parsed, agencyText: null, agencyProblem: null };
}

/** Where, in the original text, the word that starts at `index` of its folded form starts. */
export function originalOffset(text: string, folded: string, index: number): number {
  const wordsBefore = folded.slice(0, index).split(' ').filter(Boolean).length;
  const words = [...text.matchAll(/[\p{L}\p{N}&/%.-]+/gu)];
  if (wordsBefore >= words.length) return text.length;
  return words[wordsBefore]?.index ?? text.length;
}
