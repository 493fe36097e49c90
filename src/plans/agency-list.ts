import { afterPost, postThenName } from './person-posts.js';
import { stripMarks } from './document.js';
import {
  capitalize,
  cleanAgencyName,
  GROUP_ANY_CASE,
  hasDutyVerb,
  LOWER_GROUP,
  LEVEL_THEN_DUTY,
  NAME_ENDS,
  PERSON_NAME,
  PLACE_THEN_VERB,
  startsWithAgency,
  VERB_RE,
} from './agency-names.js';
import { splitAgencies } from './agency-split.js';

export { capitalize, cleanAgencyName, hasDutyVerb, LOWER_GROUP, startsWithAgency } from './agency-names.js';
export { splitAgencies } from './agency-split.js';

/**
 * Agency lists as plans write them: "Các sở, ban, ngành, UBND các huyện, thành phố",
 * "Công an tỉnh; Bộ Chỉ huy quân sự tỉnh". Names are kept as written; matching them
 * to the agency directory happens elsewhere.
 */

/**
 * Rule «group-heading»: a bold heading that names a group by what its members do («Các Sở, ngành
 * chủ trì, quản lý, tham gia thực hiện các dự án …», «Các tổ chức cung cấp dịch vụ chi trả») is
 * one name, qualifier included: the duties follow as bullets, so its verbs are not a duty. Null
 * when the heading does not open with a plural group or reads like a sentence (a colon, a stop).
 */
export function wholeGroupName(heading: string): string | null {
  const t = stripMarks(heading).replace(/\s+/g, ' ').trim();
  if (t.length > 200 || /[:;.]$/.test(t) || t.includes(':')) return null;
  if (!GROUP_ANY_CASE.test(t)) return null;
  // A list of bodies («Các sở, ban, ngành; UBND các huyện») is several names, not one.
  if (splitAgencies(t).length > 1) return null;
  return capitalize(t.replace(NAME_ENDS, '').replace(/[\s,]+$/, ''));
}

/**
 * The name is a body that can be given work: a named agency («Sở Y tế», «UBND xã …») or a
 * group of a known kind («Các cơ quan, đơn vị liên quan»), not any phrase after «Các» («Các
 * thông số: …», «Các nội dung …»).
 */
const OFFICIAL = new RegExp(String.raw`^${PERSON_NAME}\s+-\s+(.+)$`, 'u');

export function isBodyName(name: string): boolean {
  const t = name.trim();
  // Rule «named-official» (agency-names.ts): «Lê Thị Mai - Phó Chủ tịch UBND phường», an official
  // and the post that gives the work, is who does it.
  const official = t.match(OFFICIAL)?.[1];
  if (official !== undefined && afterPost(official) !== null) return true;
  if (/^các\s/iu.test(t)) return GROUP_ANY_CASE.test(t);
  // «Báo» opens a newspaper's name («Báo Cần Thơ»), «Báo cáo …» opens a report.
  // People («Người đứng đầu …», «Thủ trưởng …») are addressed, not given rows of their own here.
  return startsWithAgency(t) && !/^(?:báo cáo|ban hành|người đứng đầu|thủ trưởng|giám đốc|chủ tịch)(?:\s|$)/iu.test(t);
}

/**
 * Rule «names-after-kind»: «Các Sở: Xây dựng, Nông nghiệp và Môi trường theo chức năng …» names
 * each Sở by its field after one «Các Sở:»; «Chủ tịch UBND các phường: Hoàn Kiếm, Cửa Nam, …:» names
 * the wards after a colon. Both are written out as the bodies they are («Sở Xây dựng, Sở Nông
 * nghiệp và Môi trường …», «Chủ tịch UBND các phường Hoàn Kiếm, Cửa Nam, …:»).
 */
export function namesAfterKind(text: string): string {
  // (Only a list of names closed by the lead-in's own colon: «UBND các xã, phường: Phối hợp …» is a duty.)
  const wards = text.replace(
    /^((?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân)\s+các\s+(?:xã|phường|xã, phường))\s*:\s+(?=(?:\p{Lu}[\p{L} ]{1,25},\s*)+\p{Lu}[\p{L} ]{1,25}:\s*$)/u,
    '$1 ',
  );
  const kind = wards.match(/^Các\s+(Sở|Ban|Phòng|Trung tâm)\s*:\s+/u);
  if (!kind) return wards;
  const pieces = wards.slice(kind[0].length).split(/,\s+/u);
  let named = true;
  return pieces
    .map((piece) => {
      named &&= /^\p{Lu}/u.test(piece);
      return named ? `${kind[1]} ${piece}` : piece;
    })
    .join(', ');
}

/**
 * "Sở Nội vụ thường xuyên theo dõi …" or "Sở Nội vụ: chủ trì …" → the agencies and the
 * duty that follows; null when the text does not begin with agencies.
 */
export function splitLeadingAgencies(
  text: string,
  maxHead = 250,
  boldLead?: string,
): { agencies: string[]; rest: string } | null {
  const t = namesAfterKind(LOWER_GROUP.test(text.trim()) ? capitalize(text.trim()) : text.trim());
  const byBold = boldLead ? namedInBold(t, boldLead) : null;
  if (byBold) return byBold;
  const led = ledByBody(t);
  if (led && led.rest !== '') return led;
  const official = postThenName(t);
  if (official && official.rest !== '') return withRest([official.official], official.rest);
  const deputy = deputyInCharge(t);
  if (deputy) return deputy;
  // «Chánh Thanh tra tỉnh tổ chức …», «Giám đốc Sở Y tế chỉ đạo …»: a post before the body (the
  // name is cleaned to the body, rule «title-is-not-agency»).
  const body = afterPost(t);
  // («Trưởng các Phòng Thi hành án dân sự khu vực …»: the group after a post keeps its capitals.)
  if (!startsWithAgency(t) && !(body !== null && (startsWithAgency(body) || GROUP_ANY_CASE.test(body)))) return null;
  // «Trung tâm Kiểm soát bệnh tật thành phố (sau đây gọi tắt là TTKSBT) dự trù …»: the name ends
  // at the abbreviation it defines (abbreviations.ts), whatever verb follows.
  const defining = t.match(
    /^([^()]{3,200}?)\s*\((?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)\s+(?:tắt|là)[^)]*\)\s*(\S.*)$/su,
  );
  if (defining && !VERB_RE.test(defining[1] ?? ''))
    return withRest([cleanAgencyName(defining[1] ?? '')], defining[2] ?? '');
  const colon = t.match(/^([^:]{3,250}):\s*(\S.*)$/s);
  if (colon && !VERB_RE.test(colon[1] ?? '')) {
    return withRest(splitAgencies(colon[1] ?? ''), colon[2] ?? '');
  }
  // A verb inside brackets («Ủy ban bầu cử tỉnh (Sở Nội vụ giúp việc) tổng hợp …») does not end the name.
  const verb = VERB_RE.exec(t.replace(/\([^()]*\)/g, (m) => '_'.repeat(m.length)));
  const level = verb ? null : LEVEL_THEN_DUTY.exec(t.slice(0, maxHead));
  if (level?.[1]) return withRest(splitAgencies(level[1]), t.slice(level[1].length).trim());
  if (!verb || verb.index === 0) return null;
  // Rule «doubled-word»: «Phòng Kế hoạch tổng hợp tổng hợp tình hình …» — the name ends in the word
  // the duty opens with; the first of the two is the name's.
  const doubled = verb[1] !== undefined && t.slice(verb.index + verb[0].length).startsWith(` ${verb[1]} `);
  if (doubled) verb.index += verb[0].length;
  const head = t.slice(0, verb.index).replace(/[\s,]+$/, '');
  if (head.length > maxHead) return null;
  const place = PLACE_THEN_VERB.exec(head) ?? LEVEL_THEN_DUTY.exec(head);
  if (place?.[1]) {
    return withRest(splitAgencies(place[1]), t.slice(place[1].length).trim());
  }
  const rest = t.slice(verb.index).replace(/^[\s,]+/, '');
  // Rule «role-sentence»: «Phòng Kinh tế (P.KT) là đầu mối giúp UBND phường theo dõi …», «Sở Tài
  // chính là cơ quan thường trực của Tổ công tác, có trách nhiệm …»: the sentence says the body's
  // role, and reads as one only with its subject; the whole sentence is the duty.
  const role = /\s(?:là|làm)\s+(?:cơ quan\s+|đơn vị\s+)?(?:đầu mối|thường trực|chủ trì)\b/u;
  // (The body is named before its role: «Phòng Thống kê Xã hội là đơn vị đầu mối, có trách nhiệm …».)
  const named = head.replace(/\s+(?:là|làm)\s+(?:cơ quan\s+|đơn vị\s+)?(?:đầu mối|thường trực|chủ trì)\b.*$/u, '');
  if (role.test(` ${head.slice(-40)}`) || role.test(` ${rest.slice(0, 40)}`)) return withRest(splitAgencies(named), t);
  return withRest(splitAgencies(head), rest);
}

/**
 * Rule «deputy-in-charge»: «Đồng chí Phó Trưởng Thuế tỉnh phụ trách lĩnh vực quản lý hộ kinh doanh,
 * cá nhân chủ trì cuộc họp …» — a deputy is named by the field in his charge; the name runs to the
 * duty's verb, past the body's place («tỉnh») and the field's commas. Deputies only: «Trưởng các
 * thôn phụ trách địa bàn …» is the heads at work.
 */
const DEPUTY =
  /^(?:(?:Đồng chí|Đ\/c)\s+)?(Phó\s+(?:Giám đốc|Chủ tịch|Trưởng|Hiệu trưởng|Chỉ huy trưởng|Bí thư)(?:\s+\S+){0,4}?\s+phụ trách\s)/u;

function deputyInCharge(text: string): { agencies: string[]; rest: string } | null {
  const m = text.match(DEPUTY);
  if (!m?.[1] || /^chung\b/u.test(text.slice(m[0].length))) return null;
  const after = m[0].length;
  const verb = VERB_RE.exec(text.slice(after));
  if (!verb || verb.index > 120) return null;
  const name = text.slice(text.indexOf(m[1]), after + verb.index).replace(/[\s,]+$/, '');
  // «Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội, Phòng Văn hóa - Xã hội và Trạm Y tế xã …» names
  // more bodies after the field: read as a list, the usual way.
  const field = name.slice(m[1].length);
  if (field.split(/,|\svà\s/u).some((piece) => startsWithAgency(piece.trim()))) return null;
  return withRest([name], text.slice(after + verb.index).replace(/^[\s,]+/, ''));
}

/**
 * Rule «led-by»: «Đoàn kiểm tra của Hội đồng (do Bộ Chỉ huy Quân sự tỉnh chủ trì) kiểm tra …»,
 * «Đoàn kiểm tra liên ngành của xã, do Phòng Kinh tế chủ trì, phối hợp …»: a team is named, and the
 * body that leads it; the sheet follows the body, which answers for the team's work. The team is
 * not the lead, so its name stays in the content («Đoàn kiểm tra của Hội đồng … kiểm tra …»); the
 * content is empty when nothing follows (a «Cơ quan thực hiện» field).
 */
const TEAM = /^(?:Đoàn|Tổ|Nhóm|Tiểu ban|Ban|Hội đồng|Lực lượng)\s/u;

export function ledByBody(text: string): { agencies: string[]; rest: string } | null {
  const m = text.match(
    /^(\p{Lu}[^()]{2,120}?)\s*(?:\(\s*do\s+([^()]{3,120}?)\s+chủ trì\s*\)|,\s*do\s+([^,;()]{3,120}?)\s+chủ trì(?=[\s,;.]|$))[\s,]*(.*)$/su,
  );
  // Only a team («Đoàn …», «Tổ …») that does nothing itself in those words: «Sở Nội vụ chuẩn bị nội
  // dung Hội nghị (do UBND tỉnh chủ trì)» is Sở Nội vụ's work for a meeting UBND tỉnh chairs.
  if (!m?.[1] || !TEAM.test(m[1]) || hasDutyVerb(m[1])) return null;
  const leader = splitAgencies(m[2] ?? m[3] ?? '');
  if (leader.length === 0 || !leader.every(startsWithAgency)) return null;
  return { agencies: leader, rest: (m[4] ?? '').trim() === '' ? '' : capitalize(text.trim()) };
}

/**
 * Rule «bold-name»: «**Hiệp hội Doanh nghiệp thành phố, Hiệp hội Logistics Đà Nẵng** giới thiệu nhà
 * đầu tư …» — the bold run the paragraph opens with is the whole name, whatever verb follows it
 * (the verb list does not know «giới thiệu»). Only a run that is a body's name and does no duty.
 */
function namedInBold(text: string, boldLead: string): { agencies: string[]; rest: string } | null {
  const assign = /^(?:Giao|Yêu cầu|Đề nghị)\s+/iu;
  const bold = boldLead
    .replace(assign, '')
    .replace(/[\s:]+$/u, '')
    .trim();
  const body = text.replace(assign, '');
  if (bold.length < 3 || !body.startsWith(bold) || !startsWithAgency(bold) || hasDutyVerb(bold)) return null;
  // «**Đề nghị Ủy ban MTTQ thành phố** và các tổ chức chính trị - xã hội vận động …»: the list goes on
  // past the bold run; it is read the usual way.
  if (/^\s*(?:,|;|và\s)/u.test(body.slice(bold.length))) return null;
  const rest = body.slice(bold.length).replace(/^[\s:–-]+/u, '');
  if (rest.split(/\s+/).length < 3) return null;
  return withRest(splitAgencies(bold), rest);
}

function withRest(agencies: string[], rest: string): { agencies: string[]; rest: string } | null {
  if (agencies.length === 0 || rest.trim() === '') return null;
  return { agencies, rest: capitalize(rest.trim()) };
}

/** Specific agencies named after "phối hợp với" ("… phối hợp với Ban Dân vận Tỉnh ủy và các cơ quan …"). */
export function coordinatingIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(
    /phối hợp với\s+(.+?)(?=[;.:(]|\s+và các\s|\s+để\s|\s+có liên quan|\s+liên quan|$)/giu,
  )) {
    let names = m[1] ?? '';
    const verb = VERB_RE.exec(names);
    if (verb && verb.index > 0) names = names.slice(0, verb.index);
    // A list goes on past a comma while the next piece opens with a capital: another body («Sở
    // Tài chính, Sở Xây dựng») or the rest of one name («Báo và Phát thanh, Truyền hình tỉnh»).
    // The rest of a name is short («Truyền hình tỉnh», «Thể thao và Du lịch»); a long piece after
    // the comma is a clause whose verb the list does not know («Truyền hình Phú Thọ mở chuyên mục …»).
    const pieces = names.split(/,\s*/);
    const goesOn = (piece: string): boolean =>
      /^\p{Lu}/u.test(piece) && (startsWithAgency(piece) || piece.split(/\s+/).length <= 5);
    const upper = pieces.findIndex((piece, k) => k > 0 && !goesOn(piece));
    names = (upper < 0 ? pieces : pieces.slice(0, upper)).join(', ');
    for (const name of splitAgencies(names)) {
      if (startsWithAgency(name) && !/^Các\b/u.test(name) && !found.includes(name)) found.push(name);
    }
  }
  return found;
}
