import { afterPost } from './person-posts.js';
import { stripMarks } from './document.js';
import { ASCII_STARTS, STARTS } from './agency-starts.js';
import { DUTY_VERBS } from './duty-verbs.js';

/**
 * Agency lists as plans write them: "Các sở, ban, ngành, UBND các huyện, thành phố",
 * "Công an tỉnh; Bộ Chỉ huy quân sự tỉnh". Names are kept as written; matching them
 * to the agency directory happens elsewhere.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const START_RE = new RegExp(`^(?:${[...STARTS, ...ASCII_STARTS].map(escape).join('|')})(?=[\\s,;.:-]|$)`, 'iu');
const STARTS_FOLDED = new Set(STARTS.map((s) => s.toLowerCase()));
const isAscii = (s: string): boolean => !/[^ -~\s]/.test(s);

/** The text begins with an agency name ("Sở Nội vụ …", "UBND các huyện …"). */
export function startsWithAgency(text: string): boolean {
  const t = text.trim();
  const m = t.match(START_RE);
  // A capital first letter: "Ban Dân tộc" begins a name, "ban, ngành" does not ("Thanh Tra tỉnh" still does).
  if (!m || t.charAt(0) === t.charAt(0).toLowerCase()) return false;
  // «Báo cáo …», «Ban hành …» open a duty, not «Báo …» (a newspaper) or «Ban …» (a board);
  // «Trường hợp …» (in case …) opens a condition, not «Trường …» (a school); «Phòng, chống tham
  // nhũng» (preventing and combating) a field of work, not «Phòng …» (a department).
  if (
    /^(?:Báo cáo|Ban hành|Trường hợp|Phòng,? chống|Bao cao|Ban hanh|Truong hop|Phong,? chong)(?=[\s,;.:-]|$)/iu.test(t)
  )
    return false;
  // ASCII start words count only in a text typed without diacritics ("So" must not match "Số").
  return STARTS_FOLDED.has(m[0].toLowerCase()) || isAscii(t.slice(0, 40));
}

/**
 * Words after which a name is over: what the agency does («Sở Nội vụ chủ trì tham mưu …»), how
 * far («… trong phạm vi chức năng, nhiệm vụ»), or who assigned it («… được phân công / được giao»).
 */
const NAME_ENDS =
  /\s+(?:trong phạm vi|theo chức năng|theo phạm vi|theo lĩnh vực|được phân công|được giao(?! chủ trì)|phụ trách|căn cứ|định kỳ|hằng năm|hàng năm|tiến hành|là đầu mối|là cơ quan)(?=[\s,.;:]|$).*$/su;

/**
 * Rule «role-in-brackets»: «Sở Nội vụ (cơ quan thường trực)» is Sở Nội vụ; the brackets say its
 * role in this plan. A bracket that names a parent («Trung tâm Dịch vụ việc làm (Sở Nội vụ)») stays.
 */
const ROLE_IN_BRACKETS =
  /\s*\((?:là\s+)?(?:cơ quan\s+)?(?:thường trực|chủ trì|đầu mối|tham mưu)[^()]*\)|\s+[-–]\s+(?:là\s+)?cơ quan (?:thường trực|chủ trì|đầu mối|tham mưu).*$/giu;

/** A name as written, without footnote marks, list marks, trailing dots, duty words or extra spaces. */
export function cleanAgencyName(name: string): string {
  let clean = stripMarks(name)
    .replace(/^[-+•–*]\s*/, '')
    .replace(/\s+/g, ' ')
    .replace(ROLE_IN_BRACKETS, '')
    // «Tổ công tác liên ngành phường (do Phó Chủ tịch … phụ trách kinh tế làm Tổ trưởng)»: who heads
    // it is no part of the name (and «phụ trách» inside it ends nothing).
    .replace(/\s*\(do\s[^()]*\)/giu, '')
    .replace(NAME_ENDS, '');
  // «Ủy ban bầu cử tỉnh (Sở Nội vụ giúp việc)», «… (qua Sở Tư pháp)»: a bracket that says who
  // helps or relays is not part of the name, and its verb does not end it.
  clean = clean.replace(/\s*\((?:qua|thông qua|[^()]*\s(?:giúp việc|thường trực|tham mưu|làm đầu mối))[^()]*\)/giu, '');
  // «Sở Nông nghiệp và Môi trường (sau đây gọi tắt là Sở NNMT)»: the bracket defines a short name
  // (abbreviations.ts reads it); the body is the full name before it.
  clean = clean.replace(/\s*\((?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)(?:\s+tắt)?\s+là[^()]*\)/giu, '');
  // «Sở Nông nghiệp và Môi trường (Sở NN&MT)»: a bracket holding only the short form is the same body.
  // So is a unit's code («Công an tỉnh (PC04)»).
  clean = clean.replace(/\s+\((?:\p{Lu}\p{Ll}*\s+)?[\p{Lu}Đ][\p{Lu}Đ&.\d-]+(?:\s+[\p{Lu}Đ&.\d-]{2,})*\)(?=\s*$)/u, '');
  const verb = VERB_RE.exec(clean);
  // «Các Sở, ngành chủ trì, quản lý …»: the name ends where the duty begins (not at its first word).
  if (verb && verb.index > 2) clean = clean.slice(0, verb.index);
  // Rule «name-ends-at-place»: «Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu …» — after the place that
  // closes a body's name («tỉnh», «thành phố»), a lower-case word that cannot go on with it is a verb
  // the word list does not know.
  clean = clean.replace(PLACE_THEN_VERB, '$1');
  return withoutTitle(clean.replace(/[\s.,;:]+$/, '').trim());
}

// The places that close a name: the province or city, or the communes of a group («Ủy ban nhân
// dân các xã, phường phát hiện, ngăn chặn …»).
const PLACE_THEN_VERB =
  /^(\S.*?\s(?:tỉnh|thành phố|Trung ương|xã, phường(?:, thị trấn)?(?:,? (?:và )?đặc khu)?))\s+(?!(?:và|các|của|thuộc|trực thuộc|có|liên quan|cấp|ngành|nơi|đóng|được|tại|về|khu vực|biên giới|ven biển|vùng|trên|trong|\p{Lu})(?:\s|$))\p{Ll}.*$/u;

/**
 * Rule «title-is-not-agency» (person-posts.ts): «Giám đốc các Sở» is the Sở; «Giám đốc Sở» alone
 * (no body named) stays as written.
 */
function withoutTitle(name: string): string {
  const body = afterPost(name);
  if (body === null) return name;
  const named = /^các\s+\S/iu.test(body) || (startsWithAgency(body) && body.split(/\s+/).length >= 2);
  return named ? capitalize(body) : name;
}

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
 * «các tổ chức …», «các cơ quan …», «đảng ủy các xã» begin a group name even in lower case (after «và», «;» or
 * «Đề nghị»); «X và các tổ chức thành viên» stays one name: the members are X's own.
 */
// (No \b: in JavaScript it knows only ASCII letters, and «vị» ends in one it does not know.)
// «… Đảng ủy Bộ đội Biên phòng tỉnh, đảng ủy các xã, phường»: a body of each commune, in lower case.
const LOWER_GROUP =
  /^(?:(?:đảng ủy|ủy ban nhân dân)\s+)?các\s+(?:sở|ban|ngành|phòng|cơ quan|đơn vị|trung tâm|bệnh viện|trạm y tế|tổ chức|đoàn thể|hội|doanh nghiệp|xã|phường|thôn|khu phố|tổ dân phố|ấp|địa phương|trường|cơ sở|chủ đầu tư)(?=[\s,;.]|$)(?!\s+thành viên)/u;
/** The same, «Các …» or «các …» (a heading or a list item begins with a capital). */
const GROUP_ANY_CASE = new RegExp(LOWER_GROUP.source, 'iu');

/**
 * The name is a body that can be given work: a named agency («Sở Y tế», «UBND xã …») or a
 * group of a known kind («Các cơ quan, đơn vị liên quan»), not any phrase after «Các» («Các
 * thông số: …», «Các nội dung …»).
 */
export function isBodyName(name: string): boolean {
  const t = name.trim();
  if (/^các\s/iu.test(t)) return GROUP_ANY_CASE.test(t);
  // «Báo» opens a newspaper's name («Báo Cần Thơ»), «Báo cáo …» opens a report.
  // People («Người đứng đầu …», «Thủ trưởng …») are addressed, not given rows of their own here.
  return startsWithAgency(t) && !/^(?:báo cáo|ban hành|người đứng đầu|thủ trưởng|giám đốc|chủ tịch)(?:\s|$)/iu.test(t);
}

/**
 * Splits an agency list: on line breaks and ";" always, on "," and " và " only where
 * the next part begins a new agency, so "Các sở, ban, ngành" stays whole.
 */
export function splitAgencies(text: string): string[] {
  const out: string[] = [];
  for (const part of splitOutsideBrackets(stripMarks(text), /\s*[;\n]\s*/g).filter((_, k) => k % 2 === 0)) {
    const pieces = splitOutsideBrackets(part, /,\s*|\s+và\s+|\s+va\s+/g);
    let current = pieces[0] ?? '';
    for (let i = 1; i < pieces.length; i += 2) {
      const sep = pieces[i] ?? '';
      const next = pieces[i + 1] ?? '';
      // After a comma a lower-case group starts a name only after a named agency («Sở Nội vụ, các sở, …»).
      const afterName = !sep.startsWith(',') || !/^các\s/iu.test(current.trim());
      const opensName =
        startsWithAgency(next) ||
        (afterName && LOWER_GROUP.test(next.trim())) ||
        // «… và các Ban Xây dựng Đảng»: «các» before a capitalised name opens a group of bodies.
        (/^các\s+\p{Lu}/u.test(next.trim()) && startsWithAgency(next.trim().slice(4)));
      if (opensName && next.trim() !== '' && !isJointOffice(current, sep)) {
        out.push(current);
        current = next;
      } else current += sep + next;
    }
    out.push(current);
  }
  return out.map(cleanAgencyName).filter((n) => n !== '' && !/^(?:và|va)$/i.test(n));
}

/**
 * The text cut at each match of `separator` outside brackets, the separators kept between the
 * pieces ([piece, separator, piece, …]): «Tổ công tác liên ngành phường (do Phó Chủ tịch …, Công
 * an phường là Tổ phó)» is one name, whatever its bracket lists.
 */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  let depth = 0;
  const flat = text
    .split('')
    .map((ch) => {
      if (ch === '(') depth += 1;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      else if (depth > 0) return '_';
      return ch;
    })
    .join('');
  // Brackets that do not close («Sở Y tế (chủ trì, Sở Tài chính») protect nothing.
  const scan = depth === 0 ? flat : text;
  const out: string[] = [];
  let from = 0;
  for (const m of scan.matchAll(separator)) {
    if (m[0] === '') continue;
    out.push(text.slice(from, m.index), text.slice(m.index, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * Rule «joint-office»: «Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh» is one office serving two
 * elected bodies (one agency since 2021), not two names joined by «và»; so is a commune's «Văn
 * phòng Hội đồng nhân dân và Ủy ban nhân dân phường» (since the 2025 reform).
 */
const isJointOffice = (current: string, sep: string): boolean =>
  /\s(?:và|va)\s/u.test(sep) &&
  /^Văn phòng (?:Đoàn đại biểu Quốc hội|Hội đồng nhân dân|HĐND)$/iu.test(current.trim().replace(/^[-+•]\s*/, ''));

// Names that look like verbs: a verb after «được» is passive («… xã, phường được phân công chủ trì»
// qualifies the body, it is not its duty); «được giao chủ trì/thực hiện» qualifies a group («Các cơ quan,
// đơn vị được giao chủ trì»), and «tổ chức» followed by a comma or a kind («cơ quan, tổ chức khác
// có liên quan», «các tổ chức chính trị - xã hội») is the noun, not the verb «to organise»; after
// «Tổ» («Tổ giúp việc») a verb names the group's work; «dự án đầu tư xây dựng» (construction
// investment) is a noun in «Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh»
// (but «Chủ đầu tư tổ chức nghiệm thu …» does its work); after «Hội
// đồng» a verb names the council's work («Hội đồng thẩm định giá đất tỉnh»).
const NOT_A_VERB = String.raw`(?<![Cc]ác\s)(?<!được giao\s)(?<!được\s)(?<!Tổ\s)(?<!(?:dự án|QLDA) đầu tư\s)(?<!Hội đồng\s)(?!tổ chức(?:\s*[,;.]|\s+(?:khác|có liên quan|liên quan|chính trị|đoàn thể|thành viên|xã hội|kinh tế|tôn giáo|cá nhân)(?=[\s,;.]|$)))`;
const VERB_RE = new RegExp(`(?:^|[\\s,])${NOT_A_VERB}(${DUTY_VERBS.map(escape).join('|')})(?=[\\s,:;.]|$)`, 'u');

/** The text contains a duty verb ("chủ trì", "tham mưu", …), so it is more than a list of names. */
export function hasDutyVerb(text: string): boolean {
  return VERB_RE.test(text);
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
  const t = LOWER_GROUP.test(text.trim()) ? capitalize(text.trim()) : text.trim();
  const byBold = boldLead ? namedInBold(t, boldLead) : null;
  if (byBold) return byBold;
  // «Chánh Thanh tra tỉnh tổ chức …», «Giám đốc Sở Y tế chỉ đạo …»: a post before the body (the
  // name is cleaned to the body, rule «title-is-not-agency»).
  const body = afterPost(t);
  if (!startsWithAgency(t) && !(body !== null && (startsWithAgency(body) || LOWER_GROUP.test(body)))) return null;
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
  if (!verb || verb.index === 0) return null;
  const head = t.slice(0, verb.index).replace(/[\s,]+$/, '');
  if (head.length > maxHead) return null;
  const place = PLACE_THEN_VERB.exec(head);
  if (place?.[1]) {
    return withRest(splitAgencies(place[1]), t.slice(place[1].length).trim());
  }
  return withRest(splitAgencies(head), t.slice(verb.index).replace(/^[\s,]+/, ''));
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

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
