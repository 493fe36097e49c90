import { hasDutyVerb, splitLeadingAgencies, startsWithAgency } from './agency-list.js';
import { stripMarks } from './document.js';

/**
 * One table cell may hold several pieces of work, and a table row then stands for several tasks:
 * - rule «bullets-in-cell»: a content cell whose paragraphs (or «- … - …» in a PDF's one line) are
 *   list items gives one task per item;
 * - rule «parts-in-cell»: «Sở Y tế: tổ chức tiêm …; Sở Tài chính: bố trí kinh phí …» gives each
 *   agency its own part, led by it.
 * A cell of one piece is returned whole.
 */
export interface CellPart {
  content: string;
  /** The agency the part names for itself, when it does («Sở Y tế: …»). */
  lead: string[] | null;
}

const ITEM_MARK = /^(?:[-+•–]|[a-zđ]\)|\d{1,2}[.)])\s+/u;

export function cellParts(raw: string): CellPart[] {
  const text = stripMarks(raw).trim();
  const whole: CellPart[] = [{ content: text.replace(/\s*\n\s*/g, ' '), lead: null }];
  const items = listItems(text);
  const pieces = items.length >= 2 ? items : agencyParts(text);
  if (pieces.length < 2) return whole;
  return pieces.map((p) => {
    const named = agencyPart(p);
    return named ?? { content: p, lead: null };
  });
}

function listItems(text: string): string[] {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paragraphs.length >= 2 && paragraphs.filter((p) => ITEM_MARK.test(p)).length >= 2) {
    // Rule «duty-then-details»: a lead-in that is itself the duty («Ra quân lập lại trật tự vỉa hè, lòng
    // đường:» over «- Đợt 1: …» / «- Đợt 2: …»; «Tuyên truyền về …:» over the channels) gives its items
    // as its details: one task.
    const leadIn = paragraphs[0] ?? '';
    if (!ITEM_MARK.test(leadIn) && /:$/u.test(leadIn) && opensWithDuty(leadIn)) return [];
    // A lead-in paragraph before the items («Gồm các nội dung:») is not a task of its own.
    return paragraphs.filter((p) => ITEM_MARK.test(p)).map((p) => p.replace(ITEM_MARK, '').trim());
  }
  // A PDF cell comes as one line: «- Rà soát …; - Tổ chức …».
  if (/^[-•+]\s/u.test(text)) {
    const inline = text.split(/(?:^|[\s;.])[-•+]\s+/u).map((p) => p.trim());
    if (inline.filter((p) => p !== '').length >= 2) return inline.filter((p) => p !== '');
  }
  return [];
}

/** The text opens with a duty's verb, several words long («Ra quân lập lại trật tự …:»). */
function opensWithDuty(text: string): boolean {
  return text.split(/\s+/).length >= 4 && hasDutyVerb(text.slice(0, 40).toLowerCase()) && !startsWithAgency(text);
}

/** «Sở Y tế: …; Sở Tài chính: …» — each paragraph or clause opening with an agency and a colon. */
function agencyParts(text: string): string[] {
  const clauses = text
    .split(/\n+|;\s+(?=\p{Lu})/u)
    .map((c) => c.trim().replace(/[;.]$/, ''))
    .filter((c) => c !== '');
  if (clauses.length < 2) return [];
  return clauses.every((c) => agencyPart(c) !== null) ? clauses : [];
}

function agencyPart(text: string): CellPart | null {
  const colon = text.match(/^([^:]{3,120}):\s*(\S.*)$/su);
  if (!colon || !startsWithAgency(colon[1] ?? '')) return null;
  const named = splitLeadingAgencies(text);
  if (!named) return null;
  return { content: named.rest, lead: named.agencies };
}

/** One duty of a doer cell that hands out the row's work piece by piece (rule «duties-in-doer-cell»). */
export interface DoerDuty {
  content: string;
  lead: string[];
  request: boolean;
}

/**
 * Rule «duties-in-doer-cell»: «Đơn vị thực hiện» holding one line per body, each with its own share
 * of the row's work («- Văn phòng Sở: đăng tải tin, bài …», «- Phòng Kết cấu hạ tầng giao thông chủ
 * trì, phối hợp với … kiểm tra …», «- Đề nghị Chi cục Đường thủy nội địa khu vực IV bổ sung …»): the
 * row is as many tasks, each led by its body (a request where the plan can only ask). Every line
 * must name a body and a duty of a few words; a cell that only lists bodies is read as usual.
 */
export function dutiesInDoerCell(raw: string): DoerDuty[] | null {
  const items = listItems(stripMarks(raw).trim());
  if (items.length < 2) return null;
  const duties = items.map((item): DoerDuty | null => {
    const request = /^Đề nghị\s/u.test(item);
    const body = item.replace(/^(?:Giao|Đề nghị|Yêu cầu)\s+/u, '');
    const colon = agencyPart(body);
    if (colon?.lead && colon.content.split(/\s+/).length >= 3)
      return { content: request ? item : asWritten(colon.content), lead: colon.lead, request };
    const named = splitLeadingAgencies(body);
    if (named && named.rest.split(/\s+/).length >= 3 && hasDutyVerb(named.rest))
      return { content: item, lead: named.agencies, request };
    return null;
  });
  return duties.every((d) => d !== null) ? duties : null;
}

/** A duty after its body's colon, as the plan writes it: «đăng tải tin, bài …», no closing «;». */
function asWritten(duty: string): string {
  const text = duty.replace(/\s*[;.]\s*$/u, '');
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
