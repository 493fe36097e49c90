import { fold, shorten } from '../../domain/text.js';
import { capitalize, coordinatingIn, isBodyName, splitLeadingAgencies } from '../agency-list.js';
import { stripMarks } from '../document.js';
import { agencyClauses } from '../agency-clauses.js';
import { applyDeadline, deadlinePhraseIn, dutyDrafts } from '../duty.js';
import type { DraftTask, ReadContext } from '../types.js';

/**
 * One agency section's duties as task rows (agency-sections.ts finds the sections): a bullet, an
 * «a)» item or a paragraph is one task of the section's agencies; a request section asks; a
 * «Thời gian …» line dates the section or the duty above it.
 */

export interface Section {
  number: string;
  agencies: string[];
  kind: 'task' | 'request';
  /** A request whose heading names no one ("UBND tỉnh trân trọng đề nghị"): the body does. */
  agenciesInBody: boolean;
  /** Opened by a title that names no agency: duties that name none either are not tasks. */
  subtitle?: boolean;
  /** Bodies the heading says take part («Chi cục Thủy lợi (phối hợp)»). */
  coordinating?: string[];
  /** Opened by a plain paragraph or bullet that names its body (rule «unnumbered-duties»). */
  flat?: boolean;
  /** The group a lettered body's part belongs to (rule «agency-under-group»). */
  parent?: Section;
  duties: Array<{ text: string; at: number; letter: string }>;
}

const isDanglingLeadIn = (text: string): boolean =>
  text.length <= 60 &&
  /(?:phối hợp|với|và|gồm|bao gồm|như sau|cụ thể)$/u.test(text.replace(/^[a-zđ]\)\s*/u, '').trim());

/** A group of bodies («Các sở, ban, ngành», «UBND các xã, phường»), not one agency. */
export const isGroup = (name: string): boolean => /(?:^|\s)các\s/iu.test(name);

export function sectionDrafts(s: Section, prefix: string, ctx: ReadContext): { drafts: DraftTask[]; duties: number } {
  const order = [prefix, s.number].filter((x) => x !== '').join('.');
  const reading: SectionReading = { order, drafts: [], deadline: '', duties: 0, unassigned: 0 };
  const times = dutyTimes(s);
  s.duties.forEach((duty, k) => readDuty(s, duty, k, times, reading, ctx));
  if (reading.deadline !== '') {
    for (const d of reading.drafts)
      if (d.deadlineText === '' && d.kind !== 'report') applyDeadline(d, capitalize(reading.deadline), ctx);
  }
  if (reading.unassigned > 0) {
    ctx.problems.push(
      `Mục ${order || '?'}: ${reading.unassigned} đoạn không nêu cơ quan thực hiện, không đưa vào danh sách nhiệm vụ.`,
    );
  }
  return { drafts: reading.drafts, duties: reading.duties };
}

type Duty = Section['duties'][number];

/** What reading a section's duties gathers, duty after duty. */
interface SectionReading {
  /** The section's number under its prefix («2.3»). */
  order: string;
  drafts: DraftTask[];
  /** The section's own time line («Thời gian hoàn thành trước ngày 15/8/2024.»), for its undated tasks. */
  deadline: string;
  /** Duties read as tasks. */
  duties: number;
  /** Duties under a subtitle that name no agency: left out, and told once for the section. */
  unassigned: number;
}

/** A «Thời gian …» / «Thời hạn …» line, short enough to be a date rather than a duty of its own. */
const isTimeLine = (text: string): boolean => /^thoi (?:gian|han)\b/.test(fold(stripMarks(text))) && text.length < 160;

/** The time lines of a section's duties (rule «time-after-duty»). */
interface DutyTimes {
  /** Each time line dates the duty above it, and is no duty of its own. */
  perDuty: boolean;
  /** The time line that dates duty k, or "". */
  timeOf: (k: number) => string;
}

/**
 * Rule «time-after-duty»: «- Hướng dẫn …» / «Thời gian: trong tháng 3/2026.» once per duty — each
 * such line dates the duty above it; a single one after several duties dates the section.
 */
function dutyTimes(s: Section): DutyTimes {
  const perDuty = s.duties.filter((d) => isTimeLine(d.text)).length >= 2;
  const timeOf = (k: number): string => {
    const next = s.duties[k + 1];
    return perDuty && next && isTimeLine(next.text) ? stripMarks(next.text).replace(/[.;]\s*$/, '') : '';
  };
  return { perDuty, timeOf };
}

/** A duty's text with its own time line joined on, so every reading below sees the date. */
const withTime = (text: string, time: string): string =>
  time === '' ? text : `${text.replace(/[.;]\s*$/, '')}; ${time}`;

/** Reads one line of a section: a duty's task rows, or the section's time line, or nothing. */
function readDuty(
  s: Section,
  duty: Duty,
  k: number,
  times: DutyTimes,
  reading: SectionReading,
  ctx: ReadContext,
): void {
  if (times.perDuty && isTimeLine(duty.text)) return;
  const plain = stripMarks(duty.text);
  // "Chủ trì … tham mưu cho UBND tỉnh:" introduces the bullets that follow it.
  // Rule «dangling-lead-in»: «b) Chủ trì, phối hợp» (no colon) opens the bullets that name
  // whom with; cut off before its object, it is not a duty of its own.
  if ((/:$/.test(plain) || isDanglingLeadIn(plain)) && k < s.duties.length - 1) return;
  // "Thời gian hoàn thành trước ngày 15/8/2024." applies to the section.
  if (/^thoi (?:gian|han)\b/.test(fold(plain)) && plain.length < 160) {
    reading.deadline = deadlinePhraseIn(plain, ctx);
    return;
  }
  readTask(s, duty, k, times.timeOf(k), reading, ctx);
}

/** The task rows of one duty, under the agencies it names or its section's. */
function readTask(s: Section, duty: Duty, k: number, time: string, reading: SectionReading, ctx: ReadContext): void {
  // The duty with its own time line (rule «time-after-duty»), on every path below.
  const full = withTime(stripMarks(duty.text), time);
  const { lead, text, kind } = dutyAgencies(s, full, withTime(duty.text, time));
  const itemOrder = duty.letter && duty.letter !== s.number ? `${reading.order}.${duty.letter}` : reading.order;
  const who = lead.length > 0 ? ` (${shorten(lead.join(', '), 60)})` : '';
  const source = `Mục ${itemOrder || '?'}${who}`;
  if (lead.length === 0 && s.subtitle) {
    reading.unassigned += 1;
    return;
  }
  if (lead.length === 0) ctx.problems.push(`${source}: không rõ cơ quan được giao — để trống Cơ quan chủ trì.`);
  reading.duties += 1;
  const at = { block: duty.at, item: k };
  // Rule «clause-per-agency» where the section names no single body (a title, or a group).
  const clauses =
    s.agencies.length === 0 || s.agencies.some(isGroup) || s.flat === true ? agencyClauses(full, s.agencies) : null;
  for (const c of clauses ?? [{ agencies: lead, text }]) {
    const coordinating = [...(s.coordinating ?? []), ...coordinatingIn(c.text)];
    const base = { kind, order: itemOrder, lead: c.agencies, coordinating, source, at };
    reading.drafts.push(...dutyDrafts(c.text, base, ctx));
  }
}

/** Who leads a duty, with its text past the agencies that name them, and whether it asks or assigns. */
interface DutyAgencies {
  lead: string[];
  text: string;
  kind: 'task' | 'request';
}

/**
 * A duty is its section's agencies' by default; a request («Đề nghị Sở …»), or a section whose body
 * names its agencies, takes the agencies the duty opens with.
 */
function dutyAgencies(s: Section, full: string, text: string): DutyAgencies {
  const request = full.match(/^(?:[-+•]\s*)?Đề nghị\s+(.+)$/su);
  const kind = request ? 'request' : s.kind;
  if (request || (s.agenciesInBody && s.agencies.length === 0)) {
    const named = splitLeadingAgencies(request?.[1] ?? full.replace(/^(?:[-+•]|[a-zđ]\))\s*/u, ''));
    return named ? { lead: named.agencies, text: named.rest, kind } : { lead: s.agencies, text, kind };
  }
  // Rule «own-doer-in-section»: a section whose title names nobody it can read («2. Trách nhiệm của
  // lãnh đạo Bệnh viện và các khoa, phòng:») hands each item to the body the item opens with.
  if (s.agencies.length === 0 || s.agencies.every(isGroup)) {
    // Rule «named-in-group»: under «Các sở, ban, ngành», a duty that opens with one of them
    // («- Sở Tài chính bố trí kinh phí …») is that agency's own.
    // (Bodies of one kind at every commune, «Ủy ban nhân dân các xã, phường», are named too: only a
    // group that opens with «Các» is as vague as the section's own.)
    const named = splitLeadingAgencies(full.replace(/^(?:[-+•]|[a-zđ]\))\s*/u, ''));
    const untitled = s.agencies.length === 0;
    const ofEachPlace = (a: string): boolean => isGroup(a) && !/^các\s/iu.test(a) && isBodyName(a);
    if (
      named &&
      named.agencies.every(
        (a) => ofEachPlace(a) || ((untitled || !isGroup(a)) && (isBodyName(a) || (untitled && isGroup(a)))),
      )
    ) {
      return { lead: named.agencies, text: named.rest, kind };
    }
  }
  // Rule «one-of-the-heading»: under «3. Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công
  // phường:» an item that opens with one of them («- Phòng Văn hóa - Xã hội phát thanh …») is that one's.
  if (s.agencies.length >= 2) {
    const named = splitLeadingAgencies(full.replace(/^(?:[-+•]|[a-zđ]\))\s*/u, ''));
    if (named && named.agencies.length > 0 && named.agencies.every((a) => s.agencies.includes(a)))
      return { lead: named.agencies, text: named.rest, kind };
  }
  return { lead: s.agencies, text, kind };
}
