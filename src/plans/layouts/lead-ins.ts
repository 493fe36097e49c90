import {
  capitalize,
  coordinatingIn,
  hasDutyVerb,
  isBodyName,
  namesAfterKind,
  splitAgencies,
  splitLeadingAgencies,
  startsWithAgency,
} from '../agency-list.js';
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
  /** «(… chủ trì, hoàn thành trước ngày 31/8/2026)»: the time of every item below (rule «bracketed-doer»). */
  time?: string;
}

/** «UBND các xã, phường:» — bodies alone, then a colon: the items below are theirs. */
export function leadIn(heading: string, number: string, bold = false): LeadIn | null {
  // «4.2. Giao Sở Công Thương:» names the body as «Sở Công Thương:» would (rule «giao-heading»);
  // a Công văn's «1. Đối với các bệnh viện ngoài công lập» names who the items under it are for.
  const text = namesAfterKind(capitalize(stripMarks(heading).replace(/^(?:Giao|Yêu cầu|Đối với)\s+/u, '')));
  const duty = dutyLeadIn(text);
  if (duty) return { ...duty, number };
  const asked = requestLeadIn(stripMarks(heading)) ?? (bold ? boldRequestTitle(stripMarks(heading)) : null);
  if (asked) return { ...asked, number, asks: true };
  const advised = advisingLeadIn(stripMarks(heading));
  if (advised) return { ...advised, number };
  const leads = leadsTheItems(text) ?? directsTheItems(text) ?? bracketedDoer(text);
  if (leads) return { ...leads, number };
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

/**
 * Rule «bold-request-title»: «**6. Đề nghị Bảo hiểm xã hội tỉnh, Bưu điện tỉnh Cà Mau**», a bold title
 * with no colon over its paragraph: what follows is asked of those bodies. Only names, no duty.
 */
function boldRequestTitle(text: string): { agencies: string[]; coordinating: string[] } | null {
  const rest = text
    .trim()
    .match(/^Đề nghị\s+(.+?)\s*$/su)?.[1]
    ?.replace(/^các\s/u, 'Các ');
  if (!rest || rest.length > 160 || /[.;:]$/u.test(rest) || hasDutyVerb(rest) || !startsWithAgency(rest)) return null;
  const names = splitAgencies(rest);
  return names.length > 0 ? { agencies: names, coordinating: [] } : null;
}

function dutyLeadIn(text: string): { agencies: string[]; coordinating: string[] } | null {
  if (!/:$/.test(text.trim())) return null;
  const named = splitLeadingAgencies(text.trim());
  if (!named || !RESPONSIBLE.test(named.rest.trim()) || !named.agencies.every(isBodyName)) return null;
  return { agencies: named.agencies, coordinating: [] };
}

/**
 * Rule «directs-and-advises»: a lead-in that names a leader who directs and the body that works for
 * him («Đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh trực tiếp chỉ đạo; Sở Xây dựng tham mưu, theo
 * dõi, đôn đốc các nội dung sau:», «…; Ban Quản lý Khu kinh tế tỉnh là cơ quan tham mưu, theo dõi:»,
 * «Đồng chí Trưởng ban trực tiếp chỉ đạo. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với …
 * tham mưu Ban Chỉ đạo thực hiện:»): the body does the items below; the leader only directs.
 */
const LEADER = /^(?:Đồng chí|Đ\/c|Ông|Bà|(?:Phó\s+)?Chủ tịch|(?:Phó\s+)?Trưởng ban|Giám đốc)\s/u;
const WORKS_FOR = /\s(?:tham mưu|là cơ quan (?:tham mưu|chủ trì|thường trực|đầu mối)|chủ trì)(?=[\s,:;.]|$)/u;

function advisingLeadIn(text: string): { agencies: string[]; coordinating: string[] } | null {
  const t = text.trim();
  if (!/:$/.test(t) || t.length > 400) return null;
  const clauses = t.replace(/:$/, '').split(/\s*;\s*|(?<=\.)\s+(?=\p{Lu})/u);
  if (clauses.length < 2 || !LEADER.test(clauses[0] ?? '') || !/\schỉ đạo\b/u.test(clauses[0] ?? '')) return null;
  // «…; Văn phòng … tham mưu, theo dõi; Phòng Kinh tế chủ trì thực hiện các nội dung sau:» — the body
  // said to «chủ trì» does the items; else the one nearest the colon.
  const found = clauses.slice(1).flatMap((clause) => {
    const body = clause.replace(/^Giao\s+/u, '');
    if (!WORKS_FOR.test(` ${body}`)) return [];
    const agencies = splitLeadingAgencies(body)?.agencies.filter(isBodyName) ?? [];
    return agencies.length > 0 ? [{ agencies, body }] : [];
  });
  const chosen = found.find((f) => /\schủ trì(?=[\s,:;.]|$)/u.test(` ${f.body}`)) ?? found[found.length - 1];
  return chosen ? { agencies: chosen.agencies, coordinating: coordinatingIn(chosen.body) } : null;
}

/**
 * Rule «leads-the-items»: «Phòng Văn hóa - Xã hội chủ trì, phối hợp với Thuế cơ sở 3 thực hiện các nội
 * dung sau:», «Công an phường (cơ quan thường trực …) chủ trì thực hiện các nội dung sau:» — the body
 * leads every item below, with the partners the lead-in names.
 */
// («… thực hiện một số nhiệm vụ trọng tâm sau:», «… thực hiện các nhiệm vụ cụ thể như sau:».)
const LEADS =
  /^chủ trì(?:,?\s*phối hợp(?: với)?\s+(.{3,200}?))?\s+(?:tổ chức\s+)?(?:thực hiện|triển khai|triển khai thực hiện)(?: (?:các|một số|những) (?:nội dung|nhiệm vụ|công việc|việc)(?: [^\s:]+){0,3}?(?: (?:sau|như sau|dưới)(?: đây)?)?)?\s*:$/iu;

function leadsTheItems(text: string): { agencies: string[]; coordinating: string[] } | null {
  const named = splitLeadingAgencies(text.trim());
  if (!named || !named.agencies.every(isBodyName)) return null;
  const m = named.rest.trim().match(LEADS);
  if (!m) return null;
  return { agencies: named.agencies, coordinating: m[1] ? splitAgencies(m[1]).map(capitalize) : [] };
}

/**
 * Rule «directs-the-items»: «Chủ tịch Ủy ban nhân dân các phường Cái Răng, Hưng Phú, Ninh Kiều chỉ
 * đạo:», «Giám đốc Sở Y tế chỉ đạo thực hiện:» — the body its head directs does the items below.
 */
function directsTheItems(text: string): { agencies: string[]; coordinating: string[] } | null {
  const named = splitLeadingAgencies(text.trim());
  if (!named || !named.agencies.every(isBodyName)) return null;
  return /^chỉ đạo(?:\s+(?:thực hiện|triển khai|các đơn vị|các cơ quan)[^:]{0,40})?\s*:$/iu.test(named.rest.trim())
    ? { agencies: named.agencies, coordinating: [] }
    : null;
}

/**
 * Rule «bracketed-doer»: a title or a lead-in that ends on the body doing its items, in brackets
 * («5. Quan trắc, cảnh báo chất lượng không khí (Sở Nông nghiệp và Môi trường)», «Đối với các làng
 * nghề … (Ủy ban nhân dân các xã có làng nghề thực hiện):») hands them the items below. A bracket of
 * anything but bodies («(Quý I/2026)», «(sau đây gọi tắt là CDC)») hands nothing.
 */
function bracketedDoer(text: string): { agencies: string[]; coordinating: string[]; time?: string } | null {
  const bracket = text
    .trim()
    .replace(/:$/, '')
    .match(/\(([^()]{3,200})\)$/u)?.[1];
  // «(Ban Chỉ huy Quân sự phường chủ trì, hoàn thành trước ngày 31/8/2026)»: who, then by when.
  const [, whoText = bracket ?? '', time] = bracket?.match(BRACKET_TIME) ?? [];
  const inner = whoText.replace(/\s+(?:chủ trì thực hiện|chủ trì tổ chức|thực hiện|chủ trì|tổ chức)$/u, '');
  if (!inner) return null;
  const who = readWho(capitalize(inner));
  if (who.lead.length === 0 || !who.lead.every(isBodyName)) return null;
  return { agencies: who.lead, coordinating: who.coordinating, ...(time ? { time } : {}) };
}

const BRACKET_TIME =
  /^(.{3,160}?)[,;]\s*((?:(?:thời gian|thời hạn)\s*:?\s*)?(?:hoàn thành|xong|thực hiện)?\s*(?:trước|trong|chậm nhất|từ|đến)\s.{3,60})$/u;
