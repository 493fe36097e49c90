import { capitalize, isBodyName, splitLeadingAgencies } from '../agency-list.js';
import { stripMarks } from '../document.js';
import { memberBody } from '../member-heading.js';
import { readWho } from '../who-field.js';
import { isAgencyHeading } from './section-starts.js';

/**
 * Lead-ins: a line that names bodies and hands them the items below it («5. UBND các xã, phường:»,
 * «Sở Y tế có nhiệm vụ:», «Đề nghị UBND các xã, phường chỉ đạo …:»). Read by actor-items.ts.
 */

export interface LeadIn {
  agencies: string[];
  coordinating: string[];
  number: string;
  /** Opened by a lettered item («a) Sở Tài chính:»): the next letter ends it. */
  letter?: boolean;
  /** Opened by a title («**3. Đối với các bệnh viện**»): its plain paragraphs are the body's too. */
  title?: boolean;
  /** «Đề nghị UBND các xã, phường chỉ đạo …:» — the items are requests. */
  asks?: boolean;
}

/** «UBND các xã, phường:» — bodies alone, then a colon: the items below are theirs. */
export function leadIn(heading: string, number: string, bold = false): LeadIn | null {
  // «4.2. Giao Sở Công Thương:» names the body as «Sở Công Thương:» would (rule «giao-heading»);
  // a Công văn's «1. Đối với các bệnh viện ngoài công lập» names who the items under it are for.
  const text = capitalize(stripMarks(heading).replace(/^(?:Giao|Yêu cầu|Đối với)\s+/u, ''));
  const duty = dutyLeadIn(text);
  if (duty) return { ...duty, number };
  const asked = requestLeadIn(stripMarks(heading));
  if (asked) return { ...asked, number, asks: true };
  // Rule «bold-agency-heading»: a title bold from end to end that names only bodies («**2. Giám
  // đốc Sở Tài chính**») hands them the items under it, with or without its colon.
  if (!(/:$/.test(text.trim()) || bold) || !isAgencyHeading(text)) return null;
  // «Phòng Tài nguyên nước (chủ trì), Chi cục Thủy lợi (phối hợp):» — who leads (who-field.ts);
  // «Đồng chí Giám đốc Sở Y tế – Phó Trưởng ban:» — the body (member-heading.ts).
  const names = text.trim().replace(/:$/, '');
  const who = readWho(memberBody(names) ?? names);
  return who.lead.length > 0 ? { agencies: who.lead, coordinating: who.coordinating, number } : null;
}

/**
 * Rule «duty-lead-in»: «Trung tâm Kiểm soát bệnh tật tỉnh (sau đây gọi tắt là CDC) là đơn vị đầu
 * mối, có trách nhiệm:», «Sở Y tế có nhiệm vụ:» — a body named, then the words that hand it the
 * items below.
 */
const RESPONSIBLE =
  /^(?:là [^,:]{3,80},\s*)?(?:có|chịu) (?:trách nhiệm|nhiệm vụ)(?: (?:thực hiện|triển khai))?(?: (?:các|một số) (?:nội dung|nhiệm vụ) sau)?\s*:$/iu;
/**
 * «Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo Trạm Y tế phối hợp với …:» — a request whose
 * items follow: each is asked of those bodies.
 */
function requestLeadIn(text: string): { agencies: string[]; coordinating: string[] } | null {
  const m = text.trim().match(/^Đề nghị\s+(.+):$/su);
  const named = m?.[1] ? splitLeadingAgencies(m[1]) : null;
  if (!named || !named.agencies.every(isBodyName) || named.rest.length > 200) return null;
  return { agencies: named.agencies, coordinating: [] };
}

function dutyLeadIn(text: string): { agencies: string[]; coordinating: string[] } | null {
  if (!/:$/.test(text.trim())) return null;
  const named = splitLeadingAgencies(text.trim());
  if (!named || !RESPONSIBLE.test(named.rest.trim()) || !named.agencies.every(isBodyName)) return null;
  return { agencies: named.agencies, coordinating: [] };
}
