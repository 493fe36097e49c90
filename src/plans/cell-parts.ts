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
