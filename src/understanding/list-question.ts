import { OWN_AGENCY } from '#src/domain/agencies/index.js';
import { withAgency } from './agency-slot.js';
import { CUES, matchesAny } from './cues.js';
import { findPeriod, nextDays } from './period.js';
import { base, type SlotDeps } from './slots.js';
import { DEFAULT_DUE_DAYS, OPEN_ONLY, PLAN } from './task-list-slots.js';
import type { Parsed, Period } from './types.js';

const FOLLOW_UP =
  /^(?:ok |uh |u |vang |da |cam on(?: bot)? )?(?:(?:the|vay) (?:con\b|\S+ (?:thi sao|\?))|(?:the|vay) (?:tuan|thang|quy|nam|ngay)\b|con (?:\S+ ){0,6}thi sao\b)/;
const SEARCH =
  /^(?:(?:bot|em)\s+)?(?:tìm|tim|tìm kiếm|tim kiem|tra cứu|tra cuu)(?:\s+(?:giúp|giup|hộ|ho|cho)(?:\s+(?:em|tôi|toi|mình|minh|chị|chi|anh))?)?\s+(?:các\s+|cac\s+|những\s+|nhung\s+)?(?:việc|viec|nhiệm vụ|nhiem vu|nv|đầu việc|dau viec|nội dung|noi dung)\s+(?:về\s+|ve\s+|liên quan (?:đến|tới)\s+|lien quan (?:den|toi)\s+|có chữ\s+|co chu\s+)?(.{3,})$/iu;
const WEAK_DAYS =
  /\b(?:(?:vao )?cuoi tuan|hom nay|(?:sang |chieu )?thu (?:2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)(?: nay| tuan (?:nay|sau|toi))?|chu nhat)\b/g;

/**
 * Free text that names no task: a search by content, help, a subscription or registration,
 * numbers, or a list of tasks (late, due, of an agency or a plan); "unknown" when none.
 * `text` is the message as read, `folded` the same folded with typos fixed.
 */
export function questionWithoutTask(text: string, folded: string, deps: SlotDeps): Parsed {
  // "tìm việc về chuyển đổi số": a task looked for by what it is about.
  const search = SEARCH.exec(text.trim());
  if (search?.[1]) return { ...base('task_detail'), query: search[1].replace(/[?!.…]+$/u, '').trim() };
  const asks = CUES.question.test(folded) || CUES.taskNoun.test(folded);
  if (matchesAny(CUES.help, folded)) return base('help');
  if (matchesAny(CUES.subscribe, folded)) return withAgency(base('subscribe'), text, deps.agencies, false);
  return registerOrStats(text, folded, asks, deps) ?? taskList(text, folded, asks, deps);
}

/** A registration as focal point, or numbers (statistics); null for anything else. */
function registerOrStats(text: string, folded: string, asks: boolean, deps: SlotDeps): Parsed | null {
  // "tôi được giao làm đầu mối …, bot cho tôi xem danh sách việc": the list is what is asked.
  const showMe =
    /\b(?:cho (?:toi|em|minh|chi|anh|chau|bac) (?:xem|xin|hoi)|liet ke|muon (?:hoi|biet|xem))\b/.test(folded) &&
    CUES.taskNoun.test(folded) &&
    !/\bdang ky\b/.test(folded);
  if (matchesAny(CUES.register, folded) && !showMe) return withAgency(base('register'), text, deps.agencies, false);
  // "bao nhiêu việc, liệt kê giúp": the list is what is wanted; counting alone is statistics.
  const wantsList = CUES.wantsList.test(folded);
  // "thống kê" is also the name of Cục Thống kê: only "cục thống kê" names the agency.
  const statsText = /^thong ke\b/.test(folded) ? text.replace(/^\s*\S+\s+\S+/u, '') : text;
  // "thống kê giúp các nhiệm vụ đến hạn": a list of late or due tasks is asked, not numbers.
  const listOfTasks =
    wantsList && !/\bty le\b/.test(folded) && (matchesAny(CUES.overdue, folded) || matchesAny(CUES.dueSoon, folded));
  if (matchesAny(CUES.stats, folded) && !listOfTasks) return withAgency(base('stats'), statsText, deps.agencies, false);
  if (matchesAny(CUES.weakStats, folded) && !wantsList) {
    const stats = withAgency(base('stats'), text, deps.agencies, false);
    if (asks || stats.agency) return stats;
  }
  return null;
}

/** A list of tasks: late, due in a period, of an agency or of a plan; else "unknown". */
function taskList(text: string, folded: string, asks: boolean, deps: SlotDeps): Parsed {
  // "quá hạn thì bị xử lý thế nào" asks about rules, not about late tasks.
  const short = folded.split(' ').length <= 4;
  if (
    matchesAny(CUES.overdue, folded) &&
    (asks || short || deps.agencies.findInText(text) !== null) &&
    !(
      /\bthi(?: \S+){0,3} (?:bi|xu ly|ky luat|phat|tru diem)\b|\bthi sao\b/.test(folded) &&
      !/^(?:\S+ )?con\b.*\bthi sao$/.test(folded)
    )
  ) {
    return withAgency(base('overdue'), text, deps.agencies, false);
  }
  const dueCue = matchesAny(CUES.dueSoon, folded);
  // "hôm nay em phải làm báo cáo", "giao ban sáng thứ 2" mention a day without asking what is due then.
  const period = findPeriod(dueCue ? folded : folded.replace(WEAK_DAYS, ' '), deps.now());
  // A date that says what the list is for ("để phục vụ buổi làm việc ngày 20/6") is no deadline.
  const purpose = /\b(?:phuc vu|buoi|cuoc hop|lam viec voi|doan kiem tra)\b/.test(folded);
  if (dueCue || (period && CUES.taskNoun.test(folded) && !purpose)) {
    return withAgency(
      { ...base('due_soon'), period: period ?? nextDays(deps.now(), DEFAULT_DUE_DAYS) },
      text,
      deps.agencies,
      false,
    );
  }
  return agencyTasks(text, folded, period, deps);
}

/** The tasks of an agency (or of a plan), asked by a follow-up, by the agency's name alone, or in words. */
function agencyTasks(text: string, folded: string, period: Period | null, deps: SlotDeps): Parsed {
  // A follow-up ("thế còn Sở Nội vụ thì sao", "thế tuần sau?"): what it names says what it asks.
  if (FOLLOW_UP.test(folded)) {
    if (period) return withAgency({ ...base('due_soon'), period }, text, deps.agencies, false);
    const agency = withAgency(base('tasks_of_agency'), text, deps.agencies, false);
    if (agency.agency) return agency;
  }
  // A message that is just an agency's name ("STP", "Sở Tư pháp?") asks for its tasks.
  if (folded.split(' ').length <= 8) {
    const whole = deps.agencies.resolve(text.replace(/[?!.…]+$/u, '').trim());
    // A typo'd name is fine ("so tu phsp"), a sentence that merely looks like one is not.
    if (whole.kind === 'match' && whole.score >= 0.86)
      return { ...base('tasks_of_agency'), agency: whole.agency.name, openOnly: OPEN_ONLY.test(folded) };
  }
  if (CUES.taskNoun.test(folded)) {
    const parsed = withAgency(
      { ...base('tasks_of_agency'), openOnly: OPEN_ONLY.test(folded) },
      text,
      deps.agencies,
      false,
    );
    // "kế hoạch 60 có những việc gì": the tasks of one plan.
    const plan = PLAN.exec(folded)?.[1] ?? null;
    if (plan && !parsed.agency) return { ...parsed, plan, agencyText: null, agencyProblem: null };
    if (
      parsed.agency ||
      parsed.agencyProblem ||
      OWN_AGENCY.test(folded) ||
      /^(?:nhiem vu|nv|viec|danh sach|ds)\b/.test(folded)
    )
      return parsed;
  }
  return base('unknown');
}
