import { capitalize, hasDutyVerb, splitLeadingAgencies } from './agency-list.js';
import { stripMarks } from './document.js';
import { deadlineContext, deadlinePhraseIn, findDeadlinePhrase } from './duty-deadline.js';
import { normalizeDeadline } from '../domain/deadline.js';
import { fold } from '../domain/text.js';
import type { ReadContext } from './types.js';

// Clauses that read like duties and hand out no work (duty.ts drops them before cutting a duty
// into task and report rows). Tables that hand out nothing: layouts/not-work-tables.ts.

/**
 * Rule «rights-and-bans»: a Quy chế's clause that grants («Được đề xuất Ủy ban nhân dân phường khen
 * thưởng …», «Có quyền yêu cầu …») or forbids («Tổ chức, cá nhân … không được tự ý thay đổi góc
 * quay …») states a rule; nobody is handed work by it. «Được giao», «được phân công» do assign, and
 * a ban inside a duty («… chỉ đạo các cơ sở không được để xảy ra …») leaves the duty a duty.
 */
export function isRightOrBan(text: string, named: boolean): boolean {
  // «Được Ủy ban nhân dân tỉnh giao …», «Được bố trí …, chủ động tổ chức …» are assignments.
  if (
    /^(?:Được|Có quyền)\s/u.test(text) &&
    !/\s(?:giao|phân công|bố trí|chủ trì|chủ động)(?=[\s,]|$)/u.test(` ${text.slice(0, 120)}`)
  )
    return true;
  // A body named and told what not to do is told what to do next («Chủ tịch UBND các xã không được
  // lơ là, chủ quan, tạm dừng các cuộc họp …»): only an unnamed «tổ chức, cá nhân» is under a ban.
  if (named) return false;
  const ban = text.search(/\skhông được\s/u);
  if (ban < 0 || ban > 160) return false;
  // («… camera đã kết nối không được …»: «đã» ends a name, it asks nothing.)
  return !hasDutyVerb(text.slice(0, ban).replace(/\s(?:đã|chưa|đang)(?=\s)/gu, ''));
}

/**
 * Rule «liability-clause»: «Chủ tịch UBND cấp xã chịu trách nhiệm trước pháp luật và trước Chủ tịch
 * UBND tỉnh nếu để xảy ra thiệt hại về người do chủ quan …», «Người đứng đầu chịu trách nhiệm …
 * nếu để chậm trễ» says who answers if things go wrong; it hands out no work. Only a sentence with
 * «nếu để / nếu không / nếu chậm» after «chịu trách nhiệm», and no time of its own.
 */
export function isLiability(text: string, ctx: ReadContext): boolean {
  if (isAnswerability(text) && deadlinePhraseIn(text, ctx) === '') return true;
  const at = text.search(/(?:^|\s)chịu trách nhiệm\b[^.;]{0,200}?\snếu\s+(?:để|không|chậm)(?=\s|$)/iu);
  // «…tổ chức kêu gọi tàu thuyền …; chịu trách nhiệm … nếu để xảy ra …» orders first: a duty.
  // (Lower-cased: a duty opens with its verb in capitals, «Tổ chức kêu gọi …».)
  if (at < 0 || hasDutyVerb(text.slice(0, at + 1).toLowerCase())) return false;
  return deadlinePhraseIn(text, ctx) === '';
}

/**
 * Rule «answers-to»: «Trưởng các thôn chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân xã về kết
 * quả vận động ở thôn mình» says to whom a body answers, as a sentence of its own; it hands out no
 * work. Not when it goes on with work («…; chỉ đạo nhà thầu …») or a duty comes first.
 */
function isAnswerability(text: string): boolean {
  const whole = text.trim().replace(/[.;]$/u, '');
  if (/[;]|\.\s/u.test(whole)) return false;
  // (Who answers is named first: «Đồng chí Nguyễn Văn Hải, Giám đốc Sở Xây dựng trực tiếp chỉ đạo và
  // chịu trách nhiệm …» — «Xây dựng» in the name is no verb.)
  const t = splitLeadingAgencies(whole)?.rest ?? whole;
  const at = t.search(/(?:^|\s)chịu trách nhiệm trước\s[^.;]{2,120}?\svề\s/iu);
  // («… trực tiếp chỉ đạo và chịu trách nhiệm trước UBND tỉnh về …»: overseeing is no work either.)
  const before = t
    .slice(0, at + 1)
    .toLowerCase()
    .replace(/(?:^|\s)(?:trực tiếp\s+)?(?:chỉ đạo|phụ trách)\s+và\s*$/u, ' ');
  return at >= 0 && !hasDutyVerb(before);
}

/**
 * Rule «past-result»: a report's or a conclusion's account of what bodies did or have not done
 * («Sở NN&MT đã ban hành Hướng dẫn …», «Công an tỉnh đã kiểm tra, xử phạt 06 trường hợp …», «Sở Xây
 * dựng chưa hoàn thành thẩm định …») tells how things stand; it hands out no work. Not when the same
 * sentence goes on to order («…, đề nghị khẩn trương …», «… tiếp tục …»).
 */
export function isPastResult(text: string, ctx?: ReadContext): boolean {
  // (An account may open with what it accounts for: «Các nhiệm vụ giao tại Thông báo số 96/TB-VPUBND
  // ngày 05/3/2026: Sở Nông nghiệp và Môi trường đã hoàn thành …».)
  const t = text
    .trim()
    .replace(/^(?:Cụ thể|Theo đó|Trong đó|Đến nay)\s*[:,]\s*/u, '')
    .replace(/^(?:Các|Những)?\s*(?:nhiệm vụ|nội dung|việc)\s+(?:được\s+)?giao\s+tại\s+[^:;]{3,120}:\s*/iu, '');
  // «Phó Chủ tịch UBND tỉnh ghi nhận Sở Xây dựng đã chủ trì rà soát …»: the chair's praise of an account.
  const first = splitLeadingAgencies(t)?.rest ?? t;
  const praised = first.replace(/^(?:ghi nhận|biểu dương|đánh giá cao)(?:\s+(?:sự cố gắng của|kết quả của))?\s+/iu, '');
  const rest = praised === first ? first : (splitLeadingAgencies(capitalize(praised))?.rest ?? praised);
  // A time ahead («…, hoàn thành trước ngày 15/5/2026») or a condition («… chưa công khai … thì
  // hoàn thành …») turns the account into an order.
  if (/\s(?:khẩn trương|đề nghị|yêu cầu|tiếp tục|phải|cần|thì)\s/u.test(` ${rest}`)) return false;
  // The deadline a cited document set («(thời hạn tại Thông báo số 96/TB-VPUBND là ngày 31/3/2026)») is
  // part of the account, not a new one.
  const own = rest.replace(
    /\([^()]*\s(?:tại|theo)\s+(?:Thông báo|Kế hoạch|Quyết định|Công văn|Chỉ thị|Văn bản)\s[^()]*\)/gu,
    '',
  );
  // A day already past when the plan is signed («đã hoàn thành xử lý 09 điểm trước ngày 31/5/2026») tells.
  const time = findDeadlinePhrase(own);
  const past = time !== '' && ctx?.planDate != null && (deadlineOf(time, ctx) ?? '9999') < ctx.planDate;
  return /^(?:Đã|Chưa|Đang|Vẫn chưa)\s/u.test(rest) && (time === '' || past);
}

/**
 * Rule «quoted-orders»: a paragraph that cites another document and the orders its issuer gave
 * («Tại Kế hoạch số 186/KH-UBND, Ủy ban nhân dân tỉnh giao Bảo hiểm xã hội tỉnh …; Sở Y tế chỉ đạo
 * …», «Thực hiện Chỉ thị số 11/CT-TTg, Thủ tướng Chính phủ yêu cầu các Bộ …») tells what a higher
 * level handed out; this plan's own orders follow it. Not when the one ordering is this plan's
 * issuer («Thực hiện Kế hoạch số 186 …, Ủy ban nhân dân xã yêu cầu: …»).
 */
export function isQuotedOrders(text: string, issuer: string | undefined): boolean {
  // The citation may hold commas («… về phòng, chống …»); the one ordering is a higher body.
  const m = text.match(
    /^(?:Tại|Theo|Thực hiện|Căn cứ)\s+(?:Kế hoạch|Chỉ thị|Quyết định|Công văn|Thông báo|Nghị quyết|Công điện)\s+số\s+.{1,200}?,\s*((?:Ủy ban nhân dân|UBND|Chủ tịch|Thủ tướng|Chính phủ|Bộ|Tỉnh ủy|Ban Thường vụ|Ban Chỉ đạo)[^,;:]{0,80}?)\s+(?:đã\s+)?(?:giao|yêu cầu|chỉ đạo)\s/u,
  );
  const body = m?.[1];
  if (!body || !issuer) return false;
  const key = (name: string): string =>
    fold(name)
      .replace(/\bubnd\b/g, 'uy ban nhan dan')
      .replace(/^chu tich\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
  return !key(issuer).startsWith(key(body)) && !key(body).startsWith(key(issuer));
}

/**
 * Rule «told-sentences»: in a paragraph of the plan's setting, a sentence that quotes a higher
 * level's orders («Tại Kế hoạch số 58/KH-UBND, Ủy ban nhân dân tỉnh giao Ban Quản lý chủ trì …;
 * giao Công an tỉnh …») or tells last year's work («Năm 2025, Khu di tích đã đón …; Ban Quản lý đã
 * bố trí …») hands out nothing of this plan; the paragraph's other sentences are read as before.
 */
// The passive form of a quoted order: «Theo Kế hoạch số 212/KH-UBND …, Sở … được giao chủ trì …».
const QUOTED_PASSIVE =
  /^(?:Tại|Theo|Thực hiện)\s+(?:Kế hoạch|Chỉ thị|Quyết định|Công văn|Thông báo|Nghị quyết|Công điện)\s+số\s+[^;]{1,200}?,\s*[^,;]{3,120}?\s+được giao\s/u;

export function withoutToldSentences(text: string, issuer: string | undefined, year: number | null): string {
  const sentences = text.split(/(?<=\.)\s+(?=\p{Lu})/u);
  // A clause of last year's account, up to its «;»: «Năm 2025, … đã …; năm 2026, … tiếp tục …» keeps
  // this year's order. A year up to the plan's own counts (a December plan for the next year).
  const pastClause = (clause: string): boolean => {
    const past = clause.match(/^(?:Năm|năm|Trong năm|trong năm)\s+(\d{4}),/u)?.[1];
    return past !== undefined && year !== null && Number(past) <= year && /\sđã\s/u.test(clause);
  };
  return sentences
    .filter((sentence) => !isQuotedOrders(sentence, issuer) && !QUOTED_PASSIVE.test(sentence))
    .map((sentence) => {
      // The account goes on past its «;» while its clauses say what was done («…; Ban Quản lý đã bố trí …»).
      let telling = false;
      return sentence
        .split(/;\s+/u)
        .filter((clause) => {
          telling = pastClause(clause) || (telling && /\sđã\s/u.test(clause));
          return !telling;
        })
        .join('; ');
    })
    .filter((sentence) => sentence.trim() !== '')
    .join(' ');
}

/**
 * Rule «condition-rule»: «Trường hợp dân quân vắng huấn luyện có lý do chính đáng thì được bố trí
 * huấn luyện bù …», «Nếu hồ sơ chưa đủ thì không được tiếp nhận» says what happens in a case, in the
 * passive: nobody is handed work. «Trường hợp …, giao Sở …» and «… thì Sở X báo cáo …» do hand it out.
 */
export function isConditionRule(text: string): boolean {
  const m = text.match(/^(?:Trường hợp|Nếu)\s[^.;]{3,200}?\sthì\s+(?:sẽ\s+)?(?:được|bị|không được|không phải)\s/u);
  // (Not when the item goes on to work: «…; tham mưu … trước ngày 15/10/2026».)
  const rest = text.slice(m?.[0].length ?? 0);
  const more = /\d{1,2}\/\d{1,2}|\s(?:tham mưu|báo cáo|chủ trì|hoàn thành|tổ chức|giao)\s/u.test(` ${rest} `);
  return m !== null && !more && !/,\s*(?:giao|yêu cầu|đề nghị)\s/u.test(m[0]);
}

/**
 * Rule «pointer-to-assigned»: «… căn cứ nhiệm vụ được phân công tại Mục III chủ động triển khai thực
 * hiện» sends a body back to work handed out elsewhere: no work of its own. A clause after it («…;
 * định kỳ báo cáo …») is read as before; «căn cứ nhiệm vụ được giao xây dựng kế hoạch …» is work.
 */
// («… chủ động triển khai nhiệm vụ được giao; báo cáo …» points back the other way round; «Các bộ phận,
// đơn vị được phân công tại Mục III chủ động triển khai nhiệm vụ, bảo đảm chất lượng …» too.)
// («Thực hiện nhiệm vụ được giao tại Phụ lục I kèm theo Kế hoạch này.»: the appendix holds the rows.)
const POINTER_TO_ASSIGNED =
  /^(?:(?:tổ chức\s+)?thực hiện\s+(?:các\s+)?nhiệm vụ được (?:phân công|giao)\s+(?:tại|theo)\s+(?:Phụ lục|Mục|Phần|Biểu|Bảng)(?:\s+(?:số\s+)?[IVX\d]{1,4})?(?:\s*(?:,|và)\s*(?:Phụ lục|Mục|Biểu)\s+[IVX\d]{1,4})*(?:\s+(?:kèm theo\s+)?(?:Kế hoạch|Quyết định|Chương trình|Công văn)(?:\s+này)?)?(?:,?\s*(?:và\s+)?bảo đảm[^;.,]{0,80})?(?=\s*(?:[;.]|$))|(?:căn cứ|theo)\s+(?:chức năng,\s+)?nhiệm vụ được (?:phân công|giao)[^;.]{0,80}?,?\s*(?:chủ động|khẩn trương|nghiêm túc)?\s*(?:tổ chức\s+)?(?:triển khai(?:\s+thực hiện)?|phối hợp\s+(?:triển khai|thực hiện))(?:\s+(?:nghiêm túc|có hiệu quả|kịp thời))?(?:\s+(?:Kế hoạch|Chương trình)(?:\s+này)?)?|(?:căn cứ chức năng,?\s*nhiệm vụ,?\s*)?(?:chủ động|khẩn trương|nghiêm túc)\s+(?:tổ chức\s+)?(?:triển khai|thực hiện)(?:\s+thực hiện)?(?:\s+(?:tốt|có hiệu quả|nghiêm túc))?\s+(?:các\s+)?nhiệm vụ được (?:phân công|giao)(?:\s+tại\s+[^;.]{3,80})?|được (?:phân công|giao)(?:\s+tại\s+[^,;.]{2,40}?)?\s+(?:chủ động|khẩn trương)\s+(?:tổ chức\s+)?(?:triển khai|thực hiện)(?:\s+thực hiện)?(?:\s+(?:các\s+)?nhiệm vụ(?:\s+được giao)?)?(?:,\s*bảo đảm[^;.]{0,60})?)\s*(?:[;.]\s*|$)/iu;

/**
 * Rule «pointer-to-reports»: «Thực hiện chế độ thông tin, báo cáo theo Phụ lục II kèm theo Kế hoạch
 * này» sends a body to the table of reports, whose rows are read there: no report of its own.
 */
const POINTER_TO_REPORTS =
  /^(?:(?:tổ chức\s+)?thực hiện(?:\s+nghiêm túc)?\s+)?(?:đúng\s+)?chế độ (?:thông tin,?\s*)?báo cáo\s+(?:theo|tại)\s+(?:Phụ lục|Biểu|Bảng)(?:\s+(?:số\s+)?[IVX\d]{1,4})?(?:\s+(?:kèm theo\s+)?(?:Kế hoạch|Quyết định|Chương trình)(?:\s+này)?)?\s*(?:[;.]\s*|$)/iu;

export function withoutPointer(text: string): string {
  const plain = stripMarks(text).trim();
  // (The body may still open the duty: «Các phòng, đơn vị … căn cứ nhiệm vụ được phân công …».)
  const rest = splitLeadingAgencies(plain)?.rest ?? plain;
  const m =
    POINTER_TO_ASSIGNED.exec(rest) ??
    POINTER_TO_ASSIGNED.exec(plain) ??
    POINTER_TO_REPORTS.exec(rest) ??
    POINTER_TO_REPORTS.exec(plain);
  if (!m) return text;
  return capitalize((m.input === rest ? rest : plain).slice(m[0].length));
}

/**
 * Rule «team-make-up»: «Ban Tổ chức Hội nghị gồm: Trưởng ban: Giám đốc Sở; …», «Ban Chỉ huy … do Phó
 * Chủ tịch UBND tỉnh làm Trưởng ban, Giám đốc Sở … làm Phó Trưởng ban thường trực; các thành viên
 * là …», «Chủ tịch UBND phường là Trưởng Ban Chỉ huy …, chỉ đạo chung …» — one sentence telling who
 * a team is made of (and who heads it) hands out no work; a later sentence may.
 */
const TEAM_ROLE =
  /(?:^|[\s,;:])(?:là|làm)\s+(?:Phó\s+)?(?:Trưởng [Bb]an|Trưởng [Đđ]oàn|Tổ trưởng|Chủ tịch Hội đồng)(?=[\s,;.:]|$)|^(?:Ban|Tổ|Đoàn|Hội đồng|Tiểu ban)\s[^:.;]{2,120}?\s(?:bao gồm|gồm)(?:\s+có)?\s*:?\s*(?:Trưởng ban|Tổ trưởng|Trưởng đoàn|Chủ tịch)\b|^(?:Trưởng ban|Tổ trưởng|Trưởng đoàn)\s*:\s*\S[^;]{2,80};\s*(?:các\s+)?(?:Phó|thành viên|Ủy viên)/iu;

export function isTeamMakeUp(text: string): boolean {
  const t = text.trim();
  const oneSentence = !/\.\s+(?=\p{Lu})/u.test(t.replace(/[.;]\s*$/u, ''));
  return oneSentence && TEAM_ROLE.test(t) && !/\d{1,2}\/\d{1,2}/u.test(t);
}

/**
 * Rule «bare-oversight»: «Đồng chí …, Phó Chủ tịch UBND tỉnh chỉ đạo; Sở Y tế tham mưu.» — who
 * oversees, with no work named, is no row («… trực tiếp chỉ đạo, kiểm tra việc thực hiện …» is;
 * «… chỉ đạo chung; đồng chí …, Phó Chủ tịch UBND xã trực tiếp phụ trách.» is as bare).
 */
// («Giám đốc Sở chỉ đạo chung việc thực hiện Kế hoạch.» names only what the whole plan is.)
export function isBareOversight(text: string): boolean {
  return /^(?:trực tiếp\s+)?(?:chỉ đạo|phụ trách|theo dõi)(?:\s+chung)?(?:\s+(?:việc\s+)?(?:thực hiện|triển khai)(?:\s+(?:Kế hoạch|Chương trình|Công văn|Chỉ thị|Thông báo|Quyết định)(?:\s+này)?)?)?\s*(?:[;.]|$)/iu.test(
    text.trim(),
  );
}

/** What a conclusion's chair agreed to opens with («Thống nhất …», «Cơ bản đồng ý …»). */
export const DECIDED = String.raw`(?:Cơ bản\s+)?(?:Thống nhất|Đồng ý|Nhất trí|Chấp thuận)`;
const OPENS_DECIDED = new RegExp(String.raw`^${DECIDED}\s`, 'u');

/**
 * Rule «decision-recorded»: a conclusion records what its chair agreed to («Thống nhất chủ trương cho
 * phép chủ đầu tư dự án … nộp hồ sơ …», «Đồng ý đề xuất của Sở Xây dựng về …»): a decision, no one's
 * work, unless it goes on to hand some out («…, giao Sở Tài chính …»).
 */
export function isDecisionRecorded(text: string): boolean {
  const t = text.trim();
  // «Đồng ý để UBND phường … lập quy hoạch …, hoàn thành trước …» lets a body work; a time, or a clause
  // of another body after «;», is work too.
  if (/^(?:Cơ bản\s+)?(?:Đồng ý|Chấp thuận)\s+(?:để|cho)\s/u.test(t) || findDeadlinePhrase(t) !== '') return false;
  if (
    t
      .split(/\s*;\s*/u)
      .slice(1)
      .some((c) => splitLeadingAgencies(c) !== null)
  )
    return false;
  return (
    OPENS_DECIDED.test(t) &&
    // («… nộp hồ sơ đề nghị cấp Giấy chứng nhận …» is an application, not a request to someone.)
    !/\s(?:giao|đề nghị|yêu cầu)\s+(?:\p{Lu}|các\s)|\s(?:chủ trì|khẩn trương)\s/u.test(` ${t} `)
  );
}

const deadlineOf = (phrase: string, ctx: ReadContext): string | null =>
  normalizeDeadline(phrase, deadlineContext(ctx)).date;
