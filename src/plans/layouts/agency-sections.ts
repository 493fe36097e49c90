import { fold } from '../../domain/text.js';
import {
  hasDutyVerb,
  isBodyName,
  splitAgencies,
  splitLeadingAgencies,
  startsWithAgency,
  wholeGroupName,
} from '../agency-list.js';
import { agencyClauses } from '../agency-clauses.js';
import { directedUnit, headingActors } from './heading-actors.js';
import { LEVEL_THEN_DUTY } from '../agency-names.js';
import { flatSection, hasTaskList, saysWhen } from './unnumbered-duties.js';
import type { PlanDocument } from '../document.js';
import { footnoteDefinition, stripMarks } from '../document.js';
import { readWho } from '../who-field.js';
import { caseOfName } from '../name-case.js';
import { memberBody } from '../member-heading.js';
import { isClosingClause } from './closing-clause.js';
import {
  bodyOfDuties,
  END,
  isAgencyHeading,
  isSignatureLine,
  PART,
  sectionStarts,
  type SectionStart,
} from './section-starts.js';
import type { DraftTask, LayoutResult, PlanLayout, ReadContext } from '../types.js';
import { isGroup, type Section, sectionDrafts } from './section-drafts.js';

/**
 * Duties per agency under "TỔ CHỨC THỰC HIỆN": numbered agency headings ("1. Sở Nội vụ",
 * several agencies in one heading), agency-then-duty paragraphs ("2. Sở Nội vụ thường
 * xuyên theo dõi …"), duties as bullets, a)/b) items or paragraphs (one task each),
 * and "Đề nghị …" sections, which become requests.
 */

export interface SectionResult {
  drafts: DraftTask[];
  /** Number of duties read (before report splitting), to tell the user what was set aside. */
  duties: number;
  found: boolean;
}

/** Depth of a heading number: "Điều 14" → 0 (its clauses are 1., 2.), "2" → 1, "2.1" → 2. */
const depth = (n: string): number => (n.startsWith('Điều') ? 0 : n.split('.').length);

/** A numbered heading that is a title, not a duty: short, no agency, no full stop («Chế độ báo cáo»). */
const isSubtitle = (text: string): boolean =>
  !/[.;:]$/.test(text.trim()) && (text.length <= 60 || (text.length <= 90 && !hasDutyVerb(text)));

function requestHeading(
  text: string,
  bold: boolean,
  boldLead?: string,
): { agencies: string[] | null; duty?: string } | null {
  const t = stripMarks(text).replace(/[:.]$/, '').trim();
  const f = fold(t);
  if (f.startsWith('de nghi') || f.startsWith('khuyen khich')) {
    // «Đề nghị các tổ chức cung cấp dịch vụ chi trả»: a group in lower case still names the body.
    // «Khuyến khích các doanh nghiệp …» asks as well: the plan cannot order them.
    const rest = t
      .replace(/^(?:đề nghị|Đề nghị|ĐỀ NGHỊ|khuyến khích|Khuyến khích|KHUYẾN KHÍCH)\s*/u, '')
      .replace(/^các\s/u, 'Các ');
    const group = bold ? wholeGroupName(rest) : null;
    if (group) return { agencies: [group] };
    // Rule «request-in-one-paragraph»: «6. Đề nghị Văn phòng Tỉnh ủy, …, Tòa án nhân dân tỉnh tăng
    // cường công tác …» or «2. Đề nghị các cấp ủy Đảng, …: Phối hợp chặt chẽ …» asks and says what,
    // in one numbered paragraph: the request is its own duty.
    // A request may list a dozen bodies before its verb; the usual bound on a name list is lifted.
    const named =
      hasDutyVerb(rest) || /:\s*\S/u.test(rest) || boldLead || LEVEL_THEN_DUTY.test(rest)
        ? splitLeadingAgencies(rest, 600, boldLead)
        : null;
    if (named && named.rest.split(/\s+/).length >= 6) return { agencies: named.agencies, duty: named.rest };
    return { agencies: startsWithAgency(rest) ? splitAgencies(rest) : null };
  }
  return f.endsWith('de nghi') && f.length < 60 ? { agencies: null } : null;
}

/** Duties handed out agency by agency (Tổ chức thực hiện, Phân công nhiệm vụ, Trách nhiệm của …). */
export const agencySectionsLayout: PlanLayout = {
  name: 'agency-sections',
  read(doc: PlanDocument, ctx: ReadContext): LayoutResult {
    const problems: string[] = [];
    const { drafts, duties } = tasksFromSections(doc, { ...ctx, problems });
    return { drafts, problems, duties };
  },
};

export function tasksFromSections(doc: PlanDocument, ctx: ReadContext): SectionResult {
  const blocks = doc.blocks;
  const starts = sectionStarts(blocks);
  const flat = !hasTaskList(doc);
  const sections: Array<{ s: Section; prefix: string }> = [];
  let readUpTo = -1;
  for (const start of starts) {
    if (start.at <= readUpTo) continue;
    const { list, end } = readSections(blocks, start, flat);
    readUpTo = end - 1; // the block that ended it may open the next section
    // A heading that names its body is the section itself: its number is not said twice.
    for (const s of list) sections.push({ s, prefix: start.ownBody && s.number === start.number ? '' : start.number });
  }
  const drafts: DraftTask[] = [];
  let duties = 0;
  for (const { s, prefix } of sections) {
    const made = sectionDrafts(s, prefix, ctx);
    duties += made.duties;
    drafts.push(...made.drafts);
  }
  return { drafts, duties, found: sections.length > 0 };
}

/** The agency sections under one start heading, and the index of the last block read. */
function readSections(
  blocks: PlanDocument['blocks'],
  start: SectionStart,
  flatAllowed: boolean,
): { list: Section[]; end: number } {
  const sections: Section[] = [];
  let i = start.ownBody ? start.at : start.at + 1;
  for (; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (!block) break;
    // A table inside the section (duties as «Cơ quan | Nhiệm vụ») is read by appendix-table.ts;
    // the paragraphs after it («Đề nghị …», the closing clause) still belong to the section.
    // Rule «signature-table»: a web page sets «Nơi nhận» and the signature side by side in a borderless
    // table; the plan ends there, whatever the page prints after it («Văn bản liên quan: …»).
    if (block.type === 'table' && /^[\s*_]*Nơi nhận[\s*_]*:/u.test(block.rows[0]?.[0] ?? '')) break;
    if (block.type === 'table') continue;
    // Rule «bold-number»: «**6.** Đề nghị …» bolds the number alone; it numbers the paragraph all the same.
    const text =
      stripMarks(block.text) === '' ? '' : block.text.replace(/^\*\*(\d{1,2}(?:\.\d{1,2})*[.)])\*\*\s*/u, '$1 ');
    const folded = fold(stripMarks(text));
    // In a PHẦN of agencies, its roman headings are the agencies; the next PHẦN ends it.
    if (start.part ? PART.test(folded) || END_OF_PART.test(folded) : END.test(folded) || isSignatureLine(text)) break;
    // Rule «chapter-ends»: a Quy chế's next «Chương IV» closes the chapter its duties were in.
    if (/^chuong [ivxl\d]+$/.test(folded)) break;
    // (A web page's «* * *» rule is no paragraph.)
    if (text === '' || footnoteDefinition(text) || !/[\p{L}\d]/u.test(stripMarks(text))) continue;
    // Rule «table-caption»: «Bảng 2. Chốt kiểm dịch động vật tạm thời» right above its table names
    // the table; it is no duty of the body above it.
    if (/^(?:Bảng|Biểu)(?:\s+số)?\s+\d{1,2}\s*[.:]\s/u.test(stripMarks(text)) && blocks[i + 1]?.type === 'table')
      continue;
    const article =
      text.match(/^(?:\*\*)?(Điều\s+\d{1,3})\s*[.:]\s*(.+)$/su) ??
      (start.part ? stripMarks(text).match(/^([IVX]{1,5})\s*[.)]\s+(.+)$/su) : null);
    const num: RegExpMatchArray | null = article ?? text.match(/^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(.+)$/su);
    // An arabic start ("2. Phân công trách nhiệm") ends at the next number of its depth ("3."), an
    // article at the next article, even one that is only the closing formula («Điều 3. … chịu
    // trách nhiệm thi hành Quyết định này»).
    if (!start.roman && num && depth(num[1] ?? '') <= depth(start.number) && num[1] !== start.number) break;
    if (isClosingClause(num?.[2] ?? text)) continue;
    // Rule «dash-heading»: «- Công an xã:» over «+» items names the body the items go to, as a
    // numbered heading would; only a bullet that is a body's name and a colon, nothing more.
    const dashed = num ? null : stripMarks(text).match(/^[-–•]\s+(.{3,160}):$/u);
    const dashHeading =
      dashed?.[1] !== undefined && (isAgencyHeading(dashed[1]) || /^(?:Đề nghị|Khuyến khích)\s/u.test(dashed[1]))
        ? `${dashed[1]}:`
        : null;
    const body = num?.[2] ?? dashHeading ?? text;
    const current = sections[sections.length - 1];
    // A paragraph «Đề nghị Ủy ban MTTQ … tuyên truyền …» asks by itself, numbered or not.
    const asks = /^(?:Đề nghị|Khuyến khích)\s/u.test(stripMarks(body));
    const isHeading = num !== null || dashHeading !== null || block.strong === true || (block.level ?? 0) > 0 || asks;
    if (isHeading) {
      const opened = openSection(num?.[1] ?? '', body, i, current, start, {
        bold: isTitleLine(block, body, blocks[i + 1]),
        boldLead: block.boldLead,
      });
      if (opened) {
        sections.push(opened);
        continue;
      }
    }
    // Rule «unnumbered-duties»: a section whose duties are plain paragraphs or bullets, each opening
    // with its body («Sở Nội vụ xây dựng …», «- Sở Tài chính: bố trí …»), with no heading of theirs.
    if ((flatAllowed || (!isHeading && saysWhen(text))) && (!current || current.flat === true)) {
      const flat = flatSection(text, i);
      if (flat) {
        sections.push(flat);
        continue;
      }
      // Under such a paragraph only its own list items go on it; other text (a site's «Tải về: …»)
      // is no duty of that body.
      if (current && !/^(?:[-+•–]\s|[a-zđ]\)\s)/u.test(stripMarks(text))) continue;
    }
    // Beside a task list, a paragraph after a timed one that says no time is not that body's duty
    // (rule «timed-beside-list»).
    if (!flatAllowed && current?.flat === true && !isHeading && !/^(?:[-+•–]\s|[a-zđ]\)\s)/u.test(stripMarks(text)))
      continue;
    if (!current) continue; // introduction before the first agency
    // Rule «agency-under-group»: «1. Các sở, ban, ngành tỉnh» then «a) Sở Tài chính:» — a lettered
    // heading that only names a body opens that body's part of the group.
    const sub = stripMarks(text).match(/^([a-zđ])\)\s+(.+):$/u);
    const group = current.parent ?? current;
    if (sub?.[2] && group.agencies.length > 0 && group.agencies.every(isGroup) && isAgencyHeading(sub[2])) {
      const who = readWho(caseOfName(sub[2]));
      // A member of a group asked («Đề nghị các tổ chức …» / «a) Hội Liên hiệp Phụ nữ tỉnh:») is asked too.
      const part = section(`${group.number}.${sub[1]}`.replace(/^\./, ''), who.lead.map(caseOfName), group.kind, false);
      part.coordinating = who.coordinating.map(caseOfName);
      part.parent = group;
      sections.push(part);
      continue;
    }
    const letter = text.match(/^([a-zđ])\)\s/u)?.[1] ?? num?.[1] ?? '';
    current.duties.push({ text, at: i, letter });
  }
  return { list: sections, end: i };
}

/**
 * The line stands as a title: bold, or (where bold is lost, as in a PDF's text) a numbered line
 * with no closing stop whose next paragraph is a list item («- Phê duyệt …», «a) …»).
 */
function isTitleLine(
  block: PlanDocument['blocks'][number],
  body: string,
  next: PlanDocument['blocks'][number] | undefined,
): boolean {
  if (block.type !== 'para') return false;
  if (block.strong === true) return true;
  const listFollows = next?.type === 'para' && /^(?:[-+•]\s|[a-zđ]\)\s)/u.test(stripMarks(next.text));
  return listFollows && !/[.;:]$/.test(stripMarks(body).trim()) && body.length <= 200;
}

/**
 * A heading or numbered paragraph that opens a new agency section, or null when it is a duty of
 * the current one. Rule «numbered-without-agency»: a paragraph numbered at the depth of the agency
 * headings that names no agency first («2. Giao Công an tỉnh chủ trì …», «1. Căn cứ Kế hoạch này,
 * các sở, ngành … xây dựng kế hoạch») is a section of its own, its agencies read from the text.
 */
function openSection(
  number: string,
  heading: string,
  at: number,
  current: Section | undefined,
  start: SectionStart,
  { bold = false, boldLead }: { bold?: boolean; boldLead?: string | undefined } = {},
): Section | null {
  // «Điều 14. Trách nhiệm của Sở Khoa học và Công nghệ» (a Quy chế): the agency after «của».
  // Rule «giao-heading»: «1. Giao Sở Y tế (cơ quan thường trực …):», «6. Giao Ủy ban nhân dân các
  // xã, phường:» name the body the duties below go to, as «Sở Y tế:» would.
  const body = (bodyOfDuties(heading, /^Điều\s/u.test(number)) ?? memberBody(stripMarks(heading)) ?? heading)
    .replace(/^(?:\*\*)?(?:Trách nhiệm|Nhiệm vụ)\s+(?:của\s+)?(?=các\s|\p{Lu})/u, '')
    .replace(/^(?:\*\*)?(?:Giao|Yêu cầu)\s+(?=(?:các\s|\p{Lu})[^:]{2,200}:)/u, '')
    .replace(/^các\s/u, 'Các ');
  const request = requestHeading(body, bold, boldLead);
  if (request) {
    const s = section(number, request.agencies ?? [], 'request', request.agencies === null);
    if (request.duty) s.duties.push({ text: request.duty, at, letter: '' });
    return s;
  }
  const group = bold ? wholeGroupName(body) : null;
  if (group) return section(number, [group], 'task', false);
  if (isAgencyHeading(body)) {
    // «Sở NN&MT (chủ trì), Sở Tài chính (phối hợp):» — who leads and who takes part (who-field.ts).
    const who = readWho(caseOfName(stripMarks(body).replace(/[:.]$/, '')));
    const s = section(number, who.lead.map(caseOfName), 'task', false);
    s.coordinating = who.coordinating.map(caseOfName);
    return s;
  }
  if (number === '') return null;
  // Rule «article-items»: under «Điều 16. Trách nhiệm của các cơ quan, đơn vị» the numbered clauses
  // are that body's duties, even one that names it again («1. Thủ trưởng các cơ quan, đơn vị …»).
  if (current && /^Điều\s/u.test(current.number) && current.agencies.length > 0 && /^\d/.test(number)) return null;
  const inline = headingActors(stripMarks(body), boldLead);
  const sameDepth = !current || current.number === '' || depth(number) <= depth(current.number);
  // Rule «bodies-in-turn»: «2. Thường trực HĐND xã, các Ban … giám sát …. Thường trực HĐND xã có
  // trách nhiệm …; Ban Kinh tế - Xã hội chủ trì …; Ban Pháp chế theo dõi …» — a paragraph whose
  // sentences and clauses name a body each hands each its own part (rule «clause-per-agency»).
  // (Not a lead-in ending «…:», whose items below are the work.)
  const turns = inline && !/:\s*$/u.test(stripMarks(body)) ? agencyClauses(stripMarks(body)) : null;
  if (turns && new Set(turns.map((c) => c.agencies.join('|'))).size >= 2) {
    const s = section(number, [], 'task', true);
    s.duties.push({ text: stripMarks(body), at, letter: '' });
    return s;
  }
  if (inline) {
    // «1. Phòng Tài nguyên nước (chủ trì), Chi cục Thủy lợi (phối hợp): …» — who takes part.
    const helpers = inline.agencies.filter((a) => /\(phối hợp\)$/u.test(a));
    const leads = inline.agencies.filter((a) => !helpers.includes(a));
    const s = section(number, [...leads, ...directedUnit(inline.rest)], 'task', false);
    if (helpers.length > 0 && leads.length > 0) s.coordinating = helpers.map((a) => a.replace(/\s*\(phối hợp\)$/u, ''));
    else s.agencies.push(...helpers);
    // Rule «lead-and-partners-heading»: «**2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh**»
    // over its items says who leads them and who joins; it is no duty of its own.
    // (Only names after «phối hợp với»: «… phối hợp với Sở Nội vụ thẩm định dự toán …» is the duty.)
    const partners = inline.rest.match(/^chủ trì(?:,?\s*phối hợp(?: với)?\s+([^.;:]{3,200}?))?\s*[.:]?$/iu);
    // (A heading: bold, no stop at its end. «1. Chủ đầu tư chủ trì, phối hợp với UBND các xã giải phóng
    // mặt bằng.» is the duty itself.)
    // (Or a heading over its items, ending on a colon.)
    const heading = (bold && !/[.;]\s*$/u.test(stripMarks(body))) || /:\s*$/u.test(stripMarks(body));
    if (heading && partners && !hasDutyVerb(partners[1] ?? '') && splitAgencies(partners[1] ?? '').every(isBodyName))
      s.coordinating = [...(s.coordinating ?? []), ...splitAgencies(partners[1] ?? '')];
    else s.duties.push({ text: inline.rest, at, letter: '' });
    return s;
  }
  if (!sameDepth || (!start.roman && depth(number) <= depth(start.number))) return null;
  // A title («1. Nhiệm vụ, giải pháp tổng thể», «Điều 17. Trách nhiệm thi hành») opens a part
  // whose duties count only when they name their agency; a sentence is a duty of its own.
  const s = section(number, [], 'task', true);
  if (isSubtitle(stripMarks(body))) s.subtitle = true;
  else s.duties.push({ text: stripMarks(body), at, letter: '' });
  return s;
}

const END_OF_PART = /^(?:tren day la|noi nhan|phu luc|\(?co phu luc|kt\.? chu tich|tm\.? uy ban)/;

function section(number: string, agencies: string[], kind: Section['kind'], agenciesInBody: boolean): Section {
  return { number, agencies, kind, agenciesInBody, duties: [] };
}
