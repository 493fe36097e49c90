import { afterPost } from './person-posts.js';
import { stripMarks } from './document.js';
import { ASCII_STARTS, STARTS } from './agency-starts.js';
import { DUTY_VERBS } from './duty-verbs.js';

/**
 * An agency name on its own: where it begins («Sở …», «UBND …», «các xã, phường»), where it ends
 * (a duty verb, a place, a role in brackets) and how it is cleaned. Lists of names: agency-split.ts.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const START_RE = new RegExp(`^(?:${[...STARTS, ...ASCII_STARTS].map(escape).join('|')})(?=[\\s,;.:-]|$)`, 'iu');
const STARTS_FOLDED = new Set(STARTS.map((s) => s.toLowerCase()));
const isAscii = (s: string): boolean => !/[^ -~\s]/.test(s);

/** The text begins with an agency name ("Sở Nội vụ …", "UBND các huyện …"). */
export function startsWithAgency(text: string): boolean {
  const t = text.trim();
  // Rule «phong-short»: «P.QLT», «P.KHTC», «P. CNTT» — an office writes its phòng as «P.» and the
  // phòng's initials (its key, if any, spells them out).
  // («P.KTHT&ĐT», «P.KT,HT&ĐT»: a ward's Phòng Kinh tế, Hạ tầng và Đô thị, its initials joined by «&».)
  if (/^P\.\s?[\p{Lu}Đ]{2,}(?:,?[\p{Lu}Đ]*&[\p{Lu}Đ]+)?(?=[\s,;.:)-]|$)/u.test(t)) return true;
  const m = t.match(START_RE);
  // A capital first letter: "Ban Dân tộc" begins a name, "ban, ngành" does not ("Thanh Tra tỉnh" still does).
  if (!m || t.charAt(0) === t.charAt(0).toLowerCase()) return false;
  // «Báo cáo …», «Ban hành …» open a duty, not «Báo …» (a newspaper) or «Ban …» (a board);
  // «Trường hợp …» (in case …) opens a condition, not «Trường …» (a school); «Phòng, chống tham
  // nhũng» (preventing and combating) a field of work, not «Phòng …» (a department); «Đội ngũ cán
  // bộ» (the staff) no squad; «Khoa học …» (science) no hospital department; «Thư viện số», «Thư viện
  // điện tử» (a product of the work) no library.
  if (
    /^(?:Báo cáo|Ban hành|Trường hợp|Phòng,? chống|Đội ngũ|Khoa học|Thư viện (?:số|điện tử)|Bao cao|Ban hanh|Truong hop|Phong,? chong)(?=[\s,;.:-]|$)/iu.test(
      t,
    )
  )
    return false;
  // «Các nhiệm vụ chuẩn bị …», «Các giải pháp …» list work, not bodies.
  if (
    /^Các\s+(?:nhiệm vụ|nội dung|giải pháp|hoạt động|chỉ tiêu|mục tiêu|công việc|văn bản|biện pháp|chương trình|dự án|đề án)(?=[\s,;.:]|$)/iu.test(
      t,
    )
  )
    return false;
  // «Ông …», «Bà …» open a member's name («Ông Trần Văn Lộc»), not «Bà con nhân dân» (the folk).
  if (/^(?:Ông|Bà)\s+\p{Ll}/u.test(t)) return false;
  // ASCII start words count only in a text typed without diacritics ("So" must not match "Số").
  return STARTS_FOLDED.has(m[0].toLowerCase()) || isAscii(t.slice(0, 40));
}

/**
 * Words after which a name is over: what the agency does («Sở Nội vụ chủ trì tham mưu …»), how
 * far («… trong phạm vi chức năng, nhiệm vụ»), or who assigned it («… được phân công / được giao»).
 * Not «phụ trách» after a post: «Phó Giám đốc phụ trách chuyên môn», «Phó Hiệu trưởng phụ trách
 * chuyên môn» are which deputy, «Tổng phụ trách Đội» a school's post («Giám đốc phụ trách chung» is
 * what the director does).
 */
export const NAME_ENDS =
  /\s+(?:trong phạm vi|theo chức năng|theo phạm vi|theo lĩnh vực|được phân công|được giao(?! chủ trì)|(?<!(?:Giám đốc|Chủ tịch|Trưởng|Hiệu trưởng|Chỉ huy trưởng|Tổng)\s+)phụ trách|phụ trách(?=\s+chung\b)|căn cứ|định kỳ|hằng năm|hàng năm|tiến hành|là đầu mối|là cơ quan|làm việc theo)(?=[\s,.;:]|$).*$/su;

/**
 * Rule «role-in-brackets»: «Sở Nội vụ (cơ quan thường trực)» is Sở Nội vụ; the brackets say its
 * role in this plan. A bracket that names a parent («Trung tâm Dịch vụ việc làm (Sở Nội vụ)») stays.
 */
const ROLE_IN_BRACKETS =
  /\s*\((?:là\s+)?(?:cơ quan\s+|đơn vị\s+)?(?:thường trực|chủ trì|đầu mối|tham mưu)[^()]*\)|\s+[-–]\s+(?:là\s+)?(?:cơ quan|đơn vị) (?:thường trực|chủ trì|đầu mối|tham mưu).*$/giu;

/** A name as written, without footnote marks, list marks, trailing dots, duty words or extra spaces. */
export function cleanAgencyName(name: string): string {
  let clean = namedOfficial(
    stripMarks(name)
      .replace(/^[-+•–*]\s*/, '')
      .replace(/\s+/g, ' '),
  )
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
  clean = clean.replace(/\s+\((?:\p{Lu}\p{Ll}*\s+)?[\p{Lu}Đ][\p{Lu}Đ&.,\d-]+(?:\s+[\p{Lu}Đ&.\d-]{2,})*\)(?=\s*$)/u, '');
  // Rule «part-in-brackets»: «Văn phòng HĐND và UBND xã (bộ phận Tài chính - Kế toán)», «TVP (kế
  // toán)», «BHXH cơ sở (viên chức chuyên quản thu)»: a bracket in lower case at the end says which
  // part or which person of the body does it; the row is the body's. So does a body's change of
  // the 2025 mergers («Sở Nội vụ (sau khi hợp nhất với Sở Lao động - Thương binh và Xã hội)»,
  // «Sở Y tế (cơ quan tiếp nhận chức năng bảo trợ xã hội …)»), and the body it belongs to
  // («Trung tâm Khuyến công và Xúc tiến thương mại (thuộc Sở Công Thương)»).
  // (Not a role, «(chủ trì)», «(phối hợp)»: who leads is read from it.) A count of who goes («Bảo tàng
  // tỉnh (04 nhóm kiểm kê)», «Công an xã (02 đồng chí)») is such a part as well, and so are the forces it
  // sends («Công an tỉnh (lực lượng Cảnh sát giao thông, Công an các xã, phường)»), and the unit of
  // it that acts («Công an tỉnh (Phòng Cảnh sát đường thủy)»).
  clean = clean.replace(
    /\s*\((?:\d{1,3}\s+\p{Ll}|(?:Phòng|Đội|Trạm|Khoa)\s+\p{Lu}\p{Ll}+\s+\p{Ll}|(?:bộ phận|kế toán|văn thư|thủ quỹ|viên chức|công chức|cán bộ|chuyên viên|giáo viên|tổ|nhóm|sau khi|trước khi|cơ quan tiếp nhận|đơn vị tiếp nhận|thuộc|trực thuộc|lực lượng)(?=[\s)]))[^()]*\)\s*$/u,
    '',
  );
  const verb = VERB_RE.exec(clean);
  // «Các Sở, ngành chủ trì, quản lý …»: the name ends where the duty begins (not at its first word).
  // «Phòng Kế hoạch tổng hợp», «Trung tâm Dịch vụ tổng hợp», «Khoa Nội tổng hợp»: named for their work.
  const officeName =
    verb?.[1] === 'tổng hợp' &&
    // (not «Sở Nội vụ tổng hợp» in a doer cell: a Sở, a UBND or a group at work)
    !/^(?:Sở|Ủy ban|UBND|Các|Công an)\s/iu.test(clean) &&
    clean.slice(verb.index + verb[0].length).trim() === '';
  if (verb && verb.index > 2 && !officeName) clean = clean.slice(0, verb.index);
  // Rule «name-ends-at-place»: «Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu …» — after the place that
  // closes a body's name («tỉnh», «thành phố»), a lower-case word that cannot go on with it is a verb
  // the word list does not know.
  clean = clean.replace(PLACE_THEN_VERB, '$1');
  return withoutTitle(clean.replace(/[\s.,;:]+$/, '').trim());
}

/**
 * Rule «named-official»: a commune's plan hands work to its officials by name. «Phòng Kinh tế (đ/c
 * Nông Thị Hiền - Trưởng phòng)» is the phòng (who heads it is no part of its name); «Đ/c Hoàng
 * Văn Thắng - PCT UBND xã» is that official, written without «Đ/c» and with the post in full.
 */
/**
 * A capitalised word of a proper name, and a person's name of two to five of them. Ê Đê and Jrai names
 * hold an apostrophe («H'Linh Niê», «Ia H'Drai»). One pattern for every rule that reads a person or a
 * place by name (agency-list.ts, agency-split.ts).
 */
export const PROPER_WORD = String.raw`\p{Lu}[\p{L}']*`;
export const PERSON_NAME = String.raw`${PROPER_WORD}(?:\s+${PROPER_WORD}){1,4}`;

/** The commune's or ward's own chair or deputy chair: an official of the issuer, named with the post. */
export const OWN_LEADER = /^(?:Phó\s+)?Chủ tịch\s+(?:UBND|Ủy ban nhân dân)\s+(?:xã|phường|đặc khu)(?:\s|$)/u;

function namedOfficial(name: string): string {
  const withoutPerson = name.replace(/\s*\((?:đ\/c|đồng chí|ông|bà)\s[^()]*\)/giu, '');
  // «Ông Trần Văn Lộc, Giám đốc Sở Tài chính» (a team's member): the post, read like every other post.
  // A bare post of the issuer's own («Bà Nguyễn Thị Thu Hằng, Phó Giám đốc») names no body: which
  // deputy is the person, so the name stays (rule «person-with-post» spells the post out).
  const person = withoutPerson.match(new RegExp(String.raw`^(?:Ông|Bà)\s+(${PERSON_NAME})\s*[,–-]\s*(\S.*)$`, 'u'));
  const member = person?.[2];
  // A commune's own leader («Bà Nguyễn Thị Hoa, Phó Chủ tịch UBND xã») is that official, as with «Đồng chí».
  if (member && person && OWN_LEADER.test(member)) return `${person[1]} - ${member}`;
  if (member) return afterPost(`${member} X`) === 'X' || !/\s/u.test(member) ? `${person[1]}, ${member}` : member;
  // «Đồng chí Chủ tịch Ủy ban nhân dân tỉnh»: a post, read like every other post (rule «title-is-not-agency»).
  const comrade = withoutPerson.match(/^(?:Đ\/c|Đồng chí)\s+(.+)$/u)?.[1];
  // So is «Đồng chí Phó Giám đốc phụ trách chuyên môn», «Đồng chí Phó Chỉ huy trưởng - Tham mưu
  // trưởng»: «Đồng chí» is a form of address, the post is who does the work.
  const postFirst =
    /^(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Trưởng|Hiệu trưởng|Chỉ huy trưởng|Bí thư|Tham mưu trưởng)(?=[\s,;-]|$)/u;
  if (comrade && (afterPost(comrade) !== null || postFirst.test(comrade))) return comrade;
  const m = withoutPerson.match(new RegExp(String.raw`^(?:Đ\/c|Đồng chí)\s+(${PERSON_NAME})\s*[-–,]\s*(\S.*)$`, 'u'));
  if (!m?.[1] || !m[2]) return withoutPerson;
  const post = m[2].replace(/^(PCT|CT|PBT|BT|PGĐ|GĐ)(?=\s)/u, (short) => POST_SHORT[short] ?? short);
  return `${m[1]} - ${post}`;
}

/** Posts as a commune's office abbreviates them. */
const POST_SHORT: Record<string, string> = {
  PCT: 'Phó Chủ tịch',
  CT: 'Chủ tịch',
  PBT: 'Phó Bí thư',
  BT: 'Bí thư',
  PGĐ: 'Phó Giám đốc',
  GĐ: 'Giám đốc',
};

// The places that close a name: the province or city, or the communes of a group («Ủy ban nhân
// dân các xã, phường phát hiện, ngăn chặn …»).
export const PLACE_THEN_VERB =
  /^(\S.*?\s(?:tỉnh|thành phố|Trung ương|xã, phường(?:, thị trấn)?(?:,? (?:và )?đặc khu)?))\s+(?!(?:và|các|của|thuộc|trực thuộc|có|liên quan|cấp|ngành|nơi|đóng|được|tại|về|khu vực|biên giới|ven biển|vùng|trên|trong|\p{Lu})(?:\s|$))\p{Ll}.*$/u;

/**
 * Rule «level-then-duty»: a commune's office ends at its level when the duty opens with a verb no list
 * knows («Trung tâm Phục vụ hành chính công phường rút ngắn thời gian …», «TTPVHCC phường rút ngắn …»),
 * and any body at its place's name («Thuế cơ sở 7 tỉnh Lâm Đồng xác định nghĩa vụ tài chính …»).
 * Only before the first known verb, outside brackets, one office (not «các xã miền núi …», a group
 * with its qualifier), and never «Hợp tác xã», «xã hội» or a level before a district or more place.
 */
const LEVEL = String.raw`(?:xã|phường|đặc khu)(?!\s+hội(?![\p{L}]))(?:\s${PROPER_WORD}){0,4}`;
const NAMED_PLACE = String.raw`(?:tỉnh|thành phố)(?:\s${PROPER_WORD}){1,4}`;
// («cấp» after a level is the verb: «TTPVHCC xã cấp Giấy chứng nhận …»; «nhiệm kỳ» goes on the name.)
const NAME_GOES_ON = String.raw`(?:và|các|của|thuộc|trực thuộc|có|liên quan|nhiệm kỳ|nơi|đóng|được|tại|về|khu vực|biên giới|ven biển|vùng|trên|trong|huyện|thị xã|thị trấn|tỉnh|thành phố|\p{Lu})`;
export const LEVEL_THEN_DUTY = new RegExp(
  String.raw`^([^()]*?(?<!Hợp tác|hợp tác|các)\s(?:${LEVEL}|${NAMED_PLACE}))\s+(?!${NAME_GOES_ON}(?:\s|$))\p{Ll}.*$`,
  'u',
);

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
 * «các tổ chức …», «các cơ quan …», «đảng ủy các xã» begin a group name even in lower case (after «và», «;» or
 * «Đề nghị»); «X và các tổ chức thành viên» stays one name: the members are X's own.
 */
// (No \b: in JavaScript it knows only ASCII letters, and «vị» ends in one it does not know.)
// «… Đảng ủy Bộ đội Biên phòng tỉnh, đảng ủy các xã, phường»: a body of each commune, in lower case.
export const LOWER_GROUP =
  /^(?:(?:đảng ủy|ủy ban nhân dân)\s+)?các\s+(?:sở|ban|ngành|phòng|khoa|cơ quan|đơn vị|trung tâm|bệnh viện|trạm y tế|tổ chức|đoàn thể|hội|doanh nghiệp|ngân hàng|tổ chức tín dụng|hợp tác xã|xã|phường|thôn|khu phố|tổ dân phố|ấp|địa phương|trường|cơ sở|chủ đầu tư|đồn biên phòng|tổ chuyên môn)(?=[\s,;.]|$)(?!\s+thành viên)/u;
/** The same, «Các …» or «các …» (a heading or a list item begins with a capital). */
export const GROUP_ANY_CASE = new RegExp(LOWER_GROUP.source, 'iu');

// Names that look like verbs: a verb after «được» is passive («… xã, phường được phân công chủ trì»
// qualifies the body, it is not its duty); «được giao chủ trì/thực hiện» qualifies a group («Các cơ quan,
// đơn vị được giao chủ trì»), and «tổ chức» followed by a comma or a kind («cơ quan, tổ chức khác
// có liên quan», «các tổ chức chính trị - xã hội») is the noun, not the verb «to organise»; after
// «Tổ» («Tổ giúp việc») a verb names the group's work; «dự án đầu tư xây dựng» (construction
// investment) is a noun in «Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh»
// (and after a capital «Quản lý» a verb names the office's field: «Phòng Quản lý xây dựng»)
// (but «Chủ đầu tư tổ chức nghiệm thu …» does its work); after «Hội
// đồng» a verb names the council's work («Hội đồng thẩm định giá đất tỉnh»), as it does in «Đoàn
// kiểm tra liên ngành», «Đoàn giám sát» (not «Tỉnh Đoàn kiểm tra …», the Youth Union at work), and
// «các ban xây dựng Đảng» (a party committee's boards); «mở» names no work in «Khu kinh tế mở Chu
// Lai», «cửa khẩu mở», nor before a capital; nor «cử» in «Ủy ban bầu cử», «người ứng cử», «đề cử», «cử tri», nor «lập» in
// «đơn vị sự nghiệp công lập», «Độc lập», «thành lập», «sáng lập», «trường dân lập»; nor «gửi» in
// «Bảo hiểm tiền gửi»; nor «tham gia» in «người tham gia», «đối tượng tham gia» (the insured, in
// «Phòng Quản lý thu và Phát triển người tham gia»); nor «chưa», «đang» in a group named by its state («Các thương nhân chưa được
// cấp giấy chứng nhận …», «Các cửa hàng đang kinh doanh xăng dầu»); «thông tin» is a verb only right
// after a name's capital word or number, never in «Cổng thông tin», «hệ thống thông tin»; nor
// «vận hành» after «quản lý» («Ban quản lý vận hành nhà chung cư» is one name), nor «phát thanh»
// after «Đài» («Đài phát thanh -Truyền hình»); nor
// «thường xuyên» after «Giáo dục» (rule «continuing-education»: «Trung tâm GDNN - Giáo dục thường
// xuyên», «Phòng Quản lý chất lượng - Giáo dục thường xuyên» are names, not «regularly»); nor
// «tổng hợp» after «Dịch vụ» («Trung tâm Dịch vụ tổng hợp xã», every commune's service centre since 2025).
const NOT_A_VERB = String.raw`(?<!Dịch vụ\s)(?<![Cc]ác\s)(?<!được giao\s)(?<!được\s)(?<!Tổ\s)(?!(?<=Đoàn\s)(?<!(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Xx]ã|[Pp]hường)\sĐoàn\s)(?:kiểm tra|giám sát|thanh tra|kiểm soát|khảo sát|công tác))(?!(?<=(?:[Kk]hu kinh tế|[Cc]ửa khẩu)\s)mở)(?!mở\s+\p{Lu})(?!(?<=[Bb]an\s)xây dựng [Đđ]ảng)(?<!(?:dự án|QLDA) đầu tư\s)(?<!Quản lý\s)(?<!Hội đồng\s)(?!(?<=(?:[Bb]ầu|[Ứứ]ng|[Đđ]ề|[Tt]uyển)\s)cử)(?!(?<!(?:^|\s)[\p{Lu}\d][\p{L}\d]*\s)thông tin)(?!(?<=(?:[Cc]ổng|[Tt]rang)\s)thông tin)(?!cử\s+tri)(?!(?<=[Gg]iáo dục\s)thường xuyên)(?!(?<=[Qq]uản lý,?\s)vận hành)(?!(?<=[Đđ]ài\s)phát thanh)(?!(?<=(?:[Cc]ông|[Đđ]ộc|[Tt]hành|[Tt]hiết|[Ss]áng|[Tt]ự)\s)lập)(?!(?<=[Dd]ân\s)lập)(?!(?<=[Tt]iền\s)gửi)(?!(?<=(?:[Nn]gười|[Đđ]ối tượng)\s)tham gia)(?!(?<=^[Cc]ác\s[^,;]{1,40}\s)(?:đã|chưa|đang)\s)(?!tổ chức(?:\s*[,;.]|\s+(?:khác|có liên quan|liên quan|chính trị|đoàn thể|thành viên|xã hội|kinh tế|tôn giáo|cá nhân)(?=[\s,;.]|$)))`;
export const VERB_RE = new RegExp(`(?:^|[\\s,])${NOT_A_VERB}(${DUTY_VERBS.map(escape).join('|')})(?=[\\s,:;.]|$)`, 'u');

/** The text contains a duty verb ("chủ trì", "tham mưu", …), so it is more than a list of names. */
export function hasDutyVerb(text: string): boolean {
  return VERB_RE.test(text);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
