import { fold } from '../../domain/text.js';
import { hasDutyVerb, splitAgencies, startsWithAgency } from '../agency-list.js';
import type { PlanDocument } from '../document.js';
import { stripMarks } from '../document.js';
import { memberBody } from '../member-heading.js';
import { afterPost } from '../person-posts.js';

/** Where the duty sections of a plan begin (read by agency-sections.ts). */

/**
 * Rule «next-tasks-by-body»: a conclusion's «2. Nhiệm vụ trong thời gian tới» opens duty sections
 * only when its first item heads a body («2.1. Sở Xây dựng» over a), b), c)); items by topic («2.1. Về
 * giải phóng mặt bằng: …») are read as a conclusion's clauses (actor-items.ts).
 */
const NEXT_TASKS = /^nhiem vu(?: trong tam)?(?: trong)? thoi gian toi$/;

/**
 * Headings that open the part of a plan where work is handed out, agency by agency. Named
 * here as data: «TỔ CHỨC THỰC HIỆN», «PHÂN CÔNG NHIỆM VỤ / TRÁCH NHIỆM», «TRÁCH NHIỆM CỦA CÁC
 * CƠ QUAN», and the reporting section «CHẾ ĐỘ BÁO CÁO» (or «TỔ CHỨC THEO DÕI, KIỂM TRA VÀ CHẾ ĐỘ
 * BÁO CÁO»), whose duties are mostly reports. Folded, after the heading's own number.
 */
export const DUTY_SECTION_TITLES = [
  'to chuc thuc hien',
  'phan cong nhiem vu',
  'phan cong trach nhiem',
  'phan cong thuc hien',
  'trach nhiem thuc hien',
  // «Trách nhiệm của các cơ quan», «Trách nhiệm của Trưởng ban, thành viên và cơ quan thường trực».
  'trach nhiem cua',
  'nhiem vu cua cac',
  'che do bao cao',
  'che do thong tin bao cao',
  'to chuc theo doi',
  'theo doi, kiem tra',
];
const NUMBER = /^(?:([ivx]+)|(\d{1,2}(?:\.\d{1,2})*)|([a-z]))\s*[.\-)]\s*/;
export const END = /^(?:tren day la|noi nhan|phu luc|\(?co phu luc|kt\.? chu tich|tm\.? uy ban|[ivx]+\s*[.\-)]\s+\S)/;

/**
 * Rule «signature-block»: the signer's post in capitals («GIÁM ĐỐC CÔNG AN TỈNH», «KT. CHỦ TỊCH»,
 * «TM. BAN THƯỜNG VỤ») ends the body: a joint plan's two signatures side by side come out of a
 * PDF as lines, and the names under them are no duties. A body's name in capitals is a heading,
 * not a signature («ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG», «GIÁM ĐỐC CÁC SỞ»): without «TM.» / «KT.» only
 * a person's post counts.
 */
const SIGNATURE =
  /^(?:(?:KT|TM|Q|TL|TUQ)\.\s*\S|(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|TRƯỞNG PHÒNG|HIỆU TRƯỞNG|CHỈ HUY TRƯỞNG|THỦ TRƯỞNG|TỔNG BIÊN TẬP)(?=\s|$)(?!\s+CÁC\s))/u;
export function isSignatureLine(text: string): boolean {
  const t = text.replace(/\*\*/g, '').trim();
  return t.length <= 80 && t === t.toUpperCase() && SIGNATURE.test(t);
}

export interface SectionStart {
  at: number;
  /** The heading's number: "IV", "2" (an arabic start ends at the next number of its depth). */
  number: string;
  roman: boolean;
  /** A «PHẦN II» whose roman headings are its agencies («I. PHÒNG TÀI NGUYÊN NƯỚC»). */
  part?: boolean;
  /** The heading names the body itself («Điều 2. Nhiệm vụ của Tổ công tác»): it opens the first section. */
  ownBody?: boolean;
}

/** «PHẦN II. NHIỆM VỤ CỤ THỂ CỦA CÁC ĐƠN VỊ», «Phần thứ hai»: a level above the roman sections. */
export const PART = /^phan (?:thu )?([ivx]+|mot|hai|ba|bon|nam)\b/;

/**
 * Every heading that opens a duty section, in document order: by its title (above), or rule
 * «agency-headings»: a roman section («II. NỘI DUNG THỰC HIỆN») whose own headings name two
 * agencies or more («1. Sở Y tế», «2. Sở Tài chính») hands out work agency by agency too.
 */
export function sectionStarts(blocks: PlanDocument['blocks']): SectionStart[] {
  const starts = titledStarts(blocks);
  let roman: { at: number; number: string; agencies: number } | null = null;
  const close = (): void => {
    if (roman && roman.agencies >= 2 && !starts.some((s) => s.at === roman?.at)) {
      starts.push({ at: roman.at, number: roman.number, roman: true });
    }
  };
  // Rule «part-of-agencies»: a PHẦN whose roman headings name two agencies or more.
  let part: { at: number; agencies: number } | null = null;
  const closePart = (): void => {
    if (part && part.agencies >= 2 && !starts.some((s) => s.at === part?.at)) {
      starts.push({ at: part.at, number: '', roman: true, part: true });
    }
  };
  blocks.forEach((b, at) => {
    if (b.type !== 'para') return;
    const text = stripMarks(b.text);
    if (PART.test(fold(text)) && text.length <= 160) {
      closePart();
      part = { at, agencies: 0 };
    }
    const romanHead = fold(text).match(/^[ivx]+\s*[.\-)]\s+(\S.*)$/);
    if (part && romanHead && text.length <= 160 && isAgencyHeading(text.replace(/^[IVX]+\s*[.\-)]\s+/u, ''))) {
      part.agencies += 1;
    }
    const romanNumber = fold(text).match(/^([ivx]+)\s*[.\-)]\s+\S/)?.[1];
    if (romanNumber && text.length <= 120) {
      close();
      roman = { at, number: romanNumber.toUpperCase(), agencies: 0 };
      return;
    }
    const num = text.match(/^\d{1,2}(?:\.\d{1,2})*[.)]\s+(.+)$/su);
    if (roman && (num || b.strong === true) && isAgencyHeading(addressee(num?.[1] ?? text))) roman.agencies += 1;
  });
  close();
  closePart();
  return starts.sort((a, b) => a.at - b.at);
}

function titledStarts(blocks: PlanDocument['blocks']): SectionStart[] {
  const starts: SectionStart[] = [];
  blocks.forEach((b, at) => {
    if (b.type !== 'para') return;
    const f = fold(stripMarks(b.text)).replace(/[:.]$/, '');
    if (f.length > 90) return;
    // Rule «article-section»: a Quyết định hands out work in «Điều 2. Tổ chức thực hiện»; the
    // section runs to the next article.
    const article = f.match(/^dieu (\d{1,3})\s*[.:]\s*/);
    const num = article ? null : f.match(NUMBER);
    const title = article ? f.slice(article[0].length) : num ? f.slice(num[0].length) : f;
    const number = article ? `Điều ${article[1]}` : (num?.[1] ?? num?.[2] ?? num?.[3] ?? '').toUpperCase();
    if ((article || num?.[2]) && bodyOfDuties(stripMarks(b.text)) !== null) {
      starts.push({ at, number, roman: false, ownBody: true });
    } else if (DUTY_SECTION_TITLES.some((t) => title.startsWith(t)) && !DUTIES_OF_ANYONE.test(title)) {
      starts.push({ at, number, roman: !article && (num?.[1] !== undefined || !num) });
    } else if (NEXT_TASKS.test(title) && headsBody(blocks[at + 1])) {
      starts.push({ at, number, roman: !article && (num?.[1] !== undefined || !num) });
    }
  });
  return starts;
}

/** The block is a numbered heading that names a body and nothing more («2.1. Sở Xây dựng»). */
function headsBody(block: PlanDocument['blocks'][number] | undefined): boolean {
  if (block?.type !== 'para') return false;
  const heading = stripMarks(block.text).match(/^\d{1,2}(?:\.\d{1,2})*[.)]\s+(.{3,120})$/u)?.[1];
  return heading !== undefined && isAgencyHeading(heading);
}

/**
 * Rule «duties-of-anyone»: «Điều 5. Trách nhiệm của tổ chức, cá nhân sử dụng camera», «Trách
 * nhiệm của người dân» bind whoever the rule reaches, no body a coordinator can follow up: the
 * clauses under them are no duty section (a Quy chế's obligations, not its work). Folded.
 */
const DUTIES_OF_ANYONE =
  /^trach nhiem cua (?:cac )?(?:to chuc,? ca nhan|ca nhan|nguoi dan|cong dan|ho gia dinh|chu ho|nguoi su dung|chu so huu|nguoi lao dong)\b/;

/**
 * Rule «addressed-heading»: «1. Yêu cầu Công ty TNHH Thủy lợi …:», «2. Đề nghị UBND các xã …:»,
 * «3. Giao Chi cục Thủy lợi:» address a body as «1. Sở Y tế:» names it: a Thông báo kết quả kiểm
 * tra hands out its work this way. Only a heading that ends at its colon.
 */
export function addressee(heading: string): string {
  const m = stripMarks(heading).match(/^(?:Giao|Yêu cầu|Đề nghị)\s+([^:]{2,200}):$/u);
  return m?.[1] ? m[1].replace(/^các\s/u, 'Các ') : heading;
}

/**
 * Rule «duties-of-one-body»: «Điều 2. Nhiệm vụ của Tổ công tác», «3. Trách nhiệm của Sở Y tế»,
 * «Điều 5. Nhiệm vụ, quyền hạn của Ban Chỉ đạo», «Điều 2. Giám sát của Thường trực HĐND tỉnh»
 * (a supervision programme): the clauses under the heading are that body's
 * duties even when none of them names it again. Only a numbered heading or an article, and only
 * when what follows «của» is a body's name and nothing more.
 */
const ONE_BODY =
  /^(?:Nhiệm vụ,? quyền hạn|Nhiệm vụ và quyền hạn|Chức năng,? nhiệm vụ|Nhiệm vụ|Trách nhiệm|Giám sát|Kiểm tra)\s+của\s+(?!các\s)(.+?)[:.]?$/iu;
/** «Giám sát của …», «Kiểm tra của …» hand out work only as an article; a report's «1. Kiểm tra của UBND tỉnh» tells. */
const ARTICLE_ONLY = /^(?:Giám sát|Kiểm tra)\s/iu;
export function bodyOfDuties(heading: string, article = false): string | null {
  const plain = stripMarks(heading);
  const title = plain.replace(/^(?:Điều\s+\d{1,3}|\d{1,2}(?:\.\d{1,2})*)\s*[.:)]\s*/u, '').trim();
  if (ARTICLE_ONLY.test(title) && !article && !/^Điều\s/u.test(plain)) return null;
  const body = title.match(ONE_BODY)?.[1];
  return body !== undefined && isAgencyHeading(body) ? body : null;
}

/**
 * A heading that is only agency names («1. Sở Y tế», «Sở Tài chính, Sở Nội vụ:»). Rule
 * «duty-after-colon»: text after the colon («Sở Tài chính: Bố trí kinh phí.») is the agency's
 * duty, not more of its name, even when it opens with a capital the verb list does not read.
 */
export function isAgencyHeading(text: string): boolean {
  const plain = stripMarks(text);
  const t = (memberBody(plain) ?? plain).replace(/[:.]$/, '').trim();
  if (/:\s*\S/u.test(t)) return false;
  // «Trưởng các Trạm Kiểm lâm:», «Giám đốc các Sở:»: the heads of a group of bodies head their part.
  const headed = afterPost(t);
  const named =
    startsWithAgency(t) || (headed !== null && /^các\s+\p{Lu}/u.test(headed) && startsWithAgency(headed.slice(4)));
  return t.length <= 200 && named && !hasDutyVerb(t) && splitAgencies(t).length > 0;
}
