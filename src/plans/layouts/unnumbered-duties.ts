import { capitalize, isBodyName, splitLeadingAgencies } from '../agency-list.js';
import type { PlanDocument } from '../document.js';
import { stripMarks } from '../document.js';
import type { Section } from './section-drafts.js';
import { tableHeader } from './table-columns.js';
import { PROVINCE_ISSUER } from '../issuer.js';
import { findDeadlinePhrase } from '../duty-deadline.js';
import { isReportClause } from '../report-cycles.js';

/**
 * Rule «unnumbered-duties» (read by agency-sections.ts): a TỔ CHỨC THỰC HIỆN made of plain paragraphs
 * or bullets, each opening with its body («Sở Nội vụ xây dựng …», «- Sở Tài chính: bố trí …»), with
 * no heading of theirs: each paragraph is a section of its own.
 */

/**
 * The plan lists its tasks elsewhere, in a task table or in blocks with a «Cơ quan chủ trì:» line:
 * then a section's loose paragraphs («Sở Nội vụ theo dõi, đôn đốc …») only say who follows the list.
 */
export function hasTaskList(doc: PlanDocument): boolean {
  return doc.blocks.some((b) =>
    b.type === 'table'
      ? tableHeader(b.rows) !== null
      : /^(?:[-+•]\s*)?(?:Cơ quan|Đơn vị) (?:chủ trì|thực hiện)\s*:/iu.test(stripMarks(b.text)),
  );
}

/**
 * Rule «timed-beside-list»: beside a task list, a loose paragraph that says when («Trưởng các thôn vận
 * động nhân dân ra quân vệ sinh môi trường vào sáng Chủ nhật hằng tuần», «… hoàn thành trước ngày
 * 31/3/2026») hands out work of its own; one that only says who follows the list names no time.
 */
export function saysWhen(text: string): boolean {
  const plain = stripMarks(text);
  // (JavaScript's «\b» knows ASCII letters only: «hằng quý» ends in a letter it does not know.)
  return (
    findDeadlinePhrase(plain) !== '' || /(?<!\p{L})(?:hằng|hàng|mỗi)\s(?:ngày|tuần|tháng|quý|năm)(?!\p{L})/u.test(plain)
  );
}

export function flatSection(text: string, at: number): Section | null {
  const bullet = /^[-+•–]\s+/u.test(stripMarks(text));
  const plain = stripMarks(text).replace(/^[-+•–]\s+/u, '');
  if (/:\s*$/u.test(plain) && plain.length < 40) return null;
  // «Ủy ban nhân dân tỉnh giao Sở … theo dõi …»: the issuer hands the work on; the body named after
  // «giao» does it. The issuer's own sentences («… đã ban hành Kế hoạch số 40 …») hand out nothing.
  const handedOn = plain.match(
    /^(?:Ủy ban nhân dân|UBND|Chủ tịch Ủy ban nhân dân|Chủ tịch UBND)\s+(?:tỉnh|thành phố)\s+giao\s+(.+)$/su,
  )?.[1];
  const named = splitLeadingAgencies(handedOn ?? plain);
  if (!named || !named.agencies.every(isBodyName) || named.rest.split(/\s+/).length < 3) return null;
  if (named.agencies.some((a) => PROVINCE_ISSUER.test(a)) || /^Đã\s/u.test(named.rest)) return null;
  // A plain paragraph to everyone («Các cơ quan, đơn vị triển khai các nhiệm vụ tại Phụ lục …») points
  // to the work or urges it; it hands out none of its own (as in actor-items.ts).
  // A report it asks of everyone with its cycle («Các cơ quan, đơn vị báo cáo kết quả … 6 tháng đầu năm
  // trước ngày 10/6/2026 và báo cáo năm trước ngày 20/11/2026 …») is work all the same.
  let rest = named.rest;
  if (!bullet && named.agencies.some((a) => /^các\s/iu.test(a))) {
    if (!isReportClause(rest)) return null;
    // Only the report: «… triển khai các nhiệm vụ tại Mục II; định kỳ báo cáo 6 tháng, năm …» points
    // to the work before it.
    const clauses = rest.split(/;\s*/u);
    const at = clauses.findIndex(isReportClause);
    if (at > 0) rest = capitalize(clauses.slice(at).join('; '));
  }
  return {
    number: '',
    agencies: named.agencies,
    kind: 'task',
    agenciesInBody: false,
    flat: true,
    duties: [{ text: rest, at, letter: '' }],
  };
}
